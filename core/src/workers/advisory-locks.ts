/**
 * Which process runs a background worker: the one holding that worker's Postgres advisory lock
 * (`pg_try_advisory_lock`), so two processes on one database run each worker once. A session
 * lock lives as long as its connection: with Postgres the locks sit on one dedicated
 * connection (a pooled one could be handed back with the lock still on it); if that
 * connection drops, every lock is reported lost so the worker stops and tries again later.
 * The embedded database has one connection and one process (the data-folder lock), so its
 * advisory locks always succeed and the same code runs.
 */
import pg from "pg";
import type { Config } from "../config/index.ts";
import type { PrismaClient } from "../db/generated/client.ts";

/** Every Relais lock uses this first key ("RELA"), the worker's name hashed gives the second. */
const NAMESPACE = 0x52454c41;

/** A stable 32-bit key for a name (FNV-1a), so every process computes the same one. */
export function lockKey(name: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

type Query = (sql: string, params: unknown[]) => Promise<boolean>;

export class AdvisoryLocks {
  readonly #held = new Set<string>();
  #lostListeners: ((names: string[]) => void)[] = [];

  readonly #query: Query;
  readonly #closeConnection: () => Promise<void>;

  private constructor(query: Query, closeConnection: () => Promise<void>) {
    this.#query = query;
    this.#closeConnection = closeConnection;
  }

  /** A dedicated connection with Postgres; the embedded database's only session otherwise. */
  static async open(database: Config["database"], prisma?: PrismaClient): Promise<AdvisoryLocks> {
    if (database.driver === "pglite") {
      if (!prisma) throw new Error("the embedded database's advisory locks go through its Prisma client");
      return new AdvisoryLocks(
        async (sql, params) => {
          const rows = await prisma.$queryRawUnsafe<{ ok: boolean }[]>(sql, ...params);
          return rows[0]?.ok === true;
        },
        async () => {},
      );
    }
    const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: database.connectTimeoutMs });
    await client.connect();
    const locks: AdvisoryLocks = new AdvisoryLocks(
      async (sql, params) => (await client.query<{ ok: boolean }>(sql, params)).rows[0]?.ok === true,
      () => client.end().catch(() => {}),
    );
    client.on("error", () => locks.#lostAll());
    client.on("end", () => locks.#lostAll());
    return locks;
  }

  /** True when this process now holds `name` (or already did). */
  async tryAcquire(name: string): Promise<boolean> {
    if (this.#held.has(name)) return true;
    const ok = await this.#query("SELECT pg_try_advisory_lock($1::int, $2::int) AS ok", [NAMESPACE, lockKey(name)]);
    if (ok) this.#held.add(name);
    return ok;
  }

  async release(name: string): Promise<void> {
    if (!this.#held.delete(name)) return;
    await this.#query("SELECT pg_advisory_unlock($1::int, $2::int) AS ok", [NAMESPACE, lockKey(name)]).catch(() => false);
  }

  /** Called with the names of the locks lost when the lock connection breaks. */
  onLost(listener: (names: string[]) => void): void {
    this.#lostListeners.push(listener);
  }

  #lostAll() {
    const names = [...this.#held];
    this.#held.clear();
    if (names.length > 0) for (const listener of this.#lostListeners) listener(names);
  }

  /** Releases every lock (closing the connection releases them in any case). */
  async close(): Promise<void> {
    for (const name of [...this.#held]) await this.release(name);
    this.#lostListeners = [];
    await this.#closeConnection();
  }
}
