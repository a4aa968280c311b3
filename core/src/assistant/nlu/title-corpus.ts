/**
 * A generated corpus of postings with their title marked, to train the title's tagger
 * (title-tagger.ts): things and services composed from parts (count, adjective, brand, model,
 * size, colour, material, year, age, a service's level) × the ways people frame a posting
 * (openers with a colon, greetings, the member's story before or after, selling, giving,
 * lending, swapping and wanting verbs in French, English and both) × what follows the thing
 * (condition, price in every format, place, schedule, contact), roughened the way phones type.
 * The title is the thing as written, per the labelling convention of phrase-grammar.ts.
 * Written from what people sell, give and offer, never from an evaluation sentence.
 */
import { GAZETTEERS, pick, random, stripAccents, typo } from "./generated-corpus.ts";

const list = (text: string) => text.split("|").map((s) => s.trim());

type Lang = "fr" | "en";
/** A thing: its noun phrase parts by language. */
type Thing = { noun: string; brands?: string[]; sizes?: string[]; plural?: boolean };

const fr = (nouns: string, extra: Omit<Thing, "noun"> = {}): Thing[] => list(nouns).map((noun) => ({ noun, ...extra }));

const FR_THINGS: Thing[] = [
  ...fr(
    "canapé|canapé d'angle|canapé convertible|fauteuil|table basse|table à manger|table de jardin|chaise de bureau|bureau|commode|armoire|étagère|bibliothèque|lit|lit mezzanine|matelas|sommier|buffet|meuble TV|tabouret de bar|lampadaire|miroir|tapis|banc|penderie|coiffeuse|vaisselier|console d'entrée",
    {
      sizes: list("160x200|140x190|90x190|2 places|3 places|5 places|6 places|1m80|2 portes|3 tiroirs|4 tiroirs|80 cm|120x60"),
      brands: list("Ikea|Ikea Kallax|Ikea Malm|Ikea Hemnes|Maisons du Monde|Conforama|Roche Bobois|But|La Redoute|Habitat"),
    },
  ),
  ...fr(
    "télé|écran|ordinateur portable|PC portable|PC fixe|tablette|téléphone|enceinte|enceinte bluetooth|casque audio|console|manette|imprimante|appareil photo|objectif|drone|montre connectée|disque dur|clavier mécanique|souris|box internet|liseuse|vidéoprojecteur|barre de son",
    {
      sizes: list("27 pouces|32 pouces|55 pouces|65 pouces|15 pouces|13 pouces|128 Go|256 Go|1 To|4K|24 pouces"),
      brands: list(
        "Samsung|LG|Sony|Philips|Dell|HP|Lenovo|Asus|Acer|Apple|Canon|Nikon|Fujifilm|Logitech|JBL|Bose|Epson|Xiaomi|DJI|Garmin|Kobo",
      ),
    },
  ),
  ...fr(
    "frigo|réfrigérateur|congélateur|lave-linge|machine à laver|sèche-linge|lave-vaisselle|micro-ondes|four|plaque à induction|aspirateur|aspirateur robot|cafetière|machine à café|bouilloire|grille-pain|mixeur|robot pâtissier|friteuse|climatiseur|radiateur|ventilateur|machine à coudre|fer à repasser|centrifugeuse|gaufrier|appareil à raclette",
    {
      sizes: list("8 kg|7 kg|60 cm|45 cm|200 litres|300 L|1500 W|2000W|4 feux"),
      brands: list(
        "Bosch|Whirlpool|Samsung|Miele|Electrolux|Dyson|Seb|Moulinex|Tefal|Delonghi|Nespresso|Krups|Kitchenaid|Rowenta|Philips|Singer|Brandt|Smeg|Thermomix|Magimix",
      ),
    },
  ),
  ...fr(
    "veste|manteau|doudoune|blouson en cuir|robe|jean|pull|chemise|baskets|chaussures de randonnée|bottes|sac à main|costume|robe de mariée|combinaison de ski|imperméable|sweat|maillot|chaussures de foot|sac à dos|valise|montre",
    {
      sizes: list(
        "taille S|taille M|taille L|taille XL|taille 38|taille 40|taille 42|pointure 39|pointure 42|pointure 44|taille 12 ans|T36",
      ),
      brands: list(
        "Zara|Nike|Adidas|Levi's|Uniqlo|The North Face|Patagonia|Decathlon|Quechua|Longchamp|Converse|Vans|Kickers|Petit Bateau|Samsonite|Timberland",
      ),
    },
  ),
  ...fr(
    "poussette|siège auto|lit parapluie|chaise haute|transat|porte-bébé|parc bébé|table à langer|baignoire bébé|babyphone|vêtements bébé|bodies|pyjamas|jouets|vélo enfant|trottinette|draisienne|puzzle|peluches|cuisine en bois|tapis d'éveil|cartable|livres enfants",
    {
      sizes: list("0-6 mois|3 mois|6 mois|12 mois|18 mois|2 ans|3 ans|4-5 ans|6 ans|16 pouces|12 pouces"),
      brands: list(
        "Yoyo|Cybex|Maxi-Cosi|Chicco|Bébé Confort|Stokke|Babybjörn|Vtech|Playmobil|Lego|Duplo|Janod|Fisher-Price|Djeco|Maclaren",
      ),
    },
  ),
  ...fr(
    "vélo|VTT|vélo de route|vélo électrique|vélo de ville|vélo pliant|trottinette électrique|skis|snowboard|planche de surf|paddle|kayak|tente|sac de couchage|raquette de tennis|haltères|tapis de course|vélo d'appartement|rameur|crampons|casque de vélo|rollers|patins à glace|chaussures de ski|banc de musculation|table de ping-pong|trampoline|canne à pêche|porte-vélo",
    {
      sizes: list(
        "taille 56|taille M|taille L|26 pouces|27,5 pouces|29 pouces|21 vitesses|pointure 42|170 cm|4 places|2 places|12 kg|20 kg",
      ),
      brands: list(
        "Decathlon|Btwin|Rockrider|Trek|Specialized|Giant|Cannondale|Scott|Lapierre|Xiaomi|Rossignol|Salomon|Burton|Quechua|Babolat|Domyos|Kettler|Intex",
      ),
    },
  ),
  ...fr(
    "guitare|guitare électrique|guitare classique|basse|ampli|piano|piano numérique|clavier|batterie|batterie électronique|violon|ukulélé|micro|platine vinyle|vinyles|saxophone|flûte traversière|pédale d'effet|table de mixage",
    {
      sizes: list("3/4|4/4|88 touches|61 touches|20 W|50W"),
      brands: list("Yamaha|Fender|Gibson|Epiphone|Roland|Casio|Korg|Marshall|Vox|Ibanez|Shure|Technics|Pioneer|Selmer|Boss"),
    },
  ),
  ...fr(
    "livres|romans|BD|mangas|manuels scolaires|livres de cuisine|encyclopédie|DVD|jeux de société|jeux vidéo|puzzles|magazines|partitions|guides de voyage|livres de médecine|manuels de prépa|collection de timbres|cartes Pokémon",
    {
      sizes: list("tomes 1 à 10|1000 pièces|500 pièces|niveau terminale|première année"),
    },
  ),
  ...fr(
    "perceuse|visseuse|perceuse visseuse|ponceuse|scie circulaire|scie sauteuse|tondeuse|tondeuse électrique|taille-haie|débroussailleuse|nettoyeur haute pression|échelle|escabeau|établi|caisse à outils|brouette|tronçonneuse|compresseur|poste à souder|niveau laser|souffleur|broyeur de végétaux|bétonnière|serre de jardin|composteur|récupérateur d'eau",
    {
      sizes: list("18V|18 V|1200 W|3 m|5 marches|42 cm|46 cm|200 bars|50 L|300 L"),
      brands: list("Bosch|Makita|DeWalt|Ryobi|Black+Decker|Einhell|Stihl|Husqvarna|Karcher|Parkside|Worx|Metabo|Festool|Honda"),
    },
  ),
  ...fr(
    "voiture|moto|scooter|vélo cargo|remorque|pneus|pneus hiver|jantes|coffre de toit|siège de voiture|autoradio|camping-car|caravane|barres de toit|chaînes neige",
    {
      sizes: list("205/55 R16|195/65 R15|17 pouces|125 cm3|50 cm3|5 portes|diesel|essence"),
      brands: list(
        "Renault Clio|Clio 4|Peugeot 208|Peugeot 308|Citroën C3|Golf 7|Twingo|Toyota Yaris|Dacia Sandero|Yamaha|Honda|Vespa|Piaggio|Michelin|Continental|Thule",
      ),
    },
  ),
  ...fr(
    "vaisselle|service à café|verres à vin|casseroles|poêles|cocotte|couverts|assiettes|bocaux|plats à gratin|tasses|théière|moules à gâteau",
    {
      sizes: list("24 cm|28 cm|6 personnes|12 pièces"),
      brands: list("Le Creuset|Staub|Tefal|Ikea|Pyrex|Arcopal|Duralex"),
    },
  ),
  ...fr(
    "cadre|tableau|plantes|monstera|cactus|boutures|vase|bougies|rideaux|coussins|lustre|horloge|tapis berbère|affiches|plantes vertes|pots de fleurs|sapin artificiel|guirlandes",
    {
      sizes: list("50x70|1m20|2 m|80 cm|30 cm"),
    },
  ),
  ...fr("chaton|chatons|chiot|lapin|cochons d'inde|aquarium|cage à oiseaux|arbre à chat|niche|panier pour chien|litière|poules", {
    sizes: list("2 mois|3 mois|10 semaines|100 litres|60 L"),
  }),
  ...fr(
    "confitures|pommes|courgettes|tomates|œufs frais|miel|bois de chauffage|cartons de déménagement|palettes|tuiles|parquet|pots de peinture|plaques de plâtre|graines|plants de tomates|noix|citrouilles",
    {
      sizes: list("10 kg|5 kg|2 stères|20 m2|1 L|3 L"),
    },
  ),
];

