/**
 * Teams activities → neutral turns. Pure functions over the activity JSON the Bot Connector
 * posts (its token already checked), read with zod, so an activity we do not understand is
 * `ignored` with a reason instead of guessed at.
 *
 * Identity is `teams:<tenant>:<aadObjectId>` (the member's Entra object id, the same in every
 * chat and team of that tenant), or `<tenant>:<from.id>` when Teams gives no object id (the
 * Emulator, guests): a user of tenant A never acts for the same id in tenant B.
 *
 * @see https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages
 * @see https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview
 */
import { createHash } from "node:crypto";
import type { Turn as NeutralTurn } from "@relais/core/assistant/turn";
import type { Locale } from "@relais/core/i18n/messages";
import { z } from "zod";

/** The data every button of ours carries (Action.Execute `data`, or an Action.Submit's `value`). */
export const ActionData = z.union([
  z.looseObject({ relais: z.literal("action"), id: z.string().min(1).max(255), label: z.string().max(200).default("") }),
  z.looseObject({ relais: z.literal("say"), text: z.string().min(1).max(2000), label: z.string().max(200).default("") }),
  // A select: the chosen option's action comes back under the input's id.
  z.looseObject({ relais: z.literal("choose"), relaisChoice: z.string().min(1).max(255) }),
]);
export type ActionData = z.infer<typeof ActionData>;

/** What the adapter keeps for itself: where to answer, what was pressed. Core never sees it. */
export type TeamsContext = {
  tenant: string;
  /** The conversation's kind: a personal chat with the app, a group chat, a team's channel. */
  scope: "personal" | "groupChat" | "channel";
  /** The message a pressed button was on (its card is refreshed so it cannot run twice). */
  cardMessageId?: string;
  pressed?: { label: string; via: "execute" | "submit" };
};

export type Translated = { kind: "turn"; turn: NeutralTurn; teams: TeamsContext } | { kind: "ignored"; reason: string };

const Account = z.looseObject({
  id: z.string().min(1).max(300),
  name: z.string().max(300).optional(),
  aadObjectId: z.string().max(100).optional(),
  role: z.string().optional(),
});

const Entity = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  mentioned: z.looseObject({ id: z.string() }).optional(),
  locale: z.string().optional(),
});

/** The parts of any activity we read. */
export const TeamsActivity = z.looseObject({
  type: z.string().min(1),
  id: z.string().min(1).max(300).optional(),
  name: z.string().optional(),
  channelId: z.string().default("msteams"),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: Account,
  recipient: Account,
  conversation: z.looseObject({
    id: z.string().min(1).max(500),
    conversationType: z.string().optional(),
    isGroup: z.boolean().optional(),
    tenantId: z.string().max(100).optional(),
  }),
  text: z.string().max(50_000).optional(),
  value: z.unknown().optional(),
  replyToId: z.string().max(300).optional(),
  locale: z.string().max(20).optional(),
  entities: z.array(Entity).optional(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: z.string().max(100) }).optional(),
      eventType: z.string().optional(),
    })
    .optional(),
  membersAdded: z.array(Account).optional(),
  membersRemoved: z.array(Account).optional(),
  action: z.string().optional(),
});
export type TeamsActivity = z.infer<typeof TeamsActivity>;

/** Tenant ids are GUIDs; the Emulator sends none. */
const TENANT = /^[\w.-]{1,100}$/;
const NO_TENANT = "no-tenant";

export function tenantOf(activity: TeamsActivity): string {
  const tenant = activity.channelData?.tenant?.id ?? activity.conversation.tenantId ?? NO_TENANT;
  return TENANT.test(tenant) ? tenant : NO_TENANT;
}

export function scopeOf(activity: TeamsActivity): TeamsContext["scope"] {
  const type = activity.conversation.conversationType;
  if (type === "channel") return "channel";
  if (type === "groupChat" || activity.conversation.isGroup) return "groupChat";
  return "personal";
}

/** `<tenant>:<aadObjectId or from.id>`: the Identity.externalId of the member who acted. */
export function externalIdOf(activity: TeamsActivity): string {
  return `${tenantOf(activity)}:${activity.from.aadObjectId ?? activity.from.id}`;
}

