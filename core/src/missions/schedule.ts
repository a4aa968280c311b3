/**
 * The missions' background work on the job queue (core/src/queue):
 *
 * - `missions.sync`: one job syncs one board. The queue is `stately` with the board's name as
 *   singletonKey, so a board is synced by one process at a time (whichever fetched the job) and
 *   at most one more run of it waits. With MISSIONS_SYNC_SCHEDULE on, each ready board has a
 *   cron schedule at its cadence (staggered within the hour), and a board that is due when the
 *   server starts is queued at once. A scheduled job for a board that ran less than half its
 *   cadence ago is dropped (a start-up catch-up just before its cron, or two instances').
 *   Each board has a budget: its connector's pages per run (and Adzuna's daily and monthly
 *   quotas), and a time budget after which the run stops at the next page. A process that dies
 *   mid-run leaves the job active; it is retried (core/src/queue) and the interrupted run's log
 *   row is closed as failed.
 * - `missions.digests`: every minute, the daily and weekly mission-alert digests that are due.
 *
 * An admin's "sync now" (POST /api/v1/admin/missions/sync) sends `missions.sync` jobs too.
 */
import { z } from "zod";
import type { MissionsConfig } from "../config/index.ts";
import type { MarketContext } from "../listings/context.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { sendDueDigests } from "./alerts.ts";
import { CONNECTORS } from "./connectors/index.ts";
import { SOURCE_NAMES, type SourceName } from "./offer.ts";
import { dueSources } from "./sources.ts";
import { type SyncSummary, sourceState, syncMissions } from "./sync.ts";

export const MISSION_SYNC_QUEUE = "missions.sync";
export const MISSION_DIGEST_QUEUE = "missions.digests";

const SyncJob = z.object({
  source: z.enum(SOURCE_NAMES),
  trigger: z.enum(["schedule", "admin"]),
  since: z.iso.date().optional(),
});
export type MissionSyncJob = z.infer<typeof SyncJob>;

export type SyncPlan = {
  /** UTC cron at the board's cadence, offset by a few minutes per board so they do not all start at once. */
  cron: string;
  everyMinutes: number;
  /** Pages (requests) one run may read. */
  maxPages: number;
  /** Seconds one run may take before it stops at the next page. */
  maxRunSeconds: number;
};

/** A board's cadence (its connector's, or MISSIONS_SYNC_EVERY_MINUTES's) and budget. */
export function syncPlan(source: SourceName, config?: Pick<MissionsConfig, "everyMinutes">): SyncPlan {
  const connector = CONNECTORS[source];
  const every = config?.everyMinutes[source] ?? connector.everyMinutes;
  const offset = (SOURCE_NAMES.indexOf(source) * 7) % 60;
  const cron = every < 60 ? `*/${every} * * * *` : `${offset} ${every === 60 ? "*" : `*/${every / 60}`} * * *`;
  // About a second a page with the per-host limits and retries, and never less than 5 minutes.
  return { cron, everyMinutes: every, maxPages: connector.maxPages, maxRunSeconds: Math.max(300, connector.maxPages * 12) };
}

export type MissionJobsOptions = {
  /** This process works the missions queues (createRelais's `missions` worker). */
  work: boolean;
  onSynced?: (summaries: SyncSummary[]) => void;
  onError: (error: unknown) => void;
};

