/**
 * Opens the database Relais runs on: embedded PGlite (with pgvector) in RELAIS_DATA_DIR when
 * DATABASE_URL is unset, a real Postgres through @prisma/adapter-pg when it is set.
 * Pending migrations are applied first; the returned handle closes everything cleanly.
 */
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Config } from "../config/index.ts";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.ts";
import { PrismaClient } from "./generated/client.ts";
import { migrateDeploy, migrationsUpToDate, openMigratedPGlite } from "./migrate.ts";
import { openPGlite, pgliteDirOf } from "./pglite.ts";
import { RelaisPGliteAdapterFactory } from "./pglite-adapter.ts";

export type DatabaseDriver = "pglite" | "pg";

export type Database = {
  prisma: PrismaClient;
  driver: DatabaseDriver;
  /** The embedded database's instance (driver "pglite"): the job queue shares its one connection. */
  pglite?: PGlite;
  /** Installed pgvector version, e.g. "0.8.7". */
  vectorVersion(): Promise<string>;
  close(): Promise<void>;
};

export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "DatabaseUnavailableError";
  }
}

export type OpenDatabaseOptions = {
  /** Apply pending migrations with `prisma migrate deploy` first (default true). */
  migrate?: boolean;
  onProgress?: (step: string) => void;
};

function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "the configured server";
  }
}

const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/** Fails fast and clearly when the server cannot be reached or lacks pgvector. */
async function checkPostgres(url: string, connectTimeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  const startedAt = performance.now();
  try {
    await client.connect();
  } catch (error) {
    // pg reports its own timeout as "Connection terminated unexpectedly": say what happened instead.
    if (performance.now() - startedAt >= connectTimeoutMs - 20) {
      throw new DatabaseUnavailableError(
        `Cannot reach the database at ${describeTarget(url)} (DATABASE_URL): no answer within ${formatSeconds(connectTimeoutMs)} (DATABASE_CONNECT_TIMEOUT_MS=${connectTimeoutMs}); check the address, the port and the firewall.`,
        { cause: error },
      );
    }
    const reason = error instanceof Error ? ("code" in error && String(error.code)) || error.message : String(error);
    throw new DatabaseUnavailableError(`Cannot reach the database at ${describeTarget(url)} (DATABASE_URL): ${reason}.`, {
      cause: error,
    });
  }
  try {
    const { rows } = await client.query("select 1 from pg_available_extensions where name = 'vector'");
    if (rows.length === 0) {
      throw new DatabaseUnavailableError(
        `The database at ${describeTarget(url)} has no pgvector extension: install pgvector (e.g. the pgvector/pgvector:pg17 image).`,
      );
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether the server's database already has every migration (then `prisma migrate deploy` is skipped). */
async function postgresUpToDate(url: string, connectTimeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  try {
    await client.connect();
    return await migrationsUpToDate((sql) => client.query(sql));
  } finally {
    await client.end().catch(() => {});
  }
}

async function vectorVersionOf(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRaw<{ extversion: string }[]>`select extversion from pg_extension where extname = 'vector'`;
  return rows[0]?.extversion ?? "missing";
}

export async function openDatabase(config: Config["database"], options: OpenDatabaseOptions = {}): Promise<Database> {
  const progress = options.onProgress ?? (() => {});
  if (config.driver === "pg") {
    await checkPostgres(config.url, config.connectTimeoutMs);
    if (options.migrate !== false && !(await postgresUpToDate(config.url, config.connectTimeoutMs))) {
      progress("applying migrations");
      await migrateDeploy({ driver: "pg", url: config.url });
    }
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: config.url, connectionTimeoutMillis: config.connectTimeoutMs }),
    });
    return { prisma, driver: "pg", vectorVersion: () => vectorVersionOf(prisma), close: () => prisma.$disconnect() };
  }

  const lock: DataDirLock = acquireDataDirLock(config.dataDir);
  let pglite: PGlite | undefined;
  try {
    if (options.migrate !== false) pglite = await openMigratedPGlite(config.dataDir, lock.token, progress);
    else {
      progress("opening the embedded database");
      pglite = await openPGlite(pgliteDirOf(config.dataDir));
    }
  } catch (error) {
    lock.release();
    throw error;
  }
  const db = pglite;
  const prisma = new PrismaClient({ adapter: new RelaisPGliteAdapterFactory(db) });
  let closed = false;
  return {
    prisma,
    driver: "pglite",
    pglite: db,
    vectorVersion: () => vectorVersionOf(prisma),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect().catch(() => {});
      await db.close();
      lock.release();
    },
  };
}
