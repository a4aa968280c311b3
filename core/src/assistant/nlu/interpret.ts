/**
 * Local understanding of one message: language, intent (classifier plus a few rules for what
 * depends on the conversation), and slots. Pure and fast (well under a millisecond for a
 * typical message) so every channel can afford it on every turn.
 */
import { conceptOf } from "../../ai/lexicon.ts";
import type { Locale } from "../../i18n/messages.ts";
import type { Intent, Interpretation, Slots } from "../intents.ts";
import { intentClassifier } from "./classifier.ts";
import { extractSlots, placeIn } from "./slots.ts";
import { detectLocale, tokenize } from "./text.ts";

/** What the conversation so far tells about a new message. */
export type DialogContext = {
  /** The last search the user ran, for refinements ("plutôt à Bordeaux", "what about cheaper"). */
  lastSearch?: { intent: "search_listings" | "search_missions"; slots: Slots };
};

const MIN_CONFIDENCE = 0.4;
/** Lexicon concepts that describe rather than name a thing: not enough to call a message a search. */
const DESCRIPTIVE_CONCEPTS = new Set([
  "road_bike",
  "acoustic",
  "remote",
  "cheap",
  "grey",
  "black",
  "white",
  "red",
  "blue",
  "green",
  "seat",
  "one",
  "two",
  "three",
  "four",
  "size",
  "new_item",
  "used",
  "swap",
  "language",
  "freelance",
  "console",
]);
/** Longer than this, a message is a CV or a long story: understanding stops at the start. */
const MAX_ANALYSED_CHARS = 2000;

const REFINEMENT = /^\s*(?:et\s+)?(?:plut[oô]t|sinon|what about|how about|and|et|instead|rather|ou|or|maybe|peut-[eê]tre)\b/i;

export function interpret(rawText: string, fallbackLocale: Locale, context: DialogContext = {}): Interpretation {
  const text = rawText.length > MAX_ANALYSED_CHARS ? rawText.slice(0, MAX_ANALYSED_CHARS) : rawText;
  const tokens = tokenize(text);
  const locale = detectLocale(tokens, fallbackLocale);
  if (tokens.length === 0) return { intent: "unknown", slots: {}, confidence: 0, locale };
  const classifier = intentClassifier();
  const words = tokens.map((token) => classifier.speller.correct(token.folded));
  const slotOptions = { words, vocabulary: classifier.vocabulary };

  // A refinement of the last search: "plutôt à Bordeaux", "what about Lyon?", "et moins de 50 €".
  if (context.lastSearch && (REFINEMENT.test(text) || tokens.length <= 3)) {
    const { intent, slots } = context.lastSearch;
    const { q: _ignored, ...changed } = extractSlots(intent, text, tokens, slotOptions);
    const place = changed.place ?? placeIn(text, tokens);
    if (place) changed.place = place;
    if (Object.keys(changed).length > 0 && (REFINEMENT.test(text) || place)) {
      return { intent, slots: { ...slots, ...changed }, confidence: 0.9, locale };
    }
  }

  // A link code alone.
  if (tokens.length === 1 && /^\d{6}$/.test(tokens[0]?.folded ?? "")) {
    return { intent: "link_account", slots: { code: tokens[0]?.folded ?? "" }, confidence: 0.9, locale };
  }

  // "message Zoé: shall we meet?", "voici mon CV : …": what follows the colon is the payload,
  // so the words before it say what to do.
  const colon = text.indexOf(":");
  const head = colon > 0 && colon <= 60 ? tokenize(text.slice(0, colon)) : [];
  const [best] = classifier.classify(head.length > 0 ? head : tokens);
  let intent: Intent = best && best.score >= MIN_CONFIDENCE ? best.intent : "unknown";
  // No clear verb but things of the marketplace ("velo enfant bordeaux", "une table basse max
  // 50 €"): people type what they look for.
  if (
    intent === "unknown" &&
    words.some((word) => {
      const concept = conceptOf(word);
      return concept !== undefined && !DESCRIPTIVE_CONCEPTS.has(concept);
    })
  )
    intent = "search_listings";
  if (intent === "unknown") return { intent, slots: {}, confidence: best?.score ?? 0, locale };
  return { intent, slots: extractSlots(intent, text, tokens, slotOptions), confidence: Math.min(1, best?.score ?? 0.5), locale };
}
