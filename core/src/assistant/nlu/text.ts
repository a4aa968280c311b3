/**
 * Turning what people type into features: folded tokens (no case, no accents, apostrophes
 * split), the language they wrote in, Snowball stems from nlp.js for French and English, and
 * typo repair against the assistant's vocabulary ("cherhce" → "cherche").
 */
import { StemmerEn } from "@nlpjs/lang-en";
import { StemmerFr } from "@nlpjs/lang-fr";
import { distance } from "fastest-levenshtein";
import type { Locale } from "../../i18n/messages.ts";
import { resolvePlace } from "../../places/gazetteer.ts";
import { foldText } from "../../text/normalize.ts";

/** `hyphen`: the token is bound to the next by a hyphen ("Baie-Saint-Paul"), which the words alone no longer say. */
export type Token = { text: string; folded: string; start: number; end: number; hyphen?: true };

/**
 * Words, numbers and currency signs; a number glued to its unit ("10km", "5mi", "20min", "14h", "50eur") is two tokens;
 * up to three letters on each side of a "&" are one word ("D&D", "R&B", "AT&T", "b&b").
 */
const TOKEN =
  /\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|\p{N}+(?=(?:km|kms|k|eur|euros?|h|j|mi|miles?|mins?|mn)(?!\p{L}))|[\p{L}\p{N}]+|[€$£#₦₵¥₹₩₱₺₪₴₽฿₫]/giu;

/** Tokens with their place in the text, so slots are cut from what was typed. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const token: Token = { text: match[0], folded: foldText(match[0]), start, end };
    if (text[end] === "-") token.hyphen = true;
    out.push(token);
  }
  return out;
}

const FRENCH = new Set(
  // (no "n" nor "d": "Pack'n Play", "I'd like" are English; "n'est", "d'occasion" have French around them)
  (
    "je j tu il elle on nous vous ils un une le la les des du de au aux mon ma mes ton ta tes son sa ses notre votre " +
    "et ou mais pas ne est suis sont ai as avec pour dans sur chez vers pres moi toi lui quoi quel quelle quels qui que qu " +
    "bonjour salut merci oui non cherche veux voudrais aimerais peux montre affiche mets annule ce cet cette ces c ca " +
    "moins plus cher annonce annonces quelqu quelque rien tout tous svp stp coucou bonsoir voir envoie ecris dis propose vends " +
    "donne echange contre profil mes messages conversation supprime enleve retire modifie change plutot " +
    "deuxieme troisieme premier premiere dernier derniere celui celle lien compte parle francais anglais " +
    // SMS French glues the subject to its verb: "jvend canapé a cahors" is French, its "a" an "à"
    "jvend jvends jvd jvds vds vend jdonne jcherche jprete jpropose jsuis jveux jpeux jai qqn qqun qq1 slt bjr bsr"
  ).split(" "),
);
const ENGLISH = new Set(
  (
    "i me my mine you your he she it we they a an the of to in on at for with from and or but not no is are am was do does " +
    "have has want need looking look find show see list get give send tell write please pls thanks thank hi hello hey yes yeah " +
    "nope any some anything something what which who where how near around under over cheap sell selling offer offering swap " +
    "trade post delete remove change update edit instead rather second third first last one this that these those them her him " +
    "his their link account speak english french message messages chat inbox apply save saved jobs job gigs " +
    // the verbs of the ads themselves: "giving away a Pack'n Play", "renting out my van"
    "giving away renting lending searching moving letting getting"
  ).split(" "),
);

// Words of both lists ("mission", "messages") say nothing about the language.
for (const word of [...FRENCH]) {
  if (ENGLISH.has(word)) {
    FRENCH.delete(word);
    ENGLISH.delete(word);
  }
}

/** "fr" or "en" from function words; `fallback` when it cannot tell. */
/** How many words of each language's marker lists a message holds. */
export function localeMarkers(tokens: Token[]): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (const token of tokens) {
    if (FRENCH.has(token.folded)) fr++;
    if (ENGLISH.has(token.folded)) en++;
  }
  return { fr, en };
}

export function detectLocale(tokens: Token[], fallback: Locale): Locale {
  let fr = 0;
  let en = 0;
  for (const token of tokens) {
    // "à" folds to "a": with its accent it is French; typed without it, it is as often the French
    // preposition ("vends poele a bois, a recuperer a lorient") as the English article: it tells nothing
    if (token.folded === "a") {
      if (token.text !== "a" && token.text !== "A") fr++;
      continue;
    }
    if (FRENCH.has(token.folded)) fr++;
    if (ENGLISH.has(token.folded)) en++;
  }
  if (fr === en) return fallback;
  return fr > en ? "fr" : "en";
}

const stemmerFr = new StemmerFr();
const stemmerEn = new StemmerEn();
const stemCache = new Map<string, string[]>();

/** Both languages' stems: people mix them ("je cherche des missions React remote"). */
export function stemsOf(word: string): string[] {
  let stems = stemCache.get(word);
  if (!stems) {
    const fr = stemmerFr.stem([word])[0] ?? word;
    const en = stemmerEn.stem([word])[0] ?? word;
    stems = fr === en ? [fr] : [fr, en];
    if (stemCache.size < 50_000) stemCache.set(word, stems);
  }
  return stems;
}

/**
 * Repairs typos: a word that neither the dictionary of either language nor the assistant's
 * vocabulary knows is replaced by its closest vocabulary word within one edit (two for long
 * words). Real words are never rewritten ("recommande" is not a typo of "recommence"), nor are
 * digits and short words.
 */
export class Speller {
  private readonly vocabulary: Set<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();

  private readonly dictionary: { has(word: string): boolean };

  constructor(words: Iterable<string>, dictionary: { has(word: string): boolean } = new Set()) {
    this.dictionary = dictionary;
    this.vocabulary = new Set(words);
    for (const word of this.vocabulary) {
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
  }

  knows(word: string): boolean {
    return this.vocabulary.has(word);
  }

  correct(word: string): string {
    if (word.length < 4 || this.vocabulary.has(word) || this.dictionary.has(word) || /\d/.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    // French elision typed without its apostrophe: "jcherche", "jveux", "lannonce".
    if (/^[jldmtsnc]/.test(word) && this.vocabulary.has(word.slice(1))) return word.slice(1);
    // Two letters swapped ("cherhce", "hlep"): one typo, though two edits for Levenshtein.
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (this.vocabulary.has(swapped)) return swapped;
    }
    const max = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        // Same first letter: typos rarely hit it, and it keeps "vente" from becoming "tente".
        if (candidate[0] !== word[0]) continue;
        const d = distance(word, candidate);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    if (this.cache.size < 20_000) this.cache.set(word, best);
    return best;
  }
}

/**
 * "Robe Zara taille S jamais portée 15e", "pull taille M 5e": a small amount glued to its "e" that ends an ad, after a
 * word of the thing, is euros ("Paris 15e", "au 3e", "la 2e" stay ranks).
 */
export function priceEndingAnAd(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  return (
    index === tokens.length - 1 &&
    index >= 3 &&
    before !== undefined &&
    /^\p{L}/u.test(before.text) &&
    !RANK_LEADS.has(before.folded) &&
    !resolvePlace(before.text)
  );
}
/** Words after which "3e", "15e" are a rank or a district: "au 3e", "la 2e", "dans le 15e", "Paris 11e". */
const RANK_LEADS = new Set(
  "le la l les du au aux de des en dans sur vers ma mon ta ton sa son ce cette the a my your etage floor paris lyon marseille".split(" "),
);
