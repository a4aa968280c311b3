/**
 * Intent classifier: multinomial logistic regression (softmax) over features that survive
 * spelling: folded words, Snowball stems of both languages, stem bigrams, the first word, and
 * character 4-grams of longer words (so "cherhce", "recherches" and "cherche" share most of
 * their features). Numbers, money, skills and people's names become stand-in tokens, so "50 €"
 * and "80 euros" look alike. Trained once (about a second), then cached (model-cache.ts), on the handwritten patterns and
 * the generated corpus; its probabilities are calibrated enough to tell a sure intent from two
 * close ones (the engine then asks which one was meant).
 */
import { conceptOf } from "../../ai/lexicon.ts";
import { isSkillWord } from "../../ai/skills.ts";
import { inMembersCountry, resolvePlace } from "../../places/gazetteer.ts";
import { INTENTS, type Intent } from "../intents.ts";
import { dictionaryWords } from "./dictionary.ts";
import { opensDistrict, townOfDistrict } from "./districts.ts";
import { evalSentenceKeys, sentenceKey } from "./eval-sets.ts";
import { GAZETTEERS, generatedExamples } from "./generated-corpus.ts";
import { cacheKey, modelSources, packSections, readCached, unpackSections, writeCached } from "./model-cache.ts";
import { isFirstName, NAME_LINKS } from "./slots.ts";
import { priceEndingAnAd, Speller, stemsOf, type Token, tokenize } from "./text.ts";
import { NAMES_IN_CORPUS, trainingExamples } from "./training-corpus.ts";

/** Words that carry no intent at all; the model would only learn noise from them. */
const IGNORED = new Set(["un", "une", "le", "la", "les", "des", "du", "de", "d", "l", "a", "an", "the", "of"]);

/** Skill names that are also everyday words: kept as words. */
const COMMON_SKILL_WORDS = new Set(["data", "ui", "ux", "go", "video", "tests", "testing", "security", "marketing", "design"]);

/**
 * Lexicon concepts that name things and services people post or look for. Which thing it is
 * says nothing about what the member wants done with it, so they all read as one stand-in
 * ("je vends des ITEM à PLACE"): otherwise the model learns that "livres" or "Marseille"
 * lean towards searching because a template happened to pair them.
 */
const THING_CONCEPTS = new Set(
  (
    "bike ebike guitar violin drums sofa table chair bed shelf wardrobe lamp book phone laptop tablet camera console boardgame " +
    "headphones tv clothing shoes kids appliance ladder tools garden kitchen sport tutoring maths repair moving cleaning childcare petcare"
  ).split(" "),
);
/** Thing words that also carry an intent ("garde la mission", "cours" of a lesson is fine). */
const NOT_THINGS = new Set([
  "garde",
  "move",
  "fix",
  "clean",
  "conversation",
  "course",
  "light",
  "mobile",
  "portable",
  "photo",
  "four",
  "switch",
]);

export function isThing(word: string): boolean {
  if (NOT_THINGS.has(word)) return false;
  const concept = conceptOf(word);
  return concept !== undefined && THING_CONCEPTS.has(concept);
}

/** Town names also used as words ("nice", "tours"): a stand-in only when capitalised. */
const AMBIGUOUS_TOWNS = new Set(["nice", "tours", "laval", "sion", "mons", "cork", "orange", "sens", "bath", "reading", "split"]);
/** Words of the corpus's towns ("lyon", "bruxelles", "havre"), so training and use see PLACE alike. */
const TOWN_WORDS = new Set(
  (GAZETTEERS.town ?? [])
    .flatMap((town) =>
      town
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .split(/[^a-z]+/),
    )
    .filter((word) => word.length >= 3 && !["saint", "new", "san", "los", "trois", "rivieres", "city"].includes(word)),
);

const PLACE_PREPOSITIONS = new Set(["a", "au", "vers", "sur", "in", "near", "around", "pres", "autour", "de", "of"]);

/**
 * A town: one the corpus names, or a capitalised word the gazetteer knows as a town of some
 * size, or of any size right after "à / in / near" ("des skis à Chamonix").
 */