const en = (nouns: string, extra: Omit<Thing, "noun"> = {}): Thing[] => list(nouns).map((noun) => ({ noun, ...extra }));

const EN_THINGS: Thing[] = [
  ...en(
    "sofa|corner sofa|sofa bed|couch|armchair|coffee table|dining table|garden table|office chair|desk|standing desk|chest of drawers|wardrobe|bookshelf|bookcase|bed frame|bunk bed|mattress|sideboard|TV stand|bar stools|floor lamp|mirror|rug|bench|dresser|nightstand|recliner",
    {
      sizes: list("king size|queen size|double|single|3 seater|2-seater|160x200|6ft|4 drawer|120cm"),
      brands: list("IKEA|Ikea Kallax|IKEA Billy|West Elm|Habitat|John Lewis|Made.com|Wayfair|Herman Miller|Ercol"),
    },
  ),
  ...en(
    "TV|monitor|laptop|gaming PC|tablet|phone|smartphone|speaker|bluetooth speaker|headphones|console|controller|printer|camera|lens|drone|smartwatch|hard drive|mechanical keyboard|mouse|router|e-reader|projector|soundbar|graphics card",
    {
      sizes: list('27 inch|32"|55 inch|65"|15 inch|13-inch|128GB|256 GB|1TB|4K'),
      brands: list(
        "Samsung|LG|Sony|Philips|Dell|HP|Lenovo|Asus|Acer|Apple|Canon|Nikon|Fujifilm|Logitech|JBL|Bose|Epson|DJI|Garmin|Kindle|Nvidia",
      ),
    },
  ),
  ...en(
    "fridge|fridge freezer|freezer|washing machine|tumble dryer|dishwasher|microwave|oven|hob|vacuum cleaner|robot vacuum|coffee maker|coffee machine|kettle|toaster|blender|stand mixer|air fryer|fan|heater|sewing machine|iron|juicer|slow cooker|bread maker",
    {
      sizes: list("8kg|7 kg|60cm|1500W|4 slice|5L"),
      brands: list(
        "Bosch|Whirlpool|Samsung|Miele|Dyson|Dyson V11|Breville|Nespresso|Krups|KitchenAid|Ninja|Smeg|De'Longhi|Singer|Kenwood|Shark|Russell Hobbs",
      ),
    },
  ),
  ...en(
    "jacket|coat|puffer jacket|leather jacket|dress|jeans|jumper|sweater|shirt|trainers|sneakers|hiking boots|boots|handbag|suit|wedding dress|ski suit|raincoat|hoodie|football boots|backpack|suitcase|watch",
    {
      sizes: list("size S|size M|size L|size XL|size 10|size 12|UK 8|size 9|EU 42|age 10-11"),
      brands: list(
        "Zara|Nike|Adidas|Levi's|Uniqlo|North Face|Patagonia|Barbour|Dr Martens|Converse|Vans|Timberland|Samsonite|Ted Baker|Superdry",
      ),
    },
  ),
  ...en(
    "pram|pushchair|stroller|car seat|travel cot|high chair|baby bouncer|baby carrier|playpen|changing table|baby monitor|baby clothes|toys|kids bike|scooter|balance bike|jigsaw|soft toys|play kitchen|school bag|kids books|cot bed|toddler bed",
    {
      sizes: list('0-3 months|3-6 months|12 months|age 2|age 3-4|age 5-6|16 inch|12"'),
      brands: list(
        "Bugaboo|Cybex|Maxi-Cosi|Joie|Chicco|Stokke|Babybjorn|iCandy|Silver Cross|Vtech|Playmobil|Lego|Duplo|Fisher-Price|Little Tikes",
      ),
    },
  ),
  ...en(
    "bike|mountain bike|road bike|e-bike|electric bike|city bike|folding bike|electric scooter|skis|snowboard|surfboard|paddle board|kayak|tent|sleeping bag|tennis racket|dumbbells|treadmill|exercise bike|rowing machine|bike helmet|roller skates|ice skates|ski boots|weight bench|ping pong table|trampoline|fishing rod|bike rack|golf clubs",
    {
      sizes: list('56cm|54 cm|medium frame|large frame|26"|27.5 inch|29er|21 speed|size 42|4 person|2-man|20kg'),
      brands: list(
        "Trek|Specialized|Giant|Cannondale|Brompton|Boardman|Carrera|Scott|Xiaomi|Rossignol|Salomon|Burton|Coleman|Wilson|Peloton|Concept2|Decathlon|Vango",
      ),
    },
  ),
  ...en(
    "guitar|electric guitar|acoustic guitar|bass guitar|amp|piano|digital piano|keyboard|drum kit|electronic drum kit|violin|ukulele|microphone|record player|turntable|vinyl records|saxophone|flute|effects pedal|mixer",
    {
      sizes: list("3/4 size|full size|88 key|61-key|20W|50 watt"),
      brands: list("Yamaha|Fender|Gibson|Epiphone|Roland|Casio|Korg|Marshall|Vox|Ibanez|Shure|Technics|Audio-Technica|Boss|Squier"),
    },
  ),
  ...en(
    "books|novels|comics|manga|textbooks|cookbooks|encyclopedias|DVDs|board games|video games|jigsaw puzzles|magazines|sheet music|travel guides|medical textbooks|law books|Pokémon cards|record collection",
    {
      sizes: list("volumes 1-10|1000 piece|500-piece|first year|A-level"),
    },
  ),
  ...en(
    "drill|cordless drill|impact driver|sander|circular saw|jigsaw|lawn mower|lawnmower|hedge trimmer|strimmer|pressure washer|ladder|step ladder|workbench|toolbox|wheelbarrow|chainsaw|compressor|welder|laser level|leaf blower|garden shredder|cement mixer|greenhouse|compost bin|water butt",
    {
      sizes: list("18V|18 volt|1200W|3m|5 step|42cm|6x4"),
      brands: list("Bosch|Makita|DeWalt|Ryobi|Black and Decker|Einhell|Stihl|Husqvarna|Karcher|Milwaukee|Worx|Flymo|Mountfield|Honda"),
    },
  ),
  ...en(
    "car|motorbike|moped|cargo bike|trailer|tyres|winter tyres|alloy wheels|roof box|car stereo|campervan|caravan|roof bars|snow chains",
    {
      sizes: list("205/55 R16|17 inch|125cc|50cc|5 door|diesel|petrol|automatic"),
      brands: list("Ford Fiesta|VW Golf|Vauxhall Corsa|Toyota Yaris|Honda Civic|Nissan Leaf|Mini Cooper|Yamaha|Vespa|Michelin|Thule"),
    },
  ),
  ...en("dinner set|wine glasses|saucepans|frying pans|casserole dish|cutlery|plates|mason jars|mugs|teapot|baking tins", {
    sizes: list("24cm|28 cm|6 piece|12 place"),
    brands: list("Le Creuset|Staub|Tefal|IKEA|Pyrex|Denby|Emma Bridgewater"),
  }),
  ...en(
    "picture frame|painting|plants|monstera|cactus|cuttings|vase|candles|curtains|cushions|chandelier|wall clock|posters|houseplants|plant pots|artificial Christmas tree|fairy lights",
    {
      sizes: list("50x70|1.2m|6ft|80cm|30cm"),
    },
  ),
  ...en("kitten|kittens|puppy|rabbit|guinea pigs|fish tank|bird cage|cat tree|dog crate|dog bed|cat litter|hens", {
    sizes: list("8 weeks|10 weeks old|100 litre|60L"),
  }),
  ...en(
    "jam|apples|courgettes|tomatoes|fresh eggs|honey|firewood|moving boxes|pallets|roof tiles|laminate flooring|paint tins|plasterboard|seeds|tomato plants|walnuts|pumpkins",
    {
      sizes: list("10kg|5 kg|a cubic metre|20 m2|1L"),
    },
  ),
];

