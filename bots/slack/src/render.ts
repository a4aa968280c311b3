/**
 * Block Kit rendering of a neutral `Reply`: the text as a mrkdwn section, each card as a
 * section (title, subtitle, text, image accessory) with a fields section and an actions block,
 * quick replies as buttons, a select as a static select. Core's `fitReply` has already cut the
 * reply to `LIMITS.slack`; this file still holds Slack's own hard limits (the mrkdwn dialect
 * can make a text longer), so whatever comes in, what goes out is a message Slack accepts, with
 * the `text` fallback always set (notifications, screen readers, old clients).
 *
 * @see https://docs.slack.dev/reference/block-kit/blocks
 * @see https://docs.slack.dev/messaging/formatting-message-text (mrkdwn, escaping)
 */
import { truncate } from "@relais/core/assistant/fit-reply";
import type { Reply, ReplyCard } from "@relais/core/assistant/reply";
import { replyAsText } from "@relais/core/assistant/reply";
import type { ActionsBlock, Button, ContextBlock, HomeView, KnownBlock, SectionBlock, StaticSelect } from "@slack/types";
import { OPEN_EDIT_LISTING } from "./modals.ts";

/** Slack's limits for one message (named so tests and the renderer share them). */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  url: 3000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  placeholder: 150,
  altText: 2000,
  contextElements: 10,
  /** The `text` fallback: Slack truncates past 40,000; notifications show far less. */
  fallbackText: 4000,
  /** A view (App Home, modal) holds 100 blocks. */
  viewBlocks: 100,
} as const;

/** Action ids of the buttons that carry no core action: they say a text, or open a link. */
export const SAY_ACTION_PREFIX = "relais_say:";
export const LINK_ACTION_PREFIX = "relais_link:";
/** Buttons that open a form (a modal) instead of sending a turn. */
export const OPEN_FORM_PREFIX = "relais_open_";
/** The block id of the actions block of card `i` (so a pressed card can be found again). */
export const CARD_ACTIONS_BLOCK = "relais_card_actions:";

export type SlackMessage = { text: string; blocks: KnownBlock[] };

/** Escapes what mrkdwn reads as markup in text that is not markup. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
const BOLD = /\*\*([^*\n]+)\*\*/g;
const BULLET = /^- /gm;

/** The Reply markdown subset in Slack's mrkdwn: *bold*, _italic_, `code`, <url|label>, • bullets. */
export function markdownToMrkdwn(markdown: string): string {
  const links: string[] = [];
  // Links first, kept aside (private-use marks), so escaping never touches their angle brackets.
  const withoutLinks = markdown.replace(LINK, (_match, label: string, url: string) => {
    links.push(`<${url}|${escapeMrkdwn(label).replace(/\|/g, "¦")}>`);
    return `\uE000${links.length - 1}\uE001`;
  });
  return escapeMrkdwn(withoutLinks)
    .replace(BOLD, "*$1*")
    .replace(BULLET, "• ")
    .replace(/\uE000(\d+)\uE001/g, (_match, index: string) => links[Number(index)] ?? "");
}

function mrkdwnOf(text: string, format: Reply["format"]): string {
  return format === "markdown" ? markdownToMrkdwn(text) : escapeMrkdwn(text);
}

function section(text: string, accessory?: SectionBlock["accessory"]): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: truncate(text, SLACK_LIMITS.sectionText) }, ...(accessory ? { accessory } : {}) };
}

function button(actionId: string, label: string, extra: Partial<Button> = {}): Button {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: truncate(label, SLACK_LIMITS.buttonText), emoji: true },
    ...extra,
  };
}

