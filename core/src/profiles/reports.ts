/**
 * Moderation: what a member filed and what was filed about them (the reason, never who), the
 * members they block, and the admin's queue of open reports with its two decisions. Reports are
 * filed by `reportUser` (profiles.ts); trust counts them (trust.ts).
 */
import type { PrismaClient } from "../db/generated/client.ts";
import { Conflict, Forbidden, NotFound } from "../errors/domain.ts";
import type { MarketContext } from "../listings/context.ts";
import { restoreWhenCleared } from "../listings/listing-moderation.ts";
import { cursorArgs, decodeOffsetCursor, encodeOffsetCursor, type Page, toPage } from "../pagination.ts";

type Reason = "spam" | "scam" | "harassment" | "inappropriate" | "prohibited_item" | "other";
type Status = "open" | "reviewed" | "dismissed";

export type FiledReport = {
  id: string;
  targetUser: { id: string; name: string } | null;
  reason: Reason;
  details: string | null;
  listingId: string | null;
  messageId: string | null;
  status: Status;
  createdAt: string;
};
/** A report about me: why and when, and what the moderators decided; not who filed it. */
export type ReportAboutMe = { reason: Reason; listingId: string | null; status: Status; createdAt: string };
export type ModerationReport = FiledReport & { reporter: { id: string; name: string }; resolvedAt: string | null };

const DEFAULT_PAGE = { limit: 20 };

export async function reportsFiledBy(
  ctx: MarketContext,
  userId: string,
  page: { limit: number; cursor?: string } = DEFAULT_PAGE,
): Promise<Page<FiledReport>> {
  const rows = await ctx.prisma.report.findMany({
    where: { reporterId: userId },
    include: { targetUser: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...cursorArgs(page),
  });
  return toPage(rows, page.limit, (row) => ({
    id: row.id,
    targetUser: row.targetUser,
    reason: row.reason,
    details: row.details,
    listingId: row.listingId,
    messageId: row.messageId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  }));
}

/**
 * Reports about me, newest first, a page at a time like every list. The cursor is an opaque
 * position, not a report id: nothing in it points at a report or its author.
 */
export async function reportsAbout(
  ctx: MarketContext,
  userId: string,
  page: { limit: number; cursor?: string | undefined } = DEFAULT_PAGE,
): Promise<Page<ReportAboutMe>> {
  const offset = decodeOffsetCursor(page.cursor);
  const rows = await ctx.prisma.report.findMany({
    where: { targetUserId: userId },
    select: { reason: true, listingId: true, status: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: offset,
    take: page.limit + 1,
  });
  return {
    items: rows.slice(0, page.limit).map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    nextCursor: rows.length > page.limit ? encodeOffsetCursor(offset + page.limit) : null,
  };
}

/** The members I block, newest first, a page at a time like every list. */
export async function myBlocks(ctx: MarketContext, userId: string, page: { limit: number; cursor?: string | undefined }) {
  const offset = decodeOffsetCursor(page.cursor);
  const rows = await ctx.prisma.block.findMany({
    where: { blockerId: userId },
    include: { blocked: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "desc" }, { blockedId: "asc" }],
    skip: offset,
    take: page.limit + 1,
  });
  return {
    items: rows.slice(0, page.limit).map((row) => ({ user: row.blocked, createdAt: row.createdAt.toISOString() })),
    nextCursor: rows.length > page.limit ? encodeOffsetCursor(offset + page.limit) : null,
  };
}

export async function assertAdmin(prisma: PrismaClient, userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (user?.role !== "admin") throw new Forbidden("admin_only");
}

/** The moderators' queue: open reports, oldest first (the longest waiting are handled first). */
export async function openReports(
  ctx: MarketContext,
  adminId: string,
  page: { limit: number; cursor?: string } = DEFAULT_PAGE,
): Promise<Page<ModerationReport>> {
  await assertAdmin(ctx.prisma, adminId);
  const rows = await ctx.prisma.report.findMany({
    where: { status: "open" },
    include: { targetUser: { select: { id: true, name: true } }, reporter: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...cursorArgs(page),
  });
  return toPage(rows, page.limit, toModerationReport);
}

function toModerationReport(row: Awaited<ReturnType<typeof loadReport>>): ModerationReport {
  return {
    id: row.id,
    reporter: row.reporter,
    targetUser: row.targetUser,
    reason: row.reason,
    details: row.details,
    listingId: row.listingId,
    messageId: row.messageId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
  };
}

function loadReport(prisma: PrismaClient, id: string) {
  return prisma.report.findUniqueOrThrow({
    where: { id },
    include: { targetUser: { select: { id: true, name: true } }, reporter: { select: { id: true, name: true } } },
  });
}

/**
 * "resolve": the report is upheld (status reviewed; it keeps weighing on trust, and a listing it
 * hid stays hidden); "dismiss": it no longer counts (a listing hidden by reports is back once
 * those still counting fall under the threshold, none upheld). Deciding again changes the decision.
 */
export async function decideReport(
  ctx: MarketContext,
  adminId: string,
  reportId: string,
  decision: "resolve" | "dismiss",
): Promise<ModerationReport> {
  await assertAdmin(ctx.prisma, adminId);
  // No one judges their own case: a report about an admin or their listing is another admin's to decide.
  const concerned = await ctx.prisma.report.findUnique({
    where: { id: reportId },
    select: { targetUserId: true, listing: { select: { ownerId: true } } },
  });
  if (!concerned) throw new NotFound("not_found");
  if (concerned.targetUserId === adminId || concerned.listing?.ownerId === adminId) throw new Forbidden("report_about_yourself");
  // A listing hidden by reports stays hidden while one is upheld or enough still count (listing-moderation.ts).
  const restored = await ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.report.updateMany({
      where: { id: reportId },
      data: { status: decision === "resolve" ? "reviewed" : "dismissed", resolvedAt: new Date() },
    });
    if (updated.count === 0) throw new NotFound("not_found");
    const report = await tx.report.findUniqueOrThrow({
      where: { id: reportId },
      select: { listing: { select: { id: true, ownerId: true } } },
    });
    return report.listing && (await restoreWhenCleared(ctx, tx, report.listing.id)) ? report.listing : undefined;
  });
  if (restored) ctx.events.publish("listing.changed", { listingId: restored.id, ownerId: restored.ownerId, change: "updated" });
  return toModerationReport(await loadReport(ctx.prisma, reportId));
}

