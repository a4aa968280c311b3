/**
 * The categories a member's words name ("livres", "furniture", "un meuble", "high-tech",
 * "jeux"): by a French or English label, one part of a label ("sport" of "Sport et plein
 * air"), a common other name ("informatique", "fringues"), or the thing itself ("une table").
 * Several when the words fit several ("jeux": video games and board games), none when they fit
 * nothing: the caller asks, it never picks one.
 */

import { lightStem, words } from "../text/normalize.ts";
import { STOPWORDS } from "../text/stopwords.ts";
import { namedCategory } from "./category-inference.ts";
import type { CategoryNode, CategoryTree } from "./category-tree.ts";

/** Other names people give a category, folded, by its slug. */
const OTHER_NAMES: Record<string, string> = {
  velo: "bikes",
  bicycle: "bikes",
  bicyclette: "bikes",
  informatique: "computers",
  ordi: "computers",
  ordinateur: "computers",
  pc: "computers",
  laptop: "computers",
  computer: "computers",
  smartphone: "phones",
  telephone: "phones",
  portable: "phones",
  "high-tech": "electronics",
  hightech: "electronics",
  tech: "electronics",
  electronique: "electronics",
  mobilier: "furniture",
  meuble: "furniture",
  deco: "furniture",
  bouquin: "books",
  livre: "books",
  book: "books",
  bd: "books",
  fringue: "clothing",
  habit: "clothing",
  vetement: "clothing",
  clothe: "clothing",
  clothes: "clothing",
  chaussure: "clothing",
  shoe: "clothing",
  musique: "music-instruments",
  music: "music-instruments",
  instrument: "music-instruments",
  jouet: "kids",
  toy: "kids",
  bebe: "kids",
  baby: "kids",
  enfant: "kids",
  puericulture: "kids",
  electromenager: "home-appliances",
  electro: "home-appliances",
  appliance: "home-appliances",
  outil: "tools",
  bricolage: "tools",
  diy: "tools",
  tool: "tools",
  sport: "sports-outdoors",
  sports: "sports-outdoors",
  outdoor: "sports-outdoors",
  camping: "sports-outdoors",
  jardin: "garden",
  gaming: "video-games",
};

/** Words around a category's name that name none: "la catégorie", "c'est", "plutôt". */
const FILLERS = new Set(
  "categorie category categories rubrique section cat plutot rather instead c'est it's its ca va goes should be belongs plutôt piece bit kind sort type genre truc thing stuff objet objets item items".split(
    " ",
  ),
);

const contentStems = (text: string) =>
  words(text)
    .filter((word) => !STOPWORDS.has(word) && !FILLERS.has(word))
    .map(lightStem);

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((word) => b.includes(word));

/**
 * The categories `said` names, best reading first: an exact label, a part of a label, another
 * name, the thing (unless `byThing` is false: "un vélo" names bikes as a thing, not as a category).
 */
export function categoriesNamed(tree: CategoryTree, said: string, options: { byThing?: boolean } = {}): CategoryNode[] {
  const asked = [...new Set(contentStems(said))];
  if (asked.length === 0) return [];
  const nodes = [...tree.bySlug.values()];
  const labels = (node: CategoryNode) => [node.labelFr, node.labelEn, node.slug.replace(/-/g, " ")];
  const exact = nodes.filter((node) => labels(node).some((label) => sameSet(contentStems(label), asked)));
  if (exact.length > 0) return exact;
  const parts = nodes.filter((node) =>
    labels(node).some((label) => label.split(/,| et | and /).some((part) => sameSet(contentStems(part), asked))),
  );
  if (parts.length > 0) return parts;
  const other = [...new Set(words(said).flatMap((word) => OTHER_NAMES[word] ?? OTHER_NAMES[lightStem(word)] ?? []))];
  const byOtherName = other.flatMap((slug) => tree.bySlug.get(slug) ?? []);
  if (byOtherName.length > 0) return byOtherName;
  // A word of a label ("jeux" of both games' labels): each category it is in, for the member to choose.
  const within = nodes.filter((node) => labels(node).some((label) => asked.every((word) => contentStems(label).includes(word))));
  if (within.length > 0) return within;
  if (options.byThing === false) return [];
  const thing = namedCategory(said);
  const node = thing ? tree.bySlug.get(thing) : undefined;
  return node ? [node] : [];
}