/** Declares the missions queues and their handlers on the job queue (before it starts). */
export function defineMissionJobs(queue: JobQueue, ctx: MarketContext, config: MissionsConfig, options: MissionJobsOptions): void {
  queue.define(
    {
      name: MISSION_SYNC_QUEUE,
      policy: "stately",
      // A board's failed pages are counted in its run; a retry is for a run that crashed.
      retryLimit: 2,
      retryDelaySeconds: 60,
      expireInSeconds: Math.max(...SOURCE_NAMES.map((source) => syncPlan(source).maxRunSeconds)),
      heartbeatSeconds: 30,
      work: options.work,
    },
    async (data, job) => {
      const parsed = SyncJob.safeParse(data);
      if (!parsed.success) {
        options.onError(new Error(`missions.sync job ${job.id} ignored: ${parsed.error.message}`));
        return;
      }
      const { source, trigger, since } = parsed.data;
      const now = ctx.now?.() ?? new Date();
      if (trigger === "schedule" && !(await scheduledRunIsDue(ctx, config, source, now))) return;
      if (job.retryCount > 0) {
        // The attempt before this one died with its process: its run row says so.
        await ctx.prisma.missionSyncRun.updateMany({
          where: { source, trigger, status: "running", startedAt: { lt: now } },
          data: { status: "failed", finishedAt: now, message: "interrupted: the process running it stopped; retried" },
        });
      }
      const summaries = await syncMissions(ctx, config, {
        sources: [source],
        trigger,
        ...(since ? { since: new Date(`${since}T00:00:00Z`) } : {}),
        signal: job.signal,
      });
      options.onSynced?.(summaries);
    },
  );
  queue.define({ name: MISSION_DIGEST_QUEUE, policy: "exclusive", retryLimit: 1, expireInSeconds: 300, work: options.work }, async () => {
    await sendDueDigests(ctx);
  });
}

async function scheduledRunIsDue(ctx: MarketContext, config: MissionsConfig, source: SourceName, now: Date): Promise<boolean> {
  const last = await ctx.prisma.missionSyncRun.findFirst({
    where: { source },
    orderBy: { startedAt: "desc" },
    select: { startedAt: true },
  });
  return !last || now.getTime() - last.startedAt.getTime() >= (syncPlan(source, config).everyMinutes * 60_000) / 2;
}

/**
 * After the queue started: the digests' cron; with MISSIONS_SYNC_SCHEDULE on, a cron per ready
 * board and a run now for those already due; with it off (or a board not ready), no board
 * schedule is left behind from an earlier start. Returns the boards queued now.
 */
export async function scheduleMissionJobs(queue: JobQueue, ctx: MarketContext, config: MissionsConfig): Promise<SourceName[]> {
  await queue.schedule(MISSION_DIGEST_QUEUE, "* * * * *", {}, { key: "digests" });
  const ready = config.schedule ? SOURCE_NAMES.filter((source) => sourceState(config, source) === null) : [];
  for (const source of SOURCE_NAMES) {
    if (!ready.includes(source)) {
      await queue.unschedule(MISSION_SYNC_QUEUE, source);
      continue;
    }
    const plan = syncPlan(source, config);
    await queue.schedule(MISSION_SYNC_QUEUE, plan.cron, { source, trigger: "schedule" } satisfies MissionSyncJob, {
      key: source,
      singletonKey: source,
      expireInSeconds: plan.maxRunSeconds,
    });
  }
  if (ready.length === 0) return [];
  const due = await dueSources(ctx, config, ctx.now?.() ?? new Date());
  const { queued } = await requestMissionSync(queue, due, "schedule");
  return queued;
}

/**
 * Queues a run of each board (the admin's trigger and the start-up catch-up). A board whose next
 * run is already waiting is not queued twice: it is listed under `alreadyQueued`.
 */
export async function requestMissionSync(
  queue: JobQueue,
  sources: readonly SourceName[],
  trigger: MissionSyncJob["trigger"],
  since?: string,
): Promise<{ queued: SourceName[]; alreadyQueued: SourceName[] }> {
  const queued: SourceName[] = [];
  const alreadyQueued: SourceName[] = [];
  for (const source of sources) {
    const data: MissionSyncJob = { source, trigger, ...(since ? { since } : {}) };
    const id = await queue.send(MISSION_SYNC_QUEUE, data, { singletonKey: source, expireInSeconds: syncPlan(source).maxRunSeconds });
    (id ? queued : alreadyQueued).push(source);
  }
  return { queued, alreadyQueued };
}