/**
 * Undo of a report (issue 12, principle 1): while no moderator has decided on it, the report is
 * deleted, the block filed with it (same instant, see reportUser) is lifted — never one the member
 * made on its own — and a listing its count had hidden comes back when nothing else holds it.
 */
export async function withdrawReport(ctx: MarketContext, reporterId: string, reportId: string): Promise<{ blockLifted: boolean }> {
  const { blockLifted, restored } = await ctx.prisma.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { id: reportId, reporterId },
      include: { listing: { select: { id: true, ownerId: true } } },
    });
    // Someone else's report looks like no report at all.
    if (!report) throw new NotFound("not_found");
    const removed = await tx.report.deleteMany({ where: { id: reportId, status: "open", resolvedAt: null } });
    if (removed.count === 0) throw new Conflict("report_already_decided");
    const lifted = report.targetUserId
      ? await tx.block.deleteMany({ where: { blockerId: reporterId, blockedId: report.targetUserId, createdAt: report.createdAt } })
      : { count: 0 };
    const restored = report.listing && (await restoreWhenCleared(ctx, tx, report.listing.id)) ? report.listing : undefined;
    return { blockLifted: lifted.count > 0, restored };
  });
  if (restored) ctx.events.publish("listing.changed", { listingId: restored.id, ownerId: restored.ownerId, change: "updated" });
  return { blockLifted };
}

/** Gives a member the admin role (the `relais admin grant <email>` command). */
export async function grantAdmin(prisma: PrismaClient, email: string): Promise<{ id: string; name: string } | undefined> {
  const user = await prisma.user.findFirst({ where: { email: email.trim().toLowerCase(), status: { not: "deleted" } } });
  if (!user) return undefined;
  await prisma.user.update({ where: { id: user.id }, data: { role: "admin" } });
  return { id: user.id, name: user.name };
}
