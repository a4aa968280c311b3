/**
 * Writes offers into missions, a page at a time: upsert by source + external id (a changed
 * offer updates its mission in place, an identical one only marks it seen), a copy of an offer
 * already known from another board joins that mission as one more source (keeping the richest
 * fields: a salary known from one board survives a copy without it), anything else becomes a
 * new mission. Vectors are computed before the page's transaction opens. After a complete run
 * of one source, the offers it no longer lists are marked gone, and a mission no source lists
 * any more expires (closed).
 */
import { randomUUID } from "node:crypto";
import { toVectorLiteral } from "../ai/embedder.ts";
import { missionEmbeddingText, writeVectors } from "../ai/reindex.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { MarketContext } from "../listings/context.ts";
import { type DedupeIndex, type DedupeKeys, DedupeIndex as Index } from "./dedupe.ts";
import { minhash } from "./minhash.ts";
import { canonicalUrl, companyKey, dedupeKeyOf, type Offer, offerHash, titleKey } from "./offer.ts";

export type IngestCounts = { created: number; updated: number; duplicates: number; unchanged: number };
export type IngestResult = IngestCounts & { createdIds: string[] };

type MissionRow = Prisma.MissionGetPayload<object>;
type MissionData = Omit<Prisma.MissionUncheckedCreateInput, "id" | "source" | "externalId" | "contentHash">;

export function keysOf(offer: Offer): DedupeKeys {
  return {
    canonicalUrl: canonicalUrl(offer.url),
    applyUrl: canonicalUrl(offer.applyUrl),
    dedupeKey: dedupeKeyOf(offer),
    companyKey: companyKey(offer.company),
    titleKey: titleKey(offer.title),
    postedAt: offer.postedAt,
    minhash: minhash(offer.description),
  };
}

function fieldsOf(offer: Offer, keys: DedupeKeys): MissionData {
  return {
    url: offer.url,
    title: offer.title,
    company: offer.company,
    description: offer.description,
    skills: offer.skills,
    placeName: offer.placeName,
    countryCode: offer.countryCode,
    lat: offer.lat,
    lng: offer.lng,
    remote: offer.remote === "full" || offer.remote === "partial",
    remoteMode: offer.remote,
    contractType: offer.contractType,
    rateMinMinor: offer.rate?.min ?? null,
    rateMaxMinor: offer.rate?.max ?? null,
    currency: offer.rate?.currency ?? null,
    ratePeriod: offer.rate?.period ?? null,
    language: offer.language,
    postedAt: offer.postedAt,
    expiresAt: offer.expiresAt,
    canonicalUrl: keys.canonicalUrl,
    applyUrl: keys.applyUrl,
    dedupeKey: keys.dedupeKey,
    minhash: keys.minhash,
  };
}

/**
 * What a mission looks like once `offer` is folded in. `primary`: the offer is the mission's own
 * source, whose new values win; otherwise a copy only fills what the mission lacks. Either way a
 * missing value never erases a known one, and a rate keeps the period it came with.
 */
function merged(row: MissionRow, offer: Offer, keys: DedupeKeys, primary: boolean): MissionData {
  const incoming = fieldsOf(offer, keys);
  const pick = <T>(mine: T | null, theirs: T | null | undefined): T | null => (primary ? (theirs ?? mine) : (mine ?? theirs ?? null));
  const hasRate = row.rateMinMinor !== null;
  const takeRate = offer.rate !== null && (primary || !hasRate);
  return {
    url: primary ? incoming.url : row.url,
    title: primary ? incoming.title : row.title,
    company: pick(row.company, incoming.company),
    description: primary || incoming.description.length > row.description.length ? incoming.description : row.description,
    skills: [...new Set([...row.skills, ...offer.skills])].slice(0, 30),
    placeName: pick(row.placeName, incoming.placeName),
    countryCode: pick(row.countryCode, incoming.countryCode),
    lat: row.lat !== null && !primary ? row.lat : (incoming.lat ?? row.lat),
    lng: row.lng !== null && !primary ? row.lng : (incoming.lng ?? row.lng),
    remote: (primary ? incoming.remoteMode : null) ? incoming.remote : row.remote || Boolean(incoming.remote),
    remoteMode: pick(row.remoteMode, incoming.remoteMode),
    contractType: primary || row.contractType === "other" ? incoming.contractType : row.contractType,
    rateMinMinor: takeRate ? incoming.rateMinMinor : row.rateMinMinor,
    rateMaxMinor: takeRate ? incoming.rateMaxMinor : row.rateMaxMinor,
    currency: takeRate ? incoming.currency : row.currency,
    ratePeriod: takeRate ? incoming.ratePeriod : row.ratePeriod,
    language: row.language,
    postedAt: pick(row.postedAt, incoming.postedAt as Date | null),
    expiresAt: pick(row.expiresAt, incoming.expiresAt as Date | null),
    canonicalUrl: row.canonicalUrl ?? keys.canonicalUrl,
    applyUrl: row.applyUrl ?? keys.applyUrl,
    dedupeKey: row.dedupeKey ?? keys.dedupeKey,
    minhash: primary || row.minhash.length === 0 ? keys.minhash : row.minhash,
    // A copy seen again reopens a mission that had expired.
    status: "open",
    expiredAt: null,
  };
}

