/**
 * P1: hybrid search on embedded PGlite with 100k realistic FR/EN listings. Generates the
 * listings (demo catalogue × real places × variations), loads them with their local
 * embeddings, builds the indexes, then times mixed queries: text + radius + category.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { toVectorLiteral } from "../core/src/ai/embedder.ts";
import { LocalEmbedder } from "../core/src/ai/local-embedder.ts";
import { bootCore } from "../core/src/boot.ts";
import { loadConfig } from "../core/src/config/index.ts";
import { DEMO_ITEMS } from "../core/src/demo/items.ts";
import { DEMO_PLACES } from "../core/src/demo/places.ts";
import { listingEmbeddingText } from "../core/src/listings/listing-view.ts";
import { seededRandom } from "../core/src/matching/seeded-random.ts";
import { searchListings } from "../core/src/search/search-listings.ts";
import { percentile } from "./machine.ts";

export type SearchBench = {
  listings: number;
  loadSeconds: number;
  indexSeconds: number;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU time of the process per query (PGlite runs in it): what the work costs, whatever else the machine runs. */
  cpuP50: number;
  cpuP95: number;
  /** 1-minute load average of the machine when the queries started and ended. */
  loadBefore: number;
  loadAfter: number;
  byShape: Record<string, { p50: number; p95: number }>;
};

const QUERIES = [
  { q: "velo", category: "bikes", place: "Lyon", radiusKm: 30 },
  { q: "guitarre acoustique", place: "Paris 11e", radiusKm: 20 },
  { q: "canape gris", category: "furniture", place: "Bordeaux", radiusKm: 50 },
  { q: "road bike", kind: "offer" as const, place: "Nantes", radiusKm: 40 },
  { q: "développeur react", category: "skills" },
  { q: "ordinateur portable", category: "electronics", place: "Marseille", radiusKm: 25, maxPrice: 50000 },
  { q: "cours de maths", category: "services", place: "Lille", radiusKm: 15 },
  { q: "tent camping", place: "Grenoble", radiusKm: 60 },
];

const random = seededRandom;

export async function benchSearch(
  count = 100_000,
  runs = 400,
  log: (line: string) => void = console.log,
  keepDir?: string,
): Promise<SearchBench> {
  const root = keepDir ?? mkdtempSync(join(tmpdir(), "relais-bench-search-"));
  try {
    const config = loadConfig({ RELAIS_DATA_DIR: join(root, "data"), RELAIS_DEMO_DATA: "false", LOG_LEVEL: "silent" });
    const core = await bootCore(config);
    const prisma = core.db.prisma;
    const embedder = new LocalEmbedder();
    const rand = random(42);
    const owners = await prisma.user.createManyAndReturn({
      data: Array.from({ length: 2000 }, (_, i) => ({ name: `Bench member ${i}`, email: `bench${i}@bench.example` })),
      select: { id: true },
    });
    const categories = new Map((await prisma.category.findMany()).map((c) => [c.slug, c.id]));
    const places = Object.values(DEMO_PLACES);
    const adjectives = {
      fr: ["", "très bon état", "comme neuf", "à saisir", "peu servi", "urgent"],
      en: ["", "great condition", "like new", "bargain", "barely used", "quick sale"],
    };
    // Indexes are built once after loading (much faster than maintaining them row by row).
    await prisma.$executeRawUnsafe(`DROP INDEX IF EXISTS "Listing_embedding_hnsw"`);
    // The full-text and trigram indexes take new rows straight into the index (no pending list,
    // which PGlite never vacuums); for a bulk load, buffer them and merge once at the end.
    const GIN_INDEXES = ["Listing_searchVector_gin", "Listing_title_trgm"];
    for (const index of GIN_INDEXES) await prisma.$executeRawUnsafe(`ALTER INDEX "${index}" SET (fastupdate = on)`);
    const started = performance.now();
    const batch = 2000;
    for (let offset = 0; offset < count; offset += batch) {
      const rows = Array.from({ length: Math.min(batch, count - offset) }, () => {
        const item = DEMO_ITEMS[Math.floor(rand() * DEMO_ITEMS.length)]!;
        const locale = rand() < 0.6 ? "fr" : "en";
        const text = item[locale];
        const place = places[Math.floor(rand() * places.length)]!;
        const kind = rand() < 0.7 ? "offer" : "want";
        const extra = adjectives[locale][Math.floor(rand() * adjectives[locale].length)];
        return {
          ownerId: owners[Math.floor(rand() * owners.length)]!.id,
          kind: kind as "offer" | "want",
          title: extra ? `${text.title} – ${extra}` : text.title,
          description: text.description,
          categoryId: categories.get(item.category) ?? "",
          tags: item.tags,
          priceMinor: item.priceEur ? Math.round(item.priceEur * (0.6 + rand() * 0.8)) * 100 : null,
          currency: item.priceEur ? "EUR" : null,
          placeName: place.name,
          countryCode: place.countryCode,
          // scattered up to ~15 km around the town centre
          lat: place.lat + (rand() - 0.5) * 0.25,
          lng: place.lng + (rand() - 0.5) * 0.35,
          remote: item.remote ?? false,
          locale: locale as "fr" | "en",
        };
      });
      const created = await prisma.listing.createManyAndReturn({
        data: rows,
        select: { id: true, title: true, tags: true, description: true },
      });
      const vectors = await embedder.embed(created.map(listingEmbeddingText));
      await prisma.$executeRawUnsafe(
        `UPDATE "Listing" AS l SET "embedding" = v.e::vector, "embeddingModel" = $3 FROM unnest($1::text[], $2::text[]) AS v(id, e) WHERE l."id" = v.id`,
        created.map((c) => c.id),
        vectors.map(toVectorLiteral),
        embedder.model,
      );
      if ((offset / batch) % 10 === 0) log(`  loaded ${offset + created.length} / ${count}`);
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const indexStarted = performance.now();
    for (const index of GIN_INDEXES) {
      await prisma.$queryRawUnsafe(`SELECT gin_clean_pending_list('"${index}"'::regclass)`);
      await prisma.$executeRawUnsafe(`ALTER INDEX "${index}" SET (fastupdate = off)`);
    }
    await prisma.$executeRawUnsafe(`CREATE INDEX "Listing_embedding_hnsw" ON "Listing" USING hnsw ("embedding" vector_cosine_ops)`);
    await prisma.$executeRawUnsafe(`ANALYZE "Listing"`);
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    log(`  loaded in ${loadSeconds.toFixed(0)} s, HNSW index built in ${indexSeconds.toFixed(0)} s`);

    for (const query of QUERIES) await searchListings(core.market, undefined, { ...query, limit: 20 }); // warm-up
    const all: number[] = [];
    const cpu: number[] = [];
    const byShape: Record<string, number[]> = {};
    const loadBefore = loadavg()[0] ?? 0;
    for (let i = 0; i < runs; i++) {
      const query = QUERIES[i % QUERIES.length]!;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await searchListings(core.market, undefined, { ...query, limit: 20 });
      const ms = performance.now() - t0;
      const used = process.cpuUsage(c0);
      cpu.push((used.user + used.system) / 1000);
      all.push(ms);
      const shape = byShape[query.q] ?? [];
      shape.push(ms);
      byShape[query.q] = shape;
    }
    const loadAfter = loadavg()[0] ?? 0;
    await core.db.close();
    const sorted = [...all].sort((a, b) => a - b);
    const cpuSorted = [...cpu].sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      listings: count,
      loadSeconds: round(loadSeconds),
      indexSeconds: round(indexSeconds),
      queries: runs,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      cpuP50: round(percentile(cpuSorted, 50)),
      cpuP95: round(percentile(cpuSorted, 95)),
      loadBefore: round(loadBefore),
      loadAfter: round(loadAfter),
      byShape: Object.fromEntries(
        Object.entries(byShape).map(([q, values]) => {
          const s = values.sort((a, b) => a - b);
          return [q, { p50: round(percentile(s, 50)), p95: round(percentile(s, 95)) }];
        }),
      ),
    };
  } finally {
    if (!keepDir) rmSync(root, { recursive: true, force: true });
  }
}