function isTown(tokens: Token[], index: number, speller?: Speller): boolean {
  const token = tokens[index] as Token;
  const capital = /^\p{Lu}/u.test(token.text);
  if (TOWN_WORDS.has(token.folded)) return capital || !AMBIGUOUS_TOWNS.has(token.folded);
  // a district after a place's preposition ("à Wazemmes", "in Clapham"), not a person named like one
  if (index > 0 && inDistrict(tokens, index) && DISTRICT_CUES.has(tokens[index - 1]?.folded ?? "")) return true;
  if (!capital || index === 0 || !speller || speller.knows(token.folded) || NAMES_IN_CORPUS.has(token.folded)) return false;
  const place = resolvePlace(token.text);
  if (!place) return false;
  const afterPreposition = PLACE_PREPOSITIONS.has(tokens[index - 1]?.folded ?? "");
  // (elsewhere than the members' countries, a name after "with", "tell", "ask" is a person's unless the town is very large: "chat with Nigel")
  const person = !inMembersCountry(place) && PERSON_CUES.has(tokens[index - 1]?.folded ?? "");
  // (a village of the members' countries is as much a town there, when no one is called so: "…, Tenby", "à Lapoutroie")
  const village = (inMembersCountry(place) || BRITISH_ISLES.has(place.countryCode)) && !isFirstName(token.folded) ? 1_000 : 5_000;
  return place.population >= (afterPreposition || lastWordTown(tokens, index, place) ? village : person ? 500_000 : 20_000);
}
/** The last words of a letter before its signature: "Merci, Odette", "Kind regards, Maureen", "Cheers, Rhys". */
const SIGNING_OFF = new Set(
  "merci thanks thank cheers regards cordialement bises amities amitie best wishes sincerely faithfully avance".split(" "),
);
/** Britain and Ireland: many members write from there, and sign their town at the end of a line ("…, Tenby"). */
const BRITISH_ISLES = new Set(["GB", "IE"]);

/**
 * "giving away flower pots, about ten of them, Carouge": a town of the members' countries that ends
 * the message, after no word that leads to a person ("write to Valentine", "avec Nora"), is where the thing is.
 */
function lastWordTown(tokens: Token[], index: number, place: { countryCode: string }): boolean {
  // (Québec's towns are left out: "who is Oliver?" names a member, not Oliver, British Columbia)
  return (
    index === tokens.length - 1 &&
    (inMembersCountry(place) || BRITISH_ISLES.has(place.countryCode)) &&
    place.countryCode !== "CA" &&
    !TO_A_PERSON.has(tokens[index - 1]?.folded ?? "")
  );
}
const TO_A_PERSON = new Set("to a with avec de from for pour par by dis tell ask message write ecris envoie".split(" "));
/** Words after which a name is a person's: "chat with Nigel", "tell Graham", "ask Oliver". */
const PERSON_CUES = new Set("with avec dis tell ask message write ecris envoie contact contacte".split(" "));

/** Words of an event whose tickets are sold: the capitalised words after them name a band or a show, not a member. */
const EVENT_WORDS = new Set(
  "billet billets ticket tickets place places entree entrees concert concerts gig gigs show shows spectacle spectacles festival match tournee tour pass".split(
    " ",
  ),
);
const EVENT_LINKS = new Set("pour for de du des d the le la les of to".split(" "));

/** "billets pour Indochine", "tickets for the Arctic Monkeys gig", "le concert de Stromae": an event's name. */
function namesAnEvent(tokens: Token[], index: number): boolean {
  for (let k = index - 1, links = 0; k >= 0 && index - k <= 4; k--) {
    const word = tokens[k]?.folded ?? "";
    if (EVENT_WORDS.has(word)) return true;
    if (EVENT_LINKS.has(word)) links++;
    else if (!/^\p{Lu}/u.test(tokens[k]?.text ?? "")) return false;
    if (links > 2) return false;
  }
  return false;
}

/** Words after which a district's name is a place: "à Wazemmes", "in Clapham", "sur le Plateau". */
const DISTRICT_CUES = new Set("a au aux in near around at sur vers de du from dans le la les the pres cote".split(" "));
/** A word of a district's name written with its capital ("sur le Plateau-Mont-Royal", "in Clapham"): districts.ts. */
function inDistrict(tokens: Token[], index: number): boolean {
  for (let start = Math.max(1, index - 3); start <= index; start++) {
    const first = tokens[start] as Token;
    if (!/^\p{Lu}/u.test(first.text)) continue;
    // A plain word is its key's first word: one that opens no district's name starts none here.
    if (/^[a-z0-9]+$/.test(first.folded) && !opensDistrict(first.folded)) continue;
    for (let end = Math.max(index + 1, start + 1); end <= Math.min(tokens.length, start + 4); end++) {
      const last = tokens[end - 1] as Token;
      // one name: its words joined by hyphens, apostrophes or spaces only
      const typed = tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(" ");
      if (townOfDistrict(typed) && last.end - first.start <= typed.length + 2) return true;
    }
  }
  return false;
}

