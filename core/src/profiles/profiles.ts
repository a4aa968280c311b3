/** Profiles: mine (read, update, re-embedded) and anyone's public page with history and trust. */
import type { z } from "zod";
import { assertNotGuest } from "../accounts/guests.ts";
import { embedBeforeWrite } from "../ai/embedder.ts";
import { profileEmbeddingText } from "../ai/reindex.ts";
import { parseCommand } from "../commands/parse-command.ts";
import { ReportMemberCommand, UpdateProfileCommand } from "../commands/profile-commands.ts";
import type { Prisma } from "../db/generated/client.ts";
import { Invalid, NotFound } from "../errors/domain.ts";
import type { MarketContext } from "../listings/context.ts";
import { hideWhenReported } from "../listings/listing-moderation.ts";
import { LISTING_INCLUDE, type ListingView, listingSeenBy, toListingView } from "../listings/listing-view.ts";
import { locate } from "../listings/listings.ts";
import { announceWithdrawals } from "../matching/matches.ts";
import { Preferences, type PreferencesInput } from "./preferences.ts";
import { type Trust, trustOf } from "./trust.ts";

export { Preferences, type PreferencesInput };

export type ProfileView = {
  headline: string | null;
  bio: string | null;
  skills: string[];
  languages: string[];
  rates: { hourly: number | null; daily: number | null; currency: string | null };
  location: { place: string | null; countryCode: string | null; lat: number | null; lng: number | null } | null;
  remote: boolean;
  preferences: PreferencesInput;
  updatedAt: string | null;
};

type ProfileRow = Prisma.ProfileGetPayload<object> | null;

