/**
 * Words a search treats as the same word: the other language's word for it ("panier" ↔
 * "basket"), spellings and shortenings ("rando" ↔ "randonnée", "ordi" ↔ "ordinateur"), and
 * one language's compound for the other's phrase ("houseplant" ↔ "plante d'intérieur").
 * Unlike the embedder's lexicon (core/src/ai/lexicon.ts), whose concepts are loose on purpose
 * ("console" sits with "jeux"), these are strict: a listing holding any of them holds the
 * query word. Folded (lower case, no accents); an entry of several words is a phrase, matched
 * in a query as consecutive words and in a listing as words it holds.
 */
import { lightStem, words } from "../text/normalize.ts";
import { STOPWORDS } from "../text/stopwords.ts";

const FAMILIES: string[][] = [
  // bikes
  ["velo", "bike", "bicycle", "bicyclette", "cycle"],
  ["vtt", "mountain bike", "mtb", "velo tout terrain"],
  ["vae", "ebike", "e-bike", "velo electrique", "velo assistance electrique", "pedelec"],
  ["electrique", "electric"],
  ["ville", "city", "urbain", "urban"],
  ["panier", "basket"],
  ["route", "road"],
  ["enfant", "kid", "child", "children", "junior"],
  ["bebe", "baby", "nourrisson", "infant"],
  ["pouce", "inch"],
  ["antivol", "bike lock"],
  // music
  ["guitare", "guitar"],
  ["acoustique", "acoustic"],
  ["numerique", "digital"],
  ["clavier", "keyboard"],
  ["touche", "key"],
  ["violon", "violin", "fiddle"],
  ["archet", "bow"],
  ["ukulele", "uke"],
  ["ampli", "amplificateur", "amp", "amplifier"],
  ["instrument", "instruments"],
  ["musique", "music", "musical"],
  // furniture
  ["canape", "sofa", "couch", "settee"],
  ["bureau", "desk", "office"],
  ["chaise", "chair"],
  ["ergonomique", "ergonomic"],
  ["fauteuil", "armchair"],
  ["etagere", "shelf", "shelves", "shelving", "bookshelf", "bookcase", "bibliotheque"],
  ["manger", "dining"],
  ["extensible", "extendable", "extending"],
  ["bois", "wood", "wooden"],
  ["chene", "oak"],
  ["pin", "pine"],
  ["hetre", "beech"],
  ["noyer", "walnut"],
  ["tiroir", "drawer"],
  ["velours", "velvet"],
  ["meuble", "furniture", "mobilier"],
  ["armoire", "wardrobe"],
  ["commode", "chest of drawers", "dresser"],
  ["lit", "bed"],
  ["matelas", "mattress"],
  ["lampe", "lamp"],
  ["gris", "grey", "gray"],
  ["blanc", "white"],
  ["noir", "black"],
  ["rouge", "red"],
  ["vert", "green"],
  ["bleu", "blue"],
  // electronics
  ["ordinateur", "ordi", "computer", "pc"],
  ["ordinateur portable", "ordi portable", "pc portable", "laptop", "notebook"],
  ["ecran", "screen", "monitor", "moniteur", "display"],
  ["telephone", "phone", "smartphone", "mobile", "cellphone"],
  ["tablette", "tablet"],
  ["liseuse", "e-reader", "ereader", "e-book reader", "liseuse electronique"],
  ["casque", "headphones", "headset", "casque audio", "helmet"],
  ["ecouteurs", "earbuds", "earphones"],
  ["anti bruit", "antibruit", "noise cancelling", "noise-cancelling", "noise canceling", "reduction bruit", "active noise"],
  ["bruit", "noise"],
  ["enceinte", "speaker", "haut-parleur", "loudspeaker"],
  ["videoprojecteur", "video-projecteur", "projecteur", "projector", "video projector", "beamer"],
  ["appareil photo", "camera", "appareil"],
  ["hybride", "mirrorless"],
  ["objectif", "lens"],
  ["reflex", "dslr"],
  ["batterie", "battery"],
  ["chargeur", "charger"],
  ["sans fil", "cordless", "wireless"],
  ["manette", "controller", "gamepad"],
  ["jeu", "game"],
  ["jeux video", "video game", "videogame"],
  ["jeux societe", "board game", "boardgame", "jeu societe", "jeu plateau"],
  ["cartouche", "cartridge"],
  ["retro", "vintage"],
  ["puzzle", "jigsaw"],
  // books
  ["livre", "book"],
  ["roman", "novel", "fiction"],
  ["science-fiction", "sci-fi", "scifi", "sf", "science fiction"],
  ["bd", "comic", "comics", "bande dessinee", "bandes dessinees", "graphic novel"],
  ["poche", "paperback", "pocket"],
  ["livre cuisine", "cookbook", "recipe book"],
  ["recette", "recipe"],
  ["manuel", "textbook", "manuel scolaire"],
  ["prepa", "prep", "classe preparatoire", "prep-school"],
  ["tome", "volume"],
  // clothing
  ["vetement", "clothes", "clothing", "habits", "fringues", "apparel"],
  ["manteau", "coat", "parka", "doudoune"],
  ["hiver", "winter"],
  ["homme", "men", "man", "mens"],
  ["femme", "women", "woman", "womens"],
  ["robe", "dress", "gown"],
  ["soiree", "evening", "party"],
  ["chaussure", "shoe", "boot", "footwear"],
  ["randonnee", "rando", "hiking", "hike", "trekking", "trek", "rambling"],
  ["veste", "jacket"],
  ["pull", "sweater", "jumper", "pullover"],
  ["taille", "size", "pointure"],
  // kids, home
  ["poussette", "stroller", "pram", "pushchair", "buggy"],
  ["jouet", "toy"],
  ["cafe", "coffee"],
  ["machine cafe", "coffee machine", "coffee maker", "cafetiere", "espresso machine", "expresso"],
  ["robot patissier", "stand mixer", "robot cuisine", "kitchen mixer", "food mixer"],
  ["cuisine", "kitchen", "cooking", "cookery"],
  ["aspirateur", "vacuum", "hoover", "vacuum cleaner"],
  ["electromenager", "appliance", "appliances", "home appliance"],
  ["lave-linge", "machine laver", "washing machine", "washer"],
  ["frigo", "refrigerateur", "fridge", "refrigerator"],
  // sport, garden, tools
  ["tente", "tent"],
  ["ski", "skis"],
  ["tapis", "mat"],
  ["raquette", "racket", "racquet"],
  ["montagne", "mountain"],
  ["tondeuse", "mower", "lawnmower", "lawn mower"],
  ["plante", "plant"],
  ["plante interieur", "plantes interieur", "houseplant", "house plant", "indoor plant"],
  ["interieur", "indoor"],
  ["bouture", "cutting"],
  ["jardin", "garden", "yard"],
  ["jardinage", "gardening"],
  ["perceuse", "drill", "perceuse-visseuse"],
  ["visseuse", "screwdriver", "drill driver"],
  ["outil", "tool"],
  ["caisse outils", "boite outils", "toolbox", "tool box", "tool kit", "toolkit"],
  ["bricolage", "diy"],
  ["echelle", "ladder", "escabeau", "stepladder"],
  // lessons and services
  ["cours", "lesson", "lessons", "class", "classes", "cours particuliers", "tutoring"],
  ["prof", "professeur", "teacher", "tutor", "enseignant", "formateur", "instructor"],
  ["maths", "math", "mathematiques", "mathematics"],
  ["lycee", "high school", "high-school", "secondary school"],
  ["college", "middle school"],
  ["primaire", "primary", "elementary", "primary school"],
  ["scolaire", "school", "ecole"],
  ["soutien", "aide", "help", "support", "accompagnement", "assistance"],
  ["devoirs", "homework"],
  ["debutant", "beginner", "beginners", "novice"],
  ["apprendre", "learn", "learning", "apprentissage"],
  ["anglais", "english"],
  ["francais", "french"],
  ["espagnol", "spanish", "castillan"],
  ["allemand", "german"],
  ["italien", "italian"],
  ["japonais", "japanese"],
  ["chinois", "chinese", "mandarin"],
  ["langue", "language"],
  ["echange linguistique", "language exchange", "tandem"],
  ["reparation", "reparer", "reparateur", "repair", "repairer", "fix", "fixing", "depannage", "mechanic", "mecanicien"],
  ["revision", "tune-up", "tune up"],
  ["couture", "sewing", "couturiere", "couturier", "seamstress", "tailor"],
  ["retouche", "alteration", "alterations"],
  ["montage", "assembly", "assemblage", "assemble"],
  ["kit", "flat-pack", "flatpack", "flat pack"],
  [
    "demenagement",
    "demenager",
    "moving",
    "move",
    "removal",
    "removals",
    "house move",
    "moving house",
    "move house",
    "demenageur",
    "mover",
    "movers",
  ],
  ["camionnette", "van", "utilitaire"],
  ["menage", "cleaning", "cleaner", "femme de menage", "nettoyage"],
  ["entretien", "maintenance", "upkeep"],
  ["garde", "sitting", "sitter", "gardiennage", "garder", "look after"],
  ["baby-sitting", "babysitting", "baby-sitter", "babysitter", "baby sitter", "baby sitting", "nounou", "nanny", "garde enfants"],
  ["chien", "dog", "chiot", "puppy"],
  ["chat", "cat", "chaton", "kitten"],
  ["animal", "animaux", "pet", "pets", "animal compagnie"],
  ["dog sitting", "dogsitter", "garde chien", "pet sitting", "pet sitter", "petsitter", "garde animaux"],
  // skills
  ["developpement", "development", "dev"],
  ["developpeur", "developpeuse", "developer", "dev", "programmeur", "programmer"],
  ["application", "app", "appli"],
  ["application mobile", "mobile app", "appli mobile"],
  ["site web", "site", "website", "site internet", "web site"],
  ["site vitrine", "showcase website", "showcase site", "brochure site"],
  ["graphiste", "graphic designer", "designer", "graphisme", "graphic design"],
  ["identite visuelle", "brand identity", "branding", "charte graphique", "brand guidelines"],
  ["maquette", "mockup", "mock-up", "wireframe", "prototype"],
  ["tableau bord", "tableaux bord", "dashboard", "dashboards"],
  ["donnees", "data"],
  ["informatique", "computing", "it", "computers"],
  ["high-tech", "hightech", "high tech", "tech", "electronics", "gadgets"],
  ["analyste", "analyst", "data analyst", "analyste donnees", "data scientist"],
  ["apprentissage automatique", "machine learning", "ml"],
  ["intelligence artificielle", "ia", "ai", "artificial intelligence"],
  ["nlp", "traitement langage", "natural language processing", "tal"],
  ["referencement", "seo", "search engine optimisation", "search engine optimization"],
  ["strategie contenu", "content strategy"],
  ["reseaux sociaux", "social media", "social network", "social networks"],
  ["community management", "gestion communaute", "animation communaute"],
  ["redaction", "redacteur", "redactrice", "copywriting", "copywriter", "writing", "writer", "content writer"],
  ["contenu", "content"],
  ["traduction", "traducteur", "traductrice", "traduire", "translation", "translator", "translate"],
  ["montage video", "video editing", "video editor", "monteur video", "monteuse video"],
  ["video", "film"],
  ["photographe", "photographer", "photography", "photographie"],
  ["evenement", "event", "evenementiel"],
  ["mariage", "wedding"],
  ["gestion projet", "project management", "project manager", "chef projet", "cheffe projet", "pm"],
  ["agile", "scrum", "scrum master", "kanban"],
  ["conseil", "consulting", "consultant", "consultante"],
  ["freelance", "free-lance", "independant", "independante", "freelancer", "indep"],
];

