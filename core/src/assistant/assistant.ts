/**
 * The assistant every channel talks to: `handle(turn)` → platform-neutral replies. It maps
 * the chat identity to a member, loads the dialog state, runs the LLM engine when one is
 * configured (falling back to the local engine when the provider fails) or the local engine,
 * turns errors into polite replies in the member's language, and saves the state.
 */
import { apiIdentityOf, findOrCreateUserByIdentity } from "../accounts/identities.ts";
import type { IdentityProvider } from "../db/generated/client.ts";
import { DomainError } from "../errors/domain.ts";
import type { Locale } from "../i18n/messages.ts";
import { type AssistantDeps, Dialog } from "./dialog.ts";
import type { Intent, Slots } from "./intents.ts";
import { handleText, runIntent, warmUpLocalEngine } from "./local-engine.ts";
import { type Reply, replyAsText } from "./reply.ts";
import { forgetSession, loadSession, saveSession, takeAction } from "./session.ts";

export type TurnIdentity = { provider: IdentityProvider; externalId: string; displayName?: string };

export type Turn = {
  identity: TurnIdentity;
  text?: string;
  action?: string;
  locale?: Locale;
  /** Where the turn comes from, for abuse budgets (over HTTP: "ip:<client IP>"). */
  source?: string;
};

export type TurnResult = {
  replies: Reply[];
  interpretation: { intent: Intent; slots: Slots; engine: "local" | "llm" };
  userId: string;
  locale: Locale;
};

/** The LLM engine's side of a turn (core/src/assistant/llm); absent without a key. */
export type LlmEngine = {
  respond(dialog: Dialog, text: string, options: { onToken?: (token: string) => void }): Promise<{ intent: Intent; slots: Slots }>;
};

export type HandleOptions = { onToken?: (token: string) => void };

/** Longest message the assistant reads; a CV fits, a pasted book does not. */
export const MAX_TURN_CHARS = 12_000;

/** Slot names that carry ids from buttons: kept out of what the API reports as understood. */
const INTERNAL_SLOTS = new Set(["confirmed", "undo", "listingIds", "save"]);

export type Assistant = {
  handle(turn: Turn, options?: HandleOptions): Promise<TurnResult>;
  /** Forgets the dialog state of an identity ("start over"). */
  forget(identity: TurnIdentity): Promise<void>;
};

export function createAssistant(deps: AssistantDeps, llm?: LlmEngine): Assistant {
  // Trained just after start rather than during it: the server is already answering.
  setImmediate(warmUpLocalEngine);
  const prisma = deps.market.prisma;

  async function resolve(identity: TurnIdentity, locale: Locale | undefined) {
    if (identity.provider === "api") return apiIdentityOf(deps.accounts, identity.externalId);
    return findOrCreateUserByIdentity(deps.accounts, {
      provider: identity.provider,
      externalId: identity.externalId,
      ...(identity.displayName ? { displayName: identity.displayName } : {}),
      ...(locale ? { locale } : {}),
    });
  }

  async function handle(turn: Turn, options: HandleOptions = {}): Promise<TurnResult> {
    const { user, identityId } = await resolve(turn.identity, turn.locale);
    const session = await loadSession(prisma, identityId, user.id);
    const dialog = new Dialog(deps, session, session.locale ?? turn.locale ?? user.locale ?? "fr", turn.text?.trim() ?? "", turn.source);
    let intent: Intent = "unknown";
    let slots: Slots = {};
    let engine: "local" | "llm" = "local";
    const text = turn.text?.trim() ?? "";
    try {
      if (turn.action !== undefined) {
        const action = takeAction(session.state, turn.action);
        if (!action) dialog.say(dialog.t("as_action_expired"));
        else {
          intent = action.intent;
          slots = action.slots;
          await runIntent(dialog, intent, slots);
        }
      } else if (!text || !/[\p{L}\p{N}]/u.test(text)) {
        // Nothing to read (empty, or only emojis and punctuation).
        dialog.say(text ? dialog.t("as_unknown") : dialog.t("as_empty"));
      } else if (text.length > MAX_TURN_CHARS) {
        dialog.say(dialog.t("as_too_long", { length: text.length, max: MAX_TURN_CHARS }));
      } else if (llm && !session.state.pending) {
        try {
          ({ intent, slots } = await llm.respond(dialog, text, options));
          engine = "llm";
        } catch (error) {
          // The provider failed after its retries: the local engine answers instead.
          deps.logger?.warn({ err: error }, "LLM engine failed; answering with the local engine");
          dialog.replies.length = 0;
          ({ intent, slots } = await handleText(dialog, text));
        }
      } else {
        ({ intent, slots } = await handleText(dialog, text));
      }
    } catch (error) {
      dialog.replies.length = 0;
      if (error instanceof DomainError) dialog.sayError(error);
      else {
        deps.logger?.error({ err: error }, "assistant turn failed");
        dialog.say(dialog.t("as_error"));
      }
    }
    if (dialog.replies.length === 0) dialog.say(dialog.t("as_unknown"));
    session.locale = dialog.locale;
    if (text) session.history.push({ role: "user", text: text.slice(0, 2000) });
    session.history.push({ role: "assistant", text: dialog.replies.map(replyAsText).join("\n").slice(0, 2000) });
    await saveSession(prisma, session);
    const shownSlots = Object.fromEntries(Object.entries(slots).filter(([name]) => !INTERNAL_SLOTS.has(name)));
    return {
      replies: dialog.replies,
      interpretation: { intent, slots: shownSlots, engine },
      userId: session.userId,
      locale: dialog.locale,
    };
  }

  async function forget(identity: TurnIdentity): Promise<void> {
    const { identityId } = await resolve(identity, undefined);
    await forgetSession(prisma, identityId);
  }

  return { handle, forget };
}