/** The open missions' dedupe keys (and their sources), loaded once per sync. */
export async function loadDedupeIndex(ctx: MarketContext): Promise<DedupeIndex> {
  const rows = await ctx.prisma.mission.findMany({
    where: { status: "open" },
    select: {
      id: true,
      source: true,
      title: true,
      company: true,
      canonicalUrl: true,
      applyUrl: true,
      dedupeKey: true,
      postedAt: true,
      minhash: true,
      sources: { select: { source: true } },
    },
  });
  const index = new Index();
  for (const row of rows) {
    index.add(
      row.id,
      {
        canonicalUrl: row.canonicalUrl,
        applyUrl: row.applyUrl,
        dedupeKey: row.dedupeKey,
        companyKey: companyKey(row.company),
        titleKey: titleKey(row.title),
        postedAt: row.postedAt,
        minhash: row.minhash,
      },
      [row.source, ...row.sources.map((s) => s.source)],
    );
  }
  return index;
}

type Plan =
  | { kind: "unchanged"; sourceId: string }
  | { kind: "update"; sourceId: string; missionId: string; data: MissionData; hash: string; offer: Offer; embed: boolean }
  | { kind: "duplicate"; missionId: string; data: MissionData; hash: string; offer: Offer; embed: boolean }
  | { kind: "create"; missionId: string; data: MissionData; hash: string; offer: Offer };

