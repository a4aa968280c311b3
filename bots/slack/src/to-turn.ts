/**
 * Slack payloads → neutral turns. Pure functions over the bodies Slack sends (already
 * verified by Bolt), checked with zod, so a payload we do not understand is `ignored` with a
 * reason instead of guessed at.
 *
 * Identity is `slack:<team>:<user>` with the user's own team taken from the payload (Slack
 * Connect puts another organisation's users in a shared channel: `user_team`; Enterprise Grid
 * reports the workspace in `team`/`user.team_id`), never the installation's team: a user id
 * of workspace A never acts for the same id in workspace B.
 *
 * @see https://docs.slack.dev/reference/events/message.im
 * @see https://docs.slack.dev/interactivity/handling-user-interaction (block_actions, view_submission)
 */
import { z } from "zod";
import { LINK_ACTION_PREFIX, OPEN_FORM_PREFIX, SAY_ACTION_PREFIX } from "./render.ts";
import type { NeutralTurn } from "./turn-types.ts";

export type SlackFile = { id: string; name: string; mimeType: string; size?: number; url?: string };

/** What the adapter keeps for itself: where to answer, what was pressed. Core never sees it. */
export type SlackContext = {
  user: string;
  team: string;
  ts?: string;
  /** Files shared with the message: downloaded with the bot token (Slack keeps them private). */
  files?: SlackFile[];
  responseUrl?: string;
  triggerId?: string;
  pressed?: { actionId: string; label: string; ephemeral: boolean; onHome: boolean };
};

export type Translated = { kind: "turn"; turn: NeutralTurn; slack: SlackContext } | { kind: "ignored"; reason: string };

const SlackId = z.string().regex(/^[A-Z0-9]{2,40}$/, "a Slack id");
const Ts = z.string().regex(/^\d{1,12}\.\d{1,8}$/, "a Slack ts");

const Envelope = z.looseObject({
  team_id: SlackId,
  event_id: z.string().min(1).max(100),
  event: z.looseObject({ type: z.string() }),
});

const MessageEvent = z.looseObject({
  type: z.enum(["message", "app_mention"]),
  subtype: z.string().optional(),
  user: SlackId.optional(),
  bot_id: z.string().optional(),
  text: z.string().default(""),
  ts: Ts,
  thread_ts: Ts.optional(),
  channel: SlackId,
  channel_type: z.string().optional(),
  team: SlackId.optional(),
  user_team: SlackId.optional(),
  files: z
    .array(
      z.looseObject({
        id: z.string(),
        name: z.string().optional(),
        mimetype: z.string().optional(),
        size: z.number().int().nonnegative().optional(),
        url_private_download: z.url().optional(),
      }),
    )
    .optional(),
});

/** Message subtypes a member writes; every other one (joins, edits, deletions, bots) is not a turn. */
const MEMBER_SUBTYPES = new Set([undefined, "file_share", "thread_broadcast"]);

