/** /api/v1/missions: freelance missions (search, save for later, apply) and my applications. */

import { ApplyToMissionCommand, SearchMissionsCommand, TrackApplicationCommand } from "@relais/core/commands/mission-commands";
import {
  applyToMission,
  getApplication,
  getMission,
  pageApplications,
  pageSavedMissions,
  saveMission,
  searchMissions,
} from "@relais/core/missions/missions";
import { trackApplicationById } from "@relais/core/missions/tracking";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { queryOf } from "../http/query.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { IdParams } from "./schemas.ts";

export const MissionSchema = z
  .object({
    id: z.string(),
    source: z.string().describe("Job board the mission was first found on"),
    url: z.string().describe("The original posting"),
    title: z.string(),
    company: z.string().nullable(),
    description: z.string(),
    skills: z.array(z.string()),
    place: z.string().nullable(),
    remote: z.boolean(),
    remoteMode: z.enum(["full", "partial", "none"]).nullable().describe("null when the board did not say"),
    contractType: z.string(),
    rate: z.object({
      min: z.number().int().nullable().describe("Minor units"),
      max: z.number().int().nullable().describe("Minor units"),
      currency: z.string().nullable(),
      period: z.string().nullable().describe("hour, day, month, year or fixed"),
    }),
    postedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    sources: z
      .array(z.object({ source: z.string(), url: z.string(), attribution: z.string().nullable() }))
      .describe("Every job board listing this mission, each with its own link and the credit it asks for"),
    distanceKm: z.number().nullable(),
    saved: z.boolean(),
    applied: z.boolean(),
  })
  .meta({ id: "Mission" });

const Application = z
  .object({
    id: z.string(),
    status: z.string(),
    coverLetter: z.string().nullable(),
    mission: z.object({ id: z.string(), title: z.string(), company: z.string().nullable(), url: z.string() }),
    history: z
      .array(z.object({ status: z.string(), at: z.string(), note: z.string().nullable() }))
      .describe("Every step, oldest first: the status, when, and the member's note"),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Application" });

const MissionQuery = queryOf(SearchMissionsCommand, ["skills"], {
  skills: z
    .string()
    .max(300)
    .transform((value) =>
      value
        .split(",")
        .map((skill) => skill.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(SearchMissionsCommand.shape.skills.unwrap())
    .optional()
    .describe("Comma-separated skill names, e.g. `react,typescript`"),
});

export function missionRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.core.market;
  const tags = ["missions"];
  const saved = (method: "put" | "delete") =>
    defineRoute({
      method,
      path: "/api/v1/missions/:id/saved",
      summary: method === "put" ? "Save a mission for later" : "Forget a saved mission",
      tags,
      auth: "user",
      params: IdParams,
      responses: { 200: { description: "The mission", schema: MissionSchema } },
      async handler({ caller, params }) {
        return { status: 200, body: await saveMission(ctx, caller!.userId, params.id, method === "put") };
      },
    });
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/missions",
      summary: "Search open freelance missions",
      tags,
      auth: "optional",
      query: MissionQuery,
      responses: {
        200: {
          description: "Missions, most relevant first",
          schema: pageOf(MissionSchema, "MissionPage").extend({ total: z.number().int().describe("Missions matching, on every page") }),
        },
      },
      async handler({ caller, query }) {
        return { status: 200, body: await searchMissions(ctx, caller?.userId, query) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/missions/:id",
      summary: "One mission",
      tags,
      auth: "optional",
      params: IdParams,
      responses: { 200: { description: "The mission", schema: MissionSchema } },
      async handler({ caller, params }) {
        return { status: 200, body: await getMission(ctx, caller?.userId, params.id) };
      },
    }),
    saved("put"),
    saved("delete"),
    defineRoute({
      method: "post",
      path: "/api/v1/missions/:id/applications",
      summary: "Apply to a mission (once)",
      tags,
      auth: "user",
      params: IdParams,
      body: ApplyToMissionCommand,
      responses: { 201: { description: "The application", schema: Application }, 409: { description: "Already applied, or closed" } },
      async handler({ caller, params, body }) {
        return { status: 201, body: await applyToMission(ctx, caller!.userId, params.id, body) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/me/applications",
      summary: "My applications, most recent first",
      tags,
      auth: "user",
      query: PageQuery,
      responses: { 200: { description: "Applications", schema: pageOf(Application, "ApplicationPage") } },
      async handler({ caller, query }) {
        return { status: 200, body: await pageApplications(ctx, caller!.userId, query) };
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/v1/me/applications/:id",
      summary: "Record where my application stands (interview, offer, hired, rejected, withdrawn), with its date and a note",
      tags,
      auth: "user",
      params: IdParams,
      body: TrackApplicationCommand,
      responses: { 200: { description: "The application with its history", schema: Application }, 404: { description: "Not one of mine" } },
      async handler({ caller, params, body }) {
        await trackApplicationById(ctx, caller!.userId, params.id, body);
        return { status: 200, body: await getApplication(ctx, caller!.userId, params.id) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/me/saved-missions",
      summary: "Missions I saved, most recently saved first",
      tags,
      auth: "user",
      query: PageQuery,
      responses: { 200: { description: "Saved missions", schema: pageOf(MissionSchema, "SavedMissionPage") } },
      async handler({ caller, query }) {
        return { status: 200, body: await pageSavedMissions(ctx, caller!.userId, query) };
      },
    }),
  ];
}
