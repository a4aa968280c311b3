/**
 * Prisma CLI wiring. Prisma 6.19 with the JS (WASM) schema engine and a driver adapter, so
 * `generate`, `migrate deploy` and `migrate diff` run with no native engine download:
 * - DATABASE_URL unset → the embedded PGlite in RELAIS_DATA_DIR (default ./data), under the
 *   same one-process lock the app takes;
 * - DATABASE_URL set → @prisma/adapter-pg on that Postgres (pgvector required), with the
 *   `name`-column fix of core/src/db/pg-migration-adapter.ts.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { acquireDataDirLock } from "./core/src/db/data-dir-lock.ts";
import { PgMigrationAdapterFactory } from "./core/src/db/pg-migration-adapter.ts";
import { openPGlite, pgliteDirOf } from "./core/src/db/pglite.ts";
import { RelaisPGliteAdapterFactory } from "./core/src/db/pglite-adapter.ts";

// The CLI would otherwise try to download native engines it will not use.
const thisFile = fileURLToPath(import.meta.url);
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= thisFile;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= thisFile;

const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
// schema.prisma's datasource reads env("DATABASE_URL"); the embedded database needs none.
process.env.DATABASE_URL ??= "postgresql://embedded@localhost/relais";

// The CLI calls adapter() more than once per command: one PGlite per process, a new factory each call.
let embedded: ReturnType<typeof openPGlite> | undefined;
function openEmbedded() {
  if (!embedded) {
    const dataDir = resolve(process.env.RELAIS_DATA_DIR?.trim() || "./data");
    const lock = acquireDataDirLock(dataDir);
    const opening = openPGlite(pgliteDirOf(dataDir));
    embedded = opening;
    // The CLI never disposes its adapter: close PGlite cleanly once the command is done.
    process.once("beforeExit", async () => {
      await (await opening).close();
      lock.release();
    });
    process.once("exit", () => lock.release());
  }
  return embedded;
}

/**
 * PGlite's WASM Postgres re-arms a 10 s interval timer (setitimer) and Prisma's WASM schema
 * engine leaves a 10 s timeout behind, so `migrate deploy` would never exit by itself on
 * PGlite (measured: hung > 10 minutes) and would idle 10 s on Postgres. Their timers are made
 * non-blocking: the process ends when the command's work is done, then `beforeExit` closes
 * the embedded database.
 */
let timersPatched = false;
function letTheCliExitWhenIdle() {
  if (timersPatched) return;
  timersPatched = true;
  const original = globalThis.setTimeout;
  const unrefTimeout = ((...args: Parameters<typeof setTimeout>) => original(...args).unref()) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(unrefTimeout, original);
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    letTheCliExitWhenIdle();
    if (databaseUrl) return new PgMigrationAdapterFactory(databaseUrl);
    return new RelaisPGliteAdapterFactory(await openEmbedded());
  },
});
