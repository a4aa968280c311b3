/**
 * Listings that several members report are hidden pending review (issue 13 trust): once the
 * reports still counting on a listing reach RELAIS_REPORTS_TO_HIDE_LISTING — one per reporter
 * however many they filed, a reporter without a verified email counting half, dismissed ones
 * not at all — it leaves search, matching and other members' view, and its open proposals are
 * withdrawn. An admin upholding a report keeps it hidden; dismissals that bring the count back
 * under the threshold, with no report upheld, put it back online.
 */
import type { Prisma } from "../db/generated/client.ts";
import { type Withdrawal, withdrawProposalsOfListing } from "../matching/matches.ts";
import type { MarketContext } from "./context.ts";

export const DEFAULT_REPORTS_TO_HIDE_LISTING = 3;

const thresholdOf = (ctx: MarketContext) => ctx.reportsToHideListing ?? DEFAULT_REPORTS_TO_HIDE_LISTING;

/** The weight of the reports still counting on a listing, and whether an admin upheld one. */
async function reportsOn(tx: Prisma.TransactionClient, listingId: string): Promise<{ weight: number; upheld: boolean }> {
  const reports = await tx.report.findMany({
    where: { listingId, status: { not: "dismissed" } },
    select: { reporterId: true, status: true, reporter: { select: { emailVerifiedAt: true } } },
  });
  const weightOf = new Map<string, number>();
  for (const report of reports) weightOf.set(report.reporterId, report.reporter.emailVerifiedAt ? 1 : 0.5);
  return { weight: [...weightOf.values()].reduce((a, b) => a + b, 0), upheld: reports.some((r) => r.status === "reviewed") };
}

/** In the transaction that filed a report on the listing: hides it when the reports reach the threshold. */
export async function hideWhenReported(
  ctx: MarketContext,
  tx: Prisma.TransactionClient,
  listingId: string,
  now: Date,
): Promise<{ hidden: boolean; withdrawn: Withdrawal[] }> {
  const { weight } = await reportsOn(tx, listingId);
  if (weight < thresholdOf(ctx)) return { hidden: false, withdrawn: [] };
  const hidden = await tx.listing.updateMany({ where: { id: listingId, status: "active" }, data: { status: "hidden" } });
  if (hidden.count === 0) return { hidden: false, withdrawn: [] };
  return { hidden: true, withdrawn: await withdrawProposalsOfListing(tx, listingId, "listing_changed", now) };
}

/** In the transaction of an admin's decision on a report about the listing: back online when nothing holds it hidden any more. */
export async function restoreWhenCleared(ctx: MarketContext, tx: Prisma.TransactionClient, listingId: string): Promise<boolean> {
  const { weight, upheld } = await reportsOn(tx, listingId);
  if (upheld || weight >= thresholdOf(ctx)) return false;
  const restored = await tx.listing.updateMany({ where: { id: listingId, status: "hidden" }, data: { status: "active" } });
  return restored.count > 0;
}
