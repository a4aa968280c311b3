/**
 * What one message may hold on each platform Relais talks to, from each platform's reference
 * (numbers checked against the docs on 2026-11-29). `fitReply` cuts a neutral Reply to one of
 * these tables; `limitViolations` says what a reply (or a test's rendering) breaks.
 *
 * @see https://docs.slack.dev/reference/block-kit/blocks (50 blocks, section text 3000,
 *   10 fields of 2000, actions block 25 elements, button text 75, action_id 255, url 3000,
 *   static select 100 options of 75, placeholder 150, image alt_text 2000)
 * @see https://discord.com/developers/docs/components/reference (Components V2: 40 components
 *   in a message, nested ones included, 4000 characters of text displays; 5 buttons or one
 *   select per row, label 80, custom_id 100, 25 select options of 100, placeholder 150)
 * @see https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages
 *   (bot message size: 28 KB for cards posted through connectors and workflows, 40 KB then
 *   100 KB for bot messages in later revisions; we keep the smallest so every path works;
 *   Adaptive Cards in Teams show at most 6 actions, a carousel at most 10 cards)
 */
import type { Reply } from "./reply.ts";

export type ReplyPlatform = "slack" | "discord" | "teams" | "widget" | "rest";

export type ReplyLimits = {
  platform: ReplyPlatform;
  /** Characters of one message's text. */
  textChars: number;
  /** Draws the markdown subset (else it is turned into plain text). */
  markdown: boolean;
  cards: number;
  cardTitleChars: number;
  cardTextChars: number;
  fieldsPerCard: number;
  fieldLabelChars: number;
  fieldValueChars: number;
  /** Action and link buttons of one card together. */
  buttonsPerCard: number;
  buttonLabelChars: number;
  /** An action id longer than this cannot be sent (it would be cut and never come back). */
  actionIdChars: number;
  urlChars: number;
  quickReplies: number;
  selectOptions: number;
  selectLabelChars: number;
  altTextChars: number;
  /** Interactive rows of the whole message: each card's buttons start a row, a select takes one (Discord). */
  rows?: { max: number; buttonsPerRow: number };
  /** Characters of every card's title, subtitle, text and fields together (Discord: all embeds). */
  cardsTotalChars?: number;
  /** The whole message as the platform counts it (Teams: UTF-16, 2 bytes a character). */
  payloadBytes?: number;
  /** Can show a message to one member only; else delivery sends it privately instead. */
  ephemeral: boolean;
  /** Can update a message already sent (`replaces`); else a new message is posted. */
  update: boolean;
};

export const LIMITS = {
  slack: {
    platform: "slack",
    // One message is at most 50 blocks: a text section, 10 cards of at most 4 blocks (section,
    // image, fields, actions), a select and a row of quick replies stay within it.
    textChars: 3000,
    markdown: true,
    cards: 10,
    cardTitleChars: 150,
    cardTextChars: 3000,
    fieldsPerCard: 10,
    fieldLabelChars: 100,
    fieldValueChars: 1900,
    buttonsPerCard: 25,
    buttonLabelChars: 75,
    actionIdChars: 255,
    urlChars: 3000,
    quickReplies: 25,
    selectOptions: 100,
    selectLabelChars: 75,
    altTextChars: 2000,
    ephemeral: true,
    update: true,
  },
  discord: {
    platform: "discord",
    // Components V2: 40 components in all (nested ones count) and 4,000 characters of text.
    // A card is at most 10 (container, section, text, thumbnail, row, 5 buttons): 3 cards, the
    // text, a select row (2) and a row of quick replies (6) stay within 40; the text budgets
    // below leave room for the markdown around titles and fields.
    textChars: 1800,
    markdown: true,
    cards: 3,
    cardTitleChars: 200,
    cardTextChars: 1000,
    fieldsPerCard: 10,
    fieldLabelChars: 100,
    fieldValueChars: 300,
    buttonsPerCard: 5,
    buttonLabelChars: 80,
    actionIdChars: 100,
    urlChars: 512,
    quickReplies: 5,
    selectOptions: 25,
    selectLabelChars: 100,
    altTextChars: 1024,
    rows: { max: 5, buttonsPerRow: 5 },
    cardsTotalChars: 1500,
    // Ephemeral only as an answer to an interaction; delivery falls back to a DM otherwise.
    ephemeral: true,
    update: true,
  },
  teams: {
    platform: "teams",
    // 28 KB of UTF-16 is 14,000 characters for everything: text keeps room for the cards.
    textChars: 8000,
    markdown: true,
    cards: 10,
    cardTitleChars: 200,
    cardTextChars: 2000,
    fieldsPerCard: 10,
    fieldLabelChars: 100,
    fieldValueChars: 500,
    buttonsPerCard: 6,
    buttonLabelChars: 60,
    actionIdChars: 255,
    urlChars: 2048,
    quickReplies: 6,
    selectOptions: 100,
    selectLabelChars: 100,
    altTextChars: 500,
    payloadBytes: 28 * 1024,
    ephemeral: false,
    update: true,
  },
  widget: {
    platform: "widget",
    // Our own widget: what reads well in a 360-pixel-wide chat bubble.
    textChars: 4000,
    markdown: true,
    cards: 10,
    cardTitleChars: 120,
    cardTextChars: 1000,
    fieldsPerCard: 8,
    fieldLabelChars: 60,
    fieldValueChars: 300,
    buttonsPerCard: 4,
    buttonLabelChars: 40,
    actionIdChars: 200,
    urlChars: 2048,
    quickReplies: 8,
    selectOptions: 50,
    selectLabelChars: 80,
    altTextChars: 500,
    ephemeral: true,
    update: true,
  },
  rest: {
    platform: "rest",
    // API clients draw what they like; the bounds only keep one answer reasonable.
    textChars: 12_000,
    markdown: true,
    cards: 50,
    cardTitleChars: 500,
    cardTextChars: 4000,
    fieldsPerCard: 25,
    fieldLabelChars: 200,
    fieldValueChars: 2000,
    buttonsPerCard: 10,
    buttonLabelChars: 100,
    actionIdChars: 200,
    urlChars: 4096,
    quickReplies: 20,
    selectOptions: 200,
    selectLabelChars: 200,
    altTextChars: 2000,
    ephemeral: true,
    update: true,
  },
} as const satisfies Record<ReplyPlatform, ReplyLimits>;

