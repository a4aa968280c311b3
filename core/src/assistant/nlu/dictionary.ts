/**
 * The French and English dictionaries (word lists of ~336,000 and ~275,000 words, npm
 * packages an-array-of-french-words / an-array-of-english-words), folded like the tokens. The
 * speller only repairs a word that neither language knows, so "recommande" stays
 * "recommande" instead of becoming the nearest word of the assistant's vocabulary.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { foldText } from "../../text/normalize.ts";

const require = createRequire(import.meta.url);
const LISTS = ["an-array-of-french-words/index.json", "an-array-of-english-words/index.json"];

let words: Set<string> | undefined;

/** Loaded once per process (about 0.4 s, done while the classifier warms up). */
export function dictionaryWords(): Set<string> {
  if (words) return words;
  const set = new Set<string>();
  for (const list of LISTS) {
    const entries = JSON.parse(readFileSync(require.resolve(list), "utf8")) as string[];
    // Most entries are plain ASCII already: folding only the others halves the load time.
    for (const entry of entries) set.add(/[^a-z]/.test(entry) ? foldText(entry) : entry);
  }
  words = set;
  return set;
}

let accents: Map<string, string | null> | undefined;

/**
 * The accented French word a member typed without its accents ("velo" → "vélo", "chene" →
 * "chêne"), when French has exactly one such word and none without accents spelled that way.
 */
export function accentedFrench(folded: string): string | undefined {
  if (!accents) {
    const plain = new Set<string>();
    const map = new Map<string, string | null>();
    const entries = JSON.parse(readFileSync(require.resolve(LISTS[0] as string), "utf8")) as string[];
    for (const entry of entries) {
      if (!/[^a-z]/.test(entry)) {
        plain.add(entry);
        continue;
      }
      const key = foldText(entry);
      // Two accented words fold alike ("pâte", "pâté"): nothing is restored.
      map.set(key, map.has(key) && map.get(key) !== entry ? null : entry);
    }
    for (const word of plain) map.delete(word);
    accents = map;
  }
  return accents.get(folded) ?? undefined;
}
