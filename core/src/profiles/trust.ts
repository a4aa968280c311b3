/**
 * Trust score 0–100, with its breakdown, computed from facts (see README "Trust score"):
 *   email verified 15 · linked identities 5 each, up to 15 · account age 2 a month, up to 20 ·
 *   completed trades 5 each, up to 25 · average review (avg−1)/4 × 25, weighted by
 *   min(1, reviews/3) · minus 10 per member with an upheld or open report (however many they
 *   filed), 5 when that member has no verified email. Clamped to 0–100.
 */
import type { PrismaClient } from "../db/generated/client.ts";

/** `value` is the fact behind the points (months, counts, average rating); clients word it in their language. */
export type TrustFactor = {
  factor: "email_verified" | "linked_identities" | "account_age" | "completed_trades" | "reviews" | "reports";
  points: number;
  max: number;
  value: number | boolean | null;
};
export type Trust = { score: number; breakdown: TrustFactor[] };

const MONTH_MS = 30 * 86_400_000;

export async function trustOf(prisma: PrismaClient, userId: string, now = new Date()): Promise<Trust> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true, createdAt: true } });
  const [identities, completed, reviews, reports] = await Promise.all([
    // Only identities someone had to prove: the REST assistant's hidden one and website-widget
    // sessions (free to mint, one per header) prove nothing about the member.
    prisma.identity.count({ where: { userId, provider: { notIn: ["api", "widget"] } } }),
    prisma.matchParticipant.count({ where: { userId, match: { status: "completed" } } }),
    prisma.review.aggregate({ where: { subjectId: userId }, _avg: { rating: true }, _count: true }),
    // One counted report per reporter, however many they filed (A40).
    prisma.report.findMany({
      where: { targetUserId: userId, status: { not: "dismissed" } },
      distinct: ["reporterId"],
      select: { reporter: { select: { emailVerifiedAt: true } } },
    }),
  ]);
  // A reporter who proved an email address weighs a full report; one who did not, half.
  const reportWeight = reports.reduce((sum, r) => sum + (r.reporter.emailVerifiedAt ? 1 : 0.5), 0);
  const months = Math.floor((now.getTime() - user.createdAt.getTime()) / MONTH_MS);
  const average = reviews._avg.rating ?? 0;
  const reviewPoints = reviews._count > 0 ? ((average - 1) / 4) * 25 * Math.min(1, reviews._count / 3) : 0;
  const breakdown: TrustFactor[] = [
    { factor: "email_verified", points: user.emailVerifiedAt ? 15 : 0, max: 15, value: user.emailVerifiedAt !== null },
    { factor: "linked_identities", points: Math.min(15, identities * 5), max: 15, value: identities },
    { factor: "account_age", points: Math.min(20, months * 2), max: 20, value: months },
    { factor: "completed_trades", points: Math.min(25, completed * 5), max: 25, value: completed },
    {
      factor: "reviews",
      points: Math.round(reviewPoints * 10) / 10,
      max: 25,
      value: reviews._count > 0 ? Math.round(average * 10) / 10 : null,
    },
    { factor: "reports", points: -10 * reportWeight, max: 0, value: reports.length },
  ];
  const total = breakdown.reduce((sum, f) => sum + f.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), breakdown };
}
