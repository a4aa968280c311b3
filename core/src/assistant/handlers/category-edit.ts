/**
 * A listing filed in the wrong category, corrected by chat: "mets mon carton de livres dans la
 * catégorie livres", "change la catégorie du bureau : meubles", "mauvaise catégorie pour mon
 * bureau, c'est un meuble", "wrong category for my desk, it's furniture", "move my box of books
 * to the books category". Only a line that speaks of the category is one; the words of the new
 * category are said here, which categories they name is `categoriesNamed`'s to say.
 */

import { GREETING_OPENER, MAX_ANALYSED_CHARS } from "../nlu/interpret.ts";

const CAT = "(?:cat[ée]gories?|categor(?:y|ies)|rubrique|section)";
const ARTICLE = String.raw`(?:(?:un|une|des|du|de\s+la|de\s+l['’]|le|la|les|l['’]|a|an|the|some)\s*)?`;

/** Each way of saying it, with the new category in the group `to`. */
const CATEGORY_EDITS: RegExp[] = [
  // "mauvaise catégorie pour mon bureau, c'est un meuble", "wrong category for my desk, it's furniture"
  new RegExp(
    String.raw`\b(?:mauvaise|pas\s+la\s+bonne|wrong|incorrect)\s+${CAT}\b.*?[,;:.!]?\s*(?:c['’]est|ça\s+va\s+dans|ca\s+va\s+dans|it['’]?s|it\s+is|should\s+be(?:\s+in)?|goes\s+in|belongs\s+in|plutôt|plutot)\s+(?:en\s+|dans\s+|in\s+)?${ARTICLE}(?<to>[^,;.!?]+?)\s*[.!]*$`,
    "iu",
  ),
  // "the bike should be in sports, wrong category", "il devrait être dans meubles, mauvaise catégorie"
  new RegExp(
    String.raw`\b(?:should\s+be\s+in|belongs\s+in|goes\s+in|devrait\s+[êe]tre\s+(?:dans|en)|va\s+dans|irait\s+mieux\s+dans)\s+${ARTICLE}(?<to>[^,;.!?]+?)\s*(?:[,;.!?]|$)`,
    "iu",
  ),
  // "change la catégorie du bureau : meubles", "change the category of my desk to electronics", "catégorie : livres",
  // "la catégorie de mon vélo c'est sport"
  new RegExp(
    String.raw`\b${CAT}\b[^:=→]*?(?:\s(?:en|à|pour|to|as|into|c['’]est|est|is|should\s+be)\s+|\s*[:=→]\s*)${ARTICLE}(?<to>[^,;.!?:]+?)\s*[.!]*$`,
    "iu",
  ),
  // "mets mon carton de livres dans la catégorie livres", "put it in the category books"
  new RegExp(
    String.raw`\b(?:dans|en|in|into|to|under|sous)\s+${ARTICLE}${CAT}\s+(?:des\s+|de\s+|d['’]|of\s+)?(?<to>[^,;.!?]+?)\s*[.!]*$`,
    "iu",
  ),
  // "move my box of books to the books category", "mets-le dans la rubrique Meubles" said the other way round
  new RegExp(String.raw`\b(?:dans|in|into|to|under|sous)\s+${ARTICLE}(?<to>[^,;.!?]+?)\s+${CAT}\s*[.!]*$`, "iu"),
];

/** "c'est dans la mauvaise catégorie", "change la catégorie de la perceuse": the category is to change, the new one unsaid. */
const CATEGORY_TO_CHANGE = new RegExp(
  String.raw`\b(?:(?:mauvaise|pas\s+la\s+bonne|wrong|incorrect)\s+${CAT}|(?:change[rz]?|modifie[rz]?|corrige[rz]?|set|fix|update|edit)\s+(?:la|the|sa|its|une|a)\s+${CAT})\b`,
  "iu",
);
/** Words that say the category is wrong, never which one it should be. */
const NOT_A_CATEGORY = /^(?:mauvaise|bonne|m[êe]me|autre|wrong|right|same|other|another|correct|incorrect)$/iu;
/** Politeness after the category's name: "computers please". */
const POLITENESS = /\s+(?:please|pls|plz|svp|stp|s'il te pla[iî]t|s'il vous pla[iî]t|merci|thanks|thx)$/iu;
/**
 * A line that looks for listings in a category ("je cherche des livres dans la catégorie livres")
 * is a search; one that posts in a category ("je vends mon vélo dans la catégorie sport"), a posting.
 * (after a hello: "Bonjour, je vends …", "Hi, I am selling …")
 */
const SEARCH_OPENING =
  /^\s*(?:je\s+(?:re)?cherche|cherche|j'?(?:re)?cherche|(?:i'?m\s+|i\s+am\s+)?looking\s+for|search|find|trouve|montre|show\s+me|any|y\s+a-t-il|il\s+y\s+a|(?:je\s+)?(?:vends|publie|poste|donne|propose|[ée]change)|(?:i'?m\s+|i\s+am\s+)?(?:selling|sell|giving|offering|swapping|trading))(?![\p{L}-])/iu;
/** "j'ai une lampe à vendre", "desk lamp for sale": an offer said anywhere in the line. */
const OFFERED = /(?<!\p{L})(?:[àa]\s+(?:vendre|donner|louer|pr[êe]ter|c[ée]der)|for\s+sale|to\s+give\s+away|up\s+for\s+grabs)(?!\p{L})/iu;

/** "je cherche …", "Bonjour, je vends …", "looking for …", "… à vendre": a line that searches or posts, never names a category for a listing. */
export const searchesOrPosts = (text: string) => {
  const said = text.replace(GREETING_OPENER, "").replace(/^(?:there|all|everyone|tout\s+le\s+monde)\b[\s,!.]*/iu, "");
  return SEARCH_OPENING.test(said) || OFFERED.test(said);
};

/**
 * The words naming the new category of a line that changes a listing's category: "" when it
 * says the category is wrong without naming another (the assistant asks), undefined when the
 * line is no category edit.
 */
export function categoryEditSaid(text: string): string | undefined {
  // Longer than what the understanding reads, a line is no category edit (and its patterns would try every run of spaces).
  if (text.length > MAX_ANALYSED_CHARS || !new RegExp(CAT, "iu").test(text) || searchesOrPosts(text)) return undefined;
  for (const pattern of CATEGORY_EDITS) {
    const to = pattern.exec(text)?.groups?.to?.trim().replace(POLITENESS, "");
    if (to && !NOT_A_CATEGORY.test(to) && to.split(/\s+/).length <= 5) return to;
  }
  return CATEGORY_TO_CHANGE.test(text) ? "" : undefined;
}
