/**
 * Discord interactions → neutral turns. Pure functions over the payloads Discord sends
 * (already verified), checked with zod, so a payload we do not understand is `ignored` with a
 * reason instead of guessed at.
 *
 * Identity is `discord:<user id>` (Discord user ids are global). The locale is the member's
 * Discord client language. `/relais` subcommands become the sentence a member would type, in
 * their language, so they run the same assistant as every other channel.
 *
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */

import type { Turn as NeutralTurn } from "@relais/core/assistant/turn";
import type { Locale } from "@relais/core/i18n/messages";
import { InteractionType } from "discord-api-types/v10";
import { z } from "zod";
import { SAY_PREFIX, SELECT_ID } from "./render.ts";

const Snowflake = z.string().regex(/^\d{15,21}$/, "a Discord id");

const User = z.looseObject({
  id: Snowflake,
  username: z.string().max(100).optional(),
  global_name: z.string().max(100).nullish(),
  bot: z.boolean().optional(),
});

type CommandOption = { name: string; type: number; value?: string | number | boolean; options?: CommandOption[]; focused?: boolean };
const CommandOption: z.ZodType<CommandOption> = z.lazy(() =>
  z.looseObject({
    name: z.string().min(1).max(32),
    type: z.number().int(),
    value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
    options: z.array(CommandOption).max(25).optional(),
    focused: z.boolean().optional(),
  }),
);

export const Interaction = z.looseObject({
  id: Snowflake,
  application_id: Snowflake,
  type: z.number().int(),
  token: z.string().min(1).max(500),
  guild_id: Snowflake.optional(),
  channel_id: Snowflake.optional(),
  channel: z.looseObject({ id: Snowflake, type: z.number().int() }).optional(),
  member: z.looseObject({ user: User }).nullish(),
  user: User.nullish(),
  locale: z.string().max(10).optional(),
  /** 0 a server, 1 the bot's DM, 2 another DM or group DM (a user-installed app). */
  context: z.number().int().optional(),
  data: z
    .looseObject({
      name: z.string().max(32).optional(),
      options: z.array(CommandOption).max(25).optional(),
      custom_id: z.string().max(100).optional(),
      component_type: z.number().int().optional(),
      values: z.array(z.string().max(100)).max(25).optional(),
      /** A submitted modal's fields, and the files uploaded in it. */
      components: z.array(z.unknown()).max(10).optional(),
      resolved: z.looseObject({}).optional(),
    })
    .optional(),
  message: z
    .looseObject({
      id: Snowflake,
      flags: z.number().int().optional(),
      components: z.array(z.unknown()).max(40).optional(),
    })
    .optional(),
});
export type Interaction = z.infer<typeof Interaction>;

/** What the adapter keeps for itself: how to answer, what was pressed. Core never sees it. */
export type DiscordContext = {
  user: string;
  interactionId: string;
  token: string;
  /** Answered only to the member (profile, inbox, link codes). */
  ephemeral: boolean;
  pressed?: { customId: string; label: string; messageId: string; components: unknown[]; flags: number };
};

export type Translated = { kind: "turn"; turn: NeutralTurn; discord: DiscordContext } | { kind: "ignored"; reason: string };

