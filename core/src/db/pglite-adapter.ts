/**
 * Prisma driver adapter factory for PGlite that works for migrations too.
 *
 * pglite-prisma-adapter 0.6 (the Prisma 6 line) has three gaps, measured here
 * (see OFFLINE-RECIPES.md): `executeScript` does not await `exec`, so a migration is marked
 * applied before it ran; its shadow database lacks pgvector and our contrib extensions; and
 * an argument-less multi-statement raw query goes through the extended protocol, which
 * Postgres refuses. This wrapper fixes the three without forking the package.
 *
 * It also maps constraint violations the way @prisma/adapter-pg does: pglite-prisma-adapter
 * reports every Postgres error as a bare `{ kind: "postgres", code }`, so Prisma threw a
 * `DriverAdapterError` where the pg driver gives a P2002, and every unique-violation handler was
 * dead on the embedded database (a taken email answered 500).
 */
import type { PGlite } from "@electric-sql/pglite";
import {
  DriverAdapterError,
  isDriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPGlite } from "./pglite.ts";

type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>> & {
  onError?: (error: unknown) => never;
};
type SqlQuery = Parameters<Adapter["queryRaw"]>[0];
type OnError = (error: unknown) => never;

/** Columns named in a Postgres constraint detail, e.g. `Key (email)=(a@b.c) already exists.` */
function keyFields(detail: unknown): { fields: string[] } | undefined {
  const fields = typeof detail === "string" ? detail.match(/Key \(([^)]+)\)/)?.[1]?.split(", ") : undefined;
  return fields ? { fields } : undefined;
}

/** The error kinds @prisma/adapter-pg reports for the same SQLSTATEs, so both drivers throw alike. */
export function toPrismaDriverError(error: unknown): unknown {
  if (!isDriverAdapterError(error) || error.cause.kind !== "postgres") return error;
  const { code, detail } = error.cause;
  if (code === "23505") return new DriverAdapterError({ kind: "UniqueConstraintViolation", constraint: keyFields(detail) });
  if (code === "23502") return new DriverAdapterError({ kind: "NullConstraintViolation", constraint: keyFields(detail) });
  if (code === "23503") return new DriverAdapterError({ kind: "ForeignKeyConstraintViolation", constraint: keyFields(detail) });
  return error;
}

/** Wraps a queryable's error hook (the adapter's and each transaction's) with the mapping above. */
function mapErrorsOf(queryable: { onError?: OnError }): void {
  const original = queryable.onError?.bind(queryable);
  queryable.onError = (error: unknown): never => {
    try {
      if (original) original(error);
      throw error;
    } catch (thrown) {
      throw toPrismaDriverError(thrown);
    }
  };
}

/** True when the SQL holds more than one statement (a `;` followed by more SQL). */
function isMultiStatement(sql: string): boolean {
  const trimmed = sql.trim().replace(/;+$/, "");
  return trimmed.includes(";");
}

// pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils than the
// client's; the runtime protocol is the same, so the result is typed with the client's.
function patchAdapter(adapter: Adapter, client: PGlite): SqlDriverAdapter {
  mapErrorsOf(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args: Parameters<Adapter["startTransaction"]>) => {
    const transaction = await startTransaction(...args);
    mapErrorsOf(transaction as typeof transaction & { onError?: OnError });
    return transaction;
  };
  const fail = (error: unknown): never => {
    if (adapter.onError) return adapter.onError(error);
    throw error;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await client.exec(script);
    } catch (error) {
      fail(error);
    }
  };
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    if (query.args.length === 0 && isMultiStatement(query.sql)) {
      try {
        await client.exec(query.sql);
        return 0;
      } catch (error) {
        return fail(error);
      }
    }
    return executeRaw(query);
  };
  return adapter as unknown as SqlDriverAdapter;
}

export class RelaisPGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-prisma-adapter";
  readonly #client: PGlite;
  readonly #inner: PrismaPGlite;

  constructor(client: PGlite) {
    this.#client = client;
    this.#inner = new PrismaPGlite(client);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return patchAdapter((await this.#inner.connect()) as Adapter, this.#client);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await openPGlite("memory://");
    return patchAdapter((await new PrismaPGlite(shadow).connect()) as Adapter, shadow);
  }
}
