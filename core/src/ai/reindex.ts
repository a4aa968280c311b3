/**
 * Keeps every stored vector from the embedder in use: each row records the model that made
 * its vector, search only compares vectors of the current model, and `reindex` re-embeds the
 * rows of any other model (or all of them) in batches, reporting progress.
 */
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { listingEmbeddingText } from "../listings/listing-view.ts";
import { type Embedder, toVectorLiteral } from "./embedder.ts";

type Db = PrismaClient | Prisma.TransactionClient;
export type EmbeddedTable = "Listing" | "Mission" | "Profile";

export const missionEmbeddingText = (m: { title: string; skills: string[]; description: string }) =>
  `${m.title}. ${m.skills.join(", ")}. ${m.description}`;
export const profileEmbeddingText = (p: { headline: string | null; skills: string[]; bio: string | null }) =>
  `${p.headline ?? ""}. ${p.skills.join(", ")}. ${p.bio ?? ""}`;

/** Embeds rows of one table and writes their vectors (outside any transaction: the embedder may be slow). */
export async function storeEmbeddings(
  db: Db,
  table: EmbeddedTable,
  rows: { id: string; text: string }[],
  embedder: Embedder,
): Promise<void> {
  if (rows.length === 0) return;
  const vectors = await embedder.embed(rows.map((row) => row.text));
  await writeVectors(
    db,
    table,
    rows.map((row, index) => ({ id: row.id, vector: vectors[index] ?? [] })),
    embedder.model,
  );
}

/** Writes vectors computed beforehand for rows of one table in one statement (names come from this file, never from input). */
export async function writeVectors(db: Db, table: EmbeddedTable, rows: { id: string; vector: number[] }[], model: string): Promise<void> {
  if (rows.length === 0) return;
  const key = table === "Profile" ? "userId" : "id";
  await db.$executeRawUnsafe(
    `UPDATE "${table}" AS t SET "embedding" = v.e::vector, "embeddingModel" = $3
       FROM unnest($1::text[], $2::text[]) AS v(id, e) WHERE t."${key}" = v.id`,
    rows.map((row) => row.id),
    rows.map((row) => toVectorLiteral(row.vector)),
    model,
  );
}

/** Vectors of many texts, by text (duplicates embedded once). */
export async function embedTexts(embedder: Embedder, texts: string[]): Promise<Map<string, number[]>> {
  const unique = [...new Set(texts)];
  const vectors = await embedder.embed(unique);
  return new Map(unique.map((text, index) => [text, vectors[index] ?? []]));
}

/** Rows whose vector is missing or from another model, per table. */
export async function staleVectors(prisma: PrismaClient, model: string): Promise<Record<EmbeddedTable, number>> {
  const other = { OR: [{ embeddingModel: null }, { embeddingModel: { not: model } }] };
  const [listings, missions, profiles] = await Promise.all([
    prisma.listing.count({ where: other }),
    prisma.mission.count({ where: other }),
    prisma.profile.count({ where: other }),
  ]);
  return { Listing: listings, Mission: missions, Profile: profiles };
}

export type ReindexProgress = (table: EmbeddedTable, done: number, total: number) => void;

const BATCH = 256;

/** Re-embeds stale rows (or every row with `all`) with `embedder`. Returns rows re-embedded per table. */
export async function reindex(
  prisma: PrismaClient,
  embedder: Embedder,
  options: { all?: boolean; onProgress?: ReindexProgress } = {},
): Promise<Record<EmbeddedTable, number>> {
  const where = options.all ? {} : { OR: [{ embeddingModel: null }, { embeddingModel: { not: embedder.model } }] };
  const done: Record<EmbeddedTable, number> = { Listing: 0, Mission: 0, Profile: 0 };
  const total = options.all
    ? { Listing: await prisma.listing.count(), Mission: await prisma.mission.count(), Profile: await prisma.profile.count() }
    : await staleVectors(prisma, embedder.model);
  /** Keyset pagination on the key: rows re-embedded leave the "stale" set, so no offset drift. */
  const pass = async <Row>(
    table: EmbeddedTable,
    page: (after: string) => Promise<Row[]>,
    key: (row: Row) => string,
    text: (row: Row) => string,
  ) => {
    let after = "";
    for (;;) {
      const rows = await page(after);
      if (rows.length === 0) return;
      await storeEmbeddings(
        prisma,
        table,
        rows.map((row) => ({ id: key(row), text: text(row) })),
        embedder,
      );
      done[table] += rows.length;
      after = key(rows.at(-1) as Row);
      options.onProgress?.(table, done[table], total[table]);
    }
  };
  await pass(
    "Listing",
    (after) =>
      prisma.listing.findMany({
        where: { ...where, id: { gt: after } },
        select: { id: true, title: true, tags: true, description: true },
        orderBy: { id: "asc" },
        take: BATCH,
      }),
    (row) => row.id,
    listingEmbeddingText,
  );
  await pass(
    "Mission",
    (after) =>
      prisma.mission.findMany({
        where: { ...where, id: { gt: after } },
        select: { id: true, title: true, skills: true, description: true },
        orderBy: { id: "asc" },
        take: BATCH,
      }),
    (row) => row.id,
    missionEmbeddingText,
  );
  await pass(
    "Profile",
    (after) =>
      prisma.profile.findMany({
        where: { ...where, userId: { gt: after } },
        select: { userId: true, headline: true, skills: true, bio: true },
        orderBy: { userId: "asc" },
        take: BATCH,
      }),
    (row) => row.userId,
    profileEmbeddingText,
  );
  return done;
}
