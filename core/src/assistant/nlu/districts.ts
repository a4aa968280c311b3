/**
 * Districts, boroughs and neighbourhoods of the big towns members live in, and the town each
 * belongs to: a member in Clapham, Wazemmes or the Plateau lives in London, Lille or Montréal,
 * and that town is the place of their listing or search (the town lists know the districts only
 * as villages elsewhere, if at all: "Clapham" is a village of Bedfordshire for them).
 *
 * Written from knowledge of each town, not from anyone's sentences. A district that several towns
 * have ("Saint-Michel": Bordeaux, Paris, Toulouse) lists each; the town the message also names
 * wins, else the first. Boroughs that are towns in their own right for the members ("Brooklyn",
 * "Croydon", "Carouge", "Westmount") are left to the town lists.
 */
import { foldText } from "../../text/normalize.ts";

const TOWNS: Record<string, string> = {
  Paris:
    "Montmartre|Belleville|Marais|Le Marais|Bastille|Batignolles|Oberkampf|Ménilmontant|Pigalle|Saint-Germain-des-Prés|Saint-Germain|Montparnasse|" +
    "Quartier Latin|La Villette|Bercy|Auteuil|Passy|Châtelet|Les Halles|Butte-aux-Cailles|Buttes-Chaumont|Goutte d'Or|Barbès|Saint-Michel|Charonne|" +
    "Denfert-Rochereau|Alésia|Grenelle|Beaugrenelle|Place d'Italie|Gobelins|Jussieu|Canal Saint-Martin|Sentier|Ternes|Monceau|Trocadéro|Faubourg Saint-Antoine|" +
    "Porte de Clignancourt|Porte d'Orléans|Porte de Versailles|Gare du Nord|Gare de Lyon|Gare de l'Est|Place des Fêtes|Château Rouge",
  Lyon: "Croix-Rousse|Part-Dieu|Presqu'île|Vieux Lyon|Vieux-Lyon|Confluence|Guillotière|Brotteaux|Monplaisir|Gerland|Vaise|Fourvière|Bellecour|Perrache|Jean Macé|Saint-Just|Terreaux|Cordeliers|Montchat|Mermoz|Grange Blanche|Saxe-Gambetta|Sans Souci|La Duchère|Saint-Rambert|Ainay",
  Marseille:
    "Le Panier|Vieux-Port|Noailles|Cours Julien|La Joliette|Joliette|Belsunce|Castellane|Endoume|Vauban|La Plaine|Les Goudes|Mazargues|Pointe Rouge|Saint-Barnabé|L'Estaque|Estaque|Roucas-Blanc|Bompard|La Timone|Les Chartreux|Malpassé|Les Catalans|Périer|Saint-Just|Baille|Sainte-Marguerite|La Belle de Mai|Belle de Mai|Borély|Saint-Victor",
  Lille:
    "Wazemmes|Vieux-Lille|Fives|Vauban-Esquermes|Esquermes|Lille-Sud|Bois-Blancs|Euralille|Solférino|Saint-Maurice Pellevoisin|Pellevoisin|Saint-Sauveur|Hellemmes|Lomme|République-Beaux-Arts",
  Bordeaux:
    "Saint-Michel|Chartrons|La Bastide|Bastide|Saint-Seurin|Caudéran|Bacalan|Capucins|Nansouty|Saint-Genès|Mériadeck|La Victoire|Bassins à flot|Belcier|Les Aubiers|Grand Parc|Saint-Bruno",
  Toulouse:
    "Capitole|Carmes|Saint-Cyprien|Compans-Caffarelli|Compans|Minimes|Rangueil|Saint-Agne|Côte Pavée|Jolimont|Purpan|Borderouge|Mirail|Le Mirail|Arnaud-Bernard|Busca|Empalot|Lardenne|Croix-Daurade|Saint-Michel|Les Chalets|Bonnefoy|Patte d'Oie",
  Nantes:
    "Bouffay|Graslin|Chantenay|Île de Nantes|Doulon|Zola|Saint-Félix|Hauts-Pavés|Malakoff|Procé|Talensac|Dervallières|Saint-Joseph de Porterie|Trentemoult",
  Strasbourg:
    "Krutenau|Neudorf|Petite France|Robertsau|Esplanade|Cronenbourg|Hautepierre|Koenigshoffen|Orangerie|Contades|Meinau|Neuhof|Elsau|Montagne Verte|Port du Rhin",
  Montpellier:
    "Port Marianne|Écusson|Beaux-Arts|Boutonnet|Arceaux|Figuerolles|Mosson|La Paillade|Celleneuve|Hôpitaux-Facultés|Comédie|Les Aubes|Ovalie|Croix d'Argent|Prés d'Arènes",
  Nice: "Vieux-Nice|Vieux Nice|Cimiez|Libération|Riquier|Carabacel|Saint-Roch|Magnan|Fabron|Mont Boron|Jean Médecin|Pessicart|L'Ariane|Saint-Isidore",
  Rennes: "Thabor|Sainte-Anne|Villejean|Cleunay|Bréquigny|Le Blosne|Blosne|Sud-Gare|Saint-Hélier|Bourg-l'Évêque",
  Grenoble: "Championnet|Île Verte|Saint-Bruno|Berriat|Europole|Capuche|Mutualité|Chorier|Teisseire|Exposition-Bajatière",
  Toulon: "Mourillon|Le Mourillon|Saint-Jean du Var|Pont-du-Las|La Rode",
  Reims: "Clairmarais|Sainte-Anne",
  "Bruxelles|Brussels|Brussel":
    "Woluwe|Boitsfort|Laeken|Neder-Over-Heembeek|Flagey|Châtelain|Sablon|Marolles|Matonge|Dansaert|Porte de Namur|Place Louise|Avenue Louise|Merode|Cinquantenaire|Tour et Taxis|Heysel|Stockel",
  "Liège|Luik":
    "Outremeuse|Guillemins|Sainte-Walburge|Angleur|Chênée|Grivegnée|Jupille|Bressoux|Sart-Tilman|Cointe|Laveu|Saint-Léonard|Le Carré|Droixhe|Rocourt|Glain|Sainte-Marguerite",
  "Genève|Geneva|Genf":
    "Plainpalais|Eaux-Vives|Pâquis|Champel|Servette|Jonction|Petit-Saconnex|Cornavin|Acacias|Florissant|Charmilles|Malagnou",
  Lausanne: "Ouchy|Flon|Sous-Gare|Chailly|La Sallaz|Sallaz|Bellevaux|Montriond|La Pontaise|Pontaise|Vennes|Prélaz|Maladière",
  "Zurich|Zürich":
    "Altstetten|Oerlikon|Wiedikon|Enge|Wipkingen|Höngg|Schwamendingen|Hottingen|Aussersihl|Langstrasse|Niederdorf|Albisrieden|Witikon|Hirslanden|Fluntern",
  "Montréal|Montreal":
    "Plateau-Mont-Royal|Plateau Mont-Royal|Le Plateau|Plateau|Mile End|Mile-End|Rosemont|Rosemont-La Petite-Patrie|Hochelaga|Hochelaga-Maisonneuve|HoMa|Villeray|Outremont|" +
    "Côte-des-Neiges|Notre-Dame-de-Grâce|NDG|Griffintown|Saint-Henri|Petite-Patrie|Petite Patrie|Vieux-Montréal|Vieux Montréal|Ahuntsic|Ahuntsic-Cartierville|Pointe-Saint-Charles|" +
    "Centre-Sud|Parc-Extension|Parc-Ex|LaSalle|Lachine|Montréal-Nord|Saint-Léonard|Ville-Marie|Little Italy|Petite Italie|Quartier des spectacles|Mile-Ex|Rivière-des-Prairies|Pierrefonds",
  "Québec|Quebec":
    "Saint-Roch|Limoilou|Saint-Sauveur|Sainte-Foy|Sillery|Vieux-Québec|Vieux Québec|Saint-Jean-Baptiste|Montcalm|Charlesbourg|Beauport|Cap-Rouge|Lebourgneuf|Vanier",
  Toronto:
    "Kensington Market|Yorkville|Leslieville|Etobicoke|North York|Liberty Village|The Annex|Danforth|Parkdale|Riverdale|Roncesvalles|Cabbagetown|Little Portugal",
  Ottawa: "ByWard Market|Byward Market|Glebe|The Glebe|Westboro|Kanata|Vanier|Sandy Hill|Centretown|Hintonburg",
  "London|Londres":
    "Clapham|Hackney|Shoreditch|Camden|Camden Town|Brixton|Peckham|Islington|Dalston|Greenwich|Soho|Notting Hill|Kensington|Fulham|Hammersmith|Wimbledon|Battersea|Balham|" +
    "Tooting|Streatham|Lewisham|Bermondsey|Whitechapel|Bethnal Green|Walthamstow|Tottenham|Highbury|Holloway|Kentish Town|Hampstead|Kilburn|Ealing|Acton|Chiswick|Putney|Wandsworth|" +
    "Brockley|Deptford|Canary Wharf|Stoke Newington|Finsbury Park|Crouch End|Muswell Hill|Shepherd's Bush|Shepherds Bush|Marylebone|Mayfair|Covent Garden|Bloomsbury|King's Cross|" +
    "Kings Cross|Paddington|Elephant and Castle|Southwark|Lambeth|Vauxhall|Herne Hill|Dulwich|Forest Hill|Catford|Stockwell|Kennington|Stratford|Hoxton|Haggerston|Homerton|Clapton|" +
    "Leyton|Leytonstone|Hackney Wick|Poplar|Limehouse|Wapping|Rotherhithe|Nunhead|Camberwell|Earlsfield|Maida Vale|Queens Park|Willesden|Harlesden|Wood Green|Archway|Barnsbury|Canonbury|Primrose Hill|Belsize Park|Swiss Cottage|West Hampstead",
  Manchester:
    "Didsbury|Chorlton|Northern Quarter|Ancoats|Fallowfield|Withington|Levenshulme|Rusholme|Hulme|Moss Side|Ardwick|Castlefield|Deansgate|Spinningfields|Whalley Range|Burnage",
  Birmingham:
    "Digbeth|Moseley|Edgbaston|Harborne|Kings Heath|Selly Oak|Jewellery Quarter|Bournville|Erdington|Handsworth|Sparkbrook|Balsall Heath",
  "Edinburgh|Édimbourg":
    "Leith|Morningside|Stockbridge|Bruntsfield|Marchmont|Portobello|Newington|Gorgie|Dalry|Tollcross|Canonmills|Abbeyhill|Corstorphine|Fountainbridge",
  Glasgow: "Partick|Finnieston|Dennistoun|Shawlands|Hillhead|Merchant City|Govan|Pollokshields|Byres Road|Gorbals|Anniesland",
  Dublin:
    "Rathmines|Ranelagh|Drumcondra|Phibsborough|Stoneybatter|Clontarf|Sandymount|Smithfield|Temple Bar|Ballsbridge|Donnybrook|Glasnevin|Harold's Cross|Inchicore|Rathgar|Terenure|Howth",
  Bristol:
    "Clifton|Bedminster|Stokes Croft|Redland|Southville|Bishopston|Cotham|Totterdown|Fishponds|St Pauls|Harbourside|Henleaze|Horfield",
  Leeds: "Headingley|Chapel Allerton|Roundhay|Kirkstall|Meanwood|Armley|Holbeck",
  Abidjan:
    "Cocody|Yopougon|Yop|Adjamé|Treichville|Marcory|Koumassi|Port-Bouët|Abobo|Attécoubé|Angré|Deux Plateaux|II Plateaux|Zone 4|Biétry|Williamsville",
  Dakar: "Grand Yoff|Parcelles Assainies|Ouakam|Ngor|Yoff|Sacré-Cœur|Sacré-Coeur|Fann|Almadies|Liberté 6|Colobane|Sicap",
  Douala: "Bonabéri|Akwa|Bonapriso|Bonanjo|Deido|New Bell|Makepe|Logbessou|Bépanda|Ndokotti|Bonamoussadi|Kotto|PK14",
  Yaoundé: "Bastos|Mvog-Mbi|Essos|Biyem-Assi|Mokolo|Mvan|Nlongkak|Emana|Ngoa-Ekellé|Mendong|Omnisport|Mimboman|Etoudi",
  Kinshasa: "Matete|Lingwala|Kintambo|Limete|Bandalungwa|Bandal|Ngaliema|Kalamu|Masina|Lemba|Ndjili|Kasa-Vubu|Barumbu|Matonge|Binza",
  Casablanca: "Maârif|Maarif|Derb Omar|Ain Diab|Aïn Diab|Anfa|Sidi Maarouf|Hay Mohammadi|Derb Sultan|Oulfa|Ain Sebaa",
  Lomé: "Tokoin|Adidogomé|Agoè|Nyékonakpoè|Hédzranawoé|Kodjoviakopé|Baguida",
  Cotonou: "Akpakpa|Cadjèhoun|Fidjrossè|Zogbo|Gbégamey|Haie Vive|Dantokpa|Ganhi|Agla|Menontin",
  Bamako: "Hamdallaye|Badalabougou|ACI 2000|Hippodrome|Kalaban Coura|Lafiabougou|Magnambougou|Sotuba|Baco-Djicoroni",
  "Alger|Algiers":
    "Bab El Oued|Hydra|Kouba|El Biar|Bab Ezzouar|Hussein Dey|Belouizdad|Ben Aknoun|Didouche Mourad|Alger centre|Alger-Centre",
  Accra: "Osu|East Legon|Madina|Makola|Kaneshie|Labadi|Cantonments|Dansoman|Nima|Adabraka|Spintex|Tesano",
  Lagos: "Yaba|Lekki|Ikeja|Surulere|Victoria Island|Ikoyi|Ajah|Festac|Apapa|Mushin|Oshodi|Gbagada",
  Berlin:
    "Kreuzberg|Neukölln|Friedrichshain|Prenzlauer Berg|Mitte|Charlottenburg|Schöneberg|Moabit|Pankow|Tempelhof|Steglitz|Spandau|Lichtenberg|Treptow|Köpenick|Wilmersdorf|Zehlendorf|Reinickendorf|Marzahn|Friedenau",
  "Munich|München|Munchen": "Schwabing|Maxvorstadt|Haidhausen|Glockenbachviertel|Sendling|Giesing|Bogenhausen|Neuhausen|Pasing",
  Hamburg: "St. Pauli|Sankt Pauli|Altona|Eimsbüttel|Ottensen|Winterhude|Schanzenviertel|Barmbek|Eppendorf|Wilhelmsburg",
  Amsterdam:
    "Jordaan|De Pijp|Oud-West|Oud-Zuid|Westerpark|De Baarsjes|Bos en Lommer|IJburg|Amsterdam-Noord|Amsterdam Noord|Amsterdam-Oost|Watergraafsmeer|Slotervaart|Osdorp|Buitenveldert",
  Rotterdam: "Kralingen|Delfshaven|Feijenoord|Kop van Zuid|Blijdorp|Hillegersberg|Charlois|Katendrecht",
  "Barcelona|Barcelone":
    "Gràcia|Eixample|El Born|Raval|El Raval|Barceloneta|Sants|Poblenou|Sant Antoni|Barri Gòtic|Gothic Quarter|Sarrià|Les Corts|Horta|Sant Martí|Poble Sec",
  Madrid:
    "Malasaña|Lavapiés|Chueca|Chamberí|Retiro|La Latina|Argüelles|Moncloa|Tetuán|Usera|Carabanchel|Vallecas|Arganzuela|Chamartín|Embajadores",
  "Lisbon|Lisbonne|Lisboa":
    "Alfama|Bairro Alto|Chiado|Baixa|Mouraria|Alcântara|Príncipe Real|Campo de Ourique|Arroios|Intendente|Cais do Sodré",
  "Rome|Roma": "Trastevere|Testaccio|Monti|Pigneto|San Lorenzo|Prati|Ostiense|Garbatella|Parioli|Esquilino|Centocelle",
  "Milan|Milano": "Navigli|Brera|Isola|Porta Romana|Porta Venezia|Città Studi|NoLo|Lambrate|Bicocca|Tortona",
  "Vienna|Wien|Vienne": "Leopoldstadt|Neubau|Mariahilf|Josefstadt|Favoriten|Ottakring|Döbling|Wieden|Margareten|Landstraße|Alsergrund",
  Luxembourg: "Kirchberg|Limpertsberg|Belair|Bonnevoie|Gasperich|Cloche d'Or|Merl|Hollerich|Grund|Pfaffenthal|Cessange",
  "New York|NYC|New York City":
    "Williamsburg|Bushwick|Harlem|Astoria|Greenpoint|Park Slope|Bed-Stuy|Bedford-Stuyvesant|Upper West Side|Upper East Side|East Village|West Village|Lower East Side|SoHo|Tribeca|Chelsea NYC|Hell's Kitchen|Long Island City|Crown Heights|Flatbush|DUMBO",
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(TOWNS, null);

/**
 * Municipalities in their own right inside a town (the communes of Brussels, the boroughs of New
 * York): named alone they are the place as written ("à Ixelles", "in Brooklyn"); named with their
 * town ("Etterbeek, Brussels"), the town.
 */
const MUNICIPALITIES: Record<string, string> = {
  "Bruxelles|Brussels|Brussel":
    "Ixelles|Elsene|Schaerbeek|Schaarbeek|Etterbeek|Saint-Gilles|Sint-Gillis|Uccle|Ukkel|Anderlecht|Molenbeek|Molenbeek-Saint-Jean|Forest|Vorst|" +
    "Woluwe-Saint-Lambert|Woluwe-Saint-Pierre|Auderghem|Oudergem|Watermael-Boitsfort|Jette|Koekelberg|Evere|Saint-Josse-ten-Noode|Saint-Josse|Berchem-Sainte-Agathe|Ganshoren",
  "New York|NYC|New York City": "Brooklyn|Manhattan|Queens|the Bronx|Bronx|Staten Island",
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(MUNICIPALITIES, null);

/** Folded, with hyphens, apostrophes and punctuation as spaces: "Vieux-Lille", "vieux lille" and "Vieux Lille" are one key. */
export const districtKey = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

type District = { towns: string[][]; own: boolean };
let index: Map<string, District> | undefined;

function districts(): Map<string, District> {
  if (index) return index;
  const built = new Map<string, District>();
  const add = (table: Record<string, string>, own: boolean) => {
    for (const [town, names] of Object.entries(table))
      for (const name of names.split("|")) {
        const key = districtKey(name);
        const entry = built.get(key) ?? { towns: [], own };
        entry.towns.push(town.split("|"));
        built.set(key, entry);
      }
  };
  add(TOWNS, false);
  add(MUNICIPALITIES, true);
  index = built;
  return built;
}

let firstWords: Set<string> | undefined;

/** Whether a folded word opens some district's name ("vieux" of "Vieux-Lille"): most words open none and need no lookup. */
export function opensDistrict(folded: string): boolean {
  firstWords ??= new Set([...districts().keys()].map((key) => key.split(" ")[0] ?? key));
  return firstWords.has(folded);
}

/**
 * The place a district said in `message` stands for, or undefined when `candidate` names no
 * district: the town the message also names, in its words ("Bordeaux, pickup à Saint-Michel",
 * "Etterbeek, Brussels"); else a municipality as written ("à Ixelles"), a neighbourhood's town
 * ("à Wazemmes": Lille).
 */
export function townOfDistrict(candidate: string, message = ""): string | undefined {
  const district = districts().get(districtKey(candidate));
  if (!district) return undefined;
  const said = ` ${districtKey(message)} `;
  for (const names of district.towns) {
    const named = names.find((name) => said.includes(` ${districtKey(name)} `));
    if (named) return named;
  }
  return district.own ? candidate : district.towns[0]?.[0];
}
