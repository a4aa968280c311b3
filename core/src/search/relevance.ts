/**
 * The relevance floor of a search with words. A listing is a match when
 * - its text holds every query word the community's listings know, and those are most of the
 *   words (a word is held as written, through its strict equivalents in either language, by a
 *   listing of the service it names, or, misspelt, as the title word nearest to it: "Kubernets");
 *   with three words or more, all but one when no listing holds them all,
 * - or the query names its category ("meubles", "books", "sport"),
 * - or, when no listing anywhere holds all the words, it holds some, its meaning is close to
 *   the query's (cosine above the embedder's calibrated floor) and its category agrees with
 *   the kind of thing the query names,
 * - or it is the same thing as a text match written another way (another language): very
 *   close to it, same category.
 * When nothing passes, the nearest listings come back flagged `closeOnly` ("nothing exact —
 * here are close ones"), never presented as matches. */
import { type SimilarityFloors, toVectorLiteral } from "../ai/embedder.ts";
import type { Prisma } from "../db/generated/client.ts";
import { inferCategory } from "../listings/category-inference.ts";
import type { CategoryTree } from "../listings/category-tree.ts";
import { lightStem, words } from "../text/normalize.ts";
import { STOPWORDS } from "../text/stopwords.ts";
import { equivalentsOf, joinKnownPhrases, serviceCategoriesOf } from "./equivalents.ts";
import { type QueryWords, tsTerm } from "./query-words.ts";

/** Per-list candidates before fusion. */
const CANDIDATES = 100;
/** Nearest neighbours fetched before filtering (semantic recall; exact words come from the other lists). */
const SEMANTIC_POOL = 1000;
/** Nearest neighbours fetched when words already found matches: only their twins are looked for there. */
const TWIN_POOL = 300;
/** Text matches a same-thing-other-words listing is compared with. */
const TWIN_SOURCES = 10;
const MIN_WORD_SIMILARITY = 0.5;
/** Titles near a misspelt word whose words are compared with it. */
const TYPO_TITLES = 50;
/** Trigram similarity of a misspelt word and the title word read for it ("ordinatuer" ~ "ordinateur": 0.47). */
const MIN_TYPO_SIMILARITY = 0.4;
const RRF_K = 60;

export type RelevanceQuery = {
  q: string;
  words: QueryWords;
  vector: number[];
  model: string;
  floors: SimilarityFloors;
  tree: CategoryTree;
  /** The search's WHERE clause on `l` (filters, radius) and its parameters. */
  filter: string;
  params: unknown[];
};

export type Ranked = { ranked: { id: string; score: number }[]; closeOnly: boolean };

/**
 * A listing holds a word when both stemmers agree: the French stemmer alone makes one word of
 * manga and manger (and would find dining tables for comics).
 */
const fts = (placeholder: string) => `(to_tsquery('relais_fr', ${placeholder}) && to_tsquery('relais_en', ${placeholder}))`;

/** One way of writing a term as a to_tsquery operand: its words all held ("plant & interieur"). */
const tsAlternative = (parts: string[]) => {
  const operands = parts.map((part) => tsTerm(part)).filter((t): t is string => t !== undefined);
  return operands.length > 1 ? `(${operands.join(" & ")})` : (operands[0] ?? "");
};

