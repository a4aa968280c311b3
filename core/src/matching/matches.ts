/**
 * A member's proposals and what they do with them: accept (when everyone has, a group
 * conversation opens with all of them), decline (the set is never proposed again), mark the
 * trade completed, review the others.
 */
import { ReviewMatchCommand } from "../commands/match-commands.ts";
import { parseCommand } from "../commands/parse-command.ts";
import type { Prisma } from "../db/generated/client.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { enqueueNotifications } from "../delivery/enqueue.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../errors/domain.ts";
import { type Locale, t } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import { insertConversation } from "../messaging/conversations.ts";
import { cursorArgs, type Page, toPage } from "../pagination.ts";
import type { ExplanationStep } from "./marketplace-matching.ts";

export type MatchView = {
  id: string;
  kind: "pair" | "cycle" | "mission";
  status: "proposed" | "accepted" | "declined" | "expired" | "completed" | "withdrawn";
  /** Why Relais withdrew the proposal (withdrawn only). */
  withdrawnReason: MatchWithdrawalReason | null;
  score: number;
  explanation: string;
  steps: ExplanationStep[];
  participants: { id: string; name: string; acceptance: "pending" | "accepted" | "declined"; completed: boolean }[];
  conversationId: string | null;
  expiresAt: string | null;
  createdAt: string;
};

export type MatchWithdrawalReason = "listing_changed" | "listing_deleted";

const MATCH_INCLUDE = { participants: { include: { user: { select: { id: true, name: true } } } } } as const;
type MatchRow = Prisma.MatchGetPayload<{ include: typeof MATCH_INCLUDE }>;

/**
 * "Vous cherchez « Casque audio » — Jake propose « WH-1000XM4 » ; Sofia cherche … — vous
 * proposez …. Sofia a déjà accepté." in the reader's language, addressed to the reader; without
 * a reader (an admin's view), every step in the third person.
 */
export function explain(
  steps: ExplanationStep[],
  locale: Locale,
  readerId?: string,
  participants: { id: string; name: string; acceptance: string }[] = [],
): string {
  // The reader's own side first: what they receive, then the rest of the ring in order.
  const start = Math.max(
    0,
    steps.findIndex((s) => s.receiverId === readerId),
  );
  const ordered = [...steps.slice(start), ...steps.slice(0, start)];
  const lines = ordered.map((s, index) => {
    const params = { receiver: s.receiverName, want: s.wantTitle, giver: s.giverName, offer: s.offerTitle };
    if (readerId && s.receiverId === readerId) {
      const line = t("match_step_you_receive", locale, params);
      return index === 0 ? line : line.charAt(0).toLowerCase() + line.slice(1);
    }
    if (readerId && s.giverId === readerId) return t("match_step_you_give", locale, params);
    return t("match_step_others", locale, params);
  });
  const text = lines.join(locale === "fr" ? " ; " : "; ");
  // Who already said yes matters only while someone still has to answer.
  const accepted = participants.filter((p) => p.id !== readerId && p.acceptance === "accepted").map((p) => p.name);
  const waiting = participants.some((p) => p.acceptance === "pending");
  if (!readerId || accepted.length === 0 || !waiting) return text;
  const names = accepted.join(locale === "fr" ? " et " : " and ");
  return `${text}. ${t(accepted.length === 1 ? "match_already_accepted" : "match_already_accepted_many", locale, { names })}`;
}

