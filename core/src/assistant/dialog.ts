/**
 * One turn's working context for the handlers: who speaks, in which language, the session
 * state, the replies being built, and helpers to ask a question, register a button or ask
 * for confirmation. Handlers call core services only; this file knows no platform.
 */

import type { z } from "zod";
import type { AccountsContext } from "../accounts/context.ts";
import type { ProfileWriter } from "../ai/profile-writer.ts";
import { checkCommand } from "../commands/parse-command.ts";
import type { Config } from "../config/index.ts";
import { type DomainError, type FieldError, Invalid } from "../errors/domain.ts";
import { type Locale, MESSAGES, type MessageKey, t } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import type { ImageStore } from "../listings/image-store.ts";
import { foldText } from "../text/normalize.ts";
import { type NewAction, newActionId } from "./actions.ts";
import type { Intent, Slots } from "./intents.ts";
import type { QuickReply, Reply, ReplyAction, ReplyCard } from "./reply.ts";
import { ask, type DialogState, type Session } from "./session.ts";
import type { TurnAttachment } from "./turn.ts";
import type { TurnOrder } from "./turn-order.ts";

export type AssistantDeps = {
  market: MarketContext;
  accounts: AccountsContext;
  config: Config;
  profileWriter: ProfileWriter;
  /** Where photos sent in chat are stored (absent: photos are refused politely). */
  images?: ImageStore;
  logger?: { error: (object: unknown, message?: string) => void; warn: (object: unknown, message?: string) => void };
  /** Keeps one identity's turns in order (default: in this process; across instances with Redis). */
  turnOrder?: TurnOrder;
  /** Told how long each answered turn took and which engine answered (the process's metrics). */
  onTurnAnswered?: (engine: "local" | "llm", seconds: number) => void;
};

/** How much of the member's words a reply repeats (`Dialog.echo`). */
const ECHO_CHARS = 60;

/** Command fields the dialog can ask for again, by the slot that answers them. */
const SLOT_OF_FIELD: Record<string, string> = { title: "title", body: "body", location: "place", q: "q" };

/** What a handler may need of the turn beyond its text: its event id, its files, where it comes from. */
export type DialogTurn = {
  inboundId?: string;
  attachments?: TurnAttachment[];
  /** Where the turn comes from (Turn.source), for abuse budgets. */
  source?: string;
};

/** Number formats are costly to build and a turn prints many prices: one per locale, currency and precision. */
const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: Locale, currency: string, digits: 0 | 2): Intl.NumberFormat {
  const key = `${locale}:${currency}:${digits}`;
  let format = MONEY_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-US", { style: "currency", currency, maximumFractionDigits: digits });
    MONEY_FORMATS.set(key, format);
  }
  return format;
}

export class Dialog {
  readonly replies: Reply[] = [];
  /** Buttons registered this turn, stored (for this member, with an expiry) when it ends. */
  readonly newActions: NewAction[] = [];
  /** Set when the member called off what was under way: the buttons shown before this turn stop working. */
  buttonsCalledOff = false;
  /** The question that was open when this turn's intent started (a draft being confirmed, say). */
  previousPending: DialogState["pending"];
  /** The member's own language (their account's or their channel's), whatever this turn's. */
  accountLocale: Locale | undefined;
  /** The language kept for the next turns when it differs from this turn's reply (a one-off line). */
  keptLocale: Locale | undefined;
  /** The language the member chose ("parle-moi en anglais", their preferences): no detection switches away from it. */
  chosenLocale: Locale | undefined;

  readonly deps: AssistantDeps;
  readonly session: Session;
  locale: Locale;
  readonly text: string;
  readonly turn: DialogTurn;

  constructor(
    deps: AssistantDeps,
    session: Session,
    locale: Locale,
    /** What the user typed this turn (empty for a button). */
    text: string,
    turn: DialogTurn = {},
  ) {
    this.deps = deps;
    this.session = session;
    this.locale = locale;
    this.text = text;
    this.turn = turn;
  }

  /** Where the turn comes from (Turn.source), for abuse budgets. */
  get source(): string | undefined {
    return this.turn.source;
  }

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

  /** A button that runs `intent` with `slots` when pressed (by this member only, for days). */
  action(label: string, intent: Intent, slots: Slots, style?: ReplyAction["style"], form?: ReplyAction["form"]): ReplyAction {
    return { id: this.register(intent, slots), label, ...(style ? { style } : {}), ...(form ? { form } : {}) };
  }

