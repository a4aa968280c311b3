/**
 * The running server's missions schedule: every minute, the boards whose cadence has come
 * (Remotive every 6 h to stay within its 4 fetches a day, Free-Work hourly, …) are synced when
 * MISSIONS_SYNC_SCHEDULE is on (their new missions go to the members' alerts), and the daily and
 * weekly alert digests that are due go out. It runs as the `missions` worker, so with several
 * processes on one Postgres only the holder of its advisory lock syncs (createRelais).
 */
import type { MissionsConfig } from "../config/index.ts";
import type { MarketContext } from "../listings/context.ts";
import { sendDueDigests } from "./alerts.ts";
import { dueSources } from "./sources.ts";
import { type SyncSummary, syncMissions } from "./sync.ts";

export type MissionsScheduler = { stop(): Promise<void>; idle(): Promise<void> };

export function startMissionsScheduler(
  ctx: MarketContext,
  config: MissionsConfig,
  options: { everyMs?: number; onSynced?: (summaries: SyncSummary[]) => Promise<void> | void; onError: (error: unknown) => void },
): MissionsScheduler {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        if (config.schedule) {
          const due = await dueSources(ctx, config, ctx.now?.() ?? new Date());
          if (due.length > 0) await options.onSynced?.(await syncMissions(ctx, config, { sources: due, trigger: "schedule" }));
        }
        // Daily and weekly digests of mission alerts go out whether or not the boards are synced here.
        await sendDueDigests(ctx);
      } catch (error) {
        options.onError(error);
      }
    });
  };
  const timer = setInterval(tick, options.everyMs ?? 60_000);
  timer.unref();
  tick();
  return {
    idle: () => running,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
