/**
 * Scores the local engine on the labelled utterances of core/eval: intent accuracy and slot
 * F1 (a slot counts when its value matches: numbers exactly, texts by their folded, stemmed
 * words, lists as sets), per intent, per slot (precision, recall, F1) and overall.
 *
 * Three sets: the first one (written together with the rules), a dev set written
 * independently (studied to find classes of failure) and a blind set written independently
 * and never looked at: for it only aggregate numbers exist, never the sentences missed.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { canonicalSkill } from "../../ai/skills.ts";
import { resolvePlace } from "../../places/gazetteer.ts";
import { lightStem, words } from "../../text/normalize.ts";
import type { Intent, Slots, SlotValue } from "../intents.ts";
import { EVAL_SETS, type EvalSetName } from "./eval-sets.ts";
import { type DialogContext, interpret } from "./interpret.ts";

export { EVAL_SETS, type EvalSetName };

export type LabelledUtterance = { lang: "fr" | "en"; text: string; intent: Intent; slots: Slots; context?: DialogContext };

export const EVAL_SET_PATH = EVAL_SETS.first.path;

export function loadEvalSet(path = EVAL_SET_PATH): LabelledUtterance[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledUtterance);
}

/** A named set, or undefined when its file is not there. */
export function loadNamedSet(name: EvalSetName): LabelledUtterance[] | undefined {
  const { path } = EVAL_SETS[name];
  return existsSync(path) ? loadEvalSet(path) : undefined;
}

const bag = (value: string) => new Set(words(value).map(lightStem));

export function sameSlotValue(expected: SlotValue, actual: SlotValue | undefined): boolean {
  if (actual === undefined) return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const a = new Set(expected.map((v) => v.toLowerCase()));
    const b = new Set(actual.map((v) => v.toLowerCase()));
    return a.size === b.size && [...a].every((v) => b.has(v));
  }
  if (typeof expected === "string" && typeof actual === "string") {
    const a = bag(expected);
    const b = bag(actual);
    if (a.size === 0 || b.size === 0) return expected.trim().toLowerCase() === actual.trim().toLowerCase();
    const common = [...a].filter((w) => b.has(w)).length;
    return common / Math.max(a.size, b.size) >= 0.75;
  }
  return expected === actual;
}

/**
 * A place names a town: "Paris 11e" and "Lyon 3e" answer "Paris" and "Lyon" (the writers label
 * the town; the engine keeps the arrondissement, which only makes it more precise).
 */
const townOf = (value: SlotValue) => (typeof value === "string" ? value.replace(/\s+\d{1,2}\s*(?:e|er|ème|eme)?$/i, "") : value);

/**
 * A skill is an entry of the taxonomy, however the writer spelt it: "node.js", "Node" and
 * "nodejs" are one skill (the writers label it as they would type it, one "vue.js", another "vue").
 */
const skillsOf = (value: SlotValue) => (Array.isArray(value) ? value.map((form) => canonicalSkill(form) ?? form.toLowerCase()) : value);
const SKILL_SLOTS = new Set(["skills", "removeSkills"]);

/**
 * One town under two names: "Geneva" and "Genève", "Brussels" and "Bruxelles" (writers label an
 * English line's town in English or in French; the engine keeps the member's spelling, and both
 * resolve to the same coordinates, which is what a place is for).
 */
function sameTown(expected: SlotValue, actual: SlotValue): boolean {
  if (typeof expected !== "string" || typeof actual !== "string") return false;
  const [a, b] = [resolvePlace(expected), resolvePlace(actual)];
  return a !== undefined && b !== undefined && a.countryCode === b.countryCode && a.lat === b.lat && a.lng === b.lng;
}

/**
 * A link code is the same code however its digits are grouped: "482 913" and "482913" (the guide asks for the digits
 * as written; the engine joins the groups, which is what the account service reads).
 */
const codeDigits = (value: SlotValue) => (typeof value === "string" && /^\d[\d .-]*\d$/.test(value) ? value.replace(/\D/g, "") : value);

function sameSlot(name: string, expected: SlotValue, actual: SlotValue | undefined): boolean {
  if (name === "place" && actual !== undefined)
    return sameSlotValue(townOf(expected), townOf(actual)) || sameTown(townOf(expected), townOf(actual));
  if (SKILL_SLOTS.has(name) && actual !== undefined) return sameSlotValue(skillsOf(expected), skillsOf(actual));
  if (name === "code" && actual !== undefined) return codeDigits(expected) === codeDigits(actual);
  return sameSlotValue(expected, actual);
}

type Tally = { total: number; correct: number; tp: number; fp: number; fn: number };
const f1 = (t: Pick<Tally, "tp" | "fp" | "fn">) => (t.tp + t.fp + t.fn === 0 ? 1 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn));
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export type SlotScore = { slot: string; expected: number; predicted: number; precision: number; recall: number; f1: number };

export type EvalReport = {
  total: number;
  intentAccuracy: number;
  slotF1: number;
  perIntent: { intent: Intent; total: number; accuracy: number; slotF1: number }[];
  perSlot: SlotScore[];
  byLanguage: Record<"fr" | "en", { total: number; accuracy: number }>;
  errors: { text: string; expected: Intent; got: Intent; missingSlots: string[]; wrongSlots: string[] }[];
};

/** The slots the acceptance names, with maxPrice and minPrice counted together as "price range". */
export const KEY_SLOTS: Record<string, string[]> = {
  place: ["place"],
  radiusKm: ["radiusKm"],
  "maxPrice/minPrice": ["maxPrice", "minPrice"],
  kind: ["kind"],
  recipient: ["recipient"],
  title: ["title"],
};

