/**
 * One turn's working context for the handlers: who speaks, in which language, the session
 * state, the replies being built, and helpers to ask a question, register a button or ask
 * for confirmation. Handlers call core services only; this file knows no platform.
 */
import type { AccountsContext } from "../accounts/context.ts";
import type { ProfileWriter } from "../ai/profile-writer.ts";
import type { Config } from "../config/index.ts";
import { type Locale, type MessageKey, t } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import { foldText } from "../text/normalize.ts";
import type { Intent, Slots } from "./intents.ts";
import type { QuickReply, Reply, ReplyAction, ReplyCard } from "./reply.ts";
import { ask, type DialogState, registerAction, type Session } from "./session.ts";

export type AssistantDeps = {
  market: MarketContext;
  accounts: AccountsContext;
  config: Config;
  profileWriter: ProfileWriter;
  logger?: { error: (object: unknown, message?: string) => void; warn: (object: unknown, message?: string) => void };
};

export class Dialog {
  readonly replies: Reply[] = [];
  /** The question that was open when this turn's intent started (a draft being confirmed, say). */
  previousPending: DialogState["pending"];

  constructor(
    readonly deps: AssistantDeps,
    readonly session: Session,
    public locale: Locale,
    /** What the user typed this turn (empty for a button). */
    readonly text: string,
    /** Where the turn comes from (Turn.source), for abuse budgets. */
    readonly source?: string,
  ) {}

  get userId(): string {
    return this.session.userId;
  }

  get state(): DialogState {
    return this.session.state;
  }

  get market(): MarketContext {
    return this.deps.market;
  }

  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return t(key, this.locale, params);
  }

  say(text: string, extra: Omit<Reply, "text"> = {}): void {
    this.replies.push({ text, ...extra });
  }

  /** A button that runs `intent` with `slots` when pressed (by this identity only). */
  action(label: string, intent: Intent, slots: Slots, style?: ReplyAction["style"]): ReplyAction {
    return { id: registerAction(this.state, intent, slots), label, ...(style ? { style } : {}) };
  }

  quick(label: string, intent: Intent, slots: Slots): QuickReply {
    return { label, action: registerAction(this.state, intent, slots) };
  }

  /** Asks for one missing slot; the next message answers it. */
  askFor(intent: Intent, slots: Slots, awaiting: string, question: string, extra: Omit<Reply, "text"> = {}): void {
    ask(this.state, intent, slots, awaiting);
    this.say(question, extra);
  }

  /** Asks "yes or no" before something that cannot be undone. */
  confirm(intent: Intent, slots: Slots, question: string, card?: ReplyCard, draft?: unknown): void {
    ask(this.state, intent, slots, "confirm", draft);
    const yes = this.action(this.t("as_yes"), intent, { ...slots, confirmed: true }, "primary");
    const no = this.action(this.t("as_no"), "cancel", {});
    this.say(question, {
      ...(card ? { cards: [{ ...card, actions: [yes, no] }] } : {}),
      quickReplies: [
        { label: yes.label, action: yes.id },
        { label: no.label, action: no.id },
      ],
    });
  }

  /** « text » in French, "text" in English. */
  quote(text: string): string {
    return this.locale === "fr" ? `« ${text} »` : `"${text}"`;
  }

  money(minor: number | null | undefined, currency: string | null | undefined): string {
    if (minor === null || minor === undefined) return "";
    if (minor === 0) return this.t("as_free");
    return new Intl.NumberFormat(this.locale === "fr" ? "fr-FR" : "en-US", {
      style: "currency",
      currency: currency ?? "EUR",
      maximumFractionDigits: minor % 100 === 0 ? 0 : 2,
    }).format(minor / 100);
  }
}

/** Resolves "the second one" / "the last one" against the last list shown. */
export function pickFromResults(dialog: Dialog, kinds: NonNullable<DialogState["results"]>["kind"][], ref: unknown): string | undefined {
  const results = dialog.state.results;
  if (!results || !kinds.includes(results.kind) || ref === undefined) return undefined;
  const index = ref === "last" ? results.ids.length - 1 : Number(ref) - 1;
  return Number.isInteger(index) && index >= 0 ? results.ids[index] : undefined;
}

/** Says why a reference does not resolve: no list yet, or a number past its end. */
export function explainBadRef(dialog: Dialog, ref: unknown): void {
  const results = dialog.state.results;
  if (results && typeof ref === "number" && ref > results.ids.length)
    dialog.say(dialog.t("as_ref_out_of_range", { count: results.ids.length }));
  else dialog.say(dialog.t("as_no_results_to_pick", { ref: String(ref ?? "") }));
}

export const sameName = (a: string, b: string) => foldText(a).trim() === foldText(b).trim();