/** fr-FR → fr, en-US → en; another language says nothing (core then reads the text). */
export function localeOf(tag: string | undefined): Locale | undefined {
  const language = tag?.toLowerCase().split(/[-_]/)[0];
  return language === "fr" || language === "en" ? language : undefined;
}

const AT = /<at>([^<]*)<\/at>/g;
const TAGS = /<\/?[a-z][^>]*>/gi;
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/**
 * What a member typed, as plain text: the app's own `<at>…</at>` mention removed, other
 * mentions as "@Name", any other markup Teams added dropped and its entities decoded.
 */
export function plainTextOf(activity: TeamsActivity): string {
  const ownMentions = new Set(
    (activity.entities ?? [])
      .filter((entity) => entity.type.toLowerCase() === "mention" && entity.mentioned?.id === activity.recipient.id && entity.text)
      .map((entity) => entity.text ?? ""),
  );
  let text = activity.text ?? "";
  for (const mention of ownMentions) text = text.split(mention).join(" ");
  return text
    .replace(AT, (_m, name: string) => `@${name}`)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(TAGS, "")
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[ \t]+/g, " ")
    .trim();
}

const shortHash = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 27);

/** A channel conversation id names its thread's root: `19:…@thread.tacv2;messageid=1700000000000`. */
function threadOf(conversationId: string): string | undefined {
  return /;messageid=(\d+)$/.exec(conversationId)?.[1];
}

function channelOf(activity: TeamsActivity, scope: TeamsContext["scope"]): NonNullable<NeutralTurn["channel"]> {
  const thread = threadOf(activity.conversation.id);
  return {
    provider: "teams",
    workspace: tenantOf(activity),
    conversation: activity.conversation.id.replace(/;messageid=\d+$/, ""),
    ...(thread ? { thread } : {}),
    direct: scope === "personal",
  };
}

function isFromBot(activity: TeamsActivity): boolean {
  return activity.from.id === activity.recipient.id || activity.from.role === "bot" || activity.from.id.startsWith("28:");
}

/**
 * A message: in the personal chat, anything the member writes; in a group chat or a channel,
 * only a message that mentions the app. An Action.Submit (older clients) is a message whose
 * `value` is the button's data: it runs that action.
 */
export function messageToTurn(activity: TeamsActivity): Translated {
  if (activity.type !== "message") return { kind: "ignored", reason: `activity ${activity.type}` };
  if (isFromBot(activity)) return { kind: "ignored", reason: "a bot's message" };
  const submitted = ActionData.safeParse(activity.value);
  if (submitted.success) return actionToTurn(activity, submitted.data, "submit");
  const scope = scopeOf(activity);
  const mentioned = (activity.entities ?? []).some(
    (entity) => entity.type.toLowerCase() === "mention" && entity.mentioned?.id === activity.recipient.id,
  );
  if (scope !== "personal" && !mentioned) return { kind: "ignored", reason: "a group message without a mention" };
  const text = plainTextOf(activity);
  if (!text) return { kind: "ignored", reason: "nothing said" };
  const channel = channelOf(activity, scope);
  // In the personal chat, a quoted reply to a message names it: an answer to a delivered message.
  if (scope === "personal" && activity.replyToId) channel.thread = activity.replyToId;
  const locale = localeOf(activity.locale);
  return {
    kind: "turn",
    turn: {
      identity: {
        provider: "teams",
        externalId: externalIdOf(activity),
        ...(activity.from.name ? { displayName: activity.from.name } : {}),
      },
      // Teams retries an unanswered activity with the same id; ids are unique within a conversation.
      inboundId: `msg:${shortHash(activity.conversation.id, activity.id ?? "")}`,
      channel,
      text,
      ...(locale ? { locale } : {}),
    },
    teams: { tenant: tenantOf(activity), scope },
  };
}

