/** Reports and blocks from the member's side (/api/v1/me/reports, /me/blocks) and the admins' queue (/api/v1/admin/reports). */
import { decideReport, myBlocks, openReports, reportsAbout, reportsFiledBy, withdrawReport } from "@relais/core/profiles/reports";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { IdParams } from "./schemas.ts";

const Reason = z.enum(["spam", "scam", "harassment", "inappropriate", "prohibited_item", "other"]);
const ReportStatus = z
  .enum(["open", "reviewed", "dismissed"])
  .describe("open: waiting for a moderator; reviewed: upheld; dismissed: not counted");
const Member = z.object({ id: z.string(), name: z.string() });
const FiledReport = z
  .object({
    id: z.string(),
    targetUser: Member.nullable(),
    reason: Reason,
    details: z.string().nullable(),
    listingId: z.string().nullable(),
    messageId: z.string().nullable(),
    status: ReportStatus,
    createdAt: z.string(),
  })
  .meta({ id: "FiledReport" });
const ReportAboutMe = z
  .object({ reason: Reason, listingId: z.string().nullable(), status: ReportStatus, createdAt: z.string() })
  .meta({ id: "ReportAboutMe" });
const ModerationReport = FiledReport.extend({ reporter: Member, resolvedAt: z.string().nullable() }).meta({ id: "ModerationReport" });

export function moderationRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.core.market;
  const decide = (decision: "resolve" | "dismiss") =>
    defineRoute({
      method: "post",
      path: `/api/v1/admin/reports/:id/${decision}`,
      summary:
        decision === "resolve"
          ? "Uphold a report (admins): it stays counted in the member's trust"
          : "Dismiss a report (admins): it no longer counts in the member's trust",
      tags: ["admin"],
      auth: "user",
      params: IdParams,
      responses: {
        200: { description: "The report after the decision", schema: ModerationReport },
        403: {
          description: "Not an admin, or `report_about_yourself`: the report is about the caller or their listing (another admin decides)",
        },
      },
      async handler({ caller, params }) {
        return { status: 200, body: await decideReport(ctx, caller!.userId, params.id, decision) };
      },
    });
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/me/reports",
      summary: "Reports I filed (with their details and status), and reports about me (reason and status, never who filed them)",
      tags: ["me"],
      auth: "user",
      query: PageQuery,
      responses: {
        200: {
          description:
            "`items`: reports I filed, newest first; `aboutMe`: the first page (`limit`) of the reports filed about me, continued by `GET /api/v1/me/reports/about-me?cursor=` with `aboutMeNextCursor`",
          schema: pageOf(FiledReport, "FiledReportPage")
            .extend({
              aboutMe: z.array(ReportAboutMe),
              aboutMeNextCursor: z
                .string()
                .nullable()
                .describe("Pass as `cursor` to /api/v1/me/reports/about-me; null when there is no more."),
            })
            .meta({ id: "MyReports" }),
        },
      },
      async handler({ caller, query }) {
        const filed = await reportsFiledBy(ctx, caller!.userId, query);
        const about = await reportsAbout(ctx, caller!.userId, { limit: query.limit });
        return { status: 200, body: { ...filed, aboutMe: about.items, aboutMeNextCursor: about.nextCursor } };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/me/reports/about-me",
      summary: "Reports filed about me, newest first (reason, listing and status, never who filed them)",
      tags: ["me"],
      auth: "user",
      query: PageQuery,
      responses: { 200: { description: "Reports about me", schema: pageOf(ReportAboutMe, "ReportAboutMePage") } },
      async handler({ caller, query }) {
        return { status: 200, body: await reportsAbout(ctx, caller!.userId, query) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/v1/me/reports/:id",
      summary: "Withdraw a report I filed, while no moderator has decided on it",
      description: "The report is deleted; a block filed with it (`block: true`) is lifted, never one made separately. 409 once decided.",
      tags: ["me"],
      auth: "user",
      params: IdParams,
      responses: {
        200: { description: "Withdrawn", schema: z.object({ blockLifted: z.boolean() }).meta({ id: "WithdrawnReport" }) },
        404: { description: "Not a report of mine" },
        409: { description: "Already decided by a moderator" },
      },
      async handler({ caller, params }) {
        return { status: 200, body: await withdrawReport(ctx, caller!.userId, params.id) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/me/blocks",
      summary: "Members I block, newest first",
      tags: ["me"],
      auth: "user",
      query: PageQuery,
      responses: {
        200: { description: "Blocked members", schema: pageOf(z.object({ user: Member, createdAt: z.string() }), "BlockPage") },
      },
      async handler({ caller, query }) {
        return { status: 200, body: await myBlocks(ctx, caller!.userId, query) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/admin/reports",
      summary: "Open reports, oldest first (admins; the role is given by `npm run relais -- admin grant <email>`)",
      tags: ["admin"],
      auth: "user",
      query: PageQuery,
      responses: {
        200: { description: "Open reports", schema: pageOf(ModerationReport, "ModerationReportPage") },
        403: { description: "Not an admin" },
      },
      async handler({ caller, query }) {
        return { status: 200, body: await openReports(ctx, caller!.userId, query) };
      },
    }),
    decide("resolve"),
    decide("dismiss"),
  ];
}
