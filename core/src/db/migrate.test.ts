/**
 * A restart opens a database already up to date without running `prisma migrate deploy` (its
 * child process costs seconds); anything the CLI would act on — a migration not recorded, one
 * whose SQL changed, one that failed half-way — still goes through the CLI.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { loadConfig } from "../config/index.ts";
import { openDatabase } from "./database.ts";
import { MigrationError, migrationsUpToDate } from "./migrate.ts";
import { openPGlite, pgliteDirOf } from "./pglite.ts";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(dirname(folder), { recursive: true, force: true });
});

/** A migrated copy, changed by `sql` (run on the folder directly) before the test opens it. */
async function migratedCopy(sql?: string): Promise<string> {
  const dataDir = copyTemplateDataDir();
  folders.push(dataDir);
  if (sql) {
    const db = await openPGlite(pgliteDirOf(dataDir));
    await db.exec(sql);
    await db.close();
  }
  return dataDir;
}

async function open(dataDir: string) {
  const steps: string[] = [];
  const db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { onProgress: (step) => steps.push(step) });
  return { db, steps };
}

describe("migrations on open", () => {
  it("opens a database already up to date without running the migration CLI, and it is usable", async () => {
    const { db, steps } = await open(await migratedCopy());
    try {
      expect(steps).toEqual(["opening the embedded database"]);
      expect(await db.prisma.user.count()).toBe(0);
    } finally {
      await db.close();
    }
  });

  it("runs the CLI when the SQL of an applied migration changed on disk (or its record did)", async () => {
    const dataDir = await migratedCopy(
      `update _prisma_migrations set checksum = 'edited' where migration_name = (select max(migration_name) from _prisma_migrations)`,
    );
    const db = await openPGlite(pgliteDirOf(dataDir));
    expect(await migrationsUpToDate((sql) => db.query(sql))).toBe(false);
    await db.close();
    // (Prisma's deploy applies nothing it has a record of: the database opens, after the CLI ran)
    const { db: opened, steps } = await open(dataDir);
    await opened.close();
    expect(steps).toEqual(["opening the embedded database", "applying migrations", "opening the embedded database"]);
  });

  it("leaves a migration that failed half-way to the CLI, which refuses to start with Prisma's explanation", async () => {
    const dataDir = await migratedCopy(
      `update _prisma_migrations set finished_at = null where migration_name = (select max(migration_name) from _prisma_migrations)`,
    );
    const failure = await open(dataDir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toMatch(/P3009|failed migrations/);
  });

  it("applies every migration to a database that has none", async () => {
    const dataDir = await migratedCopy("drop schema public cascade; create schema public;");
    const { db, steps } = await open(dataDir);
    try {
      expect(steps).toContain("applying migrations");
      expect(await db.prisma.listing.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});
