/**
 * Brings the core up: database (migrated), demo community on first start. Shared by the
 * API server, the bots and the command line, so all of them start the same way.
 */
import type { Embedder } from "./ai/embedder.ts";
import { LocalEmbedder } from "./ai/local-embedder.ts";
import type { Config } from "./config/index.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { type SeedReport, seedDemoCommunity } from "./demo/seed.ts";

export type Core = { config: Config; db: Database; embedder: Embedder; seed: SeedReport };

export async function bootCore(
  config: Config,
  onProgress: (step: string) => void = () => {},
  options: { migrate?: boolean } = {},
): Promise<Core> {
  const db = await openDatabase(config.database, { onProgress, ...options });
  try {
    const embedder = new LocalEmbedder();
    let seed: SeedReport = { seeded: false, members: 0, listings: 0, missions: 0, categories: 0 };
    if (config.demoData) {
      onProgress("checking for the demo community");
      seed = await seedDemoCommunity(db.prisma, embedder);
    }
    return { config, db, embedder, seed };
  } catch (error) {
    await db.close();
    throw error;
  }
}