/**
 * Broad words that hold their narrower ones: "aide scolaire" is held by lessons "niveau
 * lycée", "instruments" by a violin. Keyed by any word of the broad family; the narrower
 * entries bring their whole family ("lycée" brings "high school").
 */
const NARROWER: [broad: string, narrower: string[]][] = [
  ["scolaire", ["lycee", "college", "primaire", "devoirs"]],
  ["instrument", ["guitare", "violon", "piano", "ukulele", "flute", "saxophone", "trompette"]],
  ["vetement", ["manteau", "robe", "chaussure", "veste", "pull", "pantalon", "jean", "chemise", "t-shirt"]],
  ["meuble", ["canape", "chaise", "fauteuil", "table", "bureau", "etagere", "armoire", "commode", "lit"]],
  ["electromenager", ["machine cafe", "aspirateur", "robot patissier", "lave-linge", "frigo"]],
  ["outil", ["perceuse", "visseuse", "caisse outils", "echelle"]],
  ["ordinateur portable", ["macbook", "thinkpad", "chromebook", "ultrabook"]],
  ["ordinateur", ["ordinateur portable", "macbook", "thinkpad", "chromebook", "imac"]],
  ["informatique", ["ordinateur", "ordinateur portable", "macbook", "thinkpad", "ecran", "tablette", "liseuse", "clavier"]],
  [
    "high-tech",
    [
      "ordinateur",
      "ordinateur portable",
      "ecran",
      "tablette",
      "liseuse",
      "telephone",
      "casque",
      "enceinte",
      "videoprojecteur",
      "appareil photo",
      "console",
    ],
  ],
  ["musique", ["guitare", "violon", "piano", "ukulele", "flute", "saxophone", "trompette"]],
  ["bois", ["chene", "pin", "hetre", "noyer", "teck", "bambou"]],
  ["intelligence artificielle", ["machine learning", "nlp", "deep learning", "llm"]],
];

