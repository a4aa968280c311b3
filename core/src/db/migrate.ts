/**
 * Applies `prisma/migrations` with the real `prisma migrate deploy`, in a child process,
 * before the app opens the database (only one process may hold a PGlite folder, so the app
 * hands its lock token to the child and opens the folder after the child has closed it).
 * A database already up to date skips the child: a restart saves its seconds.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { LOCK_TOKEN_ENV } from "./data-dir-lock.ts";
import { openPGlite, pgliteDirOf } from "./pglite.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export class MigrationError extends Error {
  readonly output: string;

  constructor(message: string, output: string) {
    super(message);
    this.output = output;
    this.name = "MigrationError";
  }
}

function prismaCliPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
}

/** The line of the CLI's output that explains a failure best. */
function explain(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const best =
    lines.find((line) => /^Error: P\d{4}/.test(line) || /^P\d{4}:/.test(line)) ??
    lines.find((line) => /error/i.test(line) && !/^at /.test(line)) ??
    lines.at(-1);
  return best ?? "prisma migrate deploy failed without a message";
}

export type MigrateOptions = { driver: "pglite"; dataDir: string; lockToken: string } | { driver: "pg"; url: string };

export async function migrateDeploy(options: MigrateOptions): Promise<{ output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
  };
  if (options.driver === "pglite") {
    delete env.DATABASE_URL;
    env.RELAIS_DATA_DIR = options.dataDir;
    env[LOCK_TOKEN_ENV] = options.lockToken;
  } else {
    env.DATABASE_URL = options.url;
  }
  const child = spawn(process.execPath, [prismaCliPath(), "migrate", "deploy"], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new MigrationError(`Database migration failed: ${explain(output)}`, output);
  return { output };
}

/** The migrations in `prisma/migrations`, with the checksum Prisma records for each (sha256 of its SQL). */
function migrationsOnDisk(): { name: string; checksum: string }[] {
  const folder = join(REPO_ROOT, "prisma", "migrations");
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "migration.sql")))
    .map((entry) => ({
      name: entry.name,
      checksum: createHash("sha256")
        .update(readFileSync(join(folder, entry.name, "migration.sql")))
        .digest("hex"),
    }));
}

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * True when `prisma migrate deploy` would have nothing to do: every migration on disk is recorded
 * as finished with the same SQL, and none failed half-way. A restart then skips the CLI (seconds of
 * a child process); anything else — a new, edited or failed migration — is left to the CLI to apply
 * or to explain.
 */
export async function migrationsUpToDate(query: Query): Promise<boolean> {
  const table = await query("select to_regclass('_prisma_migrations') is not null as present");
  if (table.rows[0]?.present !== true) return false;
  const { rows } = await query(
    "select migration_name, checksum, finished_at is not null as finished, rolled_back_at is not null as rolled_back from _prisma_migrations",
  );
  if (rows.some((row) => row.finished !== true && row.rolled_back !== true)) return false;
  const applied = new Set(
    rows.filter((row) => row.finished === true && row.rolled_back !== true).map((row) => `${row.migration_name}:${row.checksum}`),
  );
  return migrationsOnDisk().every((migration) => applied.has(`${migration.name}:${migration.checksum}`));
}

/**
 * Opens the embedded database with every migration applied. A folder already up to date is opened
 * once and kept; otherwise the folder is closed and `prisma migrate deploy` runs first (the child
 * must hold the folder alone), then it is opened.
 */
export async function openMigratedPGlite(dataDir: string, lockToken: string, progress: (step: string) => void): Promise<PGlite> {
  const folder = pgliteDirOf(dataDir);
  if (existsSync(join(folder, "PG_VERSION"))) {
    progress("opening the embedded database");
    const db = await openPGlite(folder);
    const upToDate = await migrationsUpToDate((sql) => db.query(sql)).catch(async (error) => {
      await db.close().catch(() => {});
      throw error;
    });
    if (upToDate) return db;
    await db.close();
  }
  progress("applying migrations");
  await migrateDeploy({ driver: "pglite", dataDir, lockToken });
  progress("opening the embedded database");
  return openPGlite(folder);
}