/** Adjectives written before or after the noun: kept in the title. */
const FR_BEFORE = list("vieux|vieille|petit|petite|grand|grande|gros|beau|belle|joli|jolie|ancien|ancienne|super");
const FR_AFTER = list(
  "du jardin|maison|bio|de saison|du potager|fait maison|électrique|pliable|pliant|vintage|ancien|design|rétro|scandinave|industriel|en bois|en chêne|en pin|en métal|en verre|en cuir|en velours|en rotin|en inox|d'occasion|de collection|pour enfant|pour adulte|de compétition|de randonnée|noir|noire|blanc|blanche|gris|grise|rouge|bleu|bleue|vert|verte|beige|rose|bleu marine|marron|jaune|argent|doré",
);
const EN_BEFORE = list(
  "homemade|organic|home-grown|old|vintage|small|large|big|electric|folding|antique|retro|portable|cordless|adjustable|wooden|oak|pine|metal|glass|leather|velvet|rattan|black|white|grey|gray|red|blue|green|beige|pink|navy|brown|silver|kids|children's|mid-century|second-hand|heavy duty",
);

const YEARS = list("2012|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023");

const FR_COUNTS = list("lot de 3|lot de 5|lot de 10|lot de 12|lot de 20|paire de|set de 4|2|3|4|6|10|20|carton de|sac de|caisse de");
const EN_COUNTS = list("set of 4|set of 6|set of 2|pair of|bundle of|box of|bag of|2|3|4|6|10|job lot of|stack of");

