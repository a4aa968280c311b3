/**
 * Slot filling: reads the values an intent needs from the tokens (money in minor units,
 * radius, place through the gazetteer, skills through the taxonomy, ordinals, recipient and
 * message body, what is wanted in exchange) and what is left becomes the title or the query.
 * Slot names are the REST fields' names.
 */

import { linkCodeIn } from "../../accounts/link-code-format.ts";
import { canonicalSkill, findSkills, isSkillWord } from "../../ai/skills.ts";
import { inferCategory } from "../../listings/category-inference.ts";
import { localCurrency } from "../../places/currency.ts";
import { countryNamed, inFranceOverseas, inMembersCountry, resolvePlace, townsCalled } from "../../places/gazetteer.ts";
import { regionAt } from "../../places/regions.ts";
import { foldText, words } from "../../text/normalize.ts";
import type { Intent, Slots } from "../intents.ts";
import { dictionaryWords } from "./dictionary.ts";
import { distancesIn, isDistanceUnit } from "./distance.ts";
import { townOfDistrict } from "./districts.ts";
import { GAZETTEERS } from "./generated-corpus.ts";
import { readNotificationSlots } from "./notification-slots.ts";
import { numberInWords } from "./number-words.ts";
import {
  AGE_AND_DURATION_UNITS,
  AUXILIARIES,
  DETERMINERS,
  DURATION_UNITS,
  FRENCH_SUBJECTS,
  HELP_WORDS,
  introduction,
  looksLikeInfinitive,
  PEOPLE,
  QUANTITY_WORDS,
  RECURRENCE_WORDS,
  SUBJECTS,
  VAGUE_THINGS,
} from "./phrase-grammar.ts";
import { priceEndingAnAd, type Token, tokenize } from "./text.ts";
import { NAMES_IN_CORPUS } from "./training-corpus.ts";

/** Verbs of moving house, said in the first person or as "moving". */
const MOVING_HOUSE = "demenage demenageons demenagent pars partons move moving moved relocating".split(" ");
/** Verbs of moving away: the town after them is where the member goes ("je déménage à Montréal"). */
const MOVING = new Set([...MOVING_HOUSE, ..."demenager part partir relocate emigrate emigre etudier studying".split(" ")]);
/** Verbs of leaving: the town after "de" / "from" is the one left ("je déménage de Nanterre", "leaving from Leeds"). */
const LEAVING = [...MOVING_HOUSE, "leaving", "quitte"];
/** A change of title: the words after it are the new title's, not instructions. */
const RENAMING = /\b(titre|title|renomme\w*|rename\w*|retitle\w*)\b/;
/** Words after which a number in words is an amount: "under a hundred", "moins de cinquante", "budget fifty". */
/** Words that ask for an order, before the order itself: "triées par distance", "sorted by price". */
const ORDERING_WORDS = [
  "trie",
  "tries",
  "triee",
  "triees",
  "trier",
  "triez",
  "tri",
  "sort",
  "sorted",
  "order",
  "ordered",
  "classe",
  "classes",
  "classee",
  "classees",
  "classer",
  "range",
  "ranges",
  "rangees",
];
const BOUND_WORDS = new Set("under below than max maximum budget de jusqu to around about environ sous for pour".split(" "));
/** Words between a price's cue and its amount: "prix global", "asking about", "tarif total". */
const PRICE_QUALIFIERS = new Set(
  "global total globale demande fixe ferme negociable about around environ approx roughly only just".split(" "),
);
/** Moneys whose names are also words ("pen", "won", "cop", "dt"): read as money only in capitals or after a large amount. */
const AMBIGUOUS_CURRENCY: Record<string, string> = Object.assign(Object.create(null), {
  won: "KRW",
  cop: "COP",
  pen: "PEN",
  ron: "RON",
  dt: "TND",
  soles: "PEN",
  lira: "TRY",
  yuan: "CNY",
  // ("Rs 7500, Port Louis"; never the "RS" of a Clio 3 RS)
  rs: "INR",
});
/** Money written as a sign, before or after its amount: "€40", "₦650,000", "¥3,000", "GH₵ 500", "₹5000". */
const MONEY_SIGN = /^[€$£₦₵¥₹₩₱₺₪₴₽฿₫]$/u;
/** "CHF 200", "AED 150", "KSh 85,000": a currency's code typed before the amount, as on price tags abroad. */
const CODE_BEFORE = /^(?:[A-Z]{3}|KSh|Ksh|FCFA|Dhs?|Rs)$/;
/** The letters written against "$" that say whose dollar (or real) it is: "HK$", "R$", "S$", "C$", "A$". */
const DOLLAR_PREFIXES: Record<string, string> = Object.assign(Object.create(null), {
  hk: "HKD",
  r: "BRL",
  s: "SGD",
  sg: "SGD",
  c: "CAD",
  ca: "CAD",
  a: "AUD",
  au: "AUD",
  nz: "NZD",
  us: "USD",
  mx: "MXN",
});
/** Currencies called pesos: which one is the town's. */
const PESOS = new Set(["MXN", "COP", "ARS", "CLP"]);
/** Rupees, named alike in India, Mauritius, Pakistan, Sri Lanka, Nepal and the Seychelles. */
const RUPEES = new Set(["INR", "MUR", "PKR", "LKR", "NPR", "SCR"]);
/** Currencies called dollars. */
const DOLLARS = new Set(["USD", "CAD", "AUD", "NZD", "SGD", "HKD"]);
/** "80 bucks": money in slang that names no currency (dollars of any country, or just "money"): the member's own. */
const LOCAL_MONEY = "local";
export const CURRENCY: Record<string, string> = {
  boules: "EUR",
  bucks: LOCAL_MONEY,
  buck: LOCAL_MONEY,
  quid: "GBP",
  // Québec: "30 piasses"
  piasses: "CAD",
  piasse: "CAD",
  piastres: "CAD",
  piastre: "CAD",
  chf: "CHF",
  francs: "CHF",
  // "80 frs le tout": francs as the Swiss abbreviate them
  frs: "CHF",
  // Scandinavia's crowns ("kr" is the crown of the town said: Copenhagen's, Oslo's, else Stockholm's) and Poland's złoty
  sek: "SEK",
  dkk: "DKK",
  nok: "NOK",
  kr: "SEK",
  kroner: "DKK",
  kronor: "SEK",
  zl: "PLN",
  zł: "PLN",
  pln: "PLN",
  zloty: "PLN",
  zlotys: "PLN",
  zlotych: "PLN",
  cad: "CAD",
  sgd: "SGD",
  fcfa: "XOF",
  cfa: "XOF",
  xof: "XOF",
  // Morocco: "15000 dh", "200 dhs"
  mad: "MAD",
  dh: "MAD",
  dhs: "MAD",
  dirham: "MAD",
  dirhams: "MAD",
  // Haiti, the Congo, Algeria, the Emirates: "500 gourdes", "25 000 FC", "1 800 000 DA", "150 AED"
  gourdes: "HTG",
  gourde: "HTG",
  htg: "HTG",
  fc: "CDF",
  cdf: "CDF",
  da: "DZD",
  dzd: "DZD",
  dinars: "DZD",
  aed: "AED",
  // Africa, Asia and the Americas as members there name their money ("60k naira", "150 cedis", "800 baht",
  // "30,000 won", "15 million dong", "500k pesos" — the pesos of the town said, Mexico's else)
  naira: "NGN",
  ngn: "NGN",
  "₦": "NGN",
  "₵": "GHS",
  "₹": "INR",
  "₩": "KRW",
  "₱": "PHP",
  "₺": "TRY",
  "₪": "ILS",
  "₴": "UAH",
  "₽": "RUB",
  "฿": "THB",
  cedis: "GHS",
  cedi: "GHS",
  ghs: "GHS",
  dong: "VND",
  vnd: "VND",
  "₫": "VND",
  baht: "THB",
  thb: "THB",
  krw: "KRW",
  hkd: "HKD",
  rmb: "CNY",
  cny: "CNY",
  pesos: "MXN",
  ars: "ARS",
  clp: "CLP",
  ksh: "KES",
  kes: "KES",
  // (East and Central Africa's moneys, by their code: "15000 RWF per box", "50,000 UGX", "20 000 TSh")
  rwf: "RWF",
  frw: "RWF",
  ugx: "UGX",
  tzs: "TZS",
  tsh: "TZS",
  bif: "BIF",
  ringgit: "MYR",
  myr: "MYR",
  egp: "EGP",
  // Tunisia, and currencies members abroad write by their code (never one that is also a word: "pen", "won", "cop")
  tnd: "TND",
  isk: "ISK",
  czk: "CZK",
  huf: "HUF",
  inr: "INR",
  rupees: "INR",
  roupies: "INR",
  brl: "BRL",
  mxn: "MXN",
  zar: "ZAR",
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  // "120 eu": a shorthand typed on phones
  eu: "EUR",
  balles: "EUR",
  bals: "EUR",
  $: "USD",
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  "£": "GBP",
  gbp: "GBP",
  livres: "GBP",
  pounds: "GBP",
  // the Pacific's franc ("80 000 F CFP", "50 000 XPF" in Nouméa or Papeete), Japan's yen, Australia's dollar
  xpf: "XPF",
  cfp: "XPF",
  yen: "JPY",
  jpy: "JPY",
  "¥": "JPY",
  aud: "AUD",
  nzd: "NZD",
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(CURRENCY, null);
const MAX_CUES = ["moins", "max", "maximum", "maxi", "jusqu", "under", "below", "less", "up", "budget", "sous", "plafond", "cheaper"];
/** Cues written after the amount: "80 tops", "100 balles grand max", "500 minimum". */
const MAX_AFTER = new Set(["max", "maximum", "maxi", "tops", "top", "grand", "au"]);
const MIN_AFTER = new Set(["min", "minimum", "mini"]);
const DAY_CUES = ["j", "d", "jour", "jours", "day", "daily", "tjm", "journalier", "journee", "jr"];
const HOUR_CUES = ["h", "heure", "hour", "hourly", "horaire", "hr"];
const KM_UNITS = new Set(["km", "kms", "kilometres", "kilometre", "kilometers", "kilometer", "bornes"]);

const PLACE_PREPOSITIONS = new Set([
  "a",
  "au",
  // "aux Sables-d'Olonne", "aux Gets": the town's own article in the plural
  "aux",
  // "round Chamonix": around, clipped
  "round",
  "vers",
  "sur",
  "in",
  "near",
  "around",
  "at",
  "pres",
  "proche",
  "autour",
  "cote",
  "dans",
  "loin",
  "proximite",
  "close",
  // "secteur Tours", "zone Rennes nord", "banlieue de Lyon", "suburbs of Leeds"
  "secteur",
  // ("… pour faire du jus. coin de Domfront": the corner of the country, said alone)
  "coin",
  "banlieue",
  "suburbs",
  // "plumber serving Charleroi and surroundings", "covering Leeds": where a trade works
  "serving",
  "covering",
  // "j'habite Millau", "on habite Vire": where the member lives, said without "à"
  "habite",
  "habitons",
  // "I'm just outside Saint-Gaudens", "just outside of Leeds": where the member lives, by the town it is next to
  "outside",
]);
/** Words between a preposition and the town: "dans le coin de", "du côté de", "in the area of", "pas loin de". */
const PLACE_LEAD_INS = new Set(
  (
    "de d du the la l le les coin cote region environs alentours secteur area vicinity proximite quartier outskirts of to " +
    // "in north London", "in central Manchester", "greater Manchester"
    "north south east west central northern southern eastern western greater downtown " +
    // a venue of the town: "à la fac de Poitiers", "au marché de Saint-Brieuc", "near the station in York"
    "fac faculte universite university uni campus marche market gare station centre center centre-ville downtown hopital hospital aeroport airport plage " +
    // "à la médiathèque de Millau", "au stade de Lézignan", "au CHU de Purpan" (a hospital is no town called "Chu")
    "mediatheque bibliotheque library mairie stade salle eglise church chu clinique clinic lycee college ecole school mosquee piscine gymnase " +
    // "à la salle des fêtes de Brioude", "à la salle polyvalente de Vire"
    "des fetes fete polyvalente communale paroissiale"
  ).split(" "),
);
/** Venues named by a word that also opens towns' names ("Port-au-Prince"): a lead-in only in lower case before "de"/"of". */
const HARBOUR_WORDS = new Set("port marina harbour harbor quai".split(" "));
/** Articles after which a word is part of the thing, never a town: "a van", "the bath", "un mans". */
const ARTICLES_BEFORE_A_THING = new Set("a an the un une le la les des du my mon ma mes your ton ta".split(" "));
/** English words before "a" that make it the article ("with a van"), not "à" typed without its accent. */
const ENGLISH_BEFORE_A = new Set(
  "with for need needs have has got get selling sell sells buy buying want wants is s and or of like rent renting hire lend borrow find giving give offering offer post list swap swapping trade trading was plus bought found".split(
    " ",
  ),
);
/** Words after which a town's name has ended: "in nice under 100", "à tours pour 50". */
const AFTER_PLACE = new Set(
  "under moins max maximum pour for with avec sans entre between below less budget and et ou or who qui que that within rayon around near pls please stp svp merci thanks then instead plutot alors now maintenant".split(
    " ",
  ),
);
/** Months and days: "in August", "à Mars" (the month), "on Sunday" name a time, never a town. */
/** A day written short with its capital ("for Wed", "Sat am"): when; in lower case "sat", "sun", "wed" are words. */
const shortDay = (token: Token | undefined) => /^(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(token?.text ?? "");
const CALENDAR_NAMES = new Set(
  (
    "january february march april may june july august september october november december " +
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche"
  ).split(" "),
);
/** Words that are also the names of towns somewhere: never a place unless written after a preposition with a capital. */
const NOT_PLACES = new Set(
  "nice tours orange sale mission marie velo vente bar sens mobile reading bath split cher moins plus demain table place gap vendre most".split(
    " ",
  ),
);
/** Months as people shorten them: "Aug 23", "12 sept". */
const SHORT_MONTHS = new Set("jan feb mar apr jun jul aug sep sept oct nov dec janv fev avr juil aout".split(" "));
/** Feasts and holidays, also the names of hamlets somewhere: "reçu à Noël", "at Easter" say when, never where. */
const HOLIDAYS = new Set("noel christmas xmas paques easter toussaint halloween hanukkah ramadan tabaski aid eid".split(" "));
const ARTICLES = new Set(["la", "le", "les", "l"]);
/** Words of an event: "at" before its venue ("at Wembley", "at the O2") names no town of the member's. */
const EVENT_WORDS = new Set(
  "ticket tickets billet billets concert concerts gig gigs show shows match game festival spectacle tour".split(" "),
);
/** Countries that share their name with a town somewhere ("on part au Canada" is no Cañada): never a listing's town. */
const COUNTRIES = new Set("canada suisse italy brazil scotland england wales uk usa us mexico".split(" "));
/** The verbs of looking for something, whose object is what a search looks for. */
const LOOKING_VERBS = [
  "looking",
  "searching",
  "cherche",
  "cherchons",
  "recherche",
  "jcherche",
  "need",
  "needs",
  "besoin",
  // ("il lui faudrait un bureau enfant", "il me faut un vélo": what is needed follows)
  "faut",
  "faudrait",
  "find",
  "trouver",
  "trouve",
  // "check for used textbooks …", "browse bikes in Leeds"
  "check",
  "browse",
];
/**
 * A search for what others sell, give, lend or offer, said as such (folded words): its listings are
 * offers. "anyone selling a cot in Ghent?", "qui vend du miel à Épinal ?", "des vélos à vendre sur
 * Montreuil ?", "people who give lessons", "les offres de ménage" (never what is rented).
 */
const OFFERS_ASKED =
  /\b(?:(?:anyone|anybody|someone|somebody|who s|who is|whos|who|people|folks|gens|personnes|qui|qqn|qq1|qlq1|quelqu un|des gens|du monde)(?: \S+){0,3} (?:selling|sells|sell|giving away|gives away|give away|gives|give|offering|offers|offer|lends|lend|renting out|rents out|vend|vendent|donne|donnent|prete|pretent|propose|proposent|offre|offrent)|offering their services|offer their services|proposent leurs services|for sale|a vendre|a donner|up for grabs|to give away|sont proposes|sont proposees|on offer|(?:offres|offers) (?:de|of|for)|(?:les|des|the|any|recent|latest|new|nouvelles|dernieres) (?:offres|offers))\b/;
/** How a thing reaches its buyer: "or shipping", "ou envoi". */
/** Those whose ages a range after them gives: "kids 5-12", "enfants 6 à 10 ans". */
const AGES_OF = new Set("kids children child enfants enfant ados ado teens teenagers boys girls garcons filles aged".split(" "));
/** Fees an amount is said to be: "£25 call-out", "30€ le déplacement", "£50 deposit". */
const FEE_WORDS = new Set("call-out callout deplacement deposit caution fee fees frais acompte".split(" "));
const DELIVERY_WORDS = new Set(["shipping", "delivery", "postage", "envoi", "livraison", "expedition", "courrier", "post"]);
/** Words after which a preposition says where the thing is fetched or the member is based. */
const FETCH_CUES = new Set(
  "based collection collect pickup recuperation recuperer recup retrait viewing visible meet dispo disponible installe installee habite habitons live lives".split(
    " ",
  ),
);
/** What "4K" defines: a screen or a camera's picture. */
const SCREEN_WORDS = new Set(
  "tv tele television ecran screen monitor moniteur projecteur projector camera cameras gopro oled qled uhd hdr video videos display smart led lcd".split(
    " ",
  ),
);
/** Words that can only lead to a place: "près de", "à côté de", "dans le coin de", "near", "around". */
/** Verbs that take skills out of a profile, and that put them in (folded): "enlève wordpress et mets vue". */
// ("et vire angularjs", "ditch jquery": taken out, in the members' words)
export const REMOVING_SKILLS = ["enleve", "retire", "supprime", "remove", "delete", "drop", "enlever", "retirer", "vire", "virer", "ditch"];
export const ADDING_SKILLS = ["ajoute", "ajouter", "rajoute", "add", "plus", "mets", "mettre", "put", "include", "inclus"];
const REMOVE_SKILL_VERBS = new Set(REMOVING_SKILLS);
const SKILL_VERB = new RegExp(`\\b(${[...REMOVING_SKILLS, ...ADDING_SKILLS].join("|")})\\b`, "g");
/** A part of a town said after its name: "guidel plage", "lorient harbour", "vannes ouest". */
const TOWN_PARTS = ["plage", "port", "harbour", "harbor", "marina", "nord", "sud", "ouest", "north", "south", "west", "beach"];
/** A part of a town said after its name, ending the line: "Metz centre", "rouen rive gauche". */
const TOWN_PART_PHRASES = new Set([
  ...TOWN_PARTS,
  ..."centre center centreville downtown est east sud-est nord-est sud-ouest nord-ouest".split(" "),
  "centre ville",
  "city centre",
  "city center",
  "rive gauche",
  "rive droite",
]);
const STRONG_PLACE_LEADS = new Set([
  // ("vers mirepoix ?": towards a town; "vers 18h" names no town)
  "vers",
  "pres",
  "proche",
  "autour",
  "cote",
  "coin",
  "near",
  "around",
  "close",
  "vicinity",
  "proximite",
  "alentours",
  "environs",
  // ("région de Sion", "region de Tours": a region is named after its town)
  "region",
]);
/** Words of a sale and brands that far towns are also called: "£20 ONO", "Kawasaki Z900", "mangas Naruto". */
const NEVER_A_TOWN = new Set("ono obo nego kawasaki toyota nokia naruto lacoste".split(" "));
/**
 * The town a candidate names. A lower-case word that no word of either language could be is read as
 * written with its capital ("autour de sanary" is Sanary-sur-Mer, as "Sanary" is): the gazetteer reads
 * a town's first word alone only with its capital, so that "sable" names no Sablé-sur-Sarthe.
 */
const townNamed = (candidate: string) => {
  if (COUNTRIES.has(candidate.toLowerCase()) || NEVER_A_TOWN.has(foldText(candidate))) return undefined;
  // (across a comma, only a town and its country: "in Paris, offering mixing" is Paris and an offer)
  const afterComma = /,([^,]*)$/.exec(candidate)?.[1];
  if (afterComma !== undefined && (!countryNamed(afterComma) || /^\s*\p{Ll}{2}\s*$/u.test(afterComma))) return undefined;
  const place = resolvePlace(candidate);
  if (place || !/^\p{Ll}{4,}$/u.test(candidate) || dictionaryWords().has(foldText(candidate))) return place;
  return resolvePlace(candidate.charAt(0).toUpperCase() + candidate.slice(1));
};
/** The words before who signs: "Merci beaucoup, Léon", "Bien à vous, René", "Kind regards, Alan", "With best wishes, Edith". */
const SIGN_OFF =
  /(?:^|[.!])\s*(?:merci|thanks?|thank you|many thanks|cordialement|bien (?:à|a) vous|(?:kind |best |warm )?regards|bises|amiti[ée]s|best(?: wishes)?|yours(?: faithfully| sincerely| truly)?|cheers|[àa] bient[ôo]t|bonne (?:journ[ée]e|soir[ée]e)|with (?:best|kind|many|warm) (?:wishes|thanks|regards))\b[^.!?]*$/iu;
/** A letter's salutation opening the line: "Dear all,", "Dear Sir or Madam,", "Chers voisins,", "Madame, Monsieur,". */
const SALUTATION =
  /^\s*(?:(?:dear|chers?|ch[èe]res?)\s+(?:sir or madam|sir|madam|all|everyone|neighbou?rs|friends|members|voisin(?:e)?s|ami(?:e)?s|membres|tous|toutes|habitants)(?:\s+(?:and|et)\s+\p{L}+)?|madame,?\s+monsieur|mesdames(?:,| et)\s+messieurs|bonjour (?:à|a) tous(?: et (?:à|a) toutes)?)\s*[,!:]/iu;
/** How much a member would be grateful, and the verb before it: "I'd be very grateful", "je serais très reconnaissante". */
const POLITE_DEGREES = new Set("very most so really ever extremely be tres vraiment serais serai".split(" "));
/** Words before a clock's time: "at 10.30", "vers 14.30", "until 6.45". */
const CLOCK_LEADS = "at a vers from till until by before after des around rdv avant apres jusqu".split(" ");
/** A parent and the town they live in: "mon père (91 ans, Langres)", "ma mère qui habite à Thiers", "my mum lives in Tenby". */
const RELATIVE_WITH_TOWN =
  /\b(?:[Mm]on|[Mm]a|[Mm]y|[Nn]otre|[Oo]ur)\s+(?:p[èe]re|m[èe]re|papa|maman|dad|mum|mom|mother|father|grand-m[èe]re|grand-p[èe]re|grandmother|grandfather|gran|granny|grandad|grandpa|oncle|tante|uncle|aunt(?:ie)?)\s*(?:\([^()]*?,\s*(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*)\s*\)|,?\s*(?:qui habite|qui vit|who lives|lives|living)\s+(?:(?:à|a|in|at|near)\s+)?(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*))/u;
/** Where a member comes from, said as such: "native speaker from Dublin", "natif de Porto", "originaire de Dakar". */
const ORIGIN_SAID =
  /\b(?:native(?: speaker)? (?:from|of)|natif de|native de|originaire de|originaires de)\s+(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)*)/gu;
/** Where a thing is collected, or where the member is from: "collect from Much Wenlock", "pick up in Leyton", "je suis de Ciney". */
const PICKUP_PLACE =
  /\b(?:[Cc]ollect(?:ion)?|[Pp]ick(?:-| )?up|[Pp]ickup|[Jj]e suis de|[Oo]n est de|[Nn]ous sommes de)\s+(?:only\s+)?(?:(?:from|in|at)\s+)?(\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|les|lès|sur|en|on|upon))*)/u;
/** A town in lower case ending the line after a word of fetching, or alone in its closing bracket ("… (kirkby stephen)"). */
const PICKUP_OR_BRACKETED_IN_LOWER_CASE =
  /\b(?:collect(?:ion)?|pick(?:-| )?up|pickup)\s+(?:only\s+)?(?:(?:from|in|at)\s+)?(\p{Ll}[\p{L}'’-]{2,}(?: \p{Ll}[\p{L}'’-]{2,})?)\s*[.!]*\s*$|\((\p{Ll}[\p{L}'’-]{2,}(?: \p{Ll}[\p{L}'’-]{2,})?)\)\s*[.!]*\s*$/u;
/** A ride asked or offered: "a lift to …", "covoit", "take me to …", "conduire les personnes à …". */
const A_RIDE =
  /\b(?:lifts?|rides?|carpool\w*|covoit\w*|drive (?:me|us|him|her)|take (?:me|us|him|her) to|driving to|conduire|emmener|m'emmener|accompagner|l'accompagner)\b/iu;
/** Where a ride leaves from, or where its member lives: "from Castletownshend", "je pars de Tavannes", "I live out at Abbotsham". */
const RIDE_ORIGIN =
  /(?:\b(?:from|leaving from|depuis|au d[ée]part de|d[ée]part de|je pars de|on part de|i live (?:out )?(?:in|at)|we live (?:out )?(?:in|at)|j'habite (?:à|a)?|je reste (?:à|a)|je vis (?:à|a)|i'm based in|based in)\s+)(\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|les|lès|sur|en|on|upon|d'\p{Lu}[\p{L}'’-]*))*)/gu;
/** A town's whole name, as typed without its hyphens, capitals or accents: "la rochelle" is La Rochelle, "golfe juan" Golfe-Juan. */
const sameTownName = (name: string, typed: string) => foldText(name).replace(/[-'’]/g, " ") === foldText(typed).replace(/[-'’]/g, " ");
/** Where members' villages are, named alone as often as their towns. */
const STANDING_ALONE_COUNTRIES = new Set(["FR", "BE", "CH", "LU", "MC", "CA", "GB", "IE"]);
/** A name of three words or more, within one part of the sentence: when a town's, typed out on purpose ("la trinite sur mer"). */
const spelledOut = (candidate: string, n: number) => n >= 3 && !/[,;]/.test(candidate);
/**
 * Why a member is reported, in the words people use (folded), first match wins: a scam before
 * spam ("fake listings to scam people"), spam before harassment ("keeps spamming me").
 */
const REASONS: [string, RegExp][] = [
  [
    "scam",
    /\b(demande l argent avant|asks? (?:for )?(?:the )?money (?:first|before)|arnaque|arnaqu\w*|escroc\w*|escroqu\w*|scam\w*|fraud\w*|fraude|voleur|voleuse|thief|ripped|rip off|ripoff|con artist|vole|garde l argent|kept my money|kept the money|jamais envoye|never sent|never paid|jamais paye|never received|never arrived|jamais recue?s?|jamais arrivee?s?|never got (?:it|them|the (?:item|thing|parcel|package))|fake|faux|fausse|bidon|phishing|gift cards?|cartes? cadeaux?|western union|mandat cash|paysafecard|coupons? (?:pcs|neosurf|transcash)|neosurf|transcash|(?:payer|paye|pay|paid) (?:\w+ ){0,3}(?:avant de (?:voir|recevoir)|before (?:seeing|viewing|receiving))|paid and|j ai paye et|took my money|a pris mon argent|a disparu|disappeared|vanished|ghosted me|payer d avance|pay upfront|pay in advance|advance payment|(?:argent|acompte|virement|paiement|payer) d avance|(?:money|payment|deposit) (?:up ?front|in advance)|asked (?:me )?for (?:money|a deposit) (?:up ?front|in advance|first))\b/,
  ],
  [
    "spam",
    /\b(spam\w*|pub|pubs|publicite|ads|advertising|en boucle|m inonde\w*|flood\w* (?:me|us|the|my|our|le|la|les|mes|nos|ma|mon|moi|chat|group|channel)|bombarde\w*|chain messages?|crypto|liens? douteux|dodgy links?|(?:poste|postes|publie|reposte|posts?|posting|reposts?) (?:la meme annonce|les memes annonces|the same (?:ad|ads|advert|adverts|listing|listings|post|posts))|\d+ fois la meme annonce|the same (?:ad|advert|listing|post) (?:everywhere|again and again|over and over)|(?:la meme|sa) (?:annonce|pub) partout|adverts?|advertis\w*)\b/,
  ],
  // (pictures that are not right are inappropriate, however rude: "rude photos in his listing", "his pics are not ok")
  [
    "inappropriate",
    /\b(?:(?:rude|nasty|dodgy|offensive|inappropriate|explicit|gross|choquantes?|deplacees?|indecentes?|limites?) (?:photos?|pics?|pictures?|images?)|(?:photos?|pics?|pictures?|images?) (?:(?:are|is|sont|est) )?(?:not ok|not okay|pas ok|pas correctes?|pas nettes?|limites?|dodgy|rude|nasty|gross|inappropriate|deplacees?|choquantes?))\b/,
  ],
  [
    "harassment",
    /\b(insult\w*|bad words|gros mots|harcel\w*|harass\w*|menace\w*|threat\w*|abuse|abusive|abusif|creepy|creep|stalk\w*|rude|lourd|relou|injur\w*|bully\w*|intimid\w*|won t leave me alone|me lache pas|hitting on me|drague\w*|sexist\w*|racist\w*|raciste\w*|agressi\w*|aggressive|insistant\w*|keeps? (?:messaging|texting|dming|calling) me|pushy|insiste\w*|m (?:ecrit|appelle|relance) \d+ fois|won t stop (?:messaging|texting|dming|calling|writing)|arrete pas de m (?:ecrire|envoyer)|m envoie des (?:messages|msgs?|sms|textos) (?:tous les|toutes les|sans arret|a toute heure)|keeps sending me (?:messages|texts|dms)|messages bizarres|weird messages|creepy messages|(?:messages|mots|msgs?) (?:grossiers|vulgaires)|grossier\w*|(?:rude|nasty|offensive|vile|filthy|horrible) (?:messages|texts|dms|language|remarks|comments))/,
  ],
  [
    "inappropriate",
    /\b(gross pics|gross photos|gross pictures|photos degueu\w*|dick pics?|inapproprie\w*|inappropriate|deplace|offensive|choquant\w*|nude|nudes|porn\w*|explicit|sexual|sexuel\w*|obscene|nsfw|vulgaire|vulgar|indecent\w*)/,
  ],
  [
    "prohibited_item",
    /\b(interdit\w*|illegal\w*|prohibited|drogue\w*|drugs?|arme|armes|weapons?|guns?|fusil|contrefa\w*|counterfeit|stolen goods|medicaments|prescription)/,
  ],
  // a member who did not come: none of the kinds above, still a reason
  [
    "other",
    /\b(never showed up|never showed|never shows up|never came|didn t show|did not show|no show|no-show|ghosted|jamais venu\w*|pas venu\w*|n est pas venu\w*|pose un lapin|lapin|vient jamais|viennent jamais|venue jamais|never (?:comes|turns up|shows)|doesn t (?:turn|show) up|(?:annule|cancels?) (?:toujours|tout le temps|all the time|every time|a chaque fois)|reason other|raison autre|motif autre|other reason|autre raison|autre motif)\b/,
  ],
];

/** "code 123 456", "my code is RLX-4821", "le code : K7P2QX": what follows the word "code". */
const CODE_AFTER_CUE =
  /\bcode\b(?:\s+(?:de liaison|de lien|de connexion|reçu|received))?\s*(?:is|est|c'est|cest|c(?=\s)|:|=|-)?\s*([A-Za-z0-9](?:[A-Za-z0-9]|[ .-](?=[A-Za-z0-9])){3,15})/i;

/** Words after which a person is named: "this guy Marco", "l'utilisateur Julien", "un certain Paul", "named Kim". */
const PERSON_MARKERS = new Set(
  "guy gars mec type dude user utilisateur utilisatrice membre member person personne certain certaine nomme nommee named called appele appelee denomme".split(
    " ",
  ),
);
/** First names the corpus uses: words of its vocabulary that are still people's names. */
/** Words a noun follows, never a verb: an article, a possessive, a verb of offering ("vends montre 20€"). */
const NOUN_LEADS =
  "un une ma mon ta ton sa son la cette ce des mes tes ses nos vos vends vend vds donne echange cherche recherche troque prete vendre".split(
    " ",
  );
/** What closes an ad after its town: ", €15/h", ", 20 € de l'heure", ", £40 a day". */
const PRICE_ENDING =
  /^\s*,\s*(?:[€$£]\s*)?\d+(?:[.,]\d+)?\s*(?:€|\$|£|eur|euros?|chf|balles|quid|pounds?|dollars?)?\s*(?:\/\s*(?:h|hr|hour|heure|j|jour|day|séance|session)|(?:an|per|a|de l['’]|par|la|le)\s*(?:hour|heure|h|day|jour|séance|session))?\s*[.!]*\s*$/iu;
/** Places emptied of their things, and the verbs that empty them: "clearing my late husband's workshop", "on vide le grenier". */
const CLEARED_PLACES = new Set(
  "house home workshop garage loft attic shed flat barn cellar maison atelier grenier cave appartement appart grange chalet".split(" "),
);
const CLEARING = new Set(
  "clearing clear cleared emptying empty emptied vider vide vidons videz vidait debarrasser debarrasse debarrassons".split(" "),
);
/** Particles that end a compound after a hyphen: "ride-on", "walk-in", "built-in", "drop-off", "pop-up". */
const HYPHENED_PARTICLES = new Set("on in off out up over down back by away".split(" "));
/** Prefixes bound to a word by a hyphen: "sous-vêtements", "après-ski", "demi-lune", "anti-moustiques". */
const BOUND_PREFIXES = new Set("sous apres avant arriere demi mi semi anti non super extra multi mini maxi micro".split(" "));
/** Particles that open a last name: "de Villiers", "van Dijk", "Le Gall", "Ben Ali", "da Silva", "El Amrani". */
const NAME_PARTICLES = new Set(
  "de du des d van von der den ter ten da di do dos das del della le la el al ben bin ibn abu ould mac".split(" "),
);
/** Words a model's or a volume's number follows: "série 3", "iphone 8", "tome 2", "saison 4". */
const MODEL_NUMBER_WORDS = new Set(
  "serie series version generation gen model modele type taille size pointure numero tome volume vol saison season episode mk mark niveau level classe class".split(
    " ",
  ),
);
/** Words that open or join the bounds of a range: "entre 50 et 200", "between 50 and 200", "de 50 à 200". */
const RANGE_LINKS = new Set("entre between et and de from a to".split(" "));
/** The little words inside a town's name: "Saint-Jean-de-Luz", "Villard-sur-Doron", "La Teste-de-Buch". */
export const NAME_LINKS = new Set("st ste saint sainte sur sous en de du des la le les l d lez".split(" "));
const FIRST_NAMES = new Set([...(GAZETTEERS.name ?? []).map((n) => foldText(n)), ...NAMES_IN_CORPUS]);
/** A first name as people are called ("marie", "thomas"), folded. */
export const isFirstName = (folded: string) => FIRST_NAMES.has(folded);
/** A word of the intent or the grammar, never of the object. */
export const isFunctionWord = (folded: string) => FUNCTION_WORDS.has(folded);
/** Titles that come with the name: "Mme Dupont", "Mr Smith". */
const HONORIFICS = new Set("mme mlle m mr mrs ms miss dr madame monsieur mademoiselle".split(" "));

const PRONOUNS = new Set(
  (
    "lui elle le la les l leur her him them it vendeur vendeuse seller owner proprietaire proprio cet cette ce this that the " +
    "un une a an moi me mon ma my vous you toi te il personne person member membre quelqu quelqu'un someone user utilisateur guy lady man woman girl mec type gars dame fille"
  ).split(" "),
);

/** Words naming the member's town in a profile ("change ma ville pour …"). */
const PROFILE_TOWN_WORDS = new Set("ville city town location localisation commune village".split(" "));
/** Words after which "to", "in", "à", "sur" say where the member now is ("I moved to …", "je suis à …"). */
const PRESENT_TOWN_CUES =
  // ("je bosse maintenant sur Sion", "I work in Geneva now": where the member works now is their town too)
  "moved move moving demenage demenagee installe installee suis im am back live habite based base basee uniquement only site bosse travaille work works working maintenant now".split(
    " ",
  );

/** Rides, whose destination is part of what they are ("a lift to Barcelona airport"). */
const TRANSPORT_NOUNS = new Set(
  "ride rides lift lifts covoit covoiturage carpool carpooling navette navettes trajet trajets shuttle shuttles transfer transfers".split(
    " ",
  ),
);
/** Where a ride goes, besides a town. */
const DESTINATIONS = new Set("airport aeroport gare station port terminal".split(" "));

/** Ordinals of a year of study ("first year", "1ère année"); "last year" stays a time. */
const YEAR_OF_STUDY = "first second third fourth fifth final 1st 2nd 3rd 4th premiere deuxieme troisieme 1ere 2eme 3eme".split(" ");

/** Homes, which a town names ("my Lyon flat"), unlike brands. */
const DWELLINGS = new Set("flat apartment appartement appart studio house maison room chambre loft home cottage villa".split(" "));
/** Units a price is given by after a slash ("1.50/kg", "0,10/mot"); no letter alone, which may be a size ("38/M"). */
const SLASHED_UNITS = new Set(["kg", "kilo", "litre", "liter", "m2", "mot", "word", "page"]);

/** What a thing is free of ("gluten free cakes", "sugar-free jam"): its kind, never its price. */
const WITHOUT_FREE = new Set(
  "gluten sugar lactose dairy nut alcohol caffeine cruelty plastic hands smoke pet bpa fragrance fat salt duty tax latex soy egg".split(
    " ",
  ),
);

/** Words that carry the intent or the grammar, never the object. */
const FUNCTION_WORDS = new Set(
  (
    "je j tu il elle on nous vous me m moi mon ma mes ton ta tes son sa ses notre nos votre vos un une le la les l des du de d au aux " +
    "ce cet cette ces c ca cela ceci et ou mais pas ne n y t il s qu que qui quoi quel quels quelle quelles si en par pour avec sans via " +
    "chui chuis jsuis pourrait pourriez pourrions sommes etes serait seraient interesse interessee interesses interessees interested " +
    "cherche cherches chercher recherche recherches rechercher cherchons trouve trouver trouves voudrais veux voulais voudrait aimerais " +
    "souhaite besoin faut ai as avoir est sont suis achete acheter vends vend vendre propose proposer proposes donne donner offre offrir " +
    "echange echanger troque troquer publie publier poste poster ajoute ajouter cree creer mets mettre met montre montrer montrez affiche afficher affichez trouvez cherchez " +
    "annonce annonces demande demandes vente louer loue prete preter preter quelqu quelqu'un dispo disponible disponibles svp stp merci " +
    "marketplace enfin deja vraiment already really recently bonjour salut coucou hello dear please pls plz thanks hi hey yo salam salamalekum salamalekoum mbote bonjou dama nazo mwen ka jaay teka vann actually anyway btw finalement finally bref pr re ve ll we they i im m me my mine you your a an the of to on at in into its by for with from and or but " +
    "not no is are am was be been do does have has had want wanna need needs needed looking look find search show see get give giving " +
    "sell selling sale offer offering swap trade trading post posting list listing ad ads any anyone anybody someone somebody some " +
    "something got there where can could would like buy buying away tu as y-a-t-il ya a-t-il es est-ce qqn qq quelque peux pouvez pourrais " +
    "ligne online up put new nouvelle nouvel nouveau creer create add wanted request requests adverts advert les who wants veut " +
    "il me faut dans rayon within radius kilometres km autour alentours environs pres near around close proche cote coin region " +
    "cheap cher chere chers pas bon marche prix price euros euro balles dollars eur usd free gratuit gratuitement contre against exchange " +
    "echange voici voila ici here this that these those also aussi encore still svp please merci thx tks avez avons so ideally " +
    "idealement searching searched lookin somewhere quelque part possible if could would should vous plait plutot rather instead maybe peut etre lookin " +
    "barely occasion obo asap rn atm urgent ceder cede debarrasser debarrasse vds jvd vd faire fais do doing lend lending prete preter pretes our their notre leur " +
    "louer loue offering offers troc alors donc chez anywhere partout juste just before avant voila everyone bjr slt list jvend jvends jdonne jcherche jai qqn qqun qq1 qlq1 tjrs " +
    // what it is for or how it is fetched, how old it is: not the thing itself
    "sous genre like disons say though quand meme tops maxi mini jusqu visio visioconference online domicile niveau level pendant during durant emprunter borrow borrowing recuperer recup pickup secondhand old aurais aurait auriez aurez specifically especially particularly notamment surtout browsing browse partir"
  ).split(" "),
);
/** Words around a search that are not what is searched: "anything for a …", "listings for …". */
const SEARCH_FILLERS = new Set(
  (
    "postes postees publies publiees posted posts anything anyone listings listing annonces annonce after comme offres offre offers offering requests demandes only seulement min mini ok what quoi chez abord bro bros bruh dude dudes guys folks hmm hm hmmm euh bah actually newest avance besoins propose qui in know knows connais connait connaissez " +
    // who has it and how it is given: "des gens qui donnent des meubles", "des meubles donnés"
    "gens personnes people folks monde se donnent vendent pretent proposent offrent louent donnes donnees donnee offerts offertes offert offerte " +
    // other ways of saying "find": "tu peux me dégoter …", "can you source me …"
    "degoter degote denicher deniche choper chopper procurer trouverais trouverait source hunt fetch grab then okay " +
    // nothing in particular: "anything really", "n'importe quoi"
    "really vraiment whatever importe " +
    // the results on screen, in a follow-up: "the most recent ones first", "et ceux qui en cherchent ?"
    "ones ceux celles first most cherchent veulent recherchent " +
    // how it is asked: "voir les offres de déneigement", "ya qqch en matos de camping", "des gens qui échangent des jeux"
    "voir qqch quelquechose echangent echangeant troquent urgence " +
    // "looking thru the listings for …", "going through the listings - anything …", "anything interesting for …"
    "thru through going listed interesting " +
    // "je cherche parmi les annonces …", "vous pourriez me montrer …", "liste les annonces de …", "cherche sur Relais …", "jveu voir …"
    "parmi among pourriez pourrais pouvez pourrait liste lister afficher affiche relais jveu jveux regarde regarder " +
    // asking whether it exists or who is good: "ça existe des cours de poterie ?", "recommendations for a plumber?"
    "existe existent exist exists recommendations recommendation recommandations recommandation recs recommend recommande recommander"
  ).split(" "),
);
/** Skills of the taxonomy that name a field of work rather than a tool. */
const FIELDS_OF_WORK = new Set([
  "data engineering",
  "data science",
  "ux design",
  "ui design",
  "product management",
  "project management",
  "copywriting",
  "translation",
  "video",
  "design",
  "graphic design",
  "marketing",
  "illustration",
  "photography",
]);
const MISSION_WORDS = new Set(
  (
    "mission missions freelance freelances job jobs gig gigs contrat contrats contract contracts boulot taf travail work offre offres " +
    "bosser travailler taffer " +
    "poste postes dev developpeur developpeuse developer developers engineer ingenieur consultant remote teletravail distance distanciel " +
    "paying payant paye paid day jour par per tjm rate taux plus more than over au moins least dollars euros pour moi me for full time " +
    "temps plein partiel full least designer designers a day min mini minimum ok what quoi are there sont " +
    // "les missions qui collent à mon profil", "gigs that match my skills": the member, not a search term
    "collent colle correspondent correspond match matches matching matchent fit fits suit suited skills competences profil profile mon my " +
    // "en rapport avec mon profil", "remote friendly", "anything for a …"
    "rapport friendly anything something chui chuis jsuis " +
    // ("stack Vue + Laravel", "techno : Java/Spring": the word that introduces the skills)
    "stack techno technos " +
    // ("nouvelles missions photographe …", "spark et airflow de préférence": how new or how wished, no work)
    "nouvelles nouveaux nouvelle nouveau new latest recent recentes preference preferably idealement ideally " +
    // ("any remote jobs going?", "work I could do from home", "du boulot que je peux faire de chez moi"): where and how, no work
    "going around home chez moi i can could do faire peux pourrais que je from de at part-time " +
    // ("un mandat de data scientist": the word of Québec and Switzerland for a mission; "mission longue en régie",
    // "contract roles outside IR35": how long and on what terms, no work)
    "mandat mandats longue longues courte courtes regie portage ir35 inside outside roles role"
  ).split(" "),
);

/** "I can fix …", "je peux garder …", "on peut aider …": a service the member can do (not money, a borrowing or a pick-up). */
const CAN_DO =
  /\b(?:i|we|je|j|on|nous) (?:can|could|peux|pourrais|peut|pourrait|pouvons) (?:also |aussi |egalement |easily |facilement )?(?!pay|payer|paye|give \d|donner \d|afford|borrow|emprunter|pick|collect|venir|come|meet|recuperer|chercher|passer|send|envoyer|deliver|livrer|drop|deposer|be\b|etre\b|me\b|m\b|te\b|vous\b|do it\b|le faire\b|negoci|negotiat|discuss|discuter|go\b|aller\b)[a-z]{3,}/;

/**
 * "I want a mobile mechanic", "we'd like a babysitter", "je voudrais un vélo": the member wanting a thing or a person,
 * said in the first person (never "anyone want a sofa?", asked of others, nor "I want to sell …", a verb).
 */
const FIRST_PERSON_WANTS =
  /\b(?:i|we|je|j|on|nous)\s+(?:really\s+|would\s+|d\s+)?(?:want|veux|voudrais|voudrions|voulons|veut|aimerais|aimerions|like)\s+(?:an?|some|un|une|des|du|de la)\s+(?!(?:(?:regular|new|long term|more|few|nouveaux|nouvelles)\s+)?(?:clients?|customers?|students?|pupils?|eleves?|bookings?|reservations?)\b)[a-z]/;

/** "budget 60", "budget : 300", "budget max 800", "my budget is 200": what the member can spend, so the member wants. */
const BUDGET_SAID =
  /(?<!\b(?:votre|your|every|each|tous les|chaque|petits?|all|any|tout) )\bbudget\s*(?:(?:is|est|de|of|max|maximum|maxi|around|about|environ|autour de|jusqu a|up to|:|-)\s*)*(?:\d|[€$£]\s*\d)/;

/**
 * "anyone available to mow my lawn?", "quelqu'un de dispo pour tondre ma pelouse ?", "is anyone free to walk my dog":
 * someone asked to be free for the member's task is someone wanted, not the member offering their time.
 */
export const SOMEONE_FREE_FOR_MY_TASK =
  /\b(?:anyone|anybody|someone|somebody|qqn|qqun|qq1|quelqu un|quelqu'un|quelqu’un)\s+(?:(?:de|d|d'|d’)\s*)?(?:(?:is|est|serait|would be)\s+)?(?:available|free|around|dispo|disponible)\s+(?:(?:this|next|on|ce|cette|demain|tomorrow|today|aujourd'hui)\s+\S+\s+)?(?:to|pour)\s+(?:help\s+(?:me\s+)?|m'aider\s+[àa]\s+|m aider a\s+)?[\p{L}'’-]{2,}\s+(?:(?:up|out|over|after|down)\s+)?(?:my|our|me|us|ma|mon|mes|notre|nos|m'|m’|m\s|nous|the|le|la|les)\b/iu;

/** A task on what is the member's asked of whoever can, over folded words: "qui peut garder mon chat", "who could fix our fence". */
const TASK_ASKED_OF_ANYONE =
  /^(?:(?:hi|hey|hello|salut|bonjour|coucou) )?(?:who|qui|qqn|qqun|qq1|quelqu un|anyone|anybody|someone|somebody|can anyone|could anyone|can someone|could someone|is anyone|is anybody)\s+(?:can|could|would|peut|pourrait|saurait|able to|is able to)\s+(?!post|publish|publie|poste|explain|tell|expliqu|dire|show|montre|help me (?:find|understand)\b)(?!(?:use|have|take|collect|pick|adopt|want|recuperer|reprendre|venir|prendre|passer prendre|adopter|accueillir|recueillir|profiter|debarrasser|me debarrasser)\b)(?:[a-z'-]+\s+){1,5}?(?:my|mon|ma|mes|our|notre|nos|me|m|nous|us)\b(?![^?]*\?\s*(?:(?:it s|c est)\s+)?(?:free|gratuit|gratos|a donner|je (?:le |la |les )?donne))/;
/** A task on what is the member's, asked of whoever can: "qui peut garder mon lapin ?" (the line's folded words). */
export function asksATaskOfAnyone(foldedLine: string): boolean {
  return TASK_ASKED_OF_ANYONE.test(foldedLine);
}
/** How often something happens: "souvent", "parfois", "often", "sometimes". */
const HOW_OFTEN = new Set("souvent parfois rarement often sometimes regularly regulierement frequently frequemment".split(" "));
/** Words of trading that make a later "LF" or "and want" say what is wanted back. */
const TRADE_WORDS = new Set("swap swapping trade trading echange".split(" "));
/** A trader's line: "FT: …", "FT/LF: …", "WTT …", "WTS: …", opening the line or what follows its first colon (in capitals). */
export const FOR_TRADE_HEAD = /^(?:[^:]{0,40}:\s*)?(?:FT|WTT|WTS)(?:\s*\/\s*LF)?(?=[\s:])/u;
/**
 * A notice of a pet or a thing lost or found, opening the line: "PERDU chat tigré …", "LOST: grey tabby cat …", "Found:
 * young black and white cat …", "j'ai trouvé un chien …" — a posting (a want when lost, an offer when found), never a
 * message nor a search. The heading is no part of the thing.
 */
export const LOST_OR_FOUND =
  /^\s*(?:(?:urgent|help|svp|please|aidez[- ]moi)\W+)?(?:(?:j['’]ai|on a|nous avons|i|we|i['’]ve|we['’]ve|i have|we have)\s+)?(?<heading>(?<lost>perdue?s?|lost|missing|disparue?s?)|trouvée?s?|found)(?:\s*[:!-]+)?\s+(?:(?:un|une|le|la|les|l['’]|a|an|our|my|mon|ma|mes|notre|nos|this|ce|cette)\s*)?(?:[\p{L}'’-]+\s+){0,5}?(?:chat|chatte|chaton|chien|chienne|chiot|lapin|perroquet|perruche|oiseau|tortue|furet|hamster|cat|kitten|dog|puppy|rabbit|parrot|bird|budgie|tortoise|ferret|cl[ée]s|clefs|keys|wallet|portefeuille|doudou|t[ée]l[ée]phone|phone|lunettes|glasses|bague|ring|alliance)s?(?![\p{L}])(?!\s+(?:walker|walking|sitter|sitting|owner|food|bowl|bed|trainer|groomer|cage|basket|crate|toys?|lead|harness|flap|door|kennel|found|retrouv)(?![\p{L}]))/iu;
/** The language of a game's or a film's edition, typed in capitals after its name: "VF", "VO", "VOSTFR". */
const EDITION_LANGUAGES = new Set("vf vo vostfr vost".split(" "));
/** Where a producer sells, never what ("vente à la ferme", "at the market", "farm near Beaufort"). */
const SALE_PLACES = new Set("farm ferme market marche markets marches town village".split(" "));
/** What is done at the farm or the market when it is where a producer sells: "vente à la ferme", "collect at the farm". */
const SOLD_AT =
  "vente ventes vendu vendue vendus vendues sold sale sales selling dispo disponible available retrait collection collect pickup".split(
    " ",
  );

/**
 * "the photographer we booked just cancelled", "our DJ bailed", "notre traiteur nous a lâchés", "le baby-sitter s'est
 * désisté": the one who let the member down, said in folded words (group 1).
 */
const LET_DOWN_BY =
  /\b(?:the|our|my|notre|nos|mon|ma|le|la|l)\s+([a-z][a-z-]{1,})(?:\s+(?:we|i|qu on|que j|que nous|que on)\s+(?:had\s+|avait\s+|avions\s+|ai\s+)?(?:booked|hired|reserve|reservee|engage|engagee|pris))?\s+(?:just\s+|has\s+|vient de\s+|finally\s+)?(?:cancelled|canceled|bailed|pulled out|dropped out|let us down|let me down|no showed|annule|a annule|s est desiste|s est desistee|nous a lache|nous a laches|m a lache|m a lachee|nous a plantes|nous a plante|m a plante)\b/;

/** Words that say a thing is no longer used, before what it was used with ("ne joue plus avec", "no longer plays with"). */
const NO_LONGER_USED = new Set("plus longer anymore usage use utilise utilisent sert servent".split(" "));

/** The thanks or the greeting that closes a request after its last sentence, with that sentence's "?" or ".". */
const REQUEST_CLOSER =
  /\s*[?.!]+\s*(?:(?:many thanks|thanks?(?: you)?(?: so much| very much| a lot| in advance)?|merci(?: beaucoup| bien| d'avance| infiniment)?|bien [àa] vous|cordialement|kind regards|best regards|best|cheers|bonne journ[ée]e|bonne soir[ée]e)[\s!.]*)?$/iu;

/** "je suis électricien, …", "chui traductrice espagnol-français, …", "I'm a plumber, …": the trade the member says. */
const TRADE_I_AM =
  /(?:^|[\s,.!])(?:je suis|chui|chuis|jsuis|i'm an?|i am an?|im an?)\s+((?:freelance\s+)?\p{L}[\p{L}'-]*(?:\s+(?!et\b|and\b|[àa]\b|in\b|on\b|sur\b|based\b|bas[ée]e?\b|dispo\b|available\b)\p{L}[\p{L}'-]*){0,2})(?=\s*(?:[,.;!?]|$|\s+(?:et|and|[àa]|in|on|sur|based|bas[ée]e?|dispo|available)\b))/iu;
/** "ajoute X et Y à mes compétences", "add X and Y to my skills": the skills listed, taken as said. */
const SKILLS_ADDED =
  /^(?:(?:peux-tu|tu peux|can you|please|stp)\s+)?(?:ajoute|rajoute|ajouter|add|put)\s+(.+?)\s+(?:[àa]|dans|to|in|into|on)\s+(?:mes comp[ée]tences|mes skills|my skills(?:et)?|mon profil|my profile)\b/iu;
/** Where the member's skills are named as the place of an addition: "… to my skills", "… à mes compétences". */
const TO_MY_SKILLS = /\s(?:[àa]|dans|to|in|into)\s+(?:mes comp[ée]tences|mes skills|my skills)\b/iu;
/** The verb of an addition opening a clause: ", add", " and add", " et ajoute". */
const ADDING_IN_A_CLAUSE = /(?:[,;.!]\s*|\s(?:and|et|puis|then|also|aussi)\s+)(?:ajoute|rajoute|ajouter|add|put)\s+/giu;
/**
 * The skills added in a later clause ("I'm a landscape designer, add planting design and sketchup to my skills"), read in
 * two linear passes (where "to my skills" is, then the last verb of adding in the 150 characters before it), never a
 * possession added to a profile ("add my phone number to my profile").
 */
function skillsAddedInAClause(text: string): string | undefined {
  const to = TO_MY_SKILLS.exec(text);
  if (!to) return undefined;
  const from = Math.max(0, to.index - 150);
  const before = text.slice(from, to.index);
  const verb = [...before.matchAll(ADDING_IN_A_CLAUSE)].at(-1);
  if (!verb) return undefined;
  const listed = before.slice((verb.index ?? 0) + verb[0].length).trim();
  return /^(?:my|mon|ma|mes|a|an|the|un|une|le|la|les)\s/i.test(listed) ? undefined : listed;
}
/** "add to my profile that I can do bookkeeping and Sage accounts", "ajoutez à mon profil que je sais faire la compta". */
const SKILLS_ADDED_THAT =
  /^(?:(?:peux-tu|pouvez-vous|tu peux|can you|could you|please|stp)\s+)?(?:ajoute[zr]?|rajoute[zr]?|add|put|mets|mettez)\s+(?:[àa]|dans|sur|to|in|on)\s+(?:mes comp[ée]tences|my skills|mon profil|my profile)\s+(?:que|qu'|that)\s*(?:je (?:sais|peux) (?:faire )?|je fais |j'ai (?:de l'exp[ée]rience en |fait )|i can (?:do )?|i do |i know |i'?m good at )(?:de la |du |des |de l'|la |le |les |l')?(.+?)(?:[,.;!?]|$)/iu;
/** "retire X de mes compétences", "remove X from my skills", "take X off my skills". */
const SKILLS_REMOVED =
  /^(?:(?:peux-tu|tu peux|can you|please|stp)\s+)?(?:enl[eè]ve|retire|supprime|vire|remove|delete|ditch|take out|take off|take)\s+(.+?)\s+(?:de|des|from|off)\s+(?:mes comp[ée]tences|my skills(?:et)?|mon profil|my profile)\b/iu;
/** "ajoute ableton à mes compétences, enlève cubase": a skill taken out bare, after the member's skills were named. */
const SKILL_REMOVED_AFTER =
  /(?:comp[ée]tences|skills|rate|tarif|taux|profile|profil)\b[^.;!?]*?(?:[,;]\s*|\s(?:et|and|puis|then)\s+)(?:enl[eè]ve|retire|supprime|vire|remove|delete|drop|ditch|take out|take off)\s+(?!(?:my|mon|ma|mes|the|le|la|les)\s)([^,.;!?\s]+(?:\s[^,.;!?\s]+){0,2})\s*(?:[,.;!?]|$)/iu;
/** "je ne fais plus de wordpress", "je bosse plus sur angular", "I don't do PHP anymore", "no longer doing jQuery". */
const SKILLS_GIVEN_UP =
  /\b(?:je ne fais plus|je fais plus|j'fais plus|jfais plus|je ne bosse plus|je bosse plus|i don'?t do|i no longer do|no longer doing|i'?m done with|i stopped doing)\s+(?:de |d'|du |sur |any |with )?([^,.;!?]{2,40}?)(?:\s+(?:anymore|any more|d[ée]sormais|maintenant))?\s*(?:[,.;!?]|$)/iu;
/** Roles that name a mission's work with what follows or precedes them ("data engineer", "dev mobile"), and nothing alone. */
const ROLE_WORDS_OF_MISSIONS = new Set(
  "dev devs developpeur developpeuse developpeurs developer developers engineer engineers ingenieur ingenieure designer designers consultant consultante".split(
    " ",
  ),
);
const MISSION_WORDS_BUT_ROLES = new Set([...MISSION_WORDS].filter((w) => !ROLE_WORDS_OF_MISSIONS.has(w)));
/**
 * What a query keeps of the thing: how it was had before stays as said ("vélo d'occasion", "used road bike": 32 of
 * the studied writers' 51 such searches keep it; the search itself reads it as no word of the thing, see
 * search/query-words.ts), but not whom it is for when that is a kind of person ("cours de français for adults",
 * "piano lessons for beginners"), nor a connector left at either end.
 */
const FOR_WHOM =
  /\s+(?:for|pour)\s+(?:(?:les|des|the|mon|ma|mes|my|our|nos|notre)\s+)?(?:adults?|adultes?|beginners?|d[ée]butant(?:e|s|es)?|all levels|tous niveaux|seniors?|students?|[ée]tudiant(?:e|s|es)?|lyc[ée]ens?|coll[ée]giens?|son|daughter|fils|fille)(?:\s+.*)?$/iu;
const END_CONNECTORS = new Set("in of for with de du des d pour avec en a au aux the le la les un une et and ou or at to sur".split(" "));

export function cleanQuery(q: string): string {
  // ("wardrobe hunting": the hunt is the member's, the wardrobe the thing)
  let out = q
    .replace(FOR_WHOM, "")
    .replace(/\s+hunting$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  for (;;) {
    const words = out.split(" ");
    const first = foldText(words[0] ?? "").replace(/['’]$/, "");
    const last = foldText(words.at(-1) ?? "");
    if (words.length > 1 && END_CONNECTORS.has(last)) out = words.slice(0, -1).join(" ");
    else if (words.length > 1 && END_CONNECTORS.has(first)) out = words.slice(1).join(" ");
    else break;
  }
  return out.replace(/^[\s,;:!?.-]+|[\s,;:!?.-]+$/g, "");
}

const ORDINALS: Record<string, number | "last"> = {
  premier: 1,
  premiere: 1,
  "1er": 1,
  "1ere": 1,
  first: 1,
  "1st": 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  "2e": 2,
  "2eme": 2,
  "2nd": 2,
  troisieme: 3,
  third: 3,
  "3e": 3,
  "3eme": 3,
  "3rd": 3,
  quatrieme: 4,
  fourth: 4,
  "4e": 4,
  "4eme": 4,
  "4th": 4,
  cinquieme: 5,
  fifth: 5,
  "5e": 5,
  "5th": 5,
  sixieme: 6,
  sixth: 6,
  septieme: 7,
  seventh: 7,
  huitieme: 8,
  eighth: 8,
  neuvieme: 9,
  ninth: 9,
  dixieme: 10,
  tenth: 10,
  dernier: "last",
  derniere: "last",
  last: "last",
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(ORDINALS, null);

/**
 * Nouns of time, both languages: "last" / "dernier" next to one says when ("last summer", "l'an
 * dernier", "lundi dernier", "la dernière fois"), never which item of a list.
 */
const TIME_NOUNS = new Set(
  (
    "week weeks weekend weekends end month months year years night nights time times day days hour hours minute minutes " +
    "season seasons summer summers winter winters spring autumn fall christmas xmas easter holiday holidays vacation decade century " +
    "term semester quarter monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december " +
    "semaine semaines mois an ans annee annees jour jours journee nuit nuits soir soiree matin heure heures fois temps saison ete " +
    "hiver printemps automne noel paques vacances decennie siecle trimestre semestre rentree lundi mardi mercredi jeudi vendredi " +
    "samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
  ).split(" "),
);
/** Words between "last" and its time: "the last few weeks", "last 3 months", "last couple of days". */
const COUNT_FILLERS = new Set(
  "few couple 2 3 4 5 6 7 8 9 10 two three four five six seven eight nine ten deux trois quatre cinq".split(" "),
);

/** Words after which a number names an item of a list: "la 2", "number 3", "match #2", "annonce n° 4". */
const RANK_MARKERS = new Set(
  "numero number no n num nº # la le l the au du mission match annonce listing conversation conv ad proposition item".split(" "),
);
/** Markers that name a list's item, after which even a number in words is a rank ("number three", "numéro deux"). */
const COUNT_MARKERS = new Set("numero number num nº # mission match annonce listing conversation proposition".split(" "));
/** "until the 15th", "jusqu'au 3e": a date, not a rank. */
const BEFORE_DATES = new Set("until till from by before after since jusqu depuis avant apres".split(" "));

/**
 * "6e", "7ème", "8th", "1re", "2de" after an article or a marker (or opening the message): the
 * rank in a list. Elsewhere such a word is an arrondissement ("Paris 11e") or a date ("the 8th").
 */
function rankIn(word: string, before: string, index: number): number | undefined {
  const match = /^(\d{1,2})(?:e|eme|er|ere|re|de|d|nd|st|rd|th)$/.exec(word);
  if (!match || (index > 0 && !RANK_MARKERS.has(before))) return undefined;
  const rank = Number(match[1]);
  return rank >= 1 && rank <= 10 ? rank : undefined;
}

/** "number three", "numéro deux", "match four": a number in words after a marker of a list's item. */
function countAfterMarker(word: string, before: string): number | undefined {
  const value = NUMBER_WORDS[word] ?? EXTRA_COUNTS[word];
  return value !== undefined && value <= 10 && COUNT_MARKERS.has(before) ? value : undefined;
}
const EXTRA_COUNTS: Record<string, number> = { four: 4, six: 6, seven: 7, sept: 7, eight: 8, huit: 8, nine: 9, neuf: 9 };
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(EXTRA_COUNTS, null);

const LANGUAGES: Record<string, string> = {
  francais: "fr",
  french: "fr",
  anglais: "en",
  english: "en",
  espagnol: "es",
  spanish: "es",
  allemand: "de",
  german: "de",
  italien: "it",
  italian: "it",
  portugais: "pt",
  portuguese: "pt",
  arabe: "ar",
  arabic: "ar",
  chinois: "zh",
  chinese: "zh",
  neerlandais: "nl",
  dutch: "nl",
  catalan: "ca",
  turc: "tr",
  turkish: "tr",
  polonais: "pl",
  polish: "pl",
  russe: "ru",
  russian: "ru",
  japonais: "ja",
  japanese: "ja",
  wolof: "wo",
  lingala: "ln",
  gallois: "cy",
  welsh: "cy",
  irlandais: "ga",
  irish: "ga",
  breton: "br",
  basque: "eu",
  grec: "el",
  greek: "el",
  suedois: "sv",
  swedish: "sv",
  roumain: "ro",
  romanian: "ro",
  ukrainien: "uk",
  ukrainian: "uk",
  vietnamien: "vi",
  vietnamese: "vi",
  coreen: "ko",
  korean: "ko",
  hindi: "hi",
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(LANGUAGES, null);

const CUES = new Set(
  (
    "a au avec de of to with from message dm text tell ask contact contacte contacter report signaler signale est is ecris ecrire write " +
    "reponds repondre reply answer dis demande envoie send profil profile flag bloque previens prevenir msg let pour ecrit wrote qui did ping text sms texte reporting signalement"
  ).split(" "),
);

/** Other words that make a posting an offer: lending, giving away, "free", "dispo". */
const OFFER_WORDS = new Set(
  "prete preter pretes lend lending lends loue louer rent renting gratuit gratuite gratos free offering offers troc dispo vendu jdonne jvends jvend jprete".split(
    " ",
  ),
);

/** Words that make a compound with "up": "stand up paddle", "pop up tent", "pick up truck", "make up kit". */
const UP_COMPOUNDS = new Set("stand pop pick make push roll pull warm".split(" "));
/** Units that are also things counted: "mes 2 enfants", "my 3 kids", "2 tickets". */
const COUNTED_NOUNS = new Set("enfants kids chambres rooms tickets billets cartons boxes livres books manettes controllers".split(" "));
/** What comes with a thing, counted: "PS5 avec 2 manettes", "Xbox with 2 controllers". */
const ACCESSORY_COUNTS = new Set("manettes controllers".split(" "));
/** Containers and lots, named by what they hold: "bottles of my homebrew", "bocaux de ma confiture". */
const CONTAINERS = new Set(
  (
    "can cans bottle bottles jar jars box boxes bag bags sack sacks crate crates pack packs dozen " +
    "bouteille bouteilles bocal bocaux pot pots sac sacs cagette cagettes cageot cageots caisse caisses carton cartons boite boites panier paniers douzaine"
  ).split(" "),
);
/** Weights and volumes a harvest is counted in: "3 kilos", "10 litres". */
const MEASURES = new Set("kilo kilos kg kgs litre litres liter liters l lb lbs pound pounds".split(" "));
/**
 * What others posted, asked ("what have people posted near Nantes this week?", "qu'est-ce qui a été posté à Nantes ?",
 * "do people here sell honey?"): a search of their listings, never a posting nor the member's own.
 */
export const OTHERS_POSTINGS_ASKED =
  /^(?:(?:hi|hey|hello|salut|bonjour|ok|so|alors)[\s,!]+)?(?:what(?: have| has|'s| did| are| were)? (?:people|others|members|folks|everyone|anyone|somebody|someone)(?: \S+)? (?:post(?:ed)?|list(?:ed)?|put up|sell(?:ing)?|offer(?:ed|ing)?)|what(?:'s| has)? been (?:posted|listed|put up)|(?:do|does) (?:people|folks|members|anyone|anybody)(?: \S+){0,2} (?:sell|give|offer|lend|rent)|qu'?est[- ]ce qu(?:i a été|'on a|e les gens ont) (?:post|publi|mis en ligne|propos|vend)|(?:y a|il y a) quoi (?:de neuf|comme annonces?)|quoi de neuf)\b/i;
/** Politeness after a search's town: "… la clusaz stp". */
const FILLER_TAIL = new Set("stp svp pls please plz merci thanks".split(" "));
/** Crowns, one word for three currencies: the town says which. */
const CROWNS = new Set(["SEK", "DKK", "NOK"]);
/** Hiring someone: a want, whose object is who is hired ("for hire" is a rental offer, not this). */
const HIRING = ["hiring", "recrute", "recrutons", "embauche", "embauchons"];
/** Paying: what follows in its clause is how the member pays ("je paye bien", "I'll pay whatever is fair"). */
const PAYING_VERBS = new Set("pay paye paie payer paierai payerai paying pays".split(" "));

/** Verbs of giving, selling, swapping: the object follows them. */
const OFFER_VERBS = [
  // (selling said in the members' other languages: Wolof "dama jaay", Lingala "nazo teka", Antillean Creole "an ka vann")
  "jaay",
  "teka",
  "vann",
  // "letting go of my desk", "parting with my record player"
  "letting",
  "parting",
  // "bringing back Japanese knives on request", "je ramène des épices du Maroc"
  "bringing",
  "ramene",
  // "rehoming my rabbit": an animal given a new home
  "rehoming",
  "rehome",
  // "subletting my room", "sublet my studio": a home let for a while ("looking to sublet" wants one, see kind())
  "subletting",
  "sublet",
  "vends",
  // ("je revends ma calculatrice": sold on)
  "revends",
  "revend",
  "revendre",
  "vend",
  "vendre",
  "propose",
  "donne",
  "offre",
  "sell",
  "selling",
  "offer",
  "give",
  "giving",
  "troque",
  "echange",
  "swap",
  "trade",
  "vente",
  "sale",
  "mets",
  "put",
  "prete",
  "preter",
  "donner",
  "donnons",
  "lend",
  "lending",
  "offering",
  "ceder",
  "cede",
  "debarrasser",
  "debarrasse",
  "separe",
  "vds",
  "jvd",
  "vd",
  "fabrique",
  "teach",
  "echanger",
  "swapping",
  "trading",
  "list",
  // "je l'échangerais bien contre …", "je le vendrais 50": the verb said as a wish
  "vendrais",
  "donnerais",
  "echangerais",
  "troquerais",
  "preterais",
  "cederais",
  // "nous donnons une armoire", "on vend nos vélos": the member speaking for a household
  "donnons",
  "vendons",
  "pretons",
  "proposons",
  "cedons",
  "echangeons",
  // "renting out my cabin", "I want to rent out my spare room": what is let is the thing
  "renting",
  "rent",
  // ("gifting my old GameCube to whoever wants it": given)
  "gifting",
];

/** How a thing came to the member, before the thing: "bought a …", "reçu un …". */
const CAME_BY = new Set(["bought", "received", "achete", "recu", "got"]);
/** How a thing came, opening a bracket after it: "(got 2 for the wedding)", "(reçu en double)", "(cadeau de Noël)". */
const BRACKETED_CAME_BY = new Set([
  ...CAME_BY,
  "offert",
  "offerte",
  "gifted",
  "given",
  "won",
  "gagne",
  "cadeau",
  "gift",
  "present",
  "herite",
  "inherited",
]);

/** Units after a number that make it a measure (beyond NOT_MONEY_UNITS): "12000 BTU", "20000 mAh", "10000 lumens". */
const MEASURE_UNITS = new Set("btu mah lm lumens rpm tr kw kwh wh dpi mp px km kms miles mi ppm hz".split(" "));

/** Words written with a full stop that ends no sentence: "St. Louis", "M. Martin", "env. 20 ans". */
const ABBREVIATED = new Set(
  "st ste mr mrs ms dr m mme mlle no n vol env approx ca cf ref ed vs co jr sr mt ft prof sgt lt col ep inc ltd gen capt cpt".split(" "),
);

/** A message that opens on the member's own thing: "my old Casio …", "ma Switch …". */
const POSSESSIVE_OPENING = /^(?:(?:hey|hi|hello|salut|coucou|yo)\s+)?(?:my|mon|ma|mes)\s/;
/** Words of the chat around a thing ("only", "bro", "guys"), never the thing's unless capitalised as a name. */
const CHAT_WORDS = new Set("only seulement uniquement bro bros bruh dude dudes guys folks".split(" "));
/** Words written with a digit, no measure: "imprimante 3d", "TV 4K", "un 4x4". */
const DIGIT_WORDS = new Set("3d 4k 8k 5g 4g 4x4 2cv 3ds 2ds 4wd".split(" "));
/** The shorthand of classified ads: condition, price terms ("TBE", "OBO", "CC"). */
const AD_SHORTHAND = new Set("tbe ttbe be bon etat obo ono neg nego cc ttc ht hs fcfa".split(" "));
/** Homes, swapped for one elsewhere. */
const HOMES = new Set("chambre chambres appart appartement studio logement maison flat room apartment house home".split(" "));
const isNumber = (word: string | undefined) => word !== undefined && /^\d+$/.test(word);

type Money = {
  start: number;
  end: number;
  amount: number;
  currency?: string;
  period?: "day" | "hour";
  role?: "min" | "max";
  /** "au lieu de 120": an amount being replaced. */
  replaced?: boolean;
  /** "920e": euros typed against the number, which a model's name can be too. */
  glued?: boolean;
};

/** Words after a number that make it a size, a quantity or a date, not money. */
/** "mon vélo cargo cherche une nouvelle famille", "this sofa needs a new home": a thing looking for its next owner (not "je cherche …"). */
/** Whether a line (its folded words) offers a thing that looks for its next owner. */
export const thingSeeksAHome = (folded: string): boolean => THING_SEEKS_A_HOME.test(folded);
const RELATIVE_OWNERS = ["my", "our", "mon", "ma", "mes", "notre", "nos"];
/** Adverbs between such a subject and its verb: "my mom literally knitted", "ma mère m'a". */
const STORY_ADVERBS = ["literally", "basically", "apparently", "accidentally", "somehow"];
/** Irregular pasts that tell such a story: "my sister made", "my roommate left". */
const STORY_PAST = new Set(
  "made left gave got bought built grew outgrew outgrown grown given taken knit sold found brought took won kept".split(" "),
);
/** A story's verbs of leaving (folded): where the member's people went, or that they died, names no thing. */
const WENT_AWAY = new Set(
  "left moved went relocated emigrated passed flew headed parti partie partis parties demenage demenagee demenages installe installee rentre rentree retourne retournee decede decedee".split(
    " ",
  ),
);
/** An English past participle, after "have" ("I have moved", "we've given away"): a verb, no thing. */
const ENGLISH_PARTICIPLE =
  /^(?:[a-z]{2,}ed|been|done|seen|gone|taken|given|grown|outgrown|written|broken|known|driven|ridden|gotten|eaten|fallen|forgotten|chosen|worn|torn|sewn|shown|thrown|drawn|begun|run|come|become|spent|sent|lent|had|put|set|cut|let|read|decided|tried)$/;
/** A French past participle as typed, after "j'ai", "on a" ("j'ai donné", "on a fini", "j'ai pris"): a verb, no thing. */
const FRENCH_PARTICIPLE =
  /(?:é|ée|és|ées|[^aeo]u|[^aeo]ue)$|^(?:fait|faite|pris|prise|mis|mise|dit|eu|vu|su|lu|bu|fini|finie|parti|choisi|offert|ouvert|appris|compris|promis)$/;
/** Politeness alone ending a message: "svp", "s'il vous plaît", "please", "thanks", "merci d'avance". */
const POLITE_ENDING =
  /^[\s,.!]*(?:s'?il (?:vous|te) pla[iî]t|svp|stp|please|pls|plz|merci(?: beaucoup| d'avance)?|thanks|thank you|thx|cheers)[\s.!🙏]*$/iu;
const HOME_NOUNS = new Set("famille foyer maison proprietaire maitre maitresse preneur preneuse home owner family".split(" "));
/**
 * Homes looked for, for the things said before ("il reste 5 chatons, je cherche des familles pour les adopter", "3
 * kittens left, looking for good homes for them"): they are given, and the homes are no part of them (folded words).
 */
export const HOMES_SOUGHT_FOR_THEM =
  /\b(?:cherche|cherchons|recherche|recherchons|looking for|seeking|searching for)\s+(?:(?:des|une|un|a|an|some|good|loving|bonnes?|nouvelles?|nouveaux)\s+)*(?:(?:familles?|foyers?|adoptants?|preneurs?|preneuses?)\s+pour\s+(?:(?:les|le|la|l)\s+(?:adopter|accueillir|recueillir|prendre)|eux|elles|chacun)|(?:homes?|families|owners?)\s+for\s+(?:them|each of them|all of them|these|those)\b(?!\s+and))/;
const THING_SEEKS_A_HOME =
  /^(?:(?:hi|hey|hello|salut|bonjour|coucou) )?(?!(?:je|j|on|nous|i|we|i m|im|we re)\b)(?!(?:(?:mon|ma|my|our|notre|nos|mes) )?(?:fille|fils|daughter|son|brother|sister|frere|soeur|mere|pere|mum|mom|dad|ami|amie|friend|copine|copain|partner|cousin|cousine|coloc|flatmate|neighbour|neighbor|voisin|voisine|enfant|enfants|kids?|child|etudiant|etudiante|student)\b)(?!.*\b(?:famille d accueil|host family)\b)(?:(?:mon|ma|mes|my|our|notre|nos|this|ce|cet|cette|ces|le|la|les|the) )?[a-z][^,.!?]{0,40}? (?:cherche|cherchent|recherche|looking for|is looking for|are looking for|needs?|seeks?) (?:un |une |a |an )?(?:nouvel(?:le)? |nouveau |new |good |bonne |bon |loving )?(?:famille|foyer|maison|proprietaire|maitre|maitresse|preneur|preneuse|home|owner|family)\b(?! qui)/;
/** After a story and a clause's start, a thing then that it is for sale or needs a home (over folded words). */
const THING_FOR_SALE_AFTER_STORY =
  /(?:^|\b(?:so|donc|alors|et|and|du coup|now|maintenant)\s|[,;]\s?)(?:(?:my|our|his|her|their|the|mon|ma|mes|sa|son|ses|notre|nos|leur|leurs|le|la|les) )([a-z][a-z0-9 -]{1,40}?) (?:is|are|est|sont) (?:for sale|up for grabs|a vendre|a donner|available|dispo|disponibles?)\b|(?:^|\b(?:so|donc|alors|et|and|du coup|now)\s|[,;]\s?)(?:(?:my|our|his|her|their|the|mon|ma|mes|sa|son|ses|notre|nos) )([a-z][a-z0-9 -]{1,40}?) (?:needs?|need|cherchent?) (?:a |an |un |une )?(?:new |nouvelle |nouveau |good |bonne )?(?:home|famille|foyer|maison|preneur|owner)\b/;
/** What follows a street number: "12 rue des Lilas", "3 bis avenue …"; "5 Elm St" (after the street's name). */
const STREET_BEFORE_NAME = new Set("rue avenue av bd boulevard chemin allee impasse quai route bis ter".split(" "));
const STREET_AFTER_NAME = new Set("st street rd road ave avenue lane ln drive dr blvd way terrace crescent".split(" "));
/** Kinds of places named after their name ("Victoria Park", "Boston Road"), capitalised. */
// (not "St", "Dr": "Bourg St Maurice" is a town)
const LANDMARKS_AFTER = new Set([
  ...[...STREET_AFTER_NAME].filter((w) => w !== "st" && w !== "dr"),
  ..."park square gardens station bridge stadium mall common boulevard".split(" "),
]);
/** Kinds of places named before their name ("gare de Lyon", "place Bellecour", "rue de Metz"), the name capitalised. */
// (STREET_BEFORE_NAME's but "av", "bd" — "BD Astérix" are comics —, "route", "chemin" — "sur la route de Belvès" says
// the town — and "bis", "ter"; not "gare de Massy", which is in Massy; "gare de Lyon", a Paris district, is districts.ts's)
const LANDMARKS_BEFORE = new Set("rue avenue boulevard quai impasse allee place parc square".split(" "));
/** Of those, the ones no other word is spelt like, whose name may be typed in lower case ("rdv rue de metz"). */
const LANDMARKS_BEFORE_IN_ANY_CASE = new Set("rue avenue boulevard quai impasse".split(" "));
/** Words after which a landmark is said as where: "pickup near Victoria Park", "in Phoenix Park". */
const LANDMARK_LEADS = new Set("near in at on by from around behind opposite pickup collection meet outside".split(" "));
const NOT_MONEY_UNITS = new Set(
  (
    "pouces pouce inch inches cm mm m m2 m² metres metre places place personnes personne pers persons people seater seats " +
    "mois months month ans an years year yo go gb to tb mo mb kg g l litres litre pieces piece pcs cc w watts v mah controllers " +
    "manettes manette jours jour days day semaines semaine weeks week heures heure hours min minutes etage etages floor floors storeys stories flights stairs chambres " +
    "rooms enfants kids tickets billets fois times of them cartons boxes livres books vitesses speeds portes doors cylindres"
  ).split(" "),
);
const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  dix: 10,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  cent: 100,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  huit: 8,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  // Belgian and Swiss French: "septante euros"
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(NUMBER_WORDS, null);

/** Where the member works or lives from ("basée à Nantes", "based in Leeds"), a participle only before a place. */
const BASED = new Set("base basee bases basees based".split(" "));
/** Words the grammar of other slots ignores but a title keeps as written: "vieux bureau", "PS5 d'occasion", "niveau lycée", "à domicile". */
/** Participles that follow a thing and say what was done to it: "montés sur jantes", "bought in 2019". */
const PARTICIPLES_AFTER = new Set(
  (
    "achete achetes achetee achetees monte montes montee montees utilise utilises utilisee utilisees porte portes portee portees " +
    "lave laves lavee lavees entretenu entretenue revise revises revisee revisees servi bought used worn washed serviced mounted " +
    "fitted purchased kept stored tested lying gathering " +
    // ("robot reçu à Noël", "vacuum received as a gift": how it came)
    "recu recus recue recues offert offerts offerte offertes received gifted herite heritee inherited " +
    // ("photographe basée à Nantes", "designer based in Leeds": where the member works, not the thing)
    "installe installee"
  )
    .split(" ")
    .concat([...BASED]),
);
/**
 * Where the first colon that opens words stands ("tell Sam: …"), -1 if none: never a time's ("at 6:45", "à 18:30") nor a
 * link's ("https://…"), which belong to what is said.
 */
function colonOpeningWords(text: string): number {
  return /(?<!\d):(?!\/\/)|:(?!\d|\/\/)/.exec(text)?.index ?? -1;
}
/** What is counted in thousands without being money: "15k shutter count", "20k followers", "120k miles". */
const COUNTED_IN_THOUSANDS = [
  "shutter",
  "shutters",
  "clicks",
  "declenchements",
  "actuations",
  "followers",
  "abonnes",
  "views",
  "vues",
  "miles",
  "mi",
  "km",
  "kms",
  "kilometres",
  "bornes",
  "hours",
  "heures",
  "subscribers",
  "likes",
  "pages",
  "mots",
  "words",
];
/** Modals before the member's verb: "I can fix …", "je peux garder …". */
const MODALS = new Set("can could will would may might peux peut pourrais pourrai sais".split(" "));
/** The member speaking ("on" is left out: in English it is a preposition). */
const FIRST_PERSON = new Set("je j i we nous".split(" "));
/** Making and doing, whose object is the service: "je fais la vidange", "I make wooden toys". */
const DOING = new Set("fais fait faisons make makes do does".split(" "));
/** Being, between a subject and what it is: "je suis couturière", "I'm a DJ". */
const COPULAS = new Set("suis es est sommes sont am m is are re was were".split(" "));
const TITLE_KEEP = new Set("old vieux vieille vieilles occasion domicile niveau level secondhand".split(" "));
/** Things named by "moving": "moving boxes", "moving blankets", "a moving van". */
const MOVING_THINGS = new Set("boxes box blankets blanket van vans truck trucks dolly straps cartons supplies sale help".split(" "));
/** Words that judge a thing without saying which: "good stuff", "decent stuff", "trucs sympas". */
/** Pronouns of someone else doing something: "he wants", "she'd like". */
const THIRD_PERSON = new Set("he she they".split(" "));
/** Who takes a thing given: "to someone who …", "à quelqu'un qui …". */
const TAKERS = new Set("someone somebody anyone anybody person people family quelqu personne famille".split(" "));
const QUALITY_WORDS = new Set(
  "good decent nice great cool quality other more cheap cheaper free fun random sympas sympa bons bien".split(" "),
);
/** Words a search keeps with its thing, as members write it: "chambre à louer", "rooms to rent", "massage à domicile", "vélo d'occasion". */
const SEARCH_KEEP = new Set("louer rent domicile occasion secondhand".split(" "));
/** "because", "parce que", "puisque": the member's reason follows, not the thing. */
/** A reason said by its noun: "car déménagement", "cause départ". */
const REASON_NOUNS = new Set("demenagement depart departs doublon mutation expatriation retraite naissance".split(" "));
const BECAUSE = new Set("because since parce puisque vu pcq pck psk parceque cuz coz bcz bc".split(" "));
/** The word that names where a listing is filed: what follows it is a category, not the thing. */
const CATEGORY_WORDS = new Set("categorie category categories rubrique".split(" "));
/** The member's family, folded, as people name them after "my", "mon" ("my husband's golf clubs", "ma fille"). */
const FAMILY_WORDS = (
  "husband wife son daughter kids mum mom mother dad father grandma grandmother granny grandpa grandad granddad grandfather nan partner ex " +
  "boyfriend girlfriend brother sister aunt uncle twins toddler mari femme fils fille enfants mere pere mamie papi papy " +
  "mamy maman papa copain copine frere soeur oncle tante cousin cousine jumeaux jumelles"
).split(" ");
/** Someone of the member's life (over folded words): the family, and the people they live or work with. */
const KIN = new Set([
  ...FAMILY_WORDS,
  // ("beau", "belle" open "belle-mère", "beau-père")
  ..."roommate roomie flatmate housemate neighbour neighbor boss friend coloc colocataire voisin voisine pote patron patronne beau belle grand".split(
    " ",
  ),
]);
/** Words of a schedule, between "available" and what for: "2 days a week", "le samedi", "weekends", "in the evenings". */
const SCHEDULE_WORDS = new Set(
  "days day a week weeks per par semaine jours jour le les in the on weekends weekend evenings mornings afternoons soirs matins".split(" "),
);
/**
 * What only a seller says, over folded words: a service done where the customer lives ("à domicile", "home visits"),
 * made to order, shipped or delivered, sold wholesale, its price open to offers ("sur commande", "we ship to UK", "en
 * gros", "price negotiable").
 */
export const SELLER_WORDS =
  /\b(?:a domicile|chez vous|at your home|home visits?|mobile (?:service|hairdresser|mechanic|barber)|sur commande|made to order|we ship|we deliver|on livre|livraison possible|delivery available|wholesale|en gros|prix de gros|price negotiable|negotiable price|prix (?:negociable|a debattre|a discuter)|or best offer)\b/;
/** Seats in the member's car, over folded words: "il me reste 2 places", "2 seats left", "can take 3 kids". */
export const SEATS_OFFERED =
  /\b(?:(?:il (?:me|nous) reste|j ai encore|on a encore) (?:\d+|une|deux|trois|quatre) places?|(?:\d+|two|three|four) (?:seats?|spots?|places?) (?:left|free|available|libres?|dispo)|(?:can take|je peux prendre) (?:\d+|two|three|four) (?:people|passengers|kids|personnes|enfants))\b/;
/** People said in the plural, as owners: "my parents' sofa" ("my kids' bike" is as often kept as a kind of bike). */
const PLURAL_KIN = new Set("parents grandparents roommates flatmates housemates neighbours neighbors".split(" "));
/** Whom a family's want is for: the family, in its plural and young forms too ("mes filles", "our baby", "mon ado"). */
const FAMILY = [
  ...FAMILY_WORDS,
  ..."sons daughters kid child children baby teenager filles enfant gamin gamins ado bebe petit petite conjoint conjointe compagne compagnon".split(
    " ",
  ),
];
/** The family's verbs of wanting, folded: "needs", "would love", "voudrait", "a besoin d'". */
const FAMILY_WANTING = "needs|wants|would love|would like|could use|voudrait|veut|aimerait|reve d|a besoin d|aurait besoin d";
/** The member's own children, parents or pets a thing is for (folded words): "pour nos deux petits", "for my son". */
const FOR_MY_OWN =
  /\b(?:pour|for) (?:mes|nos|mon|ma|my|our) (?:\w+ )?(?:enfants?|petits?|petites?|fils|filles?|kids?|children|son|daughter|bebes?|baby|chat|chien|cat|dog|chats|chiens|cats|dogs|parents|mere|pere|mum|mom|dad)\b/;
/** A service done for someone (folded words): minding, walking, lessons, help. */
const SERVICE_FOR_MY_OWN =
  /\b(?:garde|gardiennage|babysitting|baby sitting|sitter|sitting|nounou|nanny|walking|walker|promenade|promener|aide|help|devoirs|homework|cours|lessons?|tutoring|tutor|soutien|coaching|coach|prof|teacher)\b/;
/** A thing that was the family's, now sold: "trop petit pour mon fils", "bought it for my son", "too big for our cats". */
const THING_THAT_WAS_THEIRS =
  /\b(?:trop (?:petite?s?|grande?s?) pour|achetee?s? pour|bought (?:it |them )?for|too (?:big|small) for|outgrew|outgrown|plus utiles? pour|devenue?s? trop)\b/;
/** Someone of the family wanting a thing, over folded words: "my kids would love a trampoline", "mamie voudrait un …". */
const FAMILY_WANTS = new RegExp(
  `(?:^|\\b(?:my|our|mon|ma|mes|notre|nos) )(?:${FAMILY.join("|")}) (?:${FAMILY_WANTING}) (?:an?|some|help|un|une|des|du|de la|un coup)\\b`,
);
/**
 * Someone of the family needing a thing, over folded text ("mon fils a besoin d'un bureau", "ma fille voudrait un vélo",
 * "il lui faudrait un bureau enfant", "my son needs a desk"): a want, never a word about the member's own listings.
 */
export const FAMILY_NEEDS = new RegExp(
  `(?:^|[,;.!?]\\s*|\\b(?:et|and)\\s+)(?:(?:(?:mon|ma|mes|notre|nos|my|our)\\s+(?:${FAMILY.join("|")}))(?:\\s+de\\s+\\d+\\s+ans|\\s*\\([^()]{1,40}\\))?\\s+(?:${FAMILY_WANTING}|would need|is looking for)|(?:il|elle)\\s+(?:lui|leur)\\s+(?:faut|faudrait)|(?:he|she|they)\\s+(?:needs?|would need|could use))\\b`,
);
/** Someone of the member's life named in the words: "my mum", "mon coloc", "ma grand-mère" (over folded text). */
export function namesKin(folded: string): boolean {
  const words = folded.match(/[a-z0-9]+/g) ?? [];
  return words.some(
    (word, i) => RELATIVE_OWNERS.includes(word) && KIN.has(words[i + 1] === "grand" ? (words[i + 2] ?? "") : (words[i + 1] ?? "")),
  );
}
/** Who lived in or owns the place: "le locataire a laissé une armoire", "the previous tenant left a sofa". */
const HOUSE_PEOPLE = new Set(
  "locataire locataires proprio proprietaire proprietaires tenant tenants landlord landlady owner owners".split(" "),
);
/**
 * A line that opens with someone of the member's life doing something: "my wife bought a second treadmill", "ma mère
 * a fait trop de confiture", "ok so my roommate moved out" (over folded text).
 */
export function opensWithKinStory(folded: string): boolean {
  const words = folded.match(/[a-z0-9]+/g) ?? [];
  let i = 0;
  const opening = () => {
    while (["ok", "so", "bon", "alors", "hey", "hi", "hello", "salut", "coucou", "bref", "well"].includes(words[i] ?? "")) i++;
  };
  opening();
  // ("long story short my roommate moved out …")
  if (words[i] === "long" && words[i + 1] === "story" && words[i + 2] === "short") i += 3;
  opening();
  // ("le locataire a laissé …", "the previous tenant left …")
  const article = ["le", "la", "l", "the"].includes(words[i] ?? "");
  if (!RELATIVE_OWNERS.includes(words[i] ?? "") && !article) return false;
  if (words[++i] === "grand") i++;
  if (article && ["ancien", "ancienne", "previous", "former", "last"].includes(words[i] ?? "")) i++;
  if (article ? !HOUSE_PEOPLE.has(words[i] ?? "") : !KIN.has(words[i] ?? "") || words[i] === "grand") return false;
  i++;
  while (STORY_ADVERBS.includes(words[i] ?? "") || ["has", "had", "just", "m", "nous", "l"].includes(words[i] ?? "")) i++;
  const verb = words[i] ?? "";
  if (["a", "ont", "avait", "avaient", "est", "sont"].includes(verb)) return /^[a-z]{3,}$/.test(words[i + 1] ?? "");
  return /^[a-z]{3,}ed$/.test(verb) || STORY_PAST.has(verb);
}
/** What follows "I mean" when it stresses rather than corrects: "I mean it", "I mean, really". */
const MEANT_NOTHING = new Set("it that this what really seriously honestly literally like you i we they he she its".split(" "));
/** Particles and object pronouns around a verb: "lending out", "moving back", "giving them away". */
/** What completes an English verb ("cut down", "clear out"), never its object. */
const VERB_PARTICLES = new Set("down up out off away over back around".split(" "));
const PARTICLES = new Set("back out off them it its her his their available dont including rid abroad overseas behind".split(" "));
/** "moving back to Canada", "on part en Espagne": where the member goes, not the thing. */
const COUNTRY_NAMES = new Set(
  "canada france belgique belgium suisse switzerland espagne spain italie italy allemagne germany portugal angleterre england uk usa states maroc morocco irlande ireland".split(
    " ",
  ),
);
/** Words after which one letter is a size: "taille M", "size S". */
const SIZE_WORDS = new Set("taille tailles size sizes pointure pointures".split(" "));
/** Words before an age or a size: "age 5-6", "taille 38-40", "size 8". */
const AGE_OR_SIZE_WORDS = ["age", "ages", "aged", ...SIZE_WORDS];
/** "à démonter", "à récupérer", "à venir chercher": how it is fetched, after the thing. */
const FETCHING = new Set(
  "demonter recuperer venir prendre emporter chercher retirer debattre saisir voir donner vendre preter ceder louer enlever".split(" "),
);
/** What a rent covers, said right after it: "650€ CC", "800 HC", "1200 TTC". */
const RENT_TERMS = new Set("cc hc ttc ht".split(" "));
/** "I speak …", "je parle …": the member's languages follow. */
const SPEAKING = new Set("speak parle parlons".split(" "));
/** A child called by rank: "les affaires de mon dernier", "my youngest's clothes". */
const YOUNGEST = new Set("dernier derniere aine ainee cadet cadette fils fille filles youngest eldest oldest".split(" "));
/** "happy to offer", "glad to lend": willing, not a thing to be offered. */
const WILLING = new Set("happy glad able ready willing pleased keen".split(" "));
/** Words of a sale's terms after which a capitalised last word is the town: "tres bon etat Ussel", "à débattre Épinal". */
const SALE_TERMS_BEFORE_A_TOWN = new Set(
  "etat neuf neuve occasion debattre nego negociable ferme tbe be cash enlever recuperer chercher urgent dispo from depuis based base basee".split(
    " ",
  ),
);
/** Groups and venues named after their town: "le club de foot de Pouzauges", "la chorale de Cholet". */
const GROUPS_OF_A_TOWN = new Set(
  "club clubs chorale asso association equipe ecole college lycee fac universite mairie tournoi marche boulangerie spot voisins quartier paroisse hopital chu port plage gare ferme comite piscine bibliotheque mediatheque camping coworking boutique magasin atelier creche conservatoire harmonie fanfare troupe compagnie".split(
    " ",
  ),
);
/** Nouns that fold to a function word: with their accents they are things. */
const ACCENTED_NOUNS = new Set(["maïs", "thé", "thés", "côte", "côtes"]);
/** Times that say which kind a thing is after "de": "pneus d'hiver", "garde de nuit", "cours du soir". */
const KIND_OF_TIME = new Set("hiver ete nuit soir matin soiree weekend".split(" "));
const SEASONS = new Set("hiver winter ete summer automne autumn printemps spring".split(" "));
/** Words for a kind of thing that people name again in apposition: "ma voiture, une Clio 3". */
const GENERIC_THINGS = new Set(
  "voiture char auto bagnole caisse car vehicule vehicle moto motorbike scooter telephone tel phone portable smartphone ordi ordinateur laptop pc console tele tv appareil camera".split(
    " ",
  ),
);
/** What may stand between the generic word and the name of the thing: "une", "a", "my". */
const DETERMINERS_BEFORE_A_NAME = new Set("un une a an c est it s its the la le my mon ma".split(" "));
/** Offer words after the thing: "moving help available", "cartons à donner". */
const OFFER_TAIL =
  /^(?:(?:est|sont|is|are)\s+)?(available|dispo|disponible|disponibles|a vendre|a donner|a preter|a ceder|for sale|up for grabs|to give away|to lend|free to)\b/;
/** "our sofa bed needs to go", "le frigo doit partir": the thing the sentence is about goes (said right after it). */
const GOING_TAIL = /^(needs? to go|has to go|have to go|must go|doit partir|doivent partir)\b/;
/** Units of the calendar that a relative word makes a date: "le mois dernier", "next week". */
const WEEKDAYS = new Set(
  "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday".split(" "),
);
const CALENDAR_UNITS = new Set("mois semaine an annee week month year weekend".split(" "));
const RELATIVE_TIME = ["dernier", "derniere", "prochain", "prochaine", "passe", "passee", "last", "next", "this", "ce", "cette"];
/** "je la donne", "I'll sell it": the verb's object is before it. */
/** "une trentaine", "a dozen": how many, roughly — never the thing. */
const APPROXIMATE_COUNTS = new Set(
  "dizaine douzaine quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine centaine dozen couple bunch few lot load".split(" "),
);
const OBJECT_PRONOUNS = new Set("la le les l it them lui".split(" "));
/** Words of time that end a title: "tente pour le weekend", "tent for the summer". */
const TIME_WORDS = new Set(
  (
    "weekend week-end week end summer ete hiver winter soir evening soiree nuit night matin morning demain tomorrow tonight " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday fri thurs tues " +
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre june july august september vacances holidays " +
    "weekday weekdays weekends mornings evenings nights afternoon afternoons apres-midi midi lunchtime lunchtimes lunch asap journee next month year " +
    // "we rehearse Tuesdays", "les lundis": days said in the plural; "en ce moment", "currently": now
    "moment actuellement currently rn atm mondays tuesdays wednesdays thursdays fridays saturdays sundays lundis mardis mercredis jeudis vendredis samedis dimanches"
  ).split(" "),
);
/** Words of approximation before an amount: "around 350", "environ 80", "genre 50". */
const APPROXIMATELY = new Set("around about roughly approx approximately environ autour genre like vers circa ~".split(" "));
/** Units a price is said for: "20 a night", "10 per walk", "550 a month". */
const PRICED_UNITS = new Set(
  "night nuit nuitee session seance lesson lecon cours walk balade promenade visit visite month mois week semaine piece unit item hour day person personne pers head tete kid child enfant bag sac box pot jar kilo kg bottle bouteille fagot tuile page word mot plant plante douzaine dozen litre heure jour track boite cubi".split(
    " ",
  ),
);
/** Words before a number that announce a price. */
const PRICE_CUES = new Set(
  (
    "pour for a at prix price asking demande tarif to vends vend sell selling sale vente budget cout coute costs cost paye paid fixe " +
    "pay paie payer paying " +
    "entre between tjm rate taux journalier horaire"
  ).split(" "),
);
/** What is free beside a priced thing: the quote, the delivery. */
const FREE_EXTRAS =
  /\b(?:devis gratuits?|estimation gratuite|free (?:quote|quotes|estimate|estimates|delivery|shipping)|livraison gratuite)\b/g;
/** A thing given away: "giving away", "je donne", "à donner", "free to a good home". */
const GIFT =
  /\b(?:giving away|give away|je donne|jdonne|on donne|nous donnons|a donner|free to (?:a )?(?:good|loving) homes?|gratuit|gratos|gratis)\b/;
/** "… non je rigole, …", "just kidding", "non pardon", "I mean": what came before is taken back. */
const TAKEN_BACK =
  /\b(?:je rigole|je plaisante|je deconne|jrigole|just kidding|jk|only joking|just joking|non pardon|enfin non|pardon je voulais dire|je voulais dire|je veux dire(?! (?:a|au|aux|que|qu|merci|bonjour|salut))|jveux dire|i mean|i meant|sorry i meant|no sorry|non plutot)\b/;
/** What leads from an old amount to a new one: "80→60", "300€ -> 250€", "120 => 100". */
const ARROW_BETWEEN_AMOUNTS = /^\s*(?:[€$£]|eur|euros?|chf)?\s*(?:→|->|=>|⇒)\s*(?:[€$£]\s*)?$/i;
/** Words that correct an amount just said, before the right one: "700€ wait no 650€", "190, non 180". */
const AMOUNT_CORRECTED =
  /(?<!\b(?:et|and) )\b(?:wait no|no wait|nope|actually make it|make it|or rather|ou plutot|non attends|attends non|non|no sorry|sorry|oops|oups|en fait|actually)\b(?=\s+(?:\w+\s+)?\d)|(?<!\b(?:et|and) )\bno(?=\s+\d)/;
/** The work a freelancer looks for ("missions", "new projects", "clients"), never what they offer. */
const WORK_SOUGHT = new Set(
  "missions mission projets projet projects project clients client gigs gig contrats contrat contracts contract".split(" "),
);
/**
 * Occasions a tradesperson is free for ("Photographer available for weddings and events", "DJ dispo pour mariages"):
 * the role that opens the posting is what is offered, not the occasion (call-outs, "dispo pour dépannages", are the
 * service itself).
 */
const OCCASIONS = new Set("weddings wedding events event parties mariages mariage evenements evenement anniversaires soirees".split(" "));
/** Words that only qualify that work ("nouveaux projets", "missions courtes", "freelance projects"). */
const WORK_QUALIFIERS = new Set(
  "new nouveaux nouvelles nouveau nouvelle more autres other freelance remote courtes courts short long longues longs petites petits small ponctuelles ponctuels".split(
    " ",
  ),
);
/** Verbs that raise a price ("augmente de 5", "raise it by 10"). */
const RAISING_VERBS = new Set("augmente augmenter augmentez monte monter montez raise increase bump hausse".split(" "));
/** Verbs that take an amount off ("enlève 20€", "knock 30 off"). */
const TAKING_OFF_VERBS = "enleve enlever enlevez retire retirer retirez knock take shave".split(" ");
/** Verbs that move a price by an amount ("baisse de 20", "lower it by 10", "augmente de 5"). */
const CHANGE_BY_VERBS = new Set([
  ...RAISING_VERBS,
  ...TAKING_OFF_VERBS,
  ..."baisse baisser baissez reduis reduire reduisez diminue diminuer diminuez lower reduce drop cut decrease".split(" "),
]);
/** Verbs that set a listing's new price: "mets 170", "lower it to 80", "passe à 30". */
const PRICE_SETTING_VERBS = "mets met mettez passe passez baisse baissez descends descend lower drop reduce set make put".split(" ");
const RATE_INTENTS = new Set<Intent>(["update_profile", "generate_profile", "search_missions"]);
const RATE_WORDS = new Set("tjm rate taux journalier horaire day jour hourly daily tarif".split(" "));
/** Words that announce a bound and belong to the amount ("pas plus de 200"). */
const ROLE_WORDS = new Set(
  "moins plus de d than less more au at least most up to a partir jusqu max maximum minimum min mini under over below above budget sous from des pas no en bas".split(
    " ",
  ),
);
/** Amounts spelled as words: [amount, the currency word that must follow (or ""), currency]. */
const SPELLED_AMOUNTS: Record<string, [number, string, string]> = {
  cent: [100, "balles", "EUR"],
  tenner: [10, "", "GBP"],
  fiver: [5, "", "GBP"],
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(SPELLED_AMOUNTS, null);

/** The noun phrases of a message as the phrase grammar reads them (SlotReader.phrases). */
export type PhraseAnalysis = {
  /** Words set aside as never part of the thing. */
  aside: boolean[];
  /** Words that can be part of a thing. */
  content: boolean[];
  /** Runs of content words (token indices). */
  groups: number[][];
  /** The group the grammar takes for the thing. */
  chosen: number[];
  /** The verb of giving or selling the thing follows (-1: none). */
  verb: number;
  /** The first token after an instruction's colon (-1: none). */
  afterColon: number;
};

/** What a member brings to a help they offer: "I have a van …, can help people move". */
const MEANS_OF_HELP = new Set("van vans camionnette camion truck pickup ute remorque trailer utilitaire".split(" "));

/** A ride shared: "covoit", "lift", "ride", "carpool". */
const RIDE_WORDS = new Set("covoit covoiturage covoiturages lift lifts ride rides carpool carpooling rideshare trajet driving".split(" "));

/** Glad to do something for others: "happy to", "willing to", "ravie de", "heureux de". */
const GLAD = new Set("happy glad willing ravi ravie ravis heureux heureuse content contente".split(" "));
/** Tasks done for others after "happy to" (not "happy to pick up", "to work remote", "to chip in": how, not what). */
const GLAD_TASKS = new Set(
  "do fix check teach tutor mend repair walk cook bake clean paint translate proofread babysit sew cut build".split(" "),
);

/** The member's own: "my", "mon", "ma", "mes", "our", "notre", "nos". */
const OWN = new Set("my mon ma mes our notre nos".split(" "));

class SlotReader {
  readonly slots: Slots = {};
  readonly used: boolean[];
  /** The words of a route ("Paris → Lyon", "from Geneva airport to Annecy"): the thing's, no place. */
  route = new Set<number>();

  /** A line that trades: a trader's head ("FT:", "WTT") or a word of swapping ("swap", "trade", "échange"). */
  get trading(): boolean {
    return FOR_TRADE_HEAD.test(this.text.trim()) || this.words.some((x) => TRADE_WORDS.has(x));
  }
  readonly words: string[];

  readonly vocabulary: Set<string>;
  readonly locale: "fr" | "en" | undefined;

  readonly intent: Intent;
  readonly text: string;
  readonly tokens: Token[];

  /**
   * The words and tokens with what is one word written as several joined, if the text has any: a number of several words
   * before a unit or after a bound ("cent cinquante euros" → "150"), and a compound ending with a particle after a hyphen
   * ("ride-on mower", "walk-in wardrobe"), whose particle would otherwise end the thing's name.
   */
  private joinedWords(): { words: string[]; tokens: Token[] } | undefined {
    const words: string[] = [];
    const tokens: Token[] = [];
    let found = false;
    const join = (from: number, to: number, word: string) => {
      const first = this.tokens[from];
      const last = this.tokens[to - 1];
      if (!first || !last) return false;
      words.push(word);
      tokens.push({ text: this.text.slice(first.start, last.end), folded: word, start: first.start, end: last.end });
      found = true;
      return true;
    };
    for (let i = 0; i < this.words.length; i++) {
      const number = numberInWords(this.words, i);
      const after = number ? (this.words[number.end] ?? "") : "";
      const before = this.words[i - 1] === "a" || this.words[i - 1] === "one" ? this.words[i - 2] : this.words[i - 1];
      if (
        number &&
        (KM_UNITS.has(after) || isDistanceUnit(after) || CURRENCY[after] !== undefined || BOUND_WORDS.has(before ?? "")) &&
        join(i, number.end, String(number.value))
      ) {
        i = number.end - 1;
        continue;
      }
      // (not "Stoke-on-Trent", "Hay-on-Wye": a particle bound on both sides is inside a name)
      const particle = this.words[i + 1] ?? "";
      if (
        this.tokens[i]?.hyphen &&
        !this.tokens[i + 1]?.hyphen &&
        /^\p{L}{2,}$/u.test(this.words[i] ?? "") &&
        HYPHENED_PARTICLES.has(particle) &&
        join(i, i + 2, `${this.words[i]}-${particle}`)
      ) {
        i++;
        continue;
      }
      words.push(this.words[i] ?? "");
      const token = this.tokens[i];
      if (token) tokens.push(token);
    }
    return found ? { words, tokens } : undefined;
  }

  constructor(intent: Intent, text: string, tokens: Token[], options: SlotOptions = {}) {
    this.intent = intent;
    this.text = text;
    this.tokens = tokens;
    this.used = tokens.map(() => false);
    // "jdonne", "jcherche", "jpeux": an elision typed without its apostrophe reads as its verb
    // (a word of its own stays: "lits" is beds, not "l'its", "lune" no "l'une")
    this.words = (options.words ?? tokens.map((t) => t.folded)).map((w) =>
      /^[jlmtsdnc][a-z]{3,}$/.test(w) && !FUNCTION_WORDS.has(w) && FUNCTION_WORDS.has(w.slice(1)) && !dictionaryWords().has(w)
        ? w.slice(1)
        : w,
    );
    // ("ds un rayon de 5 km", "ds le 13": "dans" as texts shorten it, never the console in capitals, "Nintendo DS")
    // ("des gens ki cherchent …": "qui" as texts spell it)
    this.words = this.words.map((w, i) =>
      w === "ds" && this.tokens[i]?.text === "ds" && !["nintendo", "3ds", "2ds"].includes(this.words[i - 1] ?? "")
        ? "dans"
        : w === "ki" && this.tokens[i]?.text === "ki"
          ? "qui"
          : w,
    );
    // "cent cinquante euros" → "150", "ride-on mower": what is one word written as several is one token
    const merged = this.joinedWords();
    if (merged) {
      this.tokens = merged.tokens;
      this.words = merged.words;
      this.used = this.tokens.map(() => false);
    }
    // "dix km", "five miles", "vingt euros": numbers written as words before a unit read as digits.
    this.words = this.words.map((w, i) => {
      const value = NUMBER_WORDS[w];
      const next = this.words[i + 1] ?? "";
      // ("two hundred", "trois cents euros": a count of hundreds, which the amount reads with its "hundred")
      const hundreds =
        value !== undefined &&
        value < 10 &&
        (next === "hundred" || ((next === "cents" || next === "cent") && CURRENCY[this.words[i + 2] ?? ""] !== undefined));
      // (the "hundred" of "four hundred quid" is read with its count, never as 100 after a 4)
      const countedHundred =
        (w === "hundred" || w === "cent" || w === "cents") &&
        (/^[1-9]$/.test(this.words[i - 1] ?? "") || (NUMBER_WORDS[this.words[i - 1] ?? ""] ?? 10) < 10);
      if (countedHundred) return w;
      return value !== undefined && (KM_UNITS.has(next) || CURRENCY[next] !== undefined || hundreds) ? String(value) : w;
    });
    // "under a hundred", "moins de cinquante", "max fifty": a number in words after a bound is an amount
    this.words = this.words.map((w, i) => {
      const value = NUMBER_WORDS[w];
      if (value === undefined || value < 10) return w;
      const before = this.words[i - 1] === "a" || this.words[i - 1] === "one" ? this.words[i - 2] : this.words[i - 1];
      return BOUND_WORDS.has(before ?? "") ? String(value) : w;
    });
    this.vocabulary = options.vocabulary ?? new Set();
    this.locale = options.locale;
  }

  /** A person's name: written with a capital, or a word the assistant does not otherwise know. */
  looksLikeName(i: number): boolean {
    const token = this.tokens[i];
    if (!token || PRONOUNS.has(token.folded) || FUNCTION_WORDS.has(token.folded) || /^\d/.test(token.folded)) return false;
    // ("ask the projector guy: …": a person called by their thing, no name)
    if (this.has(i + 1, "guy", "lady", "dude") && !/^\p{Lu}/u.test(token.text)) return false;
    return /^\p{Lu}/u.test(token.text) || !this.vocabulary.has(token.folded) || FIRST_NAMES.has(token.folded);
  }

  mark(from: number, to: number) {
    for (let i = Math.max(0, from); i < Math.min(to, this.used.length); i++) this.used[i] = true;
  }

  has(i: number, ...candidates: string[]) {
    return candidates.includes(this.words[i] ?? "");
  }

  /** Original text of tokens [from, to). */
  original(from: number, to: number): string {
    const first = this.tokens[from];
    const last = this.tokens[to - 1];
    return first && last ? this.text.slice(first.start, last.end) : "";
  }

  // ------------------------------------------------------------------ numbers
  /** The listing's price was said in dollars ("$120", "300 dollars"): which dollars the place says. */
  dollars = false;

  /** "$120, Toronto", "300$ à Québec": the dollars of the place's country (CAD, USD, SGD…). */
  dollarsOfPlace() {
    if (typeof this.slots.place !== "string") return;
    const local = localCurrency(resolvePlace(this.slots.place)?.countryCode);
    if (this.dollars && local && DOLLARS.has(local)) this.slots.currency = local;
    // ("15 000 FCFA, Yaoundé": the franc CFA of central Africa, not of the west)
    if (this.slots.currency === "XOF" && local === "XAF") this.slots.currency = "XAF";
    // ("50000 frs à Dakar": francs of the CFA there, not Swiss ones)
    if (this.slots.currency === "CHF" && (local === "XOF" || local === "XAF")) this.slots.currency = local;
    // ("500k pesos, Bogotá": Colombia's pesos)
    if (this.slots.currency === "MXN" && local && PESOS.has(local) && /(?<!\p{L})pesos?(?!\p{L})/iu.test(this.text))
      this.slots.currency = local;
    // ("900 dinars, Tunis": Tunisia's dinars, not Algeria's)
    if (this.slots.currency === "DZD" && local === "TND" && /(?<!\p{L})dinars?(?!\p{L})/iu.test(this.text)) this.slots.currency = "TND";
    // ("Rs 7500, Port Louis": Mauritius's rupees)
    if (this.slots.currency === "INR" && local && RUPEES.has(local)) this.slots.currency = local;
    // ("2100 kr, Copenhagen": Denmark's crowns)
    if (CROWNS.has(String(this.slots.currency)) && local && CROWNS.has(local)) this.slots.currency = local;
    // ("a tenner a session, Limerick", "200 quid, Dublin": in Ireland the slang names euros, no pounds — 2 of 2 studied)
    if (
      this.slots.currency === "GBP" &&
      local === "EUR" &&
      resolvePlace(this.slots.place)?.countryCode === "IE" &&
      !/£|gbp|pounds?|sterling/i.test(this.text)
    )
      delete this.slots.currency;
  }

  /** Where each distance said ends: a town may follow it ("à 10 km de Lyon", "within 20 km of Leeds"). */
  readonly distanceEnds = new Set<number>();

  /** Distances (distance.ts): the first radius said is the search's; a journey's time or "near me" only sets their words aside. */
  radius() {
    for (const span of distancesIn(this.words, (i) => this.gap(i - 1, i))) {
      this.mark(span.start, span.end);
      this.distanceEnds.add(span.end);
      const name = this.intent === "set_preferences" ? "maxDistanceKm" : "radiusKm";
      if (span.km !== undefined && this.slots[name] === undefined) this.slots[name] = span.km;
    }
  }

  /** Text between token `a` and token `b` (separators as typed). */
  gap(a: number, b: number): string {
    const left = this.tokens[a];
    const right = this.tokens[b];
    return left && right ? this.text.slice(left.end, right.start) : "";
  }

  /** A verb of moving away in the few words before `i`, in the same part of the sentence. */
  movingBefore(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      // ("je déménage, faut venir sur annecy": a move said in a clause before is no part of where to come)
      if (/[,;:.!?]/.test(this.gap(k, k + 1))) return false;
      // ("je move à Montréal" moves; "a van for a move within Leeds" is a job, the noun)
      // ("qqn qui peut déménager un piano à Pau", "help me move a sofa in Leeds", "m'aider à déménager samedi à …":
      // a move done for the member is a job where it happens)
      const job =
        (/^(?:un|une|des|mon|ma|mes)$/.test(this.words[k + 1] ?? "") && !this.has(k, "move", "moving", "moved")) ||
        (/^(?:a|an|my|our|some)$/.test(this.tokens[k + 1]?.text.toLowerCase() ?? "") && this.has(k, "move", "moving", "moved")) ||
        [k - 1, k - 2, k - 3].some((j) => this.has(j, "aider", "help", "peut", "can", "qqn", "someone", "quelqu")) ||
        // ("moving boxes in zurich", "moving blankets": "moving" naming a kind of thing before its noun)
        (this.has(k, "moving") && MOVING_THINGS.has(this.words[k + 1] ?? ""));
      // ("I just moved to Perpignan", "we've just moved to Thônex", "je viens d'emménager à Sion": where the member has
      // settled is where they are)
      const settled =
        this.has(k, "moved", "emmenage", "emmenagee", "emmenages", "installe", "installee", "installes") &&
        (this.has(k - 1, "just", "recently", "ve", "have", "has", "juste", "recemment") ||
          (this.has(k - 1, "d") && this.has(k - 2, "viens", "venons", "vient")) ||
          // ("je me suis installée à Sion", "on s'est installés à Gap")
          (this.has(k - 1, "suis", "est", "sommes") && this.has(k - 2, "m", "s", "nous")));
      if (MOVING.has(this.words[k] ?? "") && !(this.has(k, "move") && ARTICLES_BEFORE_A_THING.has(this.words[k - 1] ?? "")) && !job)
        return !settled;
      if (/[,;:.!?]/.test(this.gap(k, k + 1))) return false;
    }
    return false;
  }

  /**
   * How many tokens from `k` make a last name opened by its particles: "de Villiers", "van der Berg", "Le Gall",
   * "Ben Ali" (never a town said after a name: "Julie de La Rochelle" is Julie, of La Rochelle).
   */
  particledNameFrom(k: number): number {
    let end = k;
    while (end < k + 2 && NAME_PARTICLES.has(this.tokens[end]?.folded ?? "") && /^\s+$/.test(this.gap(end - 1, end))) end++;
    const last = this.tokens[end];
    if (end === k || !last || !/^\p{Lu}\p{Ll}+$/u.test(last.text) || !/^\s+$/.test(this.gap(end - 1, end))) return 0;
    if (FUNCTION_WORDS.has(last.folded) || TIME_WORDS.has(last.folded)) return 0;
    const named = this.original(k, end + 1).replace(/^(?:de|du|des|d)\s+/i, "");
    if ((resolvePlace(named)?.population ?? 0) >= 20_000) return 0;
    return end + 1 - k;
  }

  /** Names said in quotes ("Le Petit Prince", « Sapiens », “The Hobbit”): their tokens [from, to) and the quotes' places. */
  quotedNames(): { from: number; to: number; open: number; close: number }[] {
    const out: { from: number; to: number; open: number; close: number }[] = [];
    for (const match of this.text.matchAll(/"([^"\n]{2,80})"|«\s*([^»\n]{2,80}?)\s*»|“([^”\n]{2,80})”/g)) {
      const open = match.index ?? 0;
      const close = open + match[0].length - 1;
      // ('post this: "Selling a Bugaboo pram, €550, Cork"', « Vends poêle …, 700 € »: a whole posting quoted, no name)
      const said = match[1] ?? match[2] ?? match[3] ?? "";
      if (/,/.test(said) && (/\d/.test(said) || said.split(/\s+/).length > 6)) continue;
      const from = this.tokens.findIndex((t) => t.start > open);
      let to = from;
      while (to >= 0 && to < this.tokens.length && (this.tokens[to]?.end ?? 0) <= close) to++;
      if (from >= 0 && to > from) out.push({ from, to, open, close });
    }
    return out;
  }

  /** The token at `i` is inside brackets: "(1 à 3)", "(Catan, Carcassonne)". */
  insideBrackets(i: number): boolean {
    const start = this.tokens[i]?.start ?? 0;
    const before = this.text.slice(0, start);
    return before.lastIndexOf("(") > before.lastIndexOf(")");
  }

  /** "moins de", "max", "pas plus de" → max; "au moins", "plus de", "from" → min. */
  roleBefore(start: number): Pick<Money, "role"> {
    // "under a hundred": the article of a number in words stands between the bound and the amount
    if (this.has(start - 1, "a", "an", "one") && NUMBER_WORDS[this.tokens[start]?.folded ?? ""] !== undefined)
      return this.roleBefore(start - 1);
    // "budget around 1k", "max environ 300": an approximation between the cue and the amount
    if (this.has(start - 1, "around", "about", "environ", "approx", "roughly", "genre") && start >= 2) return this.roleBefore(start - 1);
    const sign = start > 0 ? this.gap(start - 1, start) : this.text.slice(0, this.tokens[start]?.start ?? 0);
    if (/[<≤]\s*$/.test(sign)) return { role: "max" };
    if (/[>≥]\s*$/.test(sign)) return { role: "min" };
    const before = this.words.slice(Math.max(0, start - 3), start);
    const last = before.at(-1);
    const last2 = before.at(-2);
    const last3 = before.at(-3);
    if ((last === "de" || last === "than" || last === "d") && last2 === "plus" && last3 === "pas") return { role: "max" };
    if (last === "more" && last2 === "no") return { role: "max" };
    // "not more than 4000", "not over 380", "pas au-dessus de 300"
    if ((last === "than" && last2 === "more" && last3 === "not") || (last === "over" && last2 === "not")) return { role: "max" };
    // ("nothing over 20 pounds", "nothing above 50": a cap)
    if ((last === "over" || last === "above") && last2 === "nothing") return { role: "max" };
    if (last === "de" && last2 === "dessus" && (last3 === "au" || last3 === "pas")) return { role: "max" };
    // "en bas de 5000$": under, as Québec says it
    if (last === "de" && last2 === "bas" && last3 === "en") return { role: "max" };
    if ((last === "than" || last === "de") && (last2 === "more" || last2 === "plus") && last3 === "no") return { role: "max" };
    if ((last === "de" || last === "than") && (last2 === "moins" || last2 === "less")) return { role: "max" };
    if ((last === "de" || last === "than") && (last2 === "plus" || last2 === "more")) return { role: "min" };
    if (
      last === "least" ||
      (last === "moins" && last2 === "au") ||
      (last === "de" && last2 === "partir") ||
      (last === "d" && last2 === "moins" && last3 === "au")
    )
      return { role: "min" };
    if (
      MAX_CUES.includes(last ?? "") ||
      (last === "to" && last2 === "up") ||
      (last === "qu" && last2 === "jusqu") ||
      (last === "a" && last2 === "jusqu")
    )
      return { role: "max" };
    // ("DJI Mini 2", "Galaxy S23 Max 256": a capitalised "Mini" is a model's name, no bound)
    // (after a brand or a model's word, in the same sentence: "Mini 50€ pour ma table" opens a bound)
    const modelWord =
      /^\p{Lu}/u.test(this.tokens[start - 1]?.text ?? "") &&
      ["mini", "max", "maxi"].includes(last ?? "") &&
      start >= 2 &&
      /^[\p{Lu}\d]/u.test(this.tokens[start - 2]?.text ?? "") &&
      !/[.!?,;:]/.test(this.gap(start - 2, start - 1));
    if (["minimum", "min", "mini", "over", "above", "from", "des"].includes(last ?? "") && !modelWord) return { role: "min" };
    // "at most 30", "tout au plus 40", "sous les 80", "cheaper than 200", "moins cher que 50"
    if ((last === "most" && last2 === "at") || (last === "plus" && last2 === "au")) return { role: "max" };
    // "cap it at 60", "capped at 200", "plafonne à 80": a ceiling set on what is searched
    if (
      (last === "at" || last === "a") &&
      ["cap", "capped", "plafonne", "plafonner", "plafonnez", "limit", "limite"].includes(
        last2 === "it" || last2 === "le" || last2 === "la" ? (last3 ?? "") : (last2 ?? ""),
      )
    )
      return { role: "max" };
    if (last === "les" && (last2 === "sous" || last2 === "under")) return { role: "max" };
    if ((last === "than" || last === "que") && (last2 === "cheaper" || last2 === "cher" || last2 === "expensive")) return { role: "max" };
    // "80 € max", "500 minimum"
    return {};
  }

  /**
   * The numbers at `i` and `i + 1` are one size written as such: a fraction, "1/2", "3/4" (not a date: "12/05"), or
   * feet and inches, "6'2" (a surfboard's, a person's).
   */
  fractionAt(i: number): boolean {
    const [top, bottom] = [this.words[i] ?? "", this.words[i + 1] ?? ""];
    const fraction = /^[1-9]$/.test(top) && /^(?:2|3|4|8|16)$/.test(bottom) && Number(top) < Number(bottom) && this.gap(i, i + 1) === "/";
    return fraction || (/^[1-9]$/.test(top) && /^(?:\d|1[01])$/.test(bottom) && /^['’]$/.test(this.gap(i, i + 1)));
  }

  /** The numbers at `i` and `i + 1` are a day and its month written with a slash: "12/05", "3/9" (a fraction is apart). */
  dateAt(i: number): boolean {
    const [day, month] = [this.words[i] ?? "", this.words[i + 1] ?? ""];
    return (
      /^\d{1,2}$/.test(day) &&
      /^\d{1,2}$/.test(month) &&
      Number(day) >= 1 &&
      Number(day) <= 31 &&
      Number(month) >= 1 &&
      Number(month) <= 12 &&
      this.gap(i, i + 1) === "/" &&
      !this.fractionAt(i)
    );
  }

  /** The number at `i` opens a range ("20-50 €"). */
  roleBeforeRange(i: number): boolean {
    return isNumber(this.words[i]) && /^\s*[-–]\s*$/.test(this.gap(i, i + 1));
  }

  /**
   * A number typed without a currency is a price only where one is expected: after "pour",
   * "à", "asking", "prix" and the like, or alone between commas ("road bike, size 56, 450").
   * Never a size, a year, a quantity, a model number, a postcode or an arrondissement.
   */
  bareAmountIsMoney(i: number, end: number): boolean {
    const word = this.words[i] ?? "";
    const value = Number(word);
    const after = this.words[end] ?? "";
    // ("75000 each", "25000 chacun": a price for each, however many digits; a postcode never says "each")
    if (["each", "chacun", "chacune", "apiece"].includes(after) && /^\d{5}$/.test(word)) return true;
    if (/^\d{5}$/.test(word)) return false;
    if (value >= 1900 && value <= 2099) return false;
    // ("40 000 l'unité": an elided article after the amount, no litre)
    const elidedArticle = after === "l" && /^['’]$/.test(this.gap(end, end + 1));
    // ("my appointment is at 10.30", "rdv vers 14.30", "10.30 am": a clock's time, never an amount)
    if (
      end === i + 2 &&
      /^[.:]$/.test(this.gap(i, i + 1)) &&
      value <= 23 &&
      /^[0-5]\d$/.test(this.words[i + 1] ?? "") &&
      // ("rates from 0.10/word", "from 1.50 per page": an amount a unit prices, never a time)
      !PRICED_UNITS.has(after) &&
      !SLASHED_UNITS.has(after) &&
      !["per", "par", "each", "le", "la", "l"].includes(after) &&
      // (a quarter after "at": "selling it at 12.50" asks 12.50)
      ((this.has(i - 1, ...CLOCK_LEADS) && (!this.has(i - 1, "at", "a") || /^(?:00|15|30|45)$/.test(this.words[i + 1] ?? ""))) ||
        this.has(end, "am", "pm", "h"))
    )
      return false;
    // ("every Sunday at 9", "le samedi à 10": an hour after a day, never an amount)
    // (never "for Saturday at 15 each", "samedi à 12 de l'heure", "at 2 a dozen": a price for each unit)
    if (
      value <= 23 &&
      this.has(i - 1, "at", "a", "vers") &&
      (TIME_WORDS.has(this.words[i - 2] ?? "") || CALENDAR_NAMES.has(this.words[i - 2] ?? "")) &&
      !["each", "chacun", "chacune", "de", "an", "a", "per", "par", "la", "le", "l", "the", "pour"].includes(after) &&
      !CURRENCY[after]
    )
      return false;
    // "(1 à 3)", "(environ 200 disques)": a bare number in brackets describes the thing
    if (this.insideBrackets(i)) return false;
    // ("a 1/2 size violin", "violon 3/4": a fraction is a size, neither of its numbers a price)
    if (this.fractionAt(i) || this.fractionAt(i - 1)) return false;
    // ("available from 12/05", "dispo le 3/9": a day and its month, never an amount)
    if (this.dateAt(i) || this.dateAt(i - 1)) return false;
    // ('55" TV', "27'' monitor": a screen's inches)
    if (/^(?:"|''|″)/.test(this.text.slice(this.tokens[end - 1]?.end ?? 0))) return false;
    // "giving away moving boxes, about 25": a gift has no price, its bare numbers count things
    // ("devis gratuit", "free quote", "livraison gratuite": what costs nothing is the quote, not the thing)
    const given = this.words.join(" ").replace(FREE_EXTRAS, " ");
    if (this.intent === "create_listing" && GIFT.test(given) && !PRICE_CUES.has(this.words[i - 1] ?? "")) return false;
    // ("mon tjm 600 au lieu de 550": a rate's new amount, said against the old one)
    if (this.intent === "update_profile" && ((this.has(end, "au") && this.has(end + 1, "lieu")) || this.has(end, "instead"))) return true;
    // "make it 12", "mets-la à 30", "passe le prix à 80": the amount a verb of pricing sets
    if (this.intent === "update_listing") {
      // ("#2 prix 80→60", "120 => 100": the amount an arrow leads to from another one)
      if (i > 0 && /^\d/.test(this.words[i - 1] ?? "") && ARROW_BETWEEN_AMOUNTS.test(this.gap(i - 1, i))) return true;
      let k = i - 1;
      if (this.has(k, "a", "to", "at")) k--;
      if (this.has(k, "it", "le", "la", "l")) k--;
      if (this.has(k, ...PRICE_SETTING_VERBS)) return true;
      // ("… : 350 au lieu de 390", "350 instead of 390": the new amount, said against the old one)
      if ((this.has(end, "au") && this.has(end + 1, "lieu")) || this.has(end, "instead")) return true;
      // ("c'est plus 150 mais 120", "not 40 anymore, it's 30": the amount denied and the one that replaces it)
      const before = this.words.slice(0, i).join(" ");
      if (/\b(?:plus|not|longer)$/.test(before) && this.words.slice(end).some((w) => /^\d+$/.test(w))) return true;
      if (/\b(?:plus|not|longer) \d+(?: k)?(?: [a-z]+){0,3} (?:mais|but|c est|it s|now)(?: a)?$/.test(before)) return true;
      // ("drop my sofa to 700 no wait 650", "à 190, non attends 180": the amount that corrects one just said)
      const corrected = AMOUNT_CORRECTED.exec(this.words.slice(0, end).join(" "));
      if (corrected && this.words.slice(0, i).join(" ").length > corrected.index && this.words.slice(0, i - 1).some((w) => /^\d+$/.test(w)))
        return true;
    }
    // ("selling my bike, 80... actually make it 70": a posting's amount corrected right after another)
    if (
      this.intent === "create_listing" &&
      /\b(?:actually make it|make it|wait no|no wait|or rather|ou plutot|non attends|attends non)$/.test(
        this.words.slice(Math.max(0, i - 3), i).join(" "),
      ) &&
      this.words.slice(0, Math.max(0, i - 1)).some((w) => /^\d+$/.test(w))
    )
      return true;
    // "450 a day", "40 an hour", "15/h", "450/j": a rate is money whatever the intent ("40 an" is no age)
    const perTime = (w: string) => DAY_CUES.includes(w) || HOUR_CUES.includes(w);
    if (["a", "an", "per", "par"].includes(after) && ["day", "jour", "hour", "heure", "journee"].includes(this.words[end + 1] ?? ""))
      return true;
    // "20 a night", "550 a month", "5 per bag", "10 per walk": a price for each unit ("2 a week" is how often)
    const unit = this.words[end + 1] ?? "";
    if (
      ["a", "an", "per", "par"].includes(after) &&
      (PRICED_UNITS.has(unit) || (after !== "a" && after !== "an" && /^[a-z]{3,}$/.test(unit) && !CALENDAR_UNITS.has(unit))) &&
      (value >= 5 || !CALENDAR_UNITS.has(unit))
    )
      return true;
    if (perTime(after) && /^\s*\/\s*$/.test(this.gap(end - 1, end))) return true;
    // ("a singing teacher for a 14 y/o", "mon fils de 9 ans", "a 3 yrs old bike"): an age is no price
    if ((after === "y" && this.has(end + 1, "o")) || ["yo", "yrs", "years", "year", "ans"].includes(after)) return false;
    // "1.50/kg", "3/pièce", "0,10/mot": a price by the unit after its slash
    if (
      (PRICED_UNITS.has(after) || SLASHED_UNITS.has(after)) &&
      /^\s*\/\s*$/.test(this.gap(end - 1, end)) &&
      !SIZE_WORDS.has(this.words[i - 1] ?? "")
    )
      return true;
    // "450/mois", "900/month", "60/nuit": a rent or a rate by the month, the week or the night
    if (
      ["mois", "month", "semaine", "week", "nuit", "night", "an", "year", "annee"].includes(after) &&
      /^\s*\/\s*$/.test(this.gap(end - 1, end))
    )
      return true;
    // "des années 80", "the 80s": a decade
    if (this.has(i - 1, "annees", "annee", "years") || /^\d0s$/.test(word)) return false;
    // "selling 12 bags of pellets", "je donne 150 timbres": a count of things, not their price
    // ("i sell 3 bar stools …": a count before a compound whose last word is plural)
    const countable = (w: string) => !CURRENCY[w] && !FUNCTION_WORDS.has(w) && !PRICE_CUES.has(w) && dictionaryWords().has(w);
    // ("3 t-shirts", "2 e-bikes": a letter bound by a hyphen opens the counted word)
    if (/^[a-z]$/.test(after) && this.gap(end, end + 1) === "-" && /^[a-z]{3,}s$/.test(this.words[end + 1] ?? "")) return false;
    if (
      // (", 60, Brussels": a comma parts the amount from what follows)
      /^\s+$/.test(this.gap(end - 1, end)) &&
      countable(after) &&
      (/^[a-z]{3,}s$/.test(after) ||
        (!PLACE_PREPOSITIONS.has(after) &&
          /^[a-z]{3,}s$/.test(this.words[end + 1] ?? "") &&
          countable(this.words[end + 1] ?? "") &&
          !resolvePlace(this.words[end + 1] ?? "")))
    )
      return false;
    // "0-6 mois", "3-4 places": a range of sizes or ages, not of prices
    // ("TJM 500 min", "day rate 600 min": after a rate's word, "min" is its minimum, not minutes)
    const rateMinimum =
      after === "min" && this.intent === "search_missions" && this.words.slice(Math.max(0, i - 3), i).some((w) => RATE_WORDS.has(w));
    const rate = RATE_INTENTS.has(this.intent) && (DAY_CUES.includes(after) || HOUR_CUES.includes(after) || rateMinimum);
    // ("2 to" is two terabytes, "20 to 50" a range)
    if (
      NOT_MONEY_UNITS.has(after) &&
      !rate &&
      !elidedArticle &&
      !(after === "to" && this.intent === "search_listings" && isNumber(this.words[end + 1]))
    )
      return false;
    // "90 each", "12 chacun": a price per piece
    if (["each", "chacun", "chacune", "apiece"].includes(after)) return true;
    // "700 for both", "60 pour les deux", "40 le tout": a price for the lot
    if (
      this.has(end, "for", "pour") &&
      (this.has(end + 1, "both", "all", "everything", "tout", "lot", "ensemble") ||
        (this.has(end + 1, "the", "les", "le", "l") &&
          this.has(end + 2, "lot", "deux", "2", "trois", "3", "tout", "ensemble", "pair", "paire", "set")))
    )
      return true;
    if (this.has(end, "le", "l") && this.has(end + 1, "tout", "lot")) return true;
    if (this.has(end, "les") && this.has(end + 1, "deux", "2", "trois", "3", "quatre", "4")) return true;
    // "150 le week-end", "40 la journée", "60 la nuit": a rent for a period
    // (not a date: "à récupérer le 20 la semaine prochaine")
    if (
      this.intent === "create_listing" &&
      value >= 5 &&
      !this.has(i - 1, "le", "du", "the", "on", "au") &&
      this.has(end, "le", "la", "l", "par", "per", "the", "a") &&
      this.has(end + 1, "week", "weekend", "journee", "jour", "nuit", "night", "day", "semaine", "mois", "month") &&
      !this.has(end + 2, "prochaine", "prochain", "derniere", "dernier", "next", "last")
    )
      return true;
    // "150 la place", "20 la chaise", "5 the piece": a price for each (not "2 le samedi": when)
    if (
      this.intent === "create_listing" &&
      this.has(end, "la", "le", "l", "the") &&
      /^[a-z]{3,}$/.test(this.words[end + 1] ?? "") &&
      !TIME_WORDS.has(this.words[end + 1] ?? "") &&
      !CALENDAR_UNITS.has(this.words[end + 1] ?? "") &&
      !FUNCTION_WORDS.has(this.words[end + 1] ?? "") &&
      /^[,;.!]|^\s*$/.test(this.gap(end + 1, end + 2) || ",") &&
      value >= 2
    )
      return true;
    // ("a nativity costume age 5-6", "taille 38-40", "size 8-10": a range of ages or sizes, never of prices)
    // ("sizes 1 to 4", "tailles 28 à 32": the range's second end, said with a word)
    if (
      this.has(i - 1, ...AGE_OR_SIZE_WORDS) ||
      (this.has(i - 2, ...AGE_OR_SIZE_WORDS) && /^\s*[-–]\s*$/.test(this.gap(i - 1, i))) ||
      (this.has(i - 1, "to", "a") && isNumber(this.words[i - 2]) && this.has(i - 3, ...AGE_OR_SIZE_WORDS))
    )
      return false;
    // "20-50 €", "100 à 200 balles": the first end of a range
    if (/^\s*[-–]\s*$|^\s+(?:a|à|to)\s+$/.test(this.gap(end - 1, end)) || (this.has(end, "a", "to") && isNumber(this.words[end + 1]))) {
      const other = /^\s*[-–]\s*$/.test(this.gap(end - 1, end)) ? end : end + 1;
      // (a range rises, from a bound said as one or of the same order: "de 20 à 50 €", "100-150€"; "iPhone 13 à
      // 400€", "Twingo 2 - 2500€", "taille 42 à 40 euros" are a model's or a size's number, then the price)
      const opened =
        i === 0 ||
        this.has(i - 1, "de", "du", "entre", "from", "between") ||
        PRICE_CUES.has(this.words[i - 1] ?? "") ||
        ROLE_WORDS.has(this.words[i - 1] ?? "") ||
        /[,;:(]/.test(this.gap(i - 1, i));
      const rises = Number(this.words[other]) > value && (opened || value * 5 >= Number(this.words[other]));
      if (rises && isNumber(this.words[other]) && (CURRENCY[this.words[other + 1] ?? ""] || this.has(other + 1, "e", "k"))) return true;
      // "a sofa 50-150 around Brussels": in a search, two rising numbers are a price range
      if (this.intent === "search_listings" && rises && value >= 5 && !NOT_MONEY_UNITS.has(this.words[other + 1] ?? "")) return true;
    }
    // "20-50 €": the second end of a range of prices (not "ages 3-6", "taille 38-40")
    if (
      /^\s*[-–]\s*$/.test(this.gap(i - 1, i)) &&
      isNumber(this.words[i - 1]) &&
      this.tokens[i - 1] &&
      this.roleBeforeRange(i - 1) &&
      (CURRENCY[after] !== undefined ||
        PRICE_CUES.has(this.words[i - 2] ?? "") ||
        ROLE_WORDS.has(this.words[i - 2] ?? "") ||
        // "a sofa 50-150 around Antwerp": in a search, two rising numbers are a price range
        (this.intent === "search_listings" && Number(this.words[i - 1]) < value && Number(this.words[i - 1]) >= 5))
    )
      return true;
    // "…, 20 to 50", "de 20 à 50": the second end, in a search, of two rising numbers
    if (
      this.intent === "search_listings" &&
      this.has(i - 1, "a", "to") &&
      isNumber(this.words[i - 2]) &&
      Number(this.words[i - 2]) < value &&
      Number(this.words[i - 2]) >= 5 &&
      !NOT_MONEY_UNITS.has(after)
    )
      return true;
    // Rates: "800/day", "500 par jour", "my day rate is 600" (a listing's "18h" is a time, not a rate)
    if (RATE_INTENTS.has(this.intent)) {
      if (DAY_CUES.includes(after) || HOUR_CUES.includes(after) || this.has(end + 1, "day", "jour", "hour", "heure")) return true;
      if (this.words.some((w) => RATE_WORDS.has(w))) return true;
    }
    if (
      (NOT_MONEY_UNITS.has(after) && !elidedArticle) ||
      /^x\d/.test(after) ||
      this.gap(end - 1, end) === "x" ||
      this.gap(end - 1, end) === "-"
    )
      return false;
    // ("leaving it on the stoop at 5 Elm St", "au 12 rue des Lilas": a street number)
    if (
      /^\s+$/.test(this.gap(end - 1, end)) &&
      (STREET_BEFORE_NAME.has(after) || (/^\p{Lu}/u.test(this.tokens[end]?.text ?? "") && STREET_AFTER_NAME.has(this.words[end + 1] ?? "")))
    )
      return false;
    if (this.gap(i - 1, i) === "-" || this.gap(i - 1, i) === "x") return false;
    // "la poussette c'est 200 maintenant", "the bike is 90 now": a listing's new price
    if (
      this.intent === "update_listing" &&
      (this.has(i - 1, "est", "is", "now", "maintenant", "desormais", ...PRICE_SETTING_VERBS) ||
        (this.has(i - 1, "a", "to") && this.has(i - 2, ...PRICE_SETTING_VERBS)) ||
        this.has(end, "maintenant", "now") ||
        // ("c'est plus 150 mais 120", "not 150 but 120": the amount that replaces the other)
        (this.has(i - 1, "mais", "but") &&
          [i - 2, i - 3].some((j) => isNumber(this.words[j])) &&
          this.words.slice(0, i).some((w) => ["plus", "pas", "not", "longer"].includes(w))) ||
        // ("à 190, non 180", "to 50, no 45": the amount corrected right after)
        (this.has(i - 1, "non", "no", "nope", "plutot") && [i - 2, i - 3].some((j) => isNumber(this.words[j]))) ||
        // ("finalement 90 pour la table", "actually 40 for the lamp": an amount, then the listing it is for)
        (this.has(i - 1, "finalement", "actually", "enfin", "fait") && this.has(end, "pour", "for") && this.has(end + 1, ...DETERMINERS)))
    )
      return true;
    // "budget around 350", "prix environ 80": an approximation stands between the cue and the amount
    let cue = i - 1;
    // ("my budget is 200", "mon budget est de 300": the budget's verb too)
    while (
      cue > 0 &&
      (APPROXIMATELY.has(this.words[cue] ?? "") ||
        (this.has(cue, "is", "est", "de", "of") &&
          (this.has(cue - 1, "budget") || (this.has(cue - 1, "est") && this.has(cue - 2, "budget")))))
    )
      cue--;
    const before = cue < i - 1 && PRICE_CUES.has(this.words[cue] ?? "") ? (this.words[cue] as string) : (this.words[i - 1] ?? "");
    if (
      [
        "taille",
        "size",
        "age",
        "ages",
        "pointure",
        "model",
        "modele",
        "no",
        "numero",
        "number",
        "n",
        "version",
        "v",
        "gen",
        "series",
        "serie",
        "le",
        "la",
        "les",
        "the",
        "ref",
      ].includes(before) &&
      // (", 220," after "Apple Pencil 1st gen": a comma parts the amount from the model's word)
      !/[,;]/.test(this.gap(cue, i)) &&
      !this.roleBefore(i).role
    )
      return false;
    // "Lyon 7", "Paris 11": a town's arrondissement
    const token = this.tokens[i - 1];
    if (token && /^\p{L}/u.test(token.text) && value <= 20 && resolvePlace(`${token.text} ${word}`)) return false;
    // "entre 20 et 50 €", "between 100 and 200"
    if (["et", "and", "a", "to"].includes(before) && isNumber(this.words[i - 2]) && this.has(i - 3, "entre", "between", "de", "from"))
      return true;
    // Trailing role cue: "80 max", "500 minimum"
    // ("iphone 12 max 300e": the cue is the next amount's, and 12 the model's number)
    if (["max", "maximum", "min", "minimum", "mini", "maxi", "tops"].includes(after) && !/^\d/.test(this.words[end + 1] ?? "")) return true;
    // "200 ono", "200 obo", "200 négociable", "1k ferme": a price and how firm it is
    if (["ono", "obo", "neg", "nego", "negociable", "negotiable", "ferme", "firm"].includes(after)) return true;
    // "150 or best offer", "80 ou meilleure offre", "200 or nearest offer"
    if (this.has(end, "or", "ou") && this.has(end + 1, "best", "nearest", "meilleure", "meilleur") && this.has(end + 2, "offer", "offre"))
      return true;
    if (this.roleBefore(i).role) return true;
    if (PRICE_CUES.has(before) && !(before === "a" && this.has(i - 2, "jusqu"))) return true;
    // ("violon à vendre 90", "à louer 450": the amount right after what is done with the thing)
    if (["vendre", "louer", "ceder"].includes(before) && this.has(i - 2, "a") && /^\s+$/.test(this.gap(i - 1, i))) return true;
    // Alone in its part of the sentence: ", 450" at the end or between commas
    const left = i === 0 ? "," : this.gap(i - 1, i);
    const right = end >= this.tokens.length ? "," : this.gap(end - 1, end);
    // ("1.5m tall": a decimal point, not the end of a part; "(1 à 3)": numbers in brackets describe the thing)
    const decimal = /^[.,]$/.test(right) && /^\d/.test(this.words[end] ?? "");
    // ("Xbox Series S 512GB with 3 games – 200, Dublin": a spaced dash parts it too, unless it closes a range)
    const dashed = /^\s+[-–—]\s+$/.test(left) && !isNumber(this.words[i - 1]);
    // ("…, 190 neuchatel", "vends vélo, 50 lyon": a town ending the line after the amount parts it too)
    const townEnds =
      /^\s+$/.test(right) &&
      [1, 2, 3].some(
        (n) =>
          end + n === this.tokens.length && townNamed(this.original(end, end + n)) !== undefined && /^\p{L}/u.test(this.words[end] ?? ""),
      );
    if (
      (/[,:;(]/.test(left) || dashed) &&
      ((/[,;.!)]/.test(right) && !decimal) || end >= this.tokens.length || townEnds) &&
      this.intent !== "search_listings"
    )
      return true;
    // "selling yoyo stroller 180", "vends table 120 à Lyon": a number closing the item's part of a
    // posting, after a common noun (not a model name the dictionaries do not know: "peugeot 206",
    // "iphone 14"), is its price
    const noun = this.tokens[i - 1]?.folded ?? "";
    // ("selling iPhone 13 400", "selling ps4 120": after a model's number or code, the number closing the line is the price)
    const afterModel =
      (/^\d{1,4}$/.test(noun) && /^\p{L}/u.test(this.tokens[i - 2]?.text ?? "") && !SIZE_WORDS.has(this.words[i - 2] ?? "")) ||
      /^[a-z]+\d+[a-z]*$/.test(noun) ||
      // ("selling RTX 3060 12GB 220": after a capacity glued to its unit)
      /^\d+(?:gb|go|tb|to|mb|mo)$/.test(noun);
    if (
      this.intent === "create_listing" &&
      afterModel &&
      end >= this.tokens.length &&
      left === " " &&
      value >= 20 &&
      this.words.some((w) => OFFER_VERBS.includes(w))
    )
      return true;
    return (
      this.intent === "create_listing" &&
      (end >= this.tokens.length || /[,;.!]/.test(right) || PLACE_PREPOSITIONS.has(this.words[end] ?? "")) &&
      value >= 20 &&
      left === " " &&
      // ("selling Samsung TV 500", "vends PC 300": the nouns said by their capitals too)
      ((/^[a-z]{3,}$/.test(noun) && !FUNCTION_WORDS.has(noun) && dictionaryWords().has(noun)) ||
        /^(?:TV|PC)$/.test(this.tokens[i - 1]?.text ?? "")) &&
      this.words.some((w) => OFFER_VERBS.includes(w))
    );
  }

  /** "grand" for a thousand, in an English line, when nothing of a thing follows it ("a grand piano" is a piano). */
  thousandSaidGrand(k: number): boolean {
    return (
      this.locale !== "fr" &&
      this.has(k, "grand") &&
      (k + 1 >= this.words.length ||
        /[,;.!?)]/.test(this.gap(k, k + 1)) ||
        this.has(
          k + 1,
          "or",
          "ono",
          "obo",
          "each",
          "for",
          "cash",
          "firm",
          "and",
          "neg",
          "negotiable",
          "quid",
          "euros",
          "euro",
          "pounds",
          "in",
          "max",
          "tops",
        ))
    );
  }

  /**
   * Amounts, read as a small grammar: [currency sign] number [decimals | thousands group] [k]
   * [currency word] [per day/hour]. "50e", "120 bucks", "cent balles", "1,5k€", "1 200 €",
   * "75 000 FCFA", "$15/h". A number with no currency is money only where a price is expected
   * ("pour 300", "asking 450", ", 450,"), never a size, a year, a quantity, a model number, a
   * postcode or an arrondissement ("42 pouces", "2019", "iphone 12", "Lyon 7", "13006").
   */
  /** Whether the number at `i` opens a range of ages after those it is of: "kids 5-12", "enfants de 6 à 10 ans". */
  private agesAt(i: number): boolean {
    const of = this.has(i - 1, "de", "from", "aged") && AGES_OF.has(this.words[i - 2] ?? "") ? i - 2 : i - 1;
    if (!AGES_OF.has(this.words[of] ?? "") || !/^\d{1,2}$/.test(this.words[i] ?? "") || Number(this.words[i]) > 18) return false;
    const to = this.has(i + 1, "a", "to") ? i + 2 : i + 1;
    const hyphen = to === i + 1 && /^\s*[-–]\s*$/.test(this.gap(i, i + 1));
    return (hyphen || to === i + 2) && /^\d{1,2}$/.test(this.words[to] ?? "") && Number(this.words[to]) <= 18;
  }

  money(): Money[] {
    const out: Money[] = [];
    for (let i = 0; i < this.words.length; i++) {
      const word = this.words[i] ?? "";
      if (this.intent === "link_account") continue; // digits there are a link code
      // ("Piano lessons for kids 5-12", "cours pour enfants de 6 à 10 ans": the children's ages, never a price range)
      if (this.agesAt(i)) {
        i += this.has(i + 1, "a", "to") ? 2 : 1;
        continue;
      }
      // "cent balles", "a tenner", "a fiver"
      const spelled = SPELLED_AMOUNTS[word];
      if (spelled && !this.used[i]) {
        const [amount, unitWord, currency] = spelled;
        if (!unitWord || CURRENCY[this.words[i + 1] ?? ""]) {
          const end = unitWord ? i + 2 : i + 1;
          out.push({ start: i, end, amount, currency, ...this.roleBefore(i) });
          i = end - 1;
          continue;
        }
      }
      // ("a grand or nearest offer": a thousand, in English slang)
      if (word === "a" && this.thousandSaidGrand(i + 1) && !this.used[i + 1]) {
        out.push({ start: i, end: i + 2, amount: 1000, currency: CURRENCY[this.words[i + 2] ?? ""], ...this.roleBefore(i) });
        i += 1;
        continue;
      }
      // "200e", "50eur" typed as one word
      const glued = /^(\d+)(e|eur|euros?)$/.exec(word);
      // "paris 18e", "lyon 3e": an arrondissement, not euros
      // ("dans le 15e", "du 11e": a district named by its rank after an article)
      const district =
        (glued !== null && /^\p{L}/u.test(this.tokens[i - 1]?.text ?? "") && resolvePlace(`${this.tokens[i - 1]?.text} ${glued[1]}`)) ||
        (glued?.[2] === "e" && Number(glued[1]) <= 20 && this.has(i - 1, "le", "du", "au"));
      // ("8e l'ourlet", "4e la botte": a small amount in euros, priced by the unit that follows; "3e" alone is a rank)
      // (the unit closes its part of the line: "4e le code est 1234" is a floor and a door code)
      const perUnitAfter =
        (this.has(i + 1, "piece", "chacun", "chacune", "each") ||
          (this.has(i + 1, "le", "la", "l") &&
            /^[a-z]{3,}$/.test(this.words[i + 2] ?? "") &&
            /^[,;.!]|^\s*$/.test(this.gap(i + 2, i + 3) || ","))) &&
        !this.has(i + 2, "code", "etage", "porte", "digicode");
      const isAmount =
        isNumber(word) || (glued !== null && (Number(glued[1]) >= 10 || perUnitAfter || priceEndingAnAd(this.tokens, i)) && !district);
      if (!isAmount || this.used[i] || isDistanceUnit(this.words[i + 1] ?? "")) continue;
      // "battery 91%", "à 80 %": a share, never money
      if (/^\s*%/.test(this.text.slice(this.tokens[i]?.end ?? 0))) continue;
      // "leaving 7:15", "à 18:30": a time of day, never money
      if (
        (i > 0 && this.gap(i - 1, i) === ":" && /^\d{1,2}$/.test(this.words[i - 1] ?? "") && /^\d{2}$/.test(word)) ||
        (this.gap(i, i + 1) === ":" && /^\d{1,2}$/.test(word) && /^\d{2}$/.test(this.words[i + 1] ?? ""))
      )
        continue;
      // ("à partir de 19h", "dès 18h30": an hour of the day, never money)
      if (/^h(?:\d{2})?$/.test(this.words[i + 1] ?? "") && this.gap(i, i + 1) === "" && Number(word) <= 24) continue;
      // "Technics SL-1200", "Sony RX-100": a model's number, bound to its letters by a hyphen
      if (i > 0 && this.gap(i - 1, i) === "-" && /^\p{L}+$/u.test(this.tokens[i - 1]?.text ?? "") && !CURRENCY[this.words[i - 1] ?? ""])
        continue;
      let end = i + 1;
      let amount = Number(glued ? glued[1] : word);
      let currency: string | undefined = glued ? "EUR" : undefined;
      const next = this.tokens[i + 1];
      const between = next ? this.text.slice(this.tokens[i]?.end, next.start) : "";
      // "6,500 CHF", "$1,100", "2.400 €", "3'500 CHF": a group of three digits after a comma, a dot or a Swiss apostrophe is thousands
      if (!glued && next && /^[.,'’]$/.test(between) && word.length <= 3 && /^\d{3}$/.test(next.folded)) {
        amount = Number(word) * 1000 + Number(next.folded);
        end = i + 2;
        // ("1,000,000 yen", "1.500.000 FCFA": as many groups as the amount has, with the same mark)
        while (/^\d{3}$/.test(this.words[end] ?? "") && this.gap(end - 1, end) === between) {
          amount = amount * 1000 + Number(this.words[end]);
          end++;
        }
      }
      // "49,90" / "49.90"
      else if (!glued && next && /^[.,]$/.test(between) && /^\d{1,2}$/.test(next.folded)) {
        amount = Number(`${word}.${next.folded}`);
        end = i + 2;
      }
      // "1 200 €", "75 000 FCFA": a group of three digits after a space
      if (!glued && word.length <= 3 && /^\d{3}$/.test(this.words[end] ?? "") && this.gap(end - 1, end) === " ") {
        // ("1 800 000 DA": as many groups as the amount has)
        let groupsEnd = end + 1;
        while (/^\d{3}$/.test(this.words[groupsEnd] ?? "") && this.gap(groupsEnd - 1, groupsEnd) === " ") groupsEnd++;
        // ("80 000 F CFP": the franc's letter before its name)
        const after =
          this.has(groupsEnd, "f", "swiss") && this.has(groupsEnd + 1, "cfp", "francs", "cfa") ? "cfp" : (this.words[groupsEnd] ?? "");
        // "1 200 €", "75 000 FCFA", but not "iphone 12 200 euros" (a model number, then a price)
        const previous = this.words[i - 1] ?? "";
        const previousTyped = this.tokens[i - 1]?.text ?? "";
        const opens =
          i === 0 ||
          /[,;:(]/.test(this.gap(i - 1, i)) ||
          PRICE_CUES.has(previous) ||
          // ("mini 1 200 €" is a bound; "DJI Mini 2 250€" a model)
          (ROLE_WORDS.has(previous) && !/^\p{Lu}/u.test(previousTyped)) ||
          // ("3008 GT Line 2019 18 500 €": after another number, a year or a model's, the groups are one amount)
          /^\d{3,}$/.test(previous) ||
          // ("ordi portable 1 200 €", "moto 3 500€": after a plain word of the thing, one digit opens thousands;
          // "iphone 8 200 €", "série 3 500 €" name a model first)
          (word.length === 1 &&
            /^\p{Ll}+$/u.test(previousTyped) &&
            dictionaryWords().has(previous) &&
            !FUNCTION_WORDS.has(previous) &&
            !MODEL_NUMBER_WORDS.has(previous)) ||
          // "make it 16 500 CAD", "mets 1 200"
          PRICE_SETTING_VERBS.includes(previous) ||
          (["it", "la", "le", "l"].includes(previous) && PRICE_SETTING_VERBS.includes(this.words[i - 2] ?? "")) ||
          !!CURRENCY[previous] ||
          // "prix global 1 500 euros", "asking about 1 200 €" (not "vends iphone 12 200 euros": a model, then a price)
          (PRICE_CUES.has(this.words[i - 2] ?? "") && PRICE_QUALIFIERS.has(previous));
        // ("£12 000": the sign said before)
        // ("CHF 1 500", "FCFA 150 000": a currency's code said before, as a sign)
        const signed = MONEY_SIGN.test(previousTyped) || (CODE_BEFORE.test(previousTyped) && CURRENCY[previous] !== undefined);
        // ("moins de 40 000 l'unité", "min 50 000 par jour", ", 25 000 la pièce": after a bound, a price's word or a comma,
        // the groups are one amount even with no currency said)
        const bareThousands =
          (PRICE_CUES.has(previous) ||
            ROLE_WORDS.has(previous) ||
            /[,;:]/.test(this.gap(i - 1, i)) ||
            (this.has(i - 1, "de") && ROLE_WORDS.has(this.words[i - 2] ?? ""))) &&
          // (never a count of things: "lot de 3 500 pièces"; "l'unité" is no litre)
          !(NOT_MONEY_UNITS.has(after) && !(after === "l" && /^['’]$/.test(this.gap(groupsEnd, groupsEnd + 1)))) &&
          !/^[a-z]{3,}s$/.test(after) &&
          !isDistanceUnit(after) &&
          !SIZE_WORDS.has(previous);
        if ((CURRENCY[after] || isDistanceUnit(after) || signed || bareThousands) && (this.words[end] === "000" || opens)) {
          for (; end < groupsEnd; end++) amount = amount * 1000 + Number(this.words[end]);
        }
      }

      // "1,2k", "2k": thousands are money however they are written
      let thousands = false;
      if (!glued && this.words[end] === "k") {
        // ("tv 4k", "4K monitor", "caméra 8K": a picture's definition, not thousands)
        const screen = (w: string | undefined) => SCREEN_WORDS.has(w ?? "");
        // ("selling my camera, 2k": a screen word across a comma says nothing of the amount)
        const bound = (a: number, b: number) => /^\s+$/.test(this.gap(a, b));
        if (
          amount <= 8 &&
          /^\s*$/.test(this.gap(i, end)) &&
          ((screen(this.words[i - 1]) && bound(i - 1, i)) ||
            (screen(this.words[end + 1]) && bound(end, end + 1)) ||
            (screen(this.words[end + 2]) && bound(end, end + 1) && bound(end + 1, end + 2)))
        )
          continue;
        // ("~15k shutter count", "20k followers", "120k miles": thousands of something counted, no money)
        if (this.has(end + 1, ...COUNTED_IN_THOUSANDS)) continue;
        // ("5k along the canal", "a 10k race", "running a 5k": a run's distance, never thousands)
        if (
          this.gap(i, end) === "" &&
          (RUN_WORDS.has(this.words[end + 1] ?? "") ||
            RUN_WORDS.has(this.words[i - 1] ?? "") ||
            (this.has(i - 1, "a", "un", "une", "le", "the") && RUN_WORDS.has(this.words[i - 2] ?? "")))
        )
          continue;
        // ("Warhammer 40k Combat Patrol", "Gundam 8K Edition": "k" glued to a number between two capitalised words of a
        // name is part of that name, no thousands)
        const next = this.tokens[end + 1]?.text ?? "";
        if (
          this.gap(i, end) === "" &&
          /^\s+$/.test(this.gap(i - 1, i)) &&
          /^\p{Lu}\p{L}/u.test(this.tokens[i - 1]?.text ?? "") &&
          !PRICE_CUES.has(this.words[i - 1] ?? "") &&
          /^\s+$/.test(this.gap(end, end + 1)) &&
          /^\p{Lu}\p{L}/u.test(next) &&
          CURRENCY[this.words[end + 1] ?? ""] === undefined &&
          // (a town after the amount ends the line or its clause: "Vends Clio 3k Paris"; "Kill Team" goes on)
          (!townNamed(next) || (/^\s+$/.test(this.gap(end + 1, end + 2)) && /^\p{Lu}/u.test(this.tokens[end + 2]?.text ?? "")))
        )
          continue;
        amount *= 1000;
        end++;
        thousands = true;
      }
      // "15 million dong", "2 millions cfa", "1 million FCFA": millions said in a word, before the money
      if (!glued && this.has(end, "million", "millions", "mio") && amount < 1000) {
        amount *= 1_000_000;
        end++;
        thousands = true;
      }
      // ("asking 2 hundred", "8 cents balles", "trois cents euros": hundreds said in a word — "cents" before money only,
      // never "50 cents each")
      if (
        !glued &&
        !thousands &&
        amount >= 1 &&
        amount < 100 &&
        Number.isInteger(amount) &&
        (this.has(end, "hundred") || (this.has(end, "cent", "cents") && CURRENCY[this.words[end + 1] ?? ""] !== undefined))
      ) {
        amount *= 100;
        end++;
      }
      // ("25 mille", "2 bâtons": thousands said in French, and millions as West and Central Africa say them of francs CFA)
      if (!glued && !thousands && this.locale === "fr" && this.has(end, "mille") && amount < 1000) {
        amount *= 1000;
        end++;
        thousands = true;
      }
      // (never "2 bâtons de ski": poles)
      if (
        !glued &&
        !thousands &&
        this.locale === "fr" &&
        this.has(end, "baton", "batons") &&
        !this.has(end + 1, "de", "d") &&
        amount <= 100
      ) {
        amount *= 1_000_000;
        end++;
        thousands = true;
        // (a "bâton" is a million francs CFA: of the west, or of the centre once the place is known)
        currency = "XOF";
      }
      // ("2 grand ono", "1.5 grand": thousands in English slang)
      if (!glued && !thousands && this.thousandSaidGrand(end)) {
        amount *= 1000;
        end++;
        thousands = true;
      }
      // "1k5", "2k2": French shorthand for 1 500, 2 200, one word
      const hundreds = /^k(\d)$/.exec(this.words[end] ?? "");
      if (!glued && hundreds && this.gap(end - 1, end) === "" && amount < 1000) {
        amount = amount * 1000 + Number(hundreds[1]) * 100;
        end++;
        thousands = true;
      }
      if (!currency) {
        // ("550 Swiss francs", "80 000 F CFP": the word that says which franc stands before it)
        if (this.has(end, "swiss", "suisses", "suisse", "f") && this.has(end + 1, "francs", "franc", "cfp", "chf", "cfa")) end++;
        // (the word as typed too: the typo repair does not know slang like "piasses")
        currency = CURRENCY[this.words[end] ?? ""] ?? CURRENCY[this.tokens[end]?.folded ?? ""];
        // ("30,000 won", "800,000 COP", "5500 DT": a money that is also a word, typed in capitals or after a large amount —
        // never "10 pen drives", "2 cop cars", "size 10 won't fit")
        const alsoAWord = AMBIGUOUS_CURRENCY[this.words[end] ?? ""];
        if (
          !currency &&
          alsoAWord &&
          ((/^[A-Z]{2,3}$/.test(this.tokens[end]?.text ?? "") && amount >= 10) || amount >= 1000) &&
          this.gap(end, end + 1) !== "'"
        )
          currency = alsoAWord;
        if (this.has(end, "francs", "franc") && this.has(end + 1, "cfp")) currency = "XPF";
        // ("Stan Smith 43 EU / 9 UK", "pointure 42 EU": a shoe size by its system, not euros)
        if (
          this.tokens[end]?.text === "EU" &&
          (SIZE_WORDS.has(this.words[i - 1] ?? "") || /\b\d{1,2}(?:[.,]5)?\s*(?:US|UK)\b/.test(this.text))
        )
          currency = undefined;
        // "25 livres de poche", "10 livres pour enfants", "10 livres Harry Potter", in a gift or beside a price in euros:
        // books, not pounds
        if (
          this.words[end] === "livres" &&
          (this.has(end + 1, "de", "d", "pour", "en", "anciens", "neufs", "jeunesse", "scolaires") ||
            (/^\p{Lu}/u.test(this.tokens[end + 1]?.text ?? "") && /^\s+$/.test(this.gap(end, end + 1)) && !this.has(end + 1, "sterling")) ||
            (this.has(i - 1, "de") && this.has(i - 2, "lot", "lots", "carton", "cartons", "pile", "sac")) ||
            /€|\beuros?\b|\bgratuit|\b[àa] donner\b/i.test(this.text))
        )
          currency = undefined;
        // "12€50", "7$99": the sign between euros and cents, all one word
        const centsAfterSign =
          currency !== undefined &&
          MONEY_SIGN.test(this.words[end] ?? "") &&
          this.gap(end - 1, end) === "" &&
          this.gap(end, end + 1) === "" &&
          /^\d{2}$/.test(this.words[end + 1] ?? "");
        // "bought in 2021, €159": a sign written against the next number is that number's.
        const sign = MONEY_SIGN.test(this.words[end] ?? "");
        // ("mondo 21.5, CHF 40": a code after a comma, before a number, is that number's, as on a price tag)
        const codeOfNext =
          CODE_BEFORE.test(this.tokens[end]?.text ?? "") && /[,;:]/.test(this.gap(end - 1, end)) && isNumber(this.words[end + 1] ?? "");
        if (
          currency &&
          ((sign &&
            !centsAfterSign &&
            (/[,;:]/.test(this.gap(end - 1, end)) || (isNumber(this.words[end + 1] ?? "") && this.gap(end, end + 1) === ""))) ||
            codeOfNext)
        )
          currency = undefined;
        if (centsAfterSign) {
          amount += Number(this.words[end + 1]) / 100;
          end += 2;
        } else if (currency) {
          end++;
          // ("200 francs suisses", "5 000 francs CFP": which franc, said after it)
          if (this.has(end - 1, "francs", "franc") && this.has(end, "suisses", "suisse", "swiss", "cfp")) end++;
        }
        // "300 fr.": francs, as the Swiss abbreviate them with their dot ("50 fr" alone may be "français")
        else if (this.words[end] === "fr" && this.text[this.tokens[end]?.end ?? 0] === ".") {
          currency = "CHF";
          end++;
        }
        // "280.-", "50.–": whole francs, as the Swiss write prices
        else if (/^\.[-–]/.test(this.text.slice(this.tokens[end - 1]?.end ?? 0))) currency = "CHF";
        // "50 e" (euros), but not "3 e" (a rank or an arrondissement)
        else if (this.words[end] === "e" && amount >= 10 && !this.tokens[end]?.text.match(/^E/)) {
          currency = "EUR";
          end++;
        }
      }
      if (isDistanceUnit(this.words[end] ?? "")) continue;
      // "10 centimes le mot", "50 cents each": an amount in cents of the money said, or of the member's
      let cents = false;
      if (
        !currency &&
        !thousands &&
        this.has(end, "centimes", "centime", "cents", "cts", "ct") &&
        // ("pièces de 2 centimes", "timbres à 50 centimes": a face value, the thing's; "0,20 centimes" means no cent)
        !this.has(i - 1, "de", "of", "d") &&
        amount >= 1
      ) {
        amount /= 100;
        cents = true;
        end++;
      }
      let start = i;
      // ("0,20 centimes": the euros written before the cents, zero, are the amount's too)
      if (cents && this.has(i - 1, "0") && /^[.,]$/.test(this.gap(i - 1, i))) start = i - 1;
      // (a money word that is also a word counts as a code only typed as one: "Rs 7500", never "Clio 3 RS")
      const sign = CURRENCY[this.words[i - 1] ?? ""] ?? (this.tokens[i - 1]?.text === "Rs" ? AMBIGUOUS_CURRENCY.rs : undefined);
      const codeBefore =
        sign !== undefined &&
        sign !== LOCAL_MONEY &&
        CODE_BEFORE.test(this.tokens[i - 1]?.text ?? "") &&
        /^ ?$/.test(this.gap(i - 1, i)) &&
        // ("iPhone 13 EUR 500"? a code said once, after the amount, wins)
        !currency;
      if (codeBefore) {
        currency = sign;
        start = i - 1;
      }
      // "GH₵ 500": Ghana's cedi, its letters against the sign
      if (this.words[i - 1] === "₵" && this.has(i - 2, "gh") && this.gap(i - 2, i - 1) === "") start = i - 2;
      if (sign && MONEY_SIGN.test(this.words[i - 1] ?? "")) {
        currency ??= sign;
        start = i - 1;
        // "HK$2,200", "R$ 2.500", "S$1000", "C$40": the letters written against the dollar say whose
        const whose = this.words[i - 1] === "$" && this.gap(i - 2, i - 1) === "" ? DOLLAR_PREFIXES[this.words[i - 2] ?? ""] : undefined;
        if (whose && (currency === "USD" || currency === whose)) {
          currency = whose;
          start = i - 2;
        }
      }
      // "S/ 2,800": Peru's sol
      if (
        !currency &&
        this.has(i - 1, "s") &&
        this.gap(i - 1, i).trim() === "/" &&
        this.tokens[i - 1]?.text === "S" &&
        !SIZE_WORDS.has(this.words[i - 2] ?? "")
      ) {
        currency = "PEN";
        start = i - 1;
      }
      // "15$ CAD", "$40 AUD": the code after the sign says which dollar
      const code = this.words[end] ?? "";
      if (currency === "USD" && /^(cad|ca|aud|sgd|nzd|hkd)$/.test(code)) {
        currency = code === "ca" ? "CAD" : code.toUpperCase();
        end++;
      }
      if (!currency && !thousands && !cents && !this.bareAmountIsMoney(i, end)) continue;
      let period: Money["period"];
      for (let j = end; j < Math.min(end + 4, this.words.length); j++) {
        const w = this.words[j] ?? "";
        if (DAY_CUES.includes(w)) period = "day";
        else if (HOUR_CUES.includes(w)) period = "hour";
        else if (["par", "per", "a", "an", "de", "l", "the", "/"].includes(w)) continue;
        else break;
        end = j + 1;
        break;
      }
      for (let j = Math.max(0, start - 4); j < start; j++) {
        if (DAY_CUES.includes(this.words[j] ?? "") || this.has(j, "daily") || (this.has(j, "day") && this.has(j + 1, "rate")))
          period ??= "day";
        if (HOUR_CUES.includes(this.words[j] ?? "")) period ??= "hour";
      }
      // "150 € le logo", "20 euro a go", "5 € pièce", "20 for the lot": a price per unit
      if (!period) end = this.perUnitEnd(end);
      let role = this.roleBefore(start);
      // "budget 200 max": the cue said twice, before and after
      if (
        role.role === "max" &&
        ["max", "maximum", "maxi", "tops"].includes(this.words[end] ?? "") &&
        !/^\d/.test(this.words[end + 1] ?? "")
      )
        end++;
      // "80 tops", "100 max", "500 minimum": the cue after the amount
      if (!role.role) {
        const next = this.words[end] ?? "";
        const nextIsAmount = /^\d/.test(this.words[end + 1] ?? "");
        if (MAX_AFTER.has(next) && !nextIsAmount && (next !== "grand" && next !== "au" ? true : this.has(end + 1, "max", "maximum"))) {
          role = { role: "max" };
          end += next === "grand" || next === "au" ? 2 : 1;
        } else if (MIN_AFTER.has(next) && !nextIsAmount) {
          role = { role: "min" };
          end++;
        } else if ((next === "not" && this.has(end + 1, "more", "over", "above")) || (next === "pas" && this.has(end + 1, "plus"))) {
          // "1k, not more", "300 pas plus"
          role = { role: "max" };
          end += 2;
        } else if ((next === "or" || next === "ou") && this.has(end + 1, "less", "moins", "under", "below")) {
          // "100 or less", "50 ou moins"
          role = { role: "max" };
          end += 2;
        } else if ((next === "or" || next === "ou") && this.has(end + 1, "more", "plus", "above", "over")) {
          role = { role: "min" };
          end += 2;
        }
      }
      if (role.role) {
        let from = start;
        while (from > 0 && ROLE_WORDS.has(this.words[from - 1] ?? "")) from--;
        start = from;
      }
      // "au lieu de 120", "instead of 120": the old amount, not the new one
      const previous = this.words.slice(Math.max(0, start - 3), start).join(" ");
      // ("2,5k€ neuf, je le laisse à 400", "achetée 1200, je la laisse à 450", "paid 300, asking 150", "vendue 95€ en
      // boutique": what it cost new)
      const following = this.words.slice(end, end + 2).join(" ");
      const replaced =
        /\b(au lieu de?|au lieu du|instead of|was|etait|avant|originally|initialement|a l origine|rrp)\b/.test(previous) ||
        (!role.role && /\b(not|pas)$/.test(previous)) ||
        /\b(achetee?s?|payee?s?|paid|bought|bought it for|cost me|coute|valeur|retail|prix neuf|rrp|valeur (?:a )?neuf|value new|retail price)$/.test(
          previous,
        ) ||
        /^(neuf|neuve|new|en magasin|en boutique|in store|in stores|in shops|retail|a l achat|a neuf)\b/.test(following);
      out.push({
        start,
        end,
        amount,
        ...(currency ? { currency } : {}),
        ...(period ? { period } : {}),
        ...role,
        ...(replaced ? { replaced } : {}),
        ...(glued ? { glued: true } : {}),
      });
      i = end - 1;
    }
    // "entre 20 et 50 €", "between 20 and 50", "de 20 à 50"
    for (let k = 0; k + 1 < out.length; k++) {
      const a = out[k] as Money;
      const b = out[k + 1] as Money;
      const link = this.words.slice(a.end, b.start).join(" ");
      const lead = this.words[a.start - 1];
      const hyphen = link === "" && /^\s*[-–]\s*$/.test(this.gap(a.end - 1, b.start));
      const led = ["entre", "between", "de", "from"].includes(lead ?? "");
      // (unled, a range rises from a bound of the same order: "100 à 200 €"; "vends 206 à 1500€" is a car, then its price)
      const rises =
        b.amount > a.amount &&
        (a.start === 0 || a.role !== undefined || /[,;:(]/.test(this.gap(a.start - 1, a.start)) || a.amount * 5 >= b.amount);
      if (
        (hyphen && (rises || a.currency !== undefined)) ||
        ((link === "et" || link === "and" || link === "a" || link === "to" || link === "") && led) ||
        ((link === "a" || link === "to") && a.currency === undefined && b.currency !== undefined && rises) ||
        // "ps5 200 à 300": two bare amounts, the second the larger, in a search
        ((link === "a" || link === "to") && this.intent === "search_listings" && a.amount >= 5 && rises)
      ) {
        a.role = "min";
        b.role = "max";
        // ("kayak between 300-500": the cue is the range's, not the thing's)
        if (led) a.start--;
        a.currency ??= b.currency;
        // "entre 1 et 2k", "between 1.5 and 2k", "entre 1 et 3 bâtons": the thousands (or millions) said once are both amounts'
        const said = this.original(b.start, b.end).replace(/\s*[€$£₦₵¥₹₩₱₺₪₴₽฿₫]$/u, "");
        const unit = /k$/i.test(said) || /\bmille$/i.test(said) ? 1000 : /\bb[âa]tons?$/i.test(said) ? 1_000_000 : 1;
        if (unit > 1 && a.amount < 100 && a.amount * unit <= b.amount) a.amount *= unit;
      }
    }
    return out;
  }

  /** Where "le logo", "a go", "each", "pour le tout" after an amount end (or `end` when none follows). */
  perUnitEnd(end: number): number {
    const next = this.words[end] ?? "";
    if (["each", "chacun", "chacune", "piece", "pieces", "apiece", "unite"].includes(next)) return end + 1;
    if ((next === "for" || next === "pour") && this.has(end + 1, "the", "le") && this.has(end + 2, "lot", "tout", "set", "ensemble"))
      return end + 3;
    const unit = this.tokens[end + 1];
    // (after a comma it is no unit: "80e, le croisic" is where)
    if (
      !unit ||
      /[,;]/.test(this.gap(end - 1, end)) ||
      !/^\p{Ll}[\p{L}-]*$/u.test(unit.text) ||
      FUNCTION_WORDS.has(unit.folded) ||
      resolvePlace(unit.text)
    )
      return end;
    if (["le", "la", "l", "the", "per", "par"].includes(next) && /^\s*['’]?\s*$|^\s+$/.test(this.gap(end, end + 1))) return end + 2;
    if (
      (next === "a" || next === "an") &&
      ["go", "piece", "pop", "session", "lesson", "walk", "night", "visit", "month", "week", "mois", "semaine"].includes(unit.folded)
    )
      return end + 2;
    return end;
  }

  /**
   * "gratuit", "free", "c'est gratuit", "make it free": a price of 0 when no amount is said ("devis
   * gratuit", "free quote" price nothing; giving words alone, "à donner", leave the price unsaid).
   */
  freePrice() {
    // ("free range eggs": how the hens live, no price; "free range eggs, free to a good home" still gives them)
    // (the same number of words, so that where "free" is said still counts them right)
    const text = this.words.join(" ").replace(/\bfree range\b/g, "ranged range");
    // ("canapé offert à qui vient le chercher": given to whoever comes; "premier échange offert" is a promotion)
    const free =
      /\b(gratuite?s?|gratuitement|gratos|gratis|free of charge|no charge|free|for free|en gratuit|offerte?s? (?=a qui (?:vient|viendra|passe|veut|le veut|la veut|les veut)\b))\b/.exec(
        text,
      );
    // ("the room is free again from May 1st": available, not given away; "…, free, from our office in Berlin" is given)
    const clauses = this.words.map((w, i) => (i > 0 && /[,;.!?]/.test(this.gap(i - 1, i)) ? `| ${w}` : w)).join(" ");
    if (
      !free ||
      /\b(devis gratuits?|free quotes?|free estimates?|estimation gratuite|free delivery|free shipping|livraison gratuite|free to contact|free again|free from|free on|free until|free next|free this)\b/.test(
        clauses,
      ) ||
      // ("gluten free cakes", "sugar-free jam": what the thing is without, not its price)
      // ("still in plastic, free to whoever collects": a comma between, the word before says nothing of it)
      this.words.some((w, i) => w === "free" && WITHOUT_FREE.has(this.words[i - 1] ?? "") && /^[\s-]*$/.test(this.gap(i - 1, i))) ||
      // ("is anyone free for a React gig?", "i'm free tomorrow": a person available, no price)
      /\b(?:anyone|anybody|someone|somebody|who s|who is|are you|you re|i m|im|i am|we re|we are) free\b|\bfree (?:tomorrow|tonight|today|saturday|sunday|weekends?|evenings?|mornings?|afternoons?|time|days?|hours?)\b|\b(?:i ve|i have|we ve|we have|j ai du|du) (?:got )?(?:some )?(?:free|temps libre)\b/.test(
        text,
      ) ||
      // ("a chest of drawers, cheap or free", "pas cher voire gratuit": free is one of the prices welcome, not the price)
      /\b(?:cheap|pas cher|pas chere|petit prix|low price|cheaply) (?:or|ou|voire|even|or even|ou meme) (?:free|gratuit|gratuite)\b/.test(
        text,
      )
    )
      return;
    if (this.intent === "search_listings") this.slots.maxPrice ??= 0;
    else this.slots.price ??= 0;
    const start = text.slice(0, free.index).split(" ").filter(Boolean).length;
    this.mark(start, start + free[0].trim().split(" ").length);
  }

  /**
   * "baisse de 20€ le prix", "drop the bike by 20 bucks", "20€ de moins", "knock 30 off": a change by an amount, never
   * a new price: the amount is set aside (read first, no price slot comes of it) and the change returned, signed, for
   * the handler to apply to the listing's price.
   */
  priceChange(): number | undefined {
    const words = this.words;
    if (words.some((w, i) => (w === "a" || w === "to") && /^\d/.test(words[i + 1] ?? ""))) return undefined; // "de 100 à 80": a new price
    for (const m of this.money()) {
      const changeVerbBefore = words.slice(Math.max(0, m.start - 7), m.start).some((w) => CHANGE_BY_VERBS.has(w));
      const byAmount = changeVerbBefore && this.has(m.start - 1, "de", "by", "of");
      const verbRight = this.has(m.start - 1, ...TAKING_OFF_VERBS);
      const offAfter = this.has(m.end, "off", "moins", "less") || (this.has(m.end, "de", "en") && this.has(m.end + 1, "moins"));
      if (!byAmount && !verbRight && !offAfter) continue;
      const raising = words.slice(0, m.start).some((w) => RAISING_VERBS.has(w)) && !offAfter;
      this.mark(m.start, m.end);
      const minor = Math.round(m.amount * 100);
      return raising ? minor : -minor;
    }
    return undefined;
  }

  prices() {
    let amounts = this.money();
    // ("make my bike listing free instead of 50€", "gratuit au lieu de 20€": the new price is no amount)
    if (
      amounts.length > 0 &&
      (this.intent === "update_listing" || this.intent === "create_listing") &&
      /\b(?:free|gratuit|gratuite|gratos)\s+(?:instead of|au lieu de|au lieu d|rather than|plutot que)\b/.test(this.words.join(" "))
    ) {
      for (const m of amounts) this.mark(m.start, m.end);
      amounts = [];
    }
    if (amounts.some((m) => !m.replaced)) amounts = amounts.filter((m) => !m.replaced);
    // ("mileage is 13 500 km now", "il a 45 000 km": a distance written in groups is no amount of money)
    const distanceUnit = (k: number) => this.has(k, "km", "kms", "kilometres", "kilometers", "miles", "mi", "bornes");
    amounts = amounts.filter((m) => !(distanceUnit(m.end) || (/^\d{3}$/.test(this.words[m.end] ?? "") && distanceUnit(m.end + 1))));
    // ("l'équipe de foot à 5", "un five à 7": how many play a side, no price — "vends ballon de foot à 15" sells)
    const selling = this.words.some((w) => OFFER_VERBS.includes(w));
    amounts = amounts.filter(
      (m) =>
        !(
          !selling &&
          this.has(m.start - 1, "a") &&
          this.has(m.start - 2, "foot", "football", "futsal", "rugby", "basket", "hand", "handball", "volley", "five", "hockey") &&
          /^\d{1,2}$/.test(this.words[m.start] ?? "") &&
          m.end === m.start + 1
        ),
    );
    // A listing has one price: the first amount with a currency, else the first one.
    if (this.intent === "create_listing" || this.intent === "update_listing") {
      // "personne n'en veut à 200, mets 170": in a change, the amount the verb sets is the new price
      const set = (m: Money) => {
        let k = m.start - 1;
        if (this.has(k, "a", "to", "at")) k--;
        if (this.has(k, "it", "le", "la", "l")) k--;
        return this.has(k, ...PRICE_SETTING_VERBS);
      };
      // ("c'est plus 150 mais 120", "not 90 but 75 now", "c'est plus 2,5k c'est 2,2k": the amount after the one denied
      // replaces it)
      const denied = amounts.findIndex(
        (m, k) =>
          k + 1 < amounts.length &&
          (this.has(m.start - 1, "plus", "pas", "not") || (this.has(m.start - 1, "longer") && this.has(m.start - 2, "no"))) &&
          // ("c'est plus 2,5k c'est 2,2k maintenant": "c'est" said again leads to the new one too)
          /\b(?:mais|but|c est|it s|it is|now|maintenant|desormais)\b/.test(
            this.words.slice(m.end, (amounts[k + 1] as Money).start).join(" "),
          ),
      );
      // ("#2 prix 80→60", "120 => 100", "was 300 -> 250 now": an arrow from one amount leads to the price it becomes)
      const digits = (m: Money) => this.tokens.filter((t, k) => k >= m.start && k < m.end && /^\d/.test(t.text));
      const arrowedTo = amounts.findIndex((m, k) => {
        const before = amounts[k - 1];
        const [from, to] = before ? [digits(before).at(-1), digits(m)[0]] : [];
        return !!from && !!to && ARROW_BETWEEN_AMOUNTS.test(this.text.slice(from.end, to.start));
      });
      if (arrowedTo > 0) {
        for (const m of amounts.slice(0, arrowedTo)) this.mark(m.start, m.end);
        amounts = amounts.slice(arrowedTo);
      }
      let newPrice = this.intent === "update_listing" ? (denied >= 0 ? amounts[denied + 1] : amounts.find(set)) : undefined;
      if (arrowedTo > 0 && this.intent === "update_listing") newPrice = amounts[0];
      // "2,5k€ non je rigole, 180€ les deux": an amount taken back gives way to the one said after
      // ("700€ wait no 650€", "80... actually make it 70", "à 190, non 180": between two amounts, a word of correcting)
      const joke = TAKEN_BACK.exec(this.words.join(" ")) ?? AMOUNT_CORRECTED.exec(this.words.join(" "));
      const after = joke ? this.words.join(" ").slice(0, joke.index).trim().split(" ").length : Number.POSITIVE_INFINITY;
      if (amounts.some((m) => m.start >= after) && amounts.some((m) => m.start < after)) {
        for (const m of amounts.filter((m) => m.start < after)) this.mark(m.start, m.end);
        amounts = amounts.filter((m) => m.start >= after);
        // ("baisse ma switch à 190, non 180": the new price is the corrected one)
        if (newPrice && newPrice.start < after) newPrice = amounts[0];
      }
      // (a currency written as a word or a sign before "920e", which may be a model's name)
      // (of bare amounts, one said as a price — "800 for the pair", "80 le lot", "asking 200" — before a count: "2 antique pews")
      // ("shutter count around 12k, 1k firm": the amount said firm or open to offers is the price)
      const said =
        amounts.find((m) => this.has(m.end, "firm", "ferme", "obo", "ono", "ovno", "nego", "negociable", "negotiable", "fixed")) ??
        amounts.find(
          (m) =>
            this.has(m.end, "for", "pour", "le", "la", "each", "chacun", "chacune", "piece") ||
            (m.end > m.start + 1 && !/^\d/.test(this.words[m.end - 1] ?? "")) ||
            this.has(m.start - 1, "asking", "prix", "price", "demande"),
        );
      // ("500 NOK… or 45€", "400 DKK... ok let's say 50 euros": the amount said again in another money is the one meant)
      const priced = amounts.filter((m) => m.currency && m.currency !== LOCAL_MONEY);
      const [firstPriced, againPriced] = priced;
      const saidAgain =
        firstPriced &&
        againPriced &&
        firstPriced.currency !== againPriced.currency &&
        // (said again in euros, the member's money; "150 CHF, soit environ 160 €" converts, "ou 60 CHF livrée" adds delivery)
        againPriced.currency === "EUR" &&
        /\b(?:or|ou|say|disons)\b/i.test(this.words.slice(firstPriced.end, againPriced.start).join(" ")) &&
        !/\b(?:livr\w*|deliver\w*|shipped|envoi)\b/i.test(this.words.slice(againPriced.end, againPriced.end + 3).join(" "))
          ? againPriced
          : undefined;
      // ("25€ each or 90 for all 4", "2 balles pièce ou 80 le lot": a price for each and one for the lot, the lot's)
      // ("20€/kg ou 55€ le tout": a price by the unit, beside the lot's, is the unit's)
      const each = (m: Money) =>
        this.has(m.end - 1, "each", "piece", "chacun", "chacune", "apiece") ||
        this.has(m.end, "each", "piece", "chacun", "chacune") ||
        (/^\s*\/\s*$/.test(this.gap(m.end - 1, m.end)) && /^[a-z]{1,6}$/.test(this.words[m.end] ?? ""));
      const forTheLot = (m: Money) =>
        this.has(m.end, "for", "pour") &&
        (this.has(m.end + 1, "all", "both", "everything", "tout", "lot") ||
          (this.has(m.end + 1, "the", "les", "le", "l") &&
            this.has(m.end + 2, "lot", "deux", "trois", "quatre", "tout", "set", "pair", "paire")));
      const delivery = (m: Money) =>
        this.words.slice(Math.max(0, m.start - 2), m.start).some((w) => DELIVERY_WORDS.has(w) || w === "frais");
      const lot = (m: Money) =>
        !delivery(m) &&
        (forTheLot(m) ||
          (this.has(m.end - 1, "lot", "tout") && this.has(m.end - 2, "le")) ||
          (this.has(m.end, "le") && this.has(m.end + 1, "lot", "tout")) ||
          (this.has(m.end, "les") && this.has(m.end + 1, "deux", "trois", "quatre", "2", "3", "4")) ||
          (this.has(m.end - 2, "les") && this.has(m.end - 1, "deux", "trois", "quatre", "2", "3", "4")));
      const lotPrice = this.intent === "create_listing" && amounts.some(each) ? amounts.find((m) => lot(m) && !each(m)) : undefined;
      // ("carte cadeau Amazon 50€ pour 40€", "£50 gift card for £40": a value sold for less, the amount paid)
      const paidFor = amounts.find(
        (m, k) =>
          k > 0 &&
          m.currency !== undefined &&
          amounts[k - 1]?.currency !== undefined &&
          (amounts[k - 1]?.amount ?? 0) > m.amount &&
          this.has(m.start - 1, "pour", "for", "a"),
      );
      // (the price for each, set aside, is no word of the thing either)
      if (lotPrice) for (const m of amounts.filter(each)) this.mark(m.start, m.end);
      const chosen =
        newPrice ??
        saidAgain ??
        lotPrice ??
        paidFor ??
        amounts.find((m) => m.currency && !m.glued) ??
        amounts.find((m) => m.currency) ??
        said ??
        amounts[0];
      amounts = chosen ? [chosen] : [];
    }
    for (const m of amounts) {
      const minor = Math.round(m.amount * 100);
      const currencyIsDefault = !m.currency || m.currency === "EUR" || m.currency === LOCAL_MONEY;
      if (this.intent === "search_listings") {
        if (m.role === "min") this.slots.minPrice = minor;
        else if (m.role === "max" || m.currency) this.slots.maxPrice = minor;
        else continue;
      } else if (this.intent === "search_missions") {
        // ("I charge at least 80/h": an hourly rate is no day rate's floor; its words are no work looked for)
        if (m.period === "hour") this.mark(m.start, m.end);
        if (m.role === "max" || m.period === "hour") continue;
        this.slots.minRate = minor;
      } else if (this.intent === "update_profile" || this.intent === "generate_profile") {
        const hourly = m.period === "hour";
        this.slots[hourly ? "hourlyRate" : "dailyRate"] = minor;
        // ("60 $ de l'heure, … ma ville : Ottawa": the dollars of the town said; "bucks" names none)
        this.dollars = m.currency === "USD";
      } else if (this.intent === "create_listing" || this.intent === "update_listing") {
        this.slots.price = minor;
        // ("120 bucks", "450 bucks, Austin" stay unsaid, as the labelling guide has it: the member's own money,
        // which the listing takes from its place)
        this.dollars = m.currency === "USD";
      } else if (this.intent === "set_preferences") {
        continue;
      } else {
        continue;
      }
      if (!currencyIsDefault && m.currency && this.intent !== "search_listings" && this.intent !== "search_missions")
        this.slots.currency = m.currency;
      let from = m.start;
      while (
        from > 0 &&
        this.has(
          from - 1,
          "pour",
          "for",
          "a",
          "at",
          "to",
          "prix",
          "price",
          "de",
          "est",
          "is",
          "c",
          "en",
          "rate",
          "tjm",
          "taux",
          "journalier",
          "horaire",
          "tarif",
          "le",
        )
      )
        from--;
      this.mark(from, m.end);
      this.priceWords.add(m.end - 1);
    }
  }

  /** The last word of each amount read as a price or a rate: a town may follow it without a comma. */
  priceWords = new Set<number>();

  // ------------------------------------------------------------------ place
  /**
   * "in lacanau", "près de chamonix", "à la clusaz": a word neither language knows, as the member
   * typed it (whatever the speller would make of it: "a moutiers"), names a town even in lower case and small.
   */
  /** Words [from, from + n) no dictionary or first name has, but for a saint's and a compound's little words ("Saint-Véran", "Saint-Jean-de-Luz"). */
  onlyAName(from: number, n: number): boolean {
    return (
      !FIRST_NAMES.has(this.tokens[from]?.folded ?? "") &&
      this.tokens.slice(from, from + n).every((t, k) => this.unknownWord(from + k) || NAME_LINKS.has(t.folded)) &&
      this.tokens.slice(from, from + n).some((_, k) => this.unknownWord(from + k))
    );
  }

  unknownWord(k: number): boolean {
    const typed = this.tokens[k]?.folded ?? "";
    return typed.length >= 3 && !FUNCTION_WORDS.has(typed) && !NOT_PLACES.has(typed) && !dictionaryWords().has(typed);
  }

  /**
   * How many words from `at` name a part of a town and end the line: "centre", "nord", "rive gauche", or a
   * district with its capital that no dictionary knows ("Borny"). 0 when none, or when more follows.
   */
  townPartAfter(at: number): number {
    let end = this.tokens.length;
    while (end > at && FILLER_TAIL.has(this.words[end - 1] ?? "")) end--;
    const rest = this.words.slice(at, end);
    if (rest.length === 0 || /[,;:.!?]/.test(this.gap(at - 1, at))) return 0;
    const said = rest.join(" ");
    const district =
      rest.length === 1 &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(this.tokens[at]?.text ?? "") &&
      this.unknownWord(at) &&
      !resolvePlace(this.tokens[at]?.text ?? "");
    return TOWN_PART_PHRASES.has(said) || district ? this.tokens.length - at : 0;
  }

  /**
   * "a" in an English line that is "à" typed without its accent: before a vowel, where English says
   * "an" ("need a baby sitter saturday a aix"), or before a city or a word no language knows that ends
   * the clause ("appartements a louer a nice", "come pick them up a cucuron"), unless English that
   * takes an article stands before it ("for a euro", "need a nice one").
   */
  accentlessA(i: number): boolean {
    const next = this.tokens[i + 1];
    // (never first, after a comma or after English that takes an article: "a Orange livebox", "trade my van, a pontiac")
    if (!next || i === 0 || !/^\s+$/.test(this.gap(i - 1, i)) || ENGLISH_BEFORE_A.has(this.tokens[i - 1]?.folded ?? "")) return false;
    // (a capital after "a" names a brand or a team as often as a town: "a Evian bottle", "a Orléans fan")
    if (/^\p{Lu}/u.test(next.text)) return false;
    // ("€6 a bale", "5 a piece": after an amount, a price by the unit)
    if (/^\d/.test(this.tokens[i - 1]?.folded ?? "")) return false;
    if (/^[aeio]/.test(next.folded)) return true;
    const endsClause = i + 2 >= this.tokens.length || /[,;.!?]/.test(this.gap(i + 1, i + 2));
    return endsClause && (this.unknownWord(i + 1) || (townNamed(next.text)?.population ?? 0) >= 100_000);
  }

  /** "club de foot de …", "chorale paroissiale de …", "marché de …": a group or a venue, up to four words before `de`. */
  townOfAGroup(de: number): boolean {
    for (let k = de - 1; k >= Math.max(0, de - 4); k--) {
      if (GROUPS_OF_A_TOWN.has(this.words[k] ?? "")) return true;
      if (/[,;.!?:]/.test(this.gap(k, k + 1))) return false;
    }
    return false;
  }

  /** A town of the members' countries of 40,000 people or more: "nice", "tours", "gap" where a town stands. */
  isCityOfHome(name: string): boolean {
    const place = townNamed(name);
    return place !== undefined && inMembersCountry(place) && place.population >= 40_000;
  }

  /**
   * A word that is also a city ("nice", "tours", "gap") closing the line where a posting or a search
   * says its town: after a comma in a line that states an amount ("…, 1€ each, nice"), or right after
   * an amount said with its money ("… 30 balles gap"). "nice" alone, "good condition, nice" and
   * "33 tours" stay words.
   */
  cityWordLast(i: number): boolean {
    const word = this.words[i] ?? "";
    if (i === 0 || i + 1 < this.tokens.length || !NOT_PLACES.has(word) || !this.isCityOfHome(this.tokens[i]?.text ?? "")) return false;
    const before = this.words[i - 1] ?? "";
    const afterComma = /,/.test(this.gap(i - 1, i)) && this.words.some((w) => /^\d/.test(w));
    const afterMoney = /^\d+(?:[.,]\d+)?(?:e|eur|k)$/.test(before) || CURRENCY[before] !== undefined;
    return afterComma || afterMoney;
  }

  /** "… et alentours", "… ou alentours", "… area", "… and around", "… or nearby": what stands before is a town. */
  areaAfter(k: number): boolean {
    return (
      this.has(k, "alentours", "environs", "area", "surroundings") ||
      (this.has(k, "et", "ou", "and", "or") && this.has(k + 1, "alentours", "environs", "around", "surroundings", "nearby"))
    );
  }

  /** "à la rochelle", "à La Clusaz", "à la clusaz": the article is the town's own. */
  articleOpensTown(from: number): boolean {
    const named = /^\p{Lu}/u.test(this.tokens[from + 1]?.text ?? "") || this.unknownWord(from + 1);
    // ("à la roche sur yon": the town's name may go on past its second word)
    for (let n = 2; n <= 4 && from + n <= this.words.length; n++) {
      const population = townNamed(this.original(from, from + n))?.population ?? 0;
      // (a name of three words or more that is a town's is no accident: "à la trinite sur mer")
      if (population >= (named || n >= 3 ? 1_000 : 50_000)) return true;
    }
    return false;
  }

  /**
   * The town of a district said at [from, from + n) ("à Wazemmes", "in Clapham", "pickup à
   * Saint-Michel"): districts.ts. One named like a word of either language ("Marais", "Sentier")
   * counts only with its capital.
   */
  districtTown(from: number, n: number): string | undefined {
    const candidate = this.original(from, from + n);
    if (!/^\p{L}/u.test(candidate)) return undefined;
    if (!/^\p{Lu}/u.test(candidate) && n === 1 && dictionaryWords().has(this.words[from] ?? "")) return undefined;
    const whole = townOfDistrict(candidate, this.text);
    if (whole) return resolvePlace(whole)?.name ?? whole;
    // ("Etterbeek, Brussels": the district, then its town; "à Purpan, je cherche une nounou" names no town after the comma)
    const [district, ...after] = candidate.split(",");
    const town = after.length > 0 ? townOfDistrict(district ?? "", this.text) : undefined;
    if (!town) return undefined;
    const named = resolvePlace(after.join(",").trim());
    const own = resolvePlace(town);
    return named && own && named.lat === own.lat && named.lng === own.lng ? own.name : undefined;
  }

  place() {
    this.markOrigins();
    this.markRegions();
    const landmarkTown = this.markLandmarks();
    this.placeSaid();
    this.placeCorrected();
    this.placeEndingThePosting();
    this.placeStandingAlone();
    this.placeEndingTheLineInLowerCase();
    this.placeARideLeavesFrom();
    this.placeOfPickup();
    this.placeWhereTheMemberIs();
    this.placeOfARelative();
    // ("rdv gare de Lyon": a landmark of a known town, when the line names no town of its own)
    if (this.slots.place === undefined && landmarkTown) this.slots.place = landmarkTown;
    this.placeLeft();
  }

  /** "native speaker from Manchester", "originaire de Porto": where the member comes from is no place of the thing (7 of 7). */
  private markOrigins() {
    for (const origin of this.text.matchAll(ORIGIN_SAID)) {
      const from = (origin.index ?? 0) + origin[0].length - (origin[1]?.length ?? 0);
      const to = (origin.index ?? 0) + origin[0].length;
      for (const [k, t] of this.tokens.entries()) if (t.start >= from && t.end <= to) this.used[k] = true;
    }
  }

  /**
   * "I'm moving out of Amsterdam …, selling my Kallax", "je déménage de Nanterre …, table + 4 chaises": with no other town
   * said, the town the member leaves is where the thing is (the writers place it there 14 times of 14).
   */
  private placeLeft() {
    if (this.slots.place !== undefined || this.intent !== "create_listing") return;
    // ("on part de Lyon": leaving, said with its subject; "une part de Brie" is a slice)
    const moving = (k: number) =>
      // (not "moved": "I moved from Bristol to Leeds" has the thing where the member lives now)
      this.has(k, "demenage", "demenageons", "moving", "move") ||
      (this.has(k, "pars", "partons", "part") && this.has(k - 1, "je", "j", "on", "nous"));
    for (let i = 1; i < this.words.length; i++) {
      const left =
        (this.has(i - 1, "of") && this.has(i - 2, "out") && moving(i - 3)) ||
        this.has(i - 1, "leaving", "quitte", "quittons", "quittent", "leave") ||
        (this.has(i - 1, "de", "d", "from") && moving(i - 2));
      if (!left || this.used[i] || !/^\p{Lu}/u.test(this.tokens[i]?.text ?? "")) continue;
      for (const length of [3, 2, 1]) {
        if (i + length > this.words.length || this.used.slice(i, i + length).some(Boolean)) continue;
        const town = townNamed(this.original(i, i + length));
        if (!town) continue;
        this.slots.place = town.name;
        this.mark(i, i + length);
        return;
      }
    }
  }

  /**
   * The region written after a town says where the town is, and is neither the place nor the thing: "Leek,
   * Staffordshire", "Westport, Co. Mayo", "Mudgee NSW", "Helmsley, North Yorkshire". Only right after a capitalised
   * word, and ending its clause.
   */
  /** Where a region ending the line starts in the text ("…, Leek, Staffordshire."): the town ends before it. */
  private endingRegionAt: number | undefined;

  /**
   * Where a closing sign-off starts ("…, $900 ono. Mudgee NSW. Cheers, Bill and Val"): the posting's last words come
   * before it. The length of the text when there is none.
   */
  private get signedFrom(): number {
    const signed = SIGN_OFF.exec(this.text);
    if (!signed || signed.index === 0 || !/^[.!]/.test(signed[0]) || signed[0].trim().split(/\s+/).length > 7) return this.text.length;
    return signed.index + 1;
  }

  private markRegions() {
    const typed = this.tokens.map((token) => token.text);
    const signedFrom = this.signedFrom;
    for (let k = 1; k < this.words.length; k++) {
      const length = regionAt(this.words, typed, k);
      if (length === 0) continue;
      const end = k + length;
      const afterTown = /^\p{Lu}/u.test(this.tokens[k - 1]?.text ?? "") && /^\s*,?\s*$/.test(this.gap(k - 1, k));
      const endsClause = end >= this.words.length || /^\s*[,.;!?)]/.test(this.gap(end - 1, end));
      if (afterTown && endsClause) {
        this.mark(k, end);
        // (the line's last words: where the posting is is the town before them)
        if (/^[\s.!]*$/.test(this.text.slice(this.tokens[end - 1]?.end ?? 0, signedFrom))) this.endingRegionAt = this.tokens[k]?.start;
        k = end - 1;
      }
    }
  }

  /**
   * A street, a park or a station named after a town is no town: "pickup near Victoria Park", "Washington Square",
   * "rdv gare de Lyon", "rue de Lyon à Grenoble". Its words are set aside (neither a place nor the thing); a name that
   * is itself a place ("Menlo Park", a district) stays one.
   */
  private markLandmarks(): string | undefined {
    const capital = (k: number) => /^\p{Lu}/u.test(this.tokens[k]?.text ?? "");
    let landmarkTown: string | undefined;
    // (a town of its own of some size: "Menlo Park"; a landmark of a known town, "gare de Lyon", is Paris's)
    const isPlace = (from: number, to: number) => {
      const said = this.original(from, to);
      const district = townOfDistrict(said, this.text);
      if (district) landmarkTown ??= resolvePlace(district)?.name ?? district;
      return !district && (resolvePlace(said)?.population ?? 0) >= 20_000;
    };
    this.words.forEach((w, k) => {
      // English: the name, then its kind ("Victoria Park", "Boston Road")
      // (said as where: after "near", "in", "pickup" — "Abbey Road" after "vinyle" is an album)
      if (LANDMARKS_AFTER.has(w) && capital(k) && k > 0 && capital(k - 1) && /^\s+$/.test(this.gap(k - 1, k))) {
        let from = k - 1;
        if (from > 0 && capital(from - 1) && /^\s+$/.test(this.gap(from - 1, from)) && !LANDMARK_LEADS.has(this.words[from - 1] ?? ""))
          from--;
        if (LANDMARK_LEADS.has(this.words[from - 1] ?? "") && !isPlace(from, k + 1) && !this.used.slice(from, k + 1).some(Boolean))
          this.mark(from, k + 1);
        return;
      }
      // French: the kind, then the name ("gare de Lyon", "place Bellecour", "rue de la République")
      if (!LANDMARKS_BEFORE.has(w)) return;
      let k2 = k + 1;
      while (this.has(k2, "de", "du", "des", "d", "la", "l") && k2 < k + 3) k2++;
      const named = capital(k2) || (LANDMARKS_BEFORE_IN_ANY_CASE.has(w) && k2 > k + 1 && /^\p{L}{3,}$/u.test(this.words[k2] ?? ""));
      if (k2 >= this.words.length || !named || /[,;:.!?()]/.test(this.text.slice(this.tokens[k]?.end ?? 0, this.tokens[k2]?.start ?? 0)))
        return;
      // (the name to its next word of capitals, never a town said after it: "rue Oberkampf Paris 11")
      let to = k2 + 1;
      while (
        to < k2 + 3 &&
        to < this.words.length &&
        capital(to) &&
        /^[\s'’-]+$/.test(this.gap(to - 1, to)) &&
        (resolvePlace(this.words[to] ?? "")?.population ?? 0) < 20_000
      )
        to++;
      // (a street that names its district says the town: "rue Oberkampf" is in Paris)
      const district = townOfDistrict(this.original(k2, to), this.text);
      if (district) landmarkTown ??= resolvePlace(district)?.name ?? district;
      if (!isPlace(k, to) && !this.used.slice(k, to).some(Boolean)) this.mark(k, to);
    });
    return landmarkTown;
  }

  /**
   * "mon fils est parti au Québec et a laissé sa guitare, 100€, Rennes": a town said alone, capitalised, at the end of a
   * posting is where the thing is, over a town of the story told before it.
   */
  private placeEndingThePosting() {
    const said = this.slots.place;
    if (this.intent !== "create_listing" || (said !== undefined && typeof said !== "string")) return;
    // ("…, Rennes", "collection from Leeds (Headingley).", "à prendre à Villeurbanne": the last words say where it is)
    const last =
      /[,.;!?]\s*(?:(?:collection|collect|pick ?up|pickup|à prendre|a prendre|à récupérer|a recuperer|à enlever|a enlever|visible)\s+(?:sur place\s+|on site\s+|(?:from|in|at|à|a|sur)\s+))?(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,3})(?:\s+(?:area|region|district|and around|or nearby|or around|et alentours|ou alentours|et environs))?(?:\s*\([^()]{2,30}\))?\s*[.!]?\s*$/u.exec(
        this.endingRegionAt === undefined
          ? this.text.slice(0, this.signedFrom)
          : this.text.slice(0, this.endingRegionAt).replace(/[\s,]+$/, ""),
      );
    // (a district where it is picked up only narrows the town said before: "Brooklyn …, pickup in Bushwick")
    const pickedUpInADistrict = !!last?.[1] && last[0].trim().length > last[1].length + 3 && !!townOfDistrict(last[1], this.text);
    const town = last?.[1] && !pickedUpInADistrict ? townNamed(last[1]) : undefined;
    if (!last || !town || foldText(town.name) === foldText(said ?? "")) return;
    const from = last.index + last[0].indexOf(last[1] as string);
    const before = this.tokens.filter((t) => t.end <= from);
    // (not a part or the region of the town just said, "Berlin, Friedrichshain", "Portland, Maine"; not who signs,
    // "Kind regards, Alan")
    const clauseBefore =
      this.text
        .slice(0, last.index)
        .split(/[,.;!?]/)
        .at(-1) ?? "";
    // (nor what follows a town just said in the same clause: "à Lyon, Florence" is who signs, "I'm in London, Camden" a part)
    const clauseWords = clauseBefore.trim().split(/\s+/);
    const townEndsTheClause = [3, 2, 1].some((n) => clauseWords.length >= n && !!townNamed(clauseWords.slice(-n).join(" ")));
    if (townEndsTheClause || SIGN_OFF.test(clauseBefore)) return;
    // (nor who signs with a title and an initial: "References please. Mrs E. Thornton", "Cordialement, Mme J. Perrin")
    if (/(?:^|[\s,.])(?:mr|mrs|ms|miss|dr|mme|mlle|m|madame|monsieur)\.?\s+(?:\p{Lu}\.\s*)*$/iu.test(this.text.slice(0, from))) return;
    if (isFirstName(foldText(last[1] as string)) || before.length < 4) return;
    const earlier = said === undefined ? undefined : resolvePlace(said);
    if (earlier && earlier.lat === town.lat && earlier.lng === town.lng) return;
    this.slots.place = town.name;
    for (const [k, t] of this.tokens.entries()) if (t.start >= from) this.used[k] = true;
  }

  /**
   * "mon père (91 ans, Langres) a besoin d'un coup de main … Je suis à Paris", "pour ma mère qui habite à Thiers", "my
   * mum lives in Tenby and needs a lift": a posting for a parent is where the parent lives, not where the writer is.
   */
  /**
   * "… while I visit my son in Boston. I'm outside Skibbereen", "… il nous a laissé un atelier à Oignies. J'habite
   * Douai": where the member says they are, after another town of their story, places the posting (70 of the studied
   * writers' 72 postings with such a sentence are placed so).
   */
  private placeWhereTheMemberIs() {
    if (this.intent !== "create_listing" || typeof this.slots.place !== "string") return;
    const said = SELF_LOCATED.exec(this.text);
    const town = said?.[1] ? townNamed(said[1]) : undefined;
    if (!said || !town || foldText(town.name).startsWith(foldText(this.slots.place).split(" ")[0] ?? "")) return;
    const before = this.text.slice(0, said.index);
    // (only after the other town, which was the story's; never for a town of several places named the same way)
    if (!foldText(before).includes(foldText(this.slots.place).split(/[ -]/)[0] ?? "")) return;
    this.slots.place = town.name;
  }

  private placeOfARelative() {
    if (this.intent !== "create_listing") return;
    const said = RELATIVE_WITH_TOWN.exec(this.text);
    const name = said?.[1] ?? said?.[2];
    const town = name ? townNamed(name.trim()) : undefined;
    if (town) this.slots.place = town.name;
  }

  /** "Collect from Much Wenlock, any evening", "pickup in Bushwick only", "je suis de Ciney": where it is, when nothing else said. */
  private placeOfPickup() {
    if (this.slots.place !== undefined || this.intent !== "create_listing") return;
    const said = PICKUP_PLACE.exec(this.text);
    const town = said?.[1] ? townNamed(said[1]) : undefined;
    if (town && !isFirstName(foldText(said?.[1] ?? ""))) {
      this.slots.place = town.name;
      return;
    }
    // ("… pick up crieff", "collect from mine (kirkby stephen)": in lower case, ending the line, a town no word could be)
    const lower = PICKUP_OR_BRACKETED_IN_LOWER_CASE.exec(this.text);
    const name = lower?.[1] ?? lower?.[2];
    const place = name ? townNamed(name) : undefined;
    if (!name || !place) return;
    const unknown = name.split(/\s+/).every((w) => !dictionaryWords().has(foldText(w)) && !isFirstName(foldText(w)));
    if (unknown && place.population >= (name.includes(" ") ? 1_000 : 3_000)) this.slots.place = place.name;
  }

  /**
   * "Need a lift to the market in Skibbereen, from Castletownshend", "je propose de conduire … à Clermont, je pars de
   * Saint-Gervais", "take me to Tesco in Bideford, I live out at Abbotsham": a ride is posted where it leaves from.
   */
  private placeARideLeavesFrom() {
    if (this.intent !== "create_listing" || !A_RIDE.test(this.text)) return;
    for (const said of this.text.matchAll(RIDE_ORIGIN)) {
      const name = said[1] as string;
      const town = townNamed(name);
      if (!town || isFirstName(foldText(name))) continue;
      // (its words stay free: "ride from Leeds to Manchester airport" is the title writers give the ride)
      this.slots.place = town.name;
      return;
    }
  }

  /**
   * "FREE: rhubarb crowns. Tavistock. Bring a bucket!", "… pour mes papiers. Fribourg. Merci à vous", "Settle, N Yorks",
   * "Lyme Regis, must collect": a town written as a part of the line on its own (between stops, commas or brackets) is
   * where the thing is, when nothing else said where — never a first name that signs ("… Merci, René").
   */
  private placeStandingAlone() {
    if (this.slots.place !== undefined || (this.intent !== "create_listing" && this.intent !== "search_listings")) return;
    for (const part of this.text.matchAll(
      /(?<=^|[.,;:!?()\n]\s*)(\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|les|lès|sur|en|on|upon|under|in|am|an|der))*)(?=\s*(?:[.,;!?()\n]|$))/gu,
    )) {
      const name = part[1] as string;
      const words = name.split(/[\s-]+/);
      if (words.length > 4 || isFirstName(foldText(name)) || (words.length === 1 && dictionaryWords().has(foldText(name)))) continue;
      const town = townNamed(name);
      if (!town || foldText(town.name) !== foldText(name)) continue;
      const from = part.index ?? 0;
      // (an exclamation is no town, "Nice!"; in brackets only a town alone, "(Kirkby Stephen)", not a list, "(Catan,
      // Carcassonne)"; far from the members' countries only a city, not the hamlet a university shares its name with)
      const after = this.text.slice(from + name.length).trimStart();
      if (words.length === 1 && /^[!?]/.test(after)) continue;
      const before = this.text.slice(0, from);
      const opened = (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
      if (opened && !(/\(\s*$/.test(before) && /^\)/.test(after))) continue;
      if (!STANDING_ALONE_COUNTRIES.has(town.countryCode) && town.population < 20000) continue;
      const inside = this.tokens.flatMap((t, k) => (t.start >= from && t.end <= from + name.length ? [k] : []));
      if (inside.length === 0 || inside.some((k) => this.used[k])) continue;
      this.slots.place = town.name;
      for (const k of inside) this.used[k] = true;
      return;
    }
  }

  /**
   * "…, 20 euro each, kinsale", "… même taille. epinal": the last part of a posting or a search, after a comma or a full
   * stop, typed in lower case, that is a town's name whole and no word of either language.
   */
  private placeEndingTheLineInLowerCase() {
    if (this.slots.place !== undefined || (this.intent !== "create_listing" && this.intent !== "search_listings")) return;
    const last = /[,.;!?]\s*([\p{Ll}][\p{Ll}'’ -]{2,40}?)[\s.!]*$/u.exec(this.text);
    const said = last?.[1];
    if (!said || said.split(/[\s-]+/).length > 4) return;
    if (!said.includes(" ") && !said.includes("-") && dictionaryWords().has(foldText(said))) return;
    const town = townNamed(said);
    if (!town || !sameTownName(town.name, said)) return;
    if (!(STANDING_ALONE_COUNTRIES.has(town.countryCode) && town.population >= 2_000) && town.population < 100_000) return;
    const from = (last?.index ?? 0) + (last?.[0].indexOf(said) ?? 0);
    const inside = this.tokens.flatMap((t, k) => (t.start >= from && t.end <= from + said.length ? [k] : []));
    if (inside.length === 0 || inside.some((k) => this.used[k])) return;
    this.slots.place = town.name;
    for (const k of inside) this.used[k] = true;
  }

  /** "à donner à Niort, je veux dire Parthenay", "near Brive, I mean Tulle": the town said after a correction is the one meant. */
  private placeCorrected() {
    if (this.slots.place === undefined) return;
    const said = this.words.join(" ");
    // ("à Tours, je veux dire à Blois": here "je veux dire à" corrects a town, it relays nothing)
    const correction = TAKEN_BACK.exec(said) ?? /\b(?:je veux dire|jveux dire)\b/.exec(said);
    if (!correction) return;
    const from = said.slice(0, correction.index + correction[0].length).split(" ").length;
    for (let k = from; k < Math.min(from + 3, this.words.length); k++) {
      if (this.used[k] || !/^\p{Lu}/u.test(this.tokens[k]?.text ?? "")) continue;
      for (const n of [2, 1]) {
        if (k + n > this.words.length || this.used.slice(k, k + n).some(Boolean)) continue;
        const town = townNamed(this.original(k, k + n));
        if (!town || town.name === this.slots.place) continue;
        this.slots.place = town.name;
        this.mark(k, k + n);
        return;
      }
    }
  }

  private placeSaid() {
    if (["send_message", "read_conversation", "report_user", "show_profile", "set_preferences", "link_account"].includes(this.intent))
      return;
    // ("tutoring, 30€/h, Leeds-based", "graphic designer, Sherbrooke based": where the member is based)
    // ("london based, hybrid fine": in lower case, a city)
    const based = /(?:^|[\s,;(])(\p{L}[\p{L}'’]+(?:[ -]\p{L}[\p{L}'’]+)?)[ -]based\b/u.exec(this.text);
    const home = based?.[1] ? townNamed(based[1]) : undefined;
    const capital = /^\p{Lu}/u.test(based?.[1] ?? "");
    if (based && home && home.population >= (capital ? 1_000 : 100_000)) {
      this.slots.place = home.name;
      const from = based.index;
      const to = from + based[0].length;
      for (const [k, t] of this.tokens.entries()) if (t.start >= from && t.end <= to) this.used[k] = true;
      return;
    }
    // "Orange (84)", "Vienne (38)": a French town with its département's number in brackets (no Orange in California)
    const withDepartement = /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s*\((?:\d{2}|2A|2B|97\d)\)/u.exec(this.text);
    const french = withDepartement?.[1] ? resolvePlace(`${withDepartement[1]}, France`) : undefined;
    // (the number must be the town's département: "veste Lacoste (50)" is a size)
    const departement = withDepartement?.[0].match(/\((\w+)\)/)?.[1] ?? "";
    if (withDepartement && french?.postcode?.startsWith(departement)) {
      this.slots.place = french.name;
      const from = withDepartement.index;
      const to = from + withDepartement[0].length;
      for (const [k, t] of this.tokens.entries()) if (t.start >= from && t.end <= to) this.used[k] = true;
      return;
    }
    // A route's towns are no place (the writers label none), but they stay in the thing's name
    this.route = new Set(this.routes().filter((k) => !this.used[k]));
    for (const k of this.route) this.used[k] = true;
    this.townOfTheThing();
    for (const k of this.route) this.used[k] = false;
    // "aide au déménagement de Lille à Roubaix", "a ride from Nice to Antibes": where it starts
    if (this.slots.place === undefined && this.routeOrigin) this.slots.place = this.routeOrigin;
    if (this.slots.place === undefined && this.rideOrigin && !this.used.slice(this.rideOrigin.from, this.rideOrigin.to).some(Boolean)) {
      this.slots.place = this.rideOrigin.name;
      this.mark(this.rideOrigin.from, this.rideOrigin.to);
    }
    // "covoit pour aller à Bordeaux … depuis Angoulême", "leaving from York": where it starts, said last
    // ("ships from Gaillac", "expédié depuis Albi", "au départ d'Annecy": where it leaves from is where it is)
    const leaving =
      /\b(?:(?:depuis|(?:au )?d[ée]part de|leaving from|departing from|starting from|ships from|shipping from|ship from|shipped from|sent from|dispatched from|exp[ée]di[ée]e?s? de)\s+|(?:(?:au )?d[ée]part|exp[ée]di[ée]e?s?) d['’])(\p{Lu}[\p{L}'’-]+)/u.exec(
        this.text,
      );
    const start = leaving?.[1];
    const origin = start ? townNamed(start) : undefined;
    if (leaving && origin && origin.population >= 5_000) {
      this.slots.place = origin.name;
      // (the words of leaving are no part of the thing: "covoiturage au départ de Lyon" is a ride)
      const from = leaving.index;
      const to = from + leaving[0].length;
      for (const [k, t] of this.tokens.entries()) if (t.start >= from && t.end <= to) this.used[k] = true;
    }
  }

  /** The first town of a route said "from X to Y" ("Paris → Lyon" names none: tickets are sold elsewhere). */
  private routeOrigin: string | undefined;
  /** Where a ride leaves from, said after where it goes ("navettes vers l'aéroport depuis Antibes"). */
  private rideOrigin: { from: number; to: number; name: string } | undefined;

  /** The preposition at `k` is the middle of a town's name typed without hyphens: "Chalon sur saone". */
  private prepositionInTownName(k: number): boolean {
    const typed = this.original(k - 1, k + 2);
    const name = townNamed(typed)?.name;
    return name !== undefined && /[-]/.test(name) && sameTownName(name, typed);
  }

  private townOfTheThing() {
    for (let i = 0; i < this.words.length; i++) {
      const word = this.words[i] ?? "";
      // ("climatiseur 12000 BTU", "batterie 20000 mAh": a number with its unit is a measure, no postcode)
      if (
        /^\d{5}$/.test(word) &&
        !this.used[i] &&
        !NOT_MONEY_UNITS.has(this.words[i + 1] ?? "") &&
        !MEASURE_UNITS.has(this.words[i + 1] ?? "") &&
        // ("15000 XYZ per box": a money's code in capitals after it, or a price's unit, says an amount, no postcode)
        !/^\p{Lu}{3}$/u.test(this.tokens[i + 1]?.text ?? "") &&
        !this.has(i + 1, "per", "par", "each", "chacun", "la", "le", "the", "a", "an")
      ) {
        const place = resolvePlace(word);
        if (place) {
          this.slots.place = place.name;
          this.mark(i - 1 >= 0 && PLACE_PREPOSITIONS.has(this.words[i - 1] ?? "") ? i - 1 : i, i + 1);
          return;
        }
      }
    }
    // ("on rentre à Cork …, collection from Agen", "back in the UK …, based in Lalinde": where it is
    // fetched or the member is based is read first, wherever it stands)
    const fetchedAt = (i: number) => FETCH_CUES.has(this.words[i - 1] ?? "") || (this.has(i - 1, "up") && this.has(i - 2, "pick"));
    const cued = [...this.words.keys()].filter(fetchedAt);
    const passes: [boolean, number[]][] = [
      [true, cued],
      [false, [...this.words.keys()]],
    ];
    for (const [firstPass, indices] of passes)
      for (const i of indices) {
        // "à 10 km de Villeurbanne", "within 20 km of lyon": after a distance, "de"/"of" opens the place
        const afterDistance = this.has(i, "de", "d", "of", "from") && this.distanceEnds.has(i);
        // ("…, région de Sion", "secteur de Tours": a region named after its town opens the place as a preposition does)
        // ("du village de Lapoutroie", "la commune de Ribeauvillé", "the village of Kinsale": the same, for a place's kind)
        // ("Alentours de Lodève", "le comité des fêtes de Saint-Julien", "jardin partagé de Brioude", "l'asso des parents
        // d'élèves de Plouguerneau": the surroundings of a town, or the group of the town that posts, is where it is)
        const regionOf =
          (this.has(i, "region", "secteur", "village", "commune", "hameau", "bourg", "alentours", "environs") &&
            this.has(i + 1, "de", "d", "du")) ||
          (this.has(i, "village", "town", "parish", "hamlet") && this.has(i + 1, "of") && this.has(i - 1, "the")) ||
          (this.intent === "create_listing" &&
            this.has(i + 1, "de", "d") &&
            /^\p{Lu}/u.test(this.tokens[i + 2]?.text ?? "") &&
            !isFirstName(foldText(this.tokens[i + 2]?.text ?? "")) &&
            [i, i - 1, i - 2, i - 3, i - 4].some(
              (k) =>
                k >= 0 &&
                // (as typed: the speller reads "asso" as another word)
                (LOCAL_GROUPS.has(this.words[k] ?? "") || LOCAL_GROUPS.has(this.tokens[k]?.folded ?? "")) &&
                !/[,;.!?]/.test(this.text.slice(this.tokens[k]?.end ?? 0, this.tokens[i + 1]?.start ?? 0)) &&
                // (the group that posts opens the line or a clause: "vends miel de la coopérative de Nyons" names a honey)
                (k === 0 ||
                  /[,;.!?:]\s*$/.test(this.gap(k - 1, k)) ||
                  (this.has(k - 1, "le", "la", "l", "les", "notre", "nos", "our", "the") &&
                    (k - 1 === 0 || /[,;.!?:]\s*$/.test(this.gap(k - 2, k - 1))))),
            ));
        if (this.locale === "en" && this.tokens[i]?.text.toLowerCase() === "a" && !this.accentlessA(i)) continue;
        // ("qqn en a sur Orthez ?", "il y en a vers Pau": "a" is the verb when a preposition follows it)
        if (
          this.tokens[i]?.text.toLowerCase() === "a" &&
          this.has(i + 1, "sur", "vers", "pres", "dans", "autour", "a", "en", "au", "aux", "chez")
        )
          continue;
        // "made in Mexico", "fabriqué en Italie": where it was made, not where it is
        if (this.has(i - 1, "made", "fabrique", "fabriquee", "fabriques", "assembled", "built") && this.has(i, "in", "en", "au", "a"))
          continue;
        // "tickets for the Coldplay gig at Wembley": where an event is held is a venue, not the member's town
        if (this.has(i, "at") && this.words.some((w) => EVENT_WORDS.has(w))) continue;
        // ("Tuesdays at the Red Lion in Malton", "at the Crown": a name after "at the" is a venue, the town follows)
        // (a town's name there names its venue's town: "at the Nantes coworking", "at the Otley Co-op")
        if (
          this.has(i, "at") &&
          this.has(i + 1, "the") &&
          /^\p{Lu}/u.test(this.tokens[i + 2]?.text ?? "") &&
          townNamed(this.tokens[i + 2]?.text ?? "") === undefined
        )
          continue;
        // ("just moved to Perpignan", "we've recently relocated to Sion": where the member has settled)
        const settledTo =
          this.has(i, "to") &&
          this.has(i - 1, "moved", "relocated") &&
          this.has(i - 2, "just", "recently", "ve", "have", "has") &&
          this.intent !== "update_profile";
        if ((!PLACE_PREPOSITIONS.has(this.words[i] ?? "") && !afterDistance && !regionOf && !settledTo) || (this.used[i] && !afterDistance))
          continue;
        // ("Chalon-sur-Saône", "Saint-Didier-au-Mont-d'Or": a preposition inside a town's name opens nothing)
        // (but "j'habite Millau": an elided pronoun is no part of a name)
        // ("l'asso de Brioude": the apostrophe before a region's or a group's word is its article's)
        if (
          i > 0 &&
          /^[-'’]$/.test(this.gap(i - 1, i)) &&
          !(this.gap(i - 1, i) !== "-" && this.has(i - 1, "j", "on", "n")) &&
          !(regionOf && this.gap(i - 1, i) !== "-")
        )
          continue;
        // (nor when the hyphens were left out: "Chalon sur saone", "Boulogne sur mer" is one town, not "on the Saône")
        if (i > 0 && this.has(i, "sur", "sous", "en", "les", "le", "la") && this.prepositionInTownName(i)) continue;
        // "je déménage à Montréal donc …", "I'm moving to Lyon", "je pars étudier à Lyon": where the
        // member goes is their story, not where the thing is
        if (this.intent === "create_listing" && this.movingBefore(i)) continue;
        let from = i + 1;
        // "près de", "autour de", "du côté de", "dans le coin de", "in the area of", "à la"
        // ("à la rochelle", "au havre": the article is the town's own when the two make a town)
        // ("au port de Cassis", "the marina of Howth")
        const harbour = (k: number) =>
          HARBOUR_WORDS.has(this.words[k] ?? "") && /^\p{Ll}/u.test(this.tokens[k]?.text ?? "") && this.has(k + 1, "de", "d", "du", "of");
        while (
          from < i + 6 &&
          (PLACE_LEAD_INS.has(this.words[from] ?? "") || harbour(from)) &&
          !(ARTICLES.has(this.words[from] ?? "") && this.articleOpensTown(from))
        )
          from++;
        let bound = from + 1;
        while (bound < this.words.length && /^[-'’]$/.test(this.gap(bound - 1, bound))) bound++;
        for (let n = Math.min(Math.max(5, bound - from), this.words.length - from); n >= 1; n--) {
          if (this.used.slice(from, from + n).some(Boolean)) continue;
          // (no candidate stops inside a name of three words or more bound by hyphens: "Saint-Julien-en-Champsaur" is no
          // Saint-Julien)
          if (bound - from >= 3 && from + n < bound && this.gap(from + n - 1, from + n) === "-") continue;
          const candidate = this.original(from, from + n);
          if (!/^\p{L}/u.test(candidate)) continue;
          if (CALENDAR_NAMES.has(this.words[from] ?? "")) continue;
          const district = this.districtTown(from, n);
          if (district) {
            this.slots.place = district;
            this.mark(i, from + n);
            return;
          }
          // (four words unbound by hyphens only for a saint's town, or one opening with its article: "st jean de luz",
          // "Saint Jean de Luz", "la teste de buch")
          const first = this.words[from] ?? "";
          if (n >= 4 && from + n > bound && !/^(?:st|ste|saint|sainte)$/.test(first) && !ARTICLES.has(first)) continue;
          const capital = /^\p{Lu}/u.test(candidate);
          // "in New York", "à La Rochelle": a capitalised name of several words may start like a function word
          // "in nice", "à tours": a word that is also a town is one after a preposition at the end of a clause
          // (or when, said after it: "in whitby this weekend", "sur annecy avant samedi")
          const endsClause =
            from + n >= this.tokens.length ||
            /[,;.!?)]/.test(this.gap(from + n - 1, from + n)) ||
            AFTER_PLACE.has(this.words[from + n] ?? "") ||
            /^\d/.test(this.words[from + n] ?? "") ||
            TIME_WORDS.has(this.words[from + n] ?? "") ||
            (this.has(from + n, "this", "next", "ce", "cette", "cet", "avant", "before") && TIME_WORDS.has(this.words[from + n + 1] ?? ""));
          // (or a saint's name of several words: "st jean de luz", "ste maxime")
          // (or a town named before "et alentours", "area": "sur aime et alentours", "Briançon area")
          // (or a town's name of three words or more, typed out: "a la trinite sur mer", "talmont saint hilaire")
          const unknownWord =
            (!capital &&
              (this.unknownWord(from + n - 1) || (n > 1 && /^(?:st|ste|saint|sainte)$/.test(first)) || spelledOut(candidate, n))) ||
            this.areaAfter(from + n);
          // "à la rochelle", "au havre" typed in lower case: a town of some size whose name opens with an article
          const articleTown =
            !capital && n > 1 && FUNCTION_WORDS.has(first) && (townNamed(candidate)?.population ?? 0) >= (unknownWord ? 1_000 : 50_000);
          // (the word as typed, not as the speller repaired it: "in bern" is no "in been")
          const typedFirst = this.tokens[from]?.folded ?? "";
          if (
            (FUNCTION_WORDS.has(first) && FUNCTION_WORDS.has(typedFirst) && !(capital && n > 1) && !articleTown) ||
            (NOT_PLACES.has(first) && !capital && !endsClause) ||
            (n === 1 && HOLIDAYS.has(first)) ||
            // ("leftovers from a reno", "sleeping in a van": after an English preposition, "a"/"an" is an article, and no
            // town follows one)
            (!capital && this.has(from - 1, "a", "an") && this.has(from - 2, "from", "in", "at", "near", "into", "with", "for", "of")) ||
            // ("wellies UK 5 in green", "en vert": a colour; "livres … à lire", "à boire": what the thing is for — in lower case)
            (!capital && n === 1 && this.has(from - 1, "in", "en") && DESCRIBING_WORDS.has(first)) ||
            (!capital && n === 1 && this.has(from - 1, "a") && looksLikeInfinitive(first) && dictionaryWords().has(first))
          )
            continue;
          // "a lyonn": the typo repaired ("lyon") when the word as typed is no place
          const repaired = n === 1 && first !== this.tokens[from]?.folded ? first : undefined;
          // A repaired typo must land on a real town: "a Dyson" is no typo of Dison (15,000 people).
          const fixed = repaired ? resolvePlace(repaired) : undefined;
          // ("au Havre", "autour du Mans", "aux Sables-d'Olonne": the article the preposition swallowed is the town's own)
          const swallowed = this.has(from - 1, "au", "du") ? "le" : this.has(from - 1, "aux", "des") ? "les" : undefined;
          // (a word of either language in lower case keeps its own meaning: "au port de Cassis")
          const named = capital || this.unknownWord(from);
          // (the whole name to the clause's end, a town of the members' countries: not "au Grand Palais", "au Port de Nice")
          const glued =
            swallowed && named && endsClause && !ARTICLES.has(first)
              ? townNamed(`${swallowed === "le" ? "Le" : "Les"} ${candidate}`)
              : undefined;
          const withArticle = glued && (inMembersCountry(glued) || inFranceOverseas(glued)) ? glued : undefined;
          const place = withArticle ?? townNamed(candidate) ?? (fixed && fixed.population >= 50_000 ? fixed : undefined);
          // ("à côté de moutiers", "près de aime": after words that can only lead to a place, a town of a few
          // thousand people is one even when a word of either language is spelt so)
          // (so can words of fetching: "à récupérer à mirepoix")
          // (and after a distance: "within 20 mile of hexham")
          const nearby =
            STRONG_PLACE_LEADS.has(this.words[i] ?? "") ||
            this.words.slice(i + 1, from).some((w) => STRONG_PLACE_LEADS.has(w)) ||
            fetchedAt(i) ||
            afterDistance;
          // (elsewhere, a town of a few thousand people that no word of either language could be: "in ericeira")
          const smallTown =
            place !== undefined &&
            (inMembersCountry(place)
              ? unknownWord
                ? place.population >= 1_000
                : nearby && endsClause && n === 1 && place.population >= 3_000
              : !capital &&
                n === 1 &&
                (PLACE_PREPOSITIONS.has(this.words[i] ?? "") || afterDistance) &&
                !this.has(i, "at") &&
                this.unknownWord(from) &&
                endsClause &&
                place.population >= 3_000);
          // (first pass, where it is fetched: a town of the members' countries or a city, not "near McGill")
          const fetchedTown = !firstPass || (place !== undefined && (inMembersCountry(place) || place.population >= 100_000));
          // ("à Issigeac", "près de Hauteluce": a village of the members' countries, capitalised, whose words no
          // dictionary or first name has)
          // (or a name of three words or more bound by hyphens, whole: "Saint-Julien-en-Champsaur")
          const boundName = n >= 3 && from + n === bound && capital;
          const village =
            place !== undefined && capital && inMembersCountry(place) && place.population >= 100 && (this.onlyAName(from, n) || boundName);
          if (place && fetchedTown && (place.population >= 20_000 || (capital && place.population >= 1_000) || smallTown || village)) {
            this.slots.place = place.name;
            this.mark(i, from + n);
            return;
          }
          // ("à Boulogne", "vers noisy": the first word of towns none dominates is kept as said, and the member
          // is asked which one; never one of them guessed)
          if (!place && n <= 2 && endsClause && (capital || this.unknownWord(from)) && townsCalled(candidate).length >= 2) {
            this.slots.place = candidate.charAt(0).toUpperCase() + candidate.slice(1);
            this.mark(i, from + n);
            return;
          }
        }
      }
    // A town alone in its part of the sentence: "…, 80 €, Namur", "garde de chien, annecy",
    // "Nancy et alentours", "Bristol area".
    // (of several, the last: "lot de jeux : Dixit, Azul, 60e, Bruxelles" is in Brussels, not in Azul, Argentina)
    let alone: { from: number; to: number; name: string } | undefined;
    for (let i = 0; i < this.words.length; i++) {
      const left = i === 0 ? "," : this.gap(i - 1, i);
      // ("my board games (Catan, Carcassonne)": names in a bracket's list are the thing's)
      // (". Rodez" ends a message after a full stop: a town only when nothing follows it)
      const afterStop = /\.\s+$/.test(left) && !/[,;:!?(]/.test(left);
      // ("mini fridge $60 Sherbrooke, pick up only", "250 balles Brive la gaillarde": the price closes the part before)
      const afterPrice = i > 0 && this.priceWords.has(i - 1);
      if (
        this.used[i] ||
        (!/[,;:!?(]|\s[-–—]\s|\p{Extended_Pictographic}/u.test(left) && !afterStop && !afterPrice) ||
        (this.insideBrackets(i) && /,/.test(left))
      )
        continue;
      // (a name of more words is one when hyphens and apostrophes bind them: "Saint-Barthélemy-d'Anjou")
      let bound = i + 1;
      while (bound < this.words.length && /^[-'’]$/.test(this.gap(bound - 1, bound))) bound++;
      // (four words for a saint's town: ", st jean de maurienne")
      const longest = /^(?:st|ste|saint|sainte)$/.test(this.words[i] ?? "") ? 5 : ARTICLES.has(this.words[i] ?? "") ? 4 : 3;
      for (let n = Math.min(Math.max(longest, bound - i), this.words.length - i); n >= 1; n--) {
        // (no candidate stops inside a name bound by hyphens: "Montréal-du-Gers" is no Montréal)
        if (this.used.slice(i, i + n).some(Boolean) || this.gap(i + n - 1, i + n) === "-") continue;
        const end = i + n;
        const right = end >= this.tokens.length ? "," : this.gap(end - 1, end);
        // ("…, 35 euros, Namur svp", "…, Sion s'il vous plaît", "…, Galway thanks": only a word of politeness after it)
        const politeAfter = end < this.tokens.length && POLITE_ENDING.test(this.text.slice(this.tokens[end - 1]?.end));
        const closes =
          /[,;.!?)]|\s[-–—]\s/.test(right) ||
          politeAfter ||
          this.has(end, "area", "et", "alentours", "region", "centre", "center", "ou", "or", "city", "ville", "only", "uniquement") ||
          // ("guidel plage", "lorient harbour", "vannes ouest": a part of the town said after it, ending the line)
          (this.has(end, ...TOWN_PARTS) && end + 1 >= this.tokens.length);
        if (!closes) continue;
        const candidate = this.original(i, end);
        const first = this.words[i] ?? "";
        const capital = /^\p{Lu}/u.test(candidate);
        // (", le croisic", ", la roche sur yon": in lower case, an article opens a town when the name after it is no word)
        const articleTown =
          !capital &&
          n > 1 &&
          ARTICLES.has(first) &&
          (this.unknownWord(i + 1) || (townNamed(candidate)?.population ?? 0) >= (spelledOut(candidate, n) ? 1_000 : 20_000));
        const cityLast = n === 1 && this.cityWordLast(i);
        // (", new york": a city of several words may open with a word of grammar)
        const bigName = n > 1 && (townNamed(candidate)?.population ?? 0) >= 100_000;
        if (
          !/^\p{L}/u.test(candidate) ||
          (!capital && !articleTown && !cityLast && !bigName && (FUNCTION_WORDS.has(first) || NOT_PLACES.has(first)))
        )
          continue;
        const district = this.districtTown(i, n);
        if (district) {
          alone = { from: i, to: end, name: district };
          break;
        }
        const place = townNamed(candidate);
        // (a capitalised name alone at the end of the message is a town of some size: "…, 180e, Chamonix")
        const last = end >= this.tokens.length || /^[\s.!]*$/.test(this.text.slice(this.tokens[end - 1]?.end)) || politeAfter;
        // ("… for a camera. Lausanne area.": the town's area closing the message ends it too)
        // ("… litter trained. Galway area, dm me": a word asking to be written to may close it)
        const lastButArea =
          this.has(end, "area", "region", "alentours") &&
          /^[\s.!,;]*(?:(?:(?:dm|pm|mp|message|text|call|contact|ping)\s+(?:me|moi)|hmu|mp|contactez[- ]moi|[ée]crivez[- ]moi)[\s.!]*)?$/iu.test(
            this.text.slice(this.tokens[end]?.end),
          );
        // ("… phones/tablets. Limerick, €15/h": after a full stop, a town before the price that ends the message ends it too)
        const lastButPrice = PRICE_ENDING.test(this.text.slice(this.tokens[end - 1]?.end ?? this.text.length));
        if (afterStop && !((last || lastButArea || lastButPrice) && capital)) continue;
        // (in lower case, a town of some size, or a smaller one no word of either language could be: "…, 90e, lacanau";
        // with its capital at the end of the line or before "area", a village of the members' countries: "…, 90e, Autrans")
        const home = place !== undefined && inMembersCountry(place);
        const saintTown = n > 1 && /^(?:st|ste|saint|sainte)$/.test(first);
        // (or a town's name of three words or more, typed out: ", le grau du roi")
        const unknown =
          !capital &&
          (this.unknownWord(end - 1) || (n > 1 && this.unknownWord(i)) || articleTown || saintTown || spelledOut(candidate, n)) &&
          home;
        // (", ericeira": at the very end, a word no language knows is a town of some size anywhere; ", roland" is a brand)
        const farAway = !capital && last && n === 1 && !home && this.unknownWord(i) && (place?.population ?? 0) >= 5_000;
        const village = home && (capital || this.areaAfter(end)) && (last || this.areaAfter(end));
        // ("…, 150€, Duras, dispo le weekend": between commas, with its capital, a town of the members' countries)
        const between = home && capital && /^[,;]/.test(right.trim());
        // (", Issigeac", ", Pomerol": a village of a few hundred people, when no word or first name is spelt so)
        const hamlet = village && capital && this.onlyAName(i, n);
        // (". Callander", ", Bantry": ending the line with its capital, a small town anywhere when no word or first name is
        // spelt so)
        // (not a state after its city: "Portland, Maine")
        const cityBefore = /,/.test(left) && (townNamed(this.tokens[i - 1]?.text ?? "")?.population ?? 0) >= 20_000;
        const smallTownLast = !home && capital && last && !cityBefore && this.onlyAName(i, n);
        if (
          place &&
          (farAway ||
            place.population >=
              (hamlet ? 100 : village || between || smallTownLast ? 1_000 : capital ? (last ? 5_000 : 15_000) : unknown ? 2_000 : 40_000))
        ) {
          alone = { from: i, to: end, name: place.name };
          break;
        }
      }
    }
    if (alone) {
      this.slots.place = alone.name;
      this.mark(alone.from, alone.to);
      return;
    }
    // No preposition ("velo lyon"): only big cities, and not words that are also towns.
    for (let i = 0; i < this.words.length; i++) {
      const word = this.words[i] ?? "";
      const capitalPair = /^\p{Lu}/u.test(this.tokens[i]?.text ?? "") && /^\p{Lu}/u.test(this.tokens[i + 1]?.text ?? "");
      // ("… 180€ st nazaire": a saint's town in short)
      const saint = /^(?:st|ste)$/.test(word) && i + 1 < this.words.length;
      const cityLast = this.cityWordLast(i);
      // ("vends vélo Nice 80€": a city also a word, with its capital, before an amount)
      const cityBeforeAmount =
        /^\p{Lu}/u.test(this.tokens[i]?.text ?? "") &&
        /^\d/.test(this.words[i + 1] ?? "") &&
        (resolvePlace(this.tokens[i]?.text ?? "")?.population ?? 0) >= 100_000;
      if (
        this.used[i] ||
        (word.length < 3 && !saint) ||
        HOLIDAYS.has(word) ||
        ((FUNCTION_WORDS.has(word) || NOT_PLACES.has(word)) && !capitalPair && !saint && !cityLast && !cityBeforeAmount)
      )
        continue;
      // "je déménage de Paris à Lyon": where the member moves from or to
      if (this.intent === "create_listing" && (this.movingBefore(i) || (this.has(i - 1, "de", "from") && this.movingBefore(i - 1))))
        continue;
      // "a man with a van", "the Philips Hue kit": after an article, or inside a brand's name (a
      // capitalised word the dictionaries do not know), a town's name is a word of the thing
      const previous = this.tokens[i - 1];
      if (previous && /^\s+$/.test(this.gap(i - 1, i))) {
        // ("a Paris" is "à Paris" typed without its accent)
        const capital = /^\p{Lu}/u.test(this.tokens[i]?.text ?? "");
        // ("perceuse a bordeaux": "a" is "à" unless English comes before it: "with a van", "need a bath")
        const englishA = previous.folded === "a" && !capital && ENGLISH_BEFORE_A.has(this.tokens[i - 2]?.folded ?? "");
        if (ARTICLES_BEFORE_A_THING.has(previous.folded) && (previous.folded !== "a" || englishA)) continue;
        // ("my old Raleigh bike", "un vieux Peugeot vélo": a capitalised name between an article and a word
        // qualifying it, and the noun after, is a brand of the thing)
        const next = this.tokens[i + 1];
        if (
          capital &&
          ARTICLES_BEFORE_A_THING.has(this.tokens[i - 2]?.folded ?? "") &&
          this.tokens[i - 2]?.folded !== "a" &&
          /^\p{Ll}+$/u.test(previous.text) &&
          !PLACE_PREPOSITIONS.has(previous.folded) &&
          !ARTICLES_BEFORE_A_THING.has(previous.folded) &&
          next &&
          /^\s+$/.test(this.gap(i, i + 1)) &&
          /^\p{Ll}{3,}$/u.test(next.text) &&
          !FUNCTION_WORDS.has(next.folded) &&
          // ("my lovely Lyon flat", "mon petit Lyon appartement": a town's home, not a brand)
          !DWELLINGS.has(next.folded)
        )
          continue;
        // ("30 CHF lausanne": a currency's code is no brand)
        if (
          i - 1 > 0 &&
          /^\p{Lu}/u.test(previous.text) &&
          !dictionaryWords().has(previous.folded) &&
          CURRENCY[previous.folded] === undefined &&
          // ("80€ TBE Vevey", "200 OBO Leeds": the ad's shorthand is no brand either)
          !AD_SHORTHAND.has(previous.folded) &&
          !resolvePlace(previous.text)
        )
          continue;
      }
      // (the whole of a name bound by hyphens first: "Aix-en-Provence", "Hénin-Beaumont")
      let bound = i + 1;
      while (bound < this.words.length && /^[-'’]$/.test(this.gap(bound - 1, bound))) bound++;
      for (const n of bound - i > 2 ? [bound - i, 2, 1] : [2, 1]) {
        if (i + n > this.words.length || this.used.slice(i, i + n).some(Boolean)) continue;
        // ("Hénin-Beaumont" is no Beaumont, "Montréal-du-Gers" no Montréal: a part of a name bound by hyphens)
        if (this.gap(i - 1, i) === "-" || this.gap(i + n - 1, i + n) === "-") continue;
        if (n === 1 && (FUNCTION_WORDS.has(word) || (NOT_PLACES.has(word) && !cityLast && !cityBeforeAmount))) continue;
        // a district with its capital ("collection from Hackney only"): its town
        const district = /^\p{Lu}/u.test(this.tokens[i]?.text ?? "") ? this.districtTown(i, n) : undefined;
        if (district) {
          this.slots.place = district;
          this.mark(i, i + n);
          return;
        }
        const place = townNamed(this.original(i, i + n));
        // ("1995 VW T4 camper van, …": a word of either language in lower case, inside the line, is the
        // thing's, unless a town of the members' countries: "… tbe marseille 13e")
        const lowerWord = n === 1 && !/^\p{Lu}/u.test(this.tokens[i]?.text ?? "") && dictionaryWords().has(this.tokens[i]?.folded ?? "");
        if (lowerWord && i + n < this.tokens.length && place && !inMembersCountry(place)) continue;
        // The last words of a message are where people put the town ("vends poussette 150 euros
        // lausanne"): a smaller town counts there, unless it is also a word of either language.
        // ("… 60€ Metz Borny", "dispo Metz centre", "rouen rive gauche": a part of the town after it still ends the line)
        const tail = this.townPartAfter(i + n);
        const last = i + n + tail === this.tokens.length;
        // …unless it closes the line after an amount ("vends canapé 200€ orleans"): a colour or a
        // word would not stand there ("canapé cuir bordeaux" keeps its colour)
        // ("… 1k5 lunéville": the shorthand's "k5" closes an amount too)
        const afterAmount = /^\d|^k\d$/.test(this.words[i - 1] ?? "") || CURRENCY[this.words[i - 1] ?? ""] !== undefined;
        const plainWord = n === 1 && !/^\p{Lu}/u.test(this.tokens[i]?.text ?? "") && dictionaryWords().has(word) && !(last && afterAmount);
        // ("… 70 euros biarritz": after an amount, a last word no language knows is a smaller town)
        const unknownAfterAmount = last && afterAmount && n === 1 && place !== undefined && inMembersCountry(place) && this.unknownWord(i);
        const capital = /^\p{Lu}/u.test(this.tokens[i]?.text ?? "");
        const home = place !== undefined && inMembersCountry(place);
        // ("vend poele a bois 1k€ tres bon etat Ussel": with its capital, the last word of a posting is its town;
        // "Carcassonne : un local à louer ?": so is a town that heads the line before a colon)
        // (after an amount, a condition or a word of the sale, not after the thing: "vends bottes de pluie Aigle",
        // "vends vieux Cognac" name a brand; a first name heading a line is whom it is for: "Albert : …")
        const afterTheSale = afterAmount || /[,;]\s*$/.test(this.gap(i - 1, i)) || SALE_TERMS_BEFORE_A_TOWN.has(this.words[i - 1] ?? "");
        const postingEnd = last && capital && home && this.intent === "create_listing" && afterTheSale;
        const heading =
          i === 0 &&
          capital &&
          home &&
          /^\s*:/.test(this.gap(i + n - 1, i + n)) &&
          !isFirstName(word) &&
          (place?.population ?? 0) >= 20_000;
        // ("plombier Lourdes dispo samedi ?", "bois de chauffage Sarlat ? livré si possible": in a search, a town
        // with its capital that closes its clause)
        const searchTown =
          capital &&
          home &&
          i > 0 &&
          this.intent === "search_listings" &&
          // (before a question mark or an availability, not a comma: "cherche pastilles Vichy, pas cher" is a brand)
          (/\?/.test(this.gap(i + n - 1, i + n)) ||
            (i + n >= this.tokens.length && /\?\s*$/.test(this.text)) ||
            this.has(i + n, "dispo", "disponible", "disponibles", "available", "asap"));
        // ("le club de foot de Pouzauges", "notre chorale de Saumur", "le marché de Saint-Girons": the town of a
        // club, a market or a school the member speaks for is where the posting is)
        const ofTheTown = capital && home && this.has(i - 1, "de", "d", "du") && this.townOfAGroup(i - 1);
        // ("vends vélo Nice 80€", "studio meublé Lausanne 900€": with its capital, a town between the thing and its price)
        const beforeAmount =
          capital &&
          home &&
          i > 0 &&
          /^\s+$/.test(this.gap(i + n - 1, i + n)) &&
          (/^\d/.test(this.words[i + n] ?? "") || MONEY_SIGN.test(this.words[i + n] ?? ""));
        const least = ofTheTown
          ? 1_000
          : postingEnd || heading || searchTown
            ? 5_000
            : beforeAmount
              ? 20_000
              : unknownAfterAmount
                ? 2_000
                : last && !plainWord
                  ? 40_000
                  : 150_000;
        if (place && place.population >= least) {
          this.slots.place = place.name;
          this.mark(i, i + n + (last ? tail : 0));
          return;
        }
      }
    }
    if (this.intent === "search_listings" || this.intent === "search_missions") this.townEndingASearch();
  }

  /**
   * A search typed as keywords ends with its town: "profs d'allemand Fribourg", "cours de surf hendaye",
   * "cours de ski enfants la clusaz", "raquettes à neige pas cher Gap" (politeness after it aside). With its
   * capital, a town of the members' countries of a thousand people; in lower case, one no word of either
   * language could be. Postings keep their stricter reading: a word closing an ad may be the thing's.
   */
  private townEndingASearch() {
    let end = this.tokens.length;
    // ("robes de soirée taille 40 Le Lamentin moins de 60€", "mission wordpress annecy min 400€/j": the filters read after the town)
    while (end > 0 && FILLER_TAIL.has(this.words[end - 1] ?? "")) end--;
    const last = end;
    // ("… Metz entre 50 et 200€": the words that join the bounds of a range read are the filter's too)
    const joinsRange = (k: number) => RANGE_LINKS.has(this.words[k] ?? "") && this.used[k + 1] === true;
    while (end > 0 && (FILLER_TAIL.has(this.words[end - 1] ?? "") || this.used[end - 1] || joinsRange(end - 1))) end--;
    // (read before filters, only a town of the members' countries: "tondeuse Honda moins de 200€" names a brand)
    const beforeFilters = end < last;
    for (const n of [3, 2, 1]) {
      const from = end - n;
      if (from < 1 || this.used.slice(from, end).some(Boolean)) continue;
      if (!/^\s+$/.test(this.gap(from - 1, from))) continue;
      // ("Seat Ibiza", "Renault Espace": a capitalised word before it makes it a model's name; "appart T2 Lyon" is a flat's size)
      const before = this.tokens[from - 1];
      // ("robes de soirée T36 geneve", "veste XL lyon": a size said before it, no model)
      if (
        before &&
        /^\p{Lu}/u.test(before.text) &&
        !resolvePlace(before.text) &&
        !/^(?:[TF]\d{1,2}|X{0,3}[SL]|M|EU\d{2}|UK\d{1,2})$/.test(before.text)
      )
        continue;
      const first = this.words[from] ?? "";
      const candidate = this.original(from, end);
      const capital = /^\p{Lu}/u.test(candidate);
      const article = ARTICLES.has(first) && n > 1;
      if (!capital && !article && FUNCTION_WORDS.has(first)) continue;
      const place = townNamed(candidate) ?? (article ? undefined : townNamed(`la ${candidate}`));
      if (!place) continue;
      const home = inMembersCountry(place);
      if (beforeFilters && !home && !inFranceOverseas(place)) continue;
      const noWord = [...Array(n).keys()].every((k) => ARTICLES.has(this.words[from + k] ?? "") || this.unknownWord(from + k));
      // (a capitalised word alone is a brand as often as a village: "appareil photo Canon", "sac Longchamp")
      const enough = capital
        ? place.population >= (home ? (n > 1 ? 1_000 : 5_000) : 15_000)
        : noWord && place.population >= (home ? 1_000 : 20_000);
      if (!enough) continue;
      this.slots.place = place.name;
      this.mark(from, end);
      return;
    }
  }

  /**
   * "covoiturage Paris-Marseille", "billets Lyon-Paris": two towns joined by a hyphen are a route,
   * not where the member is (unless the joined name is itself a town: "Aix-en-Provence").
   */
  /**
   * The words of a route: "Paris-Marseille", "Paris → Lyon", "covoiturage de Lyon à Grenoble",
   * "a ride from Geneva airport to Annecy" (after the thing it is the route of, not after a move).
   */
  routes(): number[] {
    const span: number[] = [];
    const town = (k: number, n: number) => {
      const candidate = this.original(k, k + n);
      const place = /^\p{L}/u.test(candidate) ? resolvePlace(candidate) : undefined;
      return place && (place.population >= 50_000 || (/^\p{Lu}/u.test(candidate) && place.population >= 1_000)) ? place : undefined;
    };
    const townAt = (k: number) => [2, 1].find((n) => !this.used.slice(k, k + n).some(Boolean) && town(k, n)) ?? 0;
    for (let i = 0; i + 1 < this.tokens.length; i++) {
      if (!/^\s*(?:-|–|—|→|->|=>|>)\s*$/.test(this.gap(i, i + 1)) || resolvePlace(this.original(i, i + 2))) continue;
      const dash = this.gap(i, i + 1) === "-";
      const both = [i, i + 1].map((k) => resolvePlace(this.original(k, k + 1)));
      // ("Montréal — tune-ups from $60": a small town's name in lower case after a dash is a word, no route's end)
      const small = (k: number) => !/^\p{Lu}/u.test(this.tokens[k]?.text ?? "");
      if (both.every((t, j) => t !== undefined && (t.population >= 50_000 || (!dash && !small(i + j))))) {
        span.push(i, i + 1);
        // ("covoit Lille → Bruxelles", "a lift Leeds > York": a ride leaves from its first town, where it is — 11 of the
        // studied writers' 15 such rides; tickets and languages name none)
        if (this.words.some((w) => RIDE_WORDS.has(w))) this.routeOrigin ??= both[0]?.name;
      }
    }
    // ("cherche covoit Thionville Luxembourg", "lift Leeds York sat": right after a ride, two capitalised towns are its route)
    for (let i = 0; i + 2 < this.words.length; i++) {
      if (!RIDE_WORDS.has(this.words[i] ?? "") || !/^\s+$/.test(this.gap(i, i + 1))) continue;
      const first = townAt(i + 1);
      const second = first && /^\s+$/.test(this.gap(i + first, i + first + 1)) ? townAt(i + 1 + first) : 0;
      const capitals = [i + 1, i + 1 + first].every((k) => /^\p{Lu}/u.test(this.tokens[k]?.text ?? ""));
      if (!first || !second || !capitals) continue;
      for (let j = i + 1; j < i + 1 + first + second; j++) span.push(j);
      this.routeOrigin ??= town(i + 1, first)?.name;
    }
    for (let i = 1; i < this.words.length; i++) {
      if (!this.has(i, "from", "de", "d", "depuis") || FUNCTION_WORDS.has(this.words[i - 1] ?? "") || this.movingBefore(i)) continue;
      const first = townAt(i + 1);
      if (!first) continue;
      let k = i + 1 + first;
      if (this.has(k, "airport", "aeroport", "gare", "station", "centre", "center")) k++;
      if (this.has(k, "jusqu")) k++;
      if (!this.has(k, "to", "a", "vers", "au")) continue;
      const second = townAt(k + 1);
      if (!second) continue;
      for (let j = i; j < k + 1 + second; j++) span.push(j);
      this.routeOrigin ??= town(i + 1, first)?.name;
    }
    // "a lift to Barcelona airport", "navettes vers l'aéroport", "covoit pour aller à Bordeaux": where a
    // ride goes names the ride (the member is where it leaves from)
    for (let i = 0; i < this.words.length; i++) {
      if (!TRANSPORT_NOUNS.has(this.words[i] ?? "")) continue;
      let k = i + 1;
      if (this.has(k, "pour") && this.has(k + 1, "aller") && this.has(k + 2, "a", "au", "aux")) k += 3;
      else if (this.has(k, "jusqu") && this.has(k + 1, "a", "au")) k += 2;
      else if (this.has(k, "to", "towards", "vers")) k++;
      // ("je propose un covoiturage pour Lyon": in a posting, a town right after "pour" is where it goes,
      // "pour 3 personnes" is not; a search for one names the town to search in)
      else if (this.intent === "create_listing" && this.has(k, "pour") && townAt(k + 1)) k++;
      else continue;
      if (/[,;:.!?]/.test(this.gap(k - 1, k))) continue;
      if (this.has(k, "the", "l", "le", "la", "les")) k++;
      let end = k;
      while (end < this.words.length && end < k + 4 && (end === k || !/[,;:.!?()]/.test(this.gap(end - 1, end)))) {
        const n = townAt(end);
        if (n) end += n;
        else if (DESTINATIONS.has(this.words[end] ?? "") || (end > k && /^\p{Lu}{2,}$/u.test(this.tokens[end]?.text ?? ""))) end++;
        else if (end > k && this.has(end, "et", "and") && townAt(end + 1)) end++;
        else break;
      }
      if (end === k) continue;
      for (let j = i + 1; j < end; j++) span.push(j);
      // ("navettes vers l'aéroport depuis antibes": where it leaves from, said after, is where the member is)
      // (after "depuis", a town of 5,000 people is one, in lower case too)
      // ("vers Bordeaux samedi depuis Angoulême", "to Bristol on Friday from Bath": when, said between)
      let from = end;
      while (from < end + 3 && (TIME_WORDS.has(this.words[from] ?? "") || this.has(from, "on", "le", "ce", "this"))) from++;
      if (
        from > end &&
        this.has(from, "depuis", "from") &&
        !/[,;:.!?]/.test(this.text.slice(this.tokens[end - 1]?.end, this.tokens[from]?.start))
      )
        end = from;
      const origin = this.has(end, "depuis", "from")
        ? [2, 1]
            .filter(
              (n) => !this.used.slice(end + 1, end + 1 + n).some(Boolean) && (n === 1 || /^[\s'’-]+$/.test(this.gap(end + 1, end + 2))),
            )
            .map((n) => ({
              n,
              place: /^\p{L}/u.test(this.original(end + 1, end + 1 + n)) ? resolvePlace(this.original(end + 1, end + 1 + n)) : undefined,
            }))
            .find(({ place }) => (place?.population ?? 0) >= 5_000)
        : undefined;
      if (origin?.place) this.rideOrigin = { from: end, to: end + 1 + origin.n, name: origin.place.name };
    }
    // "traduire un contrat de l'anglais vers le français", "translate from German to English": a
    // translation's languages, both or none (never "… du français vers")
    // ("English to Portuguese translation", "anglais vers français": the pair said without its "from")
    for (let i = 0; i < this.words.length; i++) {
      const bare = LANGUAGES[this.words[i] ?? ""] !== undefined && !this.has(i - 1, "from", "de", "d", "du", "l", "le");
      if (!bare && (i === 0 || !this.has(i, "from", "de", "d", "du"))) continue;
      let k = bare ? i : i + 1;
      if (this.has(k, "l", "le")) k++;
      if (!LANGUAGES[this.words[k] ?? ""]) continue;
      k++;
      if (!this.has(k, "to", "into", "vers", "en", "a", "au")) continue;
      k++;
      if (this.has(k, "l", "le")) k++;
      if (LANGUAGES[this.words[k] ?? ""]) for (let j = i; j <= k; j++) span.push(j);
    }
    return span;
  }

  // ------------------------------------------------------------------ flags
  remote() {
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i];
      // ("hybrid fine", "hybride ok", "hybrid is fine": a way of working accepted, neither remote nor the work)
      if (
        (w === "hybrid" || w === "hybride") &&
        (i + 1 >= this.words.length || this.has(i + 1, "fine", "ok", "okay", "possible", "is", "accepte", "bienvenu"))
      ) {
        this.mark(i, this.has(i + 1, "is") && this.has(i + 2, "fine", "ok") ? i + 3 : Math.min(i + 2, this.words.length));
        continue;
      }
      // ("work remotely", "work from home": how the member works)
      // (the profile's or a mission's: "I work remotely for a bank, selling my chair" posts a chair)
      // (for a mission searched, the work done from home: "work I can do from home", "du boulot à faire de chez moi")
      const fromHome =
        (w === "home" && this.has(i - 1, "from")) || (w === "moi" && this.has(i - 1, "chez") && this.has(i - 2, "de", "depuis"));
      const workWay =
        (this.intent === "update_profile" || this.intent === "search_missions") &&
        (w === "remotely" || fromHome) &&
        (this.has(i - (w === "remotely" ? 1 : 2), "work", "working") ||
          (this.intent === "search_missions" &&
            this.words
              .slice(0, i)
              .some((x) => ["work", "job", "jobs", "boulot", "travail", "missions", "mission", "gigs", "taf"].includes(x))));
      if (
        w === "remote" ||
        w === "teletravail" ||
        w === "distanciel" ||
        w === "wfh" ||
        (w === "distance" && this.has(i - 1, "a")) ||
        workWay
      ) {
        // ("je ne fais plus de télétravail", "no more remote", "pas de remote": remote work said, and refused)
        const refused =
          (this.has(i - 1, "de", "d") && this.has(i - 2, "plus", "pas")) ||
          this.has(i - 1, "no", "not", "sans", "without") ||
          (this.has(i - 1, "more") && this.has(i - 2, "no")) ||
          (this.has(i - 1, "le") && this.has(i - 2, "fini", "termine"));
        this.slots.remote = !refused;
        this.mark(this.has(i - 1, "a", "en", "full", "100", "fully") ? i - 1 : i, i + 1);
      } else if (w === "presentiel" || (w === "site" && this.has(i - 1, "sur", "on"))) {
        this.slots.remote = false;
        this.mark(i - 1, i + 1);
      }
    }
  }

  skills() {
    let skills = findSkills(this.text);
    // Searching missions, a field of work ("UX design", "copywriting", "data science") is what is
    // looked for, in the member's words; tools and languages ("react", "django") are skills.
    if (this.intent === "search_missions") skills = skills.filter((skill) => !FIELDS_OF_WORK.has(skill));
    if (skills.length === 0) return;
    const removing = this.words.some((w) => REMOVE_SKILL_VERBS.has(w));
    if (this.intent === "update_profile" && removing) {
      // "enlève wordpress et ajoute figma", "add pandas, and remove excel": each skill goes with the verb before it
      const verbs = [...foldText(this.text).matchAll(SKILL_VERB)].map((m) => ({
        at: m.index ?? 0,
        remove: REMOVE_SKILL_VERBS.has(m[1] ?? ""),
      }));
      const added = new Set<string>();
      const removed = new Set<string>();
      verbs.forEach((verb, k) => {
        const from = k === 0 ? 0 : verb.at;
        const to = verbs[k + 1]?.at ?? this.text.length;
        for (const skill of findSkills(this.text.slice(from, to))) (verb.remove ? removed : added).add(skill);
      });
      if (added.size > 0) this.slots.skills = [...added].filter((skill) => !removed.has(skill));
      this.slots.removeSkills = [...removed];
      if ((this.slots.skills as string[] | undefined)?.length === 0) delete this.slots.skills;
    } else this.slots.skills = skills;
    const forms = new Set(skills.flatMap((skill) => skill.split(" ")));
    // ("Go / Kubernetes": the language as typed is the skill's word, no thing searched)
    if (skills.includes("golang")) forms.add("go");
    // the words of a skill of several words as typed ("Spring Boot", "React Native")
    // (a field of work searched stays the query's: "data science contracts …, ideally with PyTorch")
    const field = (said: string) => this.intent === "search_missions" && FIELDS_OF_WORK.has(canonicalSkill(said) ?? said);
    for (let i = 0; i < this.words.length; i++)
      for (let n = 3; n >= 2; n--) {
        const said = this.words.slice(i, i + n).join(" ");
        if (i + n <= this.words.length && isSkillWord(said) && !field(said)) this.mark(i, i + n);
      }
    this.words.forEach((w, i) => {
      // ".net", "c#", "node.js": the skill as typed, punctuation included
      const token = this.tokens[i];
      const typed = token ? this.text.slice(Math.max(0, token.start - 1), token.end + 3) : w;
      if (forms.has(w) || findSkills(w).length > 0 || (typed.startsWith(".") && findSkills(typed).length > 0)) this.used[i] = true;
    });
  }

  /** Whether a word of time is right before or after word `i` ("last few weeks", "last 3 months": past a count). */
  nextToTime(i: number): boolean {
    const after = COUNT_FILLERS.has(this.words[i + 1] ?? "") ? this.words[i + 2] : this.words[i + 1];
    return TIME_NOUNS.has(after ?? "") || TIME_NOUNS.has(this.words[i - 1] ?? "");
  }

  ordinal() {
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i] ?? "";
      const before = this.words[i - 1] ?? "";
      const twoBefore = this.words[i - 2] ?? "";
      // "until the 5th", "from the 3rd": a date
      if (/^\d/.test(w) && (BEFORE_DATES.has(before) || BEFORE_DATES.has(twoBefore))) continue;
      // ("open the latest one", "the latest thread": the last of the list; "read the latest message" is no rank)
      const latest =
        w === "latest" && this.has(i + 1, "one", "thread", "conversation", "convo", "chat", "discussion", "listing", "ad", "mission", "gig")
          ? "last"
          : undefined;
      const ordinal = ORDINALS[w] ?? latest ?? rankIn(w, before, i) ?? countAfterMarker(w, before);
      // "last summer", "l'été dernier", "dimanche dernier", "the last few weeks": a time, not the last one of a list
      if (ordinal === "last" && this.nextToTime(i)) continue;
      // ("c'est la troisième fois que je te le demande", "for the 2nd time": how often, not which one)
      if (ordinal !== undefined && ["fois", "time", "times"].includes(this.words[i + 1] ?? "")) continue;
      // ("the wifi password for the 4th floor", "au 3e étage": a floor or a rank of something else, not one of a list)
      if (ordinal !== undefined && NOT_A_LIST_RANK.has(this.words[i + 1] ?? "")) continue;
      if (ordinal !== undefined) {
        this.slots.ref = ordinal;
        this.mark(i, i + 1);
        return;
      }
      if (isNumber(w) && Number(w) >= 1 && Number(w) <= 20 && !this.used[i]) {
        const after = this.words[i + 1];
        const standalone = this.words.length <= 2;
        if (
          [
            "numero",
            "number",
            "no",
            "n",
            "num",
            "mission",
            "match",
            "annonce",
            "listing",
            "la",
            "le",
            "#",
            "conversation",
            // "open convo 1", "la discussion 2" ("chat" is a cat too: "arbre à chat 2 étages")
            "convo",
            "conv",
            "discussion",
            "thread",
            "ad",
            "du",
            // ("ok go pour l'échange 2", "accept swap 3": a match proposed, by its number)
            "echange",
            "swap",
            "trade",
            "proposition",
          ].includes(before) ||
          standalone
        ) {
          // ("the sofa listing 1k": thousands, a price)
          if (
            after &&
            (isDistanceUnit(after) || CURRENCY[after] || /^k\d?$/.test(after) || /^[.,]\d/.test(this.text.slice(this.tokens[i]?.end ?? 0)))
          )
            continue;
          this.slots.ref = Number(w);
          this.mark(i - 1, i + 1);
          return;
        }
      }
    }
  }

  // ------------------------------------------------------------------ people and messages
  recipient() {
    // "réponds lui qu'on peut se retrouver à la gare de Martigny": the person in focus, named by a pronoun
    if (/^(?:r[ée]ponds?|dis|[ée]cris|envoie|demande|reply|tell|ask|write|text)[\s-]+(?:lui|leur|him|her|them)\b/i.test(this.text.trim()))
      return undefined;
    // "signalement : Steve, insultes …", "je le signale : Thibault": the member named after the report's colon
    const reported =
      this.intent === "report_user"
        ? (/\b(?:signal\w*|report\w*|flag\w*)\s*:\s*(\p{Lu}[\p{L}'’-]+)/u.exec(this.text) ??
          // ("le compte Super Affaires poste …", "the account Deals4U keeps …": the account's name, its capitals all)
          /\b(?:[Ll]e compte|[Cc]e compte|[Tt]he account|[Tt]his account|[Ll]'utilisateur|[Tt]he user)\s+@?(\p{Lu}[\p{L}\d'’-]*(?:\s\p{Lu}[\p{L}\d'’-]*){0,2})/u.exec(
            this.text,
          ) ??
          // ("le compte promo-wax-pas-cher", "the account cheap_phones_ldn": in lower case, a handle's hyphens or digits)
          /\b(?:le compte|ce compte|the account|this account|l'utilisateur|the user)\s+@?([\p{Ll}\d][\p{L}\d]*(?:[-_.][\p{L}\d]+)+|[\p{Ll}]+\d+[\p{L}\d]*)/iu.exec(
            this.text,
          ) ??
          // ("la meuf qui s'appelle Jess poste …", "a guy called Mike keeps …": the member named by how they are called)
          /\b(?:qui s['’]appelle|s['’]appelant|named|called|nomm[ée]e?|appel[ée]e?)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(this.text))
        : null;
    if (reported?.[1]) {
      this.slots.recipient = reported[1];
      return undefined;
    }
    // ("contacte le proprio de la chambre à Pantin": a listing's owner is written to, the town is the listing's)
    const ownerNamed =
      /\b(?:proprio|propri[ée]taire|vendeu(?:r|se)|annonceu(?:r|se)|owner|seller|poster|personne qui|person who)\b|\bthe\s+[a-z]+\s+(?:guy|lady|dude)\b/i.test(
        this.text,
      );
    const colon = colonOpeningWords(this.text);
    const beforeColon = (i: number) => colon < 0 || (this.tokens[i]?.start ?? 0) < colon;
    const name = (j: number) => {
      let end = j + 1;
      // ("send a msg to priya.k", "écris à jean.dupont": a handle whose parts a dot joins, with no space)
      // (never a full stop typed without its space: "msg tom.can you bring …", "tell paul.I'll be late")
      while (
        this.gap(end - 1, end) === "." &&
        /^\p{Ll}[\p{L}\d]*$|^\d+$/u.test(this.tokens[end]?.text ?? "") &&
        // (a single letter is an initial: "marc.l")
        (/^\p{Ll}$/u.test(this.tokens[end]?.text ?? "") ||
          (!dictionaryWords().has(this.tokens[end]?.folded ?? "") && !FUNCTION_WORDS.has(this.tokens[end]?.folded ?? ""))) &&
        /^\p{Ll}/u.test(this.tokens[j]?.text ?? "")
      )
        end++;
      // "O'Brien", "De'Andre", "D'Angelo": a name whose capitals an apostrophe joins
      if (
        /^\p{Lu}\p{L}{0,2}$/u.test(this.tokens[j]?.text ?? "") &&
        /^['’]$/.test(this.gap(j, end)) &&
        /^\p{Lu}\p{Ll}/u.test(this.tokens[end]?.text ?? "")
      )
        end++;
      // ("Anne-Sophie Le Gall": a compound first name, then its last name)
      if (
        this.gap(j, end) === "-" &&
        /^\p{Lu}/u.test(this.tokens[end]?.text ?? "") &&
        this.particledNameFrom(end + 1) > 0 &&
        /^\p{Lu}/u.test(this.tokens[j]?.text ?? "")
      )
        end++;
      const particled = /^\p{Lu}/u.test(this.tokens[j]?.text ?? "") ? this.particledNameFrom(end) : 0;
      end += particled;
      const next = particled > 0 ? undefined : this.tokens[end];
      // "Mme Dupont", "Mr Smith", "M. Martin": the title and the name
      const titled = HONORIFICS.has(this.tokens[j]?.folded ?? "") && next !== undefined && !FUNCTION_WORDS.has(next.folded);
      if (
        next &&
        (titled ||
          (/^\p{Lu}/u.test(next.text) &&
            /^\p{Lu}/u.test(this.tokens[j]?.text ?? "") &&
            // ("Paul Le-Goff": an article bound to the rest of the last name is the name's)
            (!FUNCTION_WORDS.has(next.folded) ||
              (this.gap(end, end + 1) === "-" && /^\p{Lu}/u.test(this.tokens[end + 1]?.text ?? "")) ||
              // ("report Dave M, he keeps …", "Julie M. que …": the initial of a last name, not an elided "m'" nor "tell Jake I
              // can …")
              (/^\p{Lu}$/u.test(next.text) && next.text !== "I" && /^(?:\.|\s*[,;!?]|\s*$)/.test(this.text.slice(next.end)))) &&
            // ("écris à Karim : Salam, …": the name ends at its colon)
            /^\s+$/.test(this.gap(j, end))))
      ) {
        end++;
        // ("Mr. O'Brien": the name after the title whose capitals an apostrophe joins)
        if (
          titled &&
          /^\p{Lu}\p{L}{0,2}$/u.test(this.tokens[end - 1]?.text ?? "") &&
          /^['’]$/.test(this.gap(end - 1, end)) &&
          /^\p{Lu}\p{Ll}/u.test(this.tokens[end]?.text ?? "")
        )
          end++;
        // "Nguyen Van Duc": a third capitalised word of the name
        const third = this.tokens[end];
        if (
          third &&
          !titled &&
          /^\p{Lu}\p{Ll}+$/u.test(third.text) &&
          /^\s+$/.test(this.gap(end - 1, end)) &&
          !FUNCTION_WORDS.has(third.folded) &&
          // ("message Anna Smith Tuesday works", "Hugo Paris Nord": a day, a town or a side is no part of a name)
          !TIME_WORDS.has(third.folded) &&
          !["nord", "sud", "est", "ouest", "north", "south", "east", "west", "centre", "center"].includes(third.folded) &&
          !resolvePlace(third.text)
        )
          end++;
        // "Steeve Jean-Baptiste": a last name of two words bound by a hyphen
        const bound = this.tokens[end];
        if (bound && this.gap(end - 1, end) === "-" && /^\p{Lu}\p{Ll}+$/u.test(bound.text)) end++;
      }
      // "jean-pierre", "Marie-Claire": a compound first name, in any case (and "Jean-Marc Hoffmann": its last name)
      else if (next && this.gap(j, end) === "-" && /^\p{L}{2,}$/u.test(next.text)) {
        end++;
        const last = this.tokens[end];
        if (
          last &&
          /^\p{Lu}\p{Ll}+$/u.test(last.text) &&
          /^\p{Lu}/u.test(this.tokens[j]?.text ?? "") &&
          this.gap(end - 1, end) === " " &&
          !FUNCTION_WORDS.has(last.folded) &&
          (resolvePlace(last.text)?.population ?? 0) < 20_000
        )
          end++;
      }
      // "M. Fabre", "Mme Duchamp": the title said before the name it was found by
      let start = j;
      // ("what did Jean-Luc say": the first name's part before its hyphen)
      while (start > 0 && this.gap(start - 1, start) === "-" && /^\p{Lu}/u.test(this.tokens[start - 1]?.text ?? "")) start--;
      if (start > 0 && HONORIFICS.has(this.tokens[start - 1]?.folded ?? "") && /^\p{Lu}/u.test(this.tokens[start - 1]?.text ?? "")) start--;
      // "Lucas M.": a last name's initial
      const initial = this.tokens[end];
      if (initial && /^\p{Lu}$/u.test(initial.text) && this.text[initial.end] === "." && /^\s+$/.test(this.gap(end - 1, end))) end++;
      // "Graham and Sue", "Paul et Marie": two people written to at once
      const other = this.tokens[end + 1];
      if (
        this.has(end, "and", "et") &&
        other &&
        /^\p{Lu}\p{Ll}+$/u.test(other.text) &&
        this.looksLikeName(end + 1) &&
        !resolvePlace(other.text)
      )
        end += 2;
      // "aurelie_b", "marco_78": a member's handle, underscores and digits included
      const handle = /^_[\p{L}\d_]+/u.exec(this.text.slice(this.tokens[end - 1]?.end ?? 0))?.[0];
      if (handle) {
        const to = (this.tokens[end - 1]?.end ?? 0) + handle.length;
        while (end < this.tokens.length && (this.tokens[end]?.end ?? 0) <= to) end++;
        this.slots.recipient = this.text.slice(this.tokens[start]?.start ?? 0, to);
        return end;
      }
      this.slots.recipient = this.original(start, end) + (initial && end > j && this.tokens[end - 1] === initial ? "." : "");
      return end;
    };
    // "this guy Marco", "l'utilisateur Julien", "un certain Marc", "@marco", "the user called Kim":
    // a word that says a person is named, then the name (in lower case too)
    for (let j = 0; j < this.tokens.length; j++) {
      const token = this.tokens[j] as Token;
      const at = this.text[token.start - 1] === "@";
      if (!(at || (j > 0 && PERSON_MARKERS.has(this.words[j - 1] ?? ""))) || !beforeColon(j)) continue;
      if (FUNCTION_WORDS.has(token.folded) || PRONOUNS.has(token.folded) || PERSON_MARKERS.has(token.folded)) continue;
      // ("Jean's member page", "la page membre de Léa": a page, a profile or an account is whose it is, never a name)
      if (!at && ["page", "profile", "profil", "account", "compte", "area", "espace"].includes(token.folded)) continue;
      if (!at && !this.looksLikeName(j)) continue;
      // ("msg à @kevin.b", "@marie-l"): a mention is the handle as typed, dots and dashes inside it
      const handle = at ? /^[\p{L}\d](?:[\p{L}\d._-]*[\p{L}\d])?/u.exec(this.text.slice(token.start))?.[0] : undefined;
      if (handle && handle.length > token.text.length) {
        const last = this.tokens.findLastIndex((t) => t.end <= token.start + handle.length);
        this.mark(j, last + 1);
        this.slots.recipient = handle;
        return last + 1;
      }
      this.mark(at ? j : j - 1, j + 1);
      return name(j);
    }
    // "Sarah is a scammer", "Léa m'a insulté", "show Sarah's profile"
    const first = this.tokens[0];
    if (
      (this.intent === "report_user" || this.intent === "review_member") &&
      first &&
      /^\p{Lu}/u.test(first.text) &&
      this.looksLikeName(0) &&
      !CUES.has(first.folded)
    ) {
      this.mark(0, 1);
      return name(0);
    }
    // "ce que Karim m'a écrit", "what did Jake say": the person before what they wrote
    for (let i = 1; i + 1 < this.words.length; i++) {
      const token = this.tokens[i];
      const wrote =
        this.has(i + 1, "wrote", "said", "sent", "replied", "answered", "says", "say") ||
        (this.has(i + 1, "m", "a") && this.has(i + 2, "ecrit", "dit", "repondu", "envoye", "a"));
      if (wrote && token && /^\p{Lu}/u.test(token.text) && this.looksLikeName(i) && this.intent !== "report_user") {
        this.mark(i, i + 1);
        return name(i);
      }
    }
    // "qu'est-ce que m'a dit Karima", "ce que m'a écrit Paul": the person after what they wrote
    for (let i = 0; i + 3 < this.tokens.length; i++) {
      if (this.has(i, "m") && this.has(i + 1, "a") && this.has(i + 2, "ecrit", "dit", "repondu", "envoye") && this.looksLikeName(i + 3)) {
        this.mark(i + 3, i + 4);
        return name(i + 3);
      }
    }
    for (let i = 0; i + 2 < this.words.length; i++) {
      // ("Marc's profile", "display Jean-Luc's member page", "Sam's reviews": whose page it is)
      if (
        this.words[i + 1] === "s" &&
        this.has(i + 2, "profile", "profil", "page", "member", "account", "reviews", "ratings") &&
        this.looksLikeName(i)
      ) {
        // ("Marc Dupuis's profile": a first name before the surname is the same person's)
        const first = i > 0 && /^\p{Lu}\p{Ll}/u.test(this.tokens[i - 1]?.text ?? "") && this.looksLikeName(i - 1) ? i - 1 : i;
        this.mark(first, i + 3);
        return name(first);
      }
    }
    // ("ask the owner if the bike comes with a lock": written to a listing's owner, what follows "if" is the message)
    const saidFrom = ownerNamed ? this.words.findIndex((w) => ["if", "si", "que", "qu", "that", "whether"].includes(w)) : -1;
    const inTheMessage = (i: number) => saidFrom >= 0 && i > saidFrom;
    for (let i = 0; i < this.words.length; i++) {
      const cue = this.words[i] ?? "";
      if (!CUES.has(cue) || !beforeColon(i) || inTheMessage(i)) continue;
      if (
        (cue === "de" || cue === "of") &&
        !this.has(i - 1, "profil", "profile", "messages", "message", "conversation", "discussion", "chat", "nouvelles")
      )
        continue;
      if (cue === "pour" && !this.has(i - 1, "message", "mot", "msg", "note")) continue;
      if (cue === "qui" && !this.has(i - 1, "c", "est")) continue;
      // ("il a pris l'acompte et a disparu": "a" after a subject or "et" is the verb, not "à")
      if (cue === "a" && this.has(i - 1, "il", "elle", "on", "qui", "et", "y", "ca", "l", "m", "t", "s")) continue;
      if (cue === "did" && !this.has(i + 2, "say", "write", "send", "said", "reply", "answer")) continue;
      if (cue === "let" && !this.has(i + 2, "know")) continue;
      if ((cue === "est" || cue === "is") && !this.has(i - 1, "qui", "who")) continue;
      let j = i + 1;
      while (this.has(j, "a", "au", "the")) j++;
      // ("écris à M. Martin que …": a title in capitals, then a capitalised name, is a person, whatever town bears the name)
      const titled =
        HONORIFICS.has(this.tokens[j]?.folded ?? "") &&
        /^\p{Lu}/u.test(this.tokens[j]?.text ?? "") &&
        /^\p{Lu}/u.test(this.tokens[j + 1]?.text ?? "");
      if (!beforeColon(j) || !(this.looksLikeName(j) || titled)) continue;
      // ("contacter la personne qui donne le piano à Gaillac": the listing's town, not whom to write to)
      if (ownerNamed && resolvePlace(this.tokens[j]?.text ?? "")) continue;
      // ("… sur Olivier Tremblay, celui qui donne des cours à Trois-Rivières": a town in a later clause is where, not who)
      // (only when a capitalised name stands before that clause: "Bonjour, dis à Charlotte que …" writes to Charlotte)
      const town = resolvePlace(/^[\p{L}'’-]+/u.exec(this.text.slice(this.tokens[j]?.start ?? 0))?.[0] ?? "");
      const clauseAt = this.text.slice(0, this.tokens[j]?.start ?? 0).search(/[,;][^,;]*$/);
      const namedBefore =
        clauseAt > 0 &&
        this.tokens.some(
          (t, k) => k > 0 && t.end <= clauseAt && /^\p{Lu}\p{Ll}/u.test(t.text) && !GREETINGS.has(t.folded) && this.looksLikeName(k),
        );
      if (town && town.population >= 20_000 && namedBefore) continue;
      const end = name(j);
      this.mark(i, end);
      return end;
    }
    // No cue ("relance Julie pour le vélo", "hit up Sam", "is Ahmed trustworthy?"): a capitalised
    // word inside the request that is no word of the assistant's, no town and no skill
    for (let i = 1; i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      if (!beforeColon(i) || inTheMessage(i) || this.used[i] || !/^\p{Lu}\p{Ll}/u.test(token.text) || !this.looksLikeName(i)) continue;
      // ("le berger de Saint-Lary": a word bound to the one before by a hyphen is part of a name already passed)
      if (this.gap(i - 1, i) === "-") continue;
      if ((this.vocabulary.has(token.folded) && !FIRST_NAMES.has(token.folded)) || isSkillWord(token.folded)) continue;
      const town = resolvePlace(token.text);
      if (town && (town.population >= 20_000 || ownerNamed)) continue;
      this.mark(i, i + 1);
      return name(i);
    }
    // ("c'est qui ce lucas_ebeniste ?", "bastien_67 poste de la pub partout": a member's handle, as typed)
    const handle = /(?:^|[\s@])(\p{L}[\p{L}\d]*_[\p{L}\d_]+|\p{L}{2,}\d{2,})(?=[\s,.;:!?]|$)/u.exec(this.text);
    if (handle?.[1] && beforeColon(this.tokens.findIndex((t) => t.start >= (handle.index ?? 0)))) {
      this.slots.recipient = handle[1];
      return undefined;
    }
    return undefined;
  }

  body(afterRecipient: number | undefined) {
    const quoted =
      /["«“]([^"»”]+)["»”]/.exec(this.text) ??
      /^\s*(?:reply|r[ée]ponds?|send|envoie|dis|tell|write|[ée]cris|text|dm|message|msg)\s+['‘]([^'’]{2,}?)['’](?=\s|$|[,.!?])/i.exec(
        this.text,
      ) ??
      // ("send the owner of the ladder listing 'is it still available tmrw?'": single quotes closing the line)
      /(?:owner|seller|vendeur|vendeuse|propri[ée]taire|proprio|poster)\b[^'‘]{0,60}\s['‘]([^'’]{2,}?)['’]\s*[.!]*\s*$/i.exec(this.text);
    if (quoted?.[1]) {
      this.slots.body = quoted[1].trim();
      return;
    }
    const colon = colonOpeningWords(this.text);
    if (colon >= 0 && this.text.slice(colon + 1).trim()) {
      this.slots.body = this.text.slice(colon + 1).trim();
      return;
    }
    if (afterRecipient === undefined) {
      // "dis-lui que …", "tell the seller …", "reply yes please": the words after the person or the verb
      const cue = this.words.findIndex(
        (w, i) =>
          ["lui", "her", "him", "them", "seller", "owner", "vendeur", "vendeuse", "proprietaire", "proprio"].includes(w) ||
          (["reply", "reponds", "answer", "repond"].includes(w) && i === 0),
      );
      if (cue < 0) return;
      afterRecipient = cue + 1;
    }
    if (afterRecipient >= this.tokens.length) return;
    // "contact the seller of the second one", "écris au vendeur de la 2": which result's owner, no message yet
    if (this.has(afterRecipient, "of", "de", "du", "d") && this.tokens.length - afterRecipient <= 5) {
      this.ordinal();
      if (this.slots.ref !== undefined) return;
    }
    let from = afterRecipient;
    // ("contacte le proprio de la chambre à Pantin": which listing's owner, and nothing to say yet)
    if (
      this.has(afterRecipient, "of", "de", "du", "d") &&
      !/\b(?:que|qu|that|to say|pour (?:lui|leur) (?:dire|demander))\b|:/i.test(this.text.slice(this.tokens[afterRecipient]?.start ?? 0))
    ) {
      // ("msg the owner of the bunk bed, can I come see it tonight?", "tell the owner of the Kindle I'll take it for 60":
      // after the listing described, a comma or the member speaking opens what is said)
      // (a statement to the assistant after the comma is no message: "contacte le proprio de la chambre, je veux visiter")
      const asked = (k: number) => /\?\s*$/.test(this.text.slice(this.tokens[k]?.start ?? 0));
      const said = this.words.findIndex(
        (_, k) =>
          k > afterRecipient + 1 &&
          k <= afterRecipient + 8 &&
          ((/,/.test(this.gap(k - 1, k)) && asked(k)) ||
            (this.tokens[k]?.text === "I" &&
              /^\s+$/.test(this.gap(k - 1, k)) &&
              // ("… the Kindle I'll take it for 60"; never "the van I saw yesterday", a relative clause)
              (/^['’](?:ll|m|d|ve)\b/.test(this.text.slice(this.tokens[k]?.end ?? 0)) ||
                this.has(k + 1, "can", "will", "would", "could", "want", "need", "am", "accept", "offer")))),
      );
      if (said < 0) return;
      this.slots.body = this.text.slice(this.tokens[said]?.start ?? 0).trim();
      return;
    }
    // ("écris au vendeur à Paris que je passe": where the owner is, then what to say)
    if (
      this.has(from, "a", "in", "de", "of", "from") &&
      resolvePlace(this.tokens[from + 1]?.text ?? "") &&
      this.has(from + 2, "que", "qu", "that")
    )
      from += 2;
    // ("au proprio de l'annonce que …", "à Émilie pour lui dire que …", "ping Luca and say …": the frame before what is said)
    const opener = this.words.findIndex((w, k) => k >= from && k <= from + 6 && ["que", "qu", "that", "if", "si", "whether"].includes(w));
    if (opener > from && this.words.slice(from, opener).every((w) => MESSAGE_FRAME.has(w))) from = opener;
    // ("réponds au vendeur du vélo que …", "dis au proprio du vélo que …", "tell the seller of the bike that …": who
    // the member writes to, described, then what is said)
    else if (opener > from && this.has(from, "of", "de", "du", "d", "au", "aux", "a", "to", "des")) from = opener;
    if (this.has(from, "and", "et") && this.has(from + 1, "say", "tell", "ask", "dis", "demande", "dire")) from += 2;
    const framed = from;
    while (this.has(from, "que", "qu", "that", "saying", "si", "if", "pour", "lui", "un", "a", "message", "know", "whether")) from++;
    if (from >= this.tokens.length) return;
    const start = this.tokens[from]?.start ?? 0;
    let body = this.text.slice(start).trim();
    // ("let Marguerite know that I'll lend her my ladder? Thank you so much.", "dis à Mme Martin que je passe demain ?
    // merci": in reported words, the thanks after the sentence and the request's own "?" are said to the assistant)
    const reported =
      this.words.slice(framed, from).some((w) => ["que", "qu", "that", "saying", "know"].includes(w)) ||
      /^(?:tous |toutes )?(?:mes|nos|my|our)\s+(?:remerciements|amiti[ée]s|salutations|excuses|f[ée]licitations|compliments|thanks|regards|apologies|congratulations)\b/iu.test(
        body,
      );
    if (reported) body = body.replace(REQUEST_CLOSER, "").trim();
    if (body) this.slots.body = body;
  }

  // ------------------------------------------------------------------ listings
  kind() {
    // "mets", "put", "list" only say to post: "mets une annonce : je cherche …" is a want
    const offer = (w: string) => (OFFER_VERBS.includes(w) && !["mets", "put", "list"].includes(w)) || OFFER_WORDS.has(w);
    const want = [
      "cherche",
      "recherche",
      "besoin",
      "demande",
      "wanted",
      "need",
      "needed",
      "looking",
      "searching",
      "request",
      "recherchons",
      "cherchons",
      "cherches",
      // "il lui faudrait un bureau": someone's need, said in the third person
      "faudrait",
      // "hiring a barman for the season, 2k/month": the price is what is paid, the member wants
      ...HIRING,
    ];
    // "je cherche un plombier …, dispo ce week-end", "looking for a van to rent": when the line opens by
    // looking for something, the member's availability or a rent is the want's (not "cherche preneur …")
    const said = this.words.join(" ");
    const opensLooking =
      /^(?:(?:bonjour|hello|hi|salut|slt|hey) )?(?:(?:je |j |on |nous |we re |i m |im |je me )?(?:cherche|recherche|cherchons|recherchons|need|looking for|searching for|besoin)|(?:i m|im|we re) after)\b/.test(
        said,
      ) &&
      // (who looks for a taker, a tenant, pupils or clients offers; so does who says "je suis dispo")
      !/\b(?:preneur|repreneur|famille|acheteur|acquereur|adoptant|colocataire|coloc|locataire|eleves|clients|tenant|flatmate|roommate|lodger|students|echange\w*|swap\w*|troc\w*|trade|contre|vendre|sell)\b/.test(
        said,
      ) &&
      !/\b(?:je suis|suis|i m|i am|im) (?:dispo|disponible|available)\b/.test(said);
    // (the seller's words below offer only when nothing in the line looks for something: "I want a mobile mechanic …",
    // "anyone available to mow my lawn?", "je cherche une nounou à domicile")
    const looksFor = opensLooking || this.words.some((w) => want.includes(w) || ["want", "wants", "veux", "voudrais", "faut"].includes(w));
    const ownTime = (w: string) => ["dispo", "disponible", "available", "louer", "rent", "renting", "loue"].includes(w);
    // "any colour on request", "fait sur commande": how it is made, not a request
    // ("je demande 35€ pour le tout": the price asked, no request)
    const text = said
      .replace(/\b(on request|upon request|on demand|sur demande|sur commande|a la demande|to order)\b/g, " ")
      .replace(/\b(?:je |j |on )demande (?=\d)/g, " ");
    // ("garde d'enfants le mercredi pour nos deux petits, 12 francs de l'heure", "dog walking for my labrador": a service
    // for the member's own children, parents or pets, with no verb of offering, is wanted — 83 of the studied writers' 88,
    // the 5 others sell or swap in so many words)
    // (a service only: "vélo trop petit pour mon fils, 40€" and "bought it for my son" sell a thing that was theirs)
    const forMyOwn =
      FOR_MY_OWN.test(said) &&
      SERVICE_FOR_MY_OWN.test(said) &&
      !THING_THAT_WAS_THEIRS.test(said) &&
      !this.words.some((w) => OFFER_VERBS.includes(w) || OFFER_WORDS.has(w) || TRADE_WORDS.has(w));
    // ("Mon vélo cargo cherche une nouvelle famille", "sofa looking for a new home": the thing itself looks for a taker)
    const notice = LOST_OR_FOUND.exec(this.text);
    if (notice) this.slots.kind = notice.groups?.lost ? "want" : "offer";
    else if (HOMES_SOUGHT_FOR_THEM.test(said)) this.slots.kind = "offer";
    else if (forMyOwn) this.slots.kind = "want";
    else if (THING_SEEKS_A_HOME.test(said)) this.slots.kind = "offer";
    // ("if anyone has a spare HDMI cable pls dm me": what others may have, asked for)
    else if (
      /\b(?:if|si) (?:anyone|anybody|someone|somebody|qqn|qqun|qq1|quelqu un|vous) (?:has|have|got|a|avez|aurait|auriez)\b.{2,60}?\b(?:dm me|pm me|mp moi|message me|text me|ecri(?:s|vez) moi|contacte[zr]? moi|hit me up|let me know)\b/.test(
        said,
      )
    )
      this.slots.kind = "want";
    // ("Would anybody be able to give me a lift to …", "quelqu'un pourrait m'emmener à …": a lift asked of others)
    else if (
      /\b(?:anyone|anybody|someone|somebody|qqn|qqun|quelqu un)\b.{0,40}?\b(?:(?:give|drive|take|run) (?:me|us)|m emmener|me conduire|me deposer|nous emmener)\b/.test(
        said,
      )
    )
      this.slots.kind = "want";
    // ("Anyone need a microwave? works fine, $20", "qqn a besoin d'une poussette ? bon état": others asked whether they
    // need a thing the member then prices or describes is an offer)
    else if (
      /^(?:(?:hi|hey|hello|salut|bonjour|coucou) )?(?:anyone|anybody|does anyone|who|qui|qqn|qqun|quelqu un) (?:need|needs|a besoin d|aurait besoin d) (?:a|an|some|un|une|des|du|de la) [a-z]/.test(
        text,
      ) &&
      (/\d\s*(?:€|e\b|eur\b|euros?\b|balles|chf|\$|£|bucks|quid)|[€$£]\s*\d/i.test(this.text) ||
        /\b(?:free|gratuit\w*|works fine|works well|good condition|great condition|like new|barely used|bon etat|comme neuf|tbe|peu servi|jamais servi)\b/.test(
          text,
        ))
    )
      this.slots.kind = "offer";
    // "ajoute un besoin", "mets en ligne une demande : …", "post a request", "I need someone to
    // give lessons": a want, whatever verb of giving follows.
    else if (
      /\b(un besoin|une demande|ma demande|a request|a want|wanted ad|post a want|my request|demande :)/.test(text) ||
      // ("I'm looking to sublet a room": a home let to the member)
      /\b(?:looking|want|wanting|need|needing|hoping|trying) to (?:sublet|rent|hire|borrow|buy)\b(?! (?:out|my|our)\b)/.test(text) ||
      // ("… a spare cot we could borrow for a week", "si quelqu'un a une tondeuse à prêter, je suis preneur": to have, asked)
      /\b(?:i|we) (?:could|can|might) (?:borrow|rent)\b|\bje suis (?:preneur|preneuse)\b|\bon est (?:preneurs?|preneuses?)\b/.test(text) ||
      // ("Our scout group needs tents", "l'école cherche des livres": a group's need)
      /\b(?:group|club|school|ecole|association|asso|team|equipe|church|eglise|scouts?|troop|charity|parish|paroisse|creche|nursery|farmers|committee|comite|pta|playgroup|guides|brownies|cubs|choir|chorale|eleves) (?:needs|need|cherche|recherche|is looking for|are looking for|is after|are after)\b/.test(
        text,
      ) ||
      // ("Cherche à louer tente 6 places", "je cherche à acheter …": a thing to have, looked for)
      /\b(?:cherche|recherche|cherchons) a (?:louer|acheter|emprunter)\b/.test(text) ||
      // ("publie ma recherche : …", "poste une recherche d'un développeur": a search published is a want ad)
      /\b(?:publie|poste|post|mets|met|ajoute)\w*\s+(?:ma|une|mon|my|a)\s+(?:recherche|search)\b/.test(text) ||
      // "want: a sewing machine …", "recherche : …": a heading that says what the line is
      /^\s*(?:want|wanted|wtb|lf|iso|looking for|recherche|cherche|besoin)\s*:|^\s*(?:iso|lf)\s+(?:an?|some|the)\s|^\s*(?:ISO|LF|LFG)\s+\p{L}/iu.test(
        this.text,
      ) ||
      // ("post this: WTB vintage Levi's …": want to buy, after an instruction to post)
      /\bwtb\b/i.test(this.text) ||
      // ("my kids would love a trampoline", "grandma needs help with her garden", "ma fille voudrait un vélo": someone of
      // the family's need, whoever pays; never "my wife wants to sell her bike")
      FAMILY_WANTS.test(text) ||
      /\b(need|needs|cherche|recherche|besoin|looking for|il me faut|jcherche)\b.{0,20}\b(someone|somebody|quelqu|qqn|qqun)\b/.test(text) ||
      // ("je cherche une personne pour donner des cours …"; never "Selling a wardrobe, need a person with a van to collect")
      (/\b(?:need|cherche|recherche|besoin|looking for|jcherche)\b.{0,20}\b(?:une personne|a person)\b/.test(text) &&
        !/^(?:\S+ ){0,2}?(?:selling|sell|vends?|for sale|a vendre|giving away|donne)\b/.test(text)) ||
      // "could someone lend me a drill?", "qqn peut me prêter …", "à emprunter", "I'd like to borrow": lent TO the member
      // (not "anyone can borrow it": others borrowing what the member lends)
      // ("qqn peut me la prêter demain ?", "could you lend it to me": the thing said before, as a pronoun)
      /\b(lend me|lend us|loan me|lend (?:it|them|one) to (?:me|us)|(?:me|nous) (?:la |le |les |l |en )?(?:preter|prete|pretes)|pretez moi|prete moi|pretes moi)\b/.test(
        text,
      ) ||
      (SOMEONE_FREE_FOR_MY_TASK.test(text) && !this.words.some((w) => OFFER_VERBS.includes(w))) ||
      // "anyone can teach me excel?", "qqn peut m'apprendre …": taught TO the member; "I can pay 20 per hour",
      // "je paye l'essence + 50 balles", "je peux donner 20 balles": who pays wants
      /\b(teach me|teach us|m apprendre|nous apprendre|apprends moi|apprenez moi)\b/.test(text) ||
      // ("qui peut garder mon chat 10 jours ?", "who can give violin lessons to my daughter?": a task on what is the member's,
      // asked of whoever can; never "qui peut récupérer mes cartons ?", "who could use my old pram?": what is given away)
      TASK_ASKED_OF_ANYONE.test(text) ||
      // ("who can help me paint my living room?", "qqn pourrait m'aider à déménager ?": help asked FOR the member)
      /\b(?:who|who s|anyone|anybody|someone|somebody|qui|qqn|qqun|qq1|quelqu un)\s+(?:can|could|would|peut|pourrait|saurait|(?:is )?(?:able|free|around|available) to)\s+(?:help|aider)\s+(?:me|us|moi)\b|\b(?:qui|qqn|qqun|qq1|quelqu un)\s+(?:peut|pourrait|saurait|(?:est |serait )?dispo pour|pour)\s+(?:m|nous)\s+aider\b/.test(
        text,
      ) ||
      // (never one who sells or gives and pays the postage: "je vends mon vélo, je paye le port")
      (/\b(?:i (?:can |ll |will |would )?pay|happy to pay|will pay|je (?:te |vous )?(?:paye|paie|payerai|paierai|dedommage)(?! pas| rien)|je peux (?:donner|payer|mettre) (?:\d+ ?(?:e|eur|euros?|balles|bucks|€)(?!\w)|jusqu)|i can (?:give|offer) (?:\d+ ?(?:e|eur|euros?|bucks|quid|pounds|€|\$)(?!\w)|up to))/.test(
        text,
      ) &&
        !/\b(?:postage|shipping|delivery|port|frais de port|livraison|envoi|transport)\b/.test(text) &&
        !/\b(?:vends|vend|vendre|selling|sell|for sale|giving away|a donner|je donne|jdonne|give away)\b/.test(text)) ||
      /\b(?:i|je|j|could i|can i|to|a|pour)\s+(?:(?:d\s+)?(?:like to|love to|want to|need to|could|can|might|voudrais|cherche a|peux|pourrais|aimerais|souhaite)\s+)?(?:borrow|emprunter)\b/.test(
        text,
      )
    )
      this.slots.kind = "want";
    // "need to get rid of stuff", "je dois me débarrasser de …": giving away, whatever "need" says
    else if (/\b(get rid of|getting rid of|se debarrasser|me debarrasser|clear out|clearing out|declutter\w*)\b/.test(text))
      this.slots.kind = "offer";
    // "je cherche à échanger mon X contre Y" offers X; "je prête … si qqn en a besoin" offers too;
    // so does "who wants my old sofa?".
    else if (
      /\b(who wants|who would like|anyone wants?|anybody wants?|qui veut|qui voudrait|quelqu un veut|qqn veut|ca interesse (qqn|quelqu un))\b.{0,25}\b(my|mon|ma|mes|our|notre|nos)\b/.test(
        text,
      ) ||
      // ("could anyone give me a lift": a giving asked of someone else is no offer)
      this.words.some(
        (w, i) =>
          offer(w) &&
          !(opensLooking && ownTime(w)) &&
          // ("looking for a bike for my son, after selling his car": what was sold before is the story)
          !this.insideStoryClause(i) &&
          !(["give", "lend", "donner", "preter"].includes(w) && this.has(i + 1, "me", "us", "moi")),
      ) ||
      /\b(a donner|to give away|free to a good home|i do|je fais|j interviens|jinterviens|nous intervenons|on intervient|i cover|we cover|i serve|we serve|dispo pour|available for|i can do|je peux faire|i can help with|(?<!(?:who|anyone|anybody|someone|somebody|you|u) )can help (?:with|people|out)|participation libre|prix libre|pay what you want|pay what you can)\b/.test(
        text,
      ) ||
      // ("doing cheap haircuts at home", "I'm doing free bookkeeping for non-profits": a service the member does)
      /^(?:(?:hi|hello|hey) )?(?:i m |im |we re )?doing (?!well|good|fine|great|ok|okay|nothing|anything|something|the |my |it |this |that )[a-z]/.test(
        text,
      ) ||
      // ("je répare vos chaises", "I fix your bikes": a service done for the members)
      /^(?:\S+ ){0,6}?(?:je|j|i) (?!cherche|recherche|veux|voudrais|aimerais|achete|need|want|love|like|miss|lost|perdu)[a-z]{3,} (?:vos|tes|your)\b/.test(
        text,
      ) ||
      // ("Handyman available weekends — shelves, …", "Plombier dispo le samedi": a trade opening the line, then available)
      /^(?!(?:des|les|any|anyone|anybody|someone|somebody|qqn|qqun|quelqu|some|who|qui|y|ya|is|are|quels?|quelles?|je|i|we|on|need|needs|cherche|recherche|looking|besoin|wanted)\b)(?:[a-z]+ ){1,4}(?:available|dispo|disponible)\b/.test(
        text,
      ) ||
      // ("WTT: 3DS for a switch", "WTS canon eos …", "FT: …": a trader's line offers)
      FOR_TRADE_HEAD.test(this.text.trim()) ||
      // "Don : plantes …", "[DON] …": a gift, said as the line's head
      /^\s*\[?(?:don|dons)\]?\s*:/i.test(this.text) ||
      // ("il me reste 2 places", "2 seats left in my car", "can take 3 kids": seats in the member's car, offered)
      (!looksFor && SEATS_OFFERED.test(text)) ||
      // ("available 2 days a week for bookkeeping", "available to help with moving": the member free for others)
      // (not someone else's availability, asked: "anyone available to mow my lawn?")
      (!looksFor &&
        !/\b(?:anyone|anybody|someone|somebody|qqn|qqun)\b/.test(said) &&
        /\b(?:i m |im |i am )?available (?:\S+ ){0,5}?(?:for|to)\b/.test(said)) ||
      // ("DJ for weddings, price negotiable", "cari poulet sur commande", "livraison à domicile", "we ship to UK": what only
      // a seller says, unless the line looks for it: "je cherche une nounou à domicile")
      (!looksFor && SELLER_WORDS.test(said))
    )
      this.slots.kind = "offer";
    // "UX designer looking for freelance projects", "je cherche des missions courtes": work looked for is skills offered
    else if (this.seeksWork()) this.slots.kind = "offer";
    else if (
      // ("a fridge we don't need", "dont on n'a plus besoin": a need denied is none)
      text
        .split(" ")
        .some((w, i, all) => want.includes(w) && !/^(?:dont|don|t|not|no|longer|plus|pas|never|jamais)$/.test(all[i - 1] ?? "")) ||
      // ("I search a desk for study": looking, as a French or Spanish speaker says it in English)
      /\b(i m after|on the hunt for|i search|we search|i am searching|i m searching)\b/.test(text) ||
      FIRST_PERSON_WANTS.test(text) ||
      BUDGET_SAID.test(text) ||
      // ("Anyone have a spare baby bath they don't need?", "qqn aurait un diable ?": asked of the members)
      /^(?:(?:hi|hey|hello|salut|bonjour) )?(?:does |has )?(?:anyone|anybody|qqn|qqun|qq1|quelqu un) (?:have|has|got|aurait|a)\b/.test(
        text,
      ) ||
      // ("our garden needs a shed": someone's need; "the bike needs a new chain", "needs some TLC": its condition)
      /\bneeds (?:an?|some) (?!new\b|bit\b|little\b|tlc\b|work\b|love\b|good\b|quick\b|wash|clean|reinstall|repair|fixing|servic|paint|tune)/.test(
        text,
      )
    )
      this.slots.kind = "want";
    // ("I can fix bikes in Leeds", "je peux réparer vos vélos": what the member can do for others, when nothing is looked for)
    else if (CAN_DO.test(text)) this.slots.kind = "offer";
    // ("I would be grateful if someone could give me a lift", "They are yours for the asking", "servez-vous": asked, given,
    // whatever verb the request holds)
    // ("Qqn aurait un déguisement de pirate à prêter ou donner ?", "anyone have a cot they could lend?": asked of the members)
    // ("Appel aux voisins : quelqu'un aurait un escabeau à prêter ?": asked after a heading and its colon, as at the start)
    const colonAt = colonOpeningWords(this.text);
    const afterHeading =
      colonAt > 0 && colonAt <= 40
        ? tokenize(this.text.slice(colonAt + 1))
            .map((t) => t.folded)
            .join(" ")
        : said;
    if (
      /\b(?:grateful (?:if|for)|reconnaissante? si)\b/.test(said) ||
      [said, afterHeading].some((line) =>
        /^(?:(?:hi|hey|hello|salut|bonjour|coucou) )?(?:qqn|qqun|qq1|quelqu un|anyone|anybody|someone|somebody|does anyone|has anyone) (?:aurait|have|has|got)\b/.test(
          line,
        ),
      )
    )
      this.slots.kind = "want";
    else if (/\b(?:yours for the asking|free for the asking|help yourselves|servez vous)\b/.test(said)) this.slots.kind = "offer";
  }

  /** "looking for freelance projects", "je cherche des missions courtes": the member looks for work to do. */
  seeksWork(): boolean {
    return this.words.some((w, i) => {
      if (!["looking", "seeking", "searching", "cherche", "recherche"].includes(w)) return false;
      let k = i + 1;
      if (this.has(k, "for")) k++;
      while (this.has(k, "some", "de", "des") || WORK_QUALIFIERS.has(this.words[k] ?? "")) k++;
      return WORK_SOUGHT.has(this.words[k] ?? "") || this.has(k, "work");
    });
  }

  /**
   * Whether what is wanted goes on past "ou"/"or"/"pour"/"for" at `at`: an alternative ("contre Wingspan ou
   * Everdell", "for a GoPro or a drone") and what the thing wanted is for ("un coup de main pour rentrer mon bois",
   * "2 places pour le match") are part of it; a time ("pour 6 mois", "for the summer") or an amount is not.
   */
  private wantedGoesOn(at: number): boolean {
    let k = at + 1;
    while (this.has(k, ...DETERMINERS, "de", "d")) k++;
    const next = this.words[k];
    if (next === undefined || this.used[k] || isNumber(next) || /^\d/.test(next) || CURRENCY[next]) return false;
    // ("or similar", "ou équivalent": no second thing; "for my kid", "pour ado": whom it is for)
    if (TIME_WORDS.has(next) || AGE_AND_DURATION_UNITS.has(next) || PEOPLE.has(next)) return false;
    if (/^(rien|nothing|bien|else|autre|autres|so|similar|similaire|equivalent|equivalente|whatever|anything)$/.test(next)) return false;
    if (/^(semestre|trimestre|rentree|annee|saison|season|semester|term|quarter|periode|duree|while)$/.test(next)) return false;
    if (/^(fille|fils|daughter|son|kids?|wife|husband|femme|mari|copine|copain|girlfriend|boyfriend|niece|nephew|neveu)$/.test(next))
      return false;
    return !/[,;:!?()]|\p{Extended_Pictographic}/u.test(this.gap(at - 1, at));
  }

  /** What a swap's "for"/"contre" opens was said with "my"/"mon": the member's own thing, not what they want back. */
  wantedIsOwn = false;

  /**
   * "je cherche quelqu'un qui pourrait m'apprendre à tricoter, je peux donner des cours d'anglais en échange", "need help
   * with my garden, I can cook you dinner in return": a want paid in kind is a swap — what the member gives is the thing,
   * what they look for is wanted back.
   */
  offeredInExchange() {
    const { title } = this.slots;
    if (this.slots.kind !== "want" || typeof title !== "string" || this.slots.wants !== undefined) return;
    const given =
      /(?:^|[\s,.;!])(?:je|j'|on|nous|i|we)\s*(?:peux|peut|pouvons|pourrais|can|could|will|'ll|would)\s+(?:vous\s+|te\s+)?(\p{L}{2,})\s+(?:you\s+|vous\s+)?(.{3,60}?)\s+(?:en [ée]change|in exchange|in return|en retour)\b/iu.exec(
        this.text,
      );
    if (!given?.[1] || !given[2]) return;
    // ("I can pay you 50 in return", "je peux vous payer 30€ en échange", "I'd be happy to pay": money is a price, no swap)
    if (/^(?:pay|payer|paye|r[ée]mun[ée]rer|tip|be|[êe]tre)$/i.test(given[1]) || /^\s*(?:[$€£]\s*)?\d/.test(given[2])) return;
    // ("would anyone lend me a ladder? I can bake you a cake in return": a thank-you for a loan, no swap)
    if (this.words.some((w) => ["lend", "borrow", "preter", "emprunter", "loan"].includes(w))) return;
    // (a verb of giving names nothing: "donner des cours d'anglais" gives the lessons; "arroser vos plantes" is the task)
    const giving = /^(?:donner|offrir|proposer|give|offer|provide)$/i.test(given[1]);
    const object = given[2].replace(/^(?:des|du|de la|de l'|d'|un|une|a|an|some|my|mes|mon|ma)\s*/iu, "").trim();
    const thing = giving ? object : `${given[1]} ${given[2]}`;
    if (object.length < 3) return;
    this.slots.wants = title;
    this.slots.title = thing;
    this.slots.kind = "offer";
  }

  /**
   * A swap said from the other side: "anyone want to trade a paddle board for my windsurf rig?" offers the rig for a
   * board; "je cherche des plants de tomates, j'échange contre des courgettes" offers the courgettes for the plants.
   */
  swapSidesWhenOwnIsWanted() {
    const { title, wants } = this.slots;
    if (typeof title !== "string" || typeof wants !== "string") return;
    const before = (phrase: string) => {
      const at = this.text.indexOf(phrase);
      return at < 0 ? "" : foldText(this.text.slice(Math.max(0, at - 30), at));
    };
    const titleOwn = /\b(?:my|mon|ma|mes|our|notre|nos)\s+$/.test(before(title));
    // ("swap some eggs for a few jars of my homemade chutney?": the member's own is what the jars hold)
    const ownInside =
      /\b(?:jars?|bottles?|bags?|box(?:es)?|pots?|crates?|sacks?|few|couple|bunch|dozen|bocaux|sacs?|cartons?|caisses?|paniers?)\s+(?:of my|of our|de mes|de ma|de mon|de notre|de nos)\s+(.{3,})$/iu.exec(
        wants,
      );
    if (!titleOwn && ownInside?.[1] && this.words.some((w) => /^(?:echange[rsz]?|swap|swapping|trade|trading)$/.test(w))) {
      this.slots.title = ownInside[1];
      this.slots.wants = title;
      this.slots.kind = "offer";
      return;
    }
    // ("Seeking a mentor in UX design, happy to swap for …": the want's head taken into the title says it is sought)
    const head = /^(?:seeking|looking for|wtb|lf|iso)\s+(?:(?:an?|the|some)\s+)?/i.exec(title);
    const titleSought =
      head !== null ||
      /\b(?:cherche|recherche|looking for|searching for|search for|seeking|need|besoin d|besoin de)\s+(?:(?:des|du|de la|un|une|a|an|some)\s+)?$/.test(
        before(title),
      );
    // (what is sought "contre fromage ou loyer" is paid for, no swap: the swap needs its verb)
    const swapSaid = this.words.some((w) => /^(?:echange[rsz]?|swap|swapping|trade|trading|troque[rsz]?)$/.test(w));
    if (titleOwn || !(this.wantedIsOwn || (titleSought && swapSaid))) return;
    this.slots.title = wants;
    this.slots.wants = head ? title.slice(head[0].length) : title;
    this.slots.kind = "offer";
  }

  /**
   * "on vend l'ancienne, une Honda thermique", "selling the old one, a Kenwood Chef": a thing called by what sets it
   * apart, then named after a comma, is called by its name.
   */
  namedAfterTheOne() {
    const title = this.slots.title;
    if (
      typeof title !== "string" ||
      !/^(?:ancien(?:ne)?|vieux|vieille|autre|premi(?:er|[eè]re)|old one|other one|older one|first one)$/i.test(title)
    )
      return;
    const named = new RegExp(`${title}\\s*,\\s*(?:une?|a|an)\\s+([^,.;!?()€$£]{3,40})`, "iu")
      .exec(this.text)?.[1]
      // (a price said in the same breath is no part of the name: "une Honda 150€")
      ?.replace(/\s+\d+(?:[.,]\d+)?\s*(?:€|euros?|balles|chf|£|\$)?\s*$/iu, "")
      .trim();
    if (named && /\p{L}{2}/u.test(named)) this.slots.title = named;
  }

  /**
   * "Anyone got a spare tripod? I'd swap my flash for one": what "one" or "it" stands for is the thing asked for first,
   * wanted back; the member's own thing is offered.
   */
  wantedBackAskedFirst() {
    if (typeof this.slots.wants !== "string" || !/^(?:one|it|them|un|une|ça|ca)$/i.test(this.slots.wants)) return;
    const asked = /^([^?]{3,160})\?/u.exec(this.text)?.[1];
    if (!asked) return;
    const first = extractSlots("create_listing", asked, tokenize(asked), { locale: this.locale, vocabulary: this.vocabulary });
    if (typeof first.title !== "string") return;
    // ("a spare tripod": whose surplus it is, no word of the thing wanted)
    this.slots.wants = first.title.replace(/^spare\s+/i, "");
    this.slots.kind = "offer";
  }

  wants() {
    // "dispo pour du house sitting, free in exchange for plant watering": an explicit exchange says
    // what is wanted; "pour"/"for" then only opens the thing offered
    // ("par contre faut venir avec un camion": "however", no exchange)
    const against = (i: number) => (this.words[i] === "contre" && !this.has(i - 1, "par")) || this.words[i] === "against";
    const explicit = this.words.some((x, i) => against(i) || ((x === "echange" || x === "exchange") && this.has(i - 1, "en", "in")));
    // ("my 2 Coldplay tickets for Aug 23 … for 2 tickets to any Taylor Swift date": a date is when, a count of things
    // is what is wanted back)
    const dated = (k: number) =>
      CALENDAR_NAMES.has(this.words[k] ?? "") || SHORT_MONTHS.has(this.words[k] ?? "") || shortDay(this.tokens[k]);
    const countOfThings = (k: number) =>
      isNumber(this.words[k]) &&
      /^[a-z]{3,}$/.test(this.words[k + 1] ?? "") &&
      !CURRENCY[this.words[k + 1] ?? ""] &&
      !TIME_NOUNS.has(this.words[k + 1] ?? "") &&
      !isDistanceUnit(this.words[k + 1] ?? "");
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i];
      let from = -1;
      if (against(i)) from = i + 1;
      // "my old Casio for a Seiko 5", "ma Switch pour ta PS4": one's own thing for another, with no
      // verb of selling or giving, is a swap
      else if (
        (w === "for" || w === "pour") &&
        this.has(i + 1, "a", "an", "un", "une", "your", "ton", "ta", "votre") &&
        !isNumber(this.words[i + 2]) &&
        // "mon vélo pour un enfant de 8 ans", "my old bike for a kid": whom it suits, no swap
        !PEOPLE.has(this.words[i + 2] ?? "") &&
        !this.used[i + 2] &&
        POSSESSIVE_OPENING.test(this.words.slice(0, i).join(" ")) &&
        !this.words.some((x) => OFFER_VERBS.includes(x) || ["need", "cherche", "recherche", "looking", "want"].includes(x))
      )
        from = i + 1;
      else if ((w === "echange" || w === "exchange") && this.has(i - 1, "en", "in")) from = i + 1;
      // ("swap: my Nintendo Switch vs an old laptop": what it is swapped against)
      else if ((w === "vs" || w === "versus") && this.trading && this.has(i + 1, ...DETERMINERS)) from = i + 1;
      // ("WTT switch lite → ps4", "trade: 2 tix sat → 2 tix sun": in a trade, what an arrow leads to is wanted back)
      else if (
        /^\s*(?:→|->|=>)\s*$/.test(this.gap(i - 1, i)) &&
        this.trading &&
        // ("120 → 80 cm": a measure changed, no swap)
        !(/^\d/.test(w ?? "") && /^\d/.test(this.words[i - 1] ?? ""))
      )
        from = i;
      // ("FT: Terraforming Mars. LF: Ark Nova", "FT 7 Wonders Duel, LF any 2p game": for trade, looking for — what a trader
      // wants back; "up for a swap? I have Root and want Oath")
      else if (
        ((w === "lf" || w === "iso") &&
          /^\p{Lu}+$/u.test(this.tokens[i]?.text ?? "") &&
          !this.has(i - 1, "ft") &&
          !/^\d/.test(this.words[i + 1] ?? "") &&
          this.trading) ||
        ((w === "want" || w === "wants") &&
          this.has(i - 1, "and", "i") &&
          !this.has(i + 1, "it", "them", "to", "this", "that", "you") &&
          this.trading) ||
        // ("up for a trade? I've got … and I'm after Space Marines": what the trader is after is wanted back)
        (w === "after" && this.has(i - 1, "m", "am", "re", "are") && this.has(i - 2, "i", "we") && this.trading) ||
        // ("Swap: roof bars, would like a bike rack in exchange", "échange ma PS4, j'aimerais une Switch en échange")
        (((w === "like" && this.has(i - 1, "would", "d")) || w === "aimerais" || w === "voudrais") &&
          this.trading &&
          /^(?:\S+ ){1,8}?(?:in exchange|en echange|in return|en retour)\b/.test(this.words.slice(i + 1).join(" ")))
      )
        from = i + 1;
      else if (
        (w === "for" || w === "pour") &&
        !explicit &&
        // ("log splitter for sale …, or would swap for a chainsaw": "for sale" says it is sold, nothing wanted)
        !this.has(i + 1, "sale", "hire", "rent") &&
        // (of two, the last: "my voucher for 3 surf lessons for a wetsuit")
        (!isNumber(this.words[i + 1]) || (countOfThings(i + 1) && !this.words.slice(i + 2).some((x) => x === "for" || x === "pour"))) &&
        !dated(i + 1) &&
        // ("up for a swap?": the swap itself is nothing wanted)
        !TRADE_WORDS.has(this.words[i + 1] ?? "") &&
        !(DETERMINERS.has(this.words[i + 1] ?? "") && TRADE_WORDS.has(this.words[i + 2] ?? "")) &&
        !CURRENCY[this.words[i + 1] ?? ""] &&
        // ("a language exchange partner", "un échange linguistique": a kind of meeting, no swap)
        (FOR_TRADE_HEAD.test(this.text.trim()) ||
          this.words.some(
            (x, k) =>
              ["swap", "swapping", "swapped", "trade", "trading", "exchange", "exchanging", "echange", "troque", "echanger"].includes(x) &&
              !this.has(k - 1, "language", "languages", "langue", "langues", "student", "cultural") &&
              !this.has(k + 1, "linguistique", "linguistiques", "culturel", "scolaire", "student", "students"),
          ))
      )
        from = i + 1;
      if (from < 0) continue;
      const opening = from;
      // ("in exchange I want french conversation": the wanting said again opens nothing)
      if (this.has(from, "i", "je", "j") && this.has(from + 1, "want", "would", "veux", "voudrais", "aimerais", "need")) from += 2;
      if (this.has(from, "like", "bien")) from++;
      // ("contre n'importe quel jeu coopératif", "for any decent bass": any one of a kind is the kind; a trader's "LF any 2p
      // game" keeps it)
      if (this.has(from, "n") && this.has(from + 1, "importe") && this.has(from + 2, "quel", "quelle", "quels", "quelles")) from += 3;
      const trader = this.has(i, "lf", "iso");
      while (this.has(from, ...DETERMINERS, "de", "d", "for") || (!trader && this.has(from, "any"))) from++;
      this.wantedIsOwn = this.words.slice(opening, from).some((w) => OWN.has(w));
      let to = from;
      // ("contre une machine à pâtes": an "à" inside the thing's name, not before a town)
      const ofTheThing = (k: number) =>
        (this.has(k, "a") &&
          /^\p{Ll}/u.test(this.tokens[k + 1]?.text ?? "") &&
          !PLACE_LEAD_INS.has(this.words[k + 1] ?? "") &&
          (townNamed(this.tokens[k + 1]?.text ?? "")?.population ?? 0) < 20_000) ||
        // ("contre aide au déménagement", "contre un coup de main aux récoltes": what the help is with)
        (this.has(k, "au", "aux") &&
          HELP_NOUNS.has(this.words[k - 1] ?? "") &&
          /^\p{Ll}/u.test(this.tokens[k + 1]?.text ?? "") &&
          // (in lower case, a word that names a far village too: "aide au jardin", not Jardín in Colombia)
          (townNamed(this.tokens[k + 1]?.text ?? "")?.population ?? 0) < 20_000);
      // ("ma chambre à Lille contre une chambre à Lyon": a home swapped for one in another town, which is what is wanted;
      // "ma chambre contre une chambre à Lyon": so is the only town said, taken back from the member's place)
      const homeElsewhere = (k: number) => {
        const town = townNamed(this.tokens[k + 1]?.text ?? "");
        if (!this.has(k, "a", "in") || !HOMES.has(this.words[k - 1] ?? "") || town === undefined) return false;
        if (!this.used[k + 1]) return true;
        if (this.slots.place !== town.name) return false;
        delete this.slots.place;
        this.used[k] = false;
        this.used[k + 1] = false;
        return true;
      };
      while (
        to < this.words.length &&
        (!this.used[to] || (to > from && homeElsewhere(to))) &&
        (!PLACE_PREPOSITIONS.has(this.words[to] ?? "") || ofTheThing(to) || homeElsewhere(to)) &&
        (!this.has(to, "pour", "for", "ou", "or") || (to > from && this.wantedGoesOn(to))) &&
        // ("j'aimerais une Switch en échange": the exchange said after what is wanted ends it)
        !(this.has(to, "en", "in") && this.has(to + 1, "echange", "exchange", "retour", "return")) &&
        (to === from ||
          // ("in exchange for 3 haircuts 😅 seriously though": an emoji ends what is wanted)
          // ("for a Pentax K1000 — both work": a dash opens an aside)
          (!/[,;:!?()—–]|\p{Extended_Pictographic}|\s-\s/u.test(this.gap(to - 1, to)) &&
            // ("… for a DSLR camera. Lausanne area.": a sentence's end, not "Dr. Martens")
            !(/\.\s/.test(this.gap(to - 1, to)) && /^\p{Lu}/u.test(this.tokens[to]?.text ?? "") && (this.words[to - 1]?.length ?? 0) > 2)))
      )
        to++;
      // "contre bons soins", "to a good home": a condition of giving, nothing wanted in exchange
      if (to > from && /^(bons soins|good care|a good home|good home|rien|nothing)$/i.test(this.original(from, to).trim())) return;
      if (to > from) {
        // ("for some Dick Francis novels if anyone has them": the condition asked of the members is no part of it)
        this.slots.wants =
          this.original(from, to).replace(/\s+(?:if|si)\s+(?:anyone|anybody|someone|somebody|quelqu'un|qqn|vous|you)\b.*$/iu, "") ||
          this.original(from, to);
        this.mark(i - (this.has(i - 1, "en", "in") ? 1 : 0), to);
      }
      return;
    }
  }

  condition() {
    // "écran nickel", "battery mint": a part in good shape says nothing of the whole thing's condition
    // (no writer labels it), unlike "état nickel"
    // ("2,5k€ neuf, je le laisse à 400": what it cost new, then its price, says nothing of its state)
    const text = this.words
      .join(" ")
      .replace(/\b(ecran|batterie|screen|battery|pneus|tyres|tires) (nickel|mint|impeccable)\b/g, "$1 _")
      // ("pneus neufs", "batterie neuve", "new tyres": a part replaced, no writer labels it the thing's condition)
      .replace(
        /\b(ecran|batterie|pneus?|chaine|freins?|courroie|embrayage|joints?|cordes|roues?|moteur|tyres?|tires?|battery|screen|chain|brakes?|strings|wheels?) (?:neuf|neuve|neufs|neuves|new)\b/g,
        "$1 _",
      )
      .replace(/\bnew (tyres?|tires?|battery|screen|chain|brakes?|strings|wheels?|engine|clutch)\b/g, "_ $1")
      // ("quoi de neuf vers Lausanne ?", "what's new": the latest listings asked, no thing's state)
      .replace(/\b(?:quoi de neuf|what s new|whats new|what is new|anything new)\b/g, "_")
      .replace(/\b(\d+(?: k)?(?: (?:e|eur|euros?|€|balles|chf))?) (?:neuf|neuve|new)\b(?=.*\b\d)/g, "$1 _")
      // ("prix neuf 300€", "retail price new 800", "valeur à neuf": what it cost new, not its state)
      .replace(/\b(prix|price|valeur|value|paid|paye|payee|achete|achetee|bought) (?:a )?(?:neuf|neuve|new)\b/g, "$1 _");
    const found = [
      [
        // ("Louvain-la-Neuve" is a town)
        /\b(neuf|(?<!la )neuve|neufs|neuves|brand new|new condition|jamais servie?s?|jamais utilisee?s?|never used|never been used|never been worn|sous blister|still in the box|in its box|jamais ouverte?s?|pas ouverte?s?|non ouverte?s?|unopened|never opened|dans sa boite|jamais portee?s?|never worn|sealed|still sealed|new sealed|neuf sous blister|new in box|nib|bnib|neuf dans sa boite|neuf en boite|sous cello|sous cellophane|sous film|still in shrink|in shrink|in its shrink|shrink wrapped|shrinkwrapped)\b/,
        "new",
      ],
      [
        /\b(comme neufs?|comme neuves?|like new|etat neuf|etat nickel|etat impeccable|impeccable|excellent condition|excellent etat|excellente condition|mint|barely used|hardly used|barely worn|worn once|worn twice|portee?s? (une|deux|trois|\d) fois|peu portee?s?|peu servie?s?|tres peu servie?s?|quasi neufs?|quasi neuves?|presque neufs?|presque neuves?|quasiment neufs?|quasiment neuves?|almost new|nearly new|as good as new|as new|barely played|hardly played|worn a few times|used a few times|used (?:once|twice)|portee? (?:une|1) semaine|utilisee?s? (?:une|deux|trois|\d) fois|servie?s? (?:une|deux|trois|\d) fois|perfect condition|parfait etat|etat parfait|jamais jouee?s?|never played|played (?:once|twice)|only played (?:once|twice)|jouee?s? (?:une|deux|1|2) fois|near mint)\b/,
        "like_new",
      ],
      [
        // Wear, not function: "works great", "marche très bien" say it works, and both independent
        // writers never label them as a condition.
        /\b(tres bon etat|bon etat|super etat|tbe|(?:tres )?bonne condition|good condition|great condition|very good condition|good shape|great shape|good state|good nick|gently used|lightly used|gently worn|lightly worn|fine condition|lightly played|a few scuffs|some scuffs|buckle rash|good cond|great cond|vgc|(?<!(?:etat|marche|marchait|fonctionne|fonctionnait|roule|works?|working) )nickel)\b/,
        "good",
      ],
      [
        /\b(etat correct|etat moyen|etat d usage|ecran cassee?|needs a service|needs servicing|well worn|stick drift|avec (?:du )?drift|fair condition|fair cond|fair state|ok condition|quelques rayures|some scratches|un peu usee?s?|un peu abimee?s?|signs of wear|some wear|traces d usure|well used|bien usee?s?|scratched|a few scratches|few scratches|dans son jus|few dings|some dings|a few dings|a bit torn|un peu dechiree?s?|fendue?s?|felee?s?|un peu griffee?s?|griffee?s?|beat up|beaten up|a changer|needs replacing|(?:ecran |screen )?cracked|(?:ecran |vitre )?fissuree?s?|a bit wobbly|wobbly|bancale?s?|quelques traces|usee?s? mais|(?:a )?bit faded|faded|(?:a few|some) marks|(?:a )?(?:bit |little )?scuffed|un peu eraflee?s?|(?:a )?bit worn|slightly worn|worn but (?:still )?(?:ok|okay|fine|good|usable|solid|functional|comfy|comfortable)|needs (?:some |a bit of |a little )?work|fuit un peu|leaks (?:a bit|a little|slightly)|fair shape|decent shape|rough shape|ok shape|okay shape)\b/,
        "fair",
      ],
      [/\b(mauvais etat|a reparer|for parts|pour pieces|hs|broken|poor condition)\b/, "poor"],
    ] as const;
    let condition: string | undefined;
    let span: RegExpExecArray | null = null;
    for (const [pattern, value] of found) {
      const match = pattern.exec(text);
      // ("bon état, 2 vitesses HS": a part out of order says less than the whole thing's state said)
      if (match && !(value === "poor" && match[0] === "hs" && condition)) {
        condition = value;
        span = match;
      }
    }
    // ("Air Jordan 1 UK 9, DS, £260": deadstock, never worn, said in capitals between commas; not a Nintendo DS)
    const deadstock = this.tokens.findIndex(
      (t, k) => t.text === "DS" && k > 0 && /,/.test(this.gap(k - 1, k)) && !this.has(k - 1, "nintendo", "3ds", "new"),
    );
    if (!condition && deadstock >= 0) {
      this.slots.condition = "new";
      this.mark(deadstock, deadstock + 1);
    }
    // ("playset Ragavan NM", "Orcish Bowmasters NM VO": a card's grade in capitals right after its name; "Santa Fe, NM"
    // after a comma is a state)
    const graded = this.tokens.findIndex((t, k) => t.text === "NM" && k > 0 && !/,/.test(this.gap(k - 1, k)));
    if (!condition && graded >= 0) {
      this.slots.condition = "like_new";
      this.mark(graded, graded + 1);
    }
    if (!condition) return;
    this.slots.condition = condition;
    // The words said are the condition's, not the thing's ("portée une fois", "tbe")
    if (span) {
      const start = text.slice(0, span.index).split(" ").filter(Boolean).length;
      this.mark(start, start + span[0].split(" ").length);
    }
    const words = new Set(
      "tres bon bonne excellente etat comme neuf neuve new like good great very condition correct moyen fair ok mint mauvais poor broken hs jamais servi never used quelques rayures some scratches reparer parts pieces en in barely hardly used peu quasi quasiment presque almost nearly as use usee brand still box ouvert opened".split(
        " ",
      ),
    );
    this.words.forEach((w, i) => {
      if (
        words.has(w) &&
        (this.has(
          i - 1,
          "tres",
          "bon",
          "comme",
          "etat",
          "like",
          "good",
          "great",
          "very",
          "in",
          "en",
          "mauvais",
          "jamais",
          "never",
          "barely",
          "hardly",
          "peu",
          "quasi",
          "presque",
          "un",
        ) ||
          this.has(i + 1, "etat", "condition", "neuf", "neuve", "neufs", "neuves", "new", "servi", "used", "bon"))
      )
        this.used[i] = true;
    });
  }

  /**
   * "pas cher", "cheap", "bon marché": a wish, not an order asked ("cheapest first", "par prix" are): the words are
   * kept out of what is searched, and no sort is set (41 of the studied writers' 53 such searches set none).
   */
  cheap() {
    for (let i = 0; i < this.words.length; i++) {
      if (
        this.words[i] === "cheap" ||
        (["cher", "chere", "chers", "cheres"].includes(this.words[i] ?? "") && this.has(i - 1, "pas", "pa")) ||
        (this.words[i] === "marche" && this.has(i - 1, "bon"))
      )
        this.mark(i - (this.words[i] === "cheap" ? 0 : 1), i + 1);
    }
  }

  /** "les plus proches d'abord", "sort by most recent", "plutôt par prix", "cheapest first". */
  sortOrder() {
    const text = this.words.join(" ");
    const orders: [RegExp, string][] = [
      [
        /\b(les? plus (?:proches?|pres)|(?:le|la|les)? ?plus pres|nearest|closest|closer|nearer|near me first|par distance|by distance|proximite|proches? d abord|(?<=\b(?:sort|tri|order) )distance)\b/,
        "distance",
      ],
      [
        /\b(plus recente?s?|plus recents?|most recent|newest|newer|latest|dernieres annonces|nouvelles annonces|new listings|new ads|derniers? postes?|(?:posted |listed |postes |publies )?(?:recently|recemment)|(?:derniers|dernieres|nouveaux|nouvelles)(?= [a-z-]+ (?:postes|postees|publies|publiees|mis en ligne))|par date|by date|(?<=\b(?:sort|tri|order) )(?:date|recent)|recentes? d abord|recente?s?|recents|what s new|whats new|what is new|anything new|quoi de neuf|nouveautes)\b/,
        "recent",
      ],
      [
        /\b(par prix|by price|(?<=\b(?:sort|tri|order) )(?:price|prix)|cheapest|cheaper|less expensive|moins chers? d abord|moins chers?|moins chere?s?|prix croissant|lowest price|price low to high|les moins chers?|le moins cher)\b/,
        "price",
      ],
    ];
    for (const [pattern, order] of orders) {
      const match = pattern.exec(text);
      if (!match) continue;
      this.slots.sort = order;
      const words = match[0].split(" ").length;
      const start = text.slice(0, match.index).split(" ").filter(Boolean).length;
      this.mark(start, start + words);
      // ("triées par distance", "sorted by price", "classés par date": the word of ordering is the order's, no thing)
      if (this.has(start - 1, ...ORDERING_WORDS)) this.mark(start - 1, start);
      else if (this.has(start - 1, "them", "les", "it") && this.has(start - 2, ...ORDERING_WORDS)) this.mark(start - 2, start);
      for (let i = start + words; i < this.words.length && this.has(i, "d", "abord", "first", "en", "premier"); i++) this.used[i] = true;
      // ("les trier par prix", "sort them by distance": the verb and what it sorts say nothing more)
      for (
        let i = start - 1;
        i >= 0 &&
        this.has(
          i,
          "sort",
          "sorted",
          "trie",
          "trier",
          "triez",
          "tri",
          "classe",
          "classer",
          "order",
          "plutot",
          "by",
          "par",
          "show",
          "les",
          "them",
        );
        i--
      )
        this.used[i] = true;
      return;
    }
  }

  /** The words from `i` on that hyphens bind, as written: "Saint-Antonin", "Bourg-en-Bresse". */
  hyphenated(i: number): string {
    let end = i + 1;
    while (end < this.words.length && this.gap(end - 1, end) === "-") end++;
    return this.original(i, end);
  }

  /**
   * Where the clause ends when the word at `i` opens a story of what was done before ("after selling his car", "since
   * moving here", "après avoir vendu sa maison", "depuis qu'on a vendu la ferme"), else undefined: its verb sells nothing
   * now and its object is no thing of the posting.
   */
  storyClauseFrom(i: number): number | undefined {
    const english = this.has(i, "after", "since", "before") && /^[a-z]{3,}ing$/.test(this.words[i + 1] ?? "");
    const french =
      (this.has(i, "apres") && this.has(i + 1, "avoir", "etre")) ||
      (this.has(i, "depuis") && this.has(i + 1, "que", "qu") && FRENCH_SUBJECTS.has(this.words[i + 2] ?? ""));
    if (!english && !french) return undefined;
    let end = i + 2;
    while (end < this.words.length && !/[,;:.!?()]/.test(this.gap(end - 1, end)) && !this.has(end, "and", "et", "but", "mais")) end++;
    return end;
  }

  /**
   * Where the verb is when the word at `i` is someone of the member's life acting as a subject
   * ("my mom knitted", "our neighbour left", "ma grand-mère a tricoté"), else undefined; "vélo
   * pour ma fille", "my son's bike" name no such story.
   */
  private storyVerbAfter(i: number): number | undefined {
    const w = this.words[i] ?? "";
    const housePerson = HOUSE_PEOPLE.has(w);
    if ((!KIN.has(w) && !housePerson) || w === "grand") return undefined;
    let owner = this.has(i - 1, "grand") && this.gap(i - 1, i) === "-" ? i - 2 : i - 1;
    // ("le locataire a laissé …", "the previous tenant left …": who lived in the place, named by its article)
    if (housePerson && this.has(owner, "ancien", "ancienne", "previous", "former", "old", "last")) owner--;
    // ("grandma needs help with her garden", "mamie voudrait …": a grandparent opening the line needs no possessive)
    const grandparent =
      i === 0 && ["grandma", "granny", "grandpa", "grandad", "granddad", "nan", "mamie", "papi", "papy", "mamy"].includes(w);
    const owned =
      grandparent || this.has(owner, ...RELATIVE_OWNERS) || (housePerson && this.has(owner, "le", "la", "l", "the", "les", "our", "my"));
    if (!owned) return undefined;
    let k = i + 1;
    // ("mon père (91 ans, Langres) a besoin …": what a bracket tells of them is theirs, the verb follows it)
    if (/^\s*\($/.test(this.gap(i, i + 1))) {
      while (k < this.words.length && k < i + 10 && !/\)/.test(this.gap(k - 1, k))) k++;
      if (!/^\)\s+$/.test(this.gap(k - 1, k))) return undefined;
    } else if (!/^\s+$/.test(this.gap(i, i + 1))) return undefined;
    while (this.has(k, ...STORY_ADVERBS) || (this.locale === "fr" && this.has(k, "m", "nous", "l"))) k++;
    // ("ma fille veut un vélo rose", "my son wants a drum kit": what they wish for is the thing, not them)
    if (this.has(k, "veut", "voudrait", "aimerait", "reve", "wants", "needs", "want", "need")) return k;
    // ("my kids would love a trampoline", "my mum could use a hand", "mon fils a besoin d'un bureau")
    if (this.has(k, "would", "could") && this.has(k + 1, "love", "like", "use", "need")) return k + 1;
    if (this.has(k, "a", "aurait") && this.has(k + 1, "besoin")) return k + 1;
    if (this.locale === "fr") {
      // "a tricoté", "ont fait", "vient de finir"
      if (this.has(k, "vient", "viennent") && this.has(k + 1, "de", "d")) return k + 2 < this.words.length ? k + 2 : undefined;
      if (!this.has(k, "a", "ont", "avait", "avaient", "est", "sont", "etait")) return undefined;
      // ("ma mère a une machine à coudre …": what they have is the thing, not them)
      if (/^(?:a|ont|avait|avaient)$/i.test(this.tokens[k]?.text ?? "") && this.has(k + 1, ...DETERMINERS)) return k;
      const participle = this.words[k + 1] ?? "";
      return /^[a-z]{3,}$/.test(participle) && !DETERMINERS.has(participle) ? k + 1 : undefined;
    }
    // ("my dad has a rowing machine …", "my mum's got an old Singer": what they have is the thing, not them)
    if (
      this.has(k, "has", "have", "had") &&
      (this.has(k + 1, "a", "an", "some") || (this.has(k + 1, "got") && this.has(k + 2, "a", "an", "some")))
    )
      return this.has(k + 1, "got") ? k + 1 : k;
    while (this.has(k, "has", "had", "have", "just", "finally", "already")) k++;
    const verb = this.words[k] ?? "";
    return /^[a-z]{3,}ed$/.test(verb) || STORY_PAST.has(verb) ? k : undefined;
  }

  /**
   * "what have people posted near Nantes this week?", "qu'est-ce qui a été posté à Nantes ?": the question's words are
   * no thing searched, and what was posted lately comes first.
   */
  othersPostingsAsked() {
    const asked = OTHERS_POSTINGS_ASKED.exec(this.text.trim());
    if (!asked) return;
    const end = this.text.indexOf(asked[0]) + asked[0].length;
    const last = this.tokens.findLastIndex((t) => t.start < end);
    this.mark(0, last + 1);
    this.words.forEach((w, k) => {
      if (["lately", "recently", "recemment", "dernierement", "today", "tonight", "aujourd", "hui"].includes(w)) this.mark(k, k + 1);
      // ("this week", "cette semaine": when it was posted)
      if (["week", "semaine", "weekend"].includes(w) && this.has(k - 1, "this", "cette", "ce", "last", "derniere")) this.mark(k - 1, k + 1);
    });
    if (/\b(?:post|list|publi|mis en ligne|put up|neuf)/i.test(asked[0])) this.slots.sort ??= "recent";
  }

  /**
   * "Finished my PhD so my textbooks need a new home", "Ma grand-mère ne conduit plus, sa Twingo est à vendre": after
   * the story, the thing said to be for sale or to need a home is the thing; the story before it names nothing.
   */
  markStoryBeforeThingForSale() {
    // (the folded words, with the commas between clauses kept)
    let said = "";
    const starts: number[] = [];
    this.words.forEach((w, i) => {
      if (i > 0) said += /[,;:.!?]/.test(this.gap(i - 1, i)) ? ", " : " ";
      starts.push(said.length);
      said += w;
    });
    const forSale = THING_FOR_SALE_AFTER_STORY.exec(said);
    const thing = forSale?.[1] ?? forSale?.[2];
    if (!forSale || !thing || forSale.index === 0) return;
    const at = starts.indexOf(forSale.index + forSale[0].lastIndexOf(thing, forSale[0].length - 1));
    if (at > 0) this.mark(0, at - 1 >= 0 && DETERMINERS.has(this.words[at - 1] ?? "") ? at - 1 : at);
  }

  /**
   * "Les enfants ont grandi et le trampoline ne sert plus. Trampoline Decathlon 3m, 80€, Villeurbanne", "We're emigrating
   * to New Zealand and selling the car here. 2016 Toyota Yaris hybrid, £7,500": in a posting of several sentences the
   * thing is in the first one that prices it; the sentences of the story before it (no price, nothing specific sold)
   * name nothing, and their words are set aside. A priced sentence that says the thing only as a pronoun ("Je la vends
   * avec 2 manettes, 180$") keeps the sentence before it, where the thing was named.
   */
  markStorySentences() {
    const starts = [0];
    // (not "…" nor "...": a pause inside a sentence)
    // (nor the full stop of an initial: "J. Crew sweater")
    for (let k = 1; k < this.words.length; k++)
      if (/(?<![.…])[.!?](?:\s|$)|\n/.test(this.gap(k - 1, k)) && !/^\p{Lu}$/u.test(this.tokens[k - 1]?.text ?? "")) starts.push(k);
    if (starts.length < 2) return;
    const sentence = (i: number) => [starts[i] as number, starts[i + 1] ?? this.words.length] as const;
    const within = (i: number, test: (k: number) => boolean) => {
      const [from, to] = sentence(i);
      for (let k = from; k < to; k++) if (test(k)) return true;
      return false;
    };
    const priced = (i: number) => within(i, (k) => this.priceWords.has(k) || FREE_WORDS.has(this.words[k] ?? ""));
    // (a sale of the home, of everything or of something vague is the story's: "on vend son appartement", "selling the
    // car here"; "I have a …", "je cherche un …" name the thing)
    const namesAThing = (i: number) =>
      within(i, (k) => {
        const w = this.words[k] ?? "";
        const named = (j: number) => this.has(j, ...DETERMINERS, "quelqu", "someone", "somebody", "qqn") || /^\d/.test(this.words[j] ?? "");
        if (HAVING_OR_LOOKING.has(w) && (named(k + 1) || (this.has(k + 1, "for") && named(k + 2)))) return true;
        if (!OFFER_VERBS.includes(w)) return false;
        let next = k + 1;
        while (this.has(next, ...DETERMINERS, "de", "d", "du", "tout", "toute", "tous", "all", "everything") && next < k + 4) next++;
        const object = this.words[next] ?? "";
        return !STORY_SALES.has(object) && !GENERIC_THINGS.has(object) && !VAGUE_THINGS.has(object) && /^[a-z]{3,}/.test(object);
      });
    // The sentence that opens with the thing ("Trampoline Decathlon 3m, …, 80€", "2016 Toyota Yaris hybrid, …") or with
    // the member selling it ("Je vends donc la salle à manger …", "Selling a big box of mixed Lego"), and prices it
    const opensWithTheThing = (i: number) => {
      const [from, to] = sentence(i);
      // ("My husband is a carpenter and offers small carpentry repairs …": the member's side sells it, however opened)
      if (
        this.words
          .slice(from, to)
          .some(
            (w, j) =>
              OFFER_VERBS.includes(w) &&
              this.has(from + j - 1, ...SUBJECTS, ...AUXILIARIES, "and", "et", "so", "donc") &&
              !this.has(from + j + 1, "it", "them"),
          )
      )
        return true;
      let k = from;
      if (/^\d{4}$/.test(this.words[k] ?? "")) k++;
      if (this.has(k, "je", "j", "on", "i", "we", "nous")) k++;
      while (this.has(k, "m", "re", "am", "are", "donc", "also", "aussi", "now", "maintenant")) k++;
      const w = this.words[k] ?? "";
      if (OFFER_VERBS.includes(w)) return true;
      // ("Mon Canyon Endurace taille M, …", "The old kitchen cabinets are …", "Le micro-ondes Samsung, …")
      let head = from;
      if (this.has(head, ...DETERMINERS) && !OBJECT_PRONOUNS.has(this.words[head + 1] ?? "")) head++;
      const first = this.words[head] ?? "";
      return (
        k === from &&
        /^[a-z][a-z'-]{2,}$/.test(first) &&
        !SUBJECTS.has(first) &&
        !this.used[head] &&
        !FUNCTION_WORDS.has(first) &&
        !KIN.has(first) &&
        !PRICE_CUES.has(first) &&
        !PAYING_VERBS.has(first) &&
        !NOT_A_THING_OPENING.has(first)
      );
    };
    // ("Je la vends avec 2 manettes, 180$", "On le vend 350€", "Giving it away": the thing was named the sentence before)
    const byItsPronoun = (i: number) => {
      const [from, to] = sentence(i);
      return this.words
        .slice(from, to)
        .some(
          (w, j) =>
            (OBJECT_PRONOUNS.has(w) && OFFER_VERBS.includes(this.words[from + j + 1] ?? "")) ||
            ((w === "it" || w === "them") && OFFER_VERBS.includes(this.words[from + j - 1] ?? "")),
        );
    };
    // (a story: someone doing something — "les enfants ont grandi", "we're relocating", "I finally admit …" — and no colon
    // that lists what follows)
    // (a question asks for the thing: "Can someone teach me to surf?")
    const told = (i: number) =>
      !/\?/.test(this.gap((sentence(i)[1] as number) - 1, sentence(i)[1] as number)) &&
      within(i, (k) => STORY_TELLERS.has(this.words[k] ?? ""));
    const target = starts.findIndex((_, i) => i > 0 && priced(i) && (opensWithTheThing(i) || byItsPronoun(i)));
    if (target < 1 || this.text.slice(0, this.tokens[starts[target] as number]?.start).includes(":")) return;
    const pronoun = !opensWithTheThing(target);
    const story = pronoun ? target - 1 : target;
    for (let i = 0; i < story; i++) if (priced(i) || namesAThing(i)) return;
    if (!starts.slice(0, target).some((_, i) => told(i))) return;
    if (story > 0) this.mark(0, starts[story] as number);
    if (!pronoun) this.postingStart = starts[target] as number;
  }
  /**
   * "Ma fille accouche dans 3 semaines. Y a-t-il des transats près de Lille ?", "we're moving to montreal in the fall,
   * what winter tires are there?": a search asked after a story; the story's words are no part of what is searched.
   */
  markStoryBeforeTheRequest() {
    const said = this.words.join(" ");
    const cue = SEARCH_REQUEST.exec(said);
    if (!cue || cue.index === 0) return;
    const at = said.slice(0, cue.index).split(" ").filter(Boolean).length;
    const clauseOpens = /[.!?,;…]/.test(this.gap(at - 1, at)) || /\.\.\./.test(this.gap(at - 1, at));
    if (!clauseOpens || !this.words.slice(0, at).some((w) => SUBJECTS.has(w) || KIN.has(w))) return;
    // ("je cherche un vélo enfant, montre-moi ce qu'il y a à Nantes": the thing said before, the request names none)
    const cueEnd = at + cue[0].split(" ").length;
    let end = cueEnd;
    while (end < this.words.length && !/[.!?,;]/.test(this.gap(end - 1, end))) end++;
    const named = this.words
      .slice(cueEnd, end)
      .some(
        (w, j) =>
          !this.used[cueEnd + j] && !FUNCTION_WORDS.has(w) && !VAGUE_THINGS.has(w) && !REQUEST_FILLERS.has(w) && /^[a-z]{3,}/.test(w),
      );
    if (!named && !cue[0].startsWith("what ")) return;
    this.mark(0, at);
  }

  /**
   * "la PS4 prend la poussière", "the bike is gathering dust", "le trampoline ne sert plus à rien": that a thing is no
   * longer used says why it is posted; the words are no thing.
   */
  markDisuse() {
    const said = this.words.join(" ");
    for (const m of said.matchAll(DISUSE)) {
      const start = said.slice(0, m.index).split(" ").filter(Boolean).length;
      this.mark(start, start + m[0].split(" ").length);
    }
  }

  /** Whether the word at `i` is inside a story of what was done before ("after selling his car"), see storyClauseFrom. */
  insideStoryClause(i: number): boolean {
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const end = this.storyClauseFrom(k);
      if (end !== undefined && i < end) return true;
    }
    return false;
  }

  /** Where the sentence that opens with the thing starts, after a story (0: none). */
  postingStart = 0;
  /** Tokens that said the posting's price or condition: a headline followed by them is a thing's, see phrases(). */
  readonly detailsAt = new Set<number>();

  /** Reads a price or a condition, remembering which tokens said it. */
  readDetails(read: () => void) {
    const before = [...this.used];
    read();
    this.used.forEach((u, k) => {
      if (u && !before[k]) this.detailsAt.add(k);
    });
  }

  /** "Mon fils entre en CP et il lui faudrait un bureau enfant": what they need follows; the story before it is no thing. */
  markFamilyStory() {
    const needed = this.words.findIndex(
      (w, k) =>
        (w === "faut" || w === "faudrait") &&
        this.has(k - 1, "lui", "leur") &&
        this.has(k - 2, "il", "elle") &&
        this.words.slice(0, k).some((x) => KIN.has(x)),
    );
    if (needed > 1) this.mark(0, needed + 1);
  }

  /**
   * "I'm looking again. Could you pull up data engineering missions in London?": the words right before "missions" name
   * the work looked for, whatever the story said before them.
   */
  missionsNamed(): string | undefined {
    const found = this.phrases(MISSION_WORDS_BUT_ROLES);
    // (the last one: the story before a request may name other work, "a long contract at a bank"; past the verb that asks
    // for them, "pull up"; never a length alone, "short missions")
    const named = found?.groups
      .findLast(
        (g) =>
          MISSION_NOUNS.has(this.words[(g.at(-1) as number) + 1] ?? "") &&
          /^\s+$/.test(this.gap(g.at(-1) as number, (g.at(-1) as number) + 1)),
      )
      ?.filter((_, j, g) => !g.slice(0, j + 1).every((x) => REQUEST_VERBS.has(this.words[x] ?? "")));
    if (!named?.length || named.every((k) => WORK_QUALIFIERS.has(this.words[k] ?? ""))) return undefined;
    const chosen = found?.chosen ?? [];
    const same = named.length === chosen.length && named.every((k, j) => k === chosen[j]);
    return same ? undefined : this.original(named[0] as number, (named.at(-1) as number) + 1);
  }

  /**
   * Content words left, grouped into noun phrases (phrase-grammar.ts): the title is the phrase
   * after the verb, else the one best introduced as the thing; the query joins a close second.
   */
  leftover(
    extraStop: Set<string> = new Set(),
    verbs: string[] = [],
    keep: Set<string> = new Set(),
  ): { title?: string; q?: string; others?: string[] } {
    const found = this.phrases(extraStop, verbs, keep);
    if (!found) return {};
    const { groups, chosen } = found;
    // The thing as written: no word inside it is dropped (the writers copy it whole)
    const title = this.original(chosen[0] as number, (chosen.at(-1) as number) + 1);
    // The query is the thing looked for, as for a title; a second group joins it only when short
    // and unseparated from it ("velo enfant bordeaux" keeps "velo enfant").
    const q = groups
      .filter(
        (g) =>
          g === chosen ||
          (groups.length <= 2 &&
            !/[,;:!?()]/.test(this.gap(chosen.at(-1) as number, g[0] as number)) &&
            g.length === 1 &&
            (g[0] as number) === (chosen.at(-1) as number) + 2),
      )
      .map((g) => this.original(g[0] as number, (g.at(-1) as number) + 1))
      .join(" ");
    const others = groups.filter((g) => g !== chosen).map((g) => this.original(g[0] as number, (g.at(-1) as number) + 1));
    return { title, q, others };
  }

  /**
   * The message's noun phrases (groups of content words) and the one the grammar takes for the
   * thing, with what it set aside (a subject's verb, schedules, vague words) and where the verb
   * and the colon are.
   */
  phrases(extraStop: Set<string> = new Set(), verbs: string[] = [], keep: Set<string> = new Set(), task = -1): PhraseAnalysis | undefined {
    const stop = (x: string) => (FUNCTION_WORDS.has(x) && !keep.has(x)) || extraStop.has(x);
    // What is never part of the thing: the verb of a subject ("je déménage", "we're moving"), a
    // vague word, a schedule with its count and unit ("every two weeks"), a conjunction's clause.
    const aside = this.words.map(() => false);
    // ("vélo à donner #donne #lyon #recyclage": a hashtag tags the post, it never names its thing)
    this.tokens.forEach((token, i) => {
      if (this.text[token.start - 1] === "#") aside[i] = true;
    });
    // ("je revends toute la garde-robe", "je dépanne sur tout le 69", "sur tout Nantes": "all of" says how much or where,
    // never the thing; "tous niveaux" keeps its words)
    this.words.forEach((w, i) => {
      if (!["tout", "toute", "tous", "toutes"].includes(w)) return;
      if (!this.has(i + 1, "le", "la", "les", "l", "mon", "ma", "mes", "son", "sa", "ses", "notre", "nos") && !this.used[i + 1]) return;
      aside[i] = true;
      if (this.has(i - 1, "sur", "dans", "partout")) aside[i - 1] = true;
    });
    // ("devis gratuit", "free quotes", "estimation offerte": what the member adds for nothing, never the thing)
    this.words.forEach((w, i) => {
      if (["devis", "estimation", "estimations"].includes(w) && this.has(i + 1, "gratuit", "gratuits", "gratuite", "offert", "offerte")) {
        aside[i] = true;
        aside[i + 1] = true;
      }
      if (["quote", "quotes", "estimate", "estimates"].includes(w) && this.has(i - 1, "free")) {
        aside[i] = true;
        aside[i - 1] = true;
      }
    });
    // ("Dear neighbours, …", "Dear Sir or Madam, could you …", "Chers voisins, …", "Madame, Monsieur, …": whom the line
    // greets, never the thing)
    const greeted = SALUTATION.exec(this.text);
    if (greeted)
      this.tokens.forEach((token, i) => {
        if (token.end <= greeted[0].length) aside[i] = true;
      });
    // ("suite à un héritage, …", "following a move, …", "à cause d'un déménagement": why, never the thing)
    this.words.forEach((w, i) => {
      const why = (w === "suite" && this.has(i + 1, "a")) || (w === "following" && i === 0) || (w === "cause" && this.has(i - 1, "a"));
      if (!why) return;
      for (let k = i; k < Math.min(this.words.length, i + 6); k++) {
        if (k > i + 1 && (this.has(k, "je", "j", "on", "nous", "we", "i") || /[,;.!?:]/.test(this.gap(k - 1, k)))) break;
        aside[k] = true;
      }
      if (w === "cause") aside[i - 1] = true;
    });
    // ("je prête volontiers ma remorque", "happy to lend", "gladly": how willingly, never the thing; "on the site", "sur le
    // site", "on here": where the listings are, never what is looked for)
    this.words.forEach((w, i) => {
      if (w === "volontiers" || w === "gladly" || w === "happily") aside[i] = true;
      if (
        (this.has(i - 1, "sur", "on") && this.has(i, "le", "the") && this.has(i + 1, "site", "website", "appli", "app")) ||
        (w === "here" && this.has(i - 1, "on"))
      )
        aside[i - 1] = aside[i] = aside[i + 1] = true;
    });
    // ("… to give to someone who will use it", "donner à quelqu'un qui s'en servira", "for anyone who needs it": who takes
    // the thing, never the thing)
    this.words.forEach((w, i) => {
      const who = w === "quelqu" && this.has(i + 1, "un") ? i + 2 : i + 1;
      if (!TAKERS.has(w) || !this.has(who, "who", "that", "qui", "qu")) return;
      const givenTo = (k: number) =>
        this.has(k, "to", "pour") ||
        // (never "y a quelqu'un qui …", "il y a": there is)
        (this.has(k, "a") && !this.has(k - 1, "y", "il", "elle", "on", "qui", "qu", "ca", "n")) ||
        (this.has(k, "for") && !this.has(k - 1, "look", "looking", "search", "searching", "need", "needs"));
      let from = i;
      if (!givenTo(from - 1) && this.has(from - 1, "a", "an", "une", "la", "the") && givenTo(from - 2)) from--;
      if (!givenTo(from - 1)) return;
      for (let k = from - 1; k < this.words.length && (k < who + 1 || !/[,;.!?()]/.test(this.gap(k - 1, k))); k++) aside[k] = true;
    });
    // ("(got them as a gift, already have a pair)", "j'en ai déjà une": what the member already owns is why the thing
    // goes, never the thing)
    this.words.forEach((w, i) => {
      const already =
        (w === "already" && this.has(i + 1, "have", "has", "got", "own", "owns", "had")) ||
        (w === "deja" && this.has(i - 1, "ai", "a", "avons", "ont") && this.has(i - 2, "en", "j", "on", "nous"));
      if (!already) return;
      const from = w === "deja" ? i - (this.has(i - 3, "en") ? 3 : 2) : this.has(i - 1, "i", "we", "ve") ? i - 1 : i;
      for (let k = from; k < this.words.length && (k <= i + 1 || !/[,;.!?()]/.test(this.gap(k - 1, k))); k++) aside[k] = true;
    });
    // ("an old but working washing machine", "un vieux mais solide buffet": two qualities weighed before the thing say
    // its condition, never its name)
    this.words.forEach((w, i) => {
      if (!["but", "mais", "yet"].includes(w) || i < 1) return;
      const plain = (k: number) => /^[a-z]{3,}$/.test(this.words[k] ?? "") && !stop(this.words[k] ?? "");
      if (!plain(i - 1) || !plain(i + 1) || !/^[a-z]{2,}/.test(this.words[i + 2] ?? "") || stop(this.words[i + 2] ?? "")) return;
      if (!/^\s+$/.test(this.gap(i - 1, i) + this.gap(i, i + 1) + this.gap(i + 1, i + 2))) return;
      if (!this.has(i - 2, ...DETERMINERS) && !this.has(i - 2, ...OFFER_VERBS) && i !== 1) return;
      aside[i - 1] = aside[i] = aside[i + 1] = true;
    });
    // ("de temps en temps", "de temps à autre", "from time to time", "now and then": how often, never the thing)
    this.words.forEach((w, i) => {
      const often =
        (w === "temps" && this.has(i - 1, "de") && this.has(i + 1, "en", "a") && this.has(i + 2, "temps", "autre")) ||
        (w === "time" && this.has(i - 1, "from") && this.has(i + 1, "to") && this.has(i + 2, "time")) ||
        (w === "now" && this.has(i + 1, "and") && this.has(i + 2, "then"));
      if (often) for (let k = w === "now" ? i : i - 1; k <= i + 2; k++) aside[k] = true;
      if (often && w === "now" && this.has(i - 1, "every")) aside[i - 1] = true;
    });
    // ("I have grown far too many marrows", "way too many apples", "beaucoup trop de courgettes": how many, never the thing)
    // ("a whole bunch of baby gear", "a whole lot of books": the same)
    this.words.forEach((w, i) => {
      if ((w === "far" || w === "way") && this.has(i + 1, "too") && this.has(i + 2, "many", "much"))
        aside[i] = aside[i + 1] = aside[i + 2] = true;
      if (w === "whole" && this.has(i + 1, "bunch", "lot", "load", "loads", "heap", "pile") && this.has(i + 2, "of")) aside[i] = true;
    });
    // ("I'd be very grateful for help with …", "je serais reconnaissante si …": how politely it is asked, never the thing)
    this.words.forEach((w, i) => {
      if (!["grateful", "reconnaissant", "reconnaissante"].includes(w)) return;
      let k = i - 1;
      while (k >= 0 && POLITE_DEGREES.has(this.words[k] ?? "")) k--;
      for (let j = k + 1; j <= i; j++) aside[j] = true;
      if (this.has(i + 1, "for", "if", "si")) aside[i + 1] = true;
    });
    // ("plombier à la retraite", "retired nurse": who the member is now, never the thing)
    this.words.forEach((w, i) => {
      if (w === "retraite" && this.has(i - 1, "la") && this.has(i - 2, "a")) for (let k = i - 2; k <= i; k++) aside[k] = true;
      // ("dog walking after school, 5 quid", "garde d'enfants après l'école": when, closing its clause; "after-school
      // pickup" is a kind of pickup)
      const schoolEnd = (k: number) => k >= this.words.length - 1 || /[,;.!?(]/.test(this.gap(k, k + 1)) || stop(this.words[k + 1] ?? "");
      if (w === "after" && this.has(i + 1, "school") && /^\s+$/.test(this.gap(i, i + 1)) && schoolEnd(i + 1))
        aside[i] = aside[i + 1] = true;
      if (w === "apres" && this.has(i + 1, "l") && this.has(i + 2, "ecole") && schoolEnd(i + 2))
        aside[i] = aside[i + 1] = aside[i + 2] = true;
      // ("sam matin", "dim aprem": a day written short, when)
      // ("le vendredi après-midi": the afternoon, typed in two words)
      if (w === "apres" && this.has(i + 1, "midi") && this.gap(i, i + 1) === "-") aside[i] = aside[i + 1] = true;
      if (["sam", "dim", "lun", "mar", "mer", "jeu", "ven"].includes(w) && this.has(i + 1, "matin", "soir", "aprem", "midi", "apres")) {
        aside[i] = true;
        aside[i + 1] = true;
      }
    });
    // ("PERDU chat tigré …", "Found: black dog …", "j'ai perdu mes clés": the notice's heading is no part of the thing)
    const notice = this.intent === "create_listing" ? LOST_OR_FOUND.exec(this.text) : null;
    if (notice?.groups?.heading) {
      const end = this.text.indexOf(notice.groups.heading) + notice.groups.heading.length;
      this.tokens.forEach((token, i) => {
        if (token.end <= end) aside[i] = true;
      });
    }
    // ("il reste 5 chatons, je cherche des familles pour les adopter": the homes looked for are no part of the thing)
    const homes = this.intent === "create_listing" ? HOMES_SOUGHT_FOR_THEM.exec(this.words.join(" ")) : null;
    // (where that clause's verb is: it looks for no thing)
    const homesVerb = homes ? this.words.join(" ").slice(0, homes.index).split(" ").filter(Boolean).length : -1;
    if (homes) {
      const from = homesVerb;
      for (let k = from; k < this.words.length && (k === from || !/[,;.!?()]/.test(this.gap(k - 1, k))); k++) aside[k] = true;
      if (this.has(from - 1, "je", "j", "on", "nous", "i", "we", "m", "re", "am", "are")) aside[from - 1] = true;
    }
    // ("4 kittens left, looking for homes", "2 seats left": how many remain, never a word of the thing)
    this.words.forEach((w, i) => {
      if (
        w === "left" &&
        i > 0 &&
        /^[a-z0-9]/.test(this.words[i - 1] ?? "") &&
        (i === this.words.length - 1 || /[,;.!?()]/.test(this.gap(i, i + 1)))
      )
        aside[i] = true;
    });
    // ("y a quoi comme missions …", "qu'est-ce qu'il y a comme vélos": how the question asks, never the thing)
    this.words.forEach((w, i) => {
      if (w === "comme" && this.has(i - 1, "quoi", "a")) aside[i] = true;
    });
    // ("garder mon chat une semaine en août", "feed my cat for a week in July": how long, never the thing)
    this.words.forEach((_, i) => {
      if (
        this.has(i, "semaine", "mois", "journee", "quinzaine", "week", "month", "fortnight") &&
        this.has(i - 1, "une", "un", "a", "one") &&
        i >= 2 &&
        /^[a-z]{3,}$/.test(this.words[i - 2] ?? "") &&
        // (after the thing or its task, never after a verb: "vends un mois de salle de sport" sells the month)
        (!stop(this.words[i - 2] ?? "") || (this.has(i - 2, "for", "pour", "pendant", "during") && !stop(this.words[i - 3] ?? ""))) &&
        /^\s+$/.test(this.gap(i - 2, i - 1)) &&
        (i === this.words.length - 1 ||
          /[,;.!?()]/.test(this.gap(i, i + 1)) ||
          this.has(i + 1, "en", "in", "de", "pendant", "during", "cet", "cette", "this", "next"))
      ) {
        aside[i - 1] = aside[i] = true;
        if (this.has(i - 2, "for", "pour", "pendant", "during")) aside[i - 2] = true;
      }
    });
    // ("… per kg. Will pay 10 quid", ". Can pay £60", ". Prices start from GH₵150": a modal or a word of pricing opening a
    // sentence, before a verb, is no thing)
    // ("GH₵150", "KSh 2,500": the letters of a currency's sign are no thing)
    this.tokens.forEach((token, i) => {
      if (/^\p{Lu}{1,3}$/u.test(token.text) && /^[₵₦₹₱₲₴₸₺₼₽€$£¥]/u.test(this.text.slice(token.end))) aside[i] = true;
    });
    this.words.forEach((w, i) => {
      const opensSentence = i === 0 || /[.!?]\s*$/.test(this.gap(i - 1, i));
      if (!opensSentence || !/^\p{Lu}/u.test(this.tokens[i]?.text ?? "")) return;
      if (
        ["will", "can", "could", "would", "shall"].includes(w) &&
        this.has(
          i + 1,
          "pay",
          "do",
          "help",
          "come",
          "deliver",
          "collect",
          "pick",
          "send",
          "drop",
          "bring",
          "give",
          "meet",
          "take",
          "also",
          "only",
          "swap",
          "trade",
          "throw",
        )
      )
        aside[i] = true;
      if (
        ["prices", "price", "rates", "rate", "tarifs", "prix"].includes(w) &&
        this.has(i + 1, "start", "starting", "from", "begin", "a", "des")
      )
        aside[i] = aside[i + 1] = true;
    });
    // ("my bodyboard won't fit in the car": "won't" is a negated verb, never a word of the thing)
    this.words.forEach((w, i) => {
      if (w === "won" && this.has(i + 1, "t") && /^['’]$/.test(this.gap(i, i + 1))) aside[i] = aside[i + 1] = true;
    });
    // ("a sewing machine for my mother, she's just moved in after selling her farm": a story of what was done before
    // names no thing)
    this.words.forEach((_, i) => {
      const end = this.storyClauseFrom(i);
      if (end !== undefined && i > 0) for (let k = i; k < end; k++) aside[k] = true;
    });
    // ("Just finished renovating the bathroom. The old bathtub …", "Finally got back from Spain! My surfboard …": an
    // opening sentence with no subject, of what the member has just done, is the story; the thing is in the next one)
    {
      let k = 0;
      while (GREETINGS.has(this.words[k] ?? "") || this.has(k, "all", "everyone", "folks", "guys", "tout", "le", "monde")) k++;
      // (never the thing's own state: "Just listed: my old bike", "Recently serviced mountain bike")
      const story =
        this.intent === "create_listing" &&
        this.has(k, "just", "finally", "recently") &&
        (ENGLISH_PARTICIPLE.test(this.words[k + 1] ?? "") || STORY_PAST.has(this.words[k + 1] ?? "") || this.has(k + 1, "finished")) &&
        !this.has(
          k + 1,
          "listed",
          "serviced",
          "reduced",
          "restored",
          "repaired",
          "cleaned",
          "painted",
          "tuned",
          "fitted",
          "replaced",
          "refurbished",
          "posted",
          "added",
          "arrived",
          "dropped",
        ) &&
        !/^\s*:/.test(this.gap(k + 1, k + 2));
      let end = k + 1;
      while (story && end < this.words.length && !/[.!?]/.test(this.gap(end - 1, end))) end++;
      if (story && end < this.words.length - 1) for (let j = 0; j < end; j++) aside[j] = true;
    }
    // ("long story short my roommate moved out …", "pour faire court": how the story is told, never the thing)
    this.words.forEach((w, i) => {
      const told =
        (w === "long" && this.has(i + 1, "story") && this.has(i + 2, "short")) ||
        (w === "faire" && this.has(i - 1, "pour") && this.has(i + 1, "court", "simple", "bref"));
      if (told) for (let k = w === "long" ? i : i - 1; k <= i + (w === "long" ? 2 : 1); k++) aside[k] = true;
    });
    // ("bought a Dyson and never used it", "reçu un grille-pain en double", opening the message: how it came, then the thing)
    // (not when a sale follows: "just bought a new laptop, selling my old MacBook" sells the MacBook)
    const cameBy = (k: number) =>
      k <= 1 &&
      this.intent === "create_listing" &&
      CAME_BY.has(this.words[k] ?? "") &&
      this.has(k + 1, "a", "an", "un", "une") &&
      !this.words.some((w) => OFFER_VERBS.includes(w));
    const subjectVerbs: number[] = [];
    // ("Nespresso Vertuo, still in box (got 2 for the wedding) €90", "(reçu en double à Noël)": a bracket telling how the
    // member came by the thing is the story, never the thing)
    this.words.forEach((w, i) => {
      if (i === 0 || !BRACKETED_CAME_BY.has(w) || !/\(\s*$/.test(this.gap(i - 1, i))) return;
      for (let k = i; k < this.words.length; k++) {
        aside[k] = true;
        if (/\)/.test(this.gap(k, k + 1))) break;
      }
    });
    // ("je sous-loue ma chambre": "sous" is the verb's, never the thing)
    this.words.forEach((w, i) => {
      if (w === "sous" && this.has(i + 1, "loue", "louer", "loues", "louons", "louez") && this.gap(i, i + 1) === "-") aside[i] = true;
    });
    // ("mon vélo cargo cherche une nouvelle famille": the taker the thing looks for is no part of it)
    if (this.intent === "create_listing" && THING_SEEKS_A_HOME.test(this.words.join(" "))) {
      const verb = this.words.findIndex((w) =>
        ["cherche", "cherchent", "recherche", "looking", "needs", "need", "seeks", "seek"].includes(w),
      );
      const home = this.words.findIndex((w, k) => k > verb && k <= verb + 5 && HOME_NOUNS.has(w));
      if (verb > 0 && home > verb) for (let k = verb; k <= home; k++) aside[k] = true;
    }
    // ("my mom knitted 30 beanies", "my roommate moved out and left her desk", "ma voisine a tricoté des bonnets":
    // someone of the member's life doing something is the story, never the thing)
    this.words.forEach((_, i) => {
      const verb = this.storyVerbAfter(i);
      if (verb === undefined) return;
      for (let k = this.has(i - 1, "grand") ? i - 1 : i; k <= i; k++) aside[k] = true;
      // (and what their bracket tells: "mon père (91 ans, Langres)")
      if (/^\s*\($/.test(this.gap(i, i + 1))) for (let k = i + 1; k < verb && !/\)/.test(this.gap(k - 1, k)); k++) aside[k] = true;
      // ("the previous tenant", "l'ancien proprio": who they were)
      if (this.has(i - 1, "ancien", "ancienne", "previous", "former", "old", "last")) aside[i - 1] = true;
      aside[verb] = true;
      // ("gave us …", "sent me …": to whom, no thing)
      if (this.has(verb + 1, "us", "me", "them", "him")) aside[verb + 1] = true;
      // ("my sister left for Berlin", "my daughter moved to Australia", "grandad passed away in June", "mon fils est parti
      // au Québec": where they went, or that they died, is the story too)
      if (WENT_AWAY.has(this.words[verb] ?? "")) {
        let k = verb + 1;
        // ("est parti vivre à Montréal", "moved to study in Leeds": what they went to do there is the story's too)
        while (
          this.has(
            k,
            "away",
            "out",
            "back",
            "over",
            "abroad",
            "on",
            "vivre",
            "habiter",
            "etudier",
            "travailler",
            "bosser",
            "s",
            "installer",
          )
        )
          aside[k++] = true;
        if (this.has(k, "for", "to", "a", "au", "aux", "en", "pour", "vers") && /^\p{Lu}/u.test(this.tokens[k + 1]?.text ?? "")) {
          aside[k++] = true;
          while (/^\p{Lu}/u.test(this.tokens[k]?.text ?? "") && /^[\s-]*$/.test(this.gap(k - 1, k))) aside[k++] = true;
        }
      }
      // ("… moved out and left her desk", "… est parti et m'a laissé son micro-ondes": the story's second verb)
      const then = this.words.findIndex((x, k) => k > verb && k <= verb + 6 && (x === "and" || x === "et"));
      let second = then + 1;
      while (this.has(second, "m", "nous", "l", "lui", "a", "ont")) second++;
      const frenchSecond = second > then + 1 && this.has(second - 1, "a", "ont") && /^[a-z]{3,}$/.test(this.words[second] ?? "");
      if (then > 0 && (/^[a-z]{3,}ed$/.test(this.words[second] ?? "") || STORY_PAST.has(this.words[second] ?? "") || frenchSecond))
        for (let k = then + 1; k <= second; k++) aside[k] = true;
    });
    this.words.forEach((w, i) => {
      // ("… et personne ne sait coudre", "… and nobody uses it": a clause of nobody doing, no part of the thing)
      if ((w === "personne" && this.has(i + 1, "ne", "n")) || ((w === "nobody" || w === "noone") && i > 0)) {
        for (let k = i; k < this.words.length && (k === i || !/[,;.!?()]/.test(this.gap(k - 1, k))); k++) aside[k] = true;
        if (this.has(i - 1, "et", "and", "mais", "but")) aside[i - 1] = true;
      }
      if (SUBJECTS.has(w)) {
        // "quelqu'un fait …": the "un" of "quelqu'un" is part of the subject
        let k = w === "quelqu" && this.has(i + 1, "un") ? i + 2 : i + 1;
        while (AUXILIARIES.has(this.words[k] ?? "") || (this.has(k, "a") && FRENCH_SUBJECTS.has(w))) k++;
        const verb = this.words[k] ?? "";
        // the member's own verb past a modal ("I can fix …"), a function word or not ("je fais",
        // "je loue"): its object is the thing
        let own = k;
        while (MODALS.has(this.words[own] ?? "")) own++;
        const ownVerb =
          FIRST_PERSON.has(w) &&
          /^[a-z]{2,}$/.test(this.words[own] ?? "") &&
          !DETERMINERS.has(this.words[own] ?? "") &&
          !OBJECT_PRONOUNS.has(this.words[own] ?? "") &&
          !/[,;:!?.]/.test(this.gap(i, own));
        // after "je suis", "I'm" comes what the member is ("couturière"), unless a verb ("I'm giving")
        const copula = this.words.slice(i + 1, k).some((x) => COPULAS.has(x)) && !verb.endsWith("ing") && !DOING.has(verb);
        if (ownVerb && !copula) subjectVerbs.push(own);
        // (the verb of "someone to teach me …" is the task's, not a subject's story)
        const tasked =
          k === task &&
          (this.has(k + 1, "me", "us", "m", "nous") || this.has(k - 1, "peux", "peut", "pouvons") || w === "anyone" || w === "anybody");
        // ("I have garden chairs to give", "we have apple trees": "have" before a noun is having, and the noun is the thing)
        // ("j'ai vélo enfant à vendre": the same, typed without its article; "j'ai vendu", "on a fini" are verbs)
        const had =
          !Object.hasOwn(NUMBER_WORDS, verb) &&
          (this.locale === "fr"
            ? this.has(k - 1, "ai", "as", "avons", "ont", "a") && !FRENCH_PARTICIPLE.test(this.tokens[k]?.text.toLowerCase() ?? "")
            : this.has(k - 1, "have", "has") && !ENGLISH_PARTICIPLE.test(verb) && !STORY_PAST.has(verb));
        if (k < this.words.length && !tasked && !had && !stop(verb) && !/^\d/.test(verb) && !/[,;:!?.]/.test(this.gap(i, k)))
          aside[k] = true;
        // ("a rowing machine he wants to give away": the pronoun of someone doing something is no part of the thing)
        if (THIRD_PERSON.has(this.words[i] ?? "")) aside[i] = true;
      }
      // "je paye bien", "I'll pay whatever is fair", "will pay cash": how the member pays, to the end of its clause
      // (a subject or a modal before it: "pay slip", "paye ta soirée" are no such clause)
      if (PAYING_VERBS.has(w) && i > 0 && this.has(i - 1, "je", "j", "i", "we", "on", "will", "ll", "can", "peux", "nous", "happy", "to")) {
        for (let k = i; k < this.words.length && (k === i || !/[,;.!?()]/.test(this.gap(k - 1, k))); k++) aside[k] = true;
      }
      // A season may say which kind of thing it is ("pneus hiver", "summer dress"); other times never do
      const kindOfTime = KIND_OF_TIME.has(w) && this.has(i - 1, "de", "d", "du") && !stop(this.words[i - 2] ?? "");
      // ("Terraforming Mars", "Moustache Samedi 27": a capitalised word of time after a name is the name's)
      const named =
        i > 1 &&
        /^\p{Lu}/u.test(this.tokens[i]?.text ?? "") &&
        /^\p{Lu}/u.test(this.tokens[i - 1]?.text ?? "") &&
        /^\s+$/.test(this.gap(i - 1, i)) &&
        !this.has(i - 1, ...PLACE_PREPOSITIONS) &&
        (townNamed(this.tokens[i - 1]?.text ?? "")?.population ?? 0) < 5_000;
      // ("first year med school textbooks", "livres de première année": a year of study says which books, not when)
      const yearOfStudy = (w === "year" || w === "annee") && this.has(i - 1, ...YEAR_OF_STUDY);
      // ("evening dress", "night stand", "weekend bag": a time before the noun of the thing says which kind)
      const next = this.words[i + 1] ?? "";
      const kindBefore =
        this.locale !== "fr" &&
        /^\s+$/.test(this.gap(i, i + 1)) &&
        /^[a-z]{3,}$/.test(next) &&
        dictionaryWords().has(next) &&
        !stop(next) &&
        !TIME_WORDS.has(next) &&
        !CALENDAR_UNITS.has(next) &&
        !TIME_WORDS.has(this.words[i - 1] ?? "") &&
        !/^\d/.test(this.words[i - 1] ?? "") &&
        !this.has(i - 1, "on", "this", "next", "every", "each", "last", "for", "at", "in", "by", "the", "a", "per", "tonight", "tomorrow");
      // ("my grandma passed last spring", "cet hiver", "l'été dernier": a season said as a time, not a kind)
      const seasonAsTime =
        SEASONS.has(w) &&
        (this.has(i - 1, "last", "this", "next", "cet", "cette", "ce") || this.has(i + 1, "dernier", "prochain")) &&
        (i === this.words.length - 1 || !/^\s+$/.test(this.gap(i, i + 1)) || stop(this.words[i + 1] ?? ""));
      const when =
        (TIME_WORDS.has(w) || seasonAsTime) && (!SEASONS.has(w) || seasonAsTime) && !kindOfTime && !kindBefore && !named && !yearOfStudy;
      // ("jusqu'à 600 en fait", "now show me phones": a word of the talk, no thing)
      // ("same but for ipads", "pareil pour des chaises": the follow-up's word, no thing)
      // ("quelqu'un qui fait des gâteaux": what someone makes is the thing, not the making)
      const talk =
        (w === "fait" && this.has(i - 1, "en")) ||
        ((w === "fait" || w === "font") && this.has(i - 1, "qui") && this.intent === "search_listings") ||
        ((w === "now" || w === "maintenant" || w === "same" || w === "pareil") && i === 0);
      // ("je vends tout ce qui reste : …": everything, the things named after)
      // ("baby stuff in Dublin?", "des affaires bébé ?", "stuff for kids": a search names the kind with it, and keeps it)
      const plainWord = (k: number) =>
        /^[a-z]{3,}$/.test(this.words[k] ?? "") && !stop(this.words[k] ?? "") && !this.used[k] && !QUALITY_WORDS.has(this.words[k] ?? "");
      const kindOfStuff =
        this.intent === "search_listings" &&
        ((["stuff", "things"].includes(w) && plainWord(i - 1) && /^\s+$/.test(this.gap(i - 1, i))) ||
          (["affaires", "trucs"].includes(w) && plainWord(i + 1) && /^\s+$/.test(this.gap(i, i + 1))) ||
          (w === "stuff" && this.has(i + 1, "for") && plainWord(i + 2)));
      const vague =
        (VAGUE_THINGS.has(w) && !(w === "tous" && this.has(i + 1, "niveaux")) && !kindOfStuff) ||
        (w === "tout" && (this.has(i + 1, "ce", "ca") || /^\s*[,.:;!]/.test(this.gap(i, i + 1)) || i === this.words.length - 1));
      if (w === "tout" && this.has(i + 1, "ce"))
        for (let k = i + 1; k < Math.min(i + 6, this.words.length) && !/[,.:;!?]/.test(this.gap(k - 1, k)); k++) aside[k] = true;
      // "car je déménage": "car" as "because" opens the member's reason
      // ("je vends car déménagement", "vends cause départ": the reason said by its noun alone)
      // ("un car double étage", "je cherche un car": after an article, a coach)
      const reasonNoun =
        (w === "car" || w === "cause") &&
        this.locale === "fr" &&
        REASON_NOUNS.has(this.words[i + 1] ?? "") &&
        !this.has(i - 1, "un", "le", "du", "ce", "mon", "son", "ton", "leur");
      if (reasonNoun) aside[i + 1] = true;
      // ("Suite au décès de mon père nous vidons …", "Following my mother's passing, …": the occasion opening the line,
      // up to its comma, its full stop or the member's own verb)
      const occasion =
        (i === 0 || /[.!?,]\s*$/.test(this.gap(i - 1, i)) || GREETINGS.has(this.words[i - 1] ?? "")) &&
        ((w === "suite" && this.has(i + 1, "a", "au", "aux")) || (w === "following" && this.has(i + 1, "the", "my", "our")));
      // ("I'm clearing my late husband's workshop and …", "Clearing out my gran's house in Belfast. Loads of crockery …",
      // "nous vidons sa maison": the place being emptied holds the things, it is none of them)
      // (not a task asked: "need someone to help clear out a barn")
      if (
        CLEARED_PLACES.has(w) &&
        this.words
          .slice(Math.max(0, i - 6), i)
          .some((x, k, before) => CLEARING.has(x) && !["help", "to", "pour", "a", "aider"].includes(before[k - 1] ?? "")) &&
        !/[.!?]/.test(this.text.slice(this.tokens[Math.max(0, i - 6)]?.end ?? 0, this.tokens[i]?.start ?? 0))
      )
        aside[i] = true;
      // ("Would anybody be able to give me a lift …": being able is how it is asked, not what)
      if (w === "able" && this.has(i - 1, "be", "being", "is", "are", "re", "s") && this.has(i + 1, "to")) aside[i] = aside[i + 1] = true;
      // ("prix à discuter", "à débattre", "price negotiable": how the price is set, never the thing)
      if (this.has(i, "discuter", "debattre", "negocier") && this.has(i - 1, "a")) {
        aside[i] = aside[i - 1] = true;
        if (this.has(i - 2, "prix")) aside[i - 2] = true;
      }
      if (occasion)
        for (let k = i; k < Math.min(i + 8, this.words.length) && !SUBJECTS.has(this.words[k] ?? ""); k++) {
          aside[k] = true;
          if (/[,.;:!?]/.test(this.gap(k, k + 1))) break;
        }
      const because = BECAUSE.has(w) || (w === "car" && SUBJECTS.has(this.words[i + 1] ?? "")) || reasonNoun;
      const country = COUNTRY_NAMES.has(w) && this.has(i - 1, "to", "au", "en", "in", "a");
      // "portée une fois", "worn 3 times", "une fois par mois": how often, not what
      const times =
        (w === "fois" || w === "times") && (NUMBER_WORDS[this.words[i - 1] ?? ""] !== undefined || /^\d+$/.test(this.words[i - 1] ?? ""));
      if (times) aside[i - 1] = true;
      // "… R15 montés sur jantes", "… bike bought in 2019": what was done to the thing, after it
      // ("remorque porte-voiture": a word bound by a hyphen to the next is a compound's, no participle)
      const participle =
        PARTICIPLES_AFTER.has(w) &&
        // ("Catan base game", "base layer": "base" is where one is based only before a place's preposition)
        !(
          BASED.has(w) &&
          !this.has(i + 1, "a", "au", "aux", "en", "in", "at", "sur", "near", "pres", "dans", "out", "around", "du", "vers", "on")
        ) &&
        i > 0 &&
        !aside[i - 1] &&
        !this.used[i - 1] &&
        !stop(this.words[i - 1] ?? "") &&
        this.gap(i, i + 1) !== "-";
      // "plein de trucs", "pretty much everything" count vaguely; "yoga en plein air" does not
      const quantity =
        (QUANTITY_WORDS.has(w) && !(w === "plein" && !this.has(i + 1, "de", "d"))) ||
        (w === "pretty" && this.has(i + 1, "much")) ||
        // "pas mal de choses": many
        (w === "mal" && this.has(i - 1, "pas") && this.has(i + 1, "de", "d"));
      // "a working washing machine": that it works is its condition, not its name
      // "on ne peut pas emmener le canapé", "je dois vider la cave": a verb after a modal or a negation
      // ("je peux garder vos chiens", "on peut réparer votre vélo": what the member can do for others is the thing)
      const canDo =
        this.has(i - 1, "peux", "peut", "pouvons") && this.has(i - 2, "je", "j", "on", "nous") && this.intent === "create_listing";
      if (
        this.locale !== "en" &&
        i !== task &&
        !canDo &&
        looksLikeInfinitive(w) &&
        (this.has(
          i - 1,
          "pas",
          "plus",
          "jamais",
          // ("je pars vivre à Montréal": a verb after a verb of going)
          "pars",
          "partons",
          "peut",
          "peux",
          "pouvons",
          "pourra",
          "doit",
          "dois",
          "devons",
          "veux",
          "voulons",
          "faut",
        ) ||
          // ("on doit se séparer de …": a reflexive verb after its modal)
          (this.has(i - 1, "se", "s", "me", "m", "nous", "vous", "te", "t") &&
            this.has(i - 2, "peut", "peux", "pouvons", "doit", "dois", "devons", "veux", "voulons", "faut", "vais", "va", "allons")))
      ) {
        aside[i] = true;
        if (this.has(i - 1, "se", "s", "me", "m", "te", "t")) aside[i - 1] = true;
      }
      // "mes skills de dev front", "my skills as a designer": the skill is the thing
      if (
        ["skills", "competences", "talents"].includes(w) &&
        this.has(i - 1, "mes", "my", "ses", "his", "her") &&
        this.has(i + 1, "de", "d", "en", "in", "as")
      ) {
        aside[i] = true;
        aside[i + 1] = true;
      }
      // "remorque en prêt", "on loan", "à la location": how it is offered, not what it is
      if (
        (this.has(i, "en") && this.has(i + 1, "pret", "location", "echange", "don", "vente")) ||
        (this.has(i, "on", "for") && this.has(i + 1, "loan", "hire"))
      ) {
        aside[i] = true;
        aside[i + 1] = true;
        // ("Mise en location de mon studio", "mise en vente de …": the putting up, not the thing)
        if (this.has(i - 1, "mise", "mis")) aside[i - 1] = true;
      }
      // "6€ le kilo", "3€ la douzaine", "80€ per track": what the price counts, after it, names no thing
      if (
        PRICED_UNITS.has(w) &&
        this.has(i - 1, "le", "la", "l", "par", "per", "a", "the", "each", "un", "une") &&
        (this.used[i - 2] ?? false) &&
        /\d|[€$£₦₵¥₹₩₱₺₪₴₽฿₫]|^(?:e|eur|euros?|chf|usd|gbp|kr|balles|bucks|quid|dollars?|francs?)$/u.test(this.words[i - 2] ?? "")
      ) {
        aside[i - 1] = true;
        aside[i] = true;
      }
      // "650€ CC", "800 HC", "charges comprises", "bills included": what a rent covers, after it, names no thing
      if (RENT_TERMS.has(w) && i > 0 && this.used[i - 1] && /^\s+$/.test(this.gap(i - 1, i))) aside[i] = true;
      if ((w === "charges" || w === "bills") && this.has(i + 1, "comprises", "compris", "incluses", "inclus", "included", "incl")) {
        aside[i] = true;
        aside[i + 1] = true;
      }
      // "I speak English and some French", "je parle italien": the member's languages, to the clause's end
      // (to "and", "et": "je parle anglais et propose des traductions"; never "je parle de mon vélo")
      if (
        SPEAKING.has(w) &&
        this.has(i - 1, "i", "je", "j", "we", "nous", "on") &&
        !this.has(i + 1, "de", "du", "d", "des", "of", "to", "about", "with", "avec", "a", "au")
      ) {
        for (
          let k = i;
          k < this.words.length &&
          (k === i || !/[,;.!?()]/.test(this.gap(k - 1, k))) &&
          !SUBJECTS.has(this.words[k] ?? "") &&
          !this.has(k, "et", "and", "mais", "but");
          k++
        )
          aside[k] = true;
      }
      // "je dois vider l'appart : table + 4 chaises", "clearing out my garage": what is emptied is the
      // member's reason, the things in it are offered
      // (a verb only before what it empties: not "vide-poche", "gutter clearing", "bouteille vide", "vider vos caves")
      if (
        CLEARING_VERBS.has(w) &&
        // ("help clear out a barn": the task asked for, not the member's reason)
        !(w === "clear" && this.has(i - 1, "help", "helping", "me", "us")) &&
        // ("quelqu'un pour m'aider à vider la cave", "someone to clear out the shed": the task asked for)
        !(this.has(i - 1, "a", "to", "pour") && this.has(i - 2, "aider", "help", "qqn", "quelqu", "un", "someone", "somebody", "anyone")) &&
        this.has(
          i + 1,
          "mon",
          "ma",
          "mes",
          "notre",
          "nos",
          "son",
          "sa",
          "ses",
          "leur",
          "le",
          "la",
          "les",
          "l",
          "my",
          "our",
          "his",
          "her",
          "their",
          "the",
          "out",
        ) &&
        this.gap(i, i + 1) !== "-" &&
        this.gap(i - 1, i) !== "-"
      ) {
        if (this.has(i - 1, "dois", "doit", "devons", "faut", "need", "must", "veux", "voulons", "vais", "allons")) aside[i - 1] = true;
        for (let k = i; k < this.words.length && (k === i || !/[,;:.!?()]/.test(this.gap(k - 1, k))) && k <= i + 4; k++) aside[k] = true;
      }
      // ("congélateur 200L fonctionne très bien", "works fine", "… en état, 800€": that it works, not what it is)
      if (
        ["fonctionne", "marche", "works", "runs"].includes(w) &&
        i > 0 &&
        this.has(i + 1, "tres", "bien", "parfaitement", "nickel", "fine", "perfectly", "great", "well")
      ) {
        for (let k = i; k <= i + 2 && k < this.words.length; k++)
          if (k === i || this.has(k, "tres", "bien", "parfaitement", "nickel", "fine", "perfectly", "great", "well")) aside[k] = true;
      }
      if (w === "etat" && this.has(i - 1, "en") && !this.has(i + 1, "de") && /^\s*(?:[,.;!]|$)/.test(this.gap(i, i + 1) || ",")) {
        aside[i] = true;
        aside[i - 1] = true;
      }
      // ("moulue à la ferme", "cours de cuisine à la ferme" say what the thing is; after a word of selling, where it is sold)
      const soldAt = (k: number) => this.has(k, ...SOLD_AT);
      // ("tout d'un coup", "pour des pièces": how it is sold or what it is good for, never the thing)
      // ("pas d'envoi", "no shipping": how it does not travel)
      if ((DELIVERY_WORDS.has(w) || w === "envoi") && (this.has(i - 1, "no") || (this.has(i - 1, "d", "de") && this.has(i - 2, "pas"))))
        for (let k = this.has(i - 1, "no") ? i - 1 : i - 2; k <= i; k++) aside[k] = true;
      if (w === "coup" && this.has(i - 1, "un") && this.has(i - 2, "d", "de") && !this.has(i + 1, "de", "d")) {
        for (let k = i - 2; k <= i; k++) aside[k] = true;
        if (this.has(i - 3, "tout")) aside[i - 3] = true;
      }
      if ((w === "pieces" && this.has(i - 1, "des") && this.has(i - 2, "pour")) || (w === "parts" && this.has(i - 1, "for")))
        for (let k = this.has(i - 1, "des") ? i - 2 : i - 1; k <= i; k++) aside[k] = true;
      // ("je descends souvent", "I come by often": how often, never the thing)
      if (HOW_OFTEN.has(w)) aside[i] = true;
      // ("Frosthaven VF", "Ark Nova en VF", "playset NM VO", "Terraforming Mars (EN)": the edition's language, never the thing)
      if (
        (this.intent === "create_listing" &&
          (EDITION_LANGUAGES.has(w) || w === "lf" || ((w === "ft" || w === "wtt") && this.trading)) &&
          /^\p{Lu}+$/u.test(this.tokens[i]?.text ?? "") &&
          // (inside the name of a lot, "Scythe VO + …", it is taken out of the title instead)
          !/^\s*\+/.test(this.gap(i, i + 1))) ||
        (["en", "fr", "de", "es", "it", "nl"].includes(w) && /\(\s*$/.test(this.gap(i - 1, i)) && /^\s*\)/.test(this.gap(i, i + 1)))
      ) {
        aside[i] = true;
        if (this.has(i - 1, "en", "in")) aside[i - 1] = true;
      }
      // ("vente à la ferme le samedi", "at the market on Sundays", "farm near Beaufort", "near Roscommon town": where the
      // selling happens, no thing; "ferme à vendre" sells the farm)
      if (
        SALE_PLACES.has(w) &&
        ((this.has(i - 1, "la", "le", "l", "the") && this.has(i - 2, "a", "at", "on", "from", "sur", "depuis") && soldAt(i - 3)) ||
          (this.has(i - 1, "au", "aux") && soldAt(i - 2)) ||
          (i > 0 &&
            /[,;.]\s*$/.test(this.gap(i - 1, i)) &&
            this.has(i + 1, "near", "pres", "outside", "in", "a", "by") &&
            [i + 2, i + 3].some((k) => this.used[k] === true && /^\p{Lu}/u.test(this.tokens[k]?.text ?? ""))) ||
          ((w === "town" || w === "village") && this.used[i - 1] === true))
      ) {
        aside[i] = true;
        if (this.has(i - 1, "la", "le", "l", "the", "au", "aux")) aside[i - 1] = true;
      }
      // ("we have no room lol", "none of us have room for it", "open to swapping my …": space and willingness, no thing)
      if ((w === "room" && this.has(i - 1, "no", "have", "enough", "any", "more")) || (w === "open" && this.has(i + 1, "to")))
        aside[i] = true;
      // ("je prends les commandes", "taking orders", "bookings open": how the member works, not the thing)
      if (
        (w === "commandes" || w === "orders" || w === "reservations" || w === "bookings") &&
        this.has(i - 1, "les", "des", "the", "vos", "your") &&
        this.has(i - 2, "prends", "prend", "take", "taking", "accepte", "accept", "accepting", "open")
      ) {
        aside[i] = true;
        aside[i - 2] = true;
      }
      // "I'm letting go of …", "getting rid of …": the thing comes after
      if ((w === "go" || w === "rid") && this.has(i + 1, "of") && this.has(i - 1, "letting", "let", "getting", "get", "got")) {
        aside[i] = true;
        aside[i + 1] = true;
        aside[i - 1] = true;
      }
      // ("parting with my record player": the verb's, as "letting go of")
      if (w === "with" && this.has(i - 1, "parting")) aside[i] = true;
      // ("£25 call-out", "30€ le déplacement", "£50 deposit": the fee the amount is, never the thing)
      if (FEE_WORDS.has(w) && (this.used[i - 1] === true || (this.used[i - 2] === true && this.has(i - 1, "le", "la", "de", "the", "a"))))
        aside[i] = true;
      // "…, Lisbon or shipping", "ou envoi possible": how it reaches the buyer, offered as another way
      if (DELIVERY_WORDS.has(w) && this.has(i - 1, "or", "ou", "+", "and", "et") && (this.used[i - 2] ?? false)) aside[i] = true;
      // "Bonsoir ! On déménage …": a hello is no thing
      if ((GREETINGS.has(w) || OPENING_INTERJECTIONS.has(w)) && (i === 0 || /[.!?]\s*$/.test(this.gap(i - 1, i)))) aside[i] = true;
      if (INTERJECTIONS.has(w)) aside[i] = true;
      // "category: electronics", "catégorie : maison": where it is filed, not what it is
      if (CATEGORY_WORDS.has(w)) {
        aside[i] = true;
        for (let k = i + 1; k < this.words.length && !/[,;.!?()]/.test(this.gap(k - 1, k)); k++) aside[k] = true;
      }
      // "oak table seats 6", "tent sleeps 4": what it holds, said with a verb, is no part of its name
      if (["seats", "sleeps", "fits", "holds", "accommodates"].includes(w) && /^\d+$/.test(this.words[i + 1] ?? "")) {
        aside[i] = true;
        aside[i + 1] = true;
      }
      // "starting with the big one: …", "pour commencer, …": the order of things, not one of them
      const opening =
        (w === "starting" && this.has(i + 1, "with")) ||
        (w === "commencer" && this.has(i - 1, "pour")) ||
        // ("moving out sunday!! a bookcase …", "leaving town, …": the member's situation opening the line, never its thing)
        (i <= 1 &&
          this.words.slice(0, i).every((x) => GREETINGS.has(x)) &&
          ["moving", "leaving", "relocating"].includes(w) &&
          this.has(i + 1, "out", "away", "abroad", "house", "home", "town", "country", "overseas")) ||
        (i <= 2 && this.has(i - 1, "moving", "leaving", "relocating") && aside[i - 1] === true) ||
        // ("new in town! I'm a copywriter …", "nouvelle dans le quartier !": the member's arrival, never the thing)
        (i <= 4 &&
          this.has(i - 2, "new", "nouveau", "nouvelle", "nouveaux", "nouvelles", "arrived", "arrivee", "arrive") &&
          (this.has(i - 1, "in", "to", "dans", "en") || (this.has(i - 1, "le", "la") && this.has(i - 2, "dans"))) &&
          ["town", "area", "city", "neighbourhood", "neighborhood", "here", "ville", "quartier", "coin", "region"].includes(w));
      const working = w === "working" && this.has(i - 1, ...DETERMINERS) && /^[a-z]{3,}$/.test(this.words[i + 1] ?? "");
      // "j'ai 10 ans d'expérience", "15 years of experience": the member's, not the thing
      if (w === "experience" || w === "exp")
        for (
          let k = i - 1;
          k >= 0 && (this.has(k, "d", "de", "of", "ans", "an", "years", "year", "yrs") || /^\d+$/.test(this.words[k] ?? ""));
          k--
        )
          aside[k] = true;
      // "my husband's golf clubs", "ma fille": whose it was is the member's story
      if (KIN.has(w) && this.has(i + 1, "s") && /^['’]$/.test(this.gap(i, i + 1))) {
        aside[i] = true;
        aside[i + 1] = true;
        if (this.has(i - 1, "late", "defunt", "feu")) aside[i - 1] = true;
      }
      // ("my parents' old sofa", "our neighbours' lawnmower": whose they were)
      const end = this.tokens[i]?.end ?? 0;
      if (
        /^['’]\s/.test(this.text.slice(end, end + 2)) &&
        PLURAL_KIN.has(w) &&
        this.has(i - 1, "the", "my", "our", "his", "her", "their")
      ) {
        aside[i] = true;
        aside[i - 1] = true;
      }
      // "the big one", "this one": a thing named before or after, not its name
      if (w === "one" && this.tokens[i]?.text === "one") {
        let k = i - 1;
        // ("a MacBook keyboard, butterfly one": never back past a comma, to another thing's article)
        while (
          k >= i - 3 &&
          k >= 0 &&
          !this.has(k, "the", "this", "that", "a", "another", "which") &&
          /^[a-z]+$/.test(this.words[k] ?? "") &&
          !/[,;:.!?()]/.test(this.gap(k, k + 1))
        )
          k--;
        if (this.has(k, "the", "this", "that", "a", "another", "which")) for (let j = k + 1; j <= i; j++) aside[j] = true;
      }
      // "on déménage à Bordeaux": a town after its preposition is where, never the thing
      // ("je déménage de Nanterre à Lisbonne", "moving from Leeds": the town left is no thing either)
      const town =
        (this.has(i - 1, ...PLACE_PREPOSITIONS, "to", "en") || (this.has(i - 1, "de", "from", "depuis") && this.has(i - 2, ...LEAVING))) &&
        /^\p{Lu}\p{Ll}/u.test(this.tokens[i]?.text ?? "") &&
        !(this.locale === "en" && this.tokens[i - 1]?.text.toLowerCase() === "a") &&
        (townNamed(this.tokens[i]?.text ?? "") !== undefined || townNamed(this.hyphenated(i)) !== undefined);
      // ("80 euros à débattre la table basse", "à venir chercher": how it is sold or fetched, never the thing)
      const fetching = FETCHING.has(w) && this.has(i - 1, "a") && this.locale === "fr" && !keep.has(w);
      // ("un plombier en urgence", "needed urgently": how soon, never the thing)
      // ("trousse d'urgence", "éclairage d'urgence" are things: only "en urgence" says how soon)
      const urgency = w === "urgently" || (w === "urgence" && this.has(i - 1, "en"));
      // ("who's interested in my standing desk?", "qui est intéressé par mon canapé ?": whom it is for, then the thing)
      const interest = /^(?:interested|interesse|interessee|interesses|interessees)$/.test(w) && this.has(i + 1, "in", "by", "par");
      if (urgency && w === "urgence") aside[i - 1] = true;
      // ("bought a second treadmill by mistake", "commandé en double par erreur": how it came, never the thing)
      if ((w === "mistake" || w === "accident" || w === "erreur") && this.has(i - 1, "by", "par")) aside[i - 1] = aside[i] = true;
      if (seasonAsTime) aside[this.has(i - 1, "last", "this", "next", "cet", "cette", "ce") ? i - 1 : i + 1] = true;
      if (
        vague ||
        when ||
        talk ||
        because ||
        fetching ||
        urgency ||
        interest ||
        country ||
        times ||
        participle ||
        quantity ||
        opening ||
        working ||
        town ||
        ((w === "experience" || w === "exp") && aside[i - 1] === true) ||
        (PARTICLES.has(w) && !(task >= 0 && (i === task + 1 || i === task + 2) && ["out", "up", "off"].includes(w))) ||
        // (the verb of the task "someone to teach me …" is the task's)
        (verbs.includes(w) && i !== task) ||
        cameBy(i)
      )
        aside[i] = true;
      // "samedi prochain", "next saturday", "ce samedi": the word that says which one goes with the day
      if (WEEKDAYS.has(w) && !named) {
        if (this.has(i + 1, ...RELATIVE_TIME)) aside[i + 1] = true;
        if (this.has(i - 1, ...RELATIVE_TIME)) aside[i - 1] = true;
      }
      // "le mois dernier", "la semaine prochaine", "last month", "next year": when, not what
      if (CALENDAR_UNITS.has(w) && (this.has(i + 1, ...RELATIVE_TIME) || this.has(i - 1, ...RELATIVE_TIME))) {
        aside[i] = true;
        if (this.has(i + 1, ...RELATIVE_TIME)) aside[i + 1] = true;
        if (this.has(i - 1, ...RELATIVE_TIME)) aside[i - 1] = true;
      }
      // ("Table de mixage DJM-450 sous garantie encore 6 mois", "still under warranty until March": the warranty left is a
      // detail of the sale, no word of the thing)
      // ("2 places de ciné valables jusqu'à fin mars", "vouchers valid until June": how long they hold, the same)
      const validity =
        ((w === "valables" || w === "valable") && this.has(i + 1, "jusqu")) || (w === "valid" && this.has(i + 1, "until", "till", "to"));
      if ((w === "garantie" && this.has(i - 1, "sous")) || (w === "warranty" && this.has(i - 1, "under", "in")) || validity) {
        let k = i + 1;
        while (
          k < i + 6 &&
          !/[,;:.!?()\n–—]/.test(this.gap(k - 1, k)) &&
          (this.has(
            k,
            "encore",
            "still",
            "for",
            "until",
            "till",
            "to",
            "jusqu",
            "en",
            "au",
            "a",
            "le",
            "la",
            "l",
            "another",
            "more",
            "fin",
            "end",
            "of",
            "debut",
            "mi",
          ) ||
            isNumber(this.words[k]) ||
            NUMBER_WORDS[this.words[k] ?? ""] !== undefined ||
            AGE_AND_DURATION_UNITS.has(this.words[k] ?? "") ||
            TIME_WORDS.has(this.words[k] ?? ""))
        )
          k++;
        for (let j = validity ? i : this.has(i - 2, "still", "encore") ? i - 2 : i - 1; j < k; j++) aside[j] = true;
      }
      // ("Spanish conversation classes after work", "cours de yoga après le boulot": when, no word of the thing)
      if (
        (w === "work" && this.has(i - 1, "after")) ||
        ((w === "travail" || w === "boulot") && this.has(i - 1, "le") && this.has(i - 2, "apres"))
      )
        for (let j = w === "work" ? i - 1 : i - 2; j <= i; j++) aside[j] = true;
      // ("3 year old sofa": an age before the thing goes whole, never leaving "old sofa")
      if (
        w === "old" &&
        this.has(i - 1, "year", "years", "yr", "yrs", "month", "months", "week", "weeks") &&
        /^\d+$/.test(this.words[i - 2] ?? "")
      )
        for (let k = i - 2; k <= i; k++) aside[k] = true;
      // ("2x a week", "1x/semaine", "3x par mois": the same, in shorthand)
      if (
        /^\d+x$/.test(w) &&
        (this.has(i + 1, ...AGE_AND_DURATION_UNITS, ...TIME_WORDS) || this.has(i + 1, "par", "a", "per", "each", "every"))
      ) {
        this.mark(i, this.has(i + 1, "par", "a", "per", "each", "every") ? i + 3 : i + 2);
      }
      // ("1 fois par mois", "2 fois par semaine", "3 times a week": how often, not what)
      if (
        (/^\d+$/.test(w) || NUMBER_WORDS[w] !== undefined) &&
        this.has(i + 1, "fois", "times") &&
        this.has(i + 2, "par", "a", "per", "each")
      ) {
        this.mark(i, this.has(i + 3, ...AGE_AND_DURATION_UNITS, ...TIME_WORDS) ? i + 4 : i + 3);
      }
      // ("nettoyage de fin de bail", "fin de série": an end that names a kind of thing, not a time)
      const endOfAThing =
        w === "fin" && this.has(i + 1, "de", "d") && this.has(i + 2, "bail", "chantier", "serie", "stock", "collection", "saison");
      if (RECURRENCE_WORDS.has(w) && !(w === "tous" && this.has(i + 1, "niveaux")) && !endOfAThing) {
        aside[i] = true;
        for (let k = i + 1; k < this.words.length; k++) {
          const next = this.words[k] ?? "";
          const counted =
            /^\d+$/.test(next) || NUMBER_WORDS[next] !== undefined || ["other", "autre", "les", "the", "de", "du", "d"].includes(next);
          if (!counted && !AGE_AND_DURATION_UNITS.has(next) && !TIME_WORDS.has(next)) break;
          aside[k] = true;
        }
      }
    });
    // "front-end", "8-year-old", "week-end": a word bound by a hyphen shares the fate of the one before
    for (let i = 1; i < this.words.length; i++)
      if (this.gap(i - 1, i) === "-" && /^\p{L}/u.test(this.tokens[i]?.text ?? "") && /^[\p{L}\d]/u.test(this.tokens[i - 1]?.text ?? ""))
        aside[i] = aside[i - 1] ?? false;
    // "je vends ma 2cv... non je rigole, je vends …", "just kidding": what came before is taken back
    // ("appart, non pardon, chambre à louer", "a sofa, I mean an armchair": corrected the same way)
    const joke = TAKEN_BACK.exec(this.words.join(" "));
    if (joke) {
      const upTo = this.words
        .join(" ")
        .slice(0, joke.index + joke[0].length)
        .split(" ").length;
      // ("… 2,5k€ non je rigole, 180€ les deux" takes back the price only: no posting said again)
      // ("… non je rigole, mon souffleur à neige": a possession named again is the thing said again)
      const saidAgain =
        this.words.slice(upTo).some((w) => verbs.includes(w)) ||
        !/rigole|plaisante|deconne|kidding|jk|joking/.test(joke[0]) ||
        this.has(upTo, "mon", "ma", "mes", "my", "un", "une", "a", "an");
      // ("ma motoneige... non je rigole": the "non" goes with the joke)
      const jokeStart = joke.index === 0 ? 0 : this.words.join(" ").slice(0, joke.index).trim().split(" ").length;
      if (jokeStart > 0 && this.has(jokeStart - 1, "non", "no", "nan")) aside[jokeStart - 1] = true;
      // and only when another thing follows: "I mean it, it's comfy", "enfin non je le donne" take nothing back
      const emphasis = joke[0] === "i mean" && MEANT_NOTHING.has(this.words[upTo] ?? "");
      const thingAfter = this.words
        .slice(upTo)
        .some((x, j) => !aside[upTo + j] && !stop(x) && !verbs.includes(x) && !OBJECT_PRONOUNS.has(x));
      // ("iphone 12 120€ non pardon 150€", "à donner à Niort, je veux dire Parthenay, des tuiles": a correction of the
      // amount or the town only, the thing said before it stands)
      let end = upTo;
      while (end < this.words.length && !/[,;.!?]/.test(this.gap(end - 1, end) ?? "")) end++;
      const valueOnly =
        end > upTo &&
        this.words.slice(upTo, end).every((w, j) => this.used[upTo + j] || /^\d/.test(w) || CURRENCY[w] !== undefined || stop(w));
      if (saidAgain && !emphasis && thingAfter && !valueOnly) for (let k = 0; k < upTo; k++) aside[k] = true;
    }
    // "10 jours", "2 weeks": a duration, whatever the numbers before it ("3 mois", "0-6 mois" are the thing's age, kept)
    const duration = (i: number) => {
      let k = i;
      while (/^\d[\d.,]*$/.test(this.words[k] ?? "")) k++;
      // ("Penn Senator 113H", "Rolex 5513H": a capital glued to a large number is a model's code, never hours)
      // (never before a period: "30H par mois", "35H/semaine" are hours)
      const modelCode =
        k === i + 1 &&
        this.gap(i, k) === "" &&
        /^\p{Lu}$/u.test(this.tokens[k]?.text ?? "") &&
        Number(this.words[i]) >= 25 &&
        !/^\s*\//.test(this.gap(k, k + 1)) &&
        !this.has(k + 1, "par", "per", "a", "semaine", "mois", "week", "month", "sem");
      return DURATION_UNITS.has(this.words[k] ?? "") && !modelCode;
    };
    const isUnit = (i: number) => NOT_MONEY_UNITS.has(this.words[i] ?? "") && !DURATION_UNITS.has(this.words[i] ?? "");
    const free = (i: number) => i < this.words.length && !this.used[i] && !aside[i];
    // A word of the thing: "S" of "Xbox Series S" and "M" of "taille M" count though one letter long,
    // "Le" of "Longchamp Le Pliage" though a function word, the "s" of "kid's" with its word.
    const isWord = this.words.map((w, i) => {
      const raw = this.tokens[i]?.folded ?? w;
      const text = this.tokens[i]?.text ?? "";
      const before = this.tokens[i - 1]?.text ?? "";
      const after = this.tokens[i + 1]?.text ?? "";
      // A word that opens with a digit is a measure ("2m", "128go", "3e") unless it is a model code
      // ("1000xm4", "2CV", "3DS")
      const letters = /^\d+([a-z]+)$/.exec(w)?.[1];
      const measure =
        /^\d/.test(w) &&
        !/^\d+[a-z]+\d/.test(w) &&
        (letters === undefined || !/^\p{Lu}{2,}$/u.test(text.replace(/^\d+/, "")) || NOT_MONEY_UNITS.has(letters)) &&
        // ("a 2nd hand Brompton": second-hand, written with its digit)
        !(/^2nd$/.test(w) && this.has(i + 1, "hand")) &&
        // ("3d printer", "tv 4k", "4x4"): words written with a digit
        !DIGIT_WORDS.has(w) &&
        // ("19th century chestnut table", "XIXe" aside: a century is part of what the thing is)
        !(/^\d{1,2}(?:st|nd|rd|th|e|eme)$/.test(w) && this.has(i + 1, "century", "siecle"));
      if (!free(i) || measure) return false;
      // ("WTB any Sega Saturn games", "WTS: …": a trader's head says what is done, never what the thing is)
      if (w === "wtb" || w === "wts" || w === "wtt") return false;
      // ("local pickup only", "hey guys", "bro": words of the chat, not of the thing; "Only Fools and Horses", "Bro
      // Code", "Guys and Dolls" name it, capitalised inside the line)
      if (CHAT_WORDS.has(w)) return i > 0 && /^\p{Lu}/u.test(text) && !/[.!?]\s*$/.test(this.gap(i - 1, i));
      // "Maxi-Cosi", "Tripp-Trapp": capitalised words bound by a hyphen are a name, whatever words they look like
      if (
        /^\p{Lu}/u.test(text) &&
        ((this.gap(i, i + 1) === "-" && /^\p{Lu}/u.test(after)) || (this.gap(i - 1, i) === "-" && /^\p{Lu}/u.test(before)))
      )
        return true;
      // ("a 5-a-side team", "un face-à-face": a small word bound by hyphens on both sides is the compound's)
      // (never the "t" of "y a-t-il")
      if (
        i > 0 &&
        w !== "t" &&
        this.gap(i - 1, i) === "-" &&
        this.gap(i, i + 1) === "-" &&
        /^\p{L}/u.test(text) &&
        free(i - 1) &&
        free(i + 1)
      )
        return true;
      // "front-end", "Pack'n Play": a word bound to a word of the thing by a hyphen, or a name's "'n", is the thing's
      if (i > 0 && free(i - 1) && !stop(this.words[i - 1] ?? "") && /^\p{L}/u.test(text)) {
        if (this.gap(i - 1, i) === "-" && /^\p{L}/u.test(before)) return true;
        if (w === "n" && /^['’]$/.test(this.gap(i - 1, i)) && /^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) return true;
      }
      // "stand up paddle", "pop up tent", "pick up truck": a compound's "up", written without its hyphen
      if (
        w === "up" &&
        UP_COMPOUNDS.has(this.words[i - 1] ?? "") &&
        free(i - 1) &&
        /^[a-z]{3,}$/.test(this.words[i + 1] ?? "") &&
        !stop(this.words[i + 1] ?? "")
      )
        return true;
      // ("a spare Wacom Intuos Pro M I don't use": "I" before a verb is the member, not a model's letter)
      if (text === "I" && /^\p{Ll}/u.test(after)) return false;
      // "kid's bike" (a possessive after a thing), not "who's" or "it's"
      if (w === "s" && /^['’]$/.test(this.gap(i - 1, i)))
        return (
          i > 0 &&
          free(i - 1) &&
          !stop(this.words[i - 1] ?? "") &&
          !SUBJECTS.has(this.words[i - 1] ?? "") &&
          !["who", "what", "where", "that", "there", "here", "let"].includes(this.words[i - 1] ?? "")
        );
      // "O'Neill", "D'Addario": a capital letter and an apostrophe open a name
      if (w.length === 1 && /^\p{Lu}$/u.test(text) && /^['’]$/.test(this.gap(i, i + 1)) && /^\p{Lu}/u.test(after)) return true;
      // "4K", "5g": a letter glued to its digits is the number's (a definition, a network)
      // ("1h of portfolio reviews", "2h de cours": how long the service lasts, not the thing)
      if (w.length === 1 && i > 0 && this.gap(i - 1, i) === "" && /^\d/.test(this.words[i - 1] ?? "") && free(i - 1))
        return !(w === "h" && this.has(i + 1, "of", "de", "d"));
      // "t-shirt", "e-bike", "x-ray": a letter bound to a word by a hyphen is that word's
      // ("vends ma montre", "une affiche de film": a noun after its article or the verb of offering, not "show")
      if (
        /^(?:montre|montres|affiche|affiches|poste|postes)$/.test(w) &&
        this.has(i - 1, ...NOUN_LEADS) &&
        !this.has(i + 1, "moi", "nous", "les", "des", "mes", "tes", "tous", "toutes")
      )
        return true;
      // ("sous-vêtements", "après-ski", "demi-lune": a prefix bound to its word)
      if (BOUND_PREFIXES.has(w) && this.gap(i, i + 1) === "-" && /^\p{L}{2,}/u.test(after) && free(i + 1)) return true;
      // (never the "t" of "y a-t-il", "va-t-on")
      if (w.length === 1 && this.gap(i, i + 1) === "-" && this.gap(i - 1, i) !== "-" && /^\p{L}{2,}/u.test(after) && free(i + 1))
        return true;
      if (w.length === 1)
        return (
          // ("xbox series s", "classe a", "type c": the letter a series, class or type is named by)
          (/^\p{L}$/u.test(text) &&
            MODEL_NUMBER_WORDS.has(this.words[i - 1] ?? "") &&
            !SIZE_WORDS.has(this.words[i - 1] ?? "") &&
            free(i - 1) &&
            /^\s+$/.test(this.gap(i - 1, i))) ||
          (/^\p{Lu}$/u.test(text) &&
            (/^\p{Lu}/u.test(before) || SIZE_WORDS.has(this.words[i - 1] ?? "")) &&
            !/[,;:]/.test(this.gap(i - 1, i))) ||
          // ("taille M et L", "sizes S or M": a second size joined to the first)
          (/^\p{Lu}$/u.test(text) &&
            this.has(i - 1, "et", "and", "ou", "or") &&
            /^\p{Lu}$/u.test(this.tokens[i - 2]?.text ?? "") &&
            SIZE_WORDS.has(this.words[i - 3] ?? "")) ||
          // ("Hasselblad 500 C/M", "A/B switch": capitals joined by a slash are a model's letters)
          (/^\p{Lu}$/u.test(text) && this.gap(i, i + 1) === "/" && /^\p{Lu}{1,2}$/u.test(after) && i > 0 && free(i - 1)) ||
          // a letter of a model code, before its digits: "f/1.8", "Series x 1TB"
          (/^[a-z]$/.test(w) && !stop(w) && /^\d/.test(this.words[i + 1] ?? "") && /^(\s|\/)$/.test(this.gap(i, i + 1)) && i > 0)
        );
      // "Mac mini", "iphone 12 mini", "AirPods Max": a model's name, not a bound of a price
      if (
        (w === "mini" || w === "max" || w === "maxi") &&
        i > 0 &&
        free(i - 1) &&
        !stop(this.words[i - 1] ?? "") &&
        /\p{Lu}|^\d+$/u.test(before) &&
        /^\s+$/.test(this.gap(i - 1, i))
      )
        return true;
      // "mini fridge", "maxi cosi": a size of the thing, not the "minimum" of a price
      if (
        (w === "mini" || w === "maxi") &&
        /^\s+$/.test(this.gap(i, i + 1)) &&
        /^[a-z]{3,}$/.test(this.words[i + 1] ?? "") &&
        free(i + 1) &&
        !stop(this.words[i + 1] ?? "")
      )
        return true;
      // "de chez But": a shop's name, even one spelt like a function word
      if ((this.has(i - 1, "chez") && /^\p{Lu}/u.test(text)) || (w === "chez" && /^\p{Lu}/u.test(after))) return true;
      // "poêle Le Creuset", "doudoune The North Face": an article inside a brand's name
      const brandArticle =
        /^(?:Le|La|Les|The)$/.test(text) &&
        /^\p{Lu}/u.test(after) &&
        i > 0 &&
        ((free(i - 1) && !stop(this.words[i - 1] ?? "")) || DETERMINERS.has(this.words[i - 1] ?? "")) &&
        /^\s+$/.test(this.gap(i - 1, i));
      // "briques de récup", "bar de ligne": after "de" and a word of the thing, what it is made or caught from
      // (not "à récup", how it is fetched, nor "en ligne"); a noun whose accent is all that tells it from a
      // function word ("maïs" is no "mais", "thé" no "the", "côte de bœuf" no "du côté de")
      const ofMaking =
        (raw === "recup" || raw === "ligne") &&
        this.has(i - 1, "de", "d") &&
        // ("possibilité de récup samedi": how it is fetched)
        !this.has(i - 2, "possibilite", "possible", "moyen", "heure", "horaires", "lieu") &&
        free(i - 2) &&
        !stop(this.words[i - 2] ?? "") &&
        /^\s+$/.test(this.gap(i - 1, i));
      // ("language exchange", "échange linguistique": a kind of meeting, the thing itself)
      const languageExchange =
        (raw === "exchange" || raw === "echange") &&
        (this.has(i - 1, "language", "languages", "langue", "langues") || this.has(i + 1, "linguistique", "linguistiques"));
      // ("m'apprendre à faire des nœuds", "teach me to do my taxes": the doing a lesson teaches is its thing)
      if (
        (w === "faire" || w === "do") &&
        this.has(i - 1, "a", "to") &&
        this.has(i - 2, "apprendre", "teach", "learn", "show", "montrer", "aider", "help", "me") &&
        free(i - 2)
      )
        return true;
      // ("gluten free cakes": what the thing is free of, with its "free", is a word of its kind)
      // ("free range eggs": how the hens live is the eggs' kind)
      const freeOf =
        w === "free" &&
        ((WITHOUT_FREE.has(this.words[i - 1] ?? "") && free(i - 1) && /^\s+$|^-$/.test(this.gap(i - 1, i))) ||
          (this.has(i + 1, "range") && /^\s+$|^-$/.test(this.gap(i, i + 1))));
      // ("scooter going for 150", "sofa going cheap": how it sells, not the thing)
      if (w === "going" && (this.has(i + 1, "cheap", "spare") || (this.has(i + 1, "for") && /^[\d$£€]/.test(this.words[i + 2] ?? ""))))
        return false;
      // ("part-time nanny", "a part time job": "part" is no leaving there)
      const partTime = w === "part" && this.has(i + 1, "time") && /^[\s-]$/.test(this.gap(i, i + 1));
      // ("poste à souder", "poste de radio": a set, not a verb of posting)
      const aSet =
        w === "poste" &&
        ((this.has(i + 1, "a") && this.has(i + 2, "souder")) || (this.has(i + 1, "de") && this.has(i + 2, "radio", "travail")));
      if (aSet) return true;
      if (ofMaking || languageExchange || freeOf || partTime || ACCENTED_NOUNS.has(text.toLowerCase())) return true;
      if (stop(w) || stop(raw))
        return (/^\p{Lu}/u.test(text) && /^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after) && i > 1) || brandArticle;
      return true;
    });
    // "lot de 12 bodies", "2 places pour …", "10 kg de pommes", "set of 6 glasses": a count or a
    // measure before the thing belongs to it (not a price: those are used already)
    const leadingCount = (i: number) => {
      // ("20kg of homegrown potatoes", "9ft longboard": a measure glued to its unit, before the thing)
      // ("18-55mm lens", "with 50mm lens": a lens's range of focal lengths, before it)
      if (
        this.intent === "create_listing" &&
        /^\d+$/.test(this.words[i] ?? "") &&
        this.gap(i, i + 1) === "-" &&
        /^\d+mm$/.test(this.words[i + 1] ?? "") &&
        free(i)
      )
        return leadingCount(i + 1);
      if (
        // ("my 125cc scooter", "a 600W blender", "1TB drive": an engine's size, a power or a capacity glued to its number)
        /^\d+(?:kg|g|l|ml|cl|m|cm|mm|ft|m2|m²|cc|w|kw|v|mah|ah|wh|hz|go|gb|tb|to|hp|cv)$/.test(this.words[i] ?? "") &&
        free(i) &&
        (i === 0 ||
          !/^\d/.test(this.words[i - 1] ?? "") ||
          (this.intent === "create_listing" && this.gap(i - 1, i) === "-" && /^\d+mm$/.test(this.words[i] ?? "")))
      ) {
        const k = this.has(i + 1, "of", "de", "d") && free(i + 1) ? i + 2 : i + 1;
        return isWord[k] === true && /^\s+$/.test(this.gap(i, i + 1)) && !/^\d/.test(this.words[k] ?? "");
      }
      // ("2x Taylor Swift tickets", "4x Pirelli P Zero": a count written with its "x" before the thing)
      if (/^\d{1,3}x$/.test(this.words[i] ?? "") && free(i) && /^\s+$/.test(this.gap(i, i + 1))) return isWord[i + 1] === true;
      if (!/^\d+$/.test(this.words[i] ?? "") || !free(i) || duration(i)) return false;
      // ('27" monitor', "27'' 144hz monitor": a screen's inches before it)
      if (/^\d{1,3}$/.test(this.words[i] ?? "") && /^(?:''|"|″|”)\s+$/.test(this.gap(i, i + 1)))
        return isWord[i + 1] === true || /^\d+[a-z]+$/.test(this.words[i + 1] ?? "");
      // ("a 3/4 cello", "1/2 size violin": a fraction before the thing is its size)
      if (this.fractionAt(i) && free(i + 1)) return isWord[i + 2] === true && /^\s+$/.test(this.gap(i + 1, i + 2));
      let k = i + 1;
      if (isUnit(k) && free(k)) k++;
      if (this.has(k, "de", "d", "of", "pour", "for") && free(k)) k++;
      if (this.has(k, "le", "la", "les", "l", "the") && free(k)) k++;
      // ("garder mes 2 enfants", "babysit my 2 kids": a count of people or things after a possessive is the object itself)
      // ("PS5 avec 2 manettes", "table + 4 chairs": so is a count of things that come with the thing)
      const countedNoun =
        COUNTED_NOUNS.has(this.words[i + 1] ?? "") &&
        free(i + 1) &&
        (this.has(i - 1, "mes", "my", "nos", "our", "vos", "your") ||
          // (a posting's, of what comes with it: a search keeps its words few, and "avec 2 enfants" is the member's)
          (this.intent === "create_listing" &&
            ACCESSORY_COUNTS.has(this.words[i + 1] ?? "") &&
            (this.has(i - 1, "avec", "with", "et", "and") || /\+\s*$/.test(this.gap(i - 1, i)))));
      return k > i && (isWord[k] === true || countedNoun) && /^(\s*|-)$/.test(this.gap(i, i + 1));
    };
    const content: boolean[] = [];
    this.words.forEach((w, i) => {
      const word = isWord[i] === true;
      // A number right after a content word is part of it: "iphone 12", "ps 4", "128go", and so
      // is its unit: "42 pouces", "3 places".
      const glued = /^[:/.]$/.test(this.gap(i - 1, i));
      // "ficus de 2 m", "monstera de 1m20": the thing's measure after "de"
      const measureAfterDe =
        !this.used[i] &&
        /^\d/.test(w) &&
        this.has(i - 1, "de", "d", "of") &&
        content[i - 2] === true &&
        (/^\d+[.,]?\d*[a-z]+[\d²]*$/.test(w) || (isUnit(i + 1) && !this.used[i + 1]));
      const number =
        !this.used[i] &&
        // ("Plombier 15 ans d'expérience": a number set aside is no model of the thing)
        !aside[i] &&
        // "essence 110 000 km": a number before a group of thousands is a quantity, not a model
        !(
          /^\d{1,3}$/.test(w) &&
          /^\d{3}$/.test(this.words[i + 1] ?? "") &&
          this.gap(i, i + 1) === " " &&
          (KM_UNITS.has(this.words[i + 2] ?? "") || NOT_MONEY_UNITS.has(this.words[i + 2] ?? "")) &&
          // ("iPhone 13 128 Go": a model then its storage, never thousands of gigabytes)
          !this.has(i + 2, "go", "gb", "to", "tb", "mo", "mb")
        ) &&
        /^\d[\d.,]*(?:x\d+)?[a-z\d]*$/.test(w) &&
        i > 0 &&
        (content[i - 1] === true ||
          (glued && /^[a-z]$/.test(this.words[i - 1] ?? "") && content[i - 2] === true) ||
          // ("vélos enfants 16 et 20 pouces", "pointure 36 et 37": a second number joined to the first, before
          // their unit or after a size)
          (this.has(i - 1, "et", "and", "ou", "or") &&
            /^\d+$/.test(this.words[i - 2] ?? "") &&
            content[i - 2] === true &&
            (NOT_MONEY_UNITS.has(this.words[i + 1] ?? "") || SIZE_WORDS.has(this.words[i - 3] ?? "")))) &&
        !duration(i) &&
        (glued || !/[,;:!?()]/.test(this.gap(i - 1, i)));
      const unit =
        !this.used[i] &&
        i > 0 &&
        /^\d/.test(this.words[i - 1] ?? "") &&
        content[i - 1] === true &&
        NOT_MONEY_UNITS.has(w) &&
        !DURATION_UNITS.has(w);
      const counted = leadingCount(i) || (i > 0 && leadingCount(i - 1) && isUnit(i));
      // ("traductrice FR/EN", "designer UX/UI", "translator nl>en": a word glued to the one before by a slash or a
      // direction is of the same thing)
      const slashed =
        i > 0 && content[i - 1] === true && /^(?:\/|>|->|→|↔)$/.test(this.gap(i - 1, i)) && /^[a-z]{2,}$/.test(w) && !this.used[i];
      content.push(word || number || unit || counted || measureAfterDe || slashed || (this.route.has(i) && !this.used[i]));
    });
    const indices = content.flatMap((c, i) => (c ? [i] : []));
    if (indices.length === 0) return undefined;
    const groups: number[][] = [];
    for (const i of indices) {
      const group = groups.at(-1);
      const prev = group?.at(-1);
      // one connector between two content words keeps them together: "vélo de course", "table en chêne"
      // Punctuation ends a group: "sofa, grey, 3 seater" is a sofa.
      // Punctuation ends a group ("sofa, grey, 3 seater" is a sofa); "+" joins ("table + 4 chaises").
      const between = prev !== undefined ? this.text.slice(this.tokens[prev]?.end, this.tokens[i]?.start) : "";
      // ("Dolce & Gabbana", "mixing & mastering": "&" joins as "and" does)
      const ampersand = between.trim() === "&";
      // ("French ↔ English translation", "traduction anglais>français", "FR→EN": a direction between two words joins them)
      const arrow = /^\s*(?:↔|→|⇄|⇆|<->|->|<>|>)\s*$/.test(between);
      // ("I fix bikes. Flat tyres, brakes…": a full stop before a capital ends the sentence, and the thing's name with it;
      // "St. Louis", "M. Martin" are abbreviations)
      // ("Just got back from Spain. My surfboard …": the capital may open a function word before the next content word)
      const sentenceEnd =
        /\.\s/.test(between) &&
        (/^\p{Lu}/u.test(this.tokens[i]?.text ?? "") || /\.\s+\p{Lu}/u.test(between)) &&
        !ABBREVIATED.has(this.words[prev ?? -1] ?? "") &&
        // ("J. Crew", "A.P.C.", "U.S. Polo": a single letter with its dot is an initial)
        (this.words[prev ?? -1] ?? "").length > 1;
      const broken =
        prev !== undefined &&
        !/^[:/.]$/.test(between) &&
        !ampersand &&
        !arrow &&
        (sentenceEnd || /[,;:!?()&]|\s[-–—]\s|—|\p{Extended_Pictographic}/u.test(between));
      const head = this.words[group?.[0] ?? -1] ?? "";
      const connector = (k: number) =>
        // "help me move a sofa", "m'aider à porter": the helper's object joins its verb
        (this.has(k, "me", "m") && this.has(k - 1, "help", "aider")) ||
        // ("rooms to rent" searched: how it is had, when the search keeps it)
        (this.has(k, "to") && keep.has(this.words[k + 1] ?? "")) ||
        // ("2 tickets to Hamilton", "a pass to the Bucks game": what the ticket is for, as "for" says it)
        (this.has(k, "to") && this.has(k - 1, "ticket", "tickets", "pass", "passes", "seats", "entry") && !this.used[k + 1]) ||
        // "tondre la pelouse", "to mow the lawn": a task's verb and its object
        (this.has(k, "le", "la", "les", "l", "the") && !this.used[k] && k - 1 === task) ||
        // "someone to teach me Italian": whom the task is for, inside it
        (this.has(k, "me", "m", "us") && k - 1 === task) ||
        (this.has(
          k,
          "de",
          "d",
          "en",
          "a",
          "with",
          "et",
          "and",
          // "garage ou box", "a bike or a scooter": either thing will do
          "ou",
          "or",
          "pour",
          "for",
          "aux",
          "au",
          "du",
          "des",
          "of",
          "avec",
          "sans",
          "without",
          "sous",
          "sur",
          "in",
          "by",
          "un",
          "une",
          "an",
          "vos",
          "votre",
          "your",
          "mes",
          "my",
          "mon",
          "ma",
          "son",
          "sa",
          "notre",
          "nos",
          "our",
          "ses",
          "his",
          "her",
          "leur",
          "leurs",
          "their",
        ) &&
          !this.used[k] &&
          // "pneus d'hiver", "garde de nuit", "cours du soir" name a kind of thing; "le samedi" is when
          (!TIME_WORDS.has(this.words[k + 1] ?? "") || (this.has(k, "de", "d", "du") && KIND_OF_TIME.has(this.words[k + 1] ?? ""))) &&
          !shortDay(this.tokens[k + 1]) &&
          // "pour le weekend": the time after an article (not "déménager un canapé samedi")
          // ("pour le mois d'août", "for the week": a stay, however long)
          !(
            (TIME_WORDS.has(this.words[k + 2] ?? "") || CALENDAR_UNITS.has(this.words[k + 2] ?? "")) &&
            this.has(k + 1, "le", "la", "les", "l", "the", "un", "une", "a", "ce", "this")
          ) &&
          // "cours de natation aux enfants", "à des particuliers": whom it goes to, not the thing
          !(
            this.has(k, "aux", "au", "a") &&
            (PEOPLE.has(this.words[k + 1] ?? "") || (this.has(k + 1, "des", "les") && PEOPLE.has(this.words[k + 2] ?? "")))
          ) &&
          // "au Zénith", "at Wembley": a venue, not the thing; "à démonter", "à récupérer": how it is fetched
          !(
            this.has(k, "a", "au", "aux", "at", "in") &&
            /^\p{Lu}/u.test(this.tokens[k + 1]?.text ?? "") &&
            !(this.locale === "en" && this.tokens[k]?.text.toLowerCase() === "a") &&
            // ("Telecaster Made in Mexico", "fabriqué en Italie": where it was made is part of its name)
            !this.has(k - 1, "made", "fabrique", "fabriquee", "assembled", "built")
          ) &&
          !(this.has(k, "a") && FETCHING.has(this.words[k + 1] ?? "") && !keep.has(this.words[k + 1] ?? "")) &&
          // "dev front pour des petites missions", "for freelance gigs": what the member looks for, not what is offered
          // ("tickets for the Rammstein gig" names the thing: a gig there is a concert)
          !(this.has(k, "pour", "for") && [k + 1, k + 2, k + 3].some((j) => this.has(j, "missions", "mission", "freelance", "contrats"))) &&
          // "au parc de la Tête d'Or", "at the beach", "à la salle des fêtes": where it happens
          !(
            this.has(k, "a", "au", "at", "in", "dans") &&
            (VENUES.has(this.words[k + 1] ?? "") || (this.has(k + 1, "la", "l", "le", "the") && VENUES.has(this.words[k + 2] ?? "")))
          ) &&
          // "dev WordPress pour fixer mon site": a purpose, unless help is the thing ("aide pour monter")
          !(this.has(k, "pour") && looksLikeInfinitive(this.words[k + 1] ?? "") && !HELP_WORDS.has(head)));
      if (
        group &&
        prev !== undefined &&
        !broken &&
        (i === prev + 1 ||
          (i === prev + 2 && connector(prev + 1)) ||
          (i === prev + 3 &&
            connector(prev + 1) &&
            // "in natural wood", "by a native speaker" join; "in the park" is where, not what
            !this.has(prev + 1, "in", "by") &&
            (this.has(prev + 2, "la", "l", "le", "les", "un", "une", "a", "the", "de", "d", "du", "des") ||
              // "teach me to surf", "help us to move": whom the task is for, then its verb
              (prev === task && this.has(prev + 1, "me", "us") && this.has(prev + 2, "to")) ||
              // ("soutien en anglais et en allemand": two subjects said alike are one service)
              (this.has(prev + 1, "et") && this.has(prev + 2, "en") && this.has(prev - 1, "en")) ||
              // help names its task, whoever's it is: "aide pour vos déménagements"
              (this.has(prev + 1, "pour", "for") && this.has(prev + 2, "vos", "votre", "your") && HELP_WORDS.has(this.words[prev] ?? "")) ||
              // a task names whose things it is done to: "take care of my olive trees", "look after our dog"
              (task >= 0 &&
                (group?.[0] ?? -1) >= task &&
                this.has(prev + 1, "of", "after", "de") &&
                this.has(prev + 2, "my", "our", "mon", "ma", "mes", "notre", "nos")) ||
              // a service names whose things it cares for: "garde de vos animaux", "repair of your bikes"
              (this.has(prev + 1, "de", "d", "of") && this.has(prev + 2, "vos", "votre", "your")) ||
              // a container names nothing without its contents, whoever's they are: "cans of our family olive oil"
              (this.has(prev + 1, "of", "de", "d") &&
                this.has(prev + 2, "my", "our", "mon", "ma", "mes", "notre", "nos") &&
                CONTAINERS.has(this.words[prev] ?? "")))))
      )
        group.push(i);
      else groups.push([i]);
    }
    // The thing follows the verb ("je vends …", not "je la donne"), or the colon of "publie : …".
    // ("… need to get rid of stuff. first up: X": a colon after a few words of a new sentence opens the thing too)
    // ("scale model 1:100", "ratio 16:9": a colon between digits is a ratio or a time, no head)
    const colon = [...this.text.matchAll(/(?<!\d):|:(?!\d)/g)]
      .map((m) => m.index ?? 0)
      // ("…, category: electronics": a label and its value, not what the posting is)
      .filter((at) => !/\b(?:cat[ée]gor(?:ie|y)|rubrique)\s*$/i.test(this.text.slice(0, at)))
      // ("mon scooter 50cc est dispo: 400€, Lille": a colon before a price opens no thing)
      .filter(
        (at) => !/^\s*(?:[$€£]\s*)?\d+(?:[.,]\d+)?\s*(?:€|\$|£|e|eur|euros?|balles|chf|k)?\s*(?:[,.;!]|$)/iu.test(this.text.slice(at + 1)),
      )
      .find(
        (at) =>
          at <= 60 ||
          // ("…, on vend la voiture : Peugeot 308 SW …", "so I'm selling my gear: …": a sale said just before the colon,
          // and none after it)
          (() => {
            const next = this.tokens.findIndex((t) => t.start >= at);
            return (
              next > 0 &&
              this.words.slice(Math.max(0, next - 5), next).some((w) => OFFER_VERBS.includes(w)) &&
              !this.words.slice(next).some((w) => OFFER_VERBS.includes(w))
            );
          })() ||
          (
            this.text
              .slice(0, at)
              // (an emoji ends a sentence as a full stop does: "… sell everything fast 😭 First up: …")
              .split(/[.!?\n]|\p{Extended_Pictographic}/u)
              .at(-1) ?? ""
          )
            .trim()
            .split(/\s+/).length <= 3,
      );
    const afterColon = colon !== undefined ? this.tokens.findIndex((t) => t.start > colon) : -1;
    let verb = -1;
    // ("mon frère m'a offert une friteuse …, je la vends", "got my uncle's scooter, selling it"): where the
    // member's own verb takes its object back as a pronoun
    let pronounVerb = -1;
    // (a verb that follows its thing: "skis to give away", "vélo à donner")
    let verbAfterItsThing = -1;
    this.words.forEach((w, k) => {
      if (verbs.includes(w) && (this.has(k - 1, "a") || (this.has(k - 1, "to") && content[k - 2] === true))) verbAfterItsThing = k;
      // ("a gazebo to lend or give for the street party", "à prêter ou donner pour le carnaval": a second verb joined to
      // one that follows its thing follows it too; what comes after is what it is for)
      if (verbs.includes(w) && this.has(k - 1, "or", "ou", "and", "et") && verbAfterItsThing === k - 2 && k >= 2) {
        verbAfterItsThing = k;
        return;
      }
      if (
        pronounVerb < 0 &&
        verbs.includes(w) &&
        ((OBJECT_PRONOUNS.has(this.words[k - 1] ?? "") && this.has(k - 2, "je", "j", "on", "nous")) ||
          (this.has(k + 1, "it", "them") && (w.endsWith("ing") || this.has(k - 1, "i", "we", "ll", "will", "to"))))
      )
        pronounVerb = k;
      // "je la donne" has its object before; so have "X for sale", "X à vendre", "X à donner"
      // ("anyone want a sofa bed? giving it away, grey": the object is said before, as "it")
      if (
        (!verbs.includes(w) && !cameBy(k)) ||
        OBJECT_PRONOUNS.has(this.words[k - 1] ?? "") ||
        this.has(k - 1, "for", "a") ||
        this.has(k + 1, "it", "them") ||
        // ("120€ or swap for a keyboard", "ou échange contre …": what the member wants back, not the thing)
        (["swap", "trade", "exchange", "echange", "echanger", "troc"].includes(w) && this.has(k + 1, "for", "contre")) ||
        // ("je fais votre site en échange d'une séance photo": the exchange asked, no verb of the thing)
        ((w === "echange" || w === "exchange") && this.has(k - 1, "en", "in")) ||
        // ("premier échange offert", "un échange possible", "la vente de …": a noun, no verb)
        // ("je sous-loue mon poste fixe": after a possessive, a noun too)
        (k > 0 &&
          this.has(
            k - 1,
            "premier",
            "premiere",
            "first",
            "un",
            "une",
            "le",
            "la",
            "l",
            "the",
            "an",
            "mon",
            "ton",
            "son",
            "notre",
            "votre",
          )) ||
        // ("150 or best offer", "80 ou meilleure offre": how firm the price is)
        (k > 0 && this.has(k - 1, "best", "nearest", "meilleure", "meilleur", "any", "your", "toute")) ||
        // ("… $280. Selling because I never have time", "vends car je déménage": a verb its reason follows has its thing
        // said before it)
        this.has(k + 1, "because", "car", "parce", "since", "cause", "coz", "cuz", "bc", "puisque", "vu") ||
        (this.has(k + 1, "as") && this.has(k + 2, "i", "we", "im", "my", "our", "the", "they", "it")) ||
        // ("… for my mother, she moved in after selling her farm": what was sold before is the story's)
        this.insideStoryClause(k) ||
        k === homesVerb ||
        // ("any roof boxes near Edinburgh? need one for a trip": "one" takes back the thing said before)
        (this.has(k + 1, "one") && (k + 2 >= this.words.length || this.has(k + 2, "for", "to", "that", "which", "asap", "soon")))
      )
        return;
      // "pressure washer to lend", "skis to give away": the thing comes first
      // ("happy to offer small repair jobs": after a word of willingness the verb opens the thing)
      if (this.has(k - 1, "to") && content[k - 2] === true && !WILLING.has(this.words[k - 2] ?? "")) return;
      if (verb < 0 || k > afterColon) verb = verb < 0 || (afterColon >= 0 && k > afterColon && verb < afterColon) ? k : verb;
    });
    // ("les affaires de mon dernier", "my daughter's things": whose they were, after a possessive, names nothing)
    const family = (g: number[]) =>
      this.has((g[0] as number) - 1, "mon", "ma", "mes", "notre", "nos", "my", "our") &&
      g.every((k) => KIN.has(this.words[k] ?? "") || PEOPLE.has(this.words[k] ?? "") || YOUNGEST.has(this.words[k] ?? ""));
    // ("… headphones, still sealed, got two for my birthday": a count alone names nothing)
    const countOnly = (g: number[]) => g.every((k) => NUMBER_WORDS[this.words[k] ?? ""] !== undefined || /^\d+$/.test(this.words[k] ?? ""));
    let chosen: number[] | undefined;
    if (verb >= 0 && (afterColon < 0 || verb >= afterColon)) {
      // ("… an old Singer sewing machine she'd like to give away. Message me, Rhys": the verb's sentence ends with
      // it, its thing was said before it; the next sentence's words are no object of it)
      let sentenceEnd = verb + 1;
      while (sentenceEnd < this.words.length && !/[.!?]\s/.test(this.gap(sentenceEnd - 1, sentenceEnd))) sentenceEnd++;
      const objectless =
        this.has(verb - 1, "to") &&
        !groups.some((g) => (g[0] as number) > verb && (g[0] as number) < sentenceEnd) &&
        groups.some((g) => (g.at(-1) as number) < verb);
      const after = objectless ? [] : groups.filter((g) => (g[0] as number) > verb);
      // ("selling pretty much everything in our flat in Lisbon. Starting with the dining table": where the
      // things are is no thing)
      const where = (g: number[]) =>
        this.has((g[0] as number) - 1, ...DETERMINERS) && this.has((g[0] as number) - 2, "in", "at", "inside", "dans", "chez", "from");
      // ("selling my Toronto stuff: queen bed frame + mattress": a big town's name, said as whose things, names none)
      const townOnly = (g: number[]) =>
        g.every((k) => VAGUE_THINGS.has(this.words[k] ?? "")) ||
        (g.length <= 2 &&
          /^\p{Lu}/u.test(this.tokens[g[0] as number]?.text ?? "") &&
          (resolvePlace(this.original(g[0] as number, (g.at(-1) as number) + 1))?.population ?? 0) >= 100_000);
      chosen = after.find((g, j) => (!family(g) && !where(g) && !countOnly(g) && !townOnly(g)) || j === after.length - 1);
    }
    // "offering gardening: hedge trimming, lawn mowing", "je donne mon matériel de pêche : cannes,
    // moulinets et une boîte": the verb's object ends at the colon and a list of its parts follows
    // ("Je propose gardiennage de chalet à Megève : check-in, ménage, courses", "Cours de cuisine à la
    // ferme : diots, crozets", "can fix your bike: punctures, brakes, gears": the thing is named before
    // the colon, where it is said with no verb too, and what follows lists its parts — or where it
    // goes and when, set aside. Only a vague word before it ("les affaires de mon dernier : …") lets
    // the list be the thing.)
    // ("Cours de piano : je suis prof diplômée, 25€ de l'heure", "Dog walking: I'm a student, available weekdays": the
    // thing heads the posting, and the member introduces themselves after its colon)
    if (
      !chosen &&
      this.intent === "create_listing" &&
      afterColon > 0 &&
      verb < 0 &&
      colon !== undefined &&
      /^(?:je suis|nous sommes|i['’]m an?|i am an?|we['’]re an?|we are an?)\s/i.test(this.text.slice(colon + 1).trim())
    ) {
      const head = groups.find((g) => (g.at(-1) as number) < afterColon);
      // ("Petite annonce : …", "Event: …" label the posting)
      const label = (k: number) => POSTING_LABELS.has(this.words[k] ?? "") || this.has(k, "annonce", "petite", "event", "evenement");
      if (head && !head.some(label)) chosen = head;
    }
    if (!chosen && this.intent === "create_listing" && afterColon > 0 && (verb < 0 || afterColon > verb)) {
      const sentence = this.text.slice(0, colon).search(/[^.!?\n]*$/);
      const opens = this.tokens.findIndex((t) => t.start >= sentence);
      const from = verb >= 0 ? verb + 1 : opens;
      let object = groups.find((g) => (g[0] as number) >= from && (g.at(-1) as number) < afterColon);
      // ("Aide aux personnes âgées : courses, rdv médicaux", "Cours de cuisine pour enfants : …": heading the line with no
      // verb, the thing's phrases joined by a preposition up to the colon are one)
      const joined = groups.filter((g) => (g[0] as number) >= from && (g.at(-1) as number) < afterColon);
      if (verb < 0 && opens === 0 && object === joined[0] && joined.length > 1) {
        const bound = joined.findIndex(
          (g, j) =>
            j > 0 &&
            !this.words
              .slice(((joined[j - 1] as number[]).at(-1) as number) + 1, g[0] as number)
              .every(
                (w, k, between) =>
                  ["aux", "au", "pour", "de", "des", "du", "d", "for", "of", "with", "avec", "a"].includes(w) && between.length <= 2,
              ),
        );
        const through = bound < 0 ? joined : joined.slice(0, bound);
        if (
          through.length > 1 &&
          !/[,;.!?()]/.test(
            this.text.slice(this.tokens[object?.[0] as number]?.start, this.tokens[(through.at(-1) as number[]).at(-1) as number]?.end),
          )
        )
          object = through.flat();
      }
      const parts = groups.filter((g) => (g[0] as number) >= afterColon);
      const [first, second] = parts;
      const between = object ? this.words.slice(from, object[0]) : [];
      // (said with no verb, the thing opens the message and is no label: "WTS: …", "First one: …" are not)
      // ("offre de service : couture et retouches", "cause déménagement : canapé, lit", "House clearance: sofa, beds":
      // a phrase that labels the posting or gives its reason names nothing)
      const named =
        (verb >= 0 ||
          (opens === 0 && ((object?.length ?? 0) >= 2 || (object?.[0] === 0 && PERSON_OF_A_TRADE.test(this.words[0] ?? ""))))) &&
        !(object?.length === 1 && POSTING_LABELS.has(this.words[object[0] as number] ?? "")) &&
        // ("on vend la voiture : Peugeot 308 SW", "je vends tout mon équipement : gilet stab …": a vague or generic word
        // before the list lets its first part be the thing)
        !(object ?? []).every((k) => STORY_SALES.has(this.words[k] ?? "") || GENERIC_THINGS.has(this.words[k] ?? "")) &&
        !(object ?? []).some((k) => POSTING_REASONS.has(this.words[k] ?? "")) &&
        // ("Baby gear clear out: …": a clear-out said before the colon labels what follows)
        !(object && this.words.slice(object[0] as number, afterColon).some((w, j, all) => w === "clear" && all[j + 1] === "out")) &&
        !(object && family(object));
      if (
        object &&
        named &&
        // ("vends appart meublé ? non juste les meubles : …": a question or a new sentence before the colon)
        !/[.!?]/.test(this.text.slice(this.tokens[object.at(-1) as number]?.end ?? 0, colon)) &&
        // (only articles and the like before it: "je vends pour mon fils : vélo, casque" names the son, not the thing)
        between.every(
          (w, j) =>
            DETERMINERS.has(w) ||
            PARTICLES.has(w) ||
            MODALS.has(w) ||
            DOING.has(w) ||
            w === "away" ||
            // ("I can fix your bike: punctures, brakes", "I fix bikes: …": the member and their verb)
            FIRST_PERSON.has(w) ||
            (j > 0 && (FIRST_PERSON.has(between[j - 1] ?? "") || MODALS.has(between[j - 1] ?? "")) && /^[a-z]{2,}$/.test(w)) ||
            // ("selling a bunch of climbing gear: harness, …", "plein de matériel de ski : …": a vague count of the thing)
            QUANTITY_WORDS.has(w) ||
            (j > 0 && QUANTITY_WORDS.has(between[j - 1] ?? "") && (w === "of" || w === "de" || w === "d")) ||
            aside[from + j] ||
            this.used[from + j],
        ) &&
        first &&
        second &&
        first.length <= 3 &&
        // (a list: a comma after its first part — "escaliers, portes, placards", whatever "portes" reads as)
        /^\s*,\s*$/.test(this.gap(first.at(-1) as number, (first.at(-1) as number) + 1)) &&
        this.words.slice((first.at(-1) as number) + 1, second[0] as number).every((_, j) => aside[(first.at(-1) as number) + 1 + j])
      )
        chosen = object;
    }
    // "je vends ma voiture, une Clio 3 de 2011", "selling my car, a 2015 Honda Civic": a generic
    // word then, in apposition, the thing it is
    if (chosen?.length === 1 && GENERIC_THINGS.has(this.words[chosen[0] as number] ?? "")) {
      const at = chosen[0] as number;
      const next = groups[groups.indexOf(chosen) + 1];
      const start = next?.[0] ?? -1;
      const between = this.words.slice(at + 1, start);
      // ("selling my car in Algiers, renault clio 2015": where it is may come between)
      const comma = this.words.slice(at, start).findIndex((_, j) => /^\s*[,(–-]/.test(this.gap(at + j, at + j + 1)));
      if (
        next &&
        comma >= 0 &&
        between.every(
          (w, j) =>
            DETERMINERS_BEFORE_A_NAME.has(w) || (j < comma && (this.used[at + 1 + j] || this.has(at + 1 + j, ...PLACE_PREPOSITIONS))),
        ) &&
        next.some((k) => /\d/.test(this.words[k] ?? "") || /^\p{Lu}/u.test(this.tokens[k]?.text ?? ""))
      )
        chosen = next;
    }
    // The pronoun's antecedent: the last thing introduced by an article or a possessive before it, whoever's
    // it was ("une friteuse Seb Actifry" of "mon frère m'a offert une friteuse Seb Actifry …, je la vends")
    if (!chosen && verb < 0 && pronounVerb >= 0 && afterColon < 0) {
      // (from its article on: "m'a offert une friteuse" is one phrase, "friteuse" its thing)
      // (not after a preposition: "de mon potager", "in my flat" say where it comes from; nor a rough count,
      // "une trentaine")
      const introducedAt = (k: number) =>
        !APPROXIMATE_COUNTS.has(this.words[k] ?? "") &&
        ((this.has(
          k - 1,
          "un",
          "une",
          "des",
          "mon",
          "ma",
          "mes",
          "son",
          "sa",
          "ses",
          "an",
          "my",
          "his",
          "her",
          "our",
          "notre",
          "nos",
          "leur",
          "their",
          "le",
          "la",
          "l",
          "les",
          "the",
        ) &&
          (!this.has(k - 2, ...PLACE_PREPOSITIONS, "de", "du", "d", "of", "from", "avec", "with", "pour", "for", "chez", "by", "par") ||
            // ("n'a plus besoin de son vélo": what is no longer needed)
            (this.has(k - 2, "de", "d") && this.has(k - 3, "besoin", "servir", "sert")) ||
            // ("ne joue plus avec ses legos", "n'ai plus l'usage de ma machine", "no longer plays with his train set":
            // what is no longer used or played with)
            (this.has(k - 2, "avec", "with", "de", "d", "of") &&
              this.words.slice(Math.max(0, k - 6), k - 2).some((w) => NO_LONGER_USED.has(w))))) ||
          // (an English "a", not the French verb of "on en a déjà une", "il m'a donné")
          (this.has(k - 1, "a") && !this.has(k - 2, "on", "il", "elle", "en", "y", "qui", "ca", "j", "n", "m", "t", "l", "s", "of", "in")));
      // (nor what the thing needs: "the bike needs a wash, selling it")
      const thing = (g: number[]) =>
        !family(g) &&
        !g.every((k) => KIN.has(this.words[k] ?? "") || PEOPLE.has(this.words[k] ?? "")) &&
        // ("on l'a testé tout l'hiver": a time is no thing)
        !g.every(
          (k) => SEASONS.has(this.words[k] ?? "") || KIND_OF_TIME.has(this.words[k] ?? "") || CALENDAR_UNITS.has(this.words[k] ?? ""),
        ) &&
        !this.has((g[0] as number) - 2, "needs", "need", "besoin");
      const at = groups.findLastIndex(
        (g) => (g.at(-1) as number) < pronounVerb && g.some(introducedAt) && thing(g.slice(g.findIndex(introducedAt))),
      );
      const antecedent = groups[at];
      if (antecedent) {
        groups[at] = antecedent.slice(antecedent.findIndex(introducedAt));
        chosen = groups[at];
      }
    }
    if (!chosen) {
      // Else the phrase best introduced as the thing after the colon (or in the whole message):
      // "j'ai une tondeuse" over "je vide mon garage", the first one on a tie.
      // (after a story, the sentence that opens with the thing: see markStorySentences)
      const anchor = Math.max(afterColon >= 0 ? afterColon - 1 : -1, this.postingStart - 1);
      const from =
        this.postingStart > afterColon ? (this.tokens[this.postingStart]?.start ?? 0) : anchor >= 0 ? (this.tokens[anchor]?.end ?? 0) : 0;
      let best = -1;
      for (const g of groups) {
        const start = g[0] as number;
        if (start <= anchor || countOnly(g)) continue;
        const ended = /[.!?]/.test(this.text.slice(from, this.tokens[start]?.start));
        let grammarOnly = true;
        for (let k = anchor + 1; k < start; k++) if (!this.used[k] && !aside[k] && !stop(this.words[k] ?? "")) grammarOnly = false;
        // "moving help available", "vélo à donner": a phrase its offer follows is the thing
        const end = g.at(-1) as number;
        // ("Senior data engineer (Spark, Airflow) available …": what is in brackets says more of the phrase before it)
        let past = end;
        if (/\(/.test(this.gap(end, end + 1)))
          for (let k = end + 1; k < Math.min(this.words.length, end + 12); k++)
            if (/\)/.test(this.gap(k, k + 1))) {
              past = k;
              break;
            }
        const bracketed = /\)/.test(this.gap(end, end + 1));
        const tail = this.words.slice(past + 1, past + 4).join(" ");
        // ("I'm in Berlin Kreuzberg, available evenings": past a comma, available is the member)
        // ("…, references available", "photos sur demande dispo", "more pics available": a detail of the posting, no thing)
        const detail = g.every((k) => DETAILS_OF_A_POSTING.has(this.words[k] ?? ""));
        const offered =
          (!detail &&
            OFFER_TAIL.test(tail) &&
            !bracketed &&
            !(/,/.test(this.gap(past, past + 1)) && /^(?:available|dispo|disponibles?)\b/.test(tail))) ||
          (GOING_TAIL.test(tail) && /^\s+$/.test(this.gap(end, end + 1)));
        // "DJ à Marseille, je loue ma platine …", "I'm a carpenter, I make wooden toys": what the
        // member does something with is the thing, not how they introduce themselves
        // ("I can tutor maths …": past a modal the verb is no aside, and opens the task offered)
        const object = subjectVerbs.some(
          (v) =>
            (v < start || (v === start && g.length > 1)) &&
            v > anchor &&
            // "je loue ma platine", "I make wooden toys", "I fix leaking taps"
            this.words.slice(v + 1, start).every((w) => DETERMINERS.has(w) || w === "de" || w === "d") &&
            // ("firewood from a tree we cut down": a verb's particle is no object)
            !(v + 1 === start && VERB_PARTICLES.has(this.words[start] ?? "")),
        );
        // ("retired teacher here, I can tutor …", "photographe ici, …": who the member is, never the thing)
        // (when the member then says what they do: "UX designer here, available for …" offers the designer)
        const introducing =
          this.has(end + 1, "here", "ici") &&
          (end + 2 >= this.words.length || /[,.;:!?]/.test(this.gap(end + 1, end + 2))) &&
          subjectVerbs.some((v) => v > end + 1);
        // ("I can do dog sitting …, references available", "je peux faire vos photos …, book dispo": what is
        // available after the member's own object is a detail of the service, not the thing)
        // ("I have a van and free weekends, can help with moving", "j'ai une camionnette, je peux aider aux
        // déménagements": the means of a help offered after it is no thing posted)
        const meansOfHelp =
          MEANS_OF_HELP.has(this.words[end] ?? "") &&
          this.words.some((w, k) => (w === "help" || w === "aider" || w === "helping") && !g.includes(k));
        // ("Canon EOS 80D boîtier nu, très bon état, 490 €. Je passe à l'hybride", "Switch OLED – like new\nSelling because I
        // never have time": a headline its price or condition follows is the thing; what the member does after it is not)
        const clauseEnd = (from: number) => {
          let k = from + 1;
          while (k < this.words.length && !/[,;(\n–—]|\s-\s|[.!?]\s/.test(this.gap(k - 1, k))) k++;
          return k;
        };
        let sentenceEnd = end + 1;
        while (sentenceEnd < this.words.length && !/[.!?\n]/.test(this.gap(sentenceEnd - 1, sentenceEnd))) sentenceEnd++;
        // (up to its first detail, no one doing or having anything — "Mécanicien, je fais vidanges, 30 balles", "My mum has
        // an old Singer in fair condition" — and no colon opening the thing after it)
        const firstDetail = this.words.slice(end + 1, sentenceEnd).findIndex((_, j) => this.detailsAt.has(end + 1 + j));
        const headline =
          grammarOnly &&
          !ended &&
          best < 0 &&
          firstDetail >= 0 &&
          !g.every((k) => KIN.has(this.words[k] ?? "") || PEOPLE.has(this.words[k] ?? "") || GREETINGS.has(this.words[k] ?? "")) &&
          !this.words
            .slice(end + 1, end + 1 + firstDetail)
            .some(
              (w) => SUBJECTS.has(w) || ["my", "our", "mon", "ma", "mes", "notre", "nos", "has", "have", "got", "ai", "avons"].includes(w),
            ) &&
          !/:/.test(this.text.slice(this.tokens[end]?.end, this.tokens[end + 1 + firstDetail]?.start)) &&
          // (and it ends its clause: "my cat had kittens, free", "In the shed there's a Honda mower that works, free" go on)
          !groups.some((other) => (other[0] as number) > end && (other[0] as number) < Math.min(clauseEnd(end), end + 1 + firstDetail));
        const score =
          introducing || meansOfHelp
            ? 0.5
            : offered || headline
              ? best >= 2.5 && !object
                ? 2.5
                : 3
              : Math.max(object ? 2.5 : 0, introduction(this.words, start, anchor, grammarOnly && !ended));
        if (score > best) {
          best = score;
          chosen = g;
        }
      }
    }
    // ("Graphiste freelance (…), dispo pour nouveaux projets", "backend dev, je cherche des missions courtes": the work a
    // freelancer seeks is not what they offer; the role that opens the posting is)
    const opening = groups[0];
    if (
      chosen &&
      opening &&
      chosen !== opening &&
      this.intent === "create_listing" &&
      ((chosen.some((k) => WORK_SOUGHT.has(this.words[k] ?? "")) &&
        chosen.every((k) => WORK_SOUGHT.has(this.words[k] ?? "") || WORK_QUALIFIERS.has(this.words[k] ?? ""))) ||
        (chosen.every((k) => OCCASIONS.has(this.words[k] ?? "") || ["and", "et", "&"].includes(this.words[k] ?? "")) &&
          /^(?:available|dispo|disponible)$/.test(this.words[(chosen[0] as number) - 2] ?? ""))) &&
      (opening[0] as number) <= 4 &&
      !opening.some((k) => WORK_SOUGHT.has(this.words[k] ?? "") || POSTING_LABELS.has(this.words[k] ?? ""))
    )
      chosen = opening;
    chosen = this.measuredThingBefore(groups, chosen) ?? chosen;
    chosen = this.oneNamedAmongMany(groups, chosen) ?? chosen;
    chosen ??= groups[0] as number[];
    return { aside, content, groups, chosen, verb, afterColon };
  }

  /**
   * "there's a lot of kit that needs a new home. The main thing is a La Marzocco …", "plein de vaisselle ancienne, dont un
   * service en porcelaine …", "plein de trucs des enfants, entre autres un lit parapluie …": many things said, then the one
   * the posting is about.
   */
  private oneNamedAmongMany(groups: number[][], chosen: number[] | undefined): number[] | undefined {
    if (!chosen || this.intent !== "create_listing") return undefined;
    const said = this.words.join(" ");
    const marker =
      /\b(?:the main (?:thing|item|piece|one) (?:is|being)|main thing is|(?:dont|notamment|entre autres) (?=(?:un|une|des) )|including (?=(?:an?|some|two|three|\d+) ))/.exec(
        said,
      );
    if (!marker) return undefined;
    const at = said
      .slice(0, marker.index + marker[0].length)
      .trim()
      .split(" ").length;
    // (the words of the marker may have joined the phrase: "entre autres un lit parapluie")
    const named = groups.find((g) => g.some((k) => k >= at && k <= at + 2))?.filter((k) => k >= at);
    const start = chosen[0] as number;
    if (!named?.length || start >= at) return undefined;
    // (the many said by a word of quantity before them, and vague — "plein de trucs", "loads of baby stuff", "plein de
    // vaisselle", not "plein de livres dont un dictionnaire", which are the books —, unless the main thing is said as such)
    const many =
      this.words.slice(Math.max(0, start - 4), start).some((w) => QUANTITY_WORDS.has(w)) &&
      this.words.slice(Math.max(0, start - 3), (chosen.at(-1) as number) + 2).some((w) => VAGUE_MANY.has(w));
    return marker[0].startsWith("the main") || marker[0].startsWith("main") || many ? named : undefined;
  }

  /**
   * "qui veut des pommes ? j'en ai 3 cageots", "des courgettes, j'en ai plein", "anyone want apples? I have 3 crates":
   * a phrase that only measures ("3 cageots", "plein") stands for the thing named before it — through "en", or
   * after the question that named it.
   */
  private measuredThingBefore(groups: number[][], chosen: number[] | undefined): number[] | undefined {
    if (!chosen || this.intent !== "create_listing") return undefined;
    const measures = (k: number) => {
      const w = this.words[k] ?? "";
      return (
        /^\d+$/.test(w) ||
        NUMBER_WORDS[w] !== undefined ||
        CONTAINERS.has(w) ||
        QUANTITY_WORDS.has(w) ||
        APPROXIMATE_COUNTS.has(w) ||
        MEASURES.has(w)
      );
    };
    if (!chosen.every(measures)) return undefined;
    const start = chosen[0] as number;
    const before = groups.filter((g) => (g.at(-1) as number) < start);
    const named = before.at(-1);
    if (!named || named.every(measures)) return undefined;
    const between = this.text.slice(this.tokens[named.at(-1) as number]?.end ?? 0, this.tokens[start]?.start ?? 0);
    const clause = this.words.slice(named.at(-1) as number, start);
    const throughEn = this.locale === "fr" && clause.includes("en") && /[,;.!?]/.test(between);
    return throughEn || /\?/.test(between) ? named : undefined;
  }

  // ------------------------------------------------------------------ profile, preferences, account
  profileFields() {
    const lower = this.text;
    // "mon titre en …", "change le titre de mon profil en …", "set the title on my profile to …"
    // ("mets 'Traductrice FR/EN/DE' comme accroche", "use "Data nerd" as my headline": the value quoted first)
    const quotedFirst =
      /['"«“‘]([^'"»”’]{3,})['"»”’]\s+(?:comme|as|en)\s+(?:mon\s+|ma\s+|my\s+)?(?:nouvelle?\s+|new\s+)?(?:accroche|headline|tagline|titre|title)\b/i.exec(
        lower,
      ) ??
      /^\s*(?:mets|met|mettez|use|set|put|prends)\s+(?!(?:mon|ma|my|le|la|the|en|comme|as)\b)(.{3,}?)\s+(?:comme|as)\s+(?:mon\s+|ma\s+|my\s+)?(?:nouvelle?\s+|new\s+)?(?:accroche|headline|tagline)\s*[.!]*$/i.exec(
        lower,
      );
    // ("mets comme titre de profil « Traductrice assermentée DE/FR – Genève »": the value quoted after the field)
    const quotedAfter = /(?:titre (?:de|du) profil|headline|accroche|tagline)\s*:?\s*[«"“]\s*([^»"”]{3,}?)\s*[»"”]\s*[.!]*\s*$/i.exec(
      lower,
    );
    const headline =
      quotedFirst ??
      quotedAfter ??
      /(?:titre|headline|title|accroche|tagline)(?:\s+(?:de|du|of|on|in|sur)\s+(?:(?:mon|ma|my|le|the)\s+)?(?:profil|profile))?(?:\s*[:=]\s*|\s+(?:en|to|à|a|par|as|avec)(?:\s*[:=])?\s+)(.+)$/i.exec(
        lower,
      );
    if (headline?.[1]) {
      // ("change my headline to 'Senior designer, fintech' and add that I speak German": a quoted value ends at its
      // quote, and what follows may change other fields)
      const quoted = /^\s*(['"«“‘])(.{3,}?)(['"»”’])(?=\s|[.,;!]|$)(.*)$/su.exec(headline[1]);
      if (quoted?.[2] && quoted[4] !== undefined && /\S/.test(quoted[4])) {
        this.slots.headline = quoted[2].trim();
        const rest = quoted[4];
        const languages = foldText(rest)
          .split(/[^a-z]+/)
          .flatMap((w) => (LANGUAGES[w] ? [LANGUAGES[w] as string] : []));
        if (languages.length > 0 && /\b(?:speak|parle|languages?|langues?)\b/i.test(rest)) this.slots.languages = [...new Set(languages)];
        this.used.fill(true);
        return;
      }
      // (a value wrapped whole in quotes is stored without them)
      this.slots.headline = headline[1]
        .trim()
        .replace(/[.!]+$/, "")
        .replace(/^(['"«“‘])\s*(.+?)\s*(['"»”’])$/su, "$2");
      this.used.fill(true);
      return;
    }
    // ("Mettez dans ma présentation : …", "about me: …": the profile's text, as given)
    const bio = /(?:\bbio|\bpr[ée]sentation|\babout me)\s*(?::|=|en|to)\s*(.+)$/is.exec(lower);
    if (bio?.[1]) {
      this.slots.bio = bio[1].trim();
      this.used.fill(true);
      return;
    }
    const languages = this.words.flatMap((w) => (LANGUAGES[w] ? [LANGUAGES[w] as string] : []));
    if (
      languages.length > 0 &&
      this.words.some((w) => ["parle", "speak", "langues", "languages", "bilingue", "bilingual", "parlees"].includes(w))
    )
      this.slots.languages = [...new Set(languages)];
  }

  preferences() {
    // ("switch to french please, my english is not so good": the language switched to, not the one named after)
    let chosen = false;
    for (let i = 0; i < this.words.length; i++) {
      // ("set langue to fr", "language: en": a code said after the word of language)
      const code =
        this.has(i, "fr", "en") && this.words.slice(Math.max(0, i - 3), i).some((w) => ["langue", "language", "lang"].includes(w))
          ? this.words[i]
          : undefined;
      const language = code ?? LANGUAGES[this.words[i] ?? ""];
      if (language !== "fr" && language !== "en") continue;
      // ("change la langue en anglais, … il comprend rien au français": the one switched to, not the one not understood)
      const switchedTo = this.has(i - 1, "to", "en", "in", "into", "vers");
      if (chosen && !switchedTo) continue;
      this.slots.language = language;
      if (switchedTo) chosen = true;
    }
    const text = this.words.join(" ");
    const quiet =
      /\b(la nuit|le soir|at night|the night|overnight|after \d+ ?(pm|h)|apres \d+ ?h|apres \d+|after hours|do not disturb|dnd|ne pas deranger|nighttime|la nuit|le week ?end|in the evening|en soiree|quiet hours|heures calmes)\b/.test(
        text,
      );
    if (quiet) this.slots.quietHours = true;
    // "stop the daily recap emails", "plus de résumé hebdo": turning a digest off names its rhythm too
    // "no more daily emails, weekly digest is enough": the rhythm kept
    // ("only" right after its rhythm, "weekly only"; never "stop the daily digest and only notify me on discord")
    const enough =
      /\b(is enough|suffit|suffira|instead|plutot|is fine|ca ira|c est assez|will do|(?<=(?:daily|weekly|hebdo\w*|quotidien\w*|semaine|week|jour|day)(?: (?:digests?|recaps?|resumes?|summar\w*|e ?mails?))? )(?:only|seulement))\b/.exec(
        text,
      );
    // ("plus le récap tous les jours, une fois par semaine ça suffit": a rhythm said in words, the last one before "suffit")
    const kept = enough
      ? [
          ...text
            .slice(0, enough.index)
            .matchAll(
              /\b(weekly|hebdo\w*|daily|quotidien\w*|(?:une fois |once )?(?:par|a|per) (?:semaine|week)|chaque semaine|every week)\b/g,
            ),
        ].at(-1)?.[1]
      : undefined;
    if (kept) this.slots.digest = /weekly|hebdo|semaine|week/.test(kept) ? "weekly" : "daily";
    else if (
      /\b(stop|stoppe|stoppez|arrete|arretez|arreter|plus de|no more|desactive|desactivez|turn off|disable|cancel|coupe|coupez|supprime|supprimez|enleve|enlevez|unsubscribe|veux plus|voulons plus|ne veux plus|don t want|dont want)\b(?: \w+){0,3} (resumes?|recaps?|digests?|summar\w*|recapitulatifs?)\b/.test(
        text,
      )
    )
      this.slots.digest = "none";
    else if (/\b(chaque semaine|hebdo|hebdomadaire|weekly|every week|par semaine|once a week|une fois par semaine)\b/.test(text))
      this.slots.digest = "weekly";
    else if (
      /\b(plus de (resume|recap|digest)|stop (sending|the)? ?(me )?(digests?|summaries|recaps?)|no (more )?(digests?|summaries|recaps?)|pas de (resume|recap|digest)|j en veux pas|arrete les (resumes|recaps))/.test(
        text,
      )
    )
      this.slots.digest = "none";
    else if (/\b(chaque jour|quotidien|quotidienne|daily|every day|par jour|tous les jours|once a day)\b/.test(text))
      this.slots.digest = "daily";
    else if (!quiet && /\b(pas de notif|plus de notif|aucune notif|no notif|no more notif|stop notif|sans notif|desactive)/.test(text))
      this.slots.digest = "none";
    const channels = [
      ["email", /\b(e ?mail|mail|courriel|emails)\b/],
      ["slack", /\bslack\b/],
      ["discord", /\bdiscord\b/],
      ["teams", /\bteams\b/],
      ["widget", /\b(widget|site|website)\b/],
    ] as const;
    // ("only slack for notifs, no email", "I don't use that Discord thing": a channel said with its "no" is left out)
    const refused = (channel: string) =>
      new RegExp(
        `\\b(?:no|not|pas de|pas par|pas sur|sans|without|jamais par|never by|instead of|rather than|au lieu de|au lieu du|au lieu des|plutot que|(?:don t|do not|never) (?:use|have|check|read)|(?:n )?utilise (?:pas|jamais)|(?:n )?ai pas|(?:ne )?lis (?:pas|jamais)) (?:the |that |this |par |by |le |les |des |ce |cet |cette |ton |votre |your )?(?:${channel === "email" ? "e ?mails?|mail|courriel" : channel})\\b`,
      ).test(text);
    // ("stop the digest emails", "plus de mails de récap": the digest's emails are the digest, no channel)
    // (said together, with no comma between: "weekly digest, email only" names the channel)
    const digestMails =
      /\b(?:digests?|recaps?|summary|summaries|résumés?|resumes?|récaps?|newsletters?)\s+e-?mails?\b|\be-?mails?\s+(?:du |de |des )?(?:résumés?|resumes?|récaps?|recaps?|digests?)\b/i.test(
        this.text,
      );
    const channelText = digestMails
      ? text.replace(
          /\b(?:digests?|recaps?|summary|summaries|resumes?|newsletters?) e ?mails?\b|\be ?mails? (?:du |de |des )?(?:resumes?|recaps?|digests?)\b/g,
          " ",
        )
      : text;
    const named = channels.filter(([channel, pattern]) => pattern.test(channelText) && !refused(channel)).map(([channel]) => channel);
    if (
      named.length > 0 &&
      /\b(par|by|via|sur|on|only|seulement|uniquement|notif\w*|notify|ping|envoie|send|contact|previens|prevenir)\b/.test(text)
    )
      this.slots.notificationChannels = named;
    // Times, zones and kinds turned off or on (notification-slots.ts); they are not the digest.
    const notifications = readNotificationSlots(this.text);
    if (notifications.quietStart || notifications.quietHoursOff || notifications.mute || notifications.unmute) {
      if (this.slots.digest === "none") delete this.slots.digest;
      if (notifications.quietHoursOff) delete this.slots.quietHours;
    }
    Object.assign(this.slots, notifications);
    // ("coupe les notifs entre 22h et 7h": quiet hours over the night are quiet hours, with their times)
    const [startHour, endHour] = [notifications.quietStart, notifications.quietEnd].map((t) =>
      typeof t === "string" ? Number(t.slice(0, 2)) : undefined,
    );
    if (startHour !== undefined && endHour !== undefined && startHour >= 19 && endHour <= 10) this.slots.quietHours = true;
  }

  /**
   * The member's new town in a profile change: set ("change my city to Berlin", "ma ville : Annecy") or
   * said as where the member now is ("I moved to Carouge", "je suis à Casablanca maintenant", "uniquement
   * sur Angers"). The town set wins over the one left ("Moving from Warsaw to Berlin … my city to Berlin").
   */
  profileTown(): boolean {
    const townAt = (k: number) => {
      for (const n of [3, 2, 1]) {
        if (k + n > this.words.length || this.used.slice(k, k + n).some(Boolean)) continue;
        if (n > 1 && /[,;:.!?]/.test(this.gap(k, k + n - 1))) continue;
        const said = this.original(k, k + n);
        // ("Le Mans", "La Rochelle": an article opens a name of two words or more)
        if (!/^\p{L}/u.test(said) || (FUNCTION_WORDS.has(this.words[k] ?? "") && !(n > 1 && ARTICLES.has(this.words[k] ?? "")))) continue;
        // ("au Havre", "au Mans": the article the preposition swallowed)
        const swallowed = this.has(k - 1, "au") ? resolvePlace(`Le ${said}`) : undefined;
        const place = swallowed ?? resolvePlace(said);
        if (place && place.population >= (/^\p{Lu}/u.test(said) ? 1_000 : 5_000)) return { n, name: place.name };
      }
      return undefined;
    };
    const found = (cue: (k: number) => number) => {
      for (let k = 0; k < this.words.length; k++) {
        const at = cue(k);
        const town = at > 0 ? townAt(at) : undefined;
        if (!town) continue;
        this.slots.place = town.name;
        this.mark(k, at + town.n);
        return true;
      }
      return false;
    };
    // "my city to Berlin", "ma ville pour Mulhouse", "ville : Annecy", "set my town to Reims"
    const set = (k: number) => {
      if (!PROFILE_TOWN_WORDS.has(this.words[k] ?? "")) return 0;
      if (/^\s*[:=→>-]+\s*$/.test(this.gap(k, k + 1))) return k + 1;
      return this.has(k + 1, "to", "pour", "par", "en", "a", "sur", "as") ? k + 2 : 0;
    };
    // "I moved to Carouge", "I'm in Montreal now", "je suis à Casablanca", "uniquement sur Angers", "back in Reims"
    const now = (k: number) =>
      (this.has(k, ...PRESENT_TOWN_CUES) || (this.has(k, "m") && this.has(k - 1, "i"))) &&
      this.has(k + 1, "to", "in", "a", "sur", "au", "at") &&
      !this.has(k - 1, "from", "de")
        ? k + 2
        : 0;
    return found(set) || found(now);
  }

  github() {
    const url = /github\.com\/([A-Za-z0-9-]{1,39})/i.exec(this.text);
    if (url?.[1]) {
      this.slots.githubUsername = url[1];
      return;
    }
    const named =
      /\b(?:github|gh)\s*(?:user(?:name)?|:|est|is|c'est|c’est|=|account|compte)?\s*(?:est|is|c'est|:)?\s*@?([A-Za-z0-9][A-Za-z0-9_-]{0,38})\b/i.exec(
        this.text,
      );
    // ("mon pseudo c'est nantes_coder", "user = gwen-designs": the word after what introduces it)
    const stated =
      /\b(?:username|user name|pseudo|handle|login|identifiant|user\s*(?=[:=])|user(?=\s+(?:is|est)\s))\s*(?:is|est|:|=|c['’]est)?\s*@?([A-Za-z0-9][A-Za-z0-9_-]{0,38})(?![\w'’-])/i.exec(
        this.text,
      ) ?? /\bgithub\b.*?[,?.!]\s*c['’]est\s+@?([A-Za-z0-9][A-Za-z0-9_-]{0,38})(?![\w'’-])/i.exec(this.text);
    // ("make my profile from my github, it's lucasdev42", "…, I'm jlaurent-dev", "import my github (tomasz-k)"), when
    // nothing follows "github" itself
    const introduced =
      /\bgithub\s*(?:[,?.!]\s*(?:it['’]?s|its|it is|i['’]?m|im|i am|je suis|moi c['’]est|c['’]est)|\()\s*(?!(?:pseudo|username|user|login|handle|identifiant|compte|account)\b)@?([A-Za-z0-9][A-Za-z0-9_-]{0,38})(?![\w'’-])/i.exec(
        this.text,
      );
    // ("… write a profile from a GitHub page. His is liam-oconnor94": whose account, then its name)
    const whose =
      /\bgithub\b.{0,80}?\b(?:his|hers|mine|theirs|le sien|la sienne|le mien|la mienne)\s+(?:is|est|c['’]est)\s+@?([A-Za-z0-9][A-Za-z0-9_-]{0,38})(?![\w'’-])/i.exec(
        this.text,
      );
    if (introduced?.[1] || whose?.[1]) {
      this.slots.githubUsername = (introduced?.[1] ?? whose?.[1]) as string;
      return;
    }
    // "@mkl_dev" anywhere: a handle as people write it
    const handle = /(?:^|\s)@([A-Za-z0-9][A-Za-z0-9_-]{0,38})\b/.exec(this.text);
    if (handle?.[1]) {
      this.slots.githubUsername = handle[1];
      return;
    }
    if (stated?.[1] && !["is", "est", "my", "mon", "not", "the", "a"].includes(stated[1].toLowerCase())) {
      this.slots.githubUsername = stated[1];
      return;
    }
    const candidate = named?.[1];
    if (
      candidate &&
      ![
        "user",
        "est",
        "is",
        "account",
        "compte",
        "de",
        "profile",
        "profil",
        "c",
        "please",
        "pls",
        "plz",
        "stp",
        "svp",
        "merci",
        "thanks",
        "not",
        "the",
      ].includes(candidate.toLowerCase())
    )
      this.slots.githubUsername = candidate;
  }

  code() {
    // A code of another length is still what the member typed: the account service answers that
    // it is not a valid code, rather than the assistant pretending there was none.
    // Codes of another shape ("123 456", "RLX-4821", "K7P2QX"): digits in groups are one number,
    // letters and digits are kept as typed.
    // ("le code 5571 pour relier mon compte": digits end a code of digits, the words after are the sentence's)
    // ("le code reçu par mail 0472", "code recu sur slack 305718": words after "code" say how it came, the digits follow)
    const cued = CODE_AFTER_CUE.exec(this.text)?.[1]
      ?.trim()
      .replace(/^(\d[\d .-]*?)\s+\p{L}.*$/u, "$1")
      .replace(/^\p{Ll}+\s.*$/u, "");
    const mixed = /(?<![\p{L}\d])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})*(?![\p{L}\d])/u.exec(this.text)?.[0];
    const code =
      linkCodeIn(this.text) ??
      (cued && /\d/.test(cued) ? (/^[\d\s.-]+$/.test(cued) ? cued.replace(/\D/g, "") : cued) : undefined) ??
      /(?<![\d.,])\d{4,12}(?![\d.,]?\d)/.exec(this.text)?.[0] ??
      // ("I got a code by email: 903-114": digits in groups after the word "code")
      (/\bcode\b/i.test(this.text)
        ? /(?<![\d.,])\d{2,6}(?:[ .-]\d{2,6}){1,3}(?![\d.,]?\d)/.exec(this.text)?.[0].replace(/\D/g, "")
        : undefined) ??
      (mixed && mixed.length >= 5 ? mixed : undefined);
    if (code) this.slots.code = code;
  }

  /** "5 étoiles", "4 stars", "5/5", "★★★★", "cinq étoiles": a rating from 1 to 5 (and what follows a colon, its comment). */
  rating() {
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i] ?? "";
      const value = /^[1-5]$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? EXTRA_COUNTS[w]);
      const next = this.words[i + 1] ?? "";
      const outOfFive = next === "5" && this.gap(i, i + 1).includes("/");
      if (value !== undefined && value >= 1 && value <= 5 && (/^(etoiles?|stars?)$/.test(next) || outOfFive)) {
        this.slots.rating = value;
        this.mark(i, i + 2);
        break;
      }
    }
    const stars = /★{1,5}/.exec(this.text)?.[0];
    if (this.slots.rating === undefined && stars) this.slots.rating = stars.length;
    const comment = /:\s*(\S.*)$/s.exec(this.text)?.[1];
    if (comment && this.slots.rating !== undefined) this.slots.comment = comment.trim();
  }

  reason() {
    const text = this.words.join(" ");
    const reason = REASONS.find(([, pattern]) => pattern.test(text));
    if (reason) this.slots.reason = reason[0];
  }

  /**
   * "ajoute plomberie à mes compétences", "add plumbing and tiling to my skills", "retire \"permis poids lourd\" de mes
   * compétences": what the member lists in the frame of their skills is theirs, trade or tool, in the taxonomy or not
   * (each item its taxonomy's name when it has one).
   */
  skillsListed() {
    const text = this.text.trim();
    // ("je ne fais plus de wordpress", "I don't do PHP anymore": a skill given up, never one added)
    const givenUp = SKILLS_GIVEN_UP.exec(text)?.[1];
    if (givenUp) {
      const dropped = findSkills(givenUp);
      if (dropped.length > 0) {
        this.slots.removeSkills = dropped;
        if (Array.isArray(this.slots.skills)) {
          const kept = (this.slots.skills as string[]).filter((skill) => !dropped.includes(skill));
          if (kept.length > 0) this.slots.skills = kept;
          else delete this.slots.skills;
        }
      }
    }
    // ("skills: +react +node -php": each skill signed, added or taken out)
    const signed = /\b(?:skills|comp[ée]tences)\s*:?\s*((?:[+-][\p{L}\d.#]+(?:\+\+)?(?:[\s,]+|$)){1,12})$/iu.exec(text)?.[1];
    if (signed) {
      const items = [...signed.matchAll(/([+-])([\p{L}\d.#]+(?:\+\+)?)/gu)];
      const named = (sign: string) =>
        items.filter((item) => item[1] === sign).map((item) => canonicalSkill(item[2] ?? "") ?? (item[2] ?? "").toLowerCase());
      if (named("+").length > 0) this.slots.skills = named("+");
      if (named("-").length > 0) this.slots.removeSkills = named("-");
      return;
    }
    for (const [frame, slot] of [
      [SKILLS_ADDED, "skills"],
      [SKILLS_ADDED_THAT, "skills"],
      [SKILLS_REMOVED, "removeSkills"],
      [SKILL_REMOVED_AFTER, "removeSkills"],
    ] as const) {
      const listed = frame.exec(text)?.[1] ?? (frame === SKILLS_ADDED ? skillsAddedInAClause(text) : undefined);
      if (!listed) continue;
      const items = listed
        .split(/\s*,\s*|\s+(?:et|and|&)\s+/i)
        .map((item) =>
          item
            .replace(/^["'«“\s]+|["'»”\s]+$/g, "")
            .replace(/^(?:de la|de l'|du|des|la|le|les|l')\s*/i, "")
            .trim(),
        )
        // ("I speak french, add that to my profile": a pronoun takes back what was said, no skill)
        .filter(
          (item) =>
            item &&
            item.split(/\s+/).length <= 4 &&
            !/\d{2}/.test(item) &&
            !/^(?:that|this|it|them|ça|ca|cela|ceci)$/i.test(item) &&
            // ("add docker and my cat to my skills": what is the member's own is no skill)
            !/^(?:my|mon|ma|mes|your|ton|ta|tes)\s/i.test(item),
        );
      if (items.length === 0) continue;
      const named = items.map((item) => canonicalSkill(item) ?? item.toLowerCase());
      const known = Array.isArray(this.slots[slot]) ? (this.slots[slot] as string[]) : [];
      // (with what the taxonomy read: "add Docker and Kubernetes" is already read, "spark" as its family; "planting design
      // and sketchup" keeps the skill the taxonomy does not know)
      this.slots[slot] = [...new Set([...known, ...named])];
    }
    // ("take out angularjs and jquery from my skills, add svelte": what is taken out is no skill added)
    const removed = Array.isArray(this.slots.removeSkills) ? (this.slots.removeSkills as string[]) : [];
    if (removed.length > 0 && Array.isArray(this.slots.skills)) {
      const added = (this.slots.skills as string[]).filter((skill) => !removed.includes(skill));
      if (added.length > 0) this.slots.skills = added;
      else delete this.slots.skills;
    }
  }

  listingStatus() {
    const text = this.words.join(" ");
    // "remets l'annonce en ligne", "put the macbook back up", "relist it": back on, even after "pas vendu"
    if (
      /\b((?:remets?|remettre|remettez)\b.*\b(?:en ligne|online)|put\b.*\bback (up|online|on)|relist|repost|de nouveau en ligne|back online|back up)\b/.test(
        text,
      ) &&
      // ("bump the price back up to 200": a price raised, not a listing put back)
      !/\bback up (?:to|a) \d/.test(text)
    )
      this.slots.status = "active";
    else if (
      /\b(pause|suspend|suspends|suspendre|hide|cache|deactivate|desactive|desactiver|masque|on hold|en attente|en veille|reserve|reservee|reserved)\b/.test(
        text,
      )
    )
      this.slots.status = "paused";
    else if (/\b(turn\w*|switch\w*)\b.*\bback on\b|\bback on\b/.test(text)) this.slots.status = "active";
    else if (/\b(reactive|reactiver|reactivate|republie|relance|unpause|resume)\b/.test(text)) this.slots.status = "active";
    // "mark my tent listing as active again", "remets-la en ligne", "make it visible again", "remets l'annonce 3 active"
    else if (
      /\b(as active|active again|back to active|to active|actif de nouveau|visible again|de nouveau visible|en ligne de nouveau|en actif|repasse en ligne)\b|\b(?:remets?|remettre|remettez|repasse)\b.{0,30}\b(?:active|actif)\b/.test(
        text,
      )
    )
      this.slots.status = "active";
    // (not from the words of a new title: "renomme en : table de ferme")
    // (nor from a new description: "modifie la description : nacelle vendue séparément")
    else if (
      /\b(vendu|vendue|sold|donne|given|closed|ferme|termine)\b/.test(text) &&
      !RENAMING.test(text) &&
      !/\bdescription\b/.test(text) &&
      // ("mets le matelas à 0, je le donne": given from now on, at no price, still listed)
      !(/\b(?:je le donne|je la donne|je les donne|i ll give it away|giving it away)\b/.test(text) && /\b(?:a|to) 0\b/.test(text))
    )
      this.slots.status = "closed";
    // "change le titre de la 2 en Vélo de ville", "rename it to City bike", "titre : …", "Rename my last listing: …"
    const renamed = RENAME_AFTER_COLON.exec(this.text) ?? RENAME.exec(this.text) ?? CALLED.exec(this.text);
    if (renamed?.[1]) {
      const title = newTitleOf(renamed[1]);
      if (title) this.slots.title = title;
    }
    // "mets iPhone 11 64Go noir comme titre", "put 'Oak desk' as the title": the words before "comme titre"
    // (bounded: a line of thousands of spaces must not make the pattern backtrack for seconds)
    const asTitle = /(?:^|[,:;]\s?|\s)(?:mets|mettez|met|put|use) ([^\s].{0,80}?) (?:comme|en|as(?: the)?) (?:titre|title)\b/i.exec(
      this.text.slice(0, 300).replace(/\s+/g, " "),
    );
    if (asTitle?.[1]) this.slots.title = newTitleOf(asTitle[1]);
    // "new title 'Trek Marlin 7'", "le titre should be 'AirPods Max argent'", "j'ai écrit 'armiore' au lieu de 'armoire'"
    // (between double quotes or guillemets, an apostrophe is the title's own: "canapé d'angle convertible gris")
    const quoted = [
      ...this.text.matchAll(
        /(?:^|\s)["«“]\s*([^"»”]{2,80}?)\s*["»”](?=\s|$|[,.!?;:])|(?:^|\s)['‘]\s*([^'"»”’]{2,80}?)\s*['’](?=\s|$|[,.!?;:])/g,
      ),
    ].map((m) => (m[1] ?? m[2]) as string);
    // ("change it to "Bugaboo Fox stroller" and 380 euros": words in quotes that the change is to are its new title)
    const changedTo = /\b(?:change|changer|modifie|modifier|make|passe)\b[^"«“]{0,20}\b(?:to|en)\s*["«“]/i.test(this.text);
    if (quoted.length > 0 && (changedTo || /\b(titre|title|renomme|rename|ecrit|wrote|typed|typo|appelle|call|nomme|name)\b/.test(text))) {
      const typo = quoted.length >= 2 && /\b(ecrit|wrote|typed|tape|typo)\b/.test(text);
      // "c'est « commode » et pas « comode »", "it's 'X', not 'Y'": the first is the right one
      const corrected =
        quoted.length >= 2 &&
        /\b(?:et pas|pas|not|and not|au lieu de|instead of)\b/i.test(this.text.slice(this.text.indexOf(quoted[0] as string)));
      this.slots.title = (typo ? quoted[1] : corrected ? quoted[0] : quoted.at(-1)) as string;
    }
    // The new title's words are not a price: "… en 'Lot de 40 livres' et le prix à 35 €"
    const title = this.slots.title;
    if (typeof title === "string") {
      const at = this.text.lastIndexOf(title);
      if (at >= 0) for (const [i, t] of this.tokens.entries()) if (t.start >= at && t.end <= at + title.length) this.mark(i, i + 1);
    }
  }
}

const RENAME_WORDS = String.raw`(?:\btitre|\btitle|\bretitle|\brenomme[rz]?|\brebaptise[rz]?|\brename[sd]?|\bintitul\S*|\bnom(?=\s+de\s+(?:mon|ma|l['’]|la|cette)\s*annonce)|\bname(?=\s+of\s+(?:my|the|this)\b))\b`;
/** "Rename my last listing: …", "corrige le titre de l'annonce 3 : …" */
const RENAME_AFTER_COLON = new RegExp(`${RENAME_WORDS}[^:]{0,60}:\\s*(.+)$`, "i");
/** "je veux que ma 3e annonce s'appelle …": the name a listing is to have. */
const CALLED =
  /\b(?:je veux|je voudrais|j['’]aimerais)\s+que\s+(?:ma|mon|l['’]|la)\s*[^.!?]{0,20}?annonce[^.!?]{0,10}?\s+s['’]appelle\s+(.+)$/i;
/** "change le titre de la 2 en …", "rename it to …", "retitle the first one as …" */
const RENAME = new RegExp(
  `${RENAME_WORDS}(?:.*?\\s)??(?:en|to|par|as|->|→|=>|should (?:be|read|say)|devrait (?:être|etre|dire)|doit (?:être|etre)|(?:mets\\s+)?plut[oô]t|[^,]*,\\s*mets(?!\\s+(?:le|la)\\s+(?:prix|description)))\\s+(.+)$`,
  "i",
);

/**
 * A new title as said after "rename … to": without what the sentence goes on to ask ("… and set
 * the price to 650", "… et passe le prix à 30"), nor the correction's frame ("c'est une Clio 5,
 * pas une Clio 4", "it's X, not Y", "X instead of Y").
 */
function newTitleOf(said: string): string {
  return (
    said
      .trim()
      .replace(/^:\s*/, "")
      // ("titre : mets plutôt X", "title: make it X": the instruction before the new title)
      .replace(/^(?:mets|mettez|met|[ée]cris|[ée]crivez|put|write|make it)\s+(?:plut[oô]t\s+|instead\s+)?(?=\S)/i, "")
      .replace(/\s+(?:au lieu de|instead of|plut[oô]t que|rather than)\s.*$/i, "")
      // ("… Canon EOS 250D + 18-55 lens, not just camera": what it is not, after a comma)
      .replace(/,\s+(?:not|pas|and not|et pas|rather than)\s.*$/i, "")
      // ("… s'appelle X et qu'elle soit à 20€": what else the sentence asks)
      .replace(/\s+et\s+qu['’](?:elle|il)\s.*$/i, "")
      .replace(/,?\s+(?:and|et)\s+(?:set|change|put|make|lower|drop|raise|reduce|mets?|passe|change|baisse|monte|descends?)\b.*$/i, "")
      .replace(/^(?:c['’]est|c est|it['’]s|it is)\s+(?:(?:une?|an?|the|le|la)\s+|l['’]\s*)?(.+?)(?:,?\s+(?:pas|not)\s+.*)?$/i, "$1")
      .replace(/^['"«“‘]\s*(.+?)\s*['"»”’]$/, "$1")
      // ("Titre : Cours de soutien maths. modifie l'annonce des cours avec ça": the title ends with its sentence)
      .replace(/\.\s+(?:modifie|change|mets|update|edit|pour|for|sur|on)\b.*$/i, "")
      .trim()
  );
}

const SKILL_INTENTS = new Set<Intent>(["search_missions", "update_profile"]);

export type SlotOptions = {
  /** The tokens' words after typo repair (same length as the tokens). */
  words?: string[];
  /** Words the assistant knows (a word outside it may be a person's name). */
  vocabulary?: Set<string>;
  /** The message's language: in English, an unaccented "a" is the article ("a Brompton"), never "à". */
  locale?: "fr" | "en";
};

/** A model said by its number after a possessive, with its year: "ma 206 de 2008", "my 911 from 1989". */
const MODEL_BY_NUMBER =
  /\b(?:ma|mon|sa|son|notre|my|our)\s+(\d{3,4}(?:\s+(?:diesel|essence|hdi|tdi|gti|turbo|cabriolet|break|sw))?(?:\s+(?:de|from|of)\s+(?:19|20)\d{2})?)(?=\s*[,;.!]|\s*$|\s+(?:en tr[eè]s|[àa] vendre|for sale|pour pi[eè]ces|for parts|\d))/i;
/** A want that opens by looking for something, as its words read ("looking for a", "je cherche une"). */
const LOOKING_OPENING =
  /^(?:(?:bonjour|salut|hello|hi|hey|coucou)\s+)?(?:i m looking for|im looking for|looking for|(?:i m |im |we re )?seeking|lf|iso|i need|we need|need|je cherche|je recherche|jcherche|cherche|recherche|on cherche|(?:nous )?(?:re)?cherchons|(?:j ai |on a )?besoin (?:de|d))\s+(?:an?|un|une|des|du|de la|some)?\s*(?=[a-z])(?!echanger|swap|trade|someone|somebody|quelqu|qqn|a echanger)/;
/** "je poste une demande de …", "publier notre demande : …", "I'm posting an ad for …": the ad's thing follows. */
const AD_OF =
  /(?<=^| )(?:poste|postons|publie|publions|mets|mettons|passe|passons|poster|publier|mettre|passer|posting|post|putting up|put up)\s+(?:une|un|notre|ma|mon|cette|an|a|our|my|this)\s+(?:petite\s+)?(?:demande|annonce|offre|ad|request|want ad|listing)\s+(?:de|d|pour|for|of)?\s*(?:(?:un|une|des|du|de la|a|an|some)\s+)?(?=[a-z])/;
const LOOKING_INSIDE =
  /(?<=^| )(?:looking for|need|needs|cherche|recherche|cherchons|il (?:me|lui|nous|leur) (?:faudrait|faut)|seeking|searching for)\s+(?:(?:an?|un|une|des|du|de la|some)\s+|(?<=(?:need|needs|looking for|seeking) )(?=[a-z]+ [a-z]))(?=[a-z])(?!echanger|swap|trade|someone|somebody|quelqu|qqn|a echanger|help|to|it|them|that|this|more|your|my|our)/;
/** Words that only link a title to what follows it, never its last word. */
const TRAILING_LINKS = new Set(
  "along while whilst vers pour for with from to de du des d a avec sur sous under over around near in on at by and et ou or".split(" "),
);
const HELP_NOUNS = new Set(["help", "aide", "hand"]);
/** Words after which a verb is the task asked or offered: "someone to …", "qqn pour …", "I'll …", "je peux …". */
const TASK_OPENERS = ["to", "pour", "de", "d", "can", "could", "will", "ll", "peux", "peut", "pouvons", "pourrait"];
/** Possessives of the one a task is done for: "walk your dog", "garder vos chiens". */
const DONE_FOR_OTHERS = ["your", "vos", "votre", "ton", "ta", "tes"];
const DONE_FOR_ONESELF = ["my", "our", "mon", "ma", "mes", "notre", "nos"];
/** Verbs that name no task without their object: "do my garden", "faire le ménage". */
const LIGHT_VERBS = ["do", "faire"];
/**
 * "une cinquantaine de pots de confiture", "a dozen flower pots", "deux ou trois poules": how many, roughly, is no word of
 * the thing.
 */
const ROUGH_COUNT =
  /^(?:une\s+)?(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+(?:de\s+|d['’]\s*)|^(?:a\s+)?dozens?\s+(?:of\s+)?(?=\p{L})|^(?:un|une|deux|trois|quatre|one|two|three|four|[1-9])\s+(?:ou|or|à|a|to)\s+(?:deux|trois|quatre|cinq|six|two|three|four|five|six|[2-9])\s+(?=\p{L})/iu;
/** "1 poussette yoyo": a count of one says nothing ("1 tonne de foin", "1 lot de …" keep theirs). */
const SINGLE_COUNT =
  /^1\s+(?!(?:tonne|tonnes|kg|kilo|kilos|litre|litres|l|lot|paire|pair|set|box|bo[iî]te|sac|carton|m|m2|m²|st[eè]re|palette)\b)(?=\p{L})/u;
/** Units typed against their number ("2h", "30min", "5kg"): the number goes with them. */
const GLUED_UNITS = new Set(["h", "min", "mn", "kg", "g", "cm", "mm", "m", "l", "cl", "ml", "m2", "m²"]);

/** What a rank may count that is no list of the member's: "4th floor", "3e étage", "2nd edition". */
const NOT_A_LIST_RANK = new Set(
  "floor etage arrondissement district grade century siecle edition gen generation birthday anniversaire".split(" "),
);
/** Verbs that ask for results, before what is asked: "pull up data missions", "find me gigs". */
const REQUEST_VERBS = new Set("pull bring dig look up find show get give list trouve montre affiche cherche".split(" "));
/** A member on the road, whose lift or errand is the thing: "anyone going to Lyon", "I'm driving to Nantes". */
const ON_THE_WAY = ["going", "heading", "driving", "travelling", "traveling", "passing"];
/** Things said as a heap, whose one thing named after is the posting's: "plein de trucs", "loads of baby stuff". */
const VAGUE_MANY = new Set("trucs truc choses affaires bazar vaisselle stuff things bits kit gear items equipment matos".split(" "));
/** Whom a freelancer works for: "available for product teams", "dispo pour les startups". */
const CLIENTELE = new Set(
  "teams team equipes startups startup companies entreprises clients businesses brands agencies agences".split(" "),
);
/** Helpers counted ("2 strong people", "quelques bras"): whom a want asks for, the task after them is the thing. */
const HELPERS = new Set("people guys volunteers helpers hands personnes benevoles gars bras".split(" "));
/** "someone to", "quelqu'un qui peut", "qqn pour m'aider à": the frame of a want, not what is wanted. */
const HELPER_FRAME = new Set(
  "someone somebody anyone anybody quelqu qqn qqun personne to who qui pour that can could peut pourrait pourra capable de d venir come dispo disponible available able free around serait".split(
    " ",
  ),
);

const GREETINGS = new Set("bonjour bonsoir salut coucou hello hi hey hiya yo salam salamalekum salamalekoum mbote bonjou".split(" "));
/** How a sale goes, never what is offered: "dispo pour essai", "dispo pour livraison", "dispo pour infos". */
const SALE_LOGISTICS = new Set(
  "essai essais livraison visite visites remise enlevement negociation infos info questions question photos photo renseignements rdv echange test delivery viewing pickup collection".split(
    " ",
  ),
);
/** Words that only label a posting ("offre de service : …", "annonce : …"). */
const POSTING_LABELS = new Set(
  "service services annonce annonces offre offres listing post article articles objet objets vente sale lot lots".split(" "),
);
/** Having or looking for, before an article: "I have a …", "j'ai une …", "je cherche un …" name the thing. */
const HAVING_OR_LOOKING = new Set("have got ai avons reste restent cherche recherche cherchons looking need wtb".split(" "));
/** That a thing is no longer used, over folded words: "prend la poussière", "gathering dust", "ne sert plus à rien". */
const DISUSE =
  /\b(?:prend|prennent|prendre|prenait) la poussiere\b|\b(?:is |are |been |just )?(?:gathering|collecting|gathers|collects) dust\b|\b(?:ne )?(?:sert|servent) (?:plus|pas)(?: a rien)?\b|\bva prendre la poussiere\b/g;
/** Who tells a story before a posting: the member, their people ("we're moving", "our youngest", "ma fille"). */
const STORY_TELLERS = new Set([...SUBJECTS, ...KIN, ...FAMILY, ...YOUNGEST]);
/** Words opening a sentence that prices something other than the thing: "Budget around 300€", "Premier logo à 150€". */
const NOT_A_THING_OPENING = new Set(
  (
    "budget happy premier premiere first tarif rates rate prix price comptez compter tout everything " +
    // ("… sink unblocking. Evenings and weekends around Manchester, £25": when the work is done, not what)
    "evenings weekends mornings afternoons weekdays nights soirs soirees weekends matins apres-midis dispo available"
  ).split(" "),
);
/** What asks the assistant to search, over folded words: "show me", "y a-t-il", "are there any", "what … are there". */
const SEARCH_REQUEST =
  /\b(?:(?:can|could) you (?:show|find|search|look)|(?:tu peux|peux tu|pouvez vous) (?:chercher|trouver|montrer|me montrer)|show me|montre moi|montrez moi|search for|search|find me|trouve moi|cherche moi|are there|is there|y a t il|y a t\s?il|est ce qu il y a|any\s+(?!one\b|body\b)[a-z]+|qui propose|qui vend|est ce que quelqu un vend|what [a-z ]{1,30} are there|vous auriez|auriez vous|vous avez|avez vous|do you have|would you have|does anyone have|anyone have|quelqu un aurait|qqn aurait)\b/;
/** Words of a search request that name no thing: "ce qu'il y a", "any listings", "anything on here". */
const REQUEST_FILLERS = new Set(
  (
    "listings listing annonces annonce anything something ceux celles existent exist existe there here dispo available newest latest first " +
    // ("show me what's near me", "montre-moi ce qu'il y a près de chez moi": where, not what)
    "what whats near nearby close around proche pres autour chez moi"
  ).split(" "),
);
/** Words that price a thing at nothing: a sentence that says them prices it. */
const FREE_WORDS = new Set("free gratuit gratuite gratuits gratuites gratos gratis".split(" "));
/** What a story sells before the posting names the thing: the home, everything, a vague lot. */
const STORY_SALES = new Set(
  "appartement appart maison house flat home bungalow electromenager outils tools gear equipement matos materiel meubles furniture affaires stuff things trucs".split(
    " ",
  ),
);
/** What a posting says is available besides the thing: "references available", "more pics available", "devis dispo". */
const DETAILS_OF_A_POSTING = new Set(
  "references reference refs ref pics pictures photos photo more plus details infos info devis quotes quote invoice facture factures receipt delivery livraison shipping envoi postage".split(
    " ",
  ),
);
/** One word naming who does a trade, heading a posting: "Jardinier : tonte, haies", "Gardener available: mowing, hedges". */
const PERSON_OF_A_TRADE =
  /^(?:[a-z]{3,}(?:eur|euse|iste|ier|iere|ienne|ien|er|or|man|woman|sitter|smith|wright)|nounou|nanny|coach|chef|maçon|macon|prof|tutor|dj)$/;
/** Words that give a posting's reason or label, never its thing: "cause déménagement : …", "House clearance: …". */
const POSTING_REASONS = new Set(
  "cause suite clearance clearout grenier destockage debarras offered proposes chance demenagement depart moving stuff trucs affaires leftovers restes".split(
    " ",
  ),
);
/** People in general: "les gens", "people", "folks", "les membres". */
const ANYONE_AT_ALL = new Set("gens people folks personnes membres members everyone everybody".split(" "));
/** Words between whom a message goes to and what it says: "de l'annonce", "pour lui dire", "to tell her". */
const MESSAGE_FRAME = new Set(
  "de du d l la le les the of annonce listing ad post offre pour lui leur dire demander and et say tell ask dis to him her them".split(" "),
);
/** Verbs of emptying a place ("je vide mon garage", "clearing out the flat"). */
/** Words around a run's distance ("5k along the canal", "running a 10k", "un 10k de trail"): kilometres, never thousands. */
const RUN_WORDS = new Set(
  "run runs running runner runners race races along loop route jog jogging trail walk swim fun parkrun marathon relay relais".split(" "),
);
/**
 * A town's own groups, whose town follows ("le comité des fêtes de …", "l'asso des parents d'élèves de …", "le jardin
 * partagé de …"); never an event named after its town ("les fêtes de Bayonne") nor a club or a school, whose name a
 * thing may carry.
 */
const LOCAL_GROUPS = new Set(
  "comite asso association amicale jardin mairie paroisse kermesse cooperative foyer eleves harmonie chorale fanfare collectif".split(" "),
);
/** Verbs after "je peux" that say how a sale or a search goes ("je peux venir le chercher", "je peux payer 80"), no service. */
const CAN_DO_LOGISTICS = [
  "venir",
  "passer",
  "apporter",
  "amener",
  "ramener",
  "deposer",
  "livrer",
  "recuperer",
  "chercher",
  "payer",
  "mettre",
  "envoyer",
  "rendre",
  "ramasser",
  "poster",
  "publier",
  "aller",
  "me",
  "m",
  "vous",
  "te",
  "t",
  "en",
  "y",
  "le",
  "la",
  "les",
];
const CLEARING_VERBS = new Set("vider vide vidons videz clear clearing emptying decluttering".split(" "));
/** Words of a chat's tone, no thing's name: at a sentence's start ("wesh jvends …", "boudu, 200 kg de patates") or anywhere ("lol"). */
const OPENING_INTERJECTIONS = new Set("cc wesh boudu bref allez ouf oups oops omg ok okay nah nope naw meh bof".split(" "));
const INTERJECTIONS = new Set("lol mdr ptdr jpp haha hahaha hihi".split(" "));

/** Places where a service happens: "au parc", "at the beach", "à la salle des fêtes". */
const VENUES = new Set(
  "parc park gymnase gym stade stadium plage beach piscine salle hall gare station marche market square place quartier neighbourhood neighborhood".split(
    " ",
  ),
);

/** "someone who speaks Portuguese to …": what makes the person right for the task, before it. */
const QUALIFYING_VERBS = ["speaks", "speak", "knows", "know", "parle", "parlant", "connait", "maitrise", "has", "have"];
const AVAILABLE = new Set(["available", "dispo", "disponible", "disponibles"]);
/** Work sought, named: "missions", "gigs", and the "mandat" of Québec and Switzerland. */
const MISSION_NOUNS = new Set(
  "missions mission gigs gig freelance projects project contracts contract work jobs job mandat mandats".split(" "),
);

/** A posting's slots; returns the words left out of them (other than the title). */
/** Words that describe a thing, never one of a list of things ("sofa bed, blue", "desk, oak, like new"). */
const DESCRIBING_WORDS = new Set(
  (
    "blanc blanche blancs blanches noir noire noirs noires gris grise rouge rouges bleu bleue bleus vert verte verts jaune jaunes " +
    "rose roses marron beige violet violette orange argent dore doree naturel naturelle " +
    "white black grey gray red blue green yellow pink brown beige purple orange silver gold natural " +
    "neuf neuve neufs occasion comme etat bon bonne tres parfait impeccable rayures raye usage used new like good great mint " +
    "condition excellent fair worn scratched sealed boxed complete complet style taille size queen king single double"
  ).split(" "),
);
/** "le tout 50€", "£40 the lot", "$100 for everything": a price for all the things listed before it. */
const LOT_PRICE =
  /^\s*,?\s*(?:le tout|les (?:deux|trois|quatre|2|3|4)\b|l['’]ensemble|pour (?:le tout|tout)|the lot|all for|for (?:all|everything|both|the lot)|[^,.!?]{0,12}\b(?:le tout|the lot|for (?:all|everything|both))\b)/i;

/**
 * The things listed after the chosen one, when the posting lists things of equal standing: "poussette, chaise haute,
 * parc bébé, le tout 50€", "a cot, a high chair and a baby bath", "Tout doit partir : table, 6 chaises, buffet". A list
 * counts when "and" closes it, when one price is given for the lot, or when it opens the posting after a colon with
 * three things or more; never a thing's description ("sofa bed, blue, 3 seater") nor a lone second phrase.
 * Returns the index of the listing's last word.
 */
function listedTogether(reader: SlotReader, groups: number[][], chosen: number[], afterColon: number): number {
  const parts = [chosen];
  for (let g = groups.indexOf(chosen) + 1; g < groups.length; g++) {
    const part = groups[g] as number[];
    const previous = parts.at(-1) as number[];
    const gap = reader.text.slice(reader.tokens[previous.at(-1) as number]?.end, reader.tokens[part[0] as number]?.start);
    if (LOT_PRICE.test(gap + reader.text.slice(reader.tokens[part[0] as number]?.start))) break;
    if (!/^\s*,\s*(?:(?:a|an|some|the|un|une|des|du|de la|le|la|les)\s+|l['’]\s*)?$/i.test(gap)) break;
    parts.push(part);
  }
  // ("I repair washing machines, dryers and dishwashers", "help with letters, forms and pension paperwork": what a repair
  // or help is done to is listed whole, whatever the lexicon knows of it)
  const start = chosen[0] as number;
  const serviced =
    reader.has(start - 1, "fix", "repair", "mend", "repare", "reparons") ||
    (HELP_NOUNS.has(reader.words[start] ?? "") && reader.has(start + 1, "with", "avec", "pour"));
  // Each thing after the first is one the category lexicon knows: "chaise haute", "baby bath", not "oak" or "8 drawers"
  const described = (part: number[], j: number) =>
    part.length > 4 ||
    part.every((k) => DESCRIBING_WORDS.has(reader.words[k] ?? "") || /^\d/.test(reader.words[k] ?? "")) ||
    (j > 0 &&
      !(serviced && part.length <= 4 && part.every((k) => !/\d/.test(reader.words[k] ?? ""))) &&
      inferCategory(reader.original(part[0] as number, (part.at(-1) as number) + 1)) === "goods");
  for (let n = parts.length; n >= 2; n--) {
    const listed = parts.slice(0, n);
    if (listed.some(described)) continue;
    const last = listed.at(-1) as number[];
    const closedByAnd =
      last.some((k, j) => j > 0 && reader.has(k, "and", "et")) ||
      (serviced && reader.words.slice(last[0] as number, last.at(-1) as number).some((w, j) => j > 0 && (w === "and" || w === "et")));
    const lot = LOT_PRICE.test(reader.text.slice(reader.tokens[last.at(-1) as number]?.end));
    const opensAfterColon = afterColon >= 0 && (chosen[0] as number) - afterColon <= 1 && n >= 3;
    if (closedByAnd || lot || opensAfterColon) return last.at(-1) as number;
  }
  return chosen.at(-1) as number;
}

function readListing(reader: SlotReader): string[] {
  // ("covoit pour l'entraînement à Poitiers mardi, il me reste 2 places": the ride is the thing, its seats left say how
  // many may come)
  const seats = SEATS_OFFERED.exec(reader.words.join(" "));
  if (seats && reader.words.some((w) => RIDE_WORDS.has(w))) {
    const from = reader.words.join(" ").slice(0, seats.index).split(" ").filter(Boolean).length;
    reader.mark(from, from + seats[0].split(" ").length);
  }
  // (whom a thing goes to is no one wanted: "sell it to someone who will use it", "qu'elle aille chez
  // quelqu'un qui en prendra soin"; "looking for someone to …" is)
  // ("cherche une personne pour m'aider à déménager": a person for a task, as "quelqu'un pour")
  // ("Je cherche un mentor en data science, idéalement quelqu'un qui a fait …": the thing is looked for first; whoever is
  // described after it is no one else wanted)
  const lookedForFirst = LOOKING_OPENING.exec(reader.words.slice(0, 8).join(" "));
  const thingAt = lookedForFirst ? lookedForFirst[0].trim().split(" ").length : -1;
  const describedAfter = (i: number) =>
    thingAt >= 0 &&
    !["someone", "somebody", "quelqu", "qqn", "qqun", "personne"].includes(reader.words[thingAt] ?? "") &&
    i > thingAt &&
    /[,;.!?]/.test(reader.text.slice(reader.tokens[thingAt]?.end, reader.tokens[i]?.start));
  const someone = reader.words.findIndex(
    (w, i) =>
      !describedAfter(i) &&
      (["someone", "somebody", "quelqu", "qqn", "qqun"].includes(w) ||
        // ("looking for a person to walk my dog": as "someone")
        (w === "person" && reader.has(i - 1, "a") && reader.has(i - 2, "for", "need", "needs") && reader.has(i + 1, "to", "who")) ||
        // ("Need 2 strong people to help move a piano", "besoin de 3 bras pour décharger un camion": a count of helpers, as
        // "someone")
        (HELPERS.has(w) &&
          reader.has(i + 1, "to", "who", "pour", "qui") &&
          reader.words.slice(Math.max(0, i - 3), i).some((x) => isNumber(x) || NUMBER_WORDS[x] !== undefined || x === "few") &&
          reader.words
            .slice(0, i)
            .some((x) => ["need", "needs", "needed", "looking", "besoin", "cherche", "recherche", "cherchons"].includes(x))) ||
        // ("can anyone fix a leaking outboard?": asked as a question, anyone is someone wanted)
        // ("qui pourrait m'aider à monter un lit ?", "who can help me move?": the question's subject is someone wanted)
        (["qui", "who"].includes(w) &&
          reader.words.slice(0, i).every((x) => GREETINGS.has(x)) &&
          reader.has(i + 1, "peut", "pourrait", "saurait", "can", "could", "would") &&
          reader.has(i + 2, "m", "me", "nous", "help")) ||
        (["anyone", "anybody"].includes(w) &&
          (reader.has(i - 1, "can", "could", "would", "will") ||
            // ("anyone going to IKEA this weekend who could pick up a bookcase for me?": whoever goes there, then the task)
            (reader.has(i + 1, ...ON_THE_WAY) && reader.words.slice(i + 2, i + 10).some((x) => x === "who" || x === "that")) ||
            // ("anyone with a tractor who could plough my veggie patch?": who is wanted, then the task)
            (reader.has(i + 1, "with") && reader.words.slice(i + 2, i + 7).some((x) => x === "who" || x === "to")) ||
            (reader.has(i + 1, "able", "free", "around", "available") && reader.has(i + 2, "to")))) ||
        (w === "personne" &&
          reader.has(i + 1, "pour", "qui") &&
          (reader.has(i - 1, "cherche", "recherche", "cherchons") ||
            (reader.has(i - 1, "une") && reader.has(i - 2, "cherche", "recherche", "cherchons", "besoin", "faut"))))) &&
      (w === "person" || !reader.has(i - 1, "to", "a", "chez", "with", "avec", "by", "par", "pour")) &&
      !(reader.has(i - 1, "for") && !reader.has(i - 2, "looking", "look", "searching", "search")),
  );
  // where the task of "someone to …" starts: that task is the thing wanted
  let task = -1;
  // where a service offered with its partitive starts ("dispo pour du babysitting")
  let offeredAt = -1;
  if (someone >= 0) {
    // the "un" of "quelqu'un" is part of it
    let end = reader.words[someone] === "quelqu" && reader.has(someone + 1, "un") ? someone + 2 : someone + 1;
    while (end < reader.words.length && HELPER_FRAME.has(reader.words[end] ?? "")) end++;
    // ("anyone going to IKEA this weekend who could pick up …": where they go is who is wanted, the task follows "who")
    if (reader.has(end, ...ON_THE_WAY)) {
      const who = reader.words.findIndex((x, k) => k > end && k < end + 9 && (x === "who" || x === "that"));
      if (who > 0) {
        end = who;
        while (end < reader.words.length && HELPER_FRAME.has(reader.words[end] ?? "")) end++;
      }
    }
    // "someone with a van to help me move …", "quelqu'un avec une voiture pour …": who is wanted, then the task
    const equipped = reader.has(end, "with", "avec") ? end + 1 + (reader.has(end + 1, "a", "an", "un", "une", "des", "some") ? 1 : 0) : -1;
    if (equipped > 0) {
      let task = equipped;
      while (task < equipped + 3 && task < reader.words.length && !reader.has(task, "to", "pour", "qui", "who", "that")) task++;
      if (reader.has(task, "to", "pour", "qui", "who", "that")) {
        end = task;
        while (end < reader.words.length && HELPER_FRAME.has(reader.words[end] ?? "")) end++;
      }
    }
    // "someone who speaks Portuguese to help me …", "qqn qui parle allemand pour m'aider à …": who is
    // wanted, then the task
    if (reader.has(end, ...QUALIFYING_VERBS)) {
      let to = end + 1;
      while (to < end + 5 && to < reader.words.length && !reader.has(to, "to", "pour")) to++;
      if (reader.has(to, "to", "pour")) {
        end = to;
        while (end < reader.words.length && HELPER_FRAME.has(reader.words[end] ?? "")) end++;
      }
    }
    // "qqn pour m'aider à monter …": the task is what the helping does
    if (reader.has(end, "m", "me", "nous") && reader.has(end + 1, "aider") && reader.has(end + 2, "a")) end += 3;
    reader.mark(someone, end);
    task = end;
    // ("Our scout group needs tents, can anyone donate?", "qqn peut prêter ?": a verb of giving with no object asks for
    // what was named before it, no task)
    if (
      reader.has(task, "donate", "give", "lend", "spare", "help", "donner", "preter", "aider") &&
      (task + 1 >= reader.words.length || /[?.!,;]/.test(reader.gap(task, task + 1)))
    ) {
      reader.mark(task, task + 1);
      task = -1;
    }
  } else {
    // "available to help with moving", "dispo pour garder vos enfants": what the member is free to do
    // (a task is a verb: "dev Python dispo pour missions" is free for missions, which it wants)
    // ("freelance copywriter available for blog articles": what is offered; "for short missions": what is wanted)
    // ("available for short remote missions": a qualifier or two before the missions)
    const missions = (k: number) =>
      [k, k + 1, k + 2].some((j) => MISSION_NOUNS.has(reader.words[j] ?? "") || OCCASIONS.has(reader.words[j] ?? ""));
    // ("available 2 days a week for bookkeeping", "dispo le samedi pour du babysitting": when, between free and for what)
    const forAfter = (i: number) => {
      let k = i + 1;
      while (
        k <= i + 5 &&
        (isNumber(reader.words[k]) || SCHEDULE_WORDS.has(reader.words[k] ?? "") || TIME_WORDS.has(reader.words[k] ?? ""))
      )
        k++;
      return k;
    };
    const available = reader.words.findIndex((w, i) => {
      const k = forAfter(i);
      const next = reader.words[k + 1] ?? "";
      const task = reader.has(k, "to")
        ? !DETERMINERS.has(next)
        : looksLikeInfinitive(next) ||
          /^[a-z]{3,}ing$/.test(next) ||
          (reader.has(k, "for") &&
            /^[a-z]{3,}$/.test(next) &&
            !DETERMINERS.has(next) &&
            !TIME_WORDS.has(next) &&
            !missions(k + 1) &&
            // ("available 3 days a week for product teams": whom the member works for, no task)
            ![k + 1, k + 2].some((j) => PEOPLE.has(reader.words[j] ?? "") || CLIENTELE.has(reader.words[j] ?? "")));
      return AVAILABLE.has(w) && reader.has(k, "to", "for", "pour") && task;
    });
    // ("dispo pour du babysitting le weekend": a service said with its partitive is what is offered)
    // ("dispo pour chalet cleaning on Saturdays": a service said bare, as a noun, is what is offered too)
    // (only when "dispo" is the offer: "vends Clio, dispo pour essai", "dispo pour livraison" say how a sale goes)
    const sells = reader.words.some((w) => OFFER_VERBS.includes(w));
    const bare = (k: number) =>
      !sells &&
      !reader.has(k, "du", "des", "de") &&
      !FUNCTION_WORDS.has(reader.words[k] ?? "") &&
      !TIME_WORDS.has(reader.words[k] ?? "") &&
      !SALE_LOGISTICS.has(reader.words[k] ?? "") &&
      !looksLikeInfinitive(reader.words[k] ?? "");
    const partitive = reader.words.findIndex(
      (w, i) =>
        AVAILABLE.has(w) &&
        reader.has(i + 1, "pour") &&
        (reader.has(i + 2, "du", "des", "de") || bare(i + 2)) &&
        /^[a-z]{4,}$/.test(reader.words[i + (bare(i + 2) ? 2 : 3)] ?? "") &&
        !MISSION_NOUNS.has(reader.words[i + (bare(i + 2) ? 2 : 3)] ?? "") &&
        !OCCASIONS.has(reader.words[i + (bare(i + 2) ? 2 : 3)] ?? "") &&
        // ("dev react dispo pour petites missions": work sought, qualified, is no service offered)
        !(
          WORK_QUALIFIERS.has(reader.words[i + (bare(i + 2) ? 2 : 3)] ?? "") &&
          (WORK_SOUGHT.has(reader.words[i + (bare(i + 2) ? 3 : 4)] ?? "") ||
            MISSION_NOUNS.has(reader.words[i + (bare(i + 2) ? 3 : 4)] ?? ""))
        ),
    );
    if (available >= 0) {
      reader.mark(available, forAfter(available) + 1);
      task = forAfter(available) + 1;
    } else if (partitive >= 0) {
      const opens = bare(partitive + 2) ? 2 : 3;
      reader.mark(partitive, partitive + opens);
      offeredAt = partitive + opens;
    }
    // "je peux garder vos chiens", "on peut tondre votre pelouse": what the member can do is the thing, its verb
    // first ("je peux faire vos photos", "je peux vous prêter …": the verb of doing or offering opens nothing)
    const can = reader.words.findIndex(
      (w, i) =>
        (w === "peux" || w === "peut" || w === "pouvons") &&
        reader.has(i - 1, "je", "j", "on", "nous") &&
        looksLikeInfinitive(reader.words[i + 1] ?? "") &&
        !reader.has(i + 1, "faire", ...OFFER_VERBS, ...CAN_DO_LOGISTICS) &&
        // (done for others: "garder vos chiens", "tondre votre pelouse", "conduire des personnes âgées chez le médecin";
        // not "venir chercher le vélo", "je peux payer 80 balles")
        [i + 2, i + 3].some((k) => reader.has(k, "vos", "votre", "ton", "ta", "tes", "des", "les", "le", "la", "l", "du", "un", "une")) &&
        // (the line's first clause, or one after a story: "j'habite Millau, je peux garder des enfants"; never after a
        // sale or a search it follows)
        (i <= 4 || !reader.words.slice(0, i).some((x) => OFFER_VERBS.includes(x) || LOOKING_VERBS.includes(x) || x === "besoin")),
    );
    if (available < 0 && task < 0 && can >= 0) task = can + 1;
    // "dispo en freelance comme dev fullstack", "available as a freelance UX designer": the role
    const role = reader.words.findIndex((w, i) => w === "freelance" && reader.has(i + 1, "comme", "as") && i > 0);
    if (available < 0 && role >= 0) {
      reader.mark(role - 1, role + 2);
      task = role + 2 + (reader.has(role + 2, "a", "an") ? 1 : 0);
    }
    // "offering my services as a private driver": the role is what is offered ("mes services de menuisier" keeps its words)
    const services = reader.words.findIndex((w, i) => (w === "services" || w === "service") && reader.has(i + 1, "as"));
    if (available < 0 && role < 0 && services >= 0) {
      reader.mark(services, services + 2);
      task = services + 2 + (reader.has(services + 2, "a", "an") ? 1 : 0);
    }
  }
  // "happy to do blood pressure checks", "ravie de garder vos chats": what the member is glad to do is offered
  // (after who they are: "I'm a nurse, happy to …" offers the checks, not the nurse)
  const glad = reader.words.findIndex(
    (w, i) =>
      GLAD.has(w) &&
      reader.has(i + 1, "to", "de", "d") &&
      (looksLikeInfinitive(reader.words[i + 2] ?? "") || GLAD_TASKS.has(reader.words[i + 2] ?? "")) &&
      !reader.has(i + 2, "vendre", "sell", "donner", "give", "help", "aider") &&
      // ("selling my bike, happy to deliver": how a sale goes, not a service)
      !reader.words.slice(0, i).some((x) => OFFER_VERBS.includes(x)) &&
      // ("a sourdough starter? Happy to share": a verb with no object offers what came before)
      i + 3 < reader.words.length &&
      !/[,.;:!?]/.test(reader.gap(i + 2, i + 3)),
  );
  if (task < 0 && offeredAt < 0 && glad >= 0) {
    task = glad + 2 + (reader.has(glad + 2, "do", "faire") ? 1 : 0);
    reader.mark(glad, task);
  }
  // ("I'd be glad to help anyone with small repairs", "ravi d'aider les voisins pour leurs papiers": what the help is
  // with is the service)
  const gladToHelp = reader.words.findIndex(
    (w, i) => GLAD.has(w) && reader.has(i + 1, "to", "de", "d") && reader.has(i + 2, "help", "aider"),
  );
  if (task < 0 && offeredAt < 0 && glad < 0 && gladToHelp >= 0) {
    let k = gladToHelp + 3;
    while (k < gladToHelp + 6 && !reader.has(k, "with", "avec", "pour", "for", "a", "aux", "au") && !/[,.;:!?]/.test(reader.gap(k - 1, k)))
      k++;
    if (
      reader.has(k, "with", "avec", "pour", "for", "a", "aux", "au") &&
      k + 1 < reader.words.length &&
      !/[,.;:!?]/.test(reader.gap(k, k + 1))
    ) {
      // (past the owner: "pour leurs papiers", "with their shopping")
      const owner = DETERMINERS.has(reader.words[k + 1] ?? "") ? 1 : 0;
      reader.mark(gladToHelp, k + 1 + owner);
      task = k + 1 + owner;
    }
  }
  reader.kind();
  // ("Anyone want a sourdough starter? Happy to share": glad to share or lend is an offer, whatever the title)
  const gladToGive = reader.words.some(
    (w, i) =>
      GLAD.has(w) && reader.has(i + 1, "to", "de", "d") && reader.has(i + 2, "share", "lend", "partager", "preter", "give", "donner"),
  );
  if ((glad >= 0 || gladToGive || gladToHelp >= 0) && reader.slots.kind === undefined) reader.slots.kind = "offer";
  reader.radius();
  reader.readDetails(() => {
    reader.prices();
    reader.freePrice();
  });
  reader.place();
  reader.remote();
  reader.wants();
  reader.readDetails(() => reader.condition());
  // A posting with a price and no word of wanting is an offer; so is a swap ("Exchange: my Kindle for an iPad mini",
  // "Ma perceuse contre ta scie sauteuse ?": one's thing offered for another).
  if (reader.slots.kind === undefined && (reader.slots.price !== undefined || reader.slots.wants !== undefined))
    reader.slots.kind = "offer";
  // ("hiring a community manager", "on recrute un serveur": the one hired is the thing)
  // ("looking to hire a bookkeeper": the one hired, not the hiring)
  const verbs = [...OFFER_VERBS, "cherche", "recherche", "cherchons", "recherchons", ...HIRING, "hire", "recruit", "recruter", "embaucher"];
  // "je propose … à 5 km de Laval": how far an offer is from a town says where it is, no search
  // radius ("je cherche un kayak à 10 km" keeps it: it may be looked for first)
  if (reader.slots.kind === "offer") delete reader.slots.radiusKm;
  // "je vends ma 206 de 2008, …": a car called by its model number, after a possessive, is the thing
  // ("the photographer we booked just cancelled on us, need someone for 4 hours", "notre traiteur nous a lâchés, besoin
  // de quelqu'un pour samedi": whom the member needs is whoever let them down)
  const replaced = someone >= 0 && reader.slots.kind === "want" ? LET_DOWN_BY.exec(reader.words.join(" ")) : null;
  if (replaced?.[1] && !FUNCTION_WORDS.has(replaced[1]) && !KIN.has(replaced[1])) {
    const at = reader.words.indexOf(replaced[1]);
    // (not when a task is said: "my babysitter cancelled, need someone to watch my kids" wants the watching)
    const after = reader.words[someone] === "quelqu" ? someone + 2 : someone + 1;
    if (at >= 0 && at < someone && !reader.has(after, "to", "qui", "who", "that")) {
      reader.slots.title = reader.original(at, at + 1);
      return [];
    }
  }
  const model = MODEL_BY_NUMBER.exec(reader.text);
  const modelName = model?.[1];
  if (model && modelName && task < 0) {
    const at = (model.index ?? 0) + model[0].length - modelName.length;
    const k = reader.tokens.findIndex((t) => t.start === at);
    if (k >= 0 && !reader.used[k]) {
      reader.slots.title = modelName.trim();
      return [];
    }
  }
  // ("covoit Lyon Grenoble samedi, encore 2 places dispo", "lift to London, 3 seats left": the seats left of a ride are
  // no thing offered)
  if (reader.words.some((w) => RIDE_WORDS.has(w)))
    reader.words.forEach((w, k) => {
      if (
        /^(?:places?|seats?)$/.test(w) &&
        (reader.has(k - 1, "encore", "still") || isNumber(reader.words[k - 1]) || NUMBER_WORDS[reader.words[k - 1] ?? ""] !== undefined) &&
        reader.has(k + 1, "left", "dispo", "disponibles", "disponible", "libres", "libre", "restantes", "available", "free", "remaining")
      )
        reader.mark(k - 1, k + 2);
    });
  // ("du coup mon scooter est dispo": "du coup" says "so", no blow of anything; "un coup de main" stays)
  reader.words.forEach((w, k) => {
    if (w === "du" && reader.has(k + 1, "coup") && !reader.has(k + 2, "de", "d")) reader.mark(k, k + 2);
  });
  reader.markFamilyStory();
  reader.markStoryBeforeThingForSale();
  reader.markDisuse();
  reader.markStorySentences();
  const found = reader.phrases(new Set(), verbs, TITLE_KEEP, task);
  if (!found) return [];
  // ("looking for a plumber asap, got a leak under the sink": what a want opens by looking for is the thing,
  // not what the member has)
  const opening = task < 0 && reader.slots.kind === "want" ? LOOKING_OPENING.exec(reader.words.slice(0, 8).join(" ")) : null;
  // ("We're a small NGO in Nairobi looking for a volunteer web designer", "our garden needs a shed", "mon fils
  // entre en CP et il lui faudrait un bureau": who the member is first, then what is looked for)
  const said = reader.words.join(" ");
  // (not asked of others: "anyone need a carpenter? I build …" offers the carpenter's work)
  const looking = task < 0 && offeredAt < 0 && !opening && reader.slots.kind === "want" ? LOOKING_INSIDE.exec(said) : null;
  const inside =
    looking &&
    !/\b(?:anyone|anybody|who|does|qui|qqn|quelqu un|somebody|someone|you|vous|tu)(?:\s+(?:ll|will|d|would|ll|re|auras|aurez))?\s*$/.test(
      said.slice(0, looking.index),
    )
      ? looking
      : null;
  // ("Maman solo à Thetford, je poste une demande de transport scolaire …", "pourriez-vous publier notre demande : un
  // bénévole …": what the ad the member posts is of, whoever they said they were before)
  const adOf = task < 0 && offeredAt < 0 && !opening && !inside ? AD_OF.exec(said) : null;
  const lookedFor = opening
    ? opening[0].trim().split(" ").length
    : adOf
      ? said
          .slice(0, adOf.index + adOf[0].length)
          .trim()
          .split(" ").length
      : inside
        ? said
            .slice(0, inside.index + inside[0].length)
            .trim()
            .split(" ").length
        : offeredAt;
  const asked =
    task >= 0
      ? found.groups.find((g) => (g[0] as number) >= task && (g[0] as number) <= task + 1)
      : lookedFor >= 0
        ? found.groups.find((g) => (g[0] as number) >= lookedFor && (g[0] as number) <= lookedFor + 1)
        : undefined;
  if (asked) found.chosen = asked;
  // ("mets une annonce pour que les gens me proposent", "I want people to offer me a bike": people in
  // general are whom the posting speaks to, never its thing)
  const anyone = (g: number[]) => g.every((k) => ANYONE_AT_ALL.has(reader.words[k] ?? ""));
  if (anyone(found.chosen)) found.chosen = found.groups.find((g) => !anyone(g)) ?? found.chosen;
  let first = found.chosen[0] as number;
  let last = found.chosen.at(-1) as number;
  // ("someone to look after our hens": "after" says what the looking is)
  if (task >= 0 && first === task + 1 && reader.has(task, "look", "looking") && reader.has(first, "after")) first = task;
  // ("could anyone repair a broken shutter?": a task's verb alone reaches its object past an article and
  // what the condition took)
  if (asked && task >= 0 && first === task && last === task) {
    const object = found.groups[found.groups.indexOf(asked) + 1];
    const between = object ? reader.words.slice(task + 1, object[0]).map((_, j) => task + 1 + j) : [];
    if (
      object &&
      between.length <= 3 &&
      // ("someone to cut up a fallen oak", "to pick up a sofa": the verb's particle is the verb's)
      between.every(
        (k) => DETERMINERS.has(reader.words[k] ?? "") || reader.used[k] || (k === task + 1 && VERB_PARTICLES.has(reader.words[k] ?? "")),
      ) &&
      !/[,;:.!?()]/.test(reader.gap(task, object[0] as number))
    )
      last = object.at(-1) as number;
  }
  // ("offering 2h yoga sessions": a unit glued to its number keeps it — no title opens on a bare "h")
  if (
    first > 0 &&
    GLUED_UNITS.has(reader.words[first] ?? "") &&
    /^\d+$/.test(reader.words[first - 1] ?? "") &&
    reader.gap(first - 1, first) === ""
  )
    first--;
  // ("house sitting while you travel", "navettes vers l'aéroport", "nounou à partir de janvier": no title ends on a
  // word that only links it to what follows)
  // ("someone to do my garden", "qqn qui peut faire le ménage", "I'll walk your dog": the task's verb
  // belongs to it when its object is a bare noun with an article or a possessive — "do" and "faire"
  // only then; "faire du montage", "I do dog walking" name the service without it)
  const taskVerb = first - 2;
  if (
    taskVerb > 0 &&
    last - first <= 1 &&
    reader.has(taskVerb - 1, ...TASK_OPENERS) &&
    /^[a-z]{2,}$/.test(reader.words[taskVerb] ?? "") &&
    !reader.used[taskVerb] &&
    !/[,;:.!?()]/.test(reader.gap(taskVerb - 1, first)) &&
    (reader.has(first - 1, ...DONE_FOR_OTHERS) ||
      (reader.has(taskVerb, ...LIGHT_VERBS) && reader.has(first - 1, ...DONE_FOR_ONESELF, "le", "la", "les", "l", "the")))
  )
    first = taskVerb;
  if (last === found.chosen.at(-1)) last = listedTogether(reader, found.groups, found.chosen, found.afterColon);
  let end = last;
  while (end > first && (TRAILING_LINKS.has(reader.words[end] ?? "") || (reader.has(end, "partir") && reader.has(end - 1, "a")))) {
    end -= reader.has(end, "partir") ? 2 : 1;
  }
  // ("dispo pour du dev Python/Django en freelance": how the member works, not what they offer)
  if (end - 2 >= first && reader.has(end, "freelance") && reader.has(end - 1, "en")) end -= 2;
  // ("help with my tax return", "de l'aide pour mes papiers": help alone names nothing, what it is for does)
  if (first === end && HELP_NOUNS.has(reader.words[first] ?? "") && reader.has(first + 1, "with", "for", "pour", "avec")) {
    let k = first + 2;
    // (up to where the line says where or what it pays: "help with her garden in Dijon")
    while (k < reader.words.length && !/[,;.!?(]/.test(reader.gap(k - 1, k)) && k < first + 8 && !reader.used[k]) k++;
    end = k - 1;
    while (end > first + 2 && reader.used[end + 1] && reader.has(end, ...PLACE_PREPOSITIONS)) end--;
  }
  // ("je propose mes services pour tondre les pelouses", "offering my services to walk your dogs": services alone name
  // nothing, the task they are for does)
  if (
    first === end &&
    reader.has(first, "services", "service") &&
    reader.has(first + 1, "pour", "to") &&
    /^[a-z]{3,}$/.test(reader.words[first + 2] ?? "") &&
    !reader.used[first + 2] &&
    (reader.locale !== "fr" || looksLikeInfinitive(reader.words[first + 2] ?? ""))
  ) {
    const verbAt = first + 2;
    // (the task's verb and its object, up to whose things they are: "tondre les pelouses des personnes âgées")
    const object = found.groups.find((g) => (g[0] as number) <= verbAt + 2 && (g.at(-1) as number) > verbAt);
    first = verbAt;
    end = object ? (object.at(-1) as number) : verbAt;
    const whose = reader.words.findIndex(
      (w, k) => k > verbAt + 1 && k <= end && ["des", "du", "of"].includes(w) && PEOPLE.has(reader.words[k + (w === "of" ? 2 : 1)] ?? ""),
    );
    if (whose > 0) end = whose - 1;
  }
  // ('livre "Le Petit Prince"', 'selling "The Hobbit" hardcover', "le livre « Sapiens »": a name in quotes is the
  // thing's, whole, with its quotes)
  const quoted = reader
    .quotedNames()
    .filter(
      (q) =>
        !reader.used.slice(q.from, q.to).every(Boolean) &&
        ((q.from <= end && q.to > first) || (q.from === end + 1 && /^\s*$/.test(reader.text.slice(reader.tokens[end]?.end, q.open)))),
    );
  if (quoted.length > 0) {
    const from = Math.min(reader.tokens[first]?.start ?? 0, ...quoted.map((q) => q.open));
    const to = Math.max(reader.tokens[end]?.end ?? 0, ...quoted.map((q) => q.close + 1));
    reader.slots.title = reader.text.slice(from, to).trim();
    for (const q of quoted) reader.mark(q.from, q.to);
  } else
    reader.slots.title =
      reader
        .original(first, end + 1)
        .replace(SINGLE_COUNT, "")
        .replace(ROUGH_COUNT, "")
        // ("Scythe VO + Invaders from Afar": the edition's language inside the name of the lot)
        .replace(/\s+(?:en\s+)?(?:VF|VO|VOSTFR)(?=\s*\+)/g, "") || reader.original(first, end + 1);
  // What the title leaves out is every phrase outside it
  return found.groups
    .filter((g) => (g.at(-1) as number) < first || (g[0] as number) > last)
    .map((g) => reader.original(g[0] as number, (g.at(-1) as number) + 1));
}

/**
 * What a posting says beyond its fields ("6 places", "quelques rayures", "Bruno"): when there is
 * any, the title was a choice among several phrases, and the member sees it before it is published.
 */
export function unplacedPhrases(text: string, tokens: Token[], options: SlotOptions = {}): string[] {
  return readListing(new SlotReader("create_listing", text, tokens, options));
}

/**
 * "je répare vos chaises et petits meubles", "je garde vos chats et lapins", "I walk your dogs": a service said as what
 * the member does to the members' things keeps its verb (the things alone are not what is offered); "je fais vos
 * flyers", "I build your site" make the thing, which is the title; a trade named first ("Traductrice, je traduis vos
 * sites") is the title already.
 */
function serviceVerbKept(reader: SlotReader): void {
  const title = reader.slots.title;
  if (typeof title !== "string") return;
  // ("I fix bikes", "I fix cracked screens on iPhones", "Menuisier, je répare vos chaises": a repair keeps its verb, whoever
  // says it — the writers title it so 9 times in 9)
  const repair =
    /(?:^|[,.!;:—–-]\s*|\b(?:et|and|so|alors)\s+)(?:je|j'|i|we|on)\s+(?:(?:can|peux|pouvons)\s+)?(fix|repair|mend|r[ée]pare|r[ée]parons)\s+/iu.exec(
      reader.text,
    );
  if (repair?.[1]) {
    const verbAt = repair.index + repair[0].lastIndexOf(repair[1]);
    const titleAt = reader.text.indexOf(title, verbAt);
    const between = titleAt < 0 ? "" : reader.text.slice(verbAt + repair[1].length, titleAt);
    if (titleAt >= 0 && /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(between) && !/[,.;:!?]/.test(between)) {
      reader.slots.title = reader.text.slice(verbAt, titleAt + title.length);
      return;
    }
  }
  const said = /(?:^|[,.!;:]\s*|\b(?:et|and|alors|so)\s+)(?:je|j'|i)\s+((?:peux\s+|can\s+)?(\p{L}{3,}))\s+(?:vos|tes|your)\s+/iu.exec(
    reader.text,
  );
  if (!said?.[2] || MAKING_VERBS.has(foldText(said[2]))) return;
  const after = said.index + said[0].length;
  if (!reader.text.slice(after).startsWith(title)) return;
  // (a trade or a role before it names the service already)
  if (said.index > 0 && /\p{L}/u.test(reader.text.slice(0, said.index).replace(/^\W*(?:bonjour|salut|hello|hi|hey|coucou)\W*/i, "")))
    return;
  reader.slots.title = reader.text.slice(said.index + said[0].indexOf(said[2]), after + title.length);
}
const MAKING_VERBS = new Set(
  "fais fait faire cree creee creer realise realiser concois concevoir design designe designer make do build create design code coder develop developpe developper ecris ecrire write construis construire".split(
    " ",
  ),
);

/** The slots of `intent` found in the (prepared) text. */
/** The change by an amount a listing edit says ("baisse de 20€" → -2000, in hundredths), if it says one. */
export function priceChangeSaid(text: string, tokens: Token[]): number | undefined {
  return new SlotReader("update_listing", text, tokens).priceChange();
}

/** Where the member says they are, as a sentence of its own: "I'm outside Skibbereen", "J'habite Douai", "on est à Ciney". */
const SELF_LOCATED =
  /(?:^|[.!?]\s+)(?:[Ii]['’]?m|[Ii] am|[Ww]e['’]?re|[Ww]e are|[Jj]e suis|[Jj]['’]?habite|[Oo]n est|[Nn]ous sommes|[Ii] live|[Ww]e live|[Nn]ous habitons|[Oo]n habite)\s+(?:(?:just |right )?(?:in|at|à|a|outside|near|based in|living in|on the outskirts of|du côté de|pr[èe]s de)\s+)?(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,3})\s*[.!]?\s*(?:$|\p{Lu})/u;
/** A title that names only how much or how many: "spare", "half a dozen", "about twenty jars", "une douzaine". */
const QUANTITY_ONLY =
  /^(?:spare|extra|some|plenty|lots|loads|a few|surplus|the rest|le reste|du rab|(?:half )?a dozen|une (?:demi-)?douzaine|une dizaine|(?:about |around |some |environ |une? )?[\p{L}\d-]+ (?:jars|pots|bags|sacs|boxes|bo[îi]tes|cartons|bottles|bouteilles|dozen|douzaines|trays|punnets|barquettes))$/iu;
/** What the member makes, grows or has too much of: "I make marmalade every January", "I knit baby cardigans and hats for …". */
const MADE_BY_THE_MEMBER = [
  /\b(?:i|we)\s+(?:make|knit|bake|grow|brew|sew|crochet|raise|breed|pickle|have (?:far |way )?too many|have too much|have (?:plenty of|lots of|loads of|a glut of))\s+((?:[\p{L}'-]+)(?:\s+(?:and|&)\s+[\p{L}'-]+|\s+(?!(?:for|every|each|this|these|in|at|on|by|over|during|and|as|from|but|to|with)\b)[\p{L}'-]+){0,3})(?=\s+(?:for|every|each|this|these|in|at|on|by|over|during|and|as|from|but|to|with)\b|\s*[,.;!]|$)/iu,
  /\b(?:je|on|nous)\s+(?:fais|fait|faisons|tricote|tricotons|cultive|cultivons|[ée]l[èe]ve|[ée]levons|produis|produit|produisons|ai trop de|avons trop de|a trop de)\s+(?:des |du |de la |de l'|les |mes |nos |d')?((?:[\p{L}'-]+)(?:\s+(?:et|&)\s+[\p{L}'-]+|\s+(?!(?:pour|chaque|tous|toutes|cette|ce|cet|en|à|a|et|depuis|mais|avec)\b)[\p{L}'-]+){0,3})(?=\s+(?:pour|chaque|tous|toutes|cette|ce|cet|en|à|a|et|depuis|mais|avec)\b|\s*[,.;!]|$)/iu,
];

/**
 * "I make marmalade every January and I've got about twenty jars going spare. £3 a jar", "I knit baby cardigans and hats
 * for the hospital and have some spare": a title that says only how much is offered is the thing the member makes.
 */
function madeThingOverAQuantity(reader: SlotReader) {
  const title = reader.slots.title;
  if (typeof title !== "string" || !QUANTITY_ONLY.test(title.trim())) return;
  for (const pattern of MADE_BY_THE_MEMBER) {
    const made = pattern.exec(reader.text)?.[1];
    if (made && /\p{L}{3}/u.test(made)) {
      reader.slots.title = made.trim();
      return;
    }
  }
}

export function extractSlots(intent: Intent, text: string, tokens: Token[], options: SlotOptions = {}): Slots {
  const reader = new SlotReader(intent, text, tokens, options);
  switch (intent) {
    case "create_listing":
      readListing(reader);
      serviceVerbKept(reader);
      madeThingOverAQuantity(reader);
      reader.swapSidesWhenOwnIsWanted();
      reader.offeredInExchange();
      reader.namedAfterTheOne();
      reader.wantedBackAskedFirst();
      reader.dollarsOfPlace();
      // A service offered "Paris ou remote": the town says where; remote alone ("full remote") is kept, the listing has no town
      if (reader.slots.place !== undefined) delete reader.slots.remote;
      break;
    case "search_listings": {
      reader.radius();
      reader.prices();
      // ("entre 100 et 200 mille", "between 5 and 10k": the thousands said once, after the range's second end, are both ends')
      const [low, high] = [reader.slots.minPrice, reader.slots.maxPrice];
      if (
        typeof low === "number" &&
        typeof high === "number" &&
        high >= low * 500 &&
        /\d\s*(?:et|and|[àa]|-|–|to)\s*\d{1,3}\s*(?:mille|k|thousand|grand)(?![\p{L}])/iu.test(text)
      )
        reader.slots.minPrice = low * 1000;
      reader.freePrice();
      reader.cheap();
      reader.sortOrder();
      reader.condition();
      reader.place();
      reader.remote();
      reader.othersPostingsAsked();
      // "qui cherche …", "who's looking for …", "requests for …" are wants; "anyone offering …" offers.
      const said = reader.words.join(" ");
      if (
        /\b(qui (?:en )?(cherchent|cherche|veulent|veut|recherchent|recherche|a besoin|ont besoin)|who (want|wants|need|needs|is looking|s looking|are looking)|(?:people|anyone|anybody|folks|des gens|quelqu un|qqn) (?:who are |that are )?(?:looking|searching|asking) for|what (?:people|others|folks|members) (?:want|need|are looking for)|ce que (?:les gens|les autres) (?:cherchent|veulent)|demandes|requests|wanted (?:ads|posts|listings)|les besoins)\b/.test(
          said,
        )
      )
        reader.slots.kind = "want";
      else if (OFFERS_ASKED.test(said)) reader.slots.kind = "offer";
      // ("I just moved to Sion and have nothing, I'm looking for a mattress": what is looked for follows the looking)
      // ("people asking for help moving": what they ask for follows the asking)
      reader.markFamilyStory();
      reader.markStoryBeforeTheRequest();
      let q = cleanQuery(reader.leftover(SEARCH_FILLERS, [...LOOKING_VERBS, "asking"], SEARCH_KEEP).q ?? "");
      // ("search scooters rabat under 15000 dh", "ps4 games douai max 10e": a town typed in lower case after the thing, no
      // preposition — a whole town's name of some size that no word of either language is)
      const words = q.split(" ");
      for (let n = Math.min(3, words.length - 1); n >= 1 && reader.slots.place === undefined; n--) {
        const said = words.slice(-n).join(" ");
        if (!/^\p{Ll}[\p{Ll}'’ -]*$/u.test(said) || DESCRIBING_WORDS.has(foldText(said))) continue;
        const town = townNamed(said);
        // (a word of either language only as a city's name: "scooters rabat", never "bike tours")
        // ("search a used mobile", "books for reading": after an article, a preposition or a qualifier, the word's own meaning)
        const aWord = n === 1 && dictionaryWords().has(foldText(said));
        if (
          aWord &&
          ["for", "a", "an", "the", "used", "pour", "un", "une", "de", "des", "le", "la", "les", "du"].includes(
            foldText(words.at(-n - 1) ?? ""),
          )
        )
          continue;
        if (
          town &&
          (!aWord || (town.population >= 100_000 && !/s$/.test(said))) &&
          sameTownName(town.name, said) &&
          (town.population >= 100_000 || (STANDING_ALONE_COUNTRIES.has(town.countryCode) && town.population >= 20_000))
        ) {
          reader.slots.place = town.name;
          q = words.slice(0, -n).join(" ");
        }
      }
      if (q) reader.slots.q = q;
      break;
    }
    case "search_missions": {
      reader.radius();
      reader.prices();
      reader.remote();
      reader.skills();
      reader.place();
      // "data engineer", "motion designer", "dev mobile": a role with what it does is searched for;
      // a role alone ("a figma designer", "un dev java": the skill says it) is not
      // ("une mission de 3 mois": how long, not what)
      const said = reader.missionsNamed() ?? reader.leftover(MISSION_WORDS_BUT_ROLES).q;
      const q = cleanQuery(
        (said ?? "")
          .replace(/\b(?:\d+\s*)?(?:mois|months?|semaines?|weeks?|jours?|days?|ans?|years?)\b/giu, " ")
          // ("missions de community manager pour des stations de ski", "design gigs for startups": whom the work is for is
          // no word of what it is — the writers leave it out 6 times of 6)
          .replace(/(\S)\s+(?:pour|for)\s+(?:des|les|une?|an?|the|some|de)\s+.*$/iu, "$1")
          // ("a short illustration mission", "short copywriting missions": how long, said before the work, is none of it)
          .replace(/^\s*(?:short|long|small|quick|courtes?|longues?|petites?)\s+(?=\S)/iu, ""),
      );
      if (q && !words(q).every((w) => ROLE_WORDS_OF_MISSIONS.has(w))) reader.slots.q = q;
      // ("je suis électricien, je cherche des missions sur Metz", "chui traductrice espagnol-français, y a des missions
      // pour moi ?"): with no work named and no skill, the trade the member says they are is what is looked for
      const trade = reader.slots.q === undefined && reader.slots.skills === undefined ? TRADE_I_AM.exec(text)?.[1] : undefined;
      if (
        trade &&
        !/^(?:dispo|disponible|available|free|ok|pr[eê]te?|ready|based|bas[ée]e?|[àa]|en|in|at|[ée]tudiante?|student)\b/i.test(trade)
      )
        reader.slots.q = trade.replace(/^freelance\s+/i, "").trim();
      break;
    }
    case "update_listing":
      reader.ordinal();
      reader.listingStatus();
      reader.priceChange();
      reader.prices();
      reader.freePrice();
      reader.dollarsOfPlace();
      break;
    case "delete_listing":
    case "show_listing":
    case "accept_match":
    case "decline_match":
    case "save_mission":
    case "apply_mission":
      reader.ordinal();
      break;
    case "import_mission":
      // The link or the pasted offer is read by the handler (core/src/assistant/handlers/missions-chat.ts).
      reader.slots.body = text.trim();
      break;
    case "send_message": {
      const after = reader.recipient();
      reader.body(after);
      // ("send Ahmed a note saying I'm late", "envoie-lui un petit mot pour dire que …": the note is the frame, not the words)
      if (typeof reader.slots.body === "string")
        reader.slots.body =
          reader.slots.body.replace(
            /^(?:an?\s+|un\s+|une\s+)?(?:petit\s+)?(?:note|message|msg|text|line|mot)\s+(?:saying|that says|to say|qui dit|pour (?:lui |leur )?dire(?: que| qu')?|disant(?: que| qu')?)\s*/iu,
            "",
          ) || reader.slots.body;
      break;
    }
    case "read_conversation":
      reader.ordinal();
      if (reader.slots.ref === undefined) reader.recipient();
      // "le dernier message de julie", "the last message from Sam": the conversation with that person
      // ("what did Gérard say in his last message?", "Tom's last message": whose last message it is)
      else if (
        reader.slots.ref === "last" &&
        (/\b(message|messages|msg|texto)\b.*\b(de|d|from)\b/.test(reader.words.join(" ")) ||
          /\b(?:his|her|their|son|sa|leur)\s+(?:last|latest|dernier|derniere)\s+(?:message|msg|texto)\b|\p{Lu}[\p{L}-]+['’]s\s+(?:last|latest)\s+(?:message|msg)\b/iu.test(
            text,
          ))
      ) {
        const person = new SlotReader(intent, text, tokens, options);
        person.recipient();
        if (person.slots.recipient !== undefined) {
          delete reader.slots.ref;
          reader.slots.recipient = person.slots.recipient;
        }
      }
      break;
    case "show_profile": {
      reader.recipient();
      // ("c qui ce Lucas ? je peux voir son profil", "who's this Lucas? can I see his profile": the member asked about)
      const asked = /\b(?:qui (?:est )?(?:ce|cette|cet)|who(?:'s| is) (?:this|that))\s+(\p{Lu}[\p{L}'’-]+)/u.exec(text)?.[1];
      if (reader.slots.recipient === undefined && asked) reader.slots.recipient = asked;
      // ("what does my profile look like to others": one's own, seen by others; a member is named)
      if (
        typeof reader.slots.recipient === "string" &&
        /^(?:others?|autres|everyone|everybody|people|gens|me|moi|you|toi)$/i.test(reader.slots.recipient)
      )
        delete reader.slots.recipient;
      break;
    }
    case "report_user": {
      reader.recipient();
      // ("quelqu'un m'envoie des messages insistants …, c'est Roger", "someone keeps spamming me, it's Gary": named last)
      const named =
        /(?:c'est|c est|it'?s|it is|(?:il|elle) s'appelle|(?:he|she)'?s called|(?:his|her) name is)\s+(\p{Lu}[\p{L}'’-]+)\s*[.!]*\s*$/u.exec(
          text,
        )?.[1];
      if (reader.slots.recipient === undefined && named) reader.slots.recipient = named;
      reader.reason();
      break;
    }
    case "complete_match":
      reader.ordinal();
      reader.recipient();
      break;
    case "review_member":
      reader.rating();
      reader.recipient();
      break;
    case "update_profile": {
      reader.profileFields();
      // ("remove PHP from my skills and set my headline to 'Cloud architect – AWS'": the skills said before the headline
      // are the member's; the headline's words are no skill)
      // ("mets comme titre : Prof de piano …, et enlève solfège de mes compétences": a change of skills said after the
      // headline ends it, and is read as such)
      const skillsAfter =
        /^(.*?)(?:\s*,\s*|\s+)(?:et|and|puis|then)\s+((?:enl[eè]ve|retire|supprime|ajoute|rajoute|remove|delete|drop|add)\s.*\b(?:comp[ée]tences?|skills?)\b.*)$/isu.exec(
          String(reader.slots.headline ?? ""),
        );
      if (skillsAfter?.[1] && skillsAfter[2]) {
        reader.slots.headline = skillsAfter[1].trim();
        const after = new SlotReader("update_profile", skillsAfter[2], tokenize(skillsAfter[2]), options);
        after.skills();
        after.skillsListed();
        for (const slot of ["skills", "removeSkills"] as const)
          if (Array.isArray(after.slots[slot]) && (after.slots[slot] as string[]).length > 0) reader.slots[slot] = after.slots[slot];
      }
      if (reader.slots.headline !== undefined || reader.slots.bio !== undefined) {
        const said = String(reader.slots.headline ?? reader.slots.bio);
        const before = text
          .slice(0, Math.max(0, text.lastIndexOf(said)))
          .replace(/(?:\s*[,;]\s*|\s+(?:and|et|puis|then)\s+)(?:(?!\s*[,;]\s*|\s+(?:and|et|puis|then)\s).)*$/i, "");
        if (before.trim()) {
          const skillsBefore = new SlotReader("update_profile", before, tokenize(before), options);
          skillsBefore.skills();
          skillsBefore.skillsListed();
          for (const slot of ["skills", "removeSkills"] as const)
            if (Array.isArray(skillsBefore.slots[slot]) && (skillsBefore.slots[slot] as string[]).length > 0)
              reader.slots[slot] = skillsBefore.slots[slot];
        }
      }
      if (reader.slots.headline === undefined && reader.slots.bio === undefined) {
        reader.profileTown();
        reader.prices();
        reader.remote();
        reader.skills();
        if (
          reader.slots.place === undefined &&
          reader.words.some((w) =>
            [
              "base",
              "basee",
              "based",
              "ville",
              "city",
              "habite",
              "live",
              "lives",
              "living",
              "localisation",
              "location",
              "demenage",
              "moved",
              "town",
              "commune",
              "village",
              "address",
              "adresse",
              "quartier",
              "area",
            ].includes(w),
          )
        )
          reader.place();
        reader.dollarsOfPlace();
        reader.skillsListed();
      }
      break;
    }
    case "generate_profile":
      reader.github();
      break;
    case "set_preferences":
      reader.radius();
      reader.preferences();
      break;
    case "link_account":
      reader.code();
      break;
    default:
      break;
  }
  if (SKILL_INTENTS.has(intent) && Array.isArray(reader.slots.skills) && reader.slots.skills.length === 0) delete reader.slots.skills;
  return reader.slots;
}

/** The assistant's buttons, as members type them back. */
const BUTTON_WORDS = new Set(
  "publier poster envoyer annuler modifier changer confirmer valider supprimer oui non ok post send cancel change edit confirm delete yes no publish".split(
    " ",
  ),
);
const FOLLOW_UP_PLACE =
  /^(?:(?:ok|and|et|so|alors|hmm)[\s,]+)?(?:what about|how about|and|et|plut[oô]t|sinon|or|ou|maybe|peut-[eê]tre|same in|pareil [àa]|same for)\s+(?:in\s+|[àa]\s+|at\s+)?(\p{Lu}[\p{L}'’ -]{1,40}?)\s*[?!.]*$/u;

/** A reply that is only a place ("Lyon", "plutôt à Bordeaux", "what about 69003?"). */
export function placeIn(text: string, tokens: Token[]): string | undefined {
  const reader = new SlotReader("search_listings", text, tokens);
  // "Publier", "Envoyer", "Annuler": a button's label typed back is no town (Publier is one in Haute-Savoie)
  if (BUTTON_WORDS.has(foldText(text.trim().replace(/[?!.]+$/, "")))) return undefined;
  reader.place();
  if (reader.slots.place) return String(reader.slots.place);
  const whole = resolvePlace(text.trim().replace(/[?!.]+$/, ""));
  if (whole) return whole.name;
  // "what about Bath?", "and Reading?", "plutôt Tours ?": a town said after a follow-up's words, with its capital
  const after = FOLLOW_UP_PLACE.exec(text.trim())?.[1];
  const town = after && /^\p{Lu}/u.test(after) ? resolvePlace(after) : undefined;
  return town && town.population >= 1_000 ? town.name : undefined;
}

/** The ordinal in a short reply ("le 2", "the second one"). */
export function ordinalIn(text: string, tokens: Token[]): number | "last" | undefined {
  const reader = new SlotReader("show_listing", text, tokens);
  reader.ordinal();
  return reader.slots.ref as number | "last" | undefined;
}

/** The ordinal of a message and which of its tokens say it ("number three": both). */
export function ordinalTokens(text: string, tokens: Token[]): { ref: number | "last" | undefined; said: boolean[] } {
  const reader = new SlotReader("show_listing", text, tokens);
  reader.ordinal();
  return { ref: reader.slots.ref as number | "last" | undefined, said: reader.used };
}

/** Money in a short reply ("80€", "50 euros"), in minor units. */
export function amountIn(text: string, tokens: Token[]): number | undefined {
  const reader = new SlotReader("create_listing", text, tokens);
  reader.prices();
  return reader.slots.price as number | undefined;
}
