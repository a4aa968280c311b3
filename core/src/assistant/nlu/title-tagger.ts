/**
 * The title's tagger: which run of words of a posting is the thing posted (issue 11). A
 * structured averaged perceptron over spans (one span per message, the structure of a BIO
 * tagging with a single segment): a span's score is the sum of what its first word, its last
 * word, the words inside it and its two neighbours say, plus what the span says as a whole
 * (its length, how it meets the phrase grammar's choice). Words are read as classes that
 * generalise (determiner, having verb, subject, quantity, duration, a word another slot claimed
 * as price or place, digits, capitals, units, suffixes) rather than as phrasings.
 *
 * No maintained npm package does sequence tagging offline here (the one CRF binding, `crfsuite`,
 * is a native addon with a few hundred downloads a week), and a span perceptron is a few dozen
 * lines: trained on a generated corpus (title-corpus.ts), built once and cached on disk.
 */
import type { Token } from "./text.ts";

/** What the tagger reads of a message: its words and what the other slots and the grammar made of them. */
export type TaggerInput = {
  text: string;
  tokens: Token[];
  /** Folded (and repaired) words, one per token. */
  words: string[];
  /** Words claimed by another slot (price, place, condition, radius, wanted thing…). */
  used: boolean[];
  /** Per token: the word classes of phrase-grammar.ts and the grammar's reading (see features()). */
  classes: string[][];
  /** The span the phrase grammar chose [first, last], if any. */
  grammar?: [number, number];
  /** The verb of posting (-1: none) and the first word after an instruction's colon (-1: none). */
  verb: number;
  afterColon: number;
};

/** Per token, the index of its part of the message (parts end at a comma, a full stop, a bracket…). */
function segments(input: TaggerInput): number[] {
  let part = 0;
  return input.tokens.map((_, i) => {
    if (i > 0 && breaksBefore(input, i)) part++;
    return part;
  });
}

/** Spans longer than this are never a title. */
export const MAX_SPAN = 12;
/** Punctuation between two words that a title never crosses. */
const BREAK = /[,;:!?.()[\]…]|\s[-–—]\s|\n/;

/** Whether the punctuation between word i - 1 and word i ends a phrase: not a decimal point ("f/1.8") nor an abbreviation's ("Dr. Martens"). */
function breaksBefore(input: TaggerInput, i: number): boolean {
  const left = input.tokens[i - 1];
  const right = input.tokens[i];
  if (!left || !right) return false;
  const gap = input.text.slice(left.end, right.start);
  if (!BREAK.test(gap)) return false;
  if (gap === "." && /^\d+$/.test(left.text) && /^\d/.test(right.text)) return false;
  if (gap === ". " && /^\p{Lu}\p{Ll}?$/u.test(left.text) && /^\p{Lu}/u.test(right.text)) return false;
  return true;
}

/** A word's roles around a span: its first word, its last, inside it, just before it, just after it. */
const ROLES = ["B", "E", "I", "P", "N"] as const;

