/** /api/v1/missions/sources (the job boards and their runs) and the admins' sync trigger. */
import { SOURCE_NAMES } from "@relais/core/missions/offer";
import { requestMissionSync } from "@relais/core/missions/schedule";
import { listSources } from "@relais/core/missions/sources";
import { sourceState } from "@relais/core/missions/sync";
import { assertAdmin } from "@relais/core/profiles/reports";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";

const Run = z.object({
  id: z.string(),
  trigger: z.string().describe("cli, schedule or admin"),
  status: z.string().describe("running, ok or failed"),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  fetched: z.number().int(),
  created: z.number().int().describe("New missions"),
  updated: z.number().int().describe("Missions changed in place"),
  duplicates: z.number().int().describe("Copies of a mission already known from another board, merged into it"),
  expired: z.number().int(),
  errors: z.number().int().describe("Failed pages and unreadable offers"),
  message: z.string().nullable(),
});
const Source = z
  .object({
    name: z.enum(SOURCE_NAMES),
    state: z.enum(["ready", "unconfigured", "disabled"]),
    reason: z.string().nullable().describe("Why it does not run (missing keys, left out of MISSIONS_SOURCES)"),
    attribution: z.string().describe("Credit shown beside its missions, as its terms ask"),
    termsUrl: z.string(),
    everyMinutes: z.number().int().describe("Cadence of the running server's schedule"),
    runs: z.array(Run).describe("Latest runs, newest first"),
  })
  .meta({ id: "MissionSource" });

const SyncRequest = z.strictObject({
  sources: z.array(z.enum(SOURCE_NAMES)).min(1).max(SOURCE_NAMES.length).optional().describe("Default: every configured board"),
  since: z.iso.date().optional().describe("Only offers posted since this day; nothing expires on such a run"),
});

export function missionSourceRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.core.market;
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/missions/sources",
      summary: "The job boards missions come from: configuration state, attribution, latest runs with their counts",
      tags: ["missions"],
      auth: "user",
      responses: { 200: { description: "Every board", schema: z.object({ items: z.array(Source) }) } },
      async handler() {
        return { status: 200, body: { items: await listSources(ctx, api.config.missions) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/admin/missions/sync",
      summary:
        "Sync the job boards now (admins): one job per board on the job queue, worked by whichever process takes it; follow the runs in /api/v1/missions/sources",
      tags: ["admin"],
      auth: "user",
      body: SyncRequest,
      responses: {
        202: {
          description: "Queued",
          schema: z.object({
            queued: z.array(z.enum(SOURCE_NAMES)).describe("Boards whose run was queued"),
            alreadyQueued: z.array(z.enum(SOURCE_NAMES)).describe("Boards with a run already waiting (not queued twice)"),
            skipped: z.array(z.object({ name: z.enum(SOURCE_NAMES), reason: z.string() })).describe("Boards that do not run here, and why"),
          }),
        },
        403: { description: "Not an admin" },
      },
      async handler({ caller, body }) {
        await assertAdmin(ctx.prisma, caller!.userId);
        const asked = body.sources ?? [...SOURCE_NAMES];
        const skipped = asked.flatMap((name) => {
          const reason = sourceState(api.config.missions, name);
          return reason === null ? [] : [{ name, reason }];
        });
        const ready = asked.filter((name) => !skipped.some((s) => s.name === name));
        const { queued, alreadyQueued } = await requestMissionSync(api.relais.queue, ready, "admin", body.since);
        return { status: 202, body: { queued, alreadyQueued, skipped } };
      },
    }),
  ];
}