  quick(label: string, intent: Intent, slots: Slots): QuickReply {
    return { label, action: this.register(intent, slots) };
  }

  private register(intent: Intent, slots: Slots): string {
    const id = newActionId();
    this.newActions.push({ id, target: { intent, slots } });
    return id;
  }

  /** Asks for one missing slot; the next message answers it. */
  askFor(intent: Intent, slots: Slots, awaiting: string, question: string, extra: Omit<Reply, "text"> = {}): void {
    ask(this.state, intent, slots, awaiting);
    this.say(question, extra);
  }

  /** Asks "yes or no" (or what the buttons say it does: "Supprimer / Garder") before something that cannot be undone. */
  confirm(
    intent: Intent,
    slots: Slots,
    question: string,
    card?: ReplyCard,
    draft?: unknown,
    labels: { yes: MessageKey; no: MessageKey } = { yes: "as_yes", no: "as_no" },
  ): void {
    ask(this.state, intent, slots, "confirm", draft);
    const yes = this.action(this.t(labels.yes), intent, { ...slots, confirmed: true }, "primary");
    const no = this.action(this.t(labels.no), "cancel", {});
    this.say(question, {
      ...(card ? { cards: [{ ...card, actions: [yes, no] }] } : {}),
      quickReplies: [
        { label: yes.label, action: yes.id },
        { label: no.label, action: no.id },
      ],
    });
  }

  /**
   * A command's input through its schema (the same one REST and the LLM tools use). On a
   * refusal, says which field and why, in the member's language, and returns undefined:
   * nothing is written. A refused title, body or place is asked for again.
   */
  parse<T extends z.ZodType>(schema: T, input: unknown, retry?: { intent: Intent; slots: Slots }): z.output<T> | undefined {
    const checked = checkCommand(schema, input);
    if (checked.ok) return checked.data;
    const fields = checked.fields;
    const slot = SLOT_OF_FIELD[fields[0]?.field.split(".")[0] ?? ""];
    if (retry && slot) {
      const { [slot]: _refused, ...rest } = retry.slots;
      this.askFor(retry.intent, rest, slot, this.refusal(fields));
    } else this.say(this.refusal(fields));
    return undefined;
  }

  /** What a domain error means, politely: the field and the rule for a refused input. */
  sayError(error: DomainError): void {
    this.say(
      error instanceof Invalid && error.fields.length > 0 && error.code === "invalid_request"
        ? this.refusal(error.fields)
        : this.t(error.code, error.params),
    );
  }

  private refusal(fields: FieldError[]): string {
    const first = fields[0] ?? { field: "", code: "field_invalid" as const };
    const name = first.field.split(".")[0] ?? "";
    const labelKey = `as_field_${name}`;
    const field = labelKey in MESSAGES ? this.t(labelKey as MessageKey) : name;
    return this.t("as_refused_field", { field, problem: this.t(first.code, first.params) });
  }

  /**
   * The member's words as a reply repeats them: whole when short, else their start and "…" (a
   * reply never echoes a paragraph back). Cut at a word.
   */
  echo(text: string, max = ECHO_CHARS): string {
    const said = text.replace(/\s+/g, " ").trim();
    if (said.length <= max) return said;
    const cut = said.slice(0, max - 1);
    const atWord = cut.lastIndexOf(" ");
    return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.!?-]+$/u, "")}…`;
  }

  /** « text » in French, "text" in English. */
  quote(text: string): string {
    return this.locale === "fr" ? `« ${text} »` : `"${text}"`;
  }

  money(minor: number | null | undefined, currency: string | null | undefined): string {
    if (minor === null || minor === undefined) return "";
    if (minor === 0) return this.t("as_free");
    return moneyFormat(this.locale, currency ?? "EUR", minor % 100 === 0 ? 0 : 2).format(minor / 100);
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
    dialog.say(dialog.t(results.ids.length === 1 ? "as_ref_out_of_range_one" : "as_ref_out_of_range", { count: results.ids.length }));
  else if (results && ref === undefined) dialog.say(dialog.t("as_ref_missing"));
  // (no list and no rank said: nothing to echo back)
  else if (ref === undefined || ref === "") dialog.say(dialog.t("as_no_list_to_pick"));
  else dialog.say(dialog.t("as_no_results_to_pick", { ref: dialog.echo(String(ref ?? "")) }));
}

export const sameName = (a: string, b: string) => foldText(a).trim() === foldText(b).trim();