/**
 * How many bytes a platform will count for this reply once drawn: UTF-16 (2 bytes a
 * character) for the text, doubled for the structured parts, for the markup a card format
 * (Adaptive Card JSON) wraps around each value.
 */
export function estimatedPayloadBytes(reply: Reply): number {
  const { text, ...structure } = reply;
  return JSON.stringify(text).length * 2 + JSON.stringify(structure).length * 4;
}

/** Rows of interactive components: each card's buttons start a row, then quick replies, then the select. */
export function rowsUsed(reply: Reply, buttonsPerRow: number): number {
  let rows = 0;
  for (const card of reply.cards ?? []) rows += Math.ceil(((card.actions?.length ?? 0) + (card.links?.length ?? 0)) / buttonsPerRow);
  rows += Math.ceil((reply.quickReplies?.length ?? 0) / buttonsPerRow);
  return rows + (reply.select ? 1 : 0);
}

/** Every way `reply` breaks `limits`, in words (empty when it fits). */
export function limitViolations(reply: Reply, limits: ReplyLimits): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  if (reply.text.trim() === "") problems.push("text: empty (no fallback)");
  over("text", reply.text.length, limits.textChars);
  if (reply.format === "markdown" && !limits.markdown) problems.push("format: markdown not drawn here");
  const cards = reply.cards ?? [];
  over("cards", cards.length, limits.cards);
  let cardChars = 0;
  for (const [i, card] of cards.entries()) {
    over(`cards[${i}].title`, card.title.length, limits.cardTitleChars);
    over(`cards[${i}].subtitle`, card.subtitle?.length ?? 0, limits.cardTitleChars);
    over(`cards[${i}].text`, card.text?.length ?? 0, limits.cardTextChars);
    over(`cards[${i}].fields`, card.fields?.length ?? 0, limits.fieldsPerCard);
    for (const [j, field] of (card.fields ?? []).entries()) {
      over(`cards[${i}].fields[${j}].label`, field.label.length, limits.fieldLabelChars);
      over(`cards[${i}].fields[${j}].value`, field.value.length, limits.fieldValueChars);
    }
    over(`cards[${i}].image.alt`, card.image?.alt.length ?? 0, limits.altTextChars);
    over(`cards[${i}].image.url`, card.image?.url.length ?? 0, limits.urlChars);
    over(`cards[${i}].url`, card.url?.length ?? 0, limits.urlChars);
    over(`cards[${i}].buttons`, (card.actions?.length ?? 0) + (card.links?.length ?? 0), limits.buttonsPerCard);
    for (const [j, action] of (card.actions ?? []).entries()) {
      over(`cards[${i}].actions[${j}].label`, action.label.length, limits.buttonLabelChars);
      over(`cards[${i}].actions[${j}].id`, action.id.length, limits.actionIdChars);
    }
    for (const [j, link] of (card.links ?? []).entries()) {
      over(`cards[${i}].links[${j}].label`, link.label.length, limits.buttonLabelChars);
      over(`cards[${i}].links[${j}].url`, link.url.length, limits.urlChars);
    }
    cardChars += card.title.length + (card.subtitle?.length ?? 0) + (card.text?.length ?? 0);
    for (const field of card.fields ?? []) cardChars += field.label.length + field.value.length;
  }
  if (limits.cardsTotalChars !== undefined) over("cards (all characters)", cardChars, limits.cardsTotalChars);
  const quickReplies = reply.quickReplies ?? [];
  over("quickReplies", quickReplies.length, limits.quickReplies);
  for (const [i, quick] of quickReplies.entries()) {
    over(`quickReplies[${i}].label`, quick.label.length, limits.buttonLabelChars);
    over(`quickReplies[${i}].action`, quick.action?.length ?? 0, limits.actionIdChars);
  }
  if (reply.select) {
    over("select.options", reply.select.options.length, limits.selectOptions);
    over("select.placeholder", reply.select.placeholder.length, limits.selectLabelChars);
    for (const [i, option] of reply.select.options.entries()) {
      over(`select.options[${i}].label`, option.label.length, limits.selectLabelChars);
      over(`select.options[${i}].description`, option.description?.length ?? 0, limits.selectLabelChars);
      over(`select.options[${i}].action`, option.action.length, limits.actionIdChars);
    }
  }
  if (limits.rows) over("rows", rowsUsed(reply, limits.rows.buttonsPerRow), limits.rows.max);
  if (limits.payloadBytes !== undefined) over("payload bytes", estimatedPayloadBytes(reply), limits.payloadBytes);
  return problems;
}
