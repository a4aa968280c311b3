/**
 * Scores the local engine on the labelled utterances of core/eval: intent accuracy and slot
 * F1 (a slot counts when its value matches: numbers exactly, texts by their folded, stemmed
 * words, lists as sets), per intent and overall.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lightStem, words } from "../../text/normalize.ts";
import type { Intent, Slots, SlotValue } from "../intents.ts";
import { type DialogContext, interpret } from "./interpret.ts";

export type LabelledUtterance = { lang: "fr" | "en"; text: string; intent: Intent; slots: Slots; context?: DialogContext };

export const EVAL_SET_PATH = fileURLToPath(new URL("../../../eval/assistant-utterances.jsonl", import.meta.url));

export function loadEvalSet(path = EVAL_SET_PATH): LabelledUtterance[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledUtterance);
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

type Tally = { total: number; correct: number; tp: number; fp: number; fn: number };
const f1 = (t: Tally) => (t.tp + t.fp + t.fn === 0 ? 1 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn));

export type EvalReport = {
  total: number;
  intentAccuracy: number;
  slotF1: number;
  perIntent: { intent: Intent; total: number; accuracy: number; slotF1: number }[];
  byLanguage: Record<"fr" | "en", { total: number; accuracy: number }>;
  errors: { text: string; expected: Intent; got: Intent; missingSlots: string[]; wrongSlots: string[] }[];
};

export function evaluate(set: LabelledUtterance[]): EvalReport {
  const perIntent = new Map<Intent, Tally>();
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
      if (sameSlotValue(value, predicted[name])) {
        tally.tp++;
        overall.tp++;
      } else {
        tally.fn++;
        overall.fn++;
        missing.push(`${name}=${JSON.stringify(value)} got ${JSON.stringify(predicted[name])}`);
      }
    }
    for (const [name, value] of Object.entries(predicted)) {
      if (!(name in item.slots)) {
        tally.fp++;
        overall.fp++;
        wrong.push(`${name}=${JSON.stringify(value)}`);
      } else if (!sameSlotValue(item.slots[name] as SlotValue, value)) {
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
    byLanguage: {
      fr: { total: lang.fr.total, accuracy: lang.fr.correct / Math.max(1, lang.fr.total) },
      en: { total: lang.en.total, accuracy: lang.en.correct / Math.max(1, lang.en.total) },
    },
    errors,
  };
}
