/**
 * Intent classifier: a small neural network (nlp.js) over stems of both languages and their
 * bigrams, trained at first use on the training corpus (well under a second). Numbers and
 * money become stand-in tokens so "50 €" and "80 euros" look alike; unknown words are repaired
 * against the corpus vocabulary first, so typos still reach known stems.
 */
import { NeuralNetwork } from "@nlpjs/neural";
import { isSkillWord } from "../../ai/skills.ts";
import { resolvePlace } from "../../places/gazetteer.ts";
import type { Intent } from "../intents.ts";
import { dictionaryWords } from "./dictionary.ts";
import { Speller, stemsOf, type Token, tokenize } from "./text.ts";
import { NAMES_IN_CORPUS, trainingExamples } from "./training-corpus.ts";

/** Words that carry no intent at all; the network would only learn noise from them. */
const IGNORED = new Set(["un", "une", "le", "la", "les", "des", "du", "de", "d", "l", "a", "an", "the", "of"]);

/** Skill names that are also everyday words: kept as words. */
const COMMON_SKILL_WORDS = new Set(["data", "ui", "ux", "go", "video", "tests", "testing", "security", "marketing", "design"]);

/**
 * A person's name: capitalised, not first, and neither a word of the corpus nor a town
 * ("message Zoé", "ask Karim"). Corpus names count as names so training sees the same thing.
 */
function isName(token: Token, index: number, speller?: Speller): boolean {
  if (index === 0 || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  if (NAMES_IN_CORPUS.has(token.folded)) return true;
  if (!speller || speller.knows(token.folded)) return false;
  const place = resolvePlace(token.text);
  return !place || place.population < 20_000;
}

function normalizedWords(tokens: Token[], speller?: Speller): string[] {
  const out: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const word = token.folded;
    if (isName(token, index, speller)) out.push("NAME");
    else if (/^\d+([.,]\d+)?$/.test(word)) out.push("NUM");
    else if (/^[€$£]$/.test(word) || /^(euros?|eur|dollars?|usd)$/.test(word)) out.push("MONEY");
    else if (isSkillWord(word) && !COMMON_SKILL_WORDS.has(word)) out.push("SKILL");
    else if (!IGNORED.has(word)) out.push(speller ? speller.correct(word) : word);
  }
  return out;
}

function featuresOf(normalized: string[]): Record<string, number> {
  const features: Record<string, number> = {};
  const firstStems: string[] = [];
  for (const word of normalized) {
    const stems = stemsOf(word);
    for (const stem of stems) features[stem] = 1;
    firstStems.push(stems[0] ?? word);
  }
  for (let i = 0; i + 1 < firstStems.length; i++) features[`${firstStems[i]}_${firstStems[i + 1]}`] = 1;
  if (normalized.length <= 2) features.__short = 1;
  return features;
}

export type IntentScore = { intent: Intent; score: number };

export class IntentClassifier {
  private readonly net = new NeuralNetwork({ iterations: 2000, learningRate: 0.3, log: false });
  readonly speller: Speller;
  /** Words of the corpus minus the people's names it uses: "not a known word" hints at a name. */
  readonly vocabulary: Set<string>;

  constructor() {
    const examples = trainingExamples();
    const vocabulary = new Set<string>();
    for (const example of examples) for (const token of tokenize(example.text)) vocabulary.add(token.folded);
    this.speller = new Speller(vocabulary, dictionaryWords());
    this.vocabulary = new Set([...vocabulary].filter((word) => !NAMES_IN_CORPUS.has(word)));
    this.net.train(
      examples.map((example) => ({
        input: featuresOf(normalizedWords(tokenize(example.text))),
        output: { [example.intent]: 1 },
      })),
    );
  }

  /** Intents by decreasing score (0..1); empty when nothing in the text is known. */
  classify(tokens: Token[]): IntentScore[] {
    const features = featuresOf(normalizedWords(tokens, this.speller));
    if (Object.keys(features).length === 0) return [];
    const scores = this.net.run(features) as Record<string, number>;
    return Object.entries(scores)
      .map(([intent, score]) => ({ intent: intent as Intent, score }))
      .sort((a, b) => b.score - a.score);
  }
}

let shared: IntentClassifier | undefined;

/** One trained classifier per process. */
export function intentClassifier(): IntentClassifier {
  shared ??= new IntentClassifier();
  return shared;
}