function cardBlocks(card: ReplyCard, index: number, format: Reply["format"], numbered: boolean): KnownBlock[] {
  const title = escapeMrkdwn(card.title);
  const heading = card.url && card.url.length <= SLACK_LIMITS.url ? `<${card.url}|${title.replace(/\|/g, "¦")}>` : title;
  const lines = [`${numbered ? `${index + 1}. ` : ""}*${heading}*`];
  if (card.subtitle) lines.push(escapeMrkdwn(card.subtitle));
  if (card.text) lines.push(mrkdwnOf(card.text, format));
  const image =
    card.image && card.image.url.length <= SLACK_LIMITS.url
      ? { type: "image" as const, image_url: card.image.url, alt_text: truncate(card.image.alt || card.title, SLACK_LIMITS.altText) }
      : undefined;
  const blocks: KnownBlock[] = [section(lines.join("\n"), image)];
  const fields = (card.fields ?? []).slice(0, SLACK_LIMITS.fields);
  if (fields.length > 0) {
    blocks.push({
      type: "section",
      fields: fields.map((field) => ({
        type: "mrkdwn" as const,
        text: truncate(`*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`, SLACK_LIMITS.fieldText),
      })),
    });
  }
  const elements: Button[] = [];
  for (const action of card.actions ?? []) {
    // "Modifier" on one of the member's listings opens its edit modal, like the Home tab's select.
    if (action.form) {
      elements.push(button(OPEN_EDIT_LISTING, action.label, { value: action.form.listingId }));
      continue;
    }
    if (action.id.length > SLACK_LIMITS.actionId) continue; // a cut id would never come back
    elements.push(button(action.id, action.label, action.style ? { style: action.style } : {}));
  }
  for (const [i, link] of (card.links ?? []).entries()) {
    if (link.url.length > SLACK_LIMITS.url) continue;
    elements.push(button(`${LINK_ACTION_PREFIX}${index}:${i}`, link.label, { url: link.url }));
  }
  if (elements.length > 0)
    blocks.push({ type: "actions", block_id: `${CARD_ACTIONS_BLOCK}${index}`, elements: elements.slice(0, SLACK_LIMITS.actionsElements) });
  return blocks;
}

function quickReplyBlock(reply: Reply): ActionsBlock | undefined {
  const elements: Button[] = [];
  for (const [i, quick] of (reply.quickReplies ?? []).entries()) {
    if (quick.action !== undefined) {
      if (quick.action.length <= SLACK_LIMITS.actionId) elements.push(button(quick.action, quick.label));
    } else {
      const said = quick.text ?? quick.label;
      elements.push(button(`${SAY_ACTION_PREFIX}${i}`, quick.label, { value: said.slice(0, SLACK_LIMITS.buttonValue) }));
    }
  }
  return elements.length > 0
    ? { type: "actions", block_id: "relais_quick_replies", elements: elements.slice(0, SLACK_LIMITS.actionsElements) }
    : undefined;
}

function selectBlock(reply: Reply): ActionsBlock | undefined {
  const options = (reply.select?.options ?? [])
    .filter((option) => option.action.length <= SLACK_LIMITS.optionValue)
    .slice(0, SLACK_LIMITS.selectOptions)
    .map((option) => ({
      text: { type: "plain_text" as const, text: truncate(option.label, SLACK_LIMITS.optionText), emoji: true },
      value: option.action,
      ...(option.description
        ? { description: { type: "plain_text" as const, text: truncate(option.description, SLACK_LIMITS.optionText) } }
        : {}),
    }));
  if (!reply.select || options.length === 0) return undefined;
  const select: StaticSelect = {
    type: "static_select",
    action_id: "relais_select",
    placeholder: { type: "plain_text", text: truncate(reply.select.placeholder, SLACK_LIMITS.placeholder) },
    options,
  };
  return { type: "actions", block_id: "relais_select", elements: [select] };
}

/** The whole reply as Slack draws it. At most 50 blocks: cards that do not fit are named in a last line. */
export function renderReply(reply: Reply): SlackMessage {
  const head: KnownBlock[] = [section(mrkdwnOf(reply.text, reply.format))];
  const tail = [selectBlock(reply), quickReplyBlock(reply)].filter((block): block is ActionsBlock => block !== undefined);
  const cards = reply.cards ?? [];
  const body: KnownBlock[] = [];
  let shown = 0;
  for (const [i, card] of cards.entries()) {
    const blocks = cardBlocks(card, i, reply.format, reply.layout === "list");
    // One block is kept for the "and N more" line when cards remain after this one.
    const room = SLACK_LIMITS.blocks - head.length - tail.length - body.length - (i < cards.length - 1 ? 1 : 0);
    if (blocks.length > room) break;
    body.push(...blocks);
    shown += 1;
  }
  if (shown < cards.length) {
    const more: ContextBlock = {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: truncate(
            cards
              .slice(shown)
              .map((card) => escapeMrkdwn(card.title))
              .join(" · "),
            SLACK_LIMITS.sectionText,
          ),
        },
      ],
    };
    body.push(more);
  }
  return { text: fallbackText(reply), blocks: [...head, ...body, ...tail] };
}

/** What a notification, a screen reader or a client without blocks shows. Never empty. */
export function fallbackText(reply: Reply): string {
  const text = replyAsText(reply).trim();
  return truncate(text === "" ? "…" : text, SLACK_LIMITS.fallbackText);
}

