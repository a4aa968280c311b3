/**
 * Discord rendering of a neutral `Reply` as Components V2: the text as a text display, each
 * card as a container (its heading, subtitle, text and fields as markdown; its photo as a
 * thumbnail, or a media gallery when the reply is one listing; its buttons in a row), a select
 * in its own row, quick replies as a row of buttons. Core's `fitReply` has already cut the
 * reply to `LIMITS.discord`; this file still holds Discord's hard limits (40 components in
 * all, 4,000 characters of text), so what goes out is a message Discord accepts, and a reply
 * that cannot be drawn within them is sent as plain text instead.
 *
 * @see https://discord.com/developers/docs/components/reference
 */
import { truncate } from "@relais/core/assistant/fit-reply";
import { type Reply, type ReplyCard, replyAsText } from "@relais/core/assistant/reply";
import { escapeMarkdown } from "discord.js";
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInContainer,
  type APIComponentInMessageActionRow,
  type APIMessageTopLevelComponent,
  type APITextDisplayComponent,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord-api-types/v10";

/** Discord's limits for one Components V2 message (named so tests and the renderer share them). */
export const DISCORD_LIMITS = {
  /** Every component counts, nested ones too. */
  components: 40,
  /** All text displays of the message together. */
  textChars: 4000,
  /** A plain `content` message. */
  contentChars: 2000,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  url: 512,
  selectOptions: 25,
  optionLabel: 100,
  optionValue: 100,
  placeholder: 150,
  mediaDescription: 1024,
  galleryItems: 10,
} as const;

/** Buttons that carry no core action: they say a text (kept in the id). */
export const SAY_PREFIX = "relais_say:";
export const SELECT_ID = "relais_select";

export type DiscordComponentsMessage = {
  flags: number;
  components: APIMessageTopLevelComponent[];
  allowed_mentions: { parse: [] };
};
export type DiscordPlainMessage = { content: string; flags?: number; allowed_mentions: { parse: [] } };
export type DiscordMessage = DiscordComponentsMessage | DiscordPlainMessage;

/** Nobody is pinged by what Relais echoes (a title saying @everyone). */
const NO_MENTIONS = { parse: [] as [] };

function markdownOf(text: string, format: Reply["format"]): string {
  // The Reply markdown subset is Discord markdown already; plain text is escaped.
  return format === "markdown" ? text : escapeMarkdown(text);
}

const textDisplay = (content: string): APITextDisplayComponent => ({ type: ComponentType.TextDisplay, content });

function button(customId: string, label: string, style: ButtonStyle = ButtonStyle.Secondary): APIButtonComponent {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: truncate(label, DISCORD_LIMITS.buttonLabel),
    style: style as ButtonStyle.Primary,
  };
}

function row(components: APIComponentInMessageActionRow[]): APIActionRowComponent<APIComponentInMessageActionRow> {
  return { type: ComponentType.ActionRow, components };
}

const STYLE: Record<string, ButtonStyle> = { primary: ButtonStyle.Primary, danger: ButtonStyle.Danger };

function cardText(card: ReplyCard, index: number, format: Reply["format"], numbered: boolean): string {
  const title = escapeMarkdown(card.title);
  const heading = card.url && card.url.length <= DISCORD_LIMITS.url ? `[${title.replace(/[[\]]/g, "")}](${card.url})` : title;
  const lines = [`### ${numbered ? `${index + 1}. ` : ""}${heading}`];
  if (card.subtitle) lines.push(`-# ${escapeMarkdown(card.subtitle)}`);
  if (card.text) lines.push(markdownOf(card.text, format));
  for (const field of card.fields ?? []) lines.push(`**${escapeMarkdown(field.label)}** : ${escapeMarkdown(field.value)}`);
  return lines.join("\n");
}

function cardButtons(card: ReplyCard): APIButtonComponent[] {
  const buttons: APIButtonComponent[] = [];
  for (const action of card.actions ?? []) {
    if (action.id.length > DISCORD_LIMITS.customId) continue; // a cut id would never come back
    buttons.push(button(action.id, action.label, action.style ? STYLE[action.style] : ButtonStyle.Secondary));
  }
  for (const link of card.links ?? []) {
    if (link.url.length > DISCORD_LIMITS.url) continue;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: truncate(link.label, DISCORD_LIMITS.buttonLabel),
      url: link.url,
    });
  }
  return buttons.slice(0, DISCORD_LIMITS.buttonsPerRow);
}

