/**
 * Hybrid listing search. Three ranked candidate lists, each within the same filters:
 * - full text (generated FR + EN accent-free tsvector; "velo" finds "vélo", "guitares" "guitare"),
 * - typo tolerance (pg_trgm word similarity on the accent-free title; "guitarre"),
 * - semantic recall (pgvector cosine on embeddings of the same model; "bike" finds "vélo"),
 * fused by reciprocal rank fusion (score = Σ 1 / (60 + rank)). Filters: kind, category with
 * its descendants, price, condition, remote, radius around a point or a place. Only active
 * listings; the searcher's own are excluded.
 */
import { DEFAULT_SEARCH_RADIUS_KM, SearchListingsCommand } from "../commands/listing-commands.ts";
import { parseCommand } from "../commands/parse-command.ts";
import { Invalid } from "../errors/domain.ts";
import { loadCategoryTree } from "../listings/category-tree.ts";
import type { MarketContext } from "../listings/context.ts";
import { LISTING_INCLUDE, type ListingView, listingSeenBy, toListingView } from "../listings/listing-view.ts";
import { locate } from "../listings/listings.ts";
import { foldText, lightStem, words } from "../text/normalize.ts";
import { readQueryWords } from "./query-words.ts";
import { rankByRelevance } from "./relevance.ts";

export type SearchQuery = SearchListingsCommand;

export type SearchHit = { listing: ListingView; distanceKm: number | null; score: number; highlights: string[] };
/**
 * `radiusKm`: the radius applied around the centre (null without one); `radiusDefaulted`: it is
 * the default, not asked for. `kind`: the kind of listing searched (words without a kind find
 * offers, or wants when they ask who wants something). `closeOnly`: nothing matched the words;
 * the items are the nearest listings, not matches ("nothing exact — here are close ones"); never
 * with no items (nothing within the filters is an empty result).
 */
export type SearchResult = {
  items: SearchHit[];
  nextCursor: string | null;
  radiusKm: number | null;
  radiusDefaulted: boolean;
  kind: "offer" | "want" | null;
  closeOnly: boolean;
};

const RRF_K = 60;
const MAX_OFFSET = 1000;

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const offset = (JSON.parse(Buffer.from(cursor, "base64url").toString()) as { o?: unknown }).o;
    if (typeof offset === "number" && Number.isInteger(offset) && offset >= 0 && offset <= MAX_OFFSET) return offset;
  } catch {
    // reported below
  }
  throw new Invalid("invalid_cursor", [{ field: "query.cursor", code: "invalid_cursor" }]);
}

const encodeCursor = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString("base64url");

/** Great-circle distance in km (same sphere as earthdistance's, to a few metres). */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Snippets of the title/description around the searched words, the words in «». */
function highlightsOf(listing: ListingView, q: string | undefined): string[] {
  if (!q) return [];
  const stems = new Set(
    words(q)
      .map(lightStem)
      .filter((stem) => stem.length >= 3),
  );
  if (stems.size === 0) return [];
  const out: string[] = [];
  for (const text of [listing.title, listing.description]) {
    const tokens = text.split(/(\s+)/);
    const hits = tokens.map((token) => stems.has(lightStem(foldText(token).replace(/[^\p{L}\p{N}]/gu, ""))));
    const first = hits.indexOf(true);
    if (first < 0) continue;
    const from = Math.max(0, first - 10);
    const snippet = tokens
      .slice(from, first + 20)
      .map((token, i) => (hits[from + i] ? `«${token}»` : token))
      .join("");
    out.push(`${from > 0 ? "…" : ""}${snippet.trim()}${first + 20 < tokens.length ? "…" : ""}`);
  }
  return out;
}