/** Slack's mrkdwn escapes and references in what a member typed, as plain text. */
export function plainTextOf(text: string, botUserId?: string): string {
  return text
    .replace(botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g") : /(?!)/, "")
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name ?? id}`)
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `#${name || id}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, "@$1")
    .replace(/<(https?:[^|>]+|mailto:[^|>]+)\|([^>]+)>/g, "$2")
    .replace(/<(https?:[^>]+|mailto:[^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

const identityOf = (team: string, user: string) => ({ provider: "slack" as const, externalId: `${team}:${user}` });

/** A message in a DM with the app (top level or thread), or a mention in a channel. */
export function eventToTurn(body: unknown, bot: { userId?: string; botId?: string } = {}): Translated {
  const envelope = Envelope.safeParse(body);
  if (!envelope.success) return { kind: "ignored", reason: "not an event callback" };
  const event = MessageEvent.safeParse(envelope.data.event);
  if (!event.success) return { kind: "ignored", reason: `unsupported event ${envelope.data.event.type}` };
  const message = event.data;
  if (message.bot_id || message.subtype === "bot_message" || (bot.userId && message.user === bot.userId))
    return { kind: "ignored", reason: "a bot's message" };
  if (!MEMBER_SUBTYPES.has(message.subtype)) return { kind: "ignored", reason: `message subtype ${message.subtype}` };
  if (!message.user) return { kind: "ignored", reason: "no author" };
  const direct = message.channel_type === "im";
  if (message.type === "message" && !direct) return { kind: "ignored", reason: "a channel message without a mention" };
  const team = message.user_team ?? message.team ?? envelope.data.team_id;
  const text = plainTextOf(message.text, bot.userId);
  if (!text && (message.files ?? []).length === 0) return { kind: "ignored", reason: "nothing said" };
  return {
    kind: "turn",
    turn: {
      identity: identityOf(team, message.user),
      inboundId: envelope.data.event_id,
      channel: {
        provider: "slack",
        workspace: envelope.data.team_id,
        conversation: message.channel,
        // A mention is answered in its thread (a new one under the mention when it was top level).
        ...(message.thread_ts ? { thread: message.thread_ts } : direct ? {} : { thread: message.ts }),
        direct,
      },
      text,
    },
    slack: {
      user: message.user,
      team,
      ts: message.ts,
      files: (message.files ?? []).map((file) => ({
        id: file.id,
        name: file.name ?? file.id,
        mimeType: file.mimetype ?? "application/octet-stream",
        ...(file.size !== undefined ? { size: file.size } : {}),
        ...(file.url_private_download ? { url: file.url_private_download } : {}),
      })),
    },
  };
}

const SlashCommand = z.looseObject({
  command: z.string(),
  text: z.string().default(""),
  team_id: SlackId,
  user_id: SlackId,
  channel_id: SlackId,
  trigger_id: z.string().min(1),
  response_url: z.url(),
  enterprise_id: SlackId.optional(),
});

/** `/relais <text>`: the text is a turn like any other; the answer goes to `response_url`. */
export function commandToTurn(body: unknown): Translated {
  const command = SlashCommand.safeParse(body);
  if (!command.success) return { kind: "ignored", reason: "not a slash command" };
  const c = command.data;
  return {
    kind: "turn",
    turn: {
      identity: identityOf(c.team_id, c.user_id),
      // Slack does not retry slash commands; the trigger id is unique per invocation.
      inboundId: `cmd:${c.trigger_id}`,
      channel: { provider: "slack", workspace: c.team_id, conversation: c.channel_id, direct: c.channel_id.startsWith("D") },
      text: plainTextOf(c.text),
    },
    slack: { user: c.user_id, team: c.team_id, responseUrl: c.response_url, triggerId: c.trigger_id },
  };
}

const AppHomeOpened = z.looseObject({
  team_id: SlackId,
  event: z.looseObject({ type: z.literal("app_home_opened"), user: SlackId, tab: z.string().optional(), channel: SlackId.optional() }),
});

/** The member opened the app's Home tab: who, for their overview. */
export function homeOpenedOf(body: unknown): { identity: NeutralTurn["identity"]; team: string; user: string } | undefined {
  const parsed = AppHomeOpened.safeParse(body);
  if (!parsed.success || (parsed.data.event.tab && parsed.data.event.tab !== "home")) return undefined;
  const { team_id: team, event } = parsed.data;
  return { identity: identityOf(team, event.user), team, user: event.user };
}

const BlockActions = z.looseObject({
  type: z.literal("block_actions"),
  user: z.looseObject({ id: SlackId, team_id: SlackId.optional() }),
  team: z.looseObject({ id: SlackId }).nullable().optional(),
  trigger_id: z.string().optional(),
  response_url: z.url().optional(),
  container: z.looseObject({
    type: z.string(),
    message_ts: Ts.optional(),
    channel_id: SlackId.optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  channel: z.looseObject({ id: SlackId }).optional(),
  message: z.looseObject({ ts: Ts, thread_ts: Ts.optional(), blocks: z.array(z.unknown()).optional() }).optional(),
  actions: z
    .array(
      z.looseObject({
        action_id: z.string().min(1).max(255),
        block_id: z.string().optional(),
        type: z.string(),
        value: z.string().optional(),
        text: z.looseObject({ text: z.string() }).optional(),
        selected_option: z.looseObject({ value: z.string(), text: z.looseObject({ text: z.string() }) }).optional(),
        url: z.string().optional(),
      }),
    )
    .min(1),
});

/**
 * A pressed button or a chosen option: the core action it carries, or the text a quick reply
 * says. Link buttons open a page in the browser: nothing to answer.
 */
export function actionToTurn(body: unknown): Translated {
  const parsed = BlockActions.safeParse(body);
  if (!parsed.success) return { kind: "ignored", reason: "not a block action" };
  const payload = parsed.data;
  const action = payload.actions[0]!;
  if (action.action_id.startsWith(LINK_ACTION_PREFIX)) return { kind: "ignored", reason: "a link button" };
  if (action.action_id.startsWith(OPEN_FORM_PREFIX)) return { kind: "ignored", reason: "opens a form" };
  const team = payload.user.team_id ?? payload.team?.id;
  if (!team) return { kind: "ignored", reason: "no team" };
  // A button on the App Home (a view) answers in the member's DM with the app (posting to a user id).
  const onHome = payload.container.type === "view";
  const channelId = onHome ? payload.user.id : (payload.container.channel_id ?? payload.channel?.id);
  const messageTs = payload.container.message_ts ?? payload.message?.ts;
  const chosen = action.selected_option?.value;
  const label = action.selected_option?.text.text ?? action.text?.text ?? "";
  const says = action.action_id.startsWith(SAY_ACTION_PREFIX) ? (action.value ?? label) : undefined;
  const coreAction = says === undefined ? (chosen ?? action.action_id) : undefined;
  return {
    kind: "turn",
    turn: {
      identity: identityOf(team, payload.user.id),
      // Two presses of the same button on the same message are one press.
      inboundId: `act:${messageTs ?? payload.trigger_id ?? ""}:${coreAction ?? action.action_id}`,
      channel: {
        provider: "slack",
        workspace: payload.team?.id ?? team,
        conversation: channelId ?? "",
        ...(payload.message?.thread_ts ? { thread: payload.message.thread_ts } : {}),
        direct: onHome || (channelId?.startsWith("D") ?? false),
        ...(messageTs ? { messageId: messageTs } : {}),
      },
      ...(says !== undefined ? { text: says } : { action: coreAction }),
    },
    slack: {
      user: payload.user.id,
      team,
      ...(payload.response_url ? { responseUrl: payload.response_url } : {}),
      ...(payload.trigger_id ? { triggerId: payload.trigger_id } : {}),
      pressed: { actionId: action.action_id, label, ephemeral: payload.container.is_ephemeral ?? false, onHome },
    },
  };
}

const Interaction = z.looseObject({
  user: z.looseObject({ id: SlackId, team_id: SlackId.optional() }),
  team: z.looseObject({ id: SlackId }).nullable().optional(),
  trigger_id: z.string().optional(),
  message: z.looseObject({ text: z.string().optional() }).optional(),
});

/** Who a shortcut, a form button or a modal submission comes from (their own team, as for turns). */
export function interactionOf(
  body: unknown,
): { identity: NeutralTurn["identity"]; team: string; user: string; triggerId?: string; messageText?: string } | undefined {
  const parsed = Interaction.safeParse(body);
  if (!parsed.success) return undefined;
  const team = parsed.data.user.team_id ?? parsed.data.team?.id;
  if (!team) return undefined;
  const text = parsed.data.message?.text;
  return {
    identity: identityOf(team, parsed.data.user.id),
    team,
    user: parsed.data.user.id,
    ...(parsed.data.trigger_id ? { triggerId: parsed.data.trigger_id } : {}),
    ...(text ? { messageText: plainTextOf(text) } : {}),
  };
}
