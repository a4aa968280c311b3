/** /api/v1/me/profile, /api/v1/me/preferences and /api/v1/users/{id}: profiles, preferences, trust, reports and blocks. */
import { ReportMemberCommand } from "@relais/core/commands/profile-commands";
import { getPreferences, Preferences, updatePreferences } from "@relais/core/profiles/preferences";
import { blockUser, getMyProfile, ProfilePatch, publicProfile, reportUser, updateMyProfile } from "@relais/core/profiles/profiles";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { IdParams } from "./schemas.ts";

const Profile = z
  .object({
    headline: z.string().nullable(),
    bio: z.string().nullable(),
    skills: z.array(z.string()),
    languages: z.array(z.string()),
    rates: z.object({ hourly: z.number().int().nullable(), daily: z.number().int().nullable(), currency: z.string().nullable() }),
    location: z
      .object({ place: z.string().nullable(), countryCode: z.string().nullable(), lat: z.number().nullable(), lng: z.number().nullable() })
      .nullable(),
    remote: z.boolean(),
    preferences: z.record(z.string(), z.unknown()),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: "Profile" });
const Trust = z
  .object({
    score: z.number().int().min(0).max(100),
    breakdown: z.array(
      z.object({
        factor: z.enum(["email_verified", "linked_identities", "account_age", "completed_trades", "reviews", "reports"]),
        points: z.number(),
        max: z.number(),
        value: z.union([z.number(), z.boolean()]).nullable().describe("The fact behind the points: months, counts, average rating"),
      }),
    ),
  })
  .meta({ id: "Trust" });
const PublicProfile = z
  .object({
    id: z.string(),
    name: z.string(),
    memberSince: z.string(),
    headline: z.string().nullable(),
    bio: z.string().nullable(),
    skills: z.array(z.string()),
    languages: z.array(z.string()),
    place: z.string().nullable(),
    remote: z.boolean(),
    listings: z.array(z.record(z.string(), z.unknown())),
    completedTrades: z.number().int(),
    reviews: z.array(z.object({ rating: z.number().int(), comment: z.string().nullable(), author: z.string(), createdAt: z.string() })),
    averageRating: z.number().nullable(),
    trust: Trust,
  })
  .meta({ id: "PublicProfile" });

const PreferencesView = Preferences.meta({ id: "Preferences" });

export function userRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.core.market;
  const tags = ["profiles"];
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/me/profile",
      summary: "My profile",
      tags,
      auth: "user",
      responses: { 200: { description: "Profile", schema: Profile } },
      async handler({ caller }) {
        return { status: 200, body: await getMyProfile(ctx, caller!.userId) };
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/v1/me/profile",
      summary: "Update my profile (headline, bio, skills, languages, rates, location, preferences)",
      tags,
      auth: "user",
      body: ProfilePatch,
      responses: { 200: { description: "Updated", schema: Profile } },
      async handler({ caller, body }) {
        return { status: 200, body: await updateMyProfile(ctx, caller!.userId, body) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/me/preferences",
      summary: "My preferences: language, distance, categories, notification channels, quiet hours, muted notifications",
      tags,
      auth: "user",
      responses: { 200: { description: "Preferences", schema: PreferencesView } },
      async handler({ caller }) {
        return { status: 200, body: await getPreferences(ctx, caller!.userId) };
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/v1/me/preferences",
      summary: "Change my preferences (fields not sent stay; quietHours: null removes quiet hours)",
      description:
        "Notifications (new message, match proposed, match accepted by all, withdrawn proposal, application update) go to `notificationChannels` — " +
        "unset: the chat app used last, or the app's live socket — except the kinds in `mutedNotifications`. During `quietHours` " +
        "(local times in an IANA zone, may cross midnight) pushes wait until the window ends.",
      tags,
      auth: "user",
      body: Preferences,
      responses: { 200: { description: "Preferences after the change", schema: PreferencesView } },
      async handler({ caller, body }) {
        return { status: 200, body: await updatePreferences(ctx, caller!.userId, body) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/users/:id",
      summary: "A member's public profile: listings, completed trades, reviews and trust score with its breakdown",
      tags,
      auth: "none",
      params: IdParams,
      responses: { 200: { description: "Public profile", schema: PublicProfile } },
      async handler({ params }) {
        return { status: 200, body: await publicProfile(ctx, params.id) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/users/:id/report",
      summary: "Report a member to the moderators",
      tags,
      auth: "user",
      params: IdParams,
      body: ReportMemberCommand,
      responses: {
        201: {
          description: "Report filed",
          schema: z
            .object({
              id: z.string(),
              status: z.string(),
              createdAt: z.string(),
              blocked: z.boolean().describe("Whether I now block this member (send block: true to do both at once)"),
            })
            .meta({ id: "Report" }),
        },
      },
      async handler({ caller, params, body }) {
        return { status: 201, body: await reportUser(ctx, caller!.userId, params.id, body) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/users/:id/block",
      summary: "Block a member: neither of you can message the other",
      tags,
      auth: "user",
      params: IdParams,
      responses: { 204: { description: "Blocked" } },
      async handler({ caller, params }) {
        await blockUser(ctx, caller!.userId, params.id, true);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/v1/users/:id/block",
      summary: "Unblock a member",
      tags,
      auth: "user",
      params: IdParams,
      responses: { 204: { description: "Unblocked" } },
      async handler({ caller, params }) {
        await blockUser(ctx, caller!.userId, params.id, false);
        return { status: 204 };
      },
    }),
  ];
}
