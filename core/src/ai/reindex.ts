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

/** Writes vectors for rows of one table in one statement (names come from this file, never from input). */
export async function storeEmbeddings(
  db: Db,
  table: EmbeddedTable,
  rows: { id: string; text: string }[],
  embedder: Embedder,
): Promise<void> {
  if (rows.length === 0) return;
  const vectors = await embedder.embed(rows.map((row) => row.text));
  const key = table === "Profile" ? "userId" : "id";
  await db.$executeRawUnsafe(
    `UPDATE "${table}" AS t SET "embedding" = v.e::vector, "embeddingModel" = $3
       FROM unnest($1::text[], $2::text[]) AS v(id, e) WHERE t."${key}" = v.id`,
    rows.map((row) => row.id),
    vectors.map(toVectorLiteral),
    embedder.model,
  );
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
  const report = (table: EmbeddedTable) => options.onProgress?.(table, done[table], total[table]);
  // Keyset pagination on the id: rows re-embedded leave the "stale" set, so no offset drift.
  let after = "";
  for (;;) {
    const rows = await prisma.listing.findMany({
      where: { ...where, id: { gt: after } },
      select: { id: true, title: true, tags: true, description: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    await storeEmbeddings(
      prisma,
      "Listing",
      rows.map((row) => ({ id: row.id, text: listingEmbeddingText(row) })),
      embedder,
    );
    done.Listing += rows.length;
    after = rows.at(-1)?.id ?? after;
    report("Listing");
  }
  after = "";
  for (;;) {
    const rows = await prisma.mission.findMany({
      where: { ...where, id: { gt: after } },
      select: { id: true, title: true, skills: true, description: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    await storeEmbeddings(
      prisma,
      "Mission",
      rows.map((row) => ({ id: row.id, text: missionEmbeddingText(row) })),
      embedder,
    );
    done.Mission += rows.length;
    after = rows.at(-1)?.id ?? after;
    report("Mission");
  }
  after = "";
  for (;;) {
    const rows = await prisma.profile.findMany({
      where: { ...where, userId: { gt: after } },
      select: { userId: true, headline: true, skills: true, bio: true },
      orderBy: { userId: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    await storeEmbeddings(
      prisma,
      "Profile",
      rows.map((row) => ({ id: row.userId, text: profileEmbeddingText(row) })),
      embedder,
    );
    done.Profile += rows.length;
    after = rows.at(-1)?.userId ?? after;
    report("Profile");
  }
  return done;
}
