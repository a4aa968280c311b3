/**
 * The assistant every channel talks to: `handle(turn)` → platform-neutral replies, fitted to
 * the limits of the channel the turn came from. Around the engines it does what chat
 * platforms need of a core (see turn.ts):
 * - one answer per inbound event id (inbound-dedupe.ts), replayed to a platform's retry;
 * - the turns of one identity one after the other, in arrival order (a keyed lock), and a
 *   compare-and-set on the dialog state across processes (session.ts);
 * - dialog state per (identity, conversation);
 * - buttons stored per member with an expiry (actions.ts), long answers paged behind "more…";
 * - `handleInBackground`: acknowledge now, deliver the replies when ready (platform deadlines).
 * It maps the chat identity to a member, runs the LLM engine when one is configured (falling
 * back to the local engine when the provider fails) or the local engine, and turns errors
 * into polite replies in the member's language.
 */

import { createHash } from "node:crypto";
import { apiIdentityOf, findOrCreateUserByIdentity } from "../accounts/identities.ts";
import type { Prisma } from "../db/generated/client.ts";
import { DomainError, Invalid } from "../errors/domain.ts";
import { type Locale, t } from "../i18n/messages.ts";
import { getPreferences, readPreferences } from "../profiles/preferences.ts";
import { isStorableText } from "../text/storable.ts";
import { ActionStore, newActionId } from "./actions.ts";
import { type AssistantDeps, Dialog } from "./dialog.ts";
import { fitReplies } from "./fit-reply.ts";
import { attachedText, attachPhotosTurn, isImage } from "./handlers/attachments.ts";
import { recordingTurn } from "./history.ts";
import { InboundDedupe } from "./inbound-dedupe.ts";
import type { Intent, Slots } from "./intents.ts";
import { handleText, runIntent } from "./local-engine.ts";
import { type Reply, replyAsText } from "./reply.ts";
import { LIMITS } from "./reply-limits.ts";
import { forgetSession, loadSession, saveSession } from "./session.ts";
import {
  attachmentProblem,
  conversationKeyOf,
  MAX_ATTACHMENTS,
  type Turn,
  type TurnChannel,
  TurnEnvelopeSchema,
  type TurnIdentity,
} from "./turn.ts";
import { localTurnOrder } from "./turn-order.ts";
import { warmUpLocalEngine } from "./warm-up.ts";

export type { Turn, TurnAttachment, TurnChannel, TurnIdentity } from "./turn.ts";

export type TurnResult = {
  replies: Reply[];
  interpretation: { intent: Intent; slots: Slots; engine: "local" | "llm" };
  userId: string;
  locale: Locale;
  /** The event was answered before: these are the first answer's replies (none while it is still being written). */
  replayed: boolean;
};

/** The LLM engine's side of a turn (core/src/assistant/llm); absent without a key. */
export type LlmEngine = {
  respond(dialog: Dialog, text: string, options: { onToken?: (token: string) => void }): Promise<{ intent: Intent; slots: Slots }>;
};

export type HandleOptions = { onToken?: (token: string) => void };

/** Hands a turn's replies to the member's channel (an adapter's ChannelPort, through the outbox). */
export type DeliverReplies = (result: TurnResult) => Promise<void>;

/** Longest message the assistant reads; a CV fits, a pasted book does not. */
export const MAX_TURN_CHARS = 12_000;

/** Slot names that carry ids from buttons: kept out of what the API reports as understood. */
const INTERNAL_SLOTS = new Set(["confirmed", "undo", "listingIds", "save", "postingText", "editText", "restore"]);

/**
 * A pressed button whose answer settles a proposal or a question (accept, decline, "no"): the
 * answer replaces the message the button was on. Other answers are new messages (the adapter
 * marks the pressed row itself).
 */
const SETTLING_INTENTS = new Set<Intent>(["accept_match", "decline_match", "cancel"]);

/** What a member's overview shows, in this order. */
const OVERVIEW_INTENTS: Intent[] = ["my_listings", "show_matches", "show_conversations"];

