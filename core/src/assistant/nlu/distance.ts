/**
 * Distances as people write them, read as a small grammar over folded words:
 *
 *   [lead] number [unit] [tail]
 *
 * lead: "dans un rayon de", "à moins de", "pas plus de", "within", "no further than", "up to",
 * "max", "genre", "about"…; number: digits, decimals ("1,5"), a range's upper end ("10-15"),
 * words ("dix", "five"); unit: kilometres ("km", "bornes"), miles (turned into km, rounded), metres
 * (only after a lead), minutes and hours (a journey's time: no radius, but the words are still
 * the distance's and never the thing's); tail: "radius", "de rayon", "away", "max", "from me",
 * "de chez moi", "à pied", "by car"… Nearness said with no number ("walking distance", "à deux
 * pas", "near me", "pas loin") is a distance too, with no radius.
 */

/** Units of a radius, and their length in km. */
const UNITS: Record<string, number> = {
  km: 1,
  kms: 1,
  kilometres: 1,
  kilometre: 1,
  kilometers: 1,
  kilometer: 1,
  klm: 1,
  bornes: 1,
  borne: 1,
  mile: 1.609344,
  miles: 1.609344,
  mi: 1.609344,
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(UNITS, null);
/** Metres: a distance only after a lead ("à moins de 500 m"); elsewhere a size ("2 m de haut"). */
const METRES = new Set("m metres metre meters meter".split(" "));
/** A journey's time: "à 20 minutes", "within 30 min drive", "à 1h de Lyon" (no radius). */
const TIME_UNITS = new Set("min mins minute minutes mn h heure heures hour hours hr hrs".split(" "));
/** Words that may open a distance ("dans un rayon de", "à moins de", "no further than", "up to"). */
const LEADS = new Set(
  (
    "rayon radius perimetre perimeter within de d un une a an dans les the moins less than max maxi maximum distance pas plus no not more " +
    "further farther up to jusqu qu genre like environ about around approx approximately roughly in at under only seulement juste just au " +
    "tout some under below inferieur inferieure env circa grand"
  ).split(" "),
);
/** Leads that say "a distance follows" (a bare article or "de" does not). */
const CUES = new Set(
  "rayon radius perimetre perimeter within dans moins less max maxi maximum distance plus further farther jusqu up under below inferieur inferieure a at genre environ about around approx approximately roughly env circa".split(
    " ",
  ),
);
/** Sequences after the unit that belong to the distance. */
const TAILS: string[][] = [
  ["de", "rayon"],
  ["rayon"],
  ["radius"],
  ["away"],
  ["max"],
  ["maxi"],
  ["maximum"],
  ["tops"],
  ["grand", "max"],
  ["a", "la", "ronde"],
  ["aux", "alentours"],
  ["alentour"],
  ["alentours"],
  ["from", "me"],
  ["from", "home"],
  ["from", "here"],
  ["from", "my", "place"],
  ["from", "my", "home"],
  ["around", "me"],
  ["near", "me"],
  ["of", "me"],
  ["de", "chez", "moi"],
  ["de", "la", "maison"],
  ["de", "moi"],
  ["d", "ici"],
  ["autour", "de", "chez", "moi"],
  ["autour", "de", "moi"],
  ["a", "pied"],
  ["on", "foot"],
  ["walk"],
  ["walking"],
  ["drive"],
  ["driving"],
  ["by", "car"],
  ["by", "bike"],
  ["by", "train"],
  ["by", "public", "transport"],
  ["en", "voiture"],
  ["en", "velo"],
  ["a", "velo"],
  ["en", "train"],
  ["en", "transports"],
  ["en", "transport"],
  ["en", "bus"],
  ["en", "metro"],
  ["de", "route"],
  ["de", "trajet"],
  ["de", "marche"],
  ["de", "voiture"],
];
/** Nearness with no number: close, but no radius to apply. */
const NEARNESS: string[][] = [
  ["walking", "distance"],
  ["within", "walking", "distance"],
  ["a", "distance", "de", "marche"],
  ["a", "deux", "pas"],
  ["a", "2", "pas"],
  ["walkable"],
  ["walking", "distance", "from"],
  ["near", "me"],
  ["nearby"],
  ["close", "by"],
  ["close", "to", "me"],
  ["around", "me"],
  ["autour", "de", "moi"],
  ["autour", "de", "chez", "moi"],
  ["pres", "de", "chez", "moi"],
  ["pas", "loin", "de", "chez", "moi"],
  ["pas", "loin", "d", "ici"],
  ["pas", "loin"],
  ["pres", "d", "ici"],
  ["in", "my", "area"],
  ["in", "my", "neighbourhood"],
  ["in", "my", "neighborhood"],
  ["dans", "mon", "quartier"],
  ["dans", "le", "coin"],
  ["in", "the", "area"],
  ["nearest", "to", "me"],
  ["around", "here"],
  ["near", "here"],
  ["close", "to", "here"],
  ["par", "ici"],
  ["pres", "d", "ici"],
  ["dans", "les", "environs"],
  ["in", "the", "neighbourhood"],
  ["in", "the", "neighborhood"],
  ["locally"],
  ["local"],
];
const PREMISES_NEXT = new Set("de d du commercial commerciaux professionnel pro a pour vide libre".split(" "));
const FRENCH_ARTICLES = new Set("un le du ce mon ton son notre votre leur au".split(" "));
/** Numbers written as words before a unit: "dix km", "five miles". */
const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  dix: 10,
  ten: 10,
  quinze: 15,
  fifteen: 15,
  vingt: 20,
  twenty: 20,
  trente: 30,
  thirty: 30,
  quarante: 40,
  forty: 40,
  cinquante: 50,
  fifty: 50,
  cent: 100,
  hundred: 100,
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(NUMBER_WORDS, null);
/** Round numbers said roughly: "une dizaine de km", "a dozen miles". */
const ROUGHLY: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  dozen: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  cinquantaine: 50,
  centaine: 100,
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(ROUGHLY, null);

/** A distance in the message: its words [start, end) and its radius in km (none for a journey's time or a vague nearness). */
export type DistanceSpan = { start: number; end: number; km?: number };

const startsAt = (words: string[], at: number, sequence: string[]) => sequence.every((w, k) => words[at + k] === w);

/** The number at `i`: its value and where it ends ("1,5" and "10-15" are one number; a range gives its upper end). */
function numberAt(words: string[], gap: (i: number) => string, i: number): { value: number; end: number } | undefined {
  const word = words[i] ?? "";
  let value: number;
  if (/^\d+$/.test(word)) value = Number(word);
  else if (NUMBER_WORDS[word] !== undefined) value = NUMBER_WORDS[word];
  else if (ROUGHLY[word] !== undefined) {
    const of = words[i + 1] === "de" || words[i + 1] === "d" || words[i + 1] === "of";
    return { value: ROUGHLY[word], end: of ? i + 2 : i + 1 };
  } else return undefined;
  let end = i + 1;
  // "1,5 km", "2.5 miles"
  if (/^\d+$/.test(word) && /^[.,]$/.test(gap(end)) && /^\d{1,2}$/.test(words[end] ?? "")) {
    value = Number(`${word}.${words[end]}`);
    end++;
  }
  // "10-15 km", "10 à 15 km", "5 to 10 miles": the upper end is the radius
  const link = gap(end).trim();
  if ((link === "-" || link === "–" || words[end] === "a" || words[end] === "to") && /^\d+$/.test(words[link ? end : end + 1] ?? "")) {
    const upper = link ? end : end + 1;
    if (Number(words[upper]) > value && (UNITS[words[upper + 1] ?? ""] !== undefined || TIME_UNITS.has(words[upper + 1] ?? "")))
      return { value: Number(words[upper]), end: upper + 1 };
  }
  return { value, end };
}

/**
 * Every distance said in `words` (folded), with `gap(i)` the characters typed between word i-1
 * and word i. Spans do not overlap; the first one with a radius is the search's.
 */
export function distancesIn(words: string[], gap: (i: number) => string): DistanceSpan[] {
  const out: DistanceSpan[] = [];
  const taken = words.map(() => false);
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const number = numberAt(words, gap, i);
    if (!number) continue;
    const unit = words[number.end] ?? "";
    let lead = i;
    while (lead > 0 && !taken[lead - 1] && LEADS.has(words[lead - 1] ?? "")) lead--;
    const cued = words.slice(lead, i).some((w) => CUES.has(w));
    let km: number | undefined;
    let isTime = false;
    if (UNITS[unit] !== undefined) km = number.value * (UNITS[unit] as number);
    else if (METRES.has(unit) && cued && number.value >= 50) km = number.value / 1000;
    // (not a rate: "15/h", "20 € de l'heure")
    else if (TIME_UNITS.has(unit) && !gap(number.end).includes("/") && (cued || tailAt(words, number.end + 1) > 0)) isTime = true;
    else continue;
    // A written number must be followed by its unit and be led ("dix km", "à cinq minutes"), never an article ("un km"?)
    if (!/^\d/.test(words[i] ?? "") && !cued && UNITS[unit] === undefined) continue;
    let end = number.end + 1;
    for (let more = tailAt(words, end); more > 0; more = tailAt(words, end)) end += more;
    // "à 1h30 de Lyon": the minutes of an hour are the time's
    if (isTime && /^\d{2}$/.test(words[end] ?? "") && gap(end) === "") end++;
    if (km !== undefined) {
      // miles and metres are rounded: "10 miles" is 16 km, "500 m" half a kilometre
      km = UNITS[unit] === 1 ? km : unit in UNITS ? Math.round(km) : Math.round(km * 10) / 10;
      // "180 000 km", "12000km": a car's mileage, no radius (but no price nor postcode either)
      if (!(km > 0 && km <= 1000)) km = undefined;
    }
    for (let k = lead; k < end; k++) taken[k] = true;
    out.push({ start: lead, end, ...(km === undefined ? {} : { km }) });
    i = end - 1;
  }
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const near = NEARNESS.find((sequence) => startsAt(words, i, sequence) && sequence.every((_, k) => !taken[i + k]));
    // ("pas loin de Lyon", "walking distance of Lyon": the town after it is read as after any distance)
    if (!near) continue;
    // ("un local de 20m2", "le local du club": after a French article, "local" is premises, the thing itself)
    // (nor before what premises are said with: "loue local de 30m²", "cherche local commercial", "local à louer")
    if (near.length === 1 && near[0] === "local" && (FRENCH_ARTICLES.has(words[i - 1] ?? "") || PREMISES_NEXT.has(words[i + 1] ?? "")))
      continue;
    for (let k = i; k < i + near.length; k++) taken[k] = true;
    out.push({ start: i, end: i + near.length });
    i += near.length - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How many words of a distance's tail start at `at` (0: none). */
function tailAt(words: string[], at: number): number {
  return TAILS.find((sequence) => startsAt(words, at, sequence))?.length ?? 0;
}

/** "km", "miles", "bornes": a word that makes the number before it a distance, not money. */
export function isDistanceUnit(word: string): boolean {
  return UNITS[word] !== undefined;
}