/** Services, with their qualifiers (kept in the title). */
const FR_SERVICES = list(
  "cours de maths|cours d'anglais|cours de piano|cours de guitare|cours de français|cours de physique|cours de chant|cours de yoga|cours de dessin|cours d'espagnol|cours de code|cours d'informatique|cours de batterie|cours de violon|cours de natation|cours de cuisine|" +
    "soutien scolaire|soutien en maths|aide aux devoirs|aide au déménagement|garde d'enfants|baby-sitting|babysitting|garde de chats|garde de chiens|promenade de chiens|pet-sitting|ménage|repassage|jardinage|tonte de pelouse|taille de haies|" +
    "petits travaux|bricolage|montage de meubles|réparation de vélos|réparation d'ordinateurs|dépannage informatique|retouches|couture|coiffure|manucure|massages|photos de mariage|shooting photo|séance photo|traduction anglais-français|" +
    "relecture de mémoires|correction de CV|création de sites web|site vitrine WordPress|création de logo|montage vidéo|covoiturage|déménagement|plomberie|travaux d'électricité|peinture intérieure|pose de parquet|nettoyage de vitres|" +
    "cours de guitare électrique|accompagnement administratif|aide aux courses|livraison de courses|transport de meubles|dev fullstack React/Node|intégration web|community management|rédaction web|cours de mandarin",
);
const FR_SERVICE_QUALIFIERS = list(
  "pour débutants|pour enfants|pour adultes|niveau collège|niveau lycée|tous niveaux|à domicile|en ligne|niveau débutant|pour seniors|pour particuliers|pour petites entreprises|pour associations|pour mariages|en anglais|pour expatriés|pour professionnels",
);
const EN_SERVICES = list(
  "maths tutoring|math tutoring|english lessons|french lessons|piano lessons|guitar lessons|coding lessons|yoga classes|spanish lessons|art classes|singing lessons|drum lessons|swimming lessons|cooking classes|physics tutoring|chemistry tutoring|" +
    "dog walking|pet sitting|cat sitting|babysitting|childcare|house cleaning|ironing|gardening|lawn mowing|hedge trimming|handyman jobs|odd jobs|furniture assembly|flat pack assembly|bike repair|bike servicing|computer repair|phone screen repair|" +
    "clothing alterations|hairdressing|haircuts|portrait photography|wedding photography|headshots|English to French translation|proofreading|CV writing|web design|WordPress websites|logo design|video editing|moving help|man with a van|" +
    "driving lessons|tax return help|IT support|window cleaning|painting and decorating|plumbing|electrical work|carpet cleaning|grocery delivery|React development|UX design|copywriting|social media management|mandarin lessons",
);
const EN_SERVICE_QUALIFIERS = list(
  "for beginners|for kids|for adults|for all levels|at home|online|for seniors|for GCSE students|up to A-level|for small businesses|for startups|for weddings|for charities|in French|for expats|for professionals",
);

// ------------------------------------------------------------------------------ the thing

/** Tickets: "2 places pour le concert de …", "4 tickets for …" (the count and the event are the thing). */
const FR_EVENTS = list(
  "le concert d'Aya Nakamura|le concert de Stromae|le match PSG-OM|le festival des Vieilles Charrues|Roland-Garros|le spectacle de Gad Elmaleh|la finale de rugby|Hellfest|le concert de Orelsan|l'opéra Carmen",
);
const EN_EVENTS = list(
  "the Taylor Swift concert|the Arctic Monkeys gig|Glastonbury|the cup final|Hamilton|the Ed Sheeran show|Wimbledon|the Lakers game|Reading festival|the Adele concert",
);
/** Model codes between a brand and its noun. */
const MODELS = list(
  "SL-1500 MK3|WH-900|X-T30|A6400|RTX 2070|G305|K2 Pro|TX-55|CX 350|DR-40|M3 Max|HX90|V15 Detect|S9+|Z Flip 3|E-M10|Series 7|QC45|KX-200|P-125",
);
/** Product lines after a brand: "Philips Hue", "Sonos One". */
const LINES = list("Hue|One|Series 5|Pro|Air|Mini|Elite|Classic|Go|Max|Ultra|Lite|Plus|Studio|Sport");
const FR_MORE = list(
  "massif|noir|blanc|tricoté main|fait main|complet|d'époque|avec housse|avec ses pieds|en très bon état général|pliable|grand format|XXL",
);
const EN_MORE = list("handmade|hand knitted|complete|with case|with stand|starter kit|bundle|set|kit|edition|collection");

