/**
 * The platform-neutral reply: text always present (every channel can show it, and it is the
 * fallback when rich parts cannot be drawn), plus optional structured parts. Adapters render
 * natively (Block Kit, Discord components, Adaptive Cards, widget JSON) after `fitReply` has
 * cut the reply to their platform's LIMITS (see fit-reply.ts and reply-limits.ts).
 *
 * - `format`: "plain" (default) or "markdown", a small subset every platform can draw:
 *   **bold**, _italic_, `code`, [label](https://…) links and "- " bullet lines (reply-markdown.ts).
 * - Action buttons carry an opaque id that comes back as an `action` turn (stored per identity
 *   with an expiry: days later from a notification works too); link buttons open a URL and
 *   never come back.
 * - `select`: one choice among many (more than a row of buttons holds); each option is an action.
 * - `ephemeral`: only the member who spoke sees it (where the platform can; else a normal message).
 * - `replaces`: the platform id of the message to update instead of posting a new one (the
 *   message a button was pressed on, from `Turn.channel.messageId`).
 */
export type ReplyAction = {
  id: string;
  label: string;
  style?: "primary" | "danger";
  /** The button opens this form where the chat app has forms (a Teams dialog); elsewhere pressing it runs the action. */
  form?: ReplyForm;
};
/** A form a button can open: the edit form of one of the member's listings. */
export type ReplyForm = { kind: "edit_listing"; listingId: string };
export type ReplyLink = { label: string; url: string };
export type ReplyField = { label: string; value: string };
export type ReplyImage = { url: string /** What the picture shows, for screen readers and text channels. */; alt: string };
export type ReplyCard = {
  title: string;
  subtitle?: string;
  text?: string;
  image?: ReplyImage;
  /** Where the card's title links to. */
  url?: string;
  fields?: ReplyField[];
  actions?: ReplyAction[];
  links?: ReplyLink[];
};
/** A suggestion the user can tap: sends `text`, or runs `action` when it has one. */
export type QuickReply = { label: string; text?: string; action?: string };
export type ReplySelectOption = { label: string; action: string; description?: string };
export type ReplySelect = { placeholder: string; options: ReplySelectOption[] };
export type ReplyFormat = "plain" | "markdown";
export type Reply = {
  text: string;
  format?: ReplyFormat;
  cards?: ReplyCard[];
  quickReplies?: QuickReply[];
  select?: ReplySelect;
  layout?: "list" | "carousel";
  ephemeral?: boolean;
  replaces?: string;
};

/** The plain-text form of a reply, for channels without rich messages and for LLM memory. */
export function replyAsText(reply: Reply): string {
  const parts = [reply.text];
  for (const [i, card] of (reply.cards ?? []).entries()) {
    const fields = (card.fields ?? []).map((f) => `${f.label}: ${f.value}`).join(" · ");
    parts.push(
      `${reply.layout === "list" ? `${i + 1}. ` : ""}${card.title}${card.subtitle ? ` — ${card.subtitle}` : ""}${fields ? ` (${fields})` : ""}`,
    );
    for (const link of card.links ?? []) parts.push(`${link.label}: ${link.url}`);
  }
  for (const option of reply.select?.options ?? []) parts.push(`- ${option.label}`);
  return parts.join("\n");
}
