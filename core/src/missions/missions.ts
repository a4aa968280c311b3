/**
 * Freelance missions aggregated from job boards: search (words, skills, remote, place and
 * radius, minimum rate), save for later, apply, and follow one's applications. Used by the
 * assistant and by the REST routes alike.
 */

import { toVectorLiteral } from "../ai/embedder.ts";
import { ApplyToMissionCommand, DEFAULT_MISSION_RADIUS_KM, SearchMissionsCommand } from "../commands/mission-commands.ts";
import { parseCommand } from "../commands/parse-command.ts";
import type { Prisma } from "../db/generated/client.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { Conflict, NotFound } from "../errors/domain.ts";
import type { MarketContext } from "../listings/context.ts";
import { locate } from "../listings/listings.ts";
import { cursorArgs, offsetPage, type Page, toPage } from "../pagination.ts";
import { haversineKm } from "../search/search-listings.ts";
import { words } from "../text/normalize.ts";

export type MissionQuery = SearchMissionsCommand & {
  contractType?: "freelance" | "fixed_term" | "permanent" | "part_time" | "internship" | "other";
};

export type MissionView = {
  id: string;
  source: string;
  url: string;
  title: string;
  company: string | null;
  description: string;
  skills: string[];
  place: string | null;
  remote: boolean;
  /** full, partial or none; null when the board did not say. */
  remoteMode: string | null;
  contractType: string;
  rate: { min: number | null; max: number | null; currency: string | null; period: string | null };
  postedAt: string | null;
  expiresAt: string | null;
  /** Every board the mission was found on, each with its own link and the credit it asks for. */
  sources: { source: string; url: string; attribution: string | null }[];
  distanceKm: number | null;
  saved: boolean;
  applied: boolean;
};

const WITH_SOURCES = { sources: { where: { goneAt: null }, orderBy: { firstSeenAt: "asc" } } } as const;
type MissionRow = Prisma.MissionGetPayload<object> & { sources?: { source: string; url: string; attribution: string | null }[] };

function toMissionView(
  row: MissionRow,
  extra: { saved: boolean; applied: boolean; center?: { lat: number; lng: number } | undefined },
): MissionView {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    title: row.title,
    company: row.company,
    description: row.description,
    skills: row.skills,
    place: row.placeName,
    remote: row.remote,
    remoteMode: row.remoteMode,
    contractType: row.contractType,
    rate: { min: row.rateMinMinor, max: row.rateMaxMinor, currency: row.currency, period: row.ratePeriod },
    postedAt: row.postedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    sources:
      row.sources && row.sources.length > 0
        ? row.sources.map((s) => ({ source: s.source, url: s.url, attribution: s.attribution }))
        : [{ source: row.source, url: row.url, attribution: null }],
    distanceKm:
      extra.center && row.lat !== null && row.lng !== null
        ? Math.round(haversineKm(extra.center, { lat: row.lat, lng: row.lng }) * 10) / 10
        : null,
    saved: extra.saved,
    applied: extra.applied,
  };
}

async function viewsFor(ctx: MarketContext, userId: string | undefined, rows: MissionRow[], center?: { lat: number; lng: number }) {
  const ids = rows.map((row) => row.id);
  const [saved, applied] = userId
    ? await Promise.all([
        ctx.prisma.savedMission.findMany({ where: { userId, missionId: { in: ids } }, select: { missionId: true } }),
        ctx.prisma.application.findMany({ where: { userId, missionId: { in: ids } }, select: { missionId: true } }),
      ])
    : [[], []];
  const savedIds = new Set(saved.map((s) => s.missionId));
  const appliedIds = new Set(applied.map((a) => a.missionId));
  return rows.map((row) => toMissionView(row, { saved: savedIds.has(row.id), applied: appliedIds.has(row.id), center }));
}

const MIN_SIMILARITY = 0.3;

/**
 * Open missions matching the filters, ranked by text relevance (full text + skills overlap +
 * embedding similarity of the same model), newest first when there are no words.
 */