export async function searchListings(ctx: MarketContext, searcherId: string | undefined, input: SearchQuery): Promise<SearchResult> {
  const query = parseCommand(SearchListingsCommand, input);
  if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice) {
    throw new Invalid("invalid_request", [{ field: "query.maxPrice", code: "field_price_range", params: { min: query.minPrice } }]);
  }
  const offset = decodeCursor(query.cursor);
  const center =
    query.near ??
    (query.place
      ? (() => {
          const located = locate({ place: query.place }, "query.place");
          return { lat: located.lat as number, lng: located.lng as number };
        })()
      : undefined);
  if (query.radiusKm !== undefined && !center)
    throw new Invalid("radius_without_center", [{ field: "query.radiusKm", code: "radius_without_center" }]);
  const radiusDefaulted = center !== undefined && query.radiusKm === undefined;
  if (center) query.radiusKm ??= DEFAULT_SEARCH_RADIUS_KM;
  const sort = query.sort ?? (query.q ? "relevance" : center ? "distance" : "recent");
  if (sort === "distance" && !center)
    throw new Invalid("distance_sort_without_center", [{ field: "query.sort", code: "distance_sort_without_center" }]);

  // ---- filters, shared by every candidate list
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`l."status" = 'active'`];
  if (searcherId) where.push(`l."ownerId" <> ${param(searcherId)}`);
  // Words search for a thing: its offers, or its wants when they ask who wants it ("qui cherche …").
  const queryWords = query.q?.trim() ? readQueryWords(query.q) : undefined;
  const kind = query.kind ?? (queryWords ? (queryWords.asksForWants ? "want" : "offer") : undefined);
  if (kind) where.push(`l."kind" = ${param(kind)}::"ListingKind"`);
  if (query.category) {
    const tree = await loadCategoryTree(ctx.prisma);
    const ids = tree.descendantIds(query.category.trim().toLowerCase());
    if (ids.length === 0) {
      const params = { category: query.category, suggestions: [...tree.bySlug.keys()].slice(0, 8).join(", ") };
      throw new Invalid("unknown_category", [{ field: "query.category", code: "unknown_category", params }], params);
    }
    // Written so the planner filters by category instead of intersecting a whole category's
    // index entries with the text matches (a category can hold a third of all listings).
    where.push(`(l."categoryId" || '') = ANY(${param(ids)}::text[])`);
  }
  if (query.minPrice !== undefined) where.push(`l."priceMinor" >= ${param(query.minPrice)}`);
  if (query.maxPrice !== undefined) where.push(`l."priceMinor" <= ${param(query.maxPrice)}`);
  if (query.condition) where.push(`l."condition" = ${param(query.condition)}::"ItemCondition"`);
  if (query.remote !== undefined) where.push(`l."remote" = ${param(query.remote)}`);
  // Radius: with words to match, a plain bounding box + exact distance on the few text matches
  // (driving the query from the geo index would visit every listing of a big city first);
  // without words, the earth_box GiST index finds the area. Parameters are added to `into`.
  const geoClause = (into: unknown[], variant: "indexed" | "plain"): string | undefined => {
    if (!center || query.radiusKm === undefined) return undefined;
    const add = (value: unknown) => {
      into.push(value);
      return `$${into.length}`;
    };
    const earth = `ll_to_earth(${add(center.lat)}, ${add(center.lng)})`;
    const metres = add(query.radiusKm * 1000);
    const exact = `earth_distance(${earth}, ll_to_earth(l."lat", l."lng")) <= ${metres}`;
    if (variant === "indexed")
      return `l."lat" IS NOT NULL AND earth_box(${earth}, ${metres}) @> ll_to_earth(l."lat", l."lng") AND ${exact}`;
    const dLat = query.radiusKm / 111.2;
    const dLng = query.radiusKm / (111.2 * Math.max(0.01, Math.cos((center.lat * Math.PI) / 180)));
    return `l."lat" BETWEEN ${add(center.lat - dLat)} AND ${add(center.lat + dLat)} AND l."lng" BETWEEN ${add(center.lng - dLng)} AND ${add(center.lng + dLng)} AND ${exact}`;
  };
  /** The WHERE clause and its parameters, with the radius written for the query's access path. */
  const filtered = (variant: "indexed" | "plain") => {
    const values = [...params];
    const geo = geoClause(values, variant);
    return { filter: [...where, ...(geo ? [geo] : [])].join(" AND "), baseParams: values };
  };

  let orderedIds: { id: string; score: number }[];
  let closeOnly = false;
  if (query.q?.trim() && queryWords) {
    const q = query.q.trim();
    const { filter, baseParams } = filtered("plain");
    const [vector] = await ctx.embedder.embed([q]);
    const tree = await loadCategoryTree(ctx.prisma);
    // One transaction so the index settings apply to these queries only (SET LOCAL), on any driver.
    const relevance = await ctx.prisma.$transaction((tx) =>
      rankByRelevance(tx, {
        q,
        words: queryWords,
        vector: vector ?? [],
        model: ctx.embedder.model,
        floors: ctx.embedder.similarityFloors,
        tree,
        filter,
        params: baseParams,
      }),
    );
    // "Here are close ones" only when there are some: nothing at all is an empty result, not a close one.
    closeOnly = relevance.closeOnly && relevance.ranked.length > 0;
    orderedIds = relevance.ranked;
    if (sort !== "relevance") {
      const rows = await ctx.prisma.listing.findMany({
        where: { id: { in: orderedIds.map((o) => o.id) } },
        select: { id: true, createdAt: true, priceMinor: true, lat: true, lng: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const key = (id: string) => {
        const row = byId.get(id);
        if (!row) return Number.POSITIVE_INFINITY;
        if (sort === "recent") return -row.createdAt.getTime();
        if (sort === "price") return row.priceMinor ?? Number.POSITIVE_INFINITY;
        return row.lat === null || row.lng === null || !center
          ? Number.POSITIVE_INFINITY
          : haversineKm(center, { lat: row.lat, lng: row.lng });
      };
      orderedIds.sort((a, b) => key(a.id) - key(b.id));
    }
    orderedIds = orderedIds.slice(offset, offset + query.limit + 1);
  } else {
    const { filter, baseParams } = filtered("indexed");
    const p = [...baseParams];
    let order = `l."createdAt" DESC`;
    if (sort === "price") order = `l."priceMinor" ASC NULLS LAST, l."createdAt" DESC`;
    else if (sort === "distance" && center) {
      p.push(center.lat, center.lng);
      order = `earth_distance(ll_to_earth($${p.length - 1}, $${p.length}), ll_to_earth(l."lat", l."lng")) ASC NULLS LAST`;
    }
    const rows = await ctx.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT l."id" FROM "Listing" l WHERE ${filter} ORDER BY ${order}, l."id" LIMIT ${query.limit + 1} OFFSET ${offset}`,
      ...p,
    );
    orderedIds = rows.map((row, i) => ({ id: row.id, score: 1 / (RRF_K + offset + i + 1) }));
  }

  const page = orderedIds.slice(0, query.limit);
  const rows = await ctx.prisma.listing.findMany({ where: { id: { in: page.map((p) => p.id) } }, include: LISTING_INCLUDE });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: SearchHit[] = [];
  for (const { id, score } of page) {
    const row = byId.get(id);
    if (!row) continue;
    const listing = listingSeenBy(toListingView(row), searcherId);
    // Measured to the point the searcher is shown, so distances from several places cannot pinpoint it.
    const shown = listing.location;
    const distanceKm = center && shown ? Math.round(haversineKm(center, { lat: shown.lat, lng: shown.lng }) * 10) / 10 : null;
    items.push({ listing, distanceKm, score: Math.round(score * 1e6) / 1e6, highlights: highlightsOf(listing, query.q) });
  }
  const hasMore = orderedIds.length > query.limit && offset + query.limit < MAX_OFFSET;
  return {
    items,
    nextCursor: hasMore ? encodeCursor(offset + query.limit) : null,
    radiusKm: query.radiusKm ?? null,
    radiusDefaulted,
    kind: kind ?? null,
    closeOnly,
  };
}