/** A pressed button (Action.Execute invoke, or Action.Submit message): the core action, or the words it says. */
export function actionToTurn(activity: TeamsActivity, data: ActionData, via: "execute" | "submit"): Translated {
  if (isFromBot(activity)) return { kind: "ignored", reason: "a bot's action" };
  const scope = scopeOf(activity);
  const channel = channelOf(activity, scope);
  if (activity.replyToId) channel.messageId = activity.replyToId;
  const coreAction = data.relais === "action" ? data.id : data.relais === "choose" ? data.relaisChoice : undefined;
  const label = data.relais === "choose" ? "" : data.label;
  const locale = localeOf(activity.locale);
  return {
    kind: "turn",
    turn: {
      identity: {
        provider: "teams",
        externalId: externalIdOf(activity),
        ...(activity.from.name ? { displayName: activity.from.name } : {}),
      },
      // The same button on the same card is one press, whether it came as Execute or as Submit.
      inboundId: `act:${shortHash(activity.conversation.id, activity.replyToId ?? activity.id ?? "", coreAction ?? `say:${data.relais === "say" ? data.text : ""}`)}`,
      channel,
      ...(data.relais === "say" ? { text: data.text } : { action: coreAction }),
      ...(locale ? { locale } : {}),
    },
    teams: {
      tenant: tenantOf(activity),
      scope,
      ...(activity.replyToId ? { cardMessageId: activity.replyToId } : {}),
      pressed: { label, via },
    },
  };
}

const ExecuteInvoke = z.looseObject({
  action: z.looseObject({ type: z.literal("Action.Execute"), verb: z.string().optional(), data: z.unknown() }),
});

/** An `adaptiveCard/action` invoke: the Action.Execute's data. */
export function executeToTurn(activity: TeamsActivity): Translated {
  if (activity.type !== "invoke" || activity.name !== "adaptiveCard/action") return { kind: "ignored", reason: "not an Action.Execute" };
  const invoke = ExecuteInvoke.safeParse(activity.value);
  if (!invoke.success) return { kind: "ignored", reason: "malformed Action.Execute" };
  const data = ActionData.safeParse(invoke.data.action.data);
  if (!data.success) return { kind: "ignored", reason: "not one of our buttons" };
  return actionToTurn(activity, data.data, "execute");
}

/** The member (not the app) in a conversationUpdate / installationUpdate: whose personal chat this is. */
export function installedBy(activity: TeamsActivity): { externalId: string; displayName?: string; locale?: Locale } | undefined {
  if (scopeOf(activity) !== "personal" || isFromBot(activity)) return undefined;
  const botAdded = (activity.membersAdded ?? []).some((member) => member.id === activity.recipient.id);
  const installed = activity.type === "installationUpdate" && (activity.action ?? "add").startsWith("add");
  if (!botAdded && !installed) return undefined;
  const locale = localeOf(activity.locale);
  return {
    externalId: externalIdOf(activity),
    ...(activity.from.name ? { displayName: activity.from.name } : {}),
    ...(locale ? { locale } : {}),
  };
}

/** A team's channel or a group chat: the conversation's own id (a channel thread's `;messageid=` left out). */
export function placeOf(activity: TeamsActivity): { externalId: string; kind: "channel" | "group"; name?: string } | undefined {
  const scope = scopeOf(activity);
  if (scope === "personal") return undefined;
  const data = activity.channelData as { team?: { name?: unknown }; channel?: { name?: unknown } } | undefined;
  const named = [data?.team?.name, data?.channel?.name, (activity.conversation as { name?: unknown }).name].find(
    (name): name is string => typeof name === "string" && name.trim() !== "",
  );
  return {
    externalId: activity.conversation.id.split(";")[0] ?? activity.conversation.id,
    kind: scope === "channel" ? "channel" : "group",
    ...(named ? { name: named.slice(0, 200) } : {}),
  };
}

/**
 * The app added to (or removed from) a team or a group chat: a conversationUpdate naming the
 * app among the members added (removed), or an installationUpdate `add` (`remove`).
 */
export function placeChangeOf(
  activity: TeamsActivity,
): (NonNullable<ReturnType<typeof placeOf>> & { change: "added" | "removed" }) | undefined {
  const place = placeOf(activity);
  if (!place) return undefined;
  const app = (members: { id: string }[] | undefined) => (members ?? []).some((member) => member.id === activity.recipient.id);
  const action = activity.type === "installationUpdate" ? (activity.action ?? "add") : undefined;
  if (app(activity.membersRemoved) || action?.startsWith("remove")) return { ...place, change: "removed" };
  if (app(activity.membersAdded) || action?.startsWith("add")) return { ...place, change: "added" };
  return undefined;
}
