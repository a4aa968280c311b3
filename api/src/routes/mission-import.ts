/** POST /api/v1/missions/import: a member brings in one offer from its URL or its pasted text. */
import { importMission } from "@relais/core/missions/import";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
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

export function missionImportRoutes(api: ApiContext): AnyRoute[] {
  return [
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
        const result = await importMission(api.core.market, api.config.missions, caller!.userId, body, { publicOnly: true });
        return { status: result.outcome === "created" ? 201 : 200, body: result };
      },
    }),
  ];
}