export type Assistant = {
  handle(turn: Turn, options?: HandleOptions): Promise<TurnResult>;
  /**
   * Accept now, answer later: checks the turn, returns at once (so an adapter can acknowledge
   * within the platform's deadline), then runs it in turn order and hands the replies to
   * `deliver`. A replayed event delivers nothing; a failure delivers a polite apology.
   */
  handleInBackground(turn: Turn, deliver: DeliverReplies): void;
  /** Resolves when every background turn has been answered (shutdown, tests). */
  idle(): Promise<void>;
  /**
   * A member's overview, with working buttons: their listings, the proposals waiting for them,
   * their conversations (unread first). Chat apps show it on a home screen (Slack's App Home).
   */
  overview(identity: TurnIdentity, channel: TurnChannel, locale?: Locale): Promise<Reply[]>;
  /** Forgets the dialog state of an identity ("start over"). */
  forget(identity: TurnIdentity): Promise<void>;
  /** Buttons for notifications sent outside a turn ("Accept / Decline" days later). */
  actions: ActionStore;
};

export function createAssistant(deps: AssistantDeps, llm?: LlmEngine): Assistant {
  // Just after start rather than during it: the server is already answering.
  setImmediate(() => {
    warmUpLocalEngine(deps.market).catch((error) => deps.logger?.warn({ err: error }, "the local engine could not warm up"));
  });
  const prisma = deps.market.prisma;
  const actions = new ActionStore(prisma, deps.config.ai.actionTtlDays * 24 * 3600_000);
  const dedupe = new InboundDedupe(prisma);
  // One queue per chat identity: its turns run one after the other, in arrival order.
  const order = deps.turnOrder ?? localTurnOrder();
  const background = new Set<Promise<void>>();

  async function resolve(identity: TurnIdentity, locale: Locale | undefined) {
    if (identity.provider === "api") return apiIdentityOf(deps.accounts, identity.externalId);
    return findOrCreateUserByIdentity(deps.accounts, {
      provider: identity.provider,
      externalId: identity.externalId,
      ...(identity.displayName ? { displayName: identity.displayName } : {}),
      ...(locale ? { locale } : {}),
    });
  }

  function check(turn: Turn): void {
    const envelope = TurnEnvelopeSchema.safeParse(turn);
    if (!envelope.success)
      throw new Invalid(
        "invalid_request",
        envelope.error.issues.map((issue) => ({ field: issue.path.join("."), code: "field_invalid" })),
      );
  }

  /**
   * The language the member chose, if they ever did (by chat or in their preferences): the
   * account's, since every later choice — again by chat, or `PATCH /me {locale}` — is written there.
   */
  async function chosenLocale(user: { id: string; locale: Locale }, stored?: unknown): Promise<Locale | undefined> {
    const preferences = stored === undefined ? await getPreferences(deps.market, user.id) : readPreferences(stored);
    return preferences.language ? user.locale : undefined;
  }

  async function handle(turn: Turn, options: HandleOptions = {}): Promise<TurnResult> {
    check(turn);
    const started = performance.now();
    const result = await order.run(`${turn.identity.provider}:${turn.identity.externalId}`, () => runTurn(turn, options));
    if (!result.replayed) deps.onTurnAnswered?.(result.interpretation.engine, (performance.now() - started) / 1000);
    return result;
  }

  async function runTurn(turn: Turn, options: HandleOptions): Promise<TurnResult> {
    const { user, identityId, preferences } = await resolve(turn.identity, turn.locale);
    let claim: Awaited<ReturnType<InboundDedupe["claim"]>> | undefined;
    if (turn.inboundId) {
      claim = await dedupe.claim(identityId, turn.inboundId, turn.receivedAt ?? new Date());
      if (claim.kind === "replay") return replayOf(claim.result, user.id, turn.locale ?? user.locale ?? "fr");
    }
    const session = await loadSession(prisma, identityId, user.id, conversationKeyOf(turn.channel));
    const text = turn.text?.trim() ?? "";
    // A language the member chose holds in every conversation and channel, whatever the platform says.
    const chosen = await chosenLocale(user, preferences);
    const dialog = new Dialog(deps, session, chosen ?? session.locale ?? turn.locale ?? user.locale ?? "fr", text, {
      // Stable per event: a message sent by this turn gets a client id a retry cannot duplicate.
      ...(turn.inboundId ? { inboundId: hashed(`${turn.identity.provider}:${identityId}:${turn.inboundId}`) } : {}),
      ...(turn.attachments ? { attachments: turn.attachments } : {}),
      ...(turn.source ? { source: turn.source } : {}),
    });
    dialog.accountLocale = chosen ?? turn.locale ?? user.locale ?? undefined;
    dialog.chosenLocale = chosen;
    let intent: Intent = "unknown";
    let slots: Slots = {};
    let engine: "local" | "llm" = "local";
    let settles = false;
    try {
      const attachments = turn.attachments ?? [];
      const problem = attachmentProblem(attachments);
      const cv = problem ? undefined : attachedText(attachments);
      if (problem) dialog.say(dialog.t(`as_${problem}`, { max: MAX_ATTACHMENTS }));
      else if (turn.action !== undefined) {
        const taken = await actions.take(turn.action, user.id);
        if (taken.status === "not_yours") dialog.say(dialog.t("as_action_not_yours"));
        else if (taken.status === "expired") dialog.say(dialog.t("as_action_expired"));
        else if ("page" in taken.target) dialog.replies.push(taken.target.page);
        else {
          ({ intent, slots } = taken.target);
          settles = SETTLING_INTENTS.has(intent);
          await runIntent(dialog, intent, slots);
        }
      } else if (cv !== undefined) {
        // A CV sent as a file: the same flow as a CV pasted in the message.
        if (cv.length > MAX_TURN_CHARS) dialog.say(dialog.t("as_too_long", { length: cv.length, max: MAX_TURN_CHARS }));
        else {
          intent = "generate_profile";
          await runIntent(dialog, intent, { text: cv });
        }
      } else if (!text && attachments.length === 0) {
        dialog.say(dialog.t("as_empty"));
      } else if (!isStorableText(text)) {
        // A chat platform may hand us U+0000 or a lone surrogate: nothing could store it.
        dialog.say(dialog.t("as_unreadable"));
      } else if (text && !/[\p{L}\p{N}]/u.test(text)) {
        // Nothing to read (only emojis and punctuation).
        dialog.say(dialog.t("as_unknown"));
      } else if (text.length > MAX_TURN_CHARS) {
        dialog.say(dialog.t("as_too_long", { length: text.length, max: MAX_TURN_CHARS }));
      } else if (text && llm && !session.state.pending) {
        try {
          ({ intent, slots } = await llm.respond(dialog, text, options));
          engine = "llm";
        } catch (error) {
          // The provider failed after its retries: the local engine answers instead.
          deps.logger?.warn({ err: error }, "LLM engine failed; answering with the local engine");
          dialog.replies.length = 0;
          dialog.newActions.length = 0;
          ({ intent, slots } = await handleText(dialog, text));
        }
      } else if (text) {
        ({ intent, slots } = await handleText(dialog, text));
      }
      // Photos go to the listing in focus: the one this turn's text just posted or showed, or the last one.
      const photos = problem ? [] : attachments.filter(isImage);
      if (photos.length > 0 && cv === undefined && turn.action === undefined) await attachPhotosTurn(dialog, photos);
    } catch (error) {
      dialog.replies.length = 0;
      dialog.newActions.length = 0;
      if (error instanceof DomainError) dialog.sayError(error);
      else {
        deps.logger?.error({ err: error }, "assistant turn failed");
        dialog.say(dialog.t("as_error"));
      }
    }
    if (dialog.replies.length === 0) dialog.say(dialog.t("as_unknown"));
    const messageId = turn.channel?.messageId;
    if (settles && messageId && dialog.replies[0]) dialog.replies[0] = { ...dialog.replies[0], replaces: messageId };
    // Cut to what the channel shows; what does not fit waits behind "more…" (stored like any button).
    const fitted = fitReplies(dialog.replies, LIMITS[turn.channel?.provider ?? "rest"], {
      moreLabel: dialog.t("as_more"),
      continued: dialog.t("as_continued"),
      newId: newActionId,
    });
    for (const { id, reply } of fitted.held) dialog.newActions.push({ id, target: { page: reply } });
    // A one-off line in the other language is answered in it; only a clear switch stays.
    session.locale = dialog.keptLocale ?? dialog.locale;
    if (text && isStorableText(text)) session.history.push({ role: "user", text: text.slice(0, 2000) });
    session.history.push({ role: "assistant", text: fitted.replies.map(replyAsText).join("\n").slice(0, 2000) });
    // The turn's buttons, state and log line in one transaction.
    const buttons = actions.saving(session.userId, dialog.newActions);
    await saveSession(prisma, session, [
      ...(dialog.buttonsCalledOff ? [actions.forgetDialogButtons(session.userId)] : []),
      ...(buttons ? [buttons] : []),
      recordingTurn(prisma, {
        userId: session.userId,
        channel: turn.channel?.provider ?? "rest",
        text: text && isStorableText(text) ? text.slice(0, MAX_TURN_CHARS) : null,
        pressed: turn.action !== undefined,
        replies: fitted.replies,
        intent,
      }),
    ]);
    const shownSlots = Object.fromEntries(Object.entries(slots).filter(([name]) => !INTERNAL_SLOTS.has(name)));
    const result: TurnResult = {
      replies: fitted.replies,
      interpretation: { intent, slots: shownSlots, engine },
      userId: session.userId,
      locale: dialog.locale,
      replayed: false,
    };
    if (claim?.kind === "first") {
      const { replayed: _replayed, ...stored } = result;
      await dedupe.answered(claim.id, stored as unknown as Prisma.InputJsonValue);
    }
    return result;
  }

  function handleInBackground(turn: Turn, deliver: DeliverReplies): void {
    check(turn);
    const job = handle(turn)
      .then(async (result) => {
        if (!result.replayed) await deliver(result);
      })
      .catch(async (error) => {
        deps.logger?.error({ err: error }, "background assistant turn failed");
        const locale = turn.locale ?? "fr";
        await deliver({
          replies: [{ text: t("as_error", locale) }],
          interpretation: { intent: "unknown", slots: {}, engine: "local" },
          userId: "",
          locale,
          replayed: false,
        }).catch((deliveryError) => deps.logger?.error({ err: deliveryError }, "could not deliver the apology"));
      })
      .finally(() => background.delete(job));
    background.add(job);
  }

  async function overview(identity: TurnIdentity, channel: TurnChannel, locale?: Locale): Promise<Reply[]> {
    return order.run(`${identity.provider}:${identity.externalId}`, async () => {
      const { user, identityId } = await resolve(identity, locale);
      const session = await loadSession(prisma, identityId, user.id, conversationKeyOf(channel));
      const chosen = await chosenLocale(user);
      const dialog = new Dialog(deps, session, chosen ?? session.locale ?? locale ?? user.locale ?? "fr", "");
      for (const intent of OVERVIEW_INTENTS) {
        try {
          await runIntent(dialog, intent, {});
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          dialog.sayError(error);
        }
      }
      const fitted = fitReplies(dialog.replies, LIMITS[channel.provider], {
        moreLabel: dialog.t("as_more"),
        continued: dialog.t("as_continued"),
        newId: newActionId,
      });
      for (const { id, reply } of fitted.held) dialog.newActions.push({ id, target: { page: reply } });
      await actions.save(session.userId, dialog.newActions);
      await saveSession(prisma, session);
      return fitted.replies;
    });
  }

  async function idle(): Promise<void> {
    while (background.size > 0) await Promise.allSettled([...background]);
  }

  async function forget(identity: TurnIdentity): Promise<void> {
    const { user, identityId } = await resolve(identity, undefined);
    await forgetSession(prisma, identityId);
    await actions.forgetDialogButtons(user.id);
  }

  return { handle, handleInBackground, idle, overview, forget, actions };
}

function hashed(value: string): string {
  return `turn:${createHash("sha256").update(value).digest("base64url")}`;
}

/** The first answer to a replayed event, or an empty answer while it is still being written. */
function replayOf(stored: unknown, userId: string, locale: Locale): TurnResult {
  const first = stored as Partial<TurnResult> | undefined;
  return {
    replies: Array.isArray(first?.replies) ? first.replies : [],
    interpretation: first?.interpretation ?? { intent: "unknown", slots: {}, engine: "local" },
    userId,
    locale: first?.locale ?? locale,
    replayed: true,
  };
}
