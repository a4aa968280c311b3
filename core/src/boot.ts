/**
 * Brings the core up: database (migrated), demo community on first start. Shared by the
 * API server, the bots and the command line, so all of them start the same way.
 */
import type { Embedder } from "./ai/embedder.ts";
import { LocalEmbedder } from "./ai/local-embedder.ts";
import { reindex, staleVectors } from "./ai/reindex.ts";
import type { Config } from "./config/index.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { type SeedReport, seedDemoCommunity } from "./demo/seed.ts";
import { EventBus } from "./events/bus.ts";
import { upsertCategoryTree } from "./listings/categories.ts";
import type { MarketContext } from "./listings/context.ts";
import { createImageStore } from "./listings/image-store.ts";

export type Core = {
  config: Config;
  db: Database;
  embedder: Embedder;
  events: EventBus;
  market: MarketContext;
  seed: SeedReport;
  /** Rows whose vector is from another model (search ignores them until `relais reindex`). */
  staleVectors: number;
};

/** The embedder the configuration asks for (the OpenAI SDK is only loaded when used). */
export async function embedderFor(config: Config): Promise<Embedder> {
  if (config.ai.embedder !== "openai" || !config.ai.openai) return new LocalEmbedder();
  const { OpenAIEmbedder } = await import("./ai/openai-embedder.ts");
  return new OpenAIEmbedder(config.ai.openai);
}

export async function bootCore(
  config: Config,
  onProgress: (step: string) => void = () => {},
  options: { migrate?: boolean } = {},
): Promise<Core> {
  const db = await openDatabase(config.database, { onProgress, ...options });
  try {
    const embedder = await embedderFor(config);
    const events = new EventBus();
    // Reference data every community needs, kept in step with the code (idempotent).
    onProgress("updating the category tree");
    await upsertCategoryTree(db.prisma);
    let seed: SeedReport = { seeded: false, members: 0, listings: 0, missions: 0, categories: 0 };
    if (config.demoData) {
      onProgress("checking for the demo community");
      seed = await seedDemoCommunity(db.prisma, embedder);
    }
    // Vectors of another model are invisible to search. The local embedder redoes them at once
    // (thousands per second); a paid provider waits for `relais reindex`, run on purpose.
    let stale = Object.values(await staleVectors(db.prisma, embedder.model)).reduce((a, b) => a + b, 0);
    let bulkWrites = seed.seeded;
    if (stale > 0 && embedder instanceof LocalEmbedder) {
      onProgress(`re-embedding ${stale} rows for ${embedder.model}`);
      await reindex(db.prisma, embedder);
      stale = 0;
      bulkWrites = true;
    } else if (stale > 0) {
      onProgress(`${stale} rows have vectors of another model: run \`npm run relais -- reindex\``);
    }
    // PGlite runs no autovacuum: fresh statistics keep the planner from nested-loop plans that
    // turn a 13 ms search into 75 ms. Right after bulk writes they are needed before serving;
    // otherwise they are refreshed in the background. Postgres keeps its own up to date.
    if (db.driver === "pglite") {
      const analyze = db.prisma.$executeRawUnsafe("ANALYZE");
      if (bulkWrites) {
        onProgress("refreshing planner statistics");
        await analyze;
      } else analyze.catch(() => {}); // closing during it is fine: it is only statistics
    }
    const images = createImageStore(config);
    return {
      config,
      db,
      embedder,
      events,
      market: { prisma: db.prisma, embedder, events, images, reportsToHideListing: config.reportsToHideListing },
      seed,
      staleVectors: stale,
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
