/**
 * One sync of one or more job boards: each configured source's pages are fetched and written
 * as they come (a page at a time), its run is logged in MissionSyncRun with the counts, and a
 * failing page or source is counted and reported without stopping the others. Only a complete
 * run over everything (no `since`, no failed request) expires the offers the board stopped
 * listing; a partial one cannot tell a vanished offer from an unread one.
 *
 * A board is synced by one process at a time, whoever started it (the job queue, an admin, the
 * CLI beside a running server): a unique index allows one `running` run per board, and a run
 * beats while its process lives, so one left behind by a dead process is closed as interrupted
 * once it stops beating.
 */
import AsyncLock from "async-lock";
import type { MissionsConfig } from "../config/index.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import type { MarketContext } from "../listings/context.ts";
import { queueMissionAlerts } from "./alerts.ts";
import { CONNECTORS } from "./connectors/index.ts";
import { SourceHttp, type SourceHttpOptions } from "./http.ts";
import { expireMissing, ingestOffers, loadDedupeIndex } from "./ingest.ts";
import { SOURCE_NAMES, type SourceName } from "./offer.ts";

export type SyncTrigger = "cli" | "schedule" | "admin";

export type SyncSummary = {
  source: SourceName;
  status: "ok" | "failed" | "skipped";
  fetched: number;
  created: number;
  updated: number;
  duplicates: number;
  expired: number;
  errors: number;
  requests: number;
  /** Why it was skipped or failed, or its first page errors. */
  message: string | null;
  runId: string | null;
  /** Missions created by this run (for alerts). */
  createdIds: string[];
};

export type SyncOptions = {
  sources?: readonly SourceName[];
  since?: Date;
  trigger: SyncTrigger;
  /** After each page: the counts so far. */
  onProgress?: (summary: SyncSummary) => void;
  /** Called when a source starts, with its page budget. */
  onStart?: (source: SourceName, maxPages: number) => void;
  /** Aborted when the run's time budget is spent (the job queue): it stops after the current page. */
  signal?: AbortSignal;
  /** Overrides of the HTTP behaviour (tests use short timeouts and no backoff). */
  http?: Partial<SourceHttpOptions>;
};

/** The line printed per source: `remotive: fetched N, new N, updated N, duplicates N, errors N`. */
export function summaryLine(summary: SyncSummary): string {
  const counts = `fetched ${summary.fetched}, new ${summary.created}, updated ${summary.updated}, duplicates ${summary.duplicates}, errors ${summary.errors}`;
  if (summary.status === "skipped") return `${summary.source}: skipped (${summary.message})`;
  return `${summary.source}: ${counts}${summary.expired ? `, expired ${summary.expired}` : ""}${summary.status === "failed" ? ` (failed: ${summary.message})` : ""}`;
}

/** Why a source does not run with this configuration, or null when it does. */
export function sourceState(config: MissionsConfig, source: SourceName): string | null {
  if (!config.enabled.includes(source)) return "not in MISSIONS_SOURCES";
  return CONNECTORS[source].missing(config);
}

const DAY_MS = 86_400_000;

async function usageOf(ctx: MarketContext, source: SourceName, now: Date) {
  const sum = async (since: Date) =>
    (await ctx.prisma.missionSyncRun.aggregate({ where: { source, startedAt: { gte: since } }, _sum: { requests: true } }))._sum.requests ??
    0;
  return { day: await sum(new Date(now.getTime() - DAY_MS)), month: await sum(new Date(now.getTime() - 30 * DAY_MS)) };
}

/**
 * A running sync touches its run this often; one silent four times as long died with its process.
 * Beats are written and judged on the database's clock (`now()`), never a host's: a host whose
 * clock runs ahead would take a live run for dead (two syncs of one board), one running behind
 * would wait for a dead run forever.
 */
const HEARTBEAT_MS = 30_000;
const STALE_MS = 4 * HEARTBEAT_MS;

/** Stamps the run's heartbeat with the database's clock (the column holds UTC). */
function touchRun(prisma: PrismaClient | Prisma.TransactionClient, id: string) {
  return prisma.$executeRaw`UPDATE "MissionSyncRun" SET "heartbeatAt" = now() AT TIME ZONE 'UTC' WHERE id = ${id}`;
}

type RunStart = { id: string } | { busy: { trigger: string; startedAt: Date } };

