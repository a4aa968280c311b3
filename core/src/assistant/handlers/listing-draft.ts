/**
 * A posting read as people mean it (issue 12, principles 1 and 2): a giveaway is free, the title
 * is the item phrase properly capitalised and accented, the member's own text is the
 * description, "contre une bibliothèque ou un bureau" means either one. Whatever was not stated
 * (a place taken from the profile, a category nothing names, a number nothing explains, a title
 * chosen among several phrases) is shown in a preview before anything is published.
 */
import type { Locale } from "../../i18n/messages.ts";
import { namedCategory } from "../../listings/category-inference.ts";
import { resolvePlace } from "../../places/gazetteer.ts";
import { foldText, lightStem } from "../../text/normalize.ts";
import type { Slots } from "../intents.ts";
import { intentClassifier } from "../nlu/classifier.ts";
import { accentedFrench } from "../nlu/dictionary.ts";
import { interpret, MAX_ANALYSED_CHARS, OPENS_WITH_OFFER } from "../nlu/interpret.ts";
import { amountIn, CURRENCY, placeIn, unplacedPhrases } from "../nlu/slots.ts";
import { tokenize } from "../nlu/text.ts";
import { renameOf } from "./edit-lines.ts";

/** What the assistant would be guessing if it published at once. */
export type ListingGuess = "place" | "category" | "numbers" | "title" | "wants" | "currency";