/** Precision, recall and F1 of a group of slots ("maxPrice/minPrice"), from a report's per-slot counts. */
export function groupScore(report: EvalReport, slots: string[]): SlotScore {
  let tp = 0;
  let expected = 0;
  let predicted = 0;
  for (const row of report.perSlot.filter((r) => slots.includes(r.slot))) {
    tp += Math.round(row.recall * row.expected);
    expected += row.expected;
    predicted += row.predicted;
  }
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, expected);
  return { slot: slots.join("/"), expected, predicted, precision, recall, f1: f1({ tp, fp: predicted - tp, fn: expected - tp }) };
}

export function evaluate(set: LabelledUtterance[]): EvalReport {
  const perIntent = new Map<Intent, Tally>();
  const perSlot = new Map<string, { tp: number; expected: number; predicted: number }>();
  const slotTally = (name: string) => {
    const tally = perSlot.get(name) ?? { tp: 0, expected: 0, predicted: 0 };
    perSlot.set(name, tally);
    return tally;
  };
  const overall: Tally = { total: 0, correct: 0, tp: 0, fp: 0, fn: 0 };
  const lang = { fr: { total: 0, correct: 0 }, en: { total: 0, correct: 0 } };
  const errors: EvalReport["errors"] = [];
  for (const item of set) {
    const result = interpret(item.text, item.lang, item.context ?? {});
    const tally = perIntent.get(item.intent) ?? { total: 0, correct: 0, tp: 0, fp: 0, fn: 0 };
    perIntent.set(item.intent, tally);
    const intentOk = result.intent === item.intent;
    for (const t of [tally, overall]) {
      t.total++;
      if (intentOk) t.correct++;
    }
    lang[item.lang].total++;
    if (intentOk) lang[item.lang].correct++;
    // Slots only count when the intent is right (a wrong intent already failed the turn).
    const predicted = intentOk ? result.slots : {};
    const missing: string[] = [];
    const wrong: string[] = [];
    for (const [name, value] of Object.entries(item.slots)) {
      slotTally(name).expected++;
      if (sameSlot(name, value, predicted[name])) {
        tally.tp++;
        overall.tp++;
        slotTally(name).tp++;
      } else {
        tally.fn++;
        overall.fn++;
        missing.push(`${name}=${JSON.stringify(value)} got ${JSON.stringify(predicted[name])}`);
      }
    }
    for (const [name, value] of Object.entries(predicted)) {
      slotTally(name).predicted++;
      if (!(name in item.slots)) {
        tally.fp++;
        overall.fp++;
        wrong.push(`${name}=${JSON.stringify(value)}`);
      } else if (!sameSlot(name, item.slots[name] as SlotValue, value)) {
        tally.fp++;
        overall.fp++;
      }
    }
    if (!intentOk || missing.length > 0 || wrong.length > 0)
      errors.push({ text: item.text, expected: item.intent, got: result.intent, missingSlots: missing, wrongSlots: wrong });
  }
  return {
    total: overall.total,
    intentAccuracy: overall.correct / Math.max(1, overall.total),
    slotF1: f1(overall),
    perIntent: [...perIntent.entries()].map(([intent, t]) => ({ intent, total: t.total, accuracy: t.correct / t.total, slotF1: f1(t) })),
    perSlot: [...perSlot.entries()]
      .map(([slot, t]) => ({
        slot,
        expected: t.expected,
        predicted: t.predicted,
        precision: ratio(t.tp, t.predicted),
        recall: ratio(t.tp, t.expected),
        f1: f1({ tp: t.tp, fp: t.predicted - t.tp, fn: t.expected - t.tp }),
      }))
      .sort((a, b) => b.expected - a.expected),
    byLanguage: {
      fr: { total: lang.fr.total, accuracy: lang.fr.correct / Math.max(1, lang.fr.total) },
      en: { total: lang.en.total, accuracy: lang.en.correct / Math.max(1, lang.en.total) },
    },
    errors,
  };
}

/** The blind set's report without the sentences: only numbers may leave it. */
export function aggregateOnly(report: EvalReport): EvalReport {
  return { ...report, errors: [] };
}

/** 200 postings of the studied sets, titled by their writer and, blind to that title, by a second labeller (session 33). */
export const TITLE_AGREEMENT_PATH = fileURLToPath(new URL("../../../eval/title-agreement.jsonl", import.meta.url));

export type TitleAgreement = { lines: number; labellersAgree: number; engineAgreesWithWriter: number; engineAgreesWithSecond: number };

/**
 * How often two people give the same title to the same posting (scored as the sets score titles), and how often the
 * engine gives theirs: the ceiling of the title metric, measured.
 */
export function titleAgreement(path = TITLE_AGREEMENT_PATH): TitleAgreement | undefined {
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { lang: "fr" | "en"; text: string; titleByWriter: string; titleBySecondLabeller?: string });
  let labellersAgree = 0;
  let engineAgreesWithWriter = 0;
  let engineAgreesWithSecond = 0;
  for (const line of lines) {
    const engine = interpret(line.text, line.lang).slots.title;
    const engineTitle = typeof engine === "string" ? engine : undefined;
    if (line.titleBySecondLabeller !== undefined && sameSlotValue(line.titleByWriter, line.titleBySecondLabeller)) labellersAgree++;
    if (sameSlotValue(line.titleByWriter, engineTitle)) engineAgreesWithWriter++;
    if (line.titleBySecondLabeller !== undefined && sameSlotValue(line.titleBySecondLabeller, engineTitle)) engineAgreesWithSecond++;
  }
  return { lines: lines.length, labellersAgree, engineAgreesWithWriter, engineAgreesWithSecond };
}