/** Opens this board's run, or names the run another process has going. */
async function startRun(ctx: MarketContext, source: SourceName, trigger: SyncTrigger, startedAt: Date): Promise<RunStart> {
  await ctx.prisma.$executeRaw`
    UPDATE "MissionSyncRun"
    SET status = 'failed', "finishedAt" = now() AT TIME ZONE 'UTC', message = 'interrupted: the process running it stopped'
    WHERE source = ${source} AND status = 'running'
      AND "heartbeatAt" < now() AT TIME ZONE 'UTC' - make_interval(secs => ${STALE_MS / 1000})`;
  try {
    // Its first beat in the same transaction: no other process ever sees it stamped by this host's clock.
    return await ctx.prisma.$transaction(async (tx) => {
      const run = await tx.missionSyncRun.create({ data: { source, trigger, startedAt }, select: { id: true } });
      await touchRun(tx, run.id);
      return run;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const other = await ctx.prisma.missionSyncRun.findFirst({
      where: { source, status: "running" },
      select: { trigger: true, startedAt: true },
    });
    // It finished between the two statements: the next run will read the board again.
    return { busy: other ?? { trigger, startedAt } };
  }
}

// One sync at a time per process: the schedule and an admin's trigger never interleave.
const lock = new AsyncLock({ maxPending: 100 });

export function syncMissions(ctx: MarketContext, config: MissionsConfig, options: SyncOptions): Promise<SyncSummary[]> {
  return lock.acquire("missions-sync", () => runSync(ctx, config, options));
}

async function runSync(ctx: MarketContext, config: MissionsConfig, options: SyncOptions): Promise<SyncSummary[]> {
  const names = options.sources ?? SOURCE_NAMES;
  const summaries: SyncSummary[] = [];
  const index = await loadDedupeIndex(ctx);
  for (const source of names) {
    const connector = CONNECTORS[source];
    const summary: SyncSummary = {
      source,
      status: "ok",
      fetched: 0,
      created: 0,
      updated: 0,
      duplicates: 0,
      expired: 0,
      errors: 0,
      requests: 0,
      message: null,
      runId: null,
      createdIds: [],
    };
    summaries.push(summary);
    const missing = sourceState(config, source);
    if (missing) {
      Object.assign(summary, { status: "skipped", message: missing });
      continue;
    }
    const now = ctx.now?.() ?? new Date();
    const run = await startRun(ctx, source, options.trigger, now);
    if ("busy" in run) {
      const since = run.busy.startedAt.toISOString().slice(0, 16).replace("T", " ");
      Object.assign(summary, { status: "skipped", message: `already running elsewhere (${run.busy.trigger}, since ${since} UTC)` });
      continue;
    }
    summary.runId = run.id;
    const heartbeat = setInterval(() => {
      touchRun(ctx.prisma, run.id).catch(() => {});
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const http = new SourceHttp({
      timeoutMs: config.timeoutMs,
      retries: config.retries,
      maxRetryAfterMs: 120_000,
      contactUrl: config.contactUrl,
      perSecond: 2,
      ...options.http,
    });
    const seen = new Set<string>();
    let incomplete = false;
    const messages: string[] = [];
    options.onStart?.(source, connector.maxPages);
    try {
      const pages = connector.pages({
        http,
        config,
        since: options.since,
        maxPages: connector.maxPages,
        now,
        usage: await usageOf(ctx, source, now),
      });
      for await (const page of pages) {
        summary.fetched += page.offers.length;
        summary.errors += page.errors.length;
        if (page.incomplete) incomplete = true;
        if (messages.length < 5) messages.push(...page.errors.slice(0, 5 - messages.length));
        for (const offer of page.offers) seen.add(offer.externalId);
        if (page.offers.length > 0) {
          const result = await ingestOffers(ctx, index, page.offers);
          summary.created += result.created;
          summary.updated += result.updated;
          summary.duplicates += result.duplicates;
          summary.createdIds.push(...result.createdIds);
        }
        summary.requests = http.requests;
        options.onProgress?.({ ...summary });
        await ctx.prisma.missionSyncRun.update({ where: { id: run.id }, data: countsOf(summary) });
        await touchRun(ctx.prisma, run.id);
        if (http.unreachable) {
          // No network, or the board is down: its other pages would fail the same way.
          incomplete = true;
          break;
        }
        if (options.signal?.aborted) {
          // Out of time: what was read is kept, the rest waits for the next run.
          incomplete = true;
          messages.unshift("stopped: its time budget was spent");
          break;
        }
      }
      if (!incomplete && !options.since) summary.expired = await expireMissing(ctx, source, seen);
      // Members who asked for alerts hear about the new missions that fit them.
      await queueMissionAlerts(ctx, summary.createdIds).catch((error: unknown) => {
        messages.push(`alerts: ${(error as Error).message}`);
      });
      // Nothing read because every request failed (offline, board down): the run failed, and says why.
      if (http.succeeded === 0 && http.failed > 0) summary.status = "failed";
    } catch (error) {
      summary.status = "failed";
      summary.errors++;
      messages.unshift((error as Error).message);
    } finally {
      clearInterval(heartbeat);
      summary.requests = http.requests;
      await http.close();
    }
    summary.message = messages.length > 0 ? messages.join("; ").slice(0, 1000) : null;
    await ctx.prisma.missionSyncRun.update({
      where: { id: run.id },
      data: { ...countsOf(summary), status: summary.status, finishedAt: ctx.now?.() ?? new Date(), message: summary.message },
    });
    options.onProgress?.({ ...summary });
  }
  return summaries;
}

function countsOf(summary: SyncSummary) {
  const { fetched, created, updated, duplicates, expired, errors, requests } = summary;
  return { fetched, created, updated, duplicates, expired, errors, requests };
}
