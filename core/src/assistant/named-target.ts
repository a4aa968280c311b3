/**
 * "supprime mon annonce de vélo", "accept the swap with Jake": the words of a command that name
 * its target, and the member's own things those words fit (accents, plurals and typos
 * tolerated). A command that names something never falls back to "the last one".
 */
import { distance } from "fastest-levenshtein";
import { foldText, lightStem } from "../text/normalize.ts";

/** Words that say what to do, not which thing: verbs, articles, "annonce", "swap", ordinals, fillers. */
const COMMAND_WORDS = new Set(
  // French
  (
    "supprime supprimer supprimez efface effacer effacez enleve enlever enlevez retire retirer retirez vire virer " +
    "annonce annonces offre offres demande demandes mon ma mes le la les de du des un une en au aux ce cet cette ces " +
    "celle celui ca cela pour avec sur dans est que qui je tu vous moi svp stp merci oui bien alors maintenant " +
    "accepte accepter acceptez acceptee valide valider echange echanges echanger match matchs proposition " +
    "refuse refuser refusez decline non premier premiere deuxieme second seconde troisieme dernier derniere " +
    // English
    "delete remove erase drop take down cancel listing listings post posts offer want wants the my mine a an of for with " +
    "this that these those it its please now thanks ok okay yes accept accepts accepted swap swaps trade trades deal " +
    "reject decline declined first third last one"
  ).split(" "),
);

/**
 * Two-letter words that never name a thing. Any other short word does: "TV", "PC", "lit" and
 * "PS5" name listings, and a name said must never be dropped for the last one shown.
 */
const SHORT_FUNCTION_WORDS = new Set(
  (
    "le la de du un en au ce ma me te se je tu il on ou et si ne sa ta ai as es va vu ca ni na da " +
    "to of in at it is my me we an or by do so up as be no go he us am if ok hi oh"
  ).split(" "),
);

/** The words of `text` that may name a thing (as typed, with their folded form). */
export function namingWords(text: string): { typed: string; folded: string }[] {
  const out: { typed: string; folded: string }[] = [];
  for (const typed of text.split(/[^\p{L}\p{N}]+/u)) {
    const folded = foldText(typed);
    if (folded.length < 2 || /^\p{N}+$/u.test(folded) || COMMAND_WORDS.has(folded) || SHORT_FUNCTION_WORDS.has(folded)) continue;
    out.push({ typed, folded });
  }
  return out;
}

/**
 * How well a said word fits a word of the candidate: 1 the same word give or take accents or a
 * plural ("velo"/"vélos"), 0.75 a typo away ("sewng"/"sewing"), 0.5 its start ("skate" of
 * "skateboard"), 0 not at all. A closer fit wins: "la table" is the table, not the tablet.
 */
function fit(said: string, word: string): number {
  if (said === word || lightStem(said) === lightStem(word)) return 1;
  const shorter = Math.min(said.length, word.length);
  if (shorter >= 4 && distance(said, word) <= (shorter >= 7 ? 2 : 1)) return 0.75;
  if (said.length >= 4 && word.length > said.length && word.startsWith(said)) return 0.5;
  return 0;
}

/**
 * The candidates the words fit best (each candidate is described by its texts: a title, the
 * other members' names): every candidate that fits as many said words as the best one does,
 * or none when no word fits any.
 */
export function bestNamed<T>(said: string[], candidates: { item: T; texts: string[] }[]): T[] {
  let best = 0;
  let found: T[] = [];
  for (const { item, texts } of candidates) {
    const own = texts.flatMap((text) => foldText(text).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 2);
    const score = said.reduce((sum, s) => sum + Math.max(0, ...own.map((w) => fit(s, w))), 0);
    if (score === 0 || score < best) continue;
    if (score > best) {
      best = score;
      found = [];
    }
    found.push(item);
  }
  return found;
}

/** Words after which the next one names a thing: "my kayak", "la perceuse", "the drill". */
const DETERMINERS = new Set("my mon ma mes the le la les l ce cet cette".split(" "));

/**
 * The words that follow a determiner and may name a thing ("change the price of my kayak to 90"
 * → price, kayak): a command that says one names its target, and must not fall back to another.
 */
export function wordsAfterDeterminer(text: string): Set<string> {
  const words = text.split(/[^\p{L}\p{N}]+/u).map((word) => foldText(word));
  const after = new Set<string>();
  for (const [i, word] of words.entries()) {
    const next = words[i + 1];
    if (DETERMINERS.has(word) && next && namingWords(next).length > 0) after.add(next);
  }
  return after;
}
