/**
 * The grammar of the thing a message names (a listing's title, a search's query), in word
 * classes rather than phrasings. The title is the item or service phrase as written: brand,
 * model, size ("taille M", "16 pouces", "160x200"), count or lot ("lot de 12 bodies", "2 places
 * pour …"), colour, material, year, the thing's age ("chaton 2 mois") and a service's qualifiers
 * ("pour débutants", "niveau lycée", "à domicile") stay in it, as most independent writers label
 * it (dev, dev4, the labelling guide). What stays out: the member's story ("je déménage", "I've
 * got"), the selling verb, price, place, condition, schedules ("every two weeks", "samedi"),
 * durations ("10 jours"), purposes ("pour fixer mon site"), a complement with a possessive ("de
 * ma mère") and what follows a comma or a bracket. Of several noun phrases the one introduced by
 * having or a determiner is the thing posted ("j'ai une tondeuse" over "je vide mon garage").
 */

/** Subjects: the word after them (past an auxiliary) is what the member does, not the thing. */
export const SUBJECTS = new Set(
  "je j on il elle nous ils elles i we he she they quelqu qqn qqun someone somebody anyone anybody".split(" "),
);
/** Auxiliaries and negations between a subject and its verb: "je suis", "we're", "I've", "je ne". */
export const AUXILIARIES = new Set(
  (
    "suis es est sommes sont ai as avons ont vais va allons vont ne n me te se re m s ve ll d am are is was were have has had will would " +
    // French modals before the verb: "je veux me débarrasser de …"
    "veux voudrais voulais peux pourrais dois devrais aimerais souhaite souhaiterais compte " +
    // adverbs between a subject and its verb: "I just moved", "on a enfin fini"
    "just already recently finally deja juste enfin really vraiment"
  ).split(" "),
);
/** French subjects, after which "a" is "has" ("on a déménagé"), not an article. */
export const FRENCH_SUBJECTS = new Set("on il elle quelqu qqn qqun".split(" "));

/** Possession that introduces the thing: "j'ai un…", "on a des…", "il me reste des…", "I've got a…", "we have some…". */
const HAVING = new Set("ai a avons ont possede reste restent have has got ve own".split(" "));
/** Words that open a noun phrase. */
export const DETERMINERS = new Set(
  "un une des du mon ma mes notre nos votre vos ton ta tes son sa ses leur leurs le la les l my our your his her their a an some the".split(
    " ",
  ),
);
/** Possessive determiners. */
const POSSESSIVES = new Set("mon ma mes my our notre nos".split(" "));
/** Words that count the thing vaguely without being it: "plein de", "a bunch of", "way too many". */
export const QUANTITY_WORDS = new Set(
  "plein beaucoup quelques plusieurs tas bunch load loads couple few several way too many much trop stack heap".split(" "),
);
/** Vague things that stand for others: "plein de trucs à donner", "some stuff". */
export const VAGUE_THINGS = new Set(
  "trucs truc choses chose affaires bricoles stuff things thing tous toutes all everyone everything both".split(" "),
);

/** Units of time after a number: "garde de chien 10 jours" (the thing's age is kept: "chaton 2 mois", "0-6 mois"). */
export const DURATION_UNITS = new Set(
  "jours jour days day semaines semaine weeks week heures heure hours hour h nuits nuit nights night".split(" "),
);
/** Units of time and age, in a schedule: "every two weeks", "tous les 3 mois". */
export const AGE_AND_DURATION_UNITS = new Set([...DURATION_UNITS, ..."mois months month ans an years year yr yrs yo".split(" ")]);
/** Words of recurrence and of time that end a thing's name: "every two weeks", "chaque samedi", "fin du mois". */
export const RECURRENCE_WORDS = new Set("every chaque tous toutes fin debut end beginning twice once".split(" "));

/**
 * Kinds of people a thing or a service goes to: after "aux", "au", "à des" they are whom it is
 * given, lent or taught to ("cours de natation aux enfants", "je prête mon karcher aux voisins"),
 * not part of the thing (every writer leaves them out; "pour débutants" says which kind of
 * lesson and stays, see the header).
 */
