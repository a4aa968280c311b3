/**
 * `maintenance.expiries`, every hour on the job queue (one run at a time in the deployment):
 * proposals past their expiry are marked expired — their members hear of it (`match.updated`)
 * and their listings, free again, get a matching round — and rows that only served until an
 * expiry (inbound event ids kept for dedupe, buttons that can no longer be pressed) are deleted.
 * Each step is a conditional UPDATE or DELETE: a run repeated after a crash does nothing twice.
 */
import type { MarketContext } from "../listings/context.ts";
import { expireProposals } from "../matching/marketplace-matching.ts";
import type { JobQueue } from "../queue/job-queue.ts";

export const EXPIRIES_QUEUE = "maintenance.expiries";

export type ExpiriesReport = { proposalsExpired: number; inboundTurnsDeleted: number; actionsDeleted: number };

export async function runExpiries(
  ctx: MarketContext,
  now: Date,
  requestRound: (memberIds: string[]) => Promise<void>,
): Promise<ExpiriesReport> {
  const { expired: proposalsExpired, freed } = await expireProposals(ctx, now);
  if (freed.length > 0) await requestRound(freed);
  const inbound = await ctx.prisma.inboundTurn.deleteMany({ where: { expiresAt: { lt: now } } });
  const actions = await ctx.prisma.assistantAction.deleteMany({ where: { expiresAt: { lt: now } } });
  return { proposalsExpired, inboundTurnsDeleted: inbound.count, actionsDeleted: actions.count };
}

/** Declares the queue (before it starts); `work`: this process runs it (its `matching` worker). */
export function defineExpiryJobs(
  queue: JobQueue,
  ctx: MarketContext,
  options: { work: boolean; requestRound: (memberIds: string[]) => Promise<void>; onDone?: (report: ExpiriesReport) => void },
): void {
  queue.define(
    { name: EXPIRIES_QUEUE, policy: "exclusive", retryLimit: 2, retryDelaySeconds: 60, expireInSeconds: 600, work: options.work },
    async () => {
      const report = await runExpiries(ctx, ctx.now?.() ?? new Date(), options.requestRound);
      options.onDone?.(report);
    },
  );
}

/** After the queue started: every hour, at minute 41. */
export async function scheduleExpiryJobs(queue: JobQueue): Promise<void> {
  await queue.schedule(EXPIRIES_QUEUE, "41 * * * *", {}, { key: "hourly" });
}