function toProfileView(row: ProfileRow): ProfileView {
  return {
    headline: row?.headline ?? null,
    bio: row?.bio ?? null,
    skills: row?.skills ?? [],
    languages: row?.languages ?? [],
    rates: { hourly: row?.hourlyRateMinor ?? null, daily: row?.dailyRateMinor ?? null, currency: row?.rateCurrency ?? null },
    location:
      row && (row.placeName || row.lat !== null)
        ? { place: row.placeName, countryCode: row.countryCode, lat: row.lat, lng: row.lng }
        : null,
    remote: row?.remote ?? false,
    preferences: Preferences.safeParse(row?.preferences ?? {}).data ?? {},
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function getMyProfile(ctx: MarketContext, userId: string): Promise<ProfileView> {
  return toProfileView(await ctx.prisma.profile.findUnique({ where: { userId } }));
}

/** The profile fields (core/src/commands) plus the preferences kept with them. */
export const ProfilePatch = UpdateProfileCommand.extend({ preferences: Preferences.optional() });
export type ProfilePatch = z.input<typeof ProfilePatch>;

export async function updateMyProfile(ctx: MarketContext, userId: string, raw: ProfilePatch): Promise<ProfileView> {
  const patch = parseCommand(ProfilePatch, raw);
  const location = patch.location === undefined ? undefined : locate(patch.location);
  const current = await ctx.prisma.profile.findUnique({ where: { userId } });
  const data = {
    ...(patch.headline !== undefined ? { headline: patch.headline?.trim() || null } : {}),
    ...(patch.bio !== undefined ? { bio: patch.bio?.trim() || null } : {}),
    ...(patch.skills !== undefined ? { skills: [...new Set(patch.skills.map((s) => s.trim()).filter(Boolean))] } : {}),
    ...(patch.languages !== undefined ? { languages: [...new Set(patch.languages.map((s) => s.trim().toLowerCase()))] } : {}),
    ...(patch.rates?.hourly !== undefined ? { hourlyRateMinor: patch.rates.hourly } : {}),
    ...(patch.rates?.daily !== undefined ? { dailyRateMinor: patch.rates.daily } : {}),
    ...(patch.rates?.currency !== undefined ? { rateCurrency: patch.rates.currency?.toUpperCase() ?? null } : {}),
    ...(location
      ? {
          placeName: location.placeName,
          postcode: location.postcode,
          countryCode: location.countryCode,
          lat: location.lat,
          lng: location.lng,
        }
      : {}),
    ...(patch.remote !== undefined ? { remote: patch.remote } : {}),
    ...(patch.preferences !== undefined
      ? { preferences: { ...(Preferences.safeParse(current?.preferences ?? {}).data ?? {}), ...patch.preferences } }
      : {}),
  };
  const text = profileEmbeddingText({
    headline: data.headline !== undefined ? data.headline : (current?.headline ?? null),
    skills: data.skills ?? current?.skills ?? [],
    bio: data.bio !== undefined ? data.bio : (current?.bio ?? null),
  });
  // Embedded before the write: a slow or failing embedder holds no connection and leaves nothing half-saved.
  const vector = await embedBeforeWrite(ctx.embedder, text);
  const row = await ctx.prisma.$transaction(async (tx) => {
    const saved = await tx.profile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    await tx.$executeRawUnsafe(
      `UPDATE "Profile" SET "embedding" = $1::vector, "embeddingModel" = $2 WHERE "userId" = $3`,
      vector.literal,
      vector.model,
      userId,
    );
    return saved;
  });
  return toProfileView(row);
}

export type PublicProfile = {
  id: string;
  name: string;
  memberSince: string;
  headline: string | null;
  bio: string | null;
  skills: string[];
  languages: string[];
  place: string | null;
  remote: boolean;
  listings: ListingView[];
  completedTrades: number;
  reviews: { rating: number; comment: string | null; author: string; createdAt: string }[];
  averageRating: number | null;
  trust: Trust;
};

export type ReviewView = PublicProfile["reviews"][number];

/** The newest reviews of a member, with their comments and authors (a deleted author is nameless). */
export async function latestReviews(ctx: MarketContext, userId: string, take: number): Promise<ReviewView[]> {
  const rows = await ctx.prisma.review.findMany({
    where: { subjectId: userId },
    include: { author: { select: { name: true, status: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map((r) => ({
    rating: r.rating,
    comment: r.comment,
    author: r.author.status === "deleted" ? "" : r.author.name,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function publicProfile(ctx: MarketContext, userId: string): Promise<PublicProfile> {
  const user = await ctx.prisma.user.findUnique({ where: { id: userId }, include: { profile: true } });
  if (user?.status !== "active") throw new NotFound("not_found");
  const [listings, completedTrades, reviews, trust] = await Promise.all([
    ctx.prisma.listing.findMany({
      where: { ownerId: userId, status: "active" },
      include: LISTING_INCLUDE,
      orderBy: { createdAt: "desc" },
      take: 20,
    }),
    ctx.prisma.matchParticipant.count({ where: { userId, match: { status: "completed" } } }),
    latestReviews(ctx, userId, 10),
    trustOf(ctx.prisma, userId),
  ]);
  const ratings = await ctx.prisma.review.aggregate({ where: { subjectId: userId }, _avg: { rating: true } });
  return {
    id: user.id,
    name: user.name,
    memberSince: user.createdAt.toISOString(),
    headline: user.profile?.headline ?? null,
    bio: user.profile?.bio ?? null,
    skills: user.profile?.skills ?? [],
    languages: user.profile?.languages ?? [],
    // The town only: exact coordinates are not public.
    place: user.profile?.placeName ?? null,
    remote: user.profile?.remote ?? false,
    listings: listings.map((row) => listingSeenBy(toListingView(row), undefined)),
    completedTrades,
    reviews,
    averageRating: ratings._avg.rating === null ? null : Math.round(ratings._avg.rating * 10) / 10,
    trust,
  };
}

export async function reportUser(ctx: MarketContext, reporterId: string, targetUserId: string, raw: ReportMemberCommand) {
  const input = parseCommand(ReportMemberCommand, raw);
  // Reports lower trust: an account created by a header cannot file them.
  await assertNotGuest(ctx.prisma, reporterId);
  const target = await ctx.prisma.user.findUnique({ where: { id: targetUserId } });
  if (!target || target.status === "deleted" || targetUserId === reporterId) throw new NotFound("not_found");
  if (input.listingId && !(await ctx.prisma.listing.findFirst({ where: { id: input.listingId, ownerId: targetUserId } }))) {
    throw new Invalid("invalid_request", [{ field: "listingId", code: "field_invalid" }]);
  }
  if (
    input.messageId &&
    !(await ctx.prisma.message.findFirst({
      where: { id: input.messageId, senderId: targetUserId, conversation: { members: { some: { userId: reporterId } } } },
    }))
  ) {
    throw new Invalid("invalid_request", [{ field: "messageId", code: "field_invalid" }]);
  }
  const data = {
    reporterId,
    targetUserId,
    reason: input.reason,
    details: input.details?.trim() || null,
    listingId: input.listingId ?? null,
    messageId: input.messageId ?? null,
  };
  // Reporting often comes with not wanting to hear from them again: both at once, or neither; a
  // listing that reaches the reports threshold is hidden in the same transaction.
  const now = ctx.now?.() ?? new Date();
  const { report, moderation } = await ctx.prisma.$transaction(async (tx) => {
    const report = await tx.report.create({ data });
    // A block made by this report carries its instant: withdrawing the report lifts only that one.
    if (input.block)
      await tx.block.upsert({
        where: { blockerId_blockedId: { blockerId: reporterId, blockedId: targetUserId } },
        create: { blockerId: reporterId, blockedId: targetUserId, createdAt: report.createdAt },
        update: {},
      });
    const moderation = data.listingId ? await hideWhenReported(ctx, tx, data.listingId, now) : undefined;
    return { report, moderation };
  });
  if (moderation?.hidden && data.listingId) {
    announceWithdrawals(ctx, moderation.withdrawn);
    ctx.events.publish("listing.changed", { listingId: data.listingId, ownerId: targetUserId, change: "updated" });
  }
  const blocked = (await ctx.prisma.block.count({ where: { blockerId: reporterId, blockedId: targetUserId } })) > 0;
  return { id: report.id, status: report.status, createdAt: report.createdAt.toISOString(), blocked };
}

export async function blockUser(ctx: MarketContext, blockerId: string, blockedId: string, blocked: boolean): Promise<void> {
  const target = await ctx.prisma.user.findUnique({ where: { id: blockedId } });
  if (!target || blockedId === blockerId) throw new NotFound("not_found");
  if (blocked)
    await ctx.prisma.block.upsert({
      where: { blockerId_blockedId: { blockerId, blockedId } },
      create: { blockerId, blockedId },
      update: {},
    });
  else await ctx.prisma.block.deleteMany({ where: { blockerId, blockedId } });
}
