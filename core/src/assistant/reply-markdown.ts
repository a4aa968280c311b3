/**
 * The small markdown subset a Reply may use (`format: "markdown"`), chosen because Slack
 * mrkdwn, Discord, Teams and the widget can all draw it: **bold**, _italic_, `code`,
 * [label](https://…) links and "- " bullet lines. Adapters translate it to their dialect;
 * channels that draw no formatting get `markdownToPlain`.
 */

const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
const BOLD = /\*\*([^*\n]+)\*\*/g;
const ITALIC = /(^|[\s(])_([^_\n]+)_(?=$|[\s).,;:!?])/gm;
const CODE = /`([^`\n]+)`/g;
const BULLET = /^- /gm;

/** The same text without markup: links become "label (url)", bullets "• ". */
export function markdownToPlain(markdown: string): string {
  return markdown.replace(CODE, "$1").replace(LINK, "$1 ($2)").replace(BOLD, "$1").replace(ITALIC, "$1$2").replace(BULLET, "• ");
}
