/**
 * POST /api/v1/missions/import: a member brings in one offer from its URL or its pasted text.
 * GET /api/v1/me/missions: "missions for me", ranked against the member's profile, with why.
 */
import { missionsForMe } from "@relais/core/missions/for-me";
import { importMission } from "@relais/core/missions/import";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { localeOf } from "../http/problem.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { MissionSchema } from "./missions.ts";

const ImportRequest = z.union([
  z.strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .describe("The offer's page (any job board, company careers page)"),
  }),
  z.strictObject({ text: z.string().trim().min(40).max(20_000).describe("The offer's text: its first line is the title") }),
]);

const MissionForMe = z
  .object({
    mission: MissionSchema,
    score: z.number().describe("0 to 1"),
    why: z.object({
      skills: z.object({ matched: z.array(z.string()), missing: z.array(z.string()) }),
      rate: z
        .enum(["within", "above", "below", "unknown"])
        .describe("Your rate against the mission's, in the same period only: above = the mission pays less than you ask"),
      place: z.object({ fit: z.enum(["remote", "near", "far", "unknown"]), distanceKm: z.number().nullable() }),
      summary: z.string().describe("The same in words, in the caller's language"),
    }),
  })
  .meta({ id: "MissionForMe" });

export function missionImportRoutes(api: ApiContext): AnyRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/me/missions",
      summary: "Missions for me: open missions ranked against my profile (skills, rate, place), each with why",
      tags: ["missions"],
      auth: "user",
      query: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(20) }),
      responses: {
        200: { description: "Best first; empty while my profile names no skill", schema: z.object({ items: z.array(MissionForMe) }) },
      },
      async handler({ caller, query, req }) {
        return { status: 200, body: { items: await missionsForMe(api.core.market, caller!.userId, localeOf(req), query.limit) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/missions/import",
      summary:
        "Import an offer from its URL (schema.org JobPosting, else Open Graph and the page text; robots.txt honoured) or from pasted text",
      tags: ["missions"],
      auth: "user",
      body: ImportRequest,
      responses: {
        201: { description: "A new mission", schema: z.object({ outcome: z.literal("created"), mission: MissionSchema }) },
        200: {
          description: "The offer was already known (merged into that mission, or updated)",
          schema: z.object({ outcome: z.enum(["merged", "updated", "unchanged"]), mission: MissionSchema }),
        },
        400: { description: "Not a public http(s) URL, robots.txt disallows it, the site blocks automatic reading, or no offer found" },
        503: { description: "The site could not be read now" },
      },
      async handler({ caller, body }) {
        const result = await importMission(api.core.market, api.config.missions, caller!.userId, body, {
          publicOnly: !api.config.missions.importPrivateAddresses,
        });
        return { status: result.outcome === "created" ? 201 : 200, body: result };
      },
    }),
  ];
}
