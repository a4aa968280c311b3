/**
 * Brings the core up: database (migrated), demo community on first start. Shared by the
 * API server, the bots and the command line, so all of them start the same way.
 */
import type { Embedder } from "./ai/embedder.ts";
import { LocalEmbedder } from "./ai/local-embedder.ts";
import type { Config } from "./config/index.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { type SeedReport, seedDemoCommunity } from "./demo/seed.ts";
import { EventBus } from "./events/bus.ts";
import { upsertCategoryTree } from "./listings/categories.ts";
import type { MarketContext } from "./listings/context.ts";

export type Core = { config: Config; db: Database; embedder: Embedder; events: EventBus; market: MarketContext; seed: SeedReport };

export async function bootCore(
  config: Config,
  onProgress: (step: string) => void = () => {},
  options: { migrate?: boolean } = {},
): Promise<Core> {
  const db = await openDatabase(config.database, { onProgress, ...options });
  try {
    const embedder = new LocalEmbedder();
    const events = new EventBus();
    // Reference data every community needs, kept in step with the code (idempotent).
    onProgress("updating the category tree");
    await upsertCategoryTree(db.prisma);
    let seed: SeedReport = { seeded: false, members: 0, listings: 0, missions: 0, categories: 0 };
    if (config.demoData) {
      onProgress("checking for the demo community");
      seed = await seedDemoCommunity(db.prisma, embedder);
    }
    return { config, db, embedder, events, market: { prisma: db.prisma, embedder, events }, seed };
  } catch (error) {
    await db.close();
    throw error;
  }
}
