/**
 * The `relais` command line (run with `npm run relais -- <command>`).
 */
import { existsSync } from "node:fs";
import { Command } from "commander";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig } from "../config/index.ts";
import { openDatabase } from "../db/database.ts";
import { seedDemoCommunity } from "../demo/seed.ts";
import { exitWithStartupError } from "../errors/startup.ts";

if (existsSync(".env")) process.loadEnvFile(".env");

const program = new Command()
  .name("relais")
  .description("Relais command line: database and data tasks.\nConfiguration comes from the environment (see .env.example).")
  .showHelpAfterError();

program
  .command("migrate")
  .description("apply pending database migrations (prisma migrate deploy) and exit")
  .action(async () => {
    const db = await openDatabase(loadConfig().database, { onProgress: (step) => console.log(`… ${step}`) });
    await db.close();
    console.log(`Database is up to date (${db.driver}).`);
  });

program
  .command("seed")
  .description("load the demo community into an empty database (does nothing if members exist)")
  .action(async () => {
    const db = await openDatabase(loadConfig().database, { onProgress: (step) => console.log(`… ${step}`) });
    try {
      const report = await seedDemoCommunity(db.prisma, new LocalEmbedder());
      console.log(
        report.seeded
          ? `Demo community loaded: ${report.members} members, ${report.listings} listings, ${report.missions} missions, ${report.categories} categories.`
          : "The database already has members: nothing seeded.",
      );
    } finally {
      await db.close();
    }
  });

program.parseAsync().catch((error) => exitWithStartupError(error));
