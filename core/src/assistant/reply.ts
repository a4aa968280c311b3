/**
 * The platform-neutral reply: text always present (every channel can show it), plus optional
 * cards (title, subtitle, image, fields, actions), quick replies and a list layout. Each
 * action carries an opaque id that comes back as an `action` turn; adapters render natively.
 */
export type ReplyAction = { id: string; label: string; style?: "primary" | "danger" };
export type ReplyField = { label: string; value: string };
export type ReplyCard = {
  title: string;
  subtitle?: string;
  text?: string;
  imageUrl?: string;
  url?: string;
  fields?: ReplyField[];
  actions?: ReplyAction[];
};
/** A suggestion the user can tap: sends `text`, or runs `action` when it has one. */
export type QuickReply = { label: string; text?: string; action?: string };
export type Reply = { text: string; cards?: ReplyCard[]; quickReplies?: QuickReply[]; layout?: "list" | "carousel" };

/** The plain-text form of a reply, for channels without rich messages and for LLM memory. */
export function replyAsText(reply: Reply): string {
  const parts = [reply.text];
  for (const [i, card] of (reply.cards ?? []).entries()) {
    const fields = (card.fields ?? []).map((f) => `${f.label}: ${f.value}`).join(" · ");
    parts.push(
      `${reply.layout === "list" ? `${i + 1}. ` : ""}${card.title}${card.subtitle ? ` — ${card.subtitle}` : ""}${fields ? ` (${fields})` : ""}`,
    );
  }
  return parts.join("\n");
}
