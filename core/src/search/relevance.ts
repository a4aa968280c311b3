/**
 * The relevance floor of a search with words. A listing is a match when
 * - its text holds every query word the community's listings know (and those are at least
 *   half of the words: "couturière retouches" still finds "Retouches et couture", "someone to
 *   fix my washing machine" does not find a coffee machine through "machine"),
 * - or the query names its category ("meubles", "books"),
 * - or its meaning is close to the query's (cosine above the embedder's calibrated floor) and
 *   its category agrees with the kind of thing the query names,
 * - or it is the same thing as a text match written another way (another language): very
 *   close to it, same category,
 * - or, when no query word exists in any listing (a typo: "Kubernets"), its title is
 *   close letter by letter.
 * When nothing passes, the nearest listings come back flagged `closeOnly` ("nothing exact —
 * here are close ones"), never presented as matches.
 */
import { type SimilarityFloors, toVectorLiteral } from "../ai/embedder.ts";
import { synonymsOf } from "../ai/lexicon.ts";
import type { Prisma } from "../db/generated/client.ts";
import { inferCategory } from "../listings/category-inference.ts";
import type { CategoryTree } from "../listings/category-tree.ts";
import { lightStem, words } from "../text/normalize.ts";
import { STOPWORDS } from "../text/stopwords.ts";
import { type QueryWords, tsTerm } from "./query-words.ts";

/** Per-list candidates before fusion. */
const CANDIDATES = 100;
/** Nearest neighbours fetched before filtering (semantic recall; exact words come from the other lists). */
const SEMANTIC_POOL = 1000;
/** Text matches a same-thing-other-words listing is compared with. */
const TWIN_SOURCES = 10;
const MIN_WORD_SIMILARITY = 0.5;
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

const fts = (placeholder: string) => `(to_tsquery('relais_fr', ${placeholder}) || to_tsquery('relais_en', ${placeholder}))`;

/** Category ids a query names outright: its words are a category's label ("meubles", "Furniture"). */
function namedCategories(tree: CategoryTree, terms: string[]): string[] {
  if (terms.length === 0) return [];
  const key = (text: string[]) => [...new Set(text.map(lightStem))].sort().join(" ");
  const asked = key(terms);
  for (const node of tree.byId.values()) {
    const labels = [node.labelFr, node.labelEn].map((label) => key(words(label).filter((word) => !STOPWORDS.has(word))));
    if (labels.includes(asked)) return tree.descendantIds(node.slug);
  }
  return [];
}

