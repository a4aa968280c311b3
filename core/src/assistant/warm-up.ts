/**
 * Readies the local engine just after start, off the request path, so that the first members'
 * turns do not pay for it: the intent model (cached or trained), the dictionaries and the towns,
 * then the understanding run over a sample of its own training corpus (never an evaluation
 * sentence) so the JIT has compiled its paths, then one listing search and one mission search,
 * read only, for the database side. With the model and the dictionaries alone loaded, the first 50
 * turns after start ran at 130 ms p95, against about 25 ms for a running server (docs/BENCHMARKS.md, P5).
 */
import { setImmediate as nextTick } from "node:timers/promises";
import type { MarketContext } from "../listings/context.ts";
import { searchMissions } from "../missions/missions.ts";
import { searchListings } from "../search/search-listings.ts";
import { intentClassifier } from "./nlu/classifier.ts";
import { accentedFrench } from "./nlu/dictionary.ts";
import { evalSentenceKeys, sentenceKey } from "./nlu/eval-sets.ts";
import { interpret } from "./nlu/interpret.ts";
import { trainingExamples } from "./nlu/training-corpus.ts";

/** Sentences read at start: enough for the JIT to compile every path of the understanding (about 0.3 s). */
export const WARM_UP_SAMPLE = 160;
/** Sentences read per tick: turns arriving meanwhile wait at most a few milliseconds. */
const PER_TICK = 8;

let warmed: Promise<void> | undefined;

/** Once per process: the compiled code, the model and the dictionaries are the process's. */
export function warmUpLocalEngine(market: MarketContext): Promise<void> {
  warmed ??= warmUp(market);
  return warmed;
}

async function warmUp(market: MarketContext): Promise<void> {
  intentClassifier();
  accentedFrench("velo");
  const excluded = evalSentenceKeys();
  const corpus = trainingExamples(1).filter((example) => !excluded.has(sentenceKey(example.text)));
  const step = Math.max(1, Math.floor(corpus.length / WARM_UP_SAMPLE));
  const sample = corpus.filter((_, index) => index % step === 0);
  for (const [read, { text }] of sample.entries()) {
    if (read % PER_TICK === 0) await nextTick();
    interpret(text, "fr");
  }
  // Read only: a closed or unreachable database only means a colder first search.
  await searchListings(market, undefined, { q: "vélo", place: "Lyon" }).catch(() => {});
  await searchMissions(market, undefined, { q: "react" }).catch(() => {});
}
