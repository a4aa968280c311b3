/**
 * Prisma driver adapter factory for PGlite that works for migrations too.
 *
 * pglite-prisma-adapter 0.6 (the Prisma 6 line) has three gaps, measured here
 * (see OFFLINE-RECIPES.md): `executeScript` does not await `exec`, so a migration is marked
 * applied before it ran; its shadow database lacks pgvector and our contrib extensions; and
 * an argument-less multi-statement raw query goes through the extended protocol, which
 * Postgres refuses. This wrapper fixes the three without forking the package.
 */
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPGlite } from "./pglite.ts";

type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>> & {
  onError?: (error: unknown) => never;
};
type SqlQuery = Parameters<Adapter["queryRaw"]>[0];

/** True when the SQL holds more than one statement (a `;` followed by more SQL). */
function isMultiStatement(sql: string): boolean {
  const trimmed = sql.trim().replace(/;+$/, "");
  return trimmed.includes(";");
}

// pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils than the
// client's; the runtime protocol is the same, so the result is typed with the client's.
function patchAdapter(adapter: Adapter, client: PGlite): SqlDriverAdapter {
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