function thingPhrase(lang: Lang, rnd: () => number): string {
  const things = lang === "fr" ? FR_THINGS : EN_THINGS;
  if (rnd() < 0.04) {
    const n = pick(list("2|2|3|4|deux|two"), rnd);
    return lang === "fr"
      ? `${n} ${pick(list("places|billets|entrées|places assises"), rnd)} pour ${pick(FR_EVENTS, rnd)}`
      : `${n} ${pick(list("tickets|standing tickets|seats"), rnd)} for ${pick(EN_EVENTS, rnd)}`;
  }
  const thing = pick(things, rnd);
  let phrase = thing.noun;
  const brand = thing.brands && rnd() < 0.4 ? pick(thing.brands, rnd) : undefined;
  if (lang === "fr") {
    if (brand) phrase = rnd() < 0.8 ? `${phrase} ${brand}` : `${brand} ${rnd() < 0.5 ? `${phrase}` : ""}`.trim();
    if (rnd() < 0.12) phrase = `${pick(FR_BEFORE, rnd)} ${phrase}`;
    if (thing.sizes && rnd() < 0.15) phrase = `${phrase} ${pick(thing.sizes, rnd)}`;
    if (rnd() < 0.3) phrase = `${phrase} ${pick(FR_AFTER, rnd)}`;
    if (rnd() < 0.1) phrase = `${phrase} ${pick(FR_AFTER, rnd)}`;
    if (rnd() < 0.12) phrase = `${phrase} ${pick(FR_MORE, rnd)}`;
  } else {
    if (rnd() < 0.3) phrase = `${pick(EN_BEFORE, rnd)} ${phrase}`;
    if (brand) {
      const line = rnd() < 0.25 ? ` ${pick(LINES, rnd)}` : rnd() < 0.2 ? ` ${pick(MODELS, rnd)}` : "";
      phrase = rnd() < 0.75 ? `${brand}${line} ${phrase}` : rnd() < 0.5 ? `${brand}${line}` : `${phrase} ${brand}`;
    }
    if (rnd() < 0.08) phrase = `${phrase} ${pick(EN_MORE, rnd)}`;
  }
  if (rnd() < 0.08)
    phrase = `${phrase} ${pick(list("2 | X| Pro| Mini| Max| 500| 3| S| XL| V2| Plus| Air| F310| 42115| XR| T7"), rnd).trim()}`;
  if (thing.sizes && rnd() < 0.3) phrase = `${phrase} ${pick(thing.sizes, rnd)}`;
  // A bare year is the model's ("Clio 4 2016"); "de 2015" says when it was bought (after the title)
  if (rnd() < 0.04) phrase = `${phrase} ${pick(YEARS, rnd)}`;
  if (rnd() < 0.12) {
    const count = pick(lang === "fr" ? FR_COUNTS : EN_COUNTS, rnd);
    const joiner = /(de|of|\d)$/.test(count) ? " " : lang === "fr" ? " de " : " of ";
    phrase = `${count}${joiner}${phrase}`.replace(/ de ([aeiouyhéè])/i, " d'$1");
  }
  // "ps5 avec 2 manettes", "table + 4 chaises", "throne and hi-hat stand": the extra belongs to the thing
  if (rnd() < 0.15) {
    const extra = pick(
      things.filter((t) => t.brands === thing.brands),
      rnd,
    ).noun;
    phrase = `${phrase} ${pick(lang === "fr" ? list("avec|+|et|et|&") : list("with|+|and|and|&"), rnd)} ${rnd() < 0.3 ? `${pick(list("2|3|4"), rnd)} ` : ""}${extra}`;
  }
  return phrase;
}

function servicePhrase(lang: Lang, rnd: () => number): string {
  let phrase = pick(lang === "fr" ? FR_SERVICES : EN_SERVICES, rnd);
  if (rnd() < 0.1) phrase = `${phrase} ${lang === "fr" ? "et" : "and"} ${pick(lang === "fr" ? FR_SERVICES : EN_SERVICES, rnd)}`;
  if (rnd() < 0.25) phrase = `${phrase} ${pick(lang === "fr" ? FR_SERVICE_QUALIFIERS : EN_SERVICE_QUALIFIERS, rnd)}`;
  return phrase;
}

// ------------------------------------------------------------------------------ around it

const FR_PRICE = list(
  "50€|50 €|50 euros|50e|50 eur|€50|120 balles|cent balles|30 boules|1k|1,5k€|1 200 €|49,90€|80 CHF|60 francs|75 000 FCFA|40 CAD|15$|200 dollars|90 euros|15€/h|25€ de l'heure|20 € la séance|10 balles pièce|5€ pièce|300€ le lot|35€ à débattre|prix 80€|150 € ferme|à 40€|pour 25 euros|gratuit|gratuitement|prix libre|350€ négociable|12€|8 euros|2500€|700 €",
);
const EN_PRICE = list(
  "£30|30 pounds|20 quid|$120|120$|120 bucks|€45|45 euros|80 CHF|40 CAD|a tenner|£15/hour|$40/hr|£25 an hour|£10 each|$5 each|£200 ono|$350 obo|for £60|asking £80|free|for free|£1,200|$2k|£12.50|90€|25 per session|pay what you want|£8",
);
const FR_PLACE = list(
  "à {town}|sur {town}|{town}|à {townlc}|sur {townlc}|{townlc}|à récupérer à {town}|à venir chercher à {town}|retrait à {town}|dans le coin de {town}|vers {townlc}|près de {town}|quartier centre, {town}|secteur {town}|({town})",
);
const EN_PLACE = list(
  "in {town}|in {townlc}|{town}|{townlc}|near {town}|around {town}|pickup in {town}|collection from {town}|collect from {town}|{town} area|({town})|based in {town}|pick up {townlc}",
);
const FR_COND = list(
  "très bon état|TBE|bon état|état neuf|comme neuf|jamais servi|peu servi|quelques rayures|état correct|jamais porté|servi deux fois|fonctionne parfaitement|marche nickel|encore emballé|complet avec sa boîte|avec facture|sous garantie",
);
const EN_COND = list(
  "like new|good condition|great condition|barely used|never used|some wear|mint condition|works perfectly|still boxed|used a few times|fully working|excellent condition|still under warranty|with receipt|a few scratches",
);
/** What people add about the thing after a comma: never the title, though nouns and sizes are in it. */
const FR_DETAILS = list(
  "bois massif|couleur gris anthracite|acheté en 2019|achetée chez Ikea|environ 3 cartons|pots de 500g|dimensions 120x60|160x80|3 places|gris clair|modèle 2020|batterie neuve|avec sa housse|notice incluse|idéal pour étudiant|cause double emploi|peu de kilomètres|180 000 km|révisé récemment|super confortable|petite tache sur le côté|vendu avec chargeur|pieds en métal|tissu déhoussable|convient aux débutants|pour 6 personnes|marque Ikea|taille normalement|cadre aluminium|freins à disque|écran fissuré|plus de 50 livres|une vingtaine de pièces|couleur bleu nuit|hauteur 1m50|livré avec 2 manettes|quelques jeux inclus|acheté 400€",
);
const EN_DETAILS = list(
  "solid oak|grey|charcoal colour|bought in 2019|from IKEA|about 3 boxes|500g jars|120x60|160x80|3 seater|model year 2020|new battery|comes with cover|manual included|ideal for students|selling due to upgrade|low mileage|120k miles|recently serviced|super comfy|small stain on the side|charger included|metal legs|removable covers|great for beginners|seats 6|aluminium frame|disc brakes|cracked screen|over 50 books|about twenty pieces|navy blue|1.5m tall|comes with 2 controllers|a few games included|paid £400",
);
/** What follows the thing with no comma and is not it: a venue and a date, a possessive complement, when it was bought. */
const FR_TRAILING = list(
  "de 2012|de 2016|de 2019|de 2008|de 2021|encore dans sa boîte|dans son emballage d'origine|pour refaire ma cuisine|pour réparer mon site|pour m'aider à déménager|pour mon mariage|dispo pour des missions courtes|au Zénith le 12 mai|pour le match de samedi|avec son pot|avec sa housse|avec ses accessoires|de ma grand-mère|de mon fils|de ma fille|montés sur jantes|achetée en 2019|acheté l'an dernier|le soir après 18h|ce samedi|depuis chez moi|dans mon quartier|au parc de la Tête d'Or|pendant que vous êtes en vacances|qui ne sert plus|que je n'utilise plus",
);
const EN_TRAILING = list(
  "from 2016|from 2019|from 2008|still in the box|in its original packaging|to redo my kitchen|to fix my website|to help me move|for my wedding|available for short gigs|at Wembley on July 12|for Saturday's game|with its pot|with its cover|with all its accessories|of my grandmother's|that my son outgrew|mounted on rims|bought in 2019|bought last year|after 6pm|this Saturday|from my place|in my neighbourhood|in Hyde Park|while you travel|that I no longer use|I never use",
);
/** Sub-items in brackets after the thing: "(Coltrane, Miles Davis)", "(3 bulbs + bridge)". */
const FR_BRACKETS = list(
  "(lit, bureau, commode)|(rabots, scies, serre-joints)|(Astérix, Tintin)|(3 ampoules + pont)|(Zelda, Mario Kart)|(tailles 2 à 4 ans)|(bleu et gris)|(2 tomes manquants)|(avec 2 batteries)",
);
const EN_BRACKETS = list(
  "(bed, desk, drawers)|(planes, saws, clamps)|(Zelda, Mario Kart)|(3 bulbs + bridge)|(Harry Potter, Narnia)|(ages 2-4)|(blue and grey)|(two volumes missing)|(2 batteries)",
);

