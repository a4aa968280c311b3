/**
 * What a search's words ask for: the thing itself (its content words, for the relevance
 * floor) and whether the searcher looks for people who *want* it ("qui cherche une console",
 * "who wants a tent") rather than for offers ("je cherche un vélo", "looking for a tent").
 */
import { foldText, words } from "../text/normalize.ts";
import { STOPWORDS } from "../text/stopwords.ts";

/** "Who is looking for …": the searcher wants the members who want it. */
const ASKS_FOR_WANTS =
  /^(?:(?:est-ce qu'|y a-t-il |y a t il |il y a )?(?:qui|quelqu'un qui|quelqu un qui)\s+(?:cherche|recherche|veut|voudrait|a besoin|aurait besoin|demande)|(?:who|who's|whos|anyone|anybody|someone|somebody)\s+(?:is\s+|'s\s+)?(?:looking|searching|wants?|needs?|after|would like))\b[\s:]*(?:(?:for|de|d'|des|du)\b\s*)?/;
/** "Je cherche …", "looking for …": the searcher wants the thing; the phrase is not what is searched. */
const SEEKS =
  /^(?:(?:je |j')?(?:cherche|recherche|voudrais|veux|souhaite|ai besoin (?:de |d')?|besoin (?:de |d')?)|(?:i'm |im |i am )?(?:looking for|searching for|after)|i (?:need|want|would like)|need|wanted:?|looking for)\b[\s:]*/;
/** Words around a search that are neither the thing nor a filter the search can check. */
const FILLERS = new Set(
  "someone somebody anyone anybody something anything quelqu'un quelqu quelque chose truc pas cher chere chers cheap cheaper used occasion please svp stp merci thanks urgent".split(
    " ",
  ),
);

/** How the thing was had before ("d'occasion", "second-hand"): how a listing is, never a word its text must hold. */
const SECOND_HAND =
  /(?:^|\s)(?:used|second[\s-]?hand|pre[\s-]?owned|pre[\s-]?loved|d['’\s]?occas(?:ion)?|de seconde main|seconde main|brand[\s-]new)(?=\s|$)/giu;

export type QueryWords = {
  /** The words that name what is searched, folded, in order (elided articles dropped: "d'hiver" → "hiver"). */
  terms: string[];
  asksForWants: boolean;
};

export function readQueryWords(q: string): QueryWords {
  let text = foldText(q).trim().replace(/’/g, "'");
  const wants = ASKS_FOR_WANTS.exec(text);
  if (wants) text = text.slice(wants[0].length);
  else text = text.replace(SEEKS, "");
  text = text.replace(SECOND_HAND, " ");
  const terms = words(text)
    .map((word) => word.replace(/^(?:[ldjnmtsc]|qu)'/, ""))
    .filter((word) => word.length > 0 && !STOPWORDS.has(word) && !FILLERS.has(word));
  return { terms: [...new Set(terms)], asksForWants: wants !== null };
}

/** One term as to_tsquery input: letters and digits only, a hyphenated word as a phrase ("baby-sitter" → "baby <-> sitter"). */
export function tsTerm(term: string): string | undefined {
  const parts = term
    .split(/['-]/)
    .map((part) => part.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  return parts.length ? parts.join(" <-> ") : undefined;
}
