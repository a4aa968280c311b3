/**
 * The assistant's Reply as the API sends it (POST /api/v1/assistant/messages, schema
 * `AssistantReply`): text always, plus cards, quick replies, a select, a list or carousel.
 */
export type ReplyAction = { id: string; label: string; style?: "primary" | "danger" };
export type ReplyCard = {
  title: string;
  subtitle?: string;
  text?: string;
  image?: { url: string; alt: string };
  url?: string;
  fields?: { label: string; value: string }[];
  actions?: ReplyAction[];
  links?: { label: string; url: string }[];
};
export type Reply = {
  text: string;
  format?: "plain" | "markdown";
  cards?: ReplyCard[];
  quickReplies?: { label: string; text?: string; action?: string }[];
  select?: { placeholder: string; options: { label: string; action: string; description?: string }[] };
  layout?: "list" | "carousel";
};

/** The markdown subset replies use: **bold**, _italic_, `code`, [label](url); lines starting "- " are bullets. */
export type Inline = { kind: "text" | "bold" | "italic" | "code"; text: string } | { kind: "link"; text: string; url: string };

const INLINE = /\*\*([^*]+)\*\*|(?<![\w])_([^_]+)_(?![\w])|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

export function parseInline(line: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: "text", text: line.slice(last, index) });
    if (match[1]) parts.push({ kind: "bold", text: match[1] });
    else if (match[2]) parts.push({ kind: "italic", text: match[2] });
    else if (match[3]) parts.push({ kind: "code", text: match[3] });
    else if (match[4] && match[5]) parts.push({ kind: "link", text: match[4], url: match[5] });
    last = index + match[0].length;
  }
  if (last < line.length) parts.push({ kind: "text", text: line.slice(last) });
  return parts;
}

/** Only http(s) links and images are drawn: a reply never carries a javascript: URL to the page. */
export const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);
