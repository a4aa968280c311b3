/**
 * The French and English dictionaries (word lists of ~336,000 and ~275,000 words, npm
 * packages an-array-of-french-words / an-array-of-english-words), folded like the tokens. The
 * speller only repairs a word that neither language knows, so "recommande" stays
 * "recommande" instead of becoming the nearest word of the assistant's vocabulary. Built once
 * and cached on disk (model-cache.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { foldText } from "../../text/normalize.ts";
import { cacheKey, packSections, readCached, unpackSections, writeCached } from "./model-cache.ts";

const require = createRequire(import.meta.url);
const LISTS = ["an-array-of-french-words/index.json", "an-array-of-english-words/index.json"];

/** What the speller asks of a word list. */
export type WordSet = { has(word: string): boolean };

/**
 * Words in UTF-16 order, as one UTF-8 buffer and the offsets of its words (and, for a map, the
 * value of each in a second such list): loaded from the cache in milliseconds where a Set of
 * 574,000 strings takes half a second to build.
 */
class SortedWords implements WordSet {
  private readonly bytes: Buffer;
  private readonly offsets: Uint32Array;
  private readonly values?: SortedWords;

  constructor(bytes: Buffer, offsets: Uint32Array, values?: SortedWords) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.values = values;
  }

  private entry(i: number): string {
    return this.bytes.toString("utf8", this.offsets[i], this.offsets[i + 1]);
  }

  private indexOf(word: string): number {
    let lo = 0;
    let hi = this.offsets.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const entry = this.entry(mid);
      if (entry === word) return mid;
      if (entry < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The value stored with `word` (a map), if any. */
  get(word: string): string | undefined {
    const i = this.indexOf(word);
    return i >= 0 && this.values ? this.values.entry(i) : undefined;
  }

  /** A list of strings as one UTF-8 buffer and their offsets (one buffer, not one per word: half a million words). */
  private static list(strings: string[]): SortedWords {
    const offsets = new Uint32Array(strings.length + 1);
    for (let i = 0; i < strings.length; i++) offsets[i + 1] = (offsets[i] as number) + Buffer.byteLength(strings[i] as string);
    return new SortedWords(Buffer.from(strings.join(""), "utf8"), offsets);
  }

  /** A set of words (the default sort is UTF-16 order, the order of `<` that lookups use). */
  static ofWords(words: Iterable<string>): SortedWords {
    return SortedWords.list([...new Set(words)].sort());
  }

  /** A map from [word, value] pairs (the last value of a word wins). */
  static ofPairs(pairs: Iterable<[string, string]>): SortedWords {
    const map = new Map(pairs);
    const keys = [...map.keys()].sort();
    const list = SortedWords.list(keys);
    return new SortedWords(list.bytes, list.offsets, SortedWords.list(keys.map((key) => map.get(key) as string)));
  }

  pack(): Uint8Array {
    const sections = [new Uint8Array(this.offsets.buffer), this.bytes];
    if (this.values) sections.push(new Uint8Array(this.values.offsets.buffer), this.values.bytes);
    return packSections(sections);
  }

  static unpack(file: Buffer): SortedWords {
    const sections = unpackSections(file);
    const list = (offsets: Uint8Array | undefined, bytes: Uint8Array | undefined) => {
      if (!offsets || !bytes || offsets.byteLength % 4 !== 0) throw new Error("bad word list cache");
      const view = new Uint32Array(offsets.buffer, offsets.byteOffset, offsets.byteLength / 4);
      if (view.at(-1) !== bytes.byteLength) throw new Error("bad word list cache");
      return new SortedWords(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), view);
    };
    const keys = list(sections[0], sections[1]);
    return sections.length > 2 ? new SortedWords(keys.bytes, keys.offsets, list(sections[2], sections[3])) : keys;
  }
}

/** A cached word list, or the one `build` makes (then cached). */
function cachedList(name: string, build: () => SortedWords): SortedWords {
  const file = `${name}-${dictionaryKey()}.bin`;
  const cached = readCached(file);
  if (cached) {
    try {
      return SortedWords.unpack(cached);
    } catch {
      // a damaged file: built again below
    }
  }
  const list = build();
  writeCached(file, list.pack());
  return list;
}

let words: SortedWords | undefined;

/** The two dictionaries' versions and this file: what the cached list is built from. */
function dictionaryKey(): string {
  const versions = LISTS.map((list) => {
    const manifest = require.resolve(list).replace(/index\.json$/, "package.json");
    return `${list}@${(JSON.parse(readFileSync(manifest, "utf8")) as { version?: string }).version}`;
  });
  return cacheKey(versions, ["./dictionary.ts"]);
}

/**
 * English words the list leaves out because English writes them with a capital: typed in lower
 * case they are no typos ("leaving in june" is no "une").
 */
const CAPITALISED_ENGLISH = (
  "january february march april may june july august september october november december " +
  "monday tuesday wednesday thursday friday saturday sunday christmas easter"
).split(" ");

/** Loaded once per process: from the cache (milliseconds), else built from the lists and cached. */
export function dictionaryWords(): WordSet {
  words ??= cachedList("dictionary", () => {
    const folded: string[] = [];
    for (const list of LISTS) {
      const entries = JSON.parse(readFileSync(require.resolve(list), "utf8")) as string[];
      // Most entries are plain ASCII already: folding only the others halves the load time.
      for (const entry of entries) folded.push(/[^a-z]/.test(entry) ? foldText(entry) : entry);
    }
    folded.push(...CAPITALISED_ENGLISH);
    return SortedWords.ofWords(folded);
  });
  return words;
}

let accents: SortedWords | undefined;

/**
 * The accented French word a member typed without its accents ("velo" → "vélo", "chene" →
 * "chêne"), when French has exactly one such word and none without accents spelled that way.
 */
export function accentedFrench(folded: string): string | undefined {
  accents ??= cachedList("accents", () => {
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
    return SortedWords.ofPairs([...map].filter((pair): pair is [string, string] => pair[1] !== null));
  });
  return accents.get(folded);
}