export const PEOPLE = new Set(
  (
    "enfants enfant gamins gosses petits jeunes ados adolescents adultes personnes gens voisins voisines etudiants etudiantes eleves " +
    "lyceens collegiens particuliers familles parents seniors retraites debutants habitants assos associations entreprises pros " +
    "professionnels kids children students pupils neighbours neighbors beginners adults families elderly teens teenagers locals people " +
    "kid child teen bebe bebes baby babies maman mamans papa mum mom dad famille family etudiant etudiante student " +
    "collegues collegue colleagues colleague coworkers coworker"
  ).split(" "),
);

/** Help whose purpose is the service itself: "aide pour monter une armoire", "help to move". */
export const HELP_WORDS = new Set("aide help coup main hand bras hands".split(" "));

/** A French infinitive after "pour" is a purpose ("dev WordPress pour fixer mon site"), not part of the thing. */
export function looksLikeInfinitive(word: string): boolean {
  return /^[a-z]{3,}(er|ir|oir)$/.test(word) || RE_VERBS.test(word);
}
/** Infinitives in -re, which nouns also end with ("housse pour guitare" is no purpose). */
const RE_VERBS =
  /^(re|de)?(faire|prendre|mettre|peindre|vendre|rendre|construire|ecrire|lire|dire|coudre|boire|joindre|teindre|cuire|conduire|suivre|vivre|battre|moudre|tondre|traduire|produire|reduire|repondre|descendre|attendre|entendre|fendre|pondre|tordre|perdre|mordre)$/;

/** Whether the verb at `at` is negated: "don't have", "do not have", "n'ai pas", "never had". */
function negated(words: string[], at: number): boolean {
  const before = words.slice(Math.max(0, at - 2), at);
  return (
    before.some((w) => ["dont", "don", "not", "never", "n", "jamais", "doesn", "didn", "haven"].includes(w)) || words[at + 1] === "pas"
  );
}

/**
 * How strongly the words before a noun phrase introduce it as the thing: 3 after possession
 * ("j'ai une tondeuse", "I've got a bunch of kids books"), 2 after a determiner or at the head
 * of its part of the message (only grammar words before it), 1 otherwise ("je suis retraitée").
 */
export function introduction(words: string[], start: number, anchor: number, atHead: boolean): number {
  let k = start - 1;
  while (k > anchor && (QUANTITY_WORDS.has(words[k] ?? "") || /^\d+$/.test(words[k] ?? "") || ["de", "d", "of"].includes(words[k] ?? "")))
    k--;
  const before = words[k] ?? "";
  if (DETERMINERS.has(before)) {
    let h = k - 1;
    while (h > anchor && /^\d+$/.test(words[h] ?? "")) h--;
    // "I don't have a van", "je n'ai pas de van": what the member lacks is not what is posted
    if (HAVING.has(words[h] ?? "") && negated(words, h)) return 1;
    if (words[h] === "pas" && HAVING.has(words[h - 1] ?? "") && negated(words, h - 1)) return 1;
    // ("vente à la ferme", "fromage, à la ferme": "à la" typed without its accent is where, not "il a la …")
    if (
      words[h] === "a" &&
      (before === "la" || before === "l") &&
      !["il", "elle", "on", "qui", "y", "ca", "n", "en"].includes(words[h - 1] ?? "")
    )
      return 2;
    // "j'ai mes outils", "I have my own van": what the member brings along, not what is posted
    if (HAVING.has(words[h] ?? "") && POSSESSIVES.has(before)) return 2;
    // ("in the shed there's a Honda mower": what there is, as what one has)
    const thereIs = ["s", "is", "are"].includes(words[h] ?? "") && words[h - 1] === "there";
    return HAVING.has(words[h] ?? "") || thereIs ? 3 : 2;
  }
  if (HAVING.has(before)) return negated(words, k) ? 1 : 3;
  if (atHead) return 2;
  return 1;
}