const FR_WHEN = list(
  "le samedi|le weekend|en semaine|le soir|tous les mercredis|deux fois par semaine|pendant les vacances|le dimanche matin|dès septembre|cet été|ce weekend|en soirée|toute l'année|une fois par mois",
);
const FR_DURATION = list("10 jours|2 semaines|un mois|3 nuits|pendant 15 jours|pour 1 semaine");
const EN_WHEN = list(
  "on saturdays|at weekends|weekday evenings|every wednesday|twice a week|during the holidays|on sunday mornings|from september|this summer|this weekend|in the evenings|all year round|once a month",
);
const EN_DURATION = list("for 10 days|for two weeks|for a month|3 nights|for a week");
const FR_CONTACT = list(
  "MP moi|écrivez-moi|envoyez-moi un message|contactez-moi|premier arrivé premier servi|dispo rapidement|urgent|faites-moi signe|n'hésitez pas|merci de me contacter",
);
const EN_CONTACT = list(
  "DM me|message me|drop me a message|get in touch|first come first served|must go|collection only|no timewasters|shout if interested|serious offers only",
);
const FR_STORY_BEFORE = list(
  "je déménage donc|on déménage à la fin du mois et|suite à mon déménagement,|les enfants ont grandi donc|je fais du tri dans le garage et|ma fille est partie à la fac,|j'ai changé de {other} du coup|on vide la maison de ma grand-mère,|plus de place dans mon studio,|je pars vivre à l'étranger,|mon fils ne s'en sert plus,|je viens d'acheter un nouveau {other} donc|je suis retraité et|je suis étudiante en master et|on a refait la cuisine et|on s'installe ensemble et|petit tri de printemps :|bon alors voilà,|j'ai hérité d'un {other} et",
);
const EN_STORY_BEFORE = list(
  "moving out next month so|we're clearing out the garage and|the kids have outgrown it so|decluttering my flat,|just bought a new {other} so|relocating to Spain,|upgraded my {other} so|my daughter left for uni and|we're downsizing and|spring clean time:|so basically|I'm a retired teacher and|I'm a student and|redoing the kitchen so|long story short,|hey all, moving abroad soon so",
);
const FR_STORY_AFTER = list(
  "je l'ai acheté il y a 2 ans|il a très peu servi|je n'en ai plus l'utilité|cause déménagement|car je déménage|parce que je n'ai plus de place|acheté l'an dernier|c'était à ma mère|on en a plus besoin|il prend la poussière",
);
const EN_STORY_AFTER = list(
  "bought it two years ago|hardly used it|no longer need it|moving house|because we're moving|no room for it anymore|bought last year|it was my mum's|we don't need it anymore|it's just gathering dust",
);
const FR_OPENERS = list(
  "publie :|publie ça :|mets en ligne :|annonce :|nouvelle annonce :|peux-tu publier ça :|tu peux poster ça :|ajoute une annonce :|mets une annonce stp :|à publier :|poste ceci :|crée une annonce :|nouvelle offre :|mets en ligne stp :|tu peux mettre ça en ligne :|publie pour moi :",
);
const EN_OPENERS = list(
  "post this:|new listing:|list this:|can you post this:|ad:|please post:|post for me:|add a listing:|put this up:|listing:|post:|new post:|create a listing:|can you list this for me:|publish this:",
);
const FR_GREETINGS = list("salut|bonjour|coucou|hello|bonsoir|bjr|slt|hey");
const EN_GREETINGS = list("hi|hello|hey|hiya|hi all|hey there|morning|yo");

const FR_DET = list(
  "|||un|une|des|mon|ma|mes|notre|nos|le|la|les|du|plein de|beaucoup de|trop de|quelques|pas mal de|tous mes|toutes mes|une paire de|une trentaine de|une dizaine de",
);
const EN_DET = list("|||a|an|my|our|some|the|this|way too many|a bunch of|loads of|a few|lots of|all my|too many|a pair of|a dozen");

type Kind = "offer" | "want" | "service" | "swap" | "task";