function cardContainer(card: ReplyCard, index: number, reply: Reply, alone: boolean): APIMessageTopLevelComponent {
  const text = textDisplay(cardText(card, index, reply.format, reply.layout === "list"));
  const image = card.image && card.image.url.length <= DISCORD_LIMITS.url ? card.image : undefined;
  const description = image ? truncate(image.alt || card.title, DISCORD_LIMITS.mediaDescription) : undefined;
  const inside: APIComponentInContainer[] = [];
  if (image && !alone)
    inside.push({
      type: ComponentType.Section,
      components: [text],
      accessory: { type: ComponentType.Thumbnail, media: { url: image.url }, ...(description ? { description } : {}) },
    });
  else inside.push(text);
  // One listing shown alone: its photo large, in a media gallery.
  if (image && alone)
    inside.push({ type: ComponentType.MediaGallery, items: [{ media: { url: image.url }, ...(description ? { description } : {}) }] });
  const buttons = cardButtons(card);
  if (buttons.length > 0) inside.push(row(buttons));
  return { type: ComponentType.Container, components: inside };
}

function selectRow(reply: Reply): APIMessageTopLevelComponent | undefined {
  const options = (reply.select?.options ?? [])
    .filter((option) => option.action.length <= DISCORD_LIMITS.optionValue)
    .slice(0, DISCORD_LIMITS.selectOptions)
    .map((option) => ({
      label: truncate(option.label, DISCORD_LIMITS.optionLabel),
      value: option.action,
      ...(option.description ? { description: truncate(option.description, DISCORD_LIMITS.optionLabel) } : {}),
    }));
  if (!reply.select || options.length === 0) return undefined;
  return row([
    {
      type: ComponentType.StringSelect,
      custom_id: SELECT_ID,
      placeholder: truncate(reply.select.placeholder, DISCORD_LIMITS.placeholder),
      options,
    },
  ]);
}

function quickRow(reply: Reply): APIMessageTopLevelComponent | undefined {
  const buttons: APIButtonComponent[] = [];
  for (const quick of reply.quickReplies ?? []) {
    // A quick reply that says a text carries it in its id: it must fit there whole.
    const id = quick.action ?? `${SAY_PREFIX}${quick.text ?? quick.label}`;
    if (id.length <= DISCORD_LIMITS.customId) buttons.push(button(id, quick.label, ButtonStyle.Primary));
  }
  return buttons.length > 0 ? row(buttons.slice(0, DISCORD_LIMITS.buttonsPerRow)) : undefined;
}

/** Every component of a message, nested ones included (Discord's 40 counts them all). */
export function countComponents(components: readonly unknown[]): number {
  let count = 0;
  for (const raw of components) {
    const component = raw as { components?: unknown[]; accessory?: unknown };
    count += 1;
    if (component.components) count += countComponents(component.components);
    if (component.accessory) count += 1;
  }
  return count;
}

function textLength(components: readonly unknown[]): number {
  let total = 0;
  for (const raw of components) {
    const component = raw as { type?: number; content?: string; components?: unknown[] };
    if (component.type === ComponentType.TextDisplay) total += component.content?.length ?? 0;
    if (component.components) total += textLength(component.components);
  }
  return total;
}

/** The reply as plain text (Discord's `content`), for what cannot be drawn as components. */
export function renderPlain(reply: Reply): DiscordPlainMessage {
  return { content: fallbackOf(reply, DISCORD_LIMITS.contentChars), allowed_mentions: NO_MENTIONS };
}

function fallbackOf(reply: Reply, max: number): string {
  const text = replyAsText(reply).trim();
  return truncate(text === "" ? "…" : text, max);
}

/**
 * The whole reply as Discord draws it. Cards that would break the component or text budget are
 * named in a last line instead; if even that does not fit, the reply goes as plain text.
 */