/**
 * Services a word names by itself: a listing of these categories holds the word even when its
 * text does not say it ("learn French" is held by a French-for-Spanish exchange, "cat sitter"
 * by "Garde de chat ou de chien"). Keyed by any word of the family.
 */
const SERVICE_CATEGORIES: [word: string, slugs: string[]][] = [
  ["cours", ["tutoring", "language-exchange"]],
  ["prof", ["tutoring", "language-exchange"]],
  ["apprendre", ["tutoring", "language-exchange"]],
  ["reparation", ["repairs"]],
  ["garde", ["childcare", "pet-care"]],
  ["baby-sitting", ["childcare"]],
  ["dog sitting", ["pet-care"]],
  ["demenagement", ["moving"]],
  ["menage", ["cleaning"]],
  ["jardinage", ["gardening"]],
  ["developpeur", ["development"]],
  ["graphiste", ["design"]],
  ["analyste", ["data"]],
  ["conseil", ["consulting"]],
  ["freelance", ["skills"]],
];

/** Folded words of a phrase without the words a search ignores ("plante d'intérieur" → plante interieur). */
export function contentWords(text: string): string[] {
  return words(text)
    .map((word) => word.replace(/^(?:[ldjnmtsc]|qu)'/, ""))
    .filter((word) => word.length > 0 && !STOPWORDS.has(word));
}

const phraseKey = (parts: string[]) => parts.map(lightStem).join(" ");

/** Phrase key (stems of its content words) → every family holding it (a word can mean two things). */
const FAMILY_OF = new Map<string, number[]>();
let longestPhrase = 1;
FAMILIES.forEach((family, index) => {
  for (const entry of family) {
    const parts = contentWords(entry);
    if (parts.length === 0) continue;
    longestPhrase = Math.max(longestPhrase, parts.length);
    const key = phraseKey(parts);
    const known = FAMILY_OF.get(key) ?? [];
    if (!known.includes(index)) FAMILY_OF.set(key, [...known, index]);
  }
});

/** Category slugs whose listings hold a query word or phrase that names their service (see SERVICE_CATEGORIES). */
export function serviceCategoriesOf(term: string): string[] {
  const families = new Set(FAMILY_OF.get(phraseKey(term.split(" "))) ?? []);
  return SERVICE_CATEGORIES.flatMap(([word, slugs]) =>
    (FAMILY_OF.get(phraseKey(contentWords(word))) ?? []).some((index) => families.has(index)) ? slugs : [],
  );
}

/** The other ways of writing a query word or phrase, each as its content words; none when it has no family. */
export function equivalentsOf(term: string): string[][] {
  const key = phraseKey(term.split(" "));
  const families = FAMILY_OF.get(key) ?? [];
  const isIn = (word: string) => (FAMILY_OF.get(phraseKey(contentWords(word))) ?? []).some((index) => families.includes(index));
  const entries = families.flatMap((index) => FAMILIES[index] ?? []);
  for (const [broad, narrower] of NARROWER)
    if (isIn(broad))
      for (const word of narrower)
        entries.push(word, ...(FAMILY_OF.get(phraseKey(contentWords(word))) ?? []).flatMap((index) => FAMILIES[index] ?? []));
  const out = new Map<string, string[]>();
  for (const entry of entries) {
    const parts = contentWords(entry);
    if (parts.length > 0 && phraseKey(parts) !== key) out.set(parts.join(" "), parts);
  }
  return [...out.values()];
}

/**
 * Query words with the phrases the families know joined into one term, longest first
 * (["casque", "anti", "bruit"] → ["casque", "anti bruit"]), so "anti bruit" is held by
 * "noise-cancelling" rather than "anti" and "bruit" each on their own.
 */
export function joinKnownPhrases(terms: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; ) {
    let taken = 1;
    for (let size = Math.min(longestPhrase, terms.length - i); size >= 2; size--) {
      if (FAMILY_OF.has(phraseKey(terms.slice(i, i + size)))) {
        taken = size;
        break;
      }
    }
    out.push(terms.slice(i, i + taken).join(" "));
    i += taken;
  }
  return out;
}
