/**
 * @prisma/adapter-pg for the Prisma CLI (migrations) on a real Postgres.
 *
 * Prisma 6.19's WASM schema engine reads the catalog (`pg_class.relname`, …) whose columns
 * are of type `name`, and adapter-pg 6.19 has no mapping for `name`: every
 * `prisma migrate deploy` through it fails with "Column type 'name' could not be
 * deserialized" (measured here, on PGlite served over TCP, same wire protocol as Postgres).
 * `name` is text on the wire, so the fields are relabelled as text before adapter-pg
 * maps them. Its `executeScript` also splits a migration on every ";", even inside comments
 * and function bodies; the script is sent whole instead (the simple query protocol runs
 * several statements). The app's own client uses adapter-pg unchanged.
 */

import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const TEXT_LIKE: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 }; // char, name and their arrays → text, text[]

type PgResult = { fields: { dataTypeID: number }[] };
type PgQueryable = {
  client: { query(sql: string): Promise<unknown> };
  performIO(query: unknown): Promise<PgResult>;
  executeScript?: (script: string) => Promise<void>;
  onError(error: unknown): never;
};

function fixMigrationGaps<T extends object>(queryable: T): T {
  const target = queryable as unknown as PgQueryable;
  if (target.executeScript) {
    target.executeScript = async (script) => {
      try {
        await target.client.query(script);
      } catch (error) {
        target.onError(error);
      }
    };
  }
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) field.dataTypeID = TEXT_LIKE[field.dataTypeID] ?? field.dataTypeID;
    return result;
  };
  const withTx = queryable as unknown as { startTransaction?: (...args: unknown[]) => Promise<object> };
  if (withTx.startTransaction) {
    const start = withTx.startTransaction.bind(queryable);
    withTx.startTransaction = async (...args) => fixMigrationGaps(await start(...args));
  }
  return queryable;
}

export class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  readonly #inner: PrismaPg;

  constructor(connectionString: string) {
    // The CLI never disposes its adapter: let the process end once the pool is idle.
    this.#inner = new PrismaPg({ connectionString, allowExitOnIdle: true });
  }

  async connect(): Promise<SqlDriverAdapter> {
    return fixMigrationGaps(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return fixMigrationGaps(await this.#inner.connectToShadowDb());
  }
}