/**
 * The message a button was pressed on, with that button's row replaced by "✓ label" (and the
 * other choices of the row gone): a second press cannot happen, and the conversation shows
 * what was chosen. Other rows (other cards) stay pressable.
 */
export function markPressed(blocks: KnownBlock[], actionId: string, label: string, by: string): KnownBlock[] {
  return blocks.map((block) => {
    if (block.type !== "actions") return block;
    const pressed = block.elements.some((element) => "action_id" in element && element.action_id === actionId);
    if (!pressed) return block;
    const done: ContextBlock = {
      type: "context",
      ...(block.block_id ? { block_id: block.block_id } : {}),
      elements: [{ type: "mrkdwn", text: truncate(`✓ *${escapeMrkdwn(label)}* — <@${by}>`, SLACK_LIMITS.sectionText) }],
    };
    return done;
  });
}

/**
 * The App Home tab: each reply of the member's overview (listings, proposals, conversations)
 * drawn as in a message, separated by dividers, within the 100 blocks of a view. Replies that
 * do not fit are left out whole (a half-drawn list would mislead).
 */
export type HomeHeader = {
  create: { label: string; actionId: string };
  /** A select of the member's listings to edit (left out when they have none). */
  edit?: { placeholder: string; actionId: string; listings: { id: string; title: string }[] };
};

export function homeView(replies: Reply[], header?: HomeHeader): HomeView {
  const blocks: KnownBlock[] = [];
  if (header) {
    const elements: (Button | StaticSelect)[] = [button(header.create.actionId, header.create.label, { style: "primary" })];
    const listings = header.edit?.listings.slice(0, SLACK_LIMITS.selectOptions) ?? [];
    if (header.edit && listings.length > 0)
      elements.push({
        type: "static_select",
        action_id: header.edit.actionId,
        placeholder: { type: "plain_text", text: truncate(header.edit.placeholder, SLACK_LIMITS.placeholder) },
        options: listings.map((listing) => ({
          text: { type: "plain_text" as const, text: truncate(listing.title, SLACK_LIMITS.optionText) },
          value: listing.id,
        })),
      });
    blocks.push({ type: "actions", block_id: "relais_home_header", elements });
  }
  for (const reply of replies) {
    const drawn = renderReply(reply).blocks;
    const needed = drawn.length + (blocks.length > 0 ? 1 : 0);
    if (blocks.length + needed > SLACK_LIMITS.viewBlocks) break;
    if (blocks.length > 0) blocks.push({ type: "divider" });
    blocks.push(...drawn);
  }
  return { type: "home", blocks };
}

type LooseBlock = {
  type?: string;
  text?: { text?: string } | string;
  fields?: { text?: string }[];
  elements?: { type?: string; text?: { text?: string } | string; action_id?: string; url?: string; options?: unknown[] }[];
};

/** What a drawn message breaks of Slack's own limits (empty when Slack accepts it). */
export function slackViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  if (message.text.trim() === "") problems.push("text: empty fallback");
  over("text", message.text.length, SLACK_LIMITS.fallbackText);
  over("blocks", message.blocks.length, SLACK_LIMITS.blocks);
  for (const [i, raw] of message.blocks.entries()) {
    const block = raw as LooseBlock;
    if (block.type === "section" && typeof block.text === "object")
      over(`blocks[${i}].text`, block.text.text?.length ?? 0, SLACK_LIMITS.sectionText);
    over(`blocks[${i}].fields`, block.fields?.length ?? 0, SLACK_LIMITS.fields);
    for (const field of block.fields ?? []) over(`blocks[${i}].field`, field.text?.length ?? 0, SLACK_LIMITS.fieldText);
    if (block.type !== "actions") continue;
    over(`blocks[${i}].elements`, block.elements?.length ?? 0, SLACK_LIMITS.actionsElements);
    for (const element of block.elements ?? []) {
      if (typeof element.text === "object") over(`blocks[${i}].button`, element.text.text?.length ?? 0, SLACK_LIMITS.buttonText);
      over(`blocks[${i}].action_id`, element.action_id?.length ?? 0, SLACK_LIMITS.actionId);
      over(`blocks[${i}].url`, element.url?.length ?? 0, SLACK_LIMITS.url);
      over(`blocks[${i}].options`, element.options?.length ?? 0, SLACK_LIMITS.selectOptions);
    }
  }
  return problems;
}