export function searchMarkdown(result: SearchBench): string {
  return [
    "## P1 — hybrid search on embedded PGlite",
    "",
    `${result.listings.toLocaleString("en")} generated FR/EN listings (demo catalogue × 19 real places, scattered ±15 km, prices varied, local embeddings), loaded in ${result.loadSeconds} s; full-text pending rows merged and HNSW index built in ${result.indexSeconds} s.`,
    `${result.queries} mixed queries (the relevance floor: which words the listings hold, as written or through their strict equivalents, or as the title word nearest a misspelt one; the listings holding them; a category the words name; pgvector neighbours; the same-thing check; fused by RRF; with radius and/or category filters), in process, one at a time. Target p95 ≤ 30 ms.`,
    ...(result.listings < 100_000
      ? [
          "",
          `Measured at ${result.listings.toLocaleString("en")} listings, not 100,000: the size whose run (generation, index, queries) finishes in a few minutes on the shared 2-core machine. Load average (1 min) ${result.loadBefore} when the queries started, ${result.loadAfter} when they ended${Number(result.loadBefore) > 4 ? ": other work ran on the same cores, so wall times are several times what a quiet machine gives" : ""}. The process's CPU time per query (PGlite runs inside it) says what the work costs whatever else runs: p50 ${result.cpuP50} ms, p95 ${result.cpuP95} ms.`,
        ]
      : []),
    "",
    "| query | p50 ms | p95 ms |",
    "|---|---|---|",
    ...Object.entries(result.byShape).map(([q, v]) => `| ${q} | ${v.p50} | ${v.p95} |`),
    `| **all** | **${result.p50}** | **${result.p95}** (p99 ${result.p99}) |`,
    "",
    result.p95 <= 30
      ? "The target is met."
      : [
          "**The target is not met on embedded PGlite** at this size on this machine. PGlite is PostgreSQL compiled to WASM and",
          "runs single-threaded inside the Node process; each query is a word check (GIN full text), the text candidates",
          "(GIN intersected with a latitude band around a place), the listings of a named category, the HNSW neighbours",
          "(300 when words matched, 1,000 otherwise) and the same-thing check, plus the page fetch. Already done (issue 13):",
          "GIN indexes without a pending list (PGlite has no autovacuum: every lookup scanned the rows buffered since the",
          "index was built), cheaper planning of trigram lookups, typos read as the nearest title word and then matched",
          "through the full-text index, the neighbours filtered without a second lookup by key, a (lat, lng) index.",
          "What it would take beyond: native PostgreSQL 16+ with pgvector (the production configuration, `DATABASE_URL`)",
          "runs the same plans several times faster and runs the candidate queries in parallel on separate connections.",
        ].join(" "),
    "",
  ].join("\n");
}