/**
 * A person's name: capitalised, not first, and neither a word of the corpus nor a town
 * ("message Zoé", "ask Karim"). Corpus names count as names so training sees the same thing.
 */
function isName(token: Token, index: number, speller?: Speller, tokens: Token[] = []): boolean {
  if (index === 0) return false;
  if (namesAnEvent(tokens, index)) return false;
  // A first name the corpus uses is a name however it is typed ("write to camille").
  if (NAMES_IN_CORPUS.has(token.folded)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  if (!speller || speller.knows(token.folded)) return false;
  const place = resolvePlace(token.text);
  const person = place !== undefined && !inMembersCountry(place) && PERSON_CUES.has(tokens[index - 1]?.folded ?? "");
  return !place || place.population < (lastWordTown(tokens, index, place) ? 5_000 : person ? 500_000 : 20_000);
}

export function normalizedWords(tokens: Token[], speller?: Speller): string[] {
  const out: string[] = [];
  let skipTo = -1;
  for (const [index, token] of tokens.entries()) {
    if (index < skipTo) continue;
    const word = token.folded;
    const hyphenated = speller ? hyphenatedTown(tokens, index) : -1;
    if (hyphenated > index) {
      // ("Baie-Saint-Paul", "Saint-Jean-de-Luz": a town written with its hyphens is one place, never "Paul" or "Jean")
      // (read only with the speller, as towns and names are: training reads the corpus's own words)
      out.push("PLACE");
      skipTo = hyphenated;
    } else if (isTown(tokens, index, speller)) out.push("PLACE");
    else if (index > 0 && /^\p{Lu}/u.test(token.text) && namesAnEvent(tokens, index)) out.push("EVENT");
    else if (isName(token, index, speller, tokens)) {
      // ("… je pars de Vic-sur-Cère. Merci, Odette", "Kind regards, Maureen": who signs is no one written to)
      if (!(index === tokens.length - 1 && SIGNING_OFF.has(tokens[index - 1]?.folded ?? ""))) out.push("NAME");
    } else if (isThing(word)) out.push("ITEM");
    else if (/^\d+([.,]\d+)?$/.test(word)) out.push("NUM");
    // "50e", "120eur": money typed against its number ("3e", "11e" are ranks and arrondissements)
    else if (/^\d+(eur|euros?)$/.test(word) || (/^\d+e$/.test(word) && (Number.parseInt(word, 10) > 20 || priceEndingAnAd(tokens, index))))
      out.push("NUM", "MONEY");
    else if (/^\d+(e|eme|er|ere|nd|st|rd|th)$/.test(word)) out.push("ORD");
    else if (/^[€$£]$/.test(word) || /^(euros?|eur|dollars?|usd|balles|bucks|chf|cad|gbp|fcfa)$/.test(word)) out.push("MONEY");
    else if (isSkillWord(word) && !COMMON_SKILL_WORDS.has(word)) out.push("SKILL");
    else if (!IGNORED.has(word)) out.push(speller ? speller.correct(word) : word);
  }
  return out;
}

/**
 * Where a town written with its hyphens from `index` ends (its last token + 1), or -1: "Baie-Saint-Paul",
 * "Saint-Jean-de-Luz", "Aix-en-Provence".
 */
function hyphenatedTown(tokens: Token[], index: number): number {
  const first = tokens[index];
  if (!first || index === 0 || !/^\p{Lu}/u.test(first.text)) return -1;
  let end = index + 1;
  while (end < tokens.length && end < index + 5 && tokens[end - 1]?.hyphen) end++;
  // (the second word is capitalised or one of a town's linking words: "Baie-Saint-Paul", "Aix-en-Provence")
  const second = tokens[index + 1];
  if (end < index + 2 || !second || !(/^\p{Lu}/u.test(second.text) || NAME_LINKS.has(second.folded))) return -1;
  for (let to = end; to >= index + 2; to--) {
    const words = tokens.slice(index, to).map((token) => token.text);
    if (!/^\p{Lu}/u.test(words.at(-1) ?? "")) continue;
    if (severalWordTown(words)) return to;
  }
  return -1;
}
/** Whether words name a town of some size, whole (looked up once per spelling: training reads the same towns often). */
const SEVERAL_WORD_TOWNS = new Map<string, boolean>();
function severalWordTown(words: string[]): boolean {
  const key = words.join("-");
  let known = SEVERAL_WORD_TOWNS.get(key);
  if (known === undefined) {
    const place = resolvePlace(key);
    known = place !== undefined && place.population >= 1_000 && place.name.split(/[-\s]/).length === words.length;
    SEVERAL_WORD_TOWNS.set(key, known);
  }
  return known;
}

/** A word's own features (itself, its stems, its character 4-grams) and the stem its bigrams use. */
function wordFeatures(word: string): { own: string[]; stem: string } {
  // Stand-ins (NAME, PLACE, ITEM…) are features as they are.
  if (/^[A-Z]+$/.test(word)) return { own: [`w:${word}`], stem: word };
  const own = [`w:${word}`];
  const stems = stemsOf(word);
  for (const stem of stems) own.push(`s:${stem}`);
  if (word.length >= 5 && word === word.toLowerCase()) {
    const padded = `<${word}>`;
    for (let i = 0; i + 4 <= padded.length; i++) own.push(`c:${padded.slice(i, i + 4)}`);
  }
  return { own, stem: stems[0] ?? word };
}

const bigram = (a: string, b: string) => `b:${a}_${b}`;
const firstStem = (stem: string) => `f:${stem}`;
const lengthFeature = (words: number) => (words <= 2 ? "__short" : words >= 12 ? "__long" : undefined);

export function featuresOf(normalized: string[]): string[] {
  const features = new Set<string>();
  const stems: string[] = [];
  for (const word of normalized) {
    const { own, stem } = wordFeatures(word);
    for (const feature of own) features.add(feature);
    stems.push(stem);
  }
  for (let i = 0; i + 1 < stems.length; i++) features.add(bigram(stems[i] as string, stems[i + 1] as string));
  if (stems[0]) features.add(firstStem(stems[0]));
  const length = lengthFeature(normalized.length);
  if (length) features.add(length);
  return [...features];
}

/** A word's own feature numbers, its stem, and the number of "first word is this stem" once used. */
type EncodedWord = { own: number[]; stem: string; first: number | undefined };

/**
 * featuresOf's features as numbers of `index` (new ones numbered as they appear), for training:
 * each word's features are worked out once, however many of the corpus's sentences use it.
 */
export class FeatureEncoder {
  private readonly index: Map<string, number>;
  private readonly words = new Map<string, EncodedWord>();
  private readonly pairs = new Map<string, Map<string, number>>();
  /** The last sentence each feature was seen in: a feature counts once per sentence. */
  private readonly seenIn: number[] = [];
  private sentences = 0;

  constructor(index: Map<string, number>) {
    this.index = index;
  }

  private number(feature: string): number {
    let n = this.index.get(feature);
    if (n === undefined) {
      n = this.index.size;
      this.index.set(feature, n);
    }
    return n;
  }

  encode(normalized: string[]): Int32Array {
    const sentence = ++this.sentences;
    const out: number[] = [];
    const add = (n: number) => {
      if (this.seenIn[n] === sentence) return;
      this.seenIn[n] = sentence;
      out.push(n);
    };
    const stems: EncodedWord[] = [];
    for (const word of normalized) {
      let known = this.words.get(word);
      if (!known) {
        const { own, stem } = wordFeatures(word);
        // Numbered in featuresOf's order: the first word's features, the next word's…, then the sentence's.
        known = { own: [...new Set(own.map((feature) => this.number(feature)))], stem, first: undefined };
        this.words.set(word, known);
      }
      for (const n of known.own) add(n);
      stems.push(known);
    }
    for (let i = 0; i + 1 < stems.length; i++) {
      const a = (stems[i] as EncodedWord).stem;
      const b = (stems[i + 1] as EncodedWord).stem;
      let next = this.pairs.get(a);
      if (!next) {
        next = new Map();
        this.pairs.set(a, next);
      }
      let n = next.get(b);
      if (n === undefined) {
        n = this.number(bigram(a, b));
        next.set(b, n);
      }
      add(n);
    }
    const head = stems[0];
    if (head?.stem) {
      head.first ??= this.number(firstStem(head.stem));
      add(head.first);
    }
    const length = lengthFeature(normalized.length);
    if (length) add(this.number(length));
    return Int32Array.from(out);
  }
}

/**
 * What the classifier learns from: the handwritten patterns and the generated corpus, less
 * every sentence of an evaluation set (normalised comparison), so no evaluation sentence is
 * ever trained on, not even by a template's chance.
 */
export function trainingSet(): { text: string; intent: Intent; roughened?: boolean }[] {
  const excluded = evalSentenceKeys();
  return [...trainingExamples(), ...generatedExamples()].filter((example) => !excluded.has(sentenceKey(example.text)));
}

export type IntentScore = { intent: Intent; score: number };

/**
 * What a trained model is built from: the corpus and its generator, the evaluation sets it leaves
 * out, the code that turns sentences into features (stand-ins from the lexicon, the skills and the
 * towns) and the dependencies' versions. A change to any of them trains and caches a new model.
 */
export function modelCacheName(): string {
  return `intent-model-${modelKey()}.bin`;
}

function modelKey(): string {
  return cacheKey([`classes:${CLASSES.join(",")}`], modelSources());
}

/** Every intent the model can answer ("unknown" is learned from off-topic examples). */
const CLASSES = INTENTS;

export class IntentClassifier {
  readonly speller: Speller;
  /** Words of the corpus minus the people's names it uses: "not a known word" hints at a name. */
  readonly vocabulary: Set<string>;
  /** Whether the model was read from the cache or trained by this process. */
  readonly source: "cache" | "trained";
  private readonly featureIndex = new Map<string, number>();
  private weights = new Float32Array(0);
  private readonly bias = new Float32Array(CLASSES.length);

  /** `cache: false` trains in memory whatever is on disk (to compare a loaded model with a trained one). */
  constructor(options: { cache?: boolean } = {}) {
    // Trained once per corpus and code, then loaded: a fresh process answers without training.
    const name = modelCacheName();
    const useCache = options.cache !== false;
    let vocabulary = useCache ? this.load(name) : undefined;
    const trained = vocabulary === undefined;
    this.source = trained ? "trained" : "cache";
    if (!vocabulary) {
      const words = new Set<string>();
      const data: { indices: Int32Array; label: number }[] = [];
      const encoder = new FeatureEncoder(this.featureIndex);
      for (const example of trainingSet()) {
        const tokens = tokenize(example.text);
        // The typos the corpus makes on purpose are not words the speller should keep.
        if (!example.roughened) for (const token of tokens) words.add(token.folded);
        data.push({ indices: encoder.encode(normalizedWords(tokens)), label: CLASSES.indexOf(example.intent) });
      }
      vocabulary = words;
      this.train(data);
    }
    this.speller = new Speller(vocabulary, dictionaryWords());
    this.vocabulary = new Set([...vocabulary].filter((word) => !NAMES_IN_CORPUS.has(word)));
    if (trained && useCache) writeCached(name, this.pack(vocabulary));
  }

  /** The trained model as bytes: its classes, the corpus's words, features, weights and biases. */
  private pack(vocabulary: Set<string>): Uint8Array {
    const encoder = new TextEncoder();
    return packSections([
      encoder.encode(CLASSES.join("\n")),
      encoder.encode([...vocabulary].join("\n")),
      encoder.encode([...this.featureIndex.keys()].join("\n")),
      new Uint8Array(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength),
      new Uint8Array(this.bias.buffer, this.bias.byteOffset, this.bias.byteLength),
    ]);
  }

  /** The model of a cached file and the corpus's words, when there is one for these classes. */
  private load(name: string): Set<string> | undefined {
    const file = readCached(name);
    if (!file) return undefined;
    try {
      const [classes, words, features, weights, bias] = unpackSections(file);
      const decoder = new TextDecoder();
      if (!classes || !words || !features || !weights || !bias || decoder.decode(classes) !== CLASSES.join("\n")) return undefined;
      const names = decoder.decode(features).split("\n");
      if (weights.byteLength !== names.length * CLASSES.length * 4 || bias.byteLength !== CLASSES.length * 4) return undefined;
      for (const [index, feature] of names.entries()) this.featureIndex.set(feature, index);
      this.weights = new Float32Array(weights.buffer as ArrayBuffer, weights.byteOffset, weights.byteLength / 4);
      this.bias.set(new Float32Array(bias.buffer, bias.byteOffset, CLASSES.length));
      return new Set(decoder.decode(words).split("\n"));
    } catch {
      this.featureIndex.clear();
      return undefined;
    }
  }

  /** Stochastic gradient descent on sentences already turned into feature numbers. */
  private train(encoded: { indices: Int32Array; label: number }[]) {
    const classes = CLASSES.length;
    const weights = new Float32Array(this.featureIndex.size * classes);
    const scores = new Float64Array(classes);
    const steps = new Float64Array(classes);
    // Seeded shuffles: the same model on every start.
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    // 8 passes: the scores on every labelled set are those of 12, in two thirds of the time at start.
    // (6 passes, or each generated sentence learned once, score the same on the sets but move the
    // sentences at the margin of the conversation tests: the model stays the one they were written for.)
    const epochs = 8;
    for (let epoch = 0; epoch < epochs; epoch++) {
      const rate = 0.5 / (1 + epoch * 0.5);
      for (let i = encoded.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [encoded[i], encoded[j]] = [encoded[j] as (typeof encoded)[number], encoded[i] as (typeof encoded)[number]];
      }
      for (const { indices, label } of encoded) {
        const scale = 1 / Math.sqrt(indices.length || 1);
        this.scoresInto(weights, indices, scale, scores);
        for (let c = 0; c < classes; c++) {
          const gradient = (scores[c] as number) - (c === label ? 1 : 0);
          // A class already right within 1e-4 is left as it is (a step of 0 changes no weight).
          const step = Math.abs(gradient) < 1e-4 ? 0 : rate * gradient;
          (this.bias[c] as number) -= step * 0.1;
          steps[c] = step * scale;
        }
        // Feature by feature, its classes side by side: one row of memory per feature.
        for (let k = 0; k < indices.length; k++) {
          const row = (indices[k] as number) * classes;
          for (let c = 0; c < classes; c++) (weights[row + c] as number) -= steps[c] as number;
        }
      }
    }
    this.weights = weights;
  }

  /** Softmax probabilities of every class for one example's feature indices. */
  private scoresInto(weights: Float32Array, indices: Int32Array, scale: number, out: Float64Array) {
    const classes = CLASSES.length;
    for (let c = 0; c < classes; c++) out[c] = this.bias[c] as number;
    // Row by row (each feature's classes are side by side); each class still sums in feature order.
    for (let k = 0; k < indices.length; k++) {
      const row = (indices[k] as number) * classes;
      for (let c = 0; c < classes; c++) (out[c] as number) += (weights[row + c] as number) * scale;
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < classes; c++) if ((out[c] as number) > max) max = out[c] as number;
    let total = 0;
    for (let c = 0; c < classes; c++) {
      const e = Math.exp((out[c] as number) - max);
      out[c] = e;
      total += e;
    }
    for (let c = 0; c < classes; c++) (out[c] as number) /= total;
  }

  /**
   * A line of only a thing, an amount and a town ("sofa 100 euros Lyon"): nothing says whether
   * the member sells it or looks for it.
   */
  isBareListingLine(tokens: Token[]): boolean {
    const words = normalizedWords(tokens, this.speller);
    const stated = new Set(words);
    if (!stated.has("MONEY") && !stated.has("NUM")) return false;
    if (!stated.has("ITEM") && !stated.has("PLACE")) return false;
    return words.every((word) => /^[A-Z]+$/.test(word) || !this.featureIndex.has(`w:${word}`));
  }

  /** Intents by decreasing probability; empty when nothing in the text is known to the model. */
  classify(tokens: Token[]): IntentScore[] {
    const features = featuresOf(normalizedWords(tokens, this.speller));
    // An Int32Array, as in training: scoresInto then sees one kind of array only.
    const indices = Int32Array.from(
      features.flatMap((f) => {
        const index = this.featureIndex.get(f);
        return index === undefined ? [] : [index];
      }),
    );
    if (indices.length === 0) return [];
    const scores = new Float64Array(CLASSES.length);
    this.scoresInto(this.weights, indices, 1 / Math.sqrt(features.length), scores);
    return CLASSES.map((intent, c) => ({ intent, score: scores[c] as number })).sort((a, b) => b.score - a.score);
  }
}

let shared: IntentClassifier | undefined;

/** One trained classifier per process. */
export function intentClassifier(): IntentClassifier {
  shared ??= new IntentClassifier();
  return shared;
}