/** Runs in its own transaction: the index settings apply to these queries only (SET LOCAL), on any driver. */
export async function rankByRelevance(tx: Prisma.TransactionClient, query: RelevanceQuery): Promise<Ranked> {
  const { tree, filter, params, floors } = query;
  await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${MIN_WORD_SIMILARITY}`);
  // pgvector ≥ 0.8: keep scanning the HNSW graph until enough rows pass the filters.
  await tx.$executeRawUnsafe(`SET LOCAL hnsw.iterative_scan = relaxed_order`);
  await tx.$executeRawUnsafe(`SET LOCAL hnsw.ef_search = ${CANDIDATES}`);

  // How the community's listings can hold each query word: as written (stems, accents aside), through
  // the lexicon's other words for it (another language, a synonym), or letter by letter (a typo).
  const asWritten = query.words.terms.map((term) => tsTerm(term) ?? "");
  const expanded = query.words.terms.map((term, i) =>
    [asWritten[i], ...synonymsOf(term).map((word) => tsTerm(word) ?? "")].filter(Boolean).join(" | "),
  );
  const spelled = query.words.terms.map((term) => term.replace(/['-]/g, " "));
  // CASE stops at the first way that works: the costlier checks run only for words not found as written.
  const holdable = query.words.terms.length
    ? (
        await tx.$queryRawUnsafe<{ how: string }[]>(
          `SELECT CASE
              WHEN t.written <> '' AND EXISTS (SELECT 1 FROM "Listing" k WHERE k."status" = 'active' AND k."searchVector" @@ ${fts("t.written")}) THEN 'written'
              WHEN t.expanded <> t.written AND EXISTS (SELECT 1 FROM "Listing" k WHERE k."status" = 'active' AND k."searchVector" @@ ${fts("t.expanded")}) THEN 'synonym'
              WHEN EXISTS (SELECT 1 FROM "Listing" k WHERE k."status" = 'active' AND t.spelled <% relais_unaccent(k."title")) THEN 'typo'
              ELSE 'none' END AS "how"
             FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(written, expanded, spelled, ord)
            ORDER BY t.ord`,
          asWritten,
          expanded,
          spelled,
        )
      ).map((row) => ({ written: row.how === "written", synonym: row.how === "synonym", typo: row.how === "typo" }))
    : [];
  // One SQL predicate per word a match must hold; a word no listing holds in any way is left out,
  // as long as at least half of the words remain ("cordless vacuum" finds the Dyson through "vacuum").
  const p = [...params];
  const bind = (value: unknown) => {
    p.push(value);
    return `$${p.length}`;
  };
  const holds: string[] = [];
  holdable.forEach((row, i) => {
    if (row.written) holds.push(`l."searchVector" @@ ${fts(bind(asWritten[i]))}`);
    else if (row.synonym) holds.push(`l."searchVector" @@ ${fts(bind(expanded[i]))}`);
    else if (row.typo) holds.push(`${bind(spelled[i])} <% relais_unaccent(l."title")`);
  });
  const text = new Map<string, { hits: number; categoryId: string }>();
  if (holds.length > 0 && holds.length * 2 >= query.words.terms.length) {
    const rows = await tx.$queryRawUnsafe<{ id: string; hits: number; categoryId: string }[]>(
      `SELECT l."id", ${holds.map((h) => `(${h})::int`).join(" + ")} AS hits, l."categoryId" FROM "Listing" l
        WHERE ${filter} AND (${holds.join(" OR ")})
        ORDER BY hits DESC, l."createdAt" DESC
        LIMIT ${CANDIDATES}`,
      ...p,
    );
    for (const row of rows) text.set(row.id, { hits: Number(row.hits), categoryId: row.categoryId });
  }
  const holdsAll = [...text].filter(([, t]) => t.hits === holds.length);

  // Category named by the query.
  const categoryIds = namedCategories(tree, query.words.terms);
  let named: string[] = [];
  if (categoryIds.length > 0) {
    const p = [...params, categoryIds];
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT l."id" FROM "Listing" l WHERE ${filter} AND (l."categoryId" || '') = ANY($${p.length}::text[])
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
    // The HNSW index answers "nearest N" fast; filters are applied to those N. MATERIALIZED: the
    // planner knows the pool's size, so it joins by primary key (PGlite has no autovacuum).
    const rows = await tx.$queryRawUnsafe<{ id: string; distance: number; categoryId: string }[]>(
      `WITH c AS MATERIALIZED (
          SELECT "id", "embedding" <=> $${n - 1}::vector AS "distance" FROM "Listing"
           WHERE "embeddingModel" = $${n} AND "status" = 'active'
           ORDER BY "embedding" <=> $${n - 1}::vector LIMIT ${SEMANTIC_POOL}
        )
        SELECT l."id", c."distance", l."categoryId" FROM c JOIN "Listing" l ON l."id" = c."id"
        WHERE ${filter}
        ORDER BY c."distance"
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
  for (const [, t] of holdsAll) shares.set(t.categoryId, (shares.get(t.categoryId) ?? 0) + 1);
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
  const meaning =
    holdsAll.length > 0 ? [] : [...semantic].filter(([, s]) => s.similarity >= floors.relevant && sameKind(s.categoryId)).map(([id]) => id);

  // The same thing in other words: a candidate very close to one of the best text matches, same category.
  const sources = textMatch.slice(0, TWIN_SOURCES);
  const others = [...semantic.keys()].filter((id) => !sources.includes(id));
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