export async function searchMissions(
  ctx: MarketContext,
  userId: string | undefined,
  input: MissionQuery,
): Promise<Page<MissionView> & { total: number }> {
  const { contractType, ...command } = input;
  const query = { ...parseCommand(SearchMissionsCommand, command), contractType };
  const center = query.place ? (locate({ place: query.place }, "place") as { lat: number; lng: number }) : undefined;
  const where: Prisma.MissionWhereInput = { status: "open" };
  if (query.remote !== undefined) where.remote = query.remote;
  if (query.contractType) where.contractType = query.contractType;
  if (query.minRate !== undefined) where.rateMaxMinor = { gte: query.minRate };
  const rows = await ctx.prisma.mission.findMany({
    where,
    include: WITH_SOURCES,
    orderBy: [{ postedAt: "desc" }, { id: "asc" }],
    take: 2000,
  });
  const skillSet = new Set((query.skills ?? []).map((skill) => skill.toLowerCase()));
  const terms = words(query.q ?? "").filter((word) => word.length >= 2);
  let scored = rows.map((row) => ({ row, score: 0 }));
  if (center) {
    const radius = query.radiusKm ?? DEFAULT_MISSION_RADIUS_KM;
    // Remote missions stay in a radius search: distance does not matter for them.
    scored = scored.filter(
      ({ row }) => row.remote || (row.lat !== null && row.lng !== null && haversineKm(center, { lat: row.lat, lng: row.lng }) <= radius),
    );
  }
  if (skillSet.size > 0 || terms.length > 0) {
    const similarity = new Map<string, number>();
    if (terms.length > 0 || skillSet.size > 0) {
      const [vector] = await ctx.embedder.embed([[query.q ?? "", ...skillSet].join(" ")]);
      const sims = await ctx.prisma.$queryRawUnsafe<{ id: string; similarity: number }[]>(
        `SELECT "id", 1 - ("embedding" <=> $1::vector) AS "similarity" FROM "Mission"
          WHERE "embeddingModel" = $2 AND "status" = 'open'`,
        toVectorLiteral(vector ?? []),
        ctx.embedder.model,
      );
      for (const s of sims) similarity.set(s.id, Number(s.similarity));
    }
    scored = scored
      .map(({ row }) => {
        const missionSkills = row.skills.map((skill) => skill.toLowerCase());
        const skillHits = [...skillSet].filter((skill) => missionSkills.includes(skill)).length;
        const haystack = new Set(words(`${row.title} ${row.skills.join(" ")} ${row.description}`));
        const wordHits = terms.filter((term) => haystack.has(term)).length;
        const semantic = similarity.get(row.id) ?? 0;
        const relevant = skillHits > 0 || (skillSet.size === 0 && (wordHits > 0 || semantic >= MIN_SIMILARITY));
        return { row, score: relevant ? skillHits * 2 + wordHits + semantic : -1 };
      })
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score);
  }
  const page = offsetPage(scored, query);
  const rowsOfPage = page.items.map((entry) => entry.row);
  return { items: await viewsFor(ctx, userId, rowsOfPage, center), nextCursor: page.nextCursor, total: scored.length };
}

export async function getMission(ctx: MarketContext, userId: string | undefined, missionId: string): Promise<MissionView> {
  const row = await ctx.prisma.mission.findUnique({ where: { id: missionId }, include: WITH_SOURCES });
  if (!row) throw new NotFound("not_found");
  const [view] = await viewsFor(ctx, userId, [row]);
  return view as MissionView;
}

export async function saveMission(ctx: MarketContext, userId: string, missionId: string, saved = true): Promise<MissionView> {
  await getMission(ctx, userId, missionId);
  if (saved) {
    await ctx.prisma.savedMission.upsert({
      where: { userId_missionId: { userId, missionId } },
      create: { userId, missionId },
      update: {},
    });
  } else {
    await ctx.prisma.savedMission.deleteMany({ where: { userId, missionId } });
  }
  return getMission(ctx, userId, missionId);
}

export type ApplicationView = {
  id: string;
  status: string;
  coverLetter: string | null;
  mission: { id: string; title: string; company: string | null; url: string };
  /** Every step, oldest first: the status it moved to, when, and the member's note. */
  history: { status: string; at: string; note: string | null }[];
  createdAt: string;
  updatedAt: string;
};