/** A query term's ways of being held, as SQL parameters (empty when a way does not apply). */
function tierQueries(term: string, tree: CategoryTree) {
  const parts = term.split(" ");
  const written = [tsAlternative(parts), ...equivalentsOf(term).map(tsAlternative)].filter(Boolean).join(" | ");
  const categoryIds = serviceCategoriesOf(term).flatMap((slug) => tree.descendantIds(slug));
  return { written, categoryIds, spelled: parts.length === 1 ? term.replace(/['-]/g, " ") : "" };
}

/**
 * A term held as written, in its equivalents, or by a listing of the service it names. The
 * category test is written only when there is one: an OR keeps the planner off the full-text
 * index, and the term's check would scan the table.
 */
function heldAsWritten(alias: string, tier: ReturnType<typeof tierQueries>, bind: (value: unknown) => string, inTitle = false): string {
  // In the title: the title's lexemes carry weight A in the stored vector ("velo:A | bike:A").
  const text = `${alias}."searchVector" @@ ${fts(bind(inTitle ? tier.written.replace(/[a-z0-9]+/g, "$&:A") : tier.written))}`;
  return tier.categoryIds.length && !inTitle ? `(${text} OR ${alias}."categoryId" = ANY(${bind(tier.categoryIds)}::text[]))` : text;
}

/**
 * Category ids a query names outright: its words are a category's label ("meubles",
 * "Furniture"), or, when the listings do not hold them as written, one part of a label
 * ("sport" of "Sport et plein air"; "traduction" of "Rédaction et traduction" is held as
 * written by the translation offers, and does not bring the copywriting ones).
 */
function namedCategories(tree: CategoryTree, terms: string[], allWritten: boolean): string[] {
  if (terms.length === 0) return [];
  const key = (text: string[]) => [...new Set(text.map(lightStem))].sort().join(" ");
  const contentOf = (label: string) => words(label).filter((word) => !STOPWORDS.has(word));
  const asked = key(terms);
  for (const node of tree.byId.values()) {
    const labels = [node.labelFr, node.labelEn];
    if (labels.some((label) => key(contentOf(label)) === asked)) return tree.descendantIds(node.slug);
  }
  if (allWritten) return [];
  const named = [...tree.byId.values()].filter((node) =>
    [node.labelFr, node.labelEn].some((label) => label.split(/,| et | and /).some((part) => key(contentOf(part)) === asked)),
  );
  return named.flatMap((node) => tree.descendantIds(node.slug));
}

/** Runs in its own transaction: the index settings apply to these queries only (SET LOCAL), on any driver. */
export async function rankByRelevance(tx: Prisma.TransactionClient, query: RelevanceQuery): Promise<Ranked> {
  const { tree, filter, params, floors } = query;
  // SET LOCAL, in one round trip; pgvector ≥ 0.8: keep scanning the HNSW graph until enough
  // rows pass the filters.
  await tx.$queryRawUnsafe(
    `SELECT set_config('pg_trgm.word_similarity_threshold', '${MIN_WORD_SIMILARITY}', true),
            set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.ef_search', '${CANDIDATES}', true)`,
  );

  // How the community's listings can hold each query word: as written or in the strict
  // equivalents (another language, a spelling, a compound: "panier" for "basket"), or by being
  // a listing of the service the word names ("learn" → lessons); failing that, letter by letter
  // (a typo). Never through the embedder's looser concepts: "lave-linge" is not the vacuum
  // cleaner next to it, whatever the lexicon groups for meaning. Phrases the
  // equivalents know are one word ("anti bruit"), and two words that the listings write as one
  // are joined ("house plant" → "houseplant").
  const phrased = joinKnownPhrases(query.words.terms);
  const single = (term: string) => !term.includes(" ");
  const joinable = phrased.slice(0, -1).map((term, i) => {
    const next = phrased[i + 1] ?? "";
    return single(term) && single(next) && /^[a-z0-9]+$/.test(term + next) ? term + next : "";
  });
  const p0: unknown[] = [];
  const bind0 = (value: unknown) => {
    p0.push(value);
    return `$${p0.length}`;
  };
  const exists = (predicate: string) => `EXISTS (SELECT 1 FROM "Listing" k WHERE k."status" = 'active' AND ${predicate})`;
  let terms = phrased;
  const how: string[] = [];
  if (phrased.length > 0) {
    // Held as written first, for every word at once; the trigram check (whose planning alone
    // costs milliseconds) only for the words found in no other way, in a second round trip.
    const columns = [
      ...phrased.map((term, i) => {
        const tier = tierQueries(term, tree);
        return `${tier.written ? exists(heldAsWritten("k", tier, bind0)) : "false"} AS "t${i}"`;
      }),
      ...joinable.flatMap((joined, i) => (joined ? [`${exists(`k."searchVector" @@ ${fts(bind0(tsTerm(joined)))}`)} AS "j${i}"`] : [])),
    ];
    const [row] = await tx.$queryRawUnsafe<Record<string, boolean>[]>(`SELECT ${columns.join(", ")}`, ...p0);
    terms = [];
    for (let i = 0; i < phrased.length; i++) {
      if (joinable[i] && row?.[`j${i}`] === true) {
        terms.push(joinable[i] as string);
        how.push("written");
        i++;
      } else {
        terms.push(phrased[i] as string);
        how.push(row?.[`t${i}`] === true ? "written" : "none");
      }
    }
    // A word found in no other way may be a typo: it is read as the title word closest to it
    // letter by letter ("guitarre" → "guitare", "ordinatuer" → "ordinateur"), which is then held
    // like a written word (its equivalents too). The trigram index finds titles near the word;
    // the listings are then matched through the full-text index, not by trigrams row by row.
    for (const [i, term] of terms.entries()) {
      if (how[i] !== "none" || !tierQueries(term, tree).spelled) continue;
      const [typo] = await tx.$queryRawUnsafe<{ word: string }[]>(
        `SELECT w AS "word" FROM (
            SELECT relais_unaccent(k."title") AS "title" FROM "Listing" k
             WHERE k."status" = 'active' AND $1 <% relais_unaccent(k."title") LIMIT ${TYPO_TITLES}
          ) m CROSS JOIN LATERAL regexp_split_to_table(m."title", '[^a-z0-9]+') AS w
          WHERE length(w) >= 2 AND similarity($1, w) >= ${MIN_TYPO_SIMILARITY}
          ORDER BY similarity($1, w) DESC, w LIMIT 1`,
        tierQueries(term, tree).spelled,
      );
      // The word itself, in a title the full-text parser reads otherwise ("node" in "Node.js",
      // "cd" in "CI/CD"): held by the titles near it, letter by letter.
      if (typo?.word === terms[i]) how[i] = "title";
      else if (typo) {
        terms[i] = typo.word;
        how[i] = "written";
      }
    }
  }
  // One SQL predicate per word a match must hold; a word no listing holds in any way is left out
  // when most words remain ("aspirateur dyson sans fil" still finds a Dyson without the brand
  // written; "trottinette électrique" does not fall back to anything electric).
  /** The predicates on `alias`, their parameters added to `into`. */
  const holdsOn = (alias: string, into: unknown[], inTitle = false) => {
    const bind = (value: unknown) => {
      into.push(value);
      return `$${into.length}`;
    };
    return terms.flatMap((term, i) => {
      const tier = tierQueries(term, tree);
      if (how[i] === "written") return [heldAsWritten(alias, tier, bind, inTitle)];
      if (how[i] === "title") return [`${bind(tier.spelled)} <% relais_unaccent(${alias}."title")`];
      return [];
    });
  };
  const p = [...params];
  const holds = holdsOn("l", p);
  const text = new Map<string, { hits: number; inTitle: boolean; categoryId: string }>();
  const textCounts = holds.length > 0 && holds.length * 2 > terms.length;
  if (textCounts) {
    // A listing whose title says what was asked comes first, and tells the kind of thing asked
    // better than one that mentions it in passing ("écran" is a monitor, not "monitoring").
    const inTitle = holdsOn("l", p, true);
    const rows = await tx.$queryRawUnsafe<{ id: string; hits: number; titleHits: number; categoryId: string }[]>(
      `SELECT l."id", l."categoryId", m."hits", (${inTitle.map((h) => `(${h})::int`).join(" + ")}) AS "titleHits"
         FROM (SELECT l."id", ${holds.map((h) => `(${h})::int`).join(" + ")} AS hits FROM "Listing" l
                WHERE ${filter} AND (${holds.join(" OR ")})
                ORDER BY hits DESC, l."createdAt" DESC
                LIMIT ${CANDIDATES}) m
         JOIN "Listing" l ON l."id" = m."id"
        ORDER BY m."hits" DESC, "titleHits" DESC, l."createdAt" DESC`,
      ...p,
    );
    for (const row of rows)
      text.set(row.id, { hits: Number(row.hits), inTitle: Number(row.titleHits) === holds.length, categoryId: row.categoryId });
  }
  // Every word held; failing that, with three words or more, all of them but one ("montage
  // meubles ikea" is furniture assembly, which says nothing of the brand).
  let holdsAll = [...text].filter(([, t]) => t.hits === holds.length);
  if (holdsAll.length === 0 && holds.length >= 3) holdsAll = [...text].filter(([, t]) => t.hits === holds.length - 1);

  // Category named by the query.
  const categoryIds = namedCategories(tree, query.words.terms, how.length > 0 && how.every((h) => h === "written"));
  let named: string[] = [];
  if (categoryIds.length > 0) {
    const p = [...params, categoryIds];
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT l."id" FROM "Listing" l WHERE ${filter} AND l."categoryId" = ANY($${p.length}::text[])
        ORDER BY l."createdAt" DESC LIMIT ${CANDIDATES}`,
      ...p,
    );
    named = rows.map((row) => row.id);
  }

  // Meaning: nearest neighbours by embedding, with their similarity and category.
  const semantic = new Map<string, { similarity: number; categoryId: string }>();
  {
    const p = [...params, toVectorLiteral(query.vector), query.model];
    const n = p.length;
    // The HNSW index answers "nearest N" fast; filters are applied to those N, on the columns the
    // filters read, carried out of the index scan (no second lookup of each row by its key).
    const rows = await tx.$queryRawUnsafe<{ id: string; distance: number; categoryId: string }[]>(
      `WITH l AS MATERIALIZED (
          SELECT "id", "ownerId", "kind", "status", "categoryId", "priceMinor", "condition", "remote", "lat", "lng",
                 "embedding" <=> $${n - 1}::vector AS "distance"
            FROM "Listing"
           WHERE "embeddingModel" = $${n} AND "status" = 'active'
           ORDER BY "embedding" <=> $${n - 1}::vector LIMIT ${holdsAll.length > 0 || named.length > 0 ? TWIN_POOL : SEMANTIC_POOL}
        )
        SELECT l."id", l."distance", l."categoryId" FROM l
        WHERE ${filter}
        ORDER BY l."distance"
        LIMIT ${CANDIDATES}`,
      ...p,
    );
    for (const row of rows)
      if (1 - row.distance >= floors.close) semantic.set(row.id, { similarity: 1 - row.distance, categoryId: row.categoryId });
  }

  // The kind of thing asked: the category the query names; else the lexicon's guess when a listing
  // holding the words is filed there; else the category most of those listings share; else the guess.
  const inferredSlug = inferCategory(query.words.terms.join(" "));
  const inferred = inferredSlug === "goods" ? undefined : tree.bySlug.get(inferredSlug)?.id;
  const shares = new Map<string, number>();
  for (const [, t] of holdsAll) shares.set(t.categoryId, (shares.get(t.categoryId) ?? 0) + (t.inTitle ? 1 : 0.25));
  const mostShared = [...shares].sort((a, b) => b[1] - a[1])[0]?.[0];
  const askedCategory = categoryIds[0] ?? (inferred && shares.has(inferred) ? inferred : (mostShared ?? inferred));
  const lineage = (categoryId: string) => {
    const out: string[] = [];
    for (let node = tree.byId.get(categoryId); node; node = node.parentId ? tree.byId.get(node.parentId) : undefined) out.push(node.id);
    return out;
  };
  const asked = askedCategory ? lineage(askedCategory) : [];
  /** Same branch of the tree (one category inside the other). */
  const sameKind = (categoryId: string) => !askedCategory || asked.includes(categoryId) || lineage(categoryId).includes(askedCategory);
  /** Same root: an object is not a service about it ("meubles" is not furniture assembly). */
  const sameRoot = (categoryId: string) => !askedCategory || lineage(categoryId).at(-1) === asked.at(-1);

  const textMatch = holdsAll.filter(([, t]) => sameRoot(t.categoryId)).map(([id]) => id);
  // By meaning alone only when no listing holds the words: a listing that says what was asked beats
  // its neighbours in meaning (skis, not the tent next to them; a Kindle, not the iPad).
  // Nor when a query word is held by no listing in any way: what is asked is not in the
  // community ("cours de chinois" is not the maths lessons next to it in meaning).
  // Nor when some listing holds the words but the filters leave it out (skis above the price
  // asked): the thing exists, and what is near it in meaning is not it.
  let heldElsewhere = false;
  if (holdsAll.length === 0 && textCounts) {
    const heldParams: unknown[] = [];
    const held = holdsOn("k", heldParams);
    const [row] = await tx.$queryRawUnsafe<{ held: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM "Listing" k WHERE k."status" = 'active' AND ${held.join(" AND ")}) AS "held"`,
      ...heldParams,
    );
    heldElsewhere = row?.held === true;
  }
  const meaning =
    holdsAll.length > 0 || heldElsewhere || how.includes("none")
      ? []
      : // and holding some of the words: a drill for "cordless drill", not the toolbox beside it
        [...semantic].filter(([id, s]) => text.has(id) && s.similarity >= floors.relevant && sameKind(s.categoryId)).map(([id]) => id);

  // The same thing in other words: a candidate very close to one of the best text matches, same category.
  // Only candidates not already matched, of a category one of the sources has.
  const sources = textMatch.slice(0, TWIN_SOURCES);
  const matched = new Set([...textMatch, ...named]);
  const sourceCategories = new Set(sources.map((id) => text.get(id)?.categoryId));
  const others = [...semantic].filter(([id, s]) => !matched.has(id) && sourceCategories.has(s.categoryId)).map(([id]) => id);
  let twins: string[] = [];
  if (sources.length > 0 && others.length > 0) {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT DISTINCT c."id" FROM "Listing" c JOIN "Listing" s ON s."id" = ANY($2::text[])
        WHERE c."id" = ANY($1::text[]) AND c."embeddingModel" = s."embeddingModel" AND c."categoryId" IS NOT DISTINCT FROM s."categoryId"
          AND 1 - (c."embedding" <=> s."embedding") >= $3`,
      others,
      sources,
      floors.twin,
    );
    twins = rows.map((row) => row.id);
  }

  const relevant = new Set([...textMatch, ...named, ...meaning, ...twins]);
  const lists = [[...text.keys()], named, [...semantic.keys()]];
  const fused = new Map<string, number>();
  for (const list of lists) for (const [rank, id] of list.entries()) fused.set(id, (fused.get(id) ?? 0) + 1 / (RRF_K + rank + 1));
  const order = (ids: Iterable<string>) => [...ids].map((id) => ({ id, score: fused.get(id) ?? 0 })).sort((a, b) => b.score - a.score);
  if (relevant.size > 0) return { ranked: order(relevant), closeOnly: false };
  // Nothing exact: the nearest in meaning, and listings holding some of the words.
  return { ranked: order(new Set([...semantic.keys(), ...text.keys()])), closeOnly: true };
}