/** Upserts one page of offers; `index` is kept in step so the next page sees this one's missions. */
export async function ingestOffers(ctx: MarketContext, index: DedupeIndex, offers: Offer[]): Promise<IngestResult> {
  const now = ctx.now?.() ?? new Date();
  const known = await ctx.prisma.missionSource.findMany({
    where: { OR: offers.map((o) => ({ source: o.source, externalId: o.externalId })) },
    include: { mission: true },
  });
  const bySourceId = new Map(known.map((k) => [`${k.source}\u0000${k.externalId}`, k]));
  const touched = new Map<string, MissionRow>();
  const plans: Plan[] = [];
  const seenInPage = new Set<string>();
  for (const offer of offers) {
    const sourceKey = `${offer.source}\u0000${offer.externalId}`;
    // A board that repeats an id within one answer: the first copy counts.
    if (seenInPage.has(sourceKey)) continue;
    seenInPage.add(sourceKey);
    const keys = keysOf(offer);
    const hash = offerHash(offer);
    const existing = bySourceId.get(sourceKey);
    if (existing) {
      if (existing.contentHash === hash && existing.goneAt === null && existing.mission.status === "open") {
        plans.push({ kind: "unchanged", sourceId: existing.id });
        continue;
      }
      const row = touched.get(existing.missionId) ?? existing.mission;
      const primary = row.source === offer.source && row.externalId === offer.externalId;
      const data = merged(row, offer, keys, primary);
      touched.set(row.id, { ...row, ...(data as Partial<MissionRow>) } as MissionRow);
      const embed = data.title !== row.title || data.description !== row.description || String(data.skills) !== String(row.skills);
      plans.push({ kind: "update", sourceId: existing.id, missionId: row.id, data, hash, offer, embed });
      continue;
    }
    const match = index.find(keys, offer.source);
    if (match) {
      const row = touched.get(match.missionId) ?? (await ctx.prisma.mission.findUnique({ where: { id: match.missionId } }));
      if (row) {
        const data = merged(row, offer, keys, false);
        touched.set(row.id, { ...row, ...(data as Partial<MissionRow>) } as MissionRow);
        const embed = data.description !== row.description || String(data.skills) !== String(row.skills);
        plans.push({ kind: "duplicate", missionId: row.id, data, hash, offer, embed });
        index.addSource(row.id, offer.source);
        continue;
      }
    }
    const missionId = randomUUID();
    const data = fieldsOf(offer, keys);
    plans.push({ kind: "create", missionId, data, hash, offer });
    index.add(missionId, keys, [offer.source]);
  }

  // Vectors first, outside the transaction (a remote embedder may take seconds).
  const toEmbed = new Map<string, string>();
  for (const plan of plans) {
    if (plan.kind === "create" || ((plan.kind === "update" || plan.kind === "duplicate") && plan.embed)) {
      const final = touched.get(plan.missionId);
      const text = final
        ? missionEmbeddingText(final)
        : missionEmbeddingText({ title: plan.data.title, skills: plan.data.skills as string[], description: plan.data.description });
      toEmbed.set(plan.missionId, text);
    }
  }
  const ids = [...toEmbed.keys()];
  const vectors = ids.length > 0 ? await ctx.embedder.embed([...toEmbed.values()]) : [];
  const vectorOf = new Map(ids.map((id, i) => [id, vectors[i] ?? []]));

  const counts: IngestResult = { created: 0, updated: 0, duplicates: 0, unchanged: 0, createdIds: [] };
  await ctx.prisma.$transaction(
    async (tx) => {
      const creates = plans.filter((p): p is Extract<Plan, { kind: "create" }> => p.kind === "create");
      if (creates.length > 0) {
        // One INSERT with the vectors in it: inserting, then updating each row with its vector,
        // would write every row and all its indexes (full text, HNSW) twice.
        const rows = creates.map((p) => ({
          id: p.missionId,
          source: p.offer.source,
          externalId: p.offer.externalId,
          contentHash: p.hash,
          fetchedAt: now,
          createdAt: now,
          updatedAt: now,
          ...p.data,
          embedding: toVectorLiteral(vectorOf.get(p.missionId) ?? []),
          embeddingModel: ctx.embedder.model,
        }));
        const columns = Object.keys(rows[0] as object)
          .map((column) => `"${column}"`)
          .join(", ");
        await tx.$executeRawUnsafe(
          `INSERT INTO "Mission" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"Mission", $1::json)`,
          JSON.stringify(rows),
        );
        await tx.missionSource.createMany({
          data: creates.map((p) => ({
            missionId: p.missionId,
            source: p.offer.source,
            externalId: p.offer.externalId,
            url: p.offer.url,
            attribution: p.offer.attribution,
            contentHash: p.hash,
            firstSeenAt: now,
            lastSeenAt: now,
          })),
        });
        counts.created += creates.length;
        counts.createdIds.push(...creates.map((p) => p.missionId));
      }
      const unchanged = plans.filter((p): p is Extract<Plan, { kind: "unchanged" }> => p.kind === "unchanged");
      if (unchanged.length > 0) {
        await tx.missionSource.updateMany({ where: { id: { in: unchanged.map((p) => p.sourceId) } }, data: { lastSeenAt: now } });
        counts.unchanged += unchanged.length;
      }
      for (const plan of plans) {
        if (plan.kind === "update") {
          await tx.mission.update({ where: { id: plan.missionId }, data: { ...plan.data, fetchedAt: now } });
          await tx.missionSource.update({
            where: { id: plan.sourceId },
            data: { url: plan.offer.url, attribution: plan.offer.attribution, contentHash: plan.hash, lastSeenAt: now, goneAt: null },
          });
          counts.updated++;
        } else if (plan.kind === "duplicate") {
          await tx.mission.update({ where: { id: plan.missionId }, data: { ...plan.data, fetchedAt: now } });
          await tx.missionSource.create({
            data: {
              missionId: plan.missionId,
              source: plan.offer.source,
              externalId: plan.offer.externalId,
              url: plan.offer.url,
              attribution: plan.offer.attribution,
              contentHash: plan.hash,
              firstSeenAt: now,
              lastSeenAt: now,
            },
          });
          counts.duplicates++;
        }
      }
      const created = new Set(creates.map((p) => p.missionId));
      await writeVectors(
        tx,
        "Mission",
        ids.filter((id) => !created.has(id)).map((id) => ({ id, vector: vectorOf.get(id) ?? [] })),
        ctx.embedder.model,
      );
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return counts;
}

/**
 * After a complete run of `source`: its offers not in `seen` are gone; a mission no source
 * lists any more, or past its own expiry date, is closed. Returns how many missions expired.
 */
export async function expireMissing(ctx: MarketContext, source: string, seen: ReadonlySet<string>): Promise<number> {
  const now = ctx.now?.() ?? new Date();
  return ctx.prisma.$transaction(async (tx) => {
    await tx.missionSource.updateMany({
      where: { source, goneAt: null, externalId: { notIn: [...seen] } },
      data: { goneAt: now },
    });
    const expired = await tx.$executeRawUnsafe(
      `UPDATE "Mission" AS m SET "status" = 'closed', "expiredAt" = $1, "updatedAt" = $1
        WHERE m."status" = 'open' AND m."source" <> 'demo'
          AND (m."expiresAt" < $1
               OR (EXISTS (SELECT 1 FROM "MissionSource" s WHERE s."missionId" = m."id")
                   AND NOT EXISTS (SELECT 1 FROM "MissionSource" s WHERE s."missionId" = m."id" AND s."goneAt" IS NULL)))`,
      now,
    );
    return expired;
  });
}