const APPLICATION_INCLUDE = {
  mission: { select: { id: true, title: true, company: true, url: true } },
  history: { select: { toStatus: true, createdAt: true, note: true }, orderBy: { createdAt: "asc" } },
} as const;

function toApplicationView(row: Prisma.ApplicationGetPayload<{ include: typeof APPLICATION_INCLUDE }>): ApplicationView {
  return {
    id: row.id,
    status: row.status,
    coverLetter: row.coverLetter,
    mission: row.mission,
    history: row.history.map((step) => ({ status: step.toStatus, at: step.createdAt.toISOString(), note: step.note })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Records an application (once per mission); the history keeps its status changes. */
export async function applyToMission(
  ctx: MarketContext,
  userId: string,
  missionId: string,
  raw: ApplyToMissionCommand = {},
): Promise<ApplicationView> {
  const input = parseCommand(ApplyToMissionCommand, raw);
  const mission = await ctx.prisma.mission.findUnique({ where: { id: missionId } });
  if (!mission) throw new NotFound("not_found");
  if (mission.status !== "open") throw new Conflict("mission_closed");
  const existing = await ctx.prisma.application.findUnique({ where: { userId_missionId: { userId, missionId } } });
  if (existing) throw new Conflict("already_applied");
  const row = await ctx.prisma.application
    .create({
      data: {
        userId,
        missionId,
        coverLetter: input.coverLetter?.trim() || null,
        history: { create: { toStatus: "applied" } },
      },
      include: APPLICATION_INCLUDE,
    })
    .catch((error: unknown) => {
      // A concurrent twin of this request applied first.
      throw isUniqueViolation(error) ? new Conflict("already_applied") : error;
    });
  return toApplicationView(row);
}

/** One of the member's applications, with its history. */
export async function getApplication(ctx: MarketContext, userId: string, applicationId: string): Promise<ApplicationView> {
  const row = await ctx.prisma.application.findFirst({ where: { id: applicationId, userId }, include: APPLICATION_INCLUDE });
  if (!row) throw new NotFound("not_found");
  return toApplicationView(row);
}

export async function listApplications(ctx: MarketContext, userId: string, limit = 20): Promise<ApplicationView[]> {
  const rows = await ctx.prisma.application.findMany({
    where: { userId },
    include: APPLICATION_INCLUDE,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map(toApplicationView);
}

export async function listSavedMissions(ctx: MarketContext, userId: string, limit = 20): Promise<MissionView[]> {
  const saved = await ctx.prisma.savedMission.findMany({
    where: { userId },
    include: { mission: { include: WITH_SOURCES } },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return viewsFor(
    ctx,
    userId,
    saved.map((s) => s.mission),
  );
}

/** My applications a page at a time, most recently updated first. */
export async function pageApplications(
  ctx: MarketContext,
  userId: string,
  page: { limit: number; cursor?: string },
): Promise<Page<ApplicationView>> {
  const rows = await ctx.prisma.application.findMany({
    where: { userId },
    include: APPLICATION_INCLUDE,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    ...cursorArgs(page),
  });
  return toPage(rows, page.limit, toApplicationView);
}

/** Missions I saved a page at a time, most recently saved first; the cursor is a mission id. */
export async function pageSavedMissions(
  ctx: MarketContext,
  userId: string,
  page: { limit: number; cursor?: string },
): Promise<Page<MissionView>> {
  const saved = await ctx.prisma.savedMission.findMany({
    where: { userId },
    include: { mission: { include: WITH_SOURCES } },
    orderBy: [{ createdAt: "desc" }, { missionId: "asc" }],
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { userId_missionId: { userId, missionId: page.cursor } }, skip: 1 } : {}),
  });
  const kept = saved.slice(0, page.limit);
  const items = await viewsFor(
    ctx,
    userId,
    kept.map((s) => s.mission),
  );
  return { items, nextCursor: saved.length > page.limit ? (kept.at(-1)?.missionId ?? null) : null };
}