function toView(row: MatchRow, locale: Locale, readerId?: string): MatchView {
  const steps = ((row.explanation as { steps?: ExplanationStep[] }).steps ?? []) as ExplanationStep[];
  const participants = row.participants.map((p) => ({ id: p.userId, name: p.user.name, acceptance: p.acceptance }));
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    withdrawnReason: row.status === "withdrawn" ? ((row.withdrawnReason as MatchWithdrawalReason | null) ?? "listing_changed") : null,
    score: row.score,
    explanation: explain(steps, locale, readerId, participants),
    steps,
    participants: row.participants.map((p) => ({
      id: p.userId,
      name: p.user.name,
      acceptance: p.acceptance,
      completed: p.completedAt !== null,
    })),
    conversationId: row.conversationId,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listMyMatches(
  ctx: MarketContext,
  userId: string,
  locale: Locale,
  status?: MatchView["status"],
): Promise<MatchView[]> {
  const now = new Date();
  await ctx.prisma.match.updateMany({
    where: { status: "proposed", expiresAt: { lt: now }, participants: { some: { userId } } },
    data: { status: "expired" },
  });
  const rows = await ctx.prisma.match.findMany({
    where: { participants: { some: { userId } }, ...(status ? { status } : { status: { in: ["proposed", "accepted", "completed"] } }) },
    include: MATCH_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return rows.map((row) => toView(row, locale, userId));
}

/** My matches a page at a time (newest first), of the given statuses (default: proposed, accepted, completed). */
export async function pageMyMatches(
  ctx: MarketContext,
  userId: string,
  locale: Locale,
  query: { statuses?: MatchView["status"][]; limit: number; cursor?: string },
): Promise<Page<MatchView>> {
  await ctx.prisma.match.updateMany({
    where: { status: "proposed", expiresAt: { lt: new Date() }, participants: { some: { userId } } },
    data: { status: "expired" },
  });
  const statuses = query.statuses?.length ? query.statuses : (["proposed", "accepted", "completed"] as const);
  const rows = await ctx.prisma.match.findMany({
    where: { participants: { some: { userId } }, status: { in: [...statuses] } },
    include: MATCH_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...cursorArgs(query),
  });
  return toPage(rows, query.limit, (row) => toView(row, locale, userId));
}

/** One of my matches; someone else's is not found. */
export async function getMyMatch(ctx: MarketContext, userId: string, matchId: string, locale: Locale): Promise<MatchView> {
  return toView(await participantMatch(ctx, userId, matchId), locale, userId);
}

async function participantMatch(ctx: MarketContext, userId: string, matchId: string) {
  const row = await ctx.prisma.match.findUnique({ where: { id: matchId }, include: MATCH_INCLUDE });
  // Someone else's proposal looks like no proposal at all.
  if (!row?.participants.some((p) => p.userId === userId)) throw new NotFound("match_not_found");
  return row;
}

export async function respondToMatch(
  ctx: MarketContext,
  userId: string,
  matchId: string,
  answer: "accept" | "decline",
  locale: Locale,
): Promise<MatchView> {
  const match = await participantMatch(ctx, userId, matchId);
  if (match.status !== "proposed") {
    if (answer === "accept" && match.status === "accepted") return toView(match, locale, userId);
    throw new Conflict("match_closed", { status: match.status });
  }
  const now = new Date();
  if (match.expiresAt && match.expiresAt < now) {
    await ctx.prisma.match.update({ where: { id: matchId }, data: { status: "expired" } });
    throw new Conflict("match_closed", { status: "expired" });
  }
  const userIds = match.participants.map((p) => p.userId);
  if (answer === "decline") {
    await ctx.prisma.$transaction([
      ctx.prisma.matchParticipant.update({
        where: { matchId_userId: { matchId, userId } },
        data: { acceptance: "declined", respondedAt: now },
      }),
      ctx.prisma.match.update({ where: { id: matchId }, data: { status: "declined" } }),
    ]);
    ctx.events.publish("match.updated", { matchId, userIds, status: "declined" });
    return toView(await participantMatch(ctx, userId, matchId), locale, userId);
  }
  // One transaction: my acceptance, and when I am the last one the match's status, its
  // notifications and its conversation. If any part fails, nothing of it happened and the
  // member can simply accept again.
  const accepted = await ctx.prisma.$transaction(async (tx) => {
    // Serialises the participants' answers on this match: the last one sees everyone's.
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text FROM "Match" WHERE "id" = ${matchId} FOR UPDATE`;
    if (locked?.status === "accepted") return false;
    if (locked?.status !== "proposed") throw new Conflict("match_closed", { status: locked?.status ?? "expired" });
    await tx.matchParticipant.update({
      where: { matchId_userId: { matchId, userId } },
      data: { acceptance: "accepted", respondedAt: now },
    });
    const pending = await tx.matchParticipant.count({ where: { matchId, acceptance: { not: "accepted" } } });
    if (pending > 0) return false;
    const blocked = await tx.block.count({ where: { blockerId: { in: userIds }, blockedId: { in: userIds } } });
    if (blocked > 0) throw new Forbidden("blocked");
    await tx.match.update({ where: { id: matchId }, data: { status: "accepted" } });
    await enqueueNotifications(tx, { kind: "match_accepted", matchId, userIds, now });
    // No title: each member's client names it from the match, in that member's language.
    await insertConversation(tx, { kind: "match", members: userIds, matchId });
    return true;
  });
  if (accepted) {
    ctx.events.publish("delivery.enqueued", { count: userIds.length });
    ctx.events.publish("match.updated", { matchId, userIds, status: "accepted" });
  }
  return toView(await participantMatch(ctx, userId, matchId), locale, userId);
}

/**
 * Undo of this member's last answer (issue 12, principle 1). A decline is taken back while the
 * proposal's date has not passed and none of its listings went to another proposal or off the
 * market meanwhile: the proposal is open again and this member's side back to pending. An
 * acceptance is withdrawn while the others have not all accepted; once everyone has, the swap is
 * agreed and cannot be undone (`match_undo_agreed`).
 */
export async function undoMatchAnswer(ctx: MarketContext, userId: string, matchId: string, locale: Locale): Promise<MatchView> {
  const match = await participantMatch(ctx, userId, matchId);
  const now = new Date();
  await ctx.prisma.$transaction(async (tx) => {
    // Serialised with the other participants' answers on this match.
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text FROM "Match" WHERE "id" = ${matchId} FOR UPDATE`;
    const mine = await tx.matchParticipant.findUniqueOrThrow({ where: { matchId_userId: { matchId, userId } } });
    const status = locked?.status ?? "expired";
    if (mine.acceptance === "accepted" && (status === "accepted" || status === "completed")) throw new Conflict("match_undo_agreed");
    if (mine.acceptance === "accepted" && status === "proposed") {
      await tx.matchParticipant.update({
        where: { matchId_userId: { matchId, userId } },
        data: { acceptance: "pending", respondedAt: null },
      });
      return;
    }
    if (mine.acceptance !== "declined" || status !== "declined") throw new Conflict("match_undo_nothing");
    if (match.expiresAt && match.expiresAt < now) throw new Conflict("match_undo_closed");
    const items = await tx.matchItem.findMany({ where: { matchId } });
    const listingIds = items.flatMap((i) => (i.wantListingId ? [i.offerListingId, i.wantListingId] : [i.offerListingId]));
    // Its listings were matched elsewhere, paused, traded or deleted since: the proposal stays closed.
    const taken = await tx.matchItem.count({
      where: {
        matchId: { not: matchId },
        match: { status: { in: ["proposed", "accepted"] } },
        OR: [{ offerListingId: { in: listingIds } }, { wantListingId: { in: listingIds } }],
      },
    });
    const active = await tx.listing.count({ where: { id: { in: listingIds }, status: "active" } });
    if (taken > 0 || active < new Set(listingIds).size) throw new Conflict("match_undo_closed");
    await tx.matchParticipant.update({
      where: { matchId_userId: { matchId, userId } },
      data: { acceptance: "pending", respondedAt: null },
    });
    await tx.match.update({ where: { id: matchId }, data: { status: "proposed" } });
  });
  const userIds = match.participants.map((p) => p.userId);
  ctx.events.publish("match.updated", { matchId, userIds, status: "proposed" });
  return toView(await participantMatch(ctx, userId, matchId), locale, userId);
}

/** Each participant says the hand-over happened; when all have, the match and its listings are done, together. */
export async function completeMatch(ctx: MarketContext, userId: string, matchId: string, locale: Locale): Promise<MatchView> {
  const match = await participantMatch(ctx, userId, matchId);
  if (match.status !== "accepted" && match.status !== "completed") throw new Conflict("match_not_accepted");
  await ctx.prisma.$transaction(async (tx) => {
    // Serialises the participants' confirmations: the last one sees everyone's.
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text FROM "Match" WHERE "id" = ${matchId} FOR UPDATE`;
    await tx.matchParticipant.update({ where: { matchId_userId: { matchId, userId } }, data: { completedAt: new Date() } });
    if (locked?.status !== "accepted") return;
    const remaining = await tx.matchParticipant.count({ where: { matchId, completedAt: null } });
    if (remaining > 0) return;
    const items = await tx.matchItem.findMany({ where: { matchId } });
    await tx.match.update({ where: { id: matchId }, data: { status: "completed" } });
    await tx.listing.updateMany({
      where: { id: { in: items.flatMap((i) => [i.offerListingId, i.wantListingId ?? ""]) } },
      data: { status: "traded" },
    });
  });
  return toView(await participantMatch(ctx, userId, matchId), locale, userId);
}

/** One review per participant and reviewed member, after the trade was accepted. */
export async function reviewMatch(ctx: MarketContext, userId: string, matchId: string, raw: ReviewMatchCommand) {
  const input = parseCommand(ReviewMatchCommand, raw);
  const match = await participantMatch(ctx, userId, matchId);
  // A review says how the hand-over went: only once the trade is completed.
  if (match.status !== "completed") throw new Conflict("match_not_completed");
  const others = match.participants.map((p) => p.userId).filter((id) => id !== userId);
  const subjectId = input.subjectId ?? (others.length === 1 ? others[0] : undefined);
  if (subjectId === userId) throw new Invalid("review_self", [{ field: "subjectId", code: "review_self" }]);
  if (!subjectId || !others.includes(subjectId)) throw new Invalid("invalid_request", [{ field: "subjectId", code: "field_invalid" }]);
  const exists = await ctx.prisma.review.findUnique({ where: { matchId_authorId_subjectId: { matchId, authorId: userId, subjectId } } });
  if (exists) throw new Conflict("already_reviewed");
  const review = await ctx.prisma.review
    .create({ data: { matchId, authorId: userId, subjectId, rating: input.rating, comment: input.comment?.trim() || null } })
    .catch((error: unknown) => {
      // A concurrent twin of this request reviewed first.
      throw isUniqueViolation(error) ? new Conflict("already_reviewed") : error;
    });
  return { id: review.id, matchId, subjectId, rating: review.rating, comment: review.comment, createdAt: review.createdAt.toISOString() };
}

export type Withdrawal = { matchId: string; userIds: string[]; reason: MatchWithdrawalReason; deliveries: number };

/**
 * Withdraws, with the caller's transaction (the listing's edit or deletion), the open proposals
 * that used a listing — also those some members already accepted — and writes the members'
 * notifications. They are kept with their reason, not deleted: every member, and every card
 * already shown in a chat app, learns it. Announce the result after the commit.
 */
export async function withdrawProposalsOfListing(
  tx: Prisma.TransactionClient,
  listingId: string,
  reason: MatchWithdrawalReason,
  now: Date,
): Promise<Withdrawal[]> {
  const matches = await tx.match.findMany({
    where: { status: "proposed", items: { some: { OR: [{ offerListingId: listingId }, { wantListingId: listingId }] } } },
    select: { id: true, participants: { select: { userId: true } } },
  });
  const withdrawals: Withdrawal[] = [];
  for (const match of matches) {
    const userIds = match.participants.map((p) => p.userId);
    await tx.match.update({ where: { id: match.id }, data: { status: "withdrawn", withdrawnReason: reason } });
    const deliveries = await enqueueNotifications(tx, { kind: "match_withdrawn", matchId: match.id, userIds, now });
    withdrawals.push({ matchId: match.id, userIds, reason, deliveries });
  }
  return withdrawals;
}

/** After the commit: live clients hear `match.withdrawn`, the delivery worker wakes. */
export function announceWithdrawals(ctx: MarketContext, withdrawals: Withdrawal[]): void {
  for (const { matchId, userIds, reason } of withdrawals) ctx.events.publish("match.withdrawn", { matchId, userIds, reason });
  const count = withdrawals.reduce((sum, w) => sum + w.deliveries, 0);
  if (count > 0) ctx.events.publish("delivery.enqueued", { count });
}