/** Tasks someone is wanted for: the title is the task as written. */
const TASKS = (GAZETTEERS.task ?? []).filter((task) => !/^m'/.test(task));

/** The frame around the title: [before, after] (the title goes between them). */
function frame(lang: Lang, kind: Kind, rnd: () => number): [string, string] {
  const d = lang === "fr" ? pick(FR_DET, rnd) : pick(EN_DET, rnd);
  const det = d ? `${d} ` : "";
  if (lang === "fr") {
    if (kind === "offer")
      return pick(
        [
          [`je vends ${det}`, ""],
          [`vends ${det}`, ""],
          [`vds ${det}`, ""],
          [`jvends ${det}`, ""],
          [`je revends ${det}`, ""],
          ["à vendre : ", ""],
          ["", " à vendre"],
          ["", " à donner"],
          ["", " à prêter"],
          ["", " à céder"],
          ["", " dispo"],
          [`je me sépare de ${det}`, ""],
          [`je cède ${det}`, ""],
          [`je donne ${det}`, ""],
          [`donne ${det}`, ""],
          ["à donner : ", ""],
          [`je prête ${det}`, ""],
          [`je peux prêter ${det}`, ""],
          [`je loue ${det}`, ""],
          ["", " à louer"],
          [`j'ai ${det}`, " à vendre"],
          [`j'ai ${det}`, " à donner"],
          [`j'ai ${det}`, " dont je ne me sers plus"],
          [`on a ${det}`, " qui ne sert plus"],
          [`il me reste ${det}`, ""],
          [`qui veut ${det}`, " ?"],
          [`qui serait intéressé par ${det}`, " ?"],
          [`je propose ${det}`, ""],
          ["", ""],
          ["", ""],
          // "publie : une machine à coudre, …": the article stays out of the title
          [det, ""],
          [det, ""],
          [`vente ${det}`, ""],
          ["don : ", ""],
          [`je mets en vente ${det}`, ""],
          [`je souhaite vendre ${det}`, ""],
          [`je voudrais donner ${det}`, ""],
        ] as [string, string][],
        rnd,
      );
    if (kind === "want")
      return pick(
        [
          [`je cherche ${det}`, ""],
          [`recherche ${det}`, ""],
          [`cherche ${det}`, ""],
          [`je recherche ${det}`, ""],
          ["besoin d'un ", ""],
          ["j'ai besoin d'", ""],
          ["quelqu'un aurait ", " à prêter ?"],
          [`on cherche ${det}`, ""],
          ["demande : ", ""],
          ["recherche : ", ""],
          [det, ""],
          [`je voudrais emprunter ${det}`, ""],
          ["qui aurait ", " à me prêter ?"],
          [`je suis à la recherche d'`, ""],
        ] as [string, string][],
        rnd,
      );
    if (kind === "task")
      return pick(
        [
          ["je cherche quelqu'un pour ", ""],
          ["besoin de quelqu'un pour ", ""],
          ["qqn pour ", ""],
          ["quelqu'un pourrait ", " ?"],
          ["recherche une personne pour ", ""],
          ["qui peut ", " ?"],
          ["cherche qqn qui peut ", ""],
        ] as [string, string][],
        rnd,
      );
    if (kind === "service")
      return pick(
        [
          ["dispo pour du freelance ", ""],
          ["je suis freelance, je propose ", ""],
          ["je propose ", ""],
          ["je propose des ", ""],
          ["propose ", ""],
          ["je donne des ", ""],
          ["je fais du ", ""],
          ["je fais des ", ""],
          ["j'offre mes services : ", ""],
          ["dispo pour ", ""],
          ["", " proposé"],
          ["", ""],
          ["je cherche quelqu'un pour du ", ""],
          ["recherche ", ""],
          ["je peux faire du ", ""],
          ["services : ", ""],
          ["propose mes services de ", ""],
        ] as [string, string][],
        rnd,
      );
    return pick(
      [
        [`j'échange ${det}`, ` contre ${pick(FR_THINGS, rnd).noun}`],
        [`troc : ${det}`, ` contre ${pick(FR_THINGS, rnd).noun}`],
        [`je cherche à échanger ${det}`, ` contre ${pick(FR_THINGS, rnd).noun}`],
        [`échange ${det}`, ` contre ${pick(FR_THINGS, rnd).noun}`],
      ] as [string, string][],
      rnd,
    );
  }
  if (kind === "offer")
    return pick(
      [
        [`selling ${det}`, ""],
        [`I'm selling ${det}`, ""],
        ["for sale: ", ""],
        ["", " for sale"],
        [`giving away ${det}`, ""],
        ["free ", ""],
        ["", " free to a good home"],
        ["", " up for grabs"],
        [`I have ${det}`, " to give away"],
        [`I've got ${det}`, " going spare"],
        [`got ${det}`, " to sell"],
        [`I'm lending ${det}`, ""],
        [`can lend ${det}`, ""],
        [`happy to lend ${det}`, ""],
        ["", " to lend"],
        ["FS: ", ""],
        ["WTS ", ""],
        [`anyone want ${det}`, "?"],
        [`anyone interested in ${det}`, "?"],
        ["", ""],
        ["", ""],
        [det, ""],
        [det, ""],
        [`getting rid of ${det}`, ""],
        [`I'd like to sell ${det}`, ""],
        [`offering ${det}`, ""],
        ["", " available"],
        [`need to get rid of ${det}`, ""],
      ] as [string, string][],
      rnd,
    );
  if (kind === "want")
    return pick(
      [
        [`looking for ${det}`, ""],
        ["wanted: ", ""],
        [`need ${det}`, ""],
        [`I need ${det}`, ""],
        ["WTB ", ""],
        ["ISO ", ""],
        [`in search of ${det}`, ""],
        [`does anyone have ${det}`, " I could borrow?"],
        [`anyone got ${det}`, " to lend?"],
        [`I'm after ${det}`, ""],
        [`we need ${det}`, ""],
        [`want to borrow ${det}`, ""],
        [det, ""],
      ] as [string, string][],
      rnd,
    );
  if (kind === "task")
    return pick(
      [
        ["I need someone to ", ""],
        ["looking for someone to ", ""],
        ["need somebody to ", ""],
        ["anyone able to ", "?"],
        ["can someone ", "?"],
        ["wanted: someone to ", ""],
      ] as [string, string][],
      rnd,
    );
  if (kind === "service")
    return pick(
      [
        ["available for freelance ", ""],
        ["offering freelance ", ""],
        ["offering ", ""],
        ["I offer ", ""],
        ["I do ", ""],
        ["I'm offering ", ""],
        ["available for ", ""],
        ["I can do ", ""],
        ["", " available"],
        ["", " offered"],
        ["", ""],
        ["I provide ", ""],
        ["need someone for ", ""],
        ["looking for ", ""],
        ["my services: ", ""],
      ] as [string, string][],
      rnd,
    );
  return pick(
    [
      [`swap my ${det}`, ` for ${pick(EN_THINGS, rnd).noun}`],
      [`trading ${det}`, ` for ${pick(EN_THINGS, rnd).noun}`],
      [`looking to swap ${det}`, ` for ${pick(EN_THINGS, rnd).noun}`],
      ["swap: ", ` for ${pick(EN_THINGS, rnd).noun}`],
    ] as [string, string][],
    rnd,
  );
}

const fill = (text: string, rnd: () => number, lang: Lang) =>
  text
    .replace(/\{town\}/g, () => pick(GAZETTEERS.town ?? [], rnd))
    .replace(/\{townlc\}/g, () => pick(GAZETTEERS.town ?? [], rnd).toLowerCase())
    .replace(/\{other\}/g, () => pick(lang === "fr" ? FR_THINGS : EN_THINGS, rnd).noun);

export type TitleExample = { text: string; start: number; end: number };

/** One posting: pieces of text and which one is the title, then roughened piece by piece. */
function posting(rnd: () => number): TitleExample {
  const lang: Lang = rnd() < 0.5 ? "fr" : "en";
  // Mixed lines: the thing in the other language ("je vends mon standing desk", "selling my canapé")
  const thingLang: Lang = rnd() < 0.12 ? (lang === "fr" ? "en" : "fr") : lang;
  const r = rnd();
  const kind: Kind = r < 0.52 ? "offer" : r < 0.68 ? "want" : r < 0.89 ? "service" : r < 0.95 ? "swap" : "task";
  const title =
    kind === "service"
      ? servicePhrase(thingLang, rnd)
      : kind === "task"
        ? pick(
            TASKS.filter((task) => /[éèàç]|\b(un|une|mon|ma|mes|le|la|les|des)\b/.test(task) === (lang === "fr")),
            rnd,
          )
        : thingPhrase(thingLang, rnd);
  const F = lang === "fr";
  const before: string[] = [];
  const after: string[] = [];
  if (rnd() < 0.15) before.push(`${pick(F ? FR_GREETINGS : EN_GREETINGS, rnd)}${pick([",", "!", "", " !"], rnd)}`);
  if (rnd() < 0.3) before.push(pick(F ? FR_OPENERS : EN_OPENERS, rnd));
  if (rnd() < 0.2) before.push(fill(pick(F ? FR_STORY_BEFORE : EN_STORY_BEFORE, rnd), rnd, lang));
  const [lead, tail] = frame(lang, kind, rnd);
  // Inverted: "vélo Btwin, 80€, Lyon", "IKEA desk £40 Leeds"
  const bare = lead === "" && tail === "";
  const sep = () => pick(bare ? [", ", ", ", " - ", " "] : [", ", ", ", ", ", " ", " - ", ". ", " ("], rnd);
  const extras: string[] = [];
  if (kind !== "service" && rnd() < 0.35) extras.push(pick(F ? FR_COND : EN_COND, rnd));
  if (rnd() < 0.3) extras.push(pick(F ? FR_DETAILS : EN_DETAILS, rnd));
  if (kind === "service" && rnd() < 0.35) extras.push(pick(F ? [...FR_WHEN, ...FR_DURATION] : [...EN_WHEN, ...EN_DURATION], rnd));
  if (rnd() < 0.6) extras.push(pick(F ? FR_PRICE : EN_PRICE, rnd));
  if (rnd() < 0.6) extras.push(fill(pick(F ? FR_PLACE : EN_PLACE, rnd), rnd, lang));
  if (rnd() < 0.12) extras.push(fill(pick(F ? FR_STORY_AFTER : EN_STORY_AFTER, rnd), rnd, lang));
  if (rnd() < 0.1) extras.push(pick(F ? FR_CONTACT : EN_CONTACT, rnd));
  for (let k = extras.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [extras[k], extras[j]] = [extras[j] as string, extras[k] as string];
  }
  for (const extra of extras) {
    const s = sep();
    after.push(s === " (" ? ` (${extra})` : `${s}${extra}`);
  }
  if (rnd() < 0.1) after.push(` ${pick(list("stp|svp|please|merci|thanks|!|🙏|:)|merci d'avance|cheers|thx"), rnd)}`);
  // A place or a price said right after the thing with no comma: "vélo 50€ lyon", "chaise à Lyon"
  const head = [...before, lead].join(" ").replace(/\s+/g, " ").trimStart();
  const when = kind === "offer" ? [] : F ? FR_WHEN : EN_WHEN;
  const trailing =
    rnd() < 0.15
      ? ` ${pick(F ? FR_TRAILING : EN_TRAILING, rnd)}`
      : when.length > 0 && rnd() < 0.15
        ? ` ${pick([...when, ...(F ? FR_DURATION : EN_DURATION), ...list(F ? "samedi|demain|ce weekend|lundi soir|cette semaine|en août|en juillet|du 3 au 10 mai|pendant les fêtes" : "saturday|tomorrow|this weekend|monday night|next week|in august|in july|from 3 to 10 may|over christmas")], rnd)}`
        : "";
  const brackets = rnd() < 0.06 ? ` ${pick(F ? FR_BRACKETS : EN_BRACKETS, rnd)}` : "";
  const rest = `${trailing}${brackets}${tail}${after.join("")}`;
  return roughen(head, title, rest, rnd);
}

/** Phones' typing on every piece alike (case, accents, punctuation, a typo), so the title's place in the text stays known. */
function roughen(head: string, title: string, rest: string, rnd: () => number): TitleExample {
  const lower = rnd() < 0.45;
  const accents = rnd() < 0.3;
  const punctuation = rnd() < 0.15;
  const base = (s: string) => {
    let out = lower ? s.toLowerCase() : s;
    if (accents) out = stripAccents(out);
    return punctuation ? out.replace(/[!?.,:;()]/g, " ").replace(/ {2,}/g, " ") : out;
  };
  const h = base(head);
  let t = lower ? title.toLowerCase() : title;
  if (accents) t = stripAccents(t);
  if (rnd() < 0.12) t = typo(t, rnd);
  let r = base(rest);
  if (rnd() < 0.1) r = typo(r, rnd);
  const glue = h === "" || /[\s'’]$/.test(h) ? "" : " ";
  let text = `${h}${glue}${t}${r}`.replace(/\s+$/, "");
  if (!lower && rnd() < 0.5) text = text.charAt(0).toUpperCase() + text.slice(1);
  const start = h.length + glue.length;
  return { text, start, end: start + t.length };
}

/** `count` postings with their title's place (deterministic for a seed). */
export function titleExamples(count = 12000, seed = 23): TitleExample[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => posting(rnd));
}
