/**
 * The job boards as members and admins see them (`GET /api/v1/missions/sources`): whether each
 * runs with this configuration (and why not), the credit and terms it asks for, its cadence,
 * and its latest runs with their counts.
 */
import type { MissionsConfig } from "../config/index.ts";
import type { MarketContext } from "../listings/context.ts";
import { CONNECTORS } from "./connectors/index.ts";
import { SOURCE_NAMES, type SourceName } from "./offer.ts";
import { sourceState } from "./sync.ts";

export type SourceRunView = {
  id: string;
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  fetched: number;
  created: number;
  updated: number;
  duplicates: number;
  expired: number;
  errors: number;
  message: string | null;
};

export type SourceView = {
  name: SourceName;
  /** ready: it runs; unconfigured: its keys are missing; disabled: left out of MISSIONS_SOURCES. */
  state: "ready" | "unconfigured" | "disabled";
  reason: string | null;
  attribution: string;
  termsUrl: string;
  everyMinutes: number;
  runs: SourceRunView[];
};

export async function listSources(ctx: MarketContext, config: MissionsConfig, runsPerSource = 5): Promise<SourceView[]> {
  const runs = await Promise.all(
    SOURCE_NAMES.map((source) =>
      ctx.prisma.missionSyncRun.findMany({ where: { source }, orderBy: { startedAt: "desc" }, take: runsPerSource }),
    ),
  );
  return SOURCE_NAMES.map((name, i) => {
    const reason = sourceState(config, name);
    const connector = CONNECTORS[name];
    return {
      name,
      state: reason === null ? "ready" : config.enabled.includes(name) ? "unconfigured" : "disabled",
      reason,
      attribution: connector.attribution,
      termsUrl: connector.termsUrl,
      everyMinutes: config.everyMinutes[name] ?? connector.everyMinutes,
      runs: (runs[i] ?? []).map((run) => ({
        id: run.id,
        trigger: run.trigger,
        status: run.status,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt?.toISOString() ?? null,
        fetched: run.fetched,
        created: run.created,
        updated: run.updated,
        duplicates: run.duplicates,
        expired: run.expired,
        errors: run.errors,
        message: run.message,
      })),
    };
  });
}

/** The sources due for a run now: ready, and whose latest run started more than their cadence ago. */
export async function dueSources(ctx: MarketContext, config: MissionsConfig, now: Date): Promise<SourceName[]> {
  const due: SourceName[] = [];
  for (const name of SOURCE_NAMES) {
    if (sourceState(config, name) !== null) continue;
    const last = await ctx.prisma.missionSyncRun.findFirst({
      where: { source: name },
      orderBy: { startedAt: "desc" },
      select: { startedAt: true },
    });
    if (!last || now.getTime() - last.startedAt.getTime() >= (config.everyMinutes[name] ?? CONNECTORS[name].everyMinutes) * 60_000)
      due.push(name);
  }
  return due;
}