const QUOTES = /^[\s«»"“”'‘’]+|[\s«»"“”'‘’.!]+$/g;

/** "machine a coudre singer" → "Machine à coudre singer"; "« Vélo de ville »" → "Vélo de ville". */
/** "Swapping my …", "je vends mon …": the posting verb is never part of the item's title. */
const POSTING_OPENING =
  /^(?:i'?m\s+|i\s+am\s+)?(?:swapping|trading|exchanging|selling|offering|giving away|lending|je\s+vends|vends|j'?[ée]change|[ée]change|je\s+donne|donne|je\s+pr[êe]te)\s+(?:my|mon|ma|mes|a|an|the|un|une|des|le|la|les)?\s*/i;

export function polishedTitle(title: string, locale: Locale): string {
  const withoutVerb = title.replace(POSTING_OPENING, "");
  let text = (withoutVerb.trim() ? withoutVerb : title).replace(QUOTES, "").replace(/\s+/g, " ");
  if (locale === "fr") {
    text = text
      .split(" ")
      .map((word, index, all) => {
        // "a" between two words of an item phrase is the preposition ("machine a coudre").
        if (word === "a" && index > 0 && index < all.length - 1) return "à";
        if (!/^[a-z]+$/.test(word)) return word;
        return accentedFrench(word) ?? word;
      })
      .join(" ");
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const CAPACITY = "people|persons|personnes|personne|pers|places|seater|seats|couverts|chaises|chairs";
const CAPACITY_AFTER = new RegExp(`^\\s*,?\\s*((?:for|pour)\\s+\\d{1,2}\\s+(?:${CAPACITY})|\\d{1,2}\\s+(?:${CAPACITY}))\\b`, "i");

/**
 * The item phrase with what the member said right after it about its size for people: "tent
 * for 2 people", "table en chêne massif, 6 places" (how many it takes is part of what it is).
 */
export function titleAsSaid(text: string, title: string): string {
  const at = foldText(text).indexOf(foldText(title));
  if (at < 0) return title;
  const capacity = CAPACITY_AFTER.exec(text.slice(at + title.length));
  return capacity?.[1] ? `${title} ${capacity[1].replace(/\s+/g, " ")}` : title;
}

const GIVEAWAY = /\b(je donne|j donne|jdonne|donne|donner|a donner|gratuit|gratuite|gratos|give away|giving away|giveaway|free)\b/;

/** "je donne des livres", "free sofa", "à donner": nothing to pay. */
export function isGiveaway(text: string): boolean {
  return GIVEAWAY.test(foldText(text).replace(/[^a-z0-9]+/g, " "));
}

/** "possibilité d'échanger contre …", "open to swaps for …": an exchange is possible, not asked for. */
const TENTATIVE_SWAP =
  /\b(possibilite d echange|possibilite d echanger|echange possible|ouvert a un echange|ouverte a un echange|ouvert aux echanges|ou echange|voire echange|open to (a )?(swap|trade|exchange)s?|or swap|or trade|swap possible|trade possible)\b/;

/**
 * What is wanted in exchange as the member said it: "bibliothèque ou un bureau" when the text
 * goes on with "ou …" after the word the reader kept; `tentative` when the member only said an
 * exchange is possible (then nothing is published for it).
 */
export function wantsAsSaid(text: string, wants: string): { wants: string; alternatives: boolean; tentative: boolean } {
  const folded = foldText(text);
  const at = folded.indexOf(foldText(wants));
  let said = wants;
  let alternatives = false;
  if (at >= 0) {
    let rest = text.slice(at + wants.length);
    // "machine à coudre", "fer à repasser", "sac à dos": the item goes on after "à" unless a town follows.
    const compound = /^\s+(à|a)\s+([\p{Ll}][\p{L}-]{2,})\b/u.exec(rest);
    if (compound?.[2] && !resolvePlace(compound[2]) && !/^(moins|partir|peu|prix|distance|proximit)/i.test(compound[2])) {
      said = `${wants} à ${compound[2]}`;
      rest = rest.slice(compound[0].length);
    }
    const more = /^\s+(ou|or)\s+([^,.;!?()\n]+)/i.exec(rest);
    if (more?.[2]) {
      said = `${said} ${more[1]} ${more[2].trim()}`;
      alternatives = true;
    }
  }
  const tentative = TENTATIVE_SWAP.test(folded.replace(/[^a-z0-9]+/g, " "));
  return { wants: said, alternatives, tentative };
}

/**
 * Words for money that name no currency: "120 bucks" in Lyon, "cent balles" in Geneva are said
 * of the money people pay in there ("bucks": dollars of the place, US, Canadian or Australian).
 * "Quid" is not one of them: it always means pounds sterling, wherever the item is.
 */
const COLLOQUIAL_MONEY = new Set(["bucks", "buck", "balles", "boules", "tenner", "fiver"]);
const isNumberToken = (folded: string) => /^\d+$/.test(folded);

/**
 * The currency the member named for the money they wrote ("150 €", "$15", "200 dollars",
 * "50e", "en dollars", "in euros"): written next to a number, or on its own in a short
 * correction. Undefined when they named none ("pour 300", "120 bucks").
 */
export function namedCurrency(text: string): string | undefined {
  const tokens = tokenize(text).map((token) => token.folded);
  const named = (word: string | undefined) =>
    word !== undefined && !COLLOQUIAL_MONEY.has(word) && word !== "livres" ? CURRENCY[word] : undefined;
  for (const [i, word] of tokens.entries()) {
    if (/^\d+(e|eur|euros?)$/.test(word)) return "EUR";
    if (!isNumberToken(word)) continue;
    const after = tokens[i + 1] === "k" ? tokens[i + 2] : tokens[i + 1];
    const currency =
      named(after) ?? (after === "e" ? "EUR" : undefined) ?? (/^[€$£]$/.test(tokens[i - 1] ?? "") ? named(tokens[i - 1]) : undefined);
    if (currency) return currency;
  }
  // "en dollars", "in euros, sorry": a currency alone in a few words.
  if (tokens.length <= 6) for (const word of tokens) if (named(word)) return named(word);
  return undefined;
}

/** "post a request:", "bon je reprends :", "non je propose un service :": words to the assistant before a colon. */
const INSTRUCTION_FRAME =
  /^\s*(?:(?:bon|ok|okay|alors|so|well|non|no|hmm+|euh+|donc)[\s,.!]+)*(?:[^:\n]{0,40}?\b(?:post|publie[rz]?|publish|mets|put up|annonce|listing|request|demande|reprends|reprend|start again|start over|service|offre|offer|want|new)\b[^:\n]{0,20}):\s*/iu;
/** A sentence that only talks to the assistant: "laisse tomber.", "bon.", "sorry, wrong one!". */
const ASIDE =
  /^\s*(?:(?:bon|ok|okay|alors|so|well|non|no|hmm+|euh+|oups|oops|sorry|pardon|d[ée]sol[ée]e?|attends|wait|en fait|actually)[\s,!]*)*(?:laisse tomber|laisse b[ée]ton|forget it|forget that|never\s*mind|nevermind|on oublie|oublie (?:ça|ca)|wrong one|je me suis tromp[ée]e?|my bad|scratch that|je reprends|let me start again)?\s*[.!…]+\s*/iu;

/**
 * The member's words about the thing, without what they said to the assistant first: an aside
 * ("laisse tomber."), an instruction frame ("post a request:", "bon je reprends :").
 */
export function descriptionOf(text: string): string {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const aside = ASIDE.exec(rest);
    const frame = INSTRUCTION_FRAME.exec(rest);
    // A frame that already posts the thing ("Je vends mon vélo, offre spéciale :") is the member's words.
    const framing = frame && !/\b(?:vends?|vendre|sell|selling|donne|giving|cherche|looking|swapping|[ée]change)\b/iu.test(frame[0]);
    const cut = aside?.[0].trim() ? aside[0].length : framing && frame ? frame[0].length : 0;
    if (cut === 0 || cut >= rest.trim().length) break;
    rest = rest.slice(cut);
  }
  rest = rest.trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The member's text says something the fields do not: kept as the description. */
export function textWorthKeeping(text: string, slots: Slots): boolean {
  return saysMoreThanFields(text) || unexplainedNumbers(text, slots) || wordsNoFieldHolds(text, slots);
}

/**
 * An answer to the posting's own question ("Dans quelle ville ?") that says more than it asks
 * ("à Nantes, quelques rayures sur le dessus"): the rest belongs in the description.
 */
export function answerSaysMore(text: string, answer: Slots): boolean {
  return unexplainedNumbers(text, answer) || wordsNoFieldHolds(text, answer);
}

const wordsOf = (list: string) => list.split(" ");
/** Words that only carry the posting itself: its verbs, articles, pronouns, prepositions, greetings. */
const POSTING_FILLERS = new Set(
  wordsOf(
    // French
    "je me moi mon ma mes notre nos un une des le la les de du au aux en et ou pour par avec sur dans chez vers ce cet cette ces " +
      "ca cela est sont qu que qui il elle on vous tu te ai bonjour salut coucou bonsoir hello merci svp stp plait vends vend " +
      "vendre donne donner cede ceder echange echanger troque troquer propose offre prete preter cherche recherche veux voudrais " +
      "aimerais besoin annonce publie poste mets vente " +
      // English
      "im me my our an the this that it its is are for in at near to of on with and or by hi hello hey please pls thanks " +
      "sell selling giving give away offering offer swapping swap trading trade exchanging exchange lending lend looking want " +
      "need post posting listing ad also aussi " +
      // Answers to the assistant's own questions
      "oui ouais yes yep yeah ok okay demande wanted request premier premiere deuxieme troisieme dernier derniere first second third last one",
  ),
);
const MONEY_WORDS = new Set(
  wordsOf("eur euro euros dollar dollars usd cad gbp chf bucks buck quid pound pounds livres franc francs balles boules prix price budget"),
);
const FREE_WORDS = new Set(wordsOf("gratuit gratuite gratos free donner"));
const CONDITION_WORDS = new Set(
  wordsOf("etat condition bon bonne tres good great very excellent parfait perfect neuf neuve new like comme mint"),
);
const EXCHANGE_WORDS = new Set(wordsOf("contre against exchange echange swap"));
const REMOTE_WORDS = new Set(wordsOf("distance remote online ligne teletravail"));

/**
 * A word of the text that no field holds ("quelques rayures", "new tyres", "works fine"): the
 * member said something about the thing that only the description can keep. Words of the
 * title, the place, what is wanted, the price and its currency, the condition's own label and
 * the posting's grammar are held; a number is `unexplainedNumbers`'s.
 */
function wordsNoFieldHolds(text: string, slots: Slots, fillers: ReadonlySet<string> = POSTING_FILLERS): boolean {
  const held = new Set<string>();
  for (const value of [slots.title, slots.place, slots.wants, slots.swapFor])
    if (typeof value === "string") for (const token of tokenize(value)) held.add(lightStem(token.folded));
  const heldBy = (word: string) =>
    POSTING_FILLERS.has(word) ||
    fillers.has(word) ||
    held.has(lightStem(word)) ||
    (slots.price !== undefined && (MONEY_WORDS.has(word) || /^\d+(?:e|eur|euros?|k)$/.test(word))) ||
    (slots.price === 0 && FREE_WORDS.has(word)) ||
    (slots.condition !== undefined && CONDITION_WORDS.has(word)) ||
    ((slots.wants !== undefined || slots.swapFor !== undefined) && EXCHANGE_WORDS.has(word)) ||
    (slots.remote === true && REMOTE_WORDS.has(word));
  return tokenize(text).some(({ folded }) => folded.length >= 2 && !/^\d+$/.test(folded) && !heldBy(folded));
}

/** Numbers in the text that no field explains ("180x90", "2021", "Bruno 06 12 …"): a reason to show before posting. */
function unexplainedNumbers(text: string, slots: Slots): boolean {
  const explained = [slots.title, slots.place, slots.wants].filter((value): value is string => typeof value === "string").join(" ");
  const price = typeof slots.price === "number" ? (slots.price / 100).toFixed(2) : "";
  const radius = typeof slots.radiusKm === "number" ? String(slots.radiusKm) : "";
  return (text.match(/\d+/g) ?? []).some((digits) => !explained.includes(digits) && !price.includes(digits) && radius !== digits);
}

/** The posting says more than its fields ("6 places, quelques rayures", "mon voisin Bruno …"): its text is worth keeping. */
export function saysMoreThanFields(text: string): boolean {
  if (text.length > 160) return true;
  const tokens = tokenize(text);
  const classifier = intentClassifier();
  const words = tokens.map((token) => classifier.speller.correct(token.folded));
  return unplacedPhrases(text, tokens, { words, vocabulary: classifier.vocabulary }).some((phrase) => !POSTING_VERB.test(phrase.trim()));
}

/** A verb that only says the kind of posting ("swapping my …") says nothing more about the item. */
const POSTING_VERB =
  /^(?:swapping|swap|trading|trade|exchanging|exchange|selling|offering|giving|lending|[ée]change|[ée]changer|troque|troquer|vends|vendre|donne|prête)$/i;

/**
 * What would be a guess if the posting went out now. `placeStated`: the place came from the
 * member (this message or an answer), not from their profile.
 */
export function listingGuesses(text: string, slots: Slots, placeStated: boolean): ListingGuess[] {
  const guesses: ListingGuess[] = [];
  const title = typeof slots.title === "string" ? slots.title : "";
  if (!placeStated && slots.remote !== true) guesses.push("place");
  if (slots.category === undefined && namedCategory(title) === undefined) guesses.push("category");
  if (text) {
    if (unexplainedNumbers(text, slots)) guesses.push("numbers");
    // More said than a title: the member sees which phrase became the title.
    if (saysMoreThanFields(text)) guesses.push("title");
  }
  if (typeof slots.wants === "string") {
    const said = wantsAsSaid(text, slots.wants);
    if (said.alternatives || said.tentative) guesses.push("wants");
  }
  if (slots.currencyUnsaid === true) guesses.push("currency");
  return guesses;
}

/** Words that say a message corrects what was shown. */
const CORRECTION_CUES =
  /\b(prix|price|titre|title|tarif|plutot|actually|en fait|non|no|not|pas|change|corrige|correct|mets|make it|instead|gratuit|free|rename|renomme|lieu|place|ville|town)\b/;

/** What a correction may look like to the classifier ("à Lyon 7e" reads like "show that one"). */
const CORRECTING = new Set(["update_listing", "create_listing", "unknown", "show_listing"]);

/**
 * A correction typed while a posting is previewed: "le prix c'est 120", "gratuit", "titre :
 * Vélo de ville", "à Lyon 7e", "sans prix". Undefined when the message changes none of them.
 */
/** "… et ajoute qu'il y a 4 chaises avec", "précise que les poignées sont d'origine": words for the description's end. */
export const ADDED_TEXT =
  /(?:\b(?:et|and)\s+)?\b(?:ajoute[sz]?|rajoute[sz]?|pr[ée]cise[sz]?|add|mention)\s+(?:que\s+|qu['’]\s*|that\s+)(\S.*)$/iu;

/**
 * The draft's slots with a correction applied, description included: words added go at its end,
 * and the old price written in it becomes the new one ("120€" → "100€"), so it never contradicts.
 */
export function correctedDraft(draft: Slots, correction: Slots): Slots {
  const { addedText, ...rest } = correction;
  let description = typeof draft.description === "string" ? draft.description : undefined;
  const before = typeof draft.price === "number" ? draft.price / 100 : undefined;
  const after = typeof rest.price === "number" ? rest.price / 100 : undefined;
  if (description && before !== undefined && after !== undefined && before !== after && Number.isInteger(before) && Number.isInteger(after))
    description = description.replace(new RegExp(`(^|[^\\d.,])${before}(?![\\d])`, "g"), `$1${after}`);
  if (typeof addedText === "string" && addedText) {
    const line = addedText.charAt(0).toUpperCase() + addedText.slice(1);
    description = description ? `${description.trim()}\n${line}` : line;
  }
  return { ...draft, ...rest, ...(description !== undefined ? { description } : {}) };
}

/**
 * "the description of the drill: …", "la description de la perceuse : …": which listing (a name
 * of at most 120 characters, starting on a letter), then the words. Each run of spaces can be
 * read one way only: a 12,000-character line answers in milliseconds, not minutes.
 */
const DESCRIPTION_OF =
  /\b(?:description|descriptif)\s+(?:of|de|du|des|d['’]|for|pour)\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?(\S.{0,119}?)\s*(?::|=|\bto\b|\ben\b|\bpar\b)\s*(\S[\s\S]*)$/iu;
const DESCRIPTION = /\b(?:description|descriptif)\b\s*(?:(to|:|=|en|par|[àa]|is|est)\s*)?(?::\s*)?(\S[\s\S]*)$/iu;
/**
 * A line that only gives a description, with no verb: "la description : …", "description: …",
 * "voici la description : …", "nouvelle description pour le bureau : …", "the description is …".
 */
export const DESCRIPTION_GIVEN =
  /^\s*(?:(?:voici|here'?s|here\s+is)\s+)?(?:(?:la|ma|sa|the|my|its|une?|a)\s+)?(?:(?:nouvelle|new)\s+)?(?:description|descriptif)\b(?:\s+(?:of|de|du|des|d['’]|for|pour)\s*[^:=\s][^:=]{0,59}?)?\s*(?:[:=]|\s(?:is|est)\s)\s*\S/iu;

/** What follows "description" without being new text: "… of my drill", "… please", "… is wrong". */
const NO_NEW_TEXT = /^(?:(?:of|de|du|des|d['’])\b.*|(?:please|pls|plz|svp|stp|s'il te pla[iî]t|s'il vous pla[iî]t)[.!?]*)$/iu;

/**
 * A description said by chat: "set the description to …", "ajoute à la description : …", "the
 * description of the drill: …" — the words (`appending` when added to what is there) and, when
 * it says which listing, the words naming it.
 */
export function descriptionSaid(text: string): { text: string; appending: boolean; naming?: string } | undefined {
  const named = DESCRIPTION_OF.exec(text);
  const said = named ?? DESCRIPTION.exec(text);
  const words = (named ? named[2] : said?.[2])?.trim();
  if (!said || !words) return undefined;
  // New text comes after a word that introduces it ("to", ":", "en"…), or after "is" when it says
  // something ("the description is wrong" says nothing to write): else nothing is written on a guess.
  if (!named) {
    const by = said[1]?.toLowerCase();
    if (!by && !/:/.test(text.slice(said.index))) return undefined;
    if ((by === "is" || by === "est") && words.split(/\s+/).length < 3) return undefined;
    if (NO_NEW_TEXT.test(words)) return undefined;
  }
  const appending = /\b(add|ajoute|rajoute|append|complete)\b/i.test(text.slice(0, said.index + 1));
  return { text: words, appending, ...(named?.[1] ? { naming: named[1] } : {}) };
}

/**
 * "titre : Vélo de ville", "rename it to …", "appelle-la …": the new title. What introduces it is
 * taken whole (`(?=(…))\1` never gives back a space), so a line is read one way only: "rename"
 * and 12,000 spaces took minutes, and a line that stops there ("appelle-la ") has no title.
 */
const TITLE_SAID =
  /(?:^|\b)(?=((?:titre|title|rename(?: it)?(?: to)?|renomme(?:-la|-le)?(?: en)?|appelle(?:-la|-le)?)\s*(?:(?::|=|en|to|par)\s*)?))\1(.+)$/i;

export function draftCorrection(said: string, locale: Locale): Slots | undefined {
  let text = said;
  const tokens = tokenize(text);
  const folded = foldText(text);
  const correction: Slots = {};
  const read = interpret(text, locale);
  // A clear other request ("dis à Owen que …", "je cherche un canapé à 10 km de Lyon") is not a correction.
  // "à Lyon 7e" may read as a search of nothing; "any bikes in nice" is a search of bikes.
  const correcting = CORRECTING.has(read.intent) || (read.intent === "search_listings" && tokens.length <= 4 && read.slots.q === undefined);
  if (!correcting && read.confidence >= 0.6) return undefined;
  // "je vends ma lampe 20 €" while the desk waits: another posting, never the desk's new price.
  if (read.intent === "create_listing" && typeof read.slots.title === "string" && OPENS_WITH_OFFER.test(text.trim())) return undefined;
  // "set the description to …", "ajoute à la description : …": the member's words, whole.
  const description = descriptionSaid(said);
  if (description) return description.appending ? { addedText: description.text } : { description: description.text };
  // Longer than what the understanding reads, a line is no correction of a field (nothing applied on a partial reading):
  // the draft waits, and no reader below scans a 12,000-character line.
  if (said.length > MAX_ANALYSED_CHARS) return undefined;
  // A long message with no word of correcting is something else ("looking for a guitar within 20 km of lyon").
  if (tokens.length > 6 && !CORRECTION_CUES.test(folded)) return undefined;
  // "… et ajoute qu'il y a 4 chaises avec", "and add that it comes with 4 chairs": words for the description.
  const added = ADDED_TEXT.exec(text);
  if (added?.[1]) {
    correction.addedText = added[1].trim();
    text = text.slice(0, added.index);
  }
  const title = TITLE_SAID.exec(text);
  const renamed = renameOf(text);
  if (renamed) correction.title = renamed.title;
  else if (title?.[2]) correction.title = title[2].trim();
  else if (read.intent === "update_listing" && typeof read.slots.title === "string") correction.title = read.slots.title;
  if (correction.title === undefined) {
    if (/\b(sans prix|pas de prix|no price|remove the price|enleve le prix)\b/.test(folded)) correction.withoutPrice = true;
    else if (isGiveaway(text)) correction.price = 0;
    else {
      const priced = PRICE_WORDS.test(folded);
      const cued = bareAmount(folded);
      const amount = amountIn(text, tokens) ?? (priced ? Number(/(\d+)/.exec(text)?.[1]) * 100 || undefined : undefined) ?? cued;
      // Only money said as money sets the price ("120 €", "le prix c'est 120", "à 120", "pour 300", "actually
      // it's 120"); a number alone is asked about ("42": a size or 42 €?), a year, a postcode or a measure never is.
      const money = priced || cued !== undefined || moneyNamed(text) || (MONEY_LEAD.test(text) && !numberIsNoPrice(folded));
      if (amount !== undefined && money) correction.price = amount;
      else if (amount !== undefined && LONE_NUMBER.test(text) && !numberIsNoPrice(folded)) correction.priceToConfirm = amount;
    }
    const place = placeIn(text, tokens);
    if (place) correction.place = place;
    // "in dollars", "non, 120 euros": the currency is now the member's.
    const currency = namedCurrency(text);
    if (currency) Object.assign(correction, { currency, currencyUnsaid: false });
  }
  // "c'est 2019", "12 volts", "taille 42": a year, a measure or a size is no price, and the member's words are kept.
  if (Object.keys(correction).length === 0 && tokens.length <= 6 && numberIsNoPrice(folded)) correction.addedText = said.trim();
  if (Object.keys(correction).length === 0) return undefined;
  // "le prix c'est 120, elle a une petite rayure": what the correction says beyond its fields goes to the description.
  const beyond = correction.addedText === undefined ? saidBeyond(text, correction) : undefined;
  if (beyond) correction.addedText = beyond;
  return correction;
}

/** Words of a correction that only say what it corrects ("actually", "non", "plutôt", "titre", "in dollars"). */
const CORRECTION_FILLERS = new Set([
  ...MONEY_WORDS,
  ...wordsOf(
    "actually fait plutot non no not pas instead changer corrige correct corriger sorry pardon oops wait attends finalement " +
      "finally rather okay donc so well bon alors oui yes ah oh euh hmm was mean veux dire dis titre title nom name rename " +
      "renomme appelle tarif lieu ville town place comme set make put call called mettre",
  ),
]);

/** The clauses of a correction that say something its fields do not ("…, and it has a small scratch"). */
function saidBeyond(text: string, correction: Slots): string | undefined {
  const clauses = text
    .split(/\s*(?:[,;.!?()]+|\b(?:and|et|but|mais|also|aussi)\b)\s*/i)
    .map((clause) => clause.trim())
    .filter((clause) => clause && wordsNoFieldHolds(clause, correction, CORRECTION_FILLERS));
  if (clauses.length === 0) return undefined;
  return clauses.join(", ");
}

/** Units after which a number is a measure, not a price ("2 ans", "180 cm", "6 places", "12 volts"). */
const MEASURE_AFTER =
  /^\s*(?:ans?|years?|yrs?|mois|months?|cm|mm|m|km|kg|g|l|places?|personnes?|people|seats?|x|h|min|v|volts?|w|watts?|kw|kwh|mah|ah|pouces?|inch(?:es)?|go|gb|mo|mb|to|tb|ghz|mhz|hz|cv|ch|hp|cc|cl|ml|bars?|pieces?|pcs|tours?|vitesses?|speeds?|mpx?|megapixels?|litres?|liters?|metres?|meters?|kilos?|grammes?|grams?|ko|kb|portes?|doors?|roues?|wheels?)\b/;
/** Words after which a number is a size, a model or a year ("taille 42", "modèle 2019", "du 42"). */
const MEASURE_BEFORE =
  /\b(?:taille|pointure|size|modele|model|annee|year|numero|number|no|ref|reference|version|serie|series|generation|gen|mk|type|format|du|from|since|depuis|circulation|immatriculee?|registered|built|made|achete|bought|code postal|postcode|postal code|zip)\s+$/;
/** Words that say a number is a price. */
const PRICE_WORDS = /\b(prix|price|tarif|cout|coute|costs?|vendu|sold|selling)\b/;
/** "à 120", "pour 300", "for 90", "at 120", "120 €": money said as money. */
const MONEY_LEAD = /(?:^|\s)(?:à|a|pour|for|at)\s+\d/iu;
/** A line that is only a number: "42", "120.". */
const LONE_NUMBER = /^\s*\d{1,7}(?:[.,]\d{1,2})?\s*[.!]*\s*$/u;

/** A currency or a word for money said: "120 €", "50 balles", "120 bucks". */
function moneyNamed(text: string): boolean {
  return (
    namedCurrency(text) !== undefined || tokenize(text).some((t) => MONEY_WORDS.has(t.folded) || /^\d+(?:e|eur|euros?)$/.test(t.folded))
  );
}

/**
 * Whether the line's number says something other than a price: a year ("c'est 2019", "it's a
 * 2019"), a postcode ("75011"), a measure ("12 volts", "3 pièces") or a size ("taille 42").
 */
export function numberIsNoPrice(folded: string): boolean {
  const words = folded.replace(/[^a-z0-9]+/g, " ");
  for (const match of words.matchAll(/\b(\d+)\b/g)) {
    const value = Number(match[1]);
    const before = words.slice(0, match.index);
    const after = words.slice((match.index ?? 0) + (match[1]?.length ?? 0));
    if (/^\d{5}$/.test(match[1] ?? "") || (value >= 1900 && value <= 2099)) return true;
    if (MEASURE_AFTER.test(after) || MEASURE_BEFORE.test(before)) return true;
  }
  return false;
}

/** "actually it's 120", "c'est 120", "c'est à 120", "plutôt 90", "make it 90": one bare number said as the new price. */
function bareAmount(folded: string): number | undefined {
  const words = folded.replace(/[^a-z0-9]+/g, " ");
  const said = /\b(?:actually|en fait|plutot|make it|it s|its|c est(?: a)?)\s+(\d{1,7})\b(.*)$/.exec(words);
  if (!said?.[1] || numberIsNoPrice(folded) || (words.match(/\d+/g) ?? []).length !== 1) return undefined;
  return Number(said[1]) * 100;
}