/** Discord's client language as a Relais locale (French, else English). */
export function localeOf(discordLocale: string | undefined): Locale | undefined {
  if (!discordLocale) return undefined;
  return discordLocale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** The `/relais` subcommands whose answers only the member sees. */
export const PRIVATE_SUBCOMMANDS = new Set(["profile", "inbox", "link"]);

const option = (options: CommandOption[] | undefined, name: string): string | undefined => {
  const value = options?.find((o) => o.name === name)?.value;
  return value === undefined ? undefined : String(value).trim() || undefined;
};

/** A `/relais <subcommand>` as the sentence a member would type, in their language. */
export function subcommandText(sub: CommandOption, locale: Locale): string | undefined {
  const fr = locale === "fr";
  const o = sub.options;
  switch (sub.name) {
    case "ask":
      return option(o, "text");
    case "search": {
      const query = option(o, "query");
      if (!query) return undefined;
      const place = option(o, "place");
      const category = option(o, "category");
      const what = category ? `${query} (${category})` : query;
      return fr ? `je cherche ${what}${place ? ` à ${place}` : ""}` : `looking for ${what}${place ? ` in ${place}` : ""}`;
    }
    case "post": {
      const text = option(o, "text");
      const kind = option(o, "kind") === "want" ? "want" : "offer";
      if (!text) return undefined;
      if (kind === "want") return fr ? `je cherche ${text}` : `I'm looking for ${text}`;
      return fr ? `je propose ${text}` : `I offer ${text}`;
    }
    case "matches":
      return fr ? "mes matchs" : "my matches";
    case "inbox":
      return fr ? "mes messages" : "my messages";
    case "profile":
      return fr ? "mon profil" : "my profile";
    case "link": {
      const code = option(o, "code");
      if (code) return fr ? `mon code de liaison est ${code}` : `my link code is ${code}`;
      return fr ? "lier mon compte" : "link my account";
    }
    default:
      return undefined;
  }
}

function who(interaction: Interaction) {
  return interaction.member?.user ?? interaction.user;
}

/** Who an interaction comes from, as a Relais identity (undefined for a bot or no user). */
export function memberOf(interaction: Interaction): { identity: NeutralTurn["identity"]; user: string } | undefined {
  const user = who(interaction);
  return user && !user.bot ? { identity: identityOf(user), user: user.id } : undefined;
}

/** `/relais post` without a text: the member fills the listing form (a modal) instead, with what the command said. */
export function postFormOf(
  interaction: Interaction,
): { kind: "offer" | "want"; price?: string; place?: string; category?: string } | undefined {
  if (interaction.type !== InteractionType.ApplicationCommand || interaction.data?.name !== "relais") return undefined;
  const sub = interaction.data.options?.[0];
  if (sub?.name !== "post" || option(sub.options, "text")) return undefined;
  const said = { price: option(sub.options, "price"), place: option(sub.options, "place"), category: option(sub.options, "category") };
  return {
    kind: option(sub.options, "kind") === "want" ? "want" : "offer",
    ...Object.fromEntries(Object.entries(said).filter(([, value]) => value !== undefined)),
  };
}

/** `/relais edit listing:<id> [category]`: the listing the member chose (autocomplete gives its id), a new category. */
export function editFormOf(interaction: Interaction): { listingId: string; category?: string } | undefined {
  if (interaction.type !== InteractionType.ApplicationCommand || interaction.data?.name !== "relais") return undefined;
  const sub = interaction.data.options?.[0];
  if (sub?.name !== "edit") return undefined;
  const category = option(sub.options, "category");
  return { listingId: option(sub.options, "listing") ?? "", ...(category ? { category } : {}) };
}

function channelOf(interaction: Interaction, messageId?: string): NonNullable<NeutralTurn["channel"]> {
  const conversation = interaction.channel_id ?? interaction.channel?.id ?? "";
  return {
    provider: "discord",
    ...(interaction.guild_id ? { workspace: interaction.guild_id } : {}),
    conversation,
    // DM with the bot (type 1), or a user-installed app in a DM without a server.
    direct: !interaction.guild_id,
    ...(messageId ? { messageId } : {}),
  };
}

function identityOf(user: z.infer<typeof User>): NeutralTurn["identity"] {
  const name = user.global_name ?? user.username;
  return { provider: "discord", externalId: user.id, ...(name ? { displayName: name } : {}) };
}

/** `/relais <subcommand>`: the turn it says. */
export function commandToTurn(interaction: Interaction): Translated {
  if (interaction.type !== InteractionType.ApplicationCommand) return { kind: "ignored", reason: "not a command" };
  const user = who(interaction);
  if (!user) return { kind: "ignored", reason: "no user" };
  if (user.bot) return { kind: "ignored", reason: "a bot" };
  if (interaction.data?.name !== "relais") return { kind: "ignored", reason: `unknown command ${interaction.data?.name}` };
  const sub = interaction.data.options?.[0];
  const locale = localeOf(interaction.locale) ?? "en";
  const text = sub ? subcommandText(sub, locale) : undefined;
  if (!sub || !text) return { kind: "ignored", reason: "nothing said" };
  return {
    kind: "turn",
    turn: {
      identity: identityOf(user),
      // Discord sends an interaction once; the same one delivered twice is one turn.
      inboundId: `ix:${interaction.id}`,
      channel: channelOf(interaction),
      text,
      locale,
    },
    discord: { user: user.id, interactionId: interaction.id, token: interaction.token, ephemeral: PRIVATE_SUBCOMMANDS.has(sub.name) },
  };
}

/** The label of the component `customId` in a message (what the member pressed). */
function labelOf(components: readonly unknown[], customId: string, value?: string): string | undefined {
  for (const raw of components) {
    const c = raw as { custom_id?: string; label?: string; components?: unknown[]; options?: { value?: string; label?: string }[] };
    if (c.custom_id === customId) return value ? c.options?.find((o) => o.value === value)?.label : c.label;
    if (c.components) {
      const found = labelOf(c.components, customId, value);
      if (found) return found;
    }
  }
  return undefined;
}

/** A pressed button or a chosen option: the core action it carries, or the text a quick reply says. */
export function componentToTurn(interaction: Interaction): Translated {
  if (interaction.type !== InteractionType.MessageComponent) return { kind: "ignored", reason: "not a component" };
  const user = who(interaction);
  const customId = interaction.data?.custom_id;
  const message = interaction.message;
  if (!user || !customId || !message) return { kind: "ignored", reason: "incomplete component interaction" };
  const chosen = customId === SELECT_ID ? interaction.data?.values?.[0] : undefined;
  if (customId === SELECT_ID && !chosen) return { kind: "ignored", reason: "nothing chosen" };
  const says = customId.startsWith(SAY_PREFIX) ? customId.slice(SAY_PREFIX.length) : undefined;
  const action = says === undefined ? (chosen ?? customId) : undefined;
  const components = message.components ?? [];
  const label = labelOf(components, customId, chosen) ?? says ?? "✓";
  return {
    kind: "turn",
    turn: {
      identity: identityOf(user),
      // Two presses of the same button on the same message are one press.
      inboundId: `act:${message.id}:${action ?? customId}`,
      channel: channelOf(interaction, message.id),
      ...(says !== undefined ? { text: says } : { action }),
      ...(localeOf(interaction.locale) ? { locale: localeOf(interaction.locale) } : {}),
    },
    discord: {
      user: user.id,
      interactionId: interaction.id,
      token: interaction.token,
      ephemeral: ((message.flags ?? 0) & 64) !== 0,
      pressed: { customId, label, messageId: message.id, components, flags: message.flags ?? 0 },
    },
  };
}

/** The option a member is typing in (autocomplete): a place or a category (search, post), one of their listings (edit). */
export function focusedOption(interaction: Interaction): { field: "place" | "category" | "listing"; typed: string } | undefined {
  if (interaction.type !== InteractionType.ApplicationCommandAutocomplete || interaction.data?.name !== "relais") return undefined;
  const focused = interaction.data.options?.[0]?.options?.find((o) => o.focused);
  if (!focused || (focused.name !== "place" && focused.name !== "category" && focused.name !== "listing")) return undefined;
  return { field: focused.name, typed: String(focused.value ?? "").slice(0, 100) };
}

const GatewayMessage = z.looseObject({
  id: Snowflake,
  channel_id: Snowflake,
  guild_id: Snowflake.optional(),
  author: User,
  content: z.string().max(6000).default(""),
  webhook_id: Snowflake.optional(),
  mentions: z
    .array(z.looseObject({ id: Snowflake }))
    .max(100)
    .default([]),
  message_reference: z.looseObject({ message_id: Snowflake.optional() }).optional(),
});

/**
 * A message the gateway delivers (MESSAGE_CREATE): a DM to the bot, or a message mentioning it
 * in a server. Both carry their text without the privileged Message Content intent. A reply to
 * a message the bot delivered keeps that message as its thread (it joins that conversation).
 */
export function messageToTurn(payload: unknown, botUserId: string): Translated {
  const parsed = GatewayMessage.safeParse(payload);
  if (!parsed.success) return { kind: "ignored", reason: "not a message" };
  const m = parsed.data;
  if (m.author.bot || m.webhook_id || m.author.id === botUserId) return { kind: "ignored", reason: "a bot's message" };
  const direct = !m.guild_id;
  if (!direct && !m.mentions.some((u) => u.id === botUserId)) return { kind: "ignored", reason: "a server message without a mention" };
  const text = m.content.replace(new RegExp(`<@!?${botUserId}>`, "g"), "").trim();
  if (!text) return { kind: "ignored", reason: "nothing said" };
  const referenced = m.message_reference?.message_id;
  return {
    kind: "turn",
    turn: {
      identity: identityOf(m.author),
      // The gateway may deliver a message again after a resume: one turn.
      inboundId: `msg:${m.id}`,
      channel: {
        provider: "discord",
        ...(m.guild_id ? { workspace: m.guild_id } : {}),
        conversation: m.channel_id,
        ...(referenced ? { thread: referenced } : {}),
        direct,
      },
      text,
    },
    discord: { user: m.author.id, interactionId: m.id, token: "", ephemeral: false },
  };
}
