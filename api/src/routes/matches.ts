/** /api/v1/matches: my proposals, accept/decline, completion and reviews. */

import { ReviewMatchCommand } from "@relais/core/commands/match-commands";
import { completeMatch, getMyMatch, pageMyMatches, respondToMatch, reviewMatch, undoMatchAnswer } from "@relais/core/matching/matches";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { localeOf } from "../http/problem.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { IdParams } from "./schemas.ts";

const Status = z.enum(["proposed", "accepted", "declined", "expired", "completed", "withdrawn"]);
const Step = z.object({
  receiverId: z.string(),
  receiverName: z.string(),
  wantId: z.string(),
  wantTitle: z.string(),
  giverId: z.string(),
  giverName: z.string(),
  offerId: z.string(),
  offerTitle: z.string(),
  similarity: z.number(),
});
const Match = z
  .object({
    id: z.string(),
    kind: z.enum(["pair", "cycle", "mission"]),
    status: Status,
    withdrawnReason: z
      .enum(["listing_changed", "listing_deleted"])
      .nullable()
      .describe("Why Relais withdrew the proposal (a listing it used changed or was deleted); null unless withdrawn"),
    score: z.number(),
    explanation: z.string().describe("Who wants what from whom, in the caller's language"),
    steps: z.array(Step),
    participants: z.array(
      z.object({ id: z.string(), name: z.string(), acceptance: z.enum(["pending", "accepted", "declined"]), completed: z.boolean() }),
    ),
    conversationId: z.string().nullable().describe("Opened when everyone accepted"),
    expiresAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "Match" });

export function matchRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.core.market;
  const tags = ["matches"];
  const answer = (action: "accept" | "decline") =>
    defineRoute({
      method: "post",
      path: `/api/v1/matches/:id/${action}`,
      summary:
        action === "accept"
          ? "Accept a proposal (a conversation opens when everyone has)"
          : "Decline a proposal (it is never proposed again)",
      tags,
      auth: "user",
      params: IdParams,
      responses: { 200: { description: "The proposal", schema: Match }, 409: { description: "No longer open" } },
      async handler({ req, caller, params }) {
        return { status: 200, body: await respondToMatch(ctx, caller!.userId, params.id, action, localeOf(req)) };
      },
    });
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/matches",
      summary: "My proposals: swaps and three-way cycles",
      description:
        "Recomputed shortly after any listing changes (well within 2 s). Proposed, accepted and completed ones by default; " +
        "`status=accepted,completed` filters. Paged with `limit` and `cursor`.",
      tags,
      auth: "user",
      query: PageQuery.extend({
        status: z
          .string()
          .max(100)
          .transform((value) => value.split(","))
          .pipe(z.array(Status).min(1))
          .optional()
          .describe("One status or several, comma-separated"),
      }),
      responses: { 200: { description: "Newest first", schema: pageOf(Match, "MatchList") } },
      async handler({ req, caller, query }) {
        return {
          status: 200,
          body: await pageMyMatches(ctx, caller!.userId, localeOf(req), {
            statuses: query.status,
            limit: query.limit,
            cursor: query.cursor,
          }),
        };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/matches/:id",
      summary: "One of my matches, explained to me, with who has accepted",
      tags,
      auth: "user",
      params: IdParams,
      responses: { 200: { description: "The match", schema: Match }, 404: { description: "Not one of mine" } },
      async handler({ req, caller, params }) {
        return { status: 200, body: await getMyMatch(ctx, caller!.userId, params.id, localeOf(req)) };
      },
    }),
    answer("accept"),
    answer("decline"),
    defineRoute({
      method: "post",
      path: "/api/v1/matches/:id/undo",
      summary: "Take back my accept or decline",
      description:
        "A decline is taken back while the proposal has not expired and its listings are still free (it is open again, my side " +
        "pending); an acceptance is withdrawn while not everyone has accepted. Once everyone accepted, 409.",
      tags,
      auth: "user",
      params: IdParams,
      responses: {
        200: { description: "The proposal, my side pending again", schema: Match },
        409: { description: "Nothing to undo any more" },
      },
      async handler({ req, caller, params }) {
        return { status: 200, body: await undoMatchAnswer(ctx, caller!.userId, params.id, localeOf(req)) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/matches/:id/complete",
      summary: "Say the hand-over happened (the trade completes when every participant has)",
      tags,
      auth: "user",
      params: IdParams,
      responses: { 200: { description: "The match", schema: Match }, 409: { description: "Not accepted yet" } },
      async handler({ req, caller, params }) {
        return { status: 200, body: await completeMatch(ctx, caller!.userId, params.id, localeOf(req)) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/matches/:id/reviews",
      summary: "Review another participant (once per trade and member)",
      tags,
      auth: "user",
      params: IdParams,
      body: ReviewMatchCommand,
      responses: {
        201: {
          description: "Review saved",
          schema: z
            .object({
              id: z.string(),
              matchId: z.string(),
              subjectId: z.string(),
              rating: z.number().int(),
              comment: z.string().nullable(),
              createdAt: z.string(),
            })
            .meta({ id: "Review" }),
        },
        409: { description: "Already reviewed, or trade not accepted" },
      },
      async handler({ caller, params, body }) {
        return { status: 201, body: await reviewMatch(ctx, caller!.userId, params.id, body) };
      },
    }),
  ];
}