/** The features of one word (role-free): its form, shape and classes, and the punctuation around it. */
export function wordFeatures(input: TaggerInput, i: number): string[] {
  const word = input.words[i] ?? "";
  const token = input.tokens[i];
  const text = token?.text ?? "";
  const out = [`w=${word}`];
  // A word's ending says its kind ("-ing", "-er", "-és"); three letters learnt the corpus's words
  // rather than kinds (its decisions changed with the corpus's seed), two do not
  if (word.length > 4) out.push(`s2=${word.slice(-2)}`);
  if (/^\d+$/.test(word)) out.push(word.length === 4 && /^(19|20)/.test(word) ? "sh=year" : `sh=num${Math.min(word.length, 3)}`);
  else if (/^\d/.test(word)) out.push("sh=digitword");
  else if (/\d/.test(word)) out.push("sh=alnum");
  else if (i > 0 && /^\p{Lu}/u.test(text)) out.push(text.length > 1 && text === text.toUpperCase() ? "sh=CAPS" : "sh=Cap");
  else if (word.length <= 2) out.push("sh=short");
  const before = i > 0 && token ? input.text.slice(input.tokens[i - 1]?.end ?? 0, token.start) : "";
  const after = token && i + 1 < input.tokens.length ? input.text.slice(token.end, input.tokens[i + 1]?.start) : "";
  if (breaksBefore(input, i)) out.push(`gb=${before.trim()[0] ?? ""}`);
  else if (/[/+x&'’.-]/.test(before)) out.push("gb=join");
  if (breaksBefore(input, i + 1)) out.push(`ga=${after.trim()[0] ?? ""}`);
  if (input.used[i]) out.push("used");
  for (const c of input.classes[i] ?? []) out.push(`c=${c}`);
  return out;
}

/** A span's own features, by index: length, and how it meets the grammar's span. */
const LENGTH_BUCKETS = 8;
const GRAMMAR_RELATIONS = ["exact", "same-start", "same-end", "inside", "covers", "overlaps", "apart", "none"] as const;
type GrammarRelation = (typeof GRAMMAR_RELATIONS)[number];
const SPAN_FEATURES = [
  ...Array.from({ length: LENGTH_BUCKETS }, (_, k) => `len=${k + 1}`),
  ...GRAMMAR_RELATIONS.map((r) => `grammar=${r}`),
  ...["before", "same", "next", "later"].map((r) => `part=${r}`),
  "part-opening",
  "first-part",
];

function relation(s: number, e: number, grammar?: [number, number]): GrammarRelation {
  if (!grammar) return "none";
  const [gs, ge] = grammar;
  if (s === gs && e === ge) return "exact";
  if (s === gs) return "same-start";
  if (e === ge) return "same-end";
  if (s >= gs && e <= ge) return "inside";
  if (s <= gs && e >= ge) return "covers";
  if (s <= ge && e >= gs) return "overlaps";
  return "apart";
}

/**
 * The spans that may be a title: no word claimed by another slot, no punctuation inside, MAX_SPAN
 * words at most, and meeting the grammar's phrase when there is one. The grammar says which
 * phrase is the thing (measured: its choice generalises better than the tagger's), the tagger
 * how far the thing goes ("4 pneus hiver … R16" without "montés sur jantes", "lit 160x200 avec
 * sommier" with it).
 */
export function candidateSpans(input: TaggerInput): [number, number][] {
  const out: [number, number][] = [];
  const n = input.tokens.length;
  const around = input.grammar;
  for (let s = around ? Math.max(0, around[0] - MAX_SPAN) : 0; s < (around ? around[1] + 1 : n); s++) {
    if (input.used[s]) continue;
    for (let e = s; e < n && e < s + MAX_SPAN; e++) {
      if (input.used[e]) break;
      if (e > s && breaksBefore(input, e)) break;
      if (!around || e >= around[0]) out.push([s, e]);
    }
  }
  return out;
}

type Parts = { of: number[]; anchor: number; opening: boolean[]; firstWithContent: number };

/** The message's parts, the one the posting starts in, and where each part's first free word is. */
function partsOf(input: TaggerInput): Parts {
  const of = segments(input);
  const anchorToken = input.verb >= 0 ? input.verb : Math.max(input.afterColon, 0);
  const opening = input.tokens.map(() => false);
  const seen = new Set<number>();
  let firstWithContent = -1;
  for (const [i, part] of of.entries()) {
    if (input.used[i] || seen.has(part)) continue;
    const classes = input.classes[i] ?? [];
    if (classes.includes("function") && !classes.includes("content")) continue;
    seen.add(part);
    opening[i] = true;
    if (firstWithContent < 0 && i >= Math.max(input.afterColon, 0)) firstWithContent = part;
  }
  return { of, anchor: of[anchorToken] ?? 0, opening, firstWithContent };
}

/**
 * Feature names to indices; one weight per (feature, role): a word's features weigh differently
 * as the span's first word, last word, inside it, just before it or just after it. A span's own
 * features use the first role's weight.
 */
export class SpanModel {
  readonly index = new Map<string, number>();
  weights: Float32Array = new Float32Array(0);
  /** Sums for averaging while training. */
  private totals?: Float64Array;
  private stamps?: Float64Array;
  private step = 0;

  constructor() {
    for (const feature of SPAN_FEATURES) this.id(feature, true);
  }

  /** The index of a feature; new ones only while training (`grow`). */
  id(feature: string, grow: boolean): number {
    let id = this.index.get(feature);
    if (id === undefined && grow) {
      id = this.index.size;
      this.index.set(feature, id);
      const needed = (id + 1) * ROLES.length;
      if (needed > this.weights.length) {
        const size = Math.max(4096, this.weights.length * 2, needed);
        const bigger = new Float32Array(size);
        bigger.set(this.weights);
        this.weights = bigger;
        if (this.totals && this.stamps) {
          const totals = new Float64Array(size);
          totals.set(this.totals);
          this.totals = totals;
          const stamps = new Float64Array(size);
          stamps.set(this.stamps);
          this.stamps = stamps;
        }
      }
    }
    return id ?? -1;
  }

  /** Per position (0: before the first word, n + 1: after the last), the indices of its features. */
  private encode(input: TaggerInput, grow: boolean): Int32Array[] {
    const n = input.tokens.length;
    const ids = (features: string[]) => {
      const out: number[] = [];
      for (const f of features) {
        const id = this.id(f, grow);
        if (id >= 0) out.push(id * ROLES.length);
      }
      return Int32Array.from(out);
    };
    return Array.from({ length: n + 2 }, (_, k) =>
      k === 0 ? ids(["<s>"]) : k === n + 1 ? ids(["</s>"]) : ids(wordFeatures(input, k - 1)),
    );
  }

  private spanFeatureIds(s: number, e: number, input: TaggerInput, parts: Parts): number[] {
    const id = (name: string) => (this.index.get(name) as number) * ROLES.length;
    const ids = [id(`len=${Math.min(e - s + 1, LENGTH_BUCKETS)}`), id(`grammar=${relation(s, e, input.grammar)}`)];
    // Which part of the message, counted from the one where the posting starts (its verb, its colon)
    const part = parts.of[s] as number;
    const offset = part - parts.anchor;
    ids.push(id(`part=${offset < 0 ? "before" : offset === 0 ? "same" : offset === 1 ? "next" : "later"}`));
    if (parts.opening[s]) ids.push(id("part-opening"));
    if (part === parts.firstWithContent) ids.push(id("first-part"));
    return ids;
  }

  /** The best span. */
  private decode(input: TaggerInput, encoded: Int32Array[]): [number, number] | undefined {
    const n = input.tokens.length;
    const w = this.weights;
    const role = (k: number, r: number) => {
      let total = 0;
      const ids = encoded[k];
      if (ids) for (const id of ids) total += w[id + r] ?? 0;
      return total;
    };
    const B: number[] = [];
    const E: number[] = [];
    const P: number[] = [];
    const N: number[] = [];
    const insidePrefix = [0];
    for (let k = 0; k < n + 2; k++) {
      B.push(role(k, 0));
      E.push(role(k, 1));
      P.push(role(k, 3));
      N.push(role(k, 4));
      if (k >= 1 && k <= n) insidePrefix.push((insidePrefix[k - 1] as number) + role(k, 2));
    }
    const parts = partsOf(input);
    let best: [number, number] | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const [s, e] of candidateSpans(input)) {
      let score =
        (B[s + 1] as number) +
        (E[e + 1] as number) +
        (P[s] as number) +
        (N[e + 2] as number) +
        (insidePrefix[e + 1] as number) -
        (insidePrefix[s] as number);
      for (const id of this.spanFeatureIds(s, e, input, parts)) score += w[id] ?? 0;
      if (score > bestScore) {
        bestScore = score;
        best = [s, e];
      }
    }
    return best;
  }

  /** The weights a span fires (for an update). */
  private spanFeatures(input: TaggerInput, encoded: Int32Array[], [s, e]: [number, number], parts: Parts): number[] {
    const out: number[] = [];
    const add = (k: number, r: number) => {
      const ids = encoded[k];
      if (ids) for (const id of ids) out.push(id + r);
    };
    add(s + 1, 0);
    add(e + 1, 1);
    for (let i = s; i <= e; i++) add(i + 1, 2);
    add(s, 3);
    add(e + 2, 4);
    out.push(...this.spanFeatureIds(s, e, input, parts));
    return out;
  }

  /** The title's span [first, last] in token indices. */
  predict(input: TaggerInput): [number, number] | undefined {
    if (input.tokens.length === 0) return undefined;
    return this.decode(input, this.encode(input, false));
  }

  /** Averaged perceptron: `epochs` passes over the examples, in a seeded shuffled order. */
  train(examples: { input: TaggerInput; gold: [number, number] }[], epochs: number, rnd: () => number): void {
    const encoded = examples.map(({ input }) => this.encode(input, true));
    this.totals = new Float64Array(this.weights.length);
    this.stamps = new Float64Array(this.weights.length);
    const order = examples.map((_, k) => k);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let k = order.length - 1; k > 0; k--) {
        const j = Math.floor(rnd() * (k + 1));
        [order[k], order[j]] = [order[j] as number, order[k] as number];
      }
      for (const k of order) {
        const { input, gold } = examples[k] as (typeof examples)[number];
        const features = encoded[k] as Int32Array[];
        this.step++;
        const span = this.decode(input, features);
        if (!span || (span[0] === gold[0] && span[1] === gold[1])) continue;
        const parts = partsOf(input);
        for (const id of this.spanFeatures(input, features, gold, parts)) this.update(id, 1);
        for (const id of this.spanFeatures(input, features, span, parts)) this.update(id, -1);
      }
    }
    // Averaged weights: each weight's mean over every step
    const totals = this.totals;
    const stamps = this.stamps;
    const size = this.index.size * ROLES.length;
    for (let id = 0; id < size; id++) {
      const total = (totals[id] as number) + (this.weights[id] as number) * (this.step - (stamps[id] as number));
      this.weights[id] = total / Math.max(1, this.step);
    }
    this.weights = this.weights.slice(0, size);
    this.totals = undefined;
    this.stamps = undefined;
  }

  private update(id: number, delta: number) {
    const totals = this.totals as Float64Array;
    const stamps = this.stamps as Float64Array;
    totals[id] = (totals[id] as number) + (this.weights[id] as number) * (this.step - (stamps[id] as number));
    stamps[id] = this.step;
    this.weights[id] = (this.weights[id] as number) + delta;
  }

  /** The feature names (their weights are `weights`, ROLES.length per feature), for the cache. */
  names(): string[] {
    return [...this.index.keys()];
  }

  static from(names: string[], weights: Float32Array): SpanModel | undefined {
    if (weights.length !== names.length * ROLES.length) return undefined;
    const model = new SpanModel();
    model.index.clear();
    for (const [k, name] of names.entries()) model.index.set(name, k);
    model.weights = weights;
    return model;
  }
}
