/**
 * Readies the local engine just after start, off the request path, so that the first members'
 * turns do not pay for it: the intent model (cached or trained), the dictionaries and the towns,
 * each in a tick of its own (the towns take 1–2 s, as they did before any warm-up); then the
 * understanding run over a sample of its own training corpus (never an evaluation sentence), a
 * few sentences per tick, so the JIT has compiled its paths; then, with the local embedder only
 * (a paid one would be called at every start), one listing search and one mission search, read
 * only. With the model and the dictionaries alone loaded, the first 50 turns after start ran at
 * 130 ms p95, against about 25 ms for a running server (docs/BENCHMARKS.md, P5).
 */
import { setImmediate as nextTurnOfTheLoop } from "node:timers/promises";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import type { MarketContext } from "../listings/context.ts";
import { searchMissions } from "../missions/missions.ts";
import { resolvePlace } from "../places/gazetteer.ts";
import { searchListings } from "../search/search-listings.ts";
import { intentClassifier } from "./nlu/classifier.ts";
import { accentedFrench } from "./nlu/dictionary.ts";
import { evalSentenceKeys, sentenceKey } from "./nlu/eval-sets.ts";
import { interpret } from "./nlu/interpret.ts";
import { trainingExamples } from "./nlu/training-corpus.ts";

/** Sentences read at start: enough for the JIT to compile the understanding's paths (about 0.3 s). */
export const WARM_UP_SAMPLE = 160;
/** Sentences read per tick (a few milliseconds each once the JIT has them). */
const PER_TICK = 8;

let warmed: Promise<void> | undefined;

/** Once per process: the compiled code, the model and the dictionaries are the process's. */
export function warmUpLocalEngine(market: MarketContext): Promise<void> {
  warmed ??= warmUp(market);
  return warmed;
}

async function warmUp(market: MarketContext): Promise<void> {
  intentClassifier();
  await nextTurnOfTheLoop();
  accentedFrench("velo");
  await nextTurnOfTheLoop();
  resolvePlace("Lyon");
  await nextTurnOfTheLoop();
  const excluded = evalSentenceKeys();
  const corpus = trainingExamples(1).filter((example) => !excluded.has(sentenceKey(example.text)));
  const step = Math.max(1, Math.ceil(corpus.length / WARM_UP_SAMPLE));
  const sample = corpus.filter((_, index) => index % step === 0).slice(0, WARM_UP_SAMPLE);
  for (const [read, { text }] of sample.entries()) {
    if (read % PER_TICK === 0) await nextTurnOfTheLoop();
    interpret(text, "fr");
  }
  if (!(market.embedder instanceof LocalEmbedder)) return;
  // Read only: a closed or unreachable database only means a colder first search.
  await searchListings(market, undefined, { q: "vélo", place: "Lyon" }).catch(() => {});
  await searchMissions(market, undefined, { q: "react" }).catch(() => {});
}
