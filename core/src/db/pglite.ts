/**
 * Embedded PostgreSQL (PGlite, WASM) with the extensions Relais needs: pgvector for
 * embeddings, pg_trgm for typo-tolerant titles, unaccent for accent-free search, cube +
 * earthdistance for radius queries. Used when DATABASE_URL is unset.
 */
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { vector } from "@electric-sql/pglite-pgvector";

/** The Postgres files live in a subfolder so RELAIS_DATA_DIR can also hold uploads and the lock. */
export function pgliteDirOf(dataDir: string): string {
  return join(dataDir, "pg");
}

export const PGLITE_EXTENSIONS = { vector, pg_trgm, unaccent, cube, earthdistance };

export class DataDirCorruptError extends Error {
  constructor(dataDir: string, cause: unknown) {
    super(
      `The embedded database in ${dataDir} could not be opened (${describe(cause)}). ` +
        "The folder is damaged or was written by another PostgreSQL version: restore a backup, or move it away to start afresh.",
      { cause },
    );
    this.name = "DataDirCorruptError";
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? error.name) : String(error);
}

/**
 * Opens PGlite on a folder (`memory://` for an in-memory database). A damaged folder makes
 * the WASM runtime abort with an unhelpful stack; it is turned into a sentence.
 */
export async function openPGlite(dataDir: string): Promise<PGlite> {
  try {
    const db = await PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS });
    await db.query("select 1");
    return db;
  } catch (error) {
    throw new DataDirCorruptError(dataDir, error);
  }
}