export function renderReply(reply: Reply): DiscordMessage {
  const head = [textDisplay(truncate(markdownOf(reply.text, reply.format) || "…", DISCORD_LIMITS.textChars))];
  const tail = [selectRow(reply), quickRow(reply)].filter((c): c is APIMessageTopLevelComponent => c !== undefined);
  const cards = reply.cards ?? [];
  const body: APIMessageTopLevelComponent[] = [];
  let shown = 0;
  for (const [i, card] of cards.entries()) {
    const container = cardContainer(card, i, reply, cards.length === 1);
    const next = [...head, ...body, container, ...tail];
    // Room is kept for the "and N more" line when cards remain after this one.
    const reserve = i < cards.length - 1 ? 1 : 0;
    if (countComponents(next) + reserve > DISCORD_LIMITS.components || textLength(next) > DISCORD_LIMITS.textChars - reserve * 200) break;
    body.push(container);
    shown += 1;
  }
  if (shown < cards.length)
    body.push(
      textDisplay(
        `-# ${truncate(
          cards
            .slice(shown)
            .map((card) => escapeMarkdown(card.title))
            .join(" · "),
          190,
        )}`,
      ),
    );
  const components = [...head, ...body, ...tail];
  if (countComponents(components) > DISCORD_LIMITS.components || textLength(components) > DISCORD_LIMITS.textChars)
    return renderPlain(reply);
  return { flags: MessageFlags.IsComponentsV2, components, allowed_mentions: NO_MENTIONS };
}

/** What a notification or a text-only client shows for a drawn message. Never empty. */
export function fallbackText(message: DiscordMessage): string {
  if ("content" in message) return message.content;
  const texts: string[] = [];
  const walk = (components: readonly unknown[]) => {
    for (const raw of components) {
      const component = raw as { type?: number; content?: string; components?: unknown[] };
      if (component.type === ComponentType.TextDisplay && component.content) texts.push(component.content);
      if (component.components) walk(component.components);
    }
  };
  walk(message.components);
  return texts.join("\n");
}

/**
 * The message a button was pressed on, with that button's row replaced by "✓ label — @member"
 * (the other choices of the row gone): a second press finds nothing to press. Other rows stay.
 */
export function markPressed(components: readonly unknown[], customId: string, label: string, by: string): unknown[] {
  return components.map((raw) => {
    const component = raw as { type?: number; components?: { custom_id?: string }[] };
    if (component.type === ComponentType.ActionRow) {
      const pressed = component.components?.some((c) => c.custom_id === customId);
      return pressed ? textDisplay(`✓ **${escapeMarkdown(truncate(label, DISCORD_LIMITS.buttonLabel))}** — <@${by}>`) : component;
    }
    if (component.components) return { ...component, components: markPressed(component.components, customId, label, by) };
    return component;
  });
}

/** What a drawn message breaks of Discord's own limits (empty when Discord accepts it). */
export function discordViolations(message: DiscordMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  if (fallbackText(message).trim() === "") problems.push("text: empty");
  if ("content" in message) {
    over("content", message.content.length, DISCORD_LIMITS.contentChars);
    return problems;
  }
  if ((message.flags & MessageFlags.IsComponentsV2) === 0) problems.push("flags: IS_COMPONENTS_V2 missing");
  over("components", countComponents(message.components), DISCORD_LIMITS.components);
  over("text", textLength(message.components), DISCORD_LIMITS.textChars);
  const walk = (components: readonly unknown[], path: string) => {
    for (const [i, raw] of components.entries()) {
      const c = raw as {
        type?: number;
        components?: unknown[];
        custom_id?: string;
        label?: string;
        url?: string;
        options?: unknown[];
        items?: unknown[];
      };
      const at = `${path}[${i}]`;
      if (c.type === ComponentType.ActionRow) over(`${at}.components`, c.components?.length ?? 0, DISCORD_LIMITS.buttonsPerRow);
      over(`${at}.custom_id`, c.custom_id?.length ?? 0, DISCORD_LIMITS.customId);
      over(`${at}.label`, c.label?.length ?? 0, DISCORD_LIMITS.buttonLabel);
      over(`${at}.url`, c.url?.length ?? 0, DISCORD_LIMITS.url);
      over(`${at}.options`, c.options?.length ?? 0, DISCORD_LIMITS.selectOptions);
      over(`${at}.items`, c.items?.length ?? 0, DISCORD_LIMITS.galleryItems);
      if (c.components) walk(c.components, `${at}.components`);
    }
  };
  walk(message.components, "components");
  return problems;
}
