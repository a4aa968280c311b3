/**
 * "Missions for me": open missions ranked against a member's profile, each with why — the
 * skills in common, whether the rate fits (compared only within one period: a day rate with a
 * day rate, never a salary converted into one), and whether the place or remote mode fits.
 * Also the score the alerts use to decide that a new mission is worth telling a member about.
 */
import type { Prisma } from "../db/generated/client.ts";
import { type Locale, t } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import { readPreferences } from "../profiles/preferences.ts";
import { haversineKm } from "../search/search-listings.ts";
import { getMission, type MissionView } from "./missions.ts";

/** A mission below this score is not shown as "for me" nor alerted. */
export const MIN_MATCH_SCORE = 0.35;
const DEFAULT_RADIUS_KM = 50;

export type ProfileForMatching = {
  skills: string[];
  dailyRateMinor: number | null;
  hourlyRateMinor: number | null;
  rateCurrency: string | null;
  lat: number | null;
  lng: number | null;
  remote: boolean;
  maxDistanceKm: number;
};

type MissionForMatching = Pick<
  Prisma.MissionGetPayload<object>,
  "id" | "skills" | "rateMinMinor" | "rateMaxMinor" | "currency" | "ratePeriod" | "remote" | "remoteMode" | "lat" | "lng"
>;

export type MatchExplanation = {
  skills: { matched: string[]; missing: string[] };
  /** within / above (the mission pays less than the member asks) / below (pays more) / unknown (no rate, or another period or currency). */
  rate: "within" | "above" | "below" | "unknown";
  place: { fit: "remote" | "near" | "far" | "unknown"; distanceKm: number | null };
  /** The same, in words, in the reader's language. */
  summary: string;
};

/** How well `mission` fits `profile` (0..1) and why. */
export function scoreMission(
  profile: ProfileForMatching,
  mission: MissionForMatching,
  locale: Locale,
): { score: number; why: MatchExplanation } {
  const mine = new Set(profile.skills.map((s) => s.toLowerCase()));
  const theirs = mission.skills.map((s) => s.toLowerCase());
  const matched = theirs.filter((s) => mine.has(s));
  const missing = theirs.filter((s) => !mine.has(s));
  const skillScore = theirs.length === 0 || mine.size === 0 ? 0 : matched.length / Math.min(theirs.length, mine.size);

  // Rates are compared only within the same period and currency.
  const asked = mission.ratePeriod === "day" ? profile.dailyRateMinor : mission.ratePeriod === "hour" ? profile.hourlyRateMinor : null;
  let rate: MatchExplanation["rate"] = "unknown";
  if (asked !== null && mission.rateMaxMinor !== null && (!profile.rateCurrency || profile.rateCurrency === mission.currency)) {
    rate = asked > mission.rateMaxMinor ? "above" : mission.rateMinMinor !== null && asked < mission.rateMinMinor ? "below" : "within";
  }
  const rateScore = rate === "within" || rate === "below" ? 1 : rate === "unknown" ? 0.5 : 0;

  let place: MatchExplanation["place"] = { fit: "unknown", distanceKm: null };
  if (mission.remoteMode === "full") place = { fit: "remote", distanceKm: null };
  else if (profile.lat !== null && profile.lng !== null && mission.lat !== null && mission.lng !== null) {
    const km = Math.round(haversineKm({ lat: profile.lat, lng: profile.lng }, { lat: mission.lat, lng: mission.lng }));
    place = { fit: km <= profile.maxDistanceKm ? "near" : "far", distanceKm: km };
  } else if (mission.remote) place = { fit: "remote", distanceKm: null };
  const placeScore =
    place.fit === "remote" || place.fit === "near" ? 1 : place.fit === "unknown" ? 0.5 : mission.remoteMode === "partial" ? 0.3 : 0;

  const score = skillScore === 0 ? 0 : 0.6 * skillScore + 0.2 * rateScore + 0.2 * placeScore;
  const parts = [
    matched.length > 0 ? t("mf_skills", locale, { count: matched.length, skills: matched.join(", ") }) : t("mf_no_skills", locale),
    t(`mf_rate_${rate}`, locale),
    place.fit === "near" || place.fit === "far"
      ? t(`mf_place_${place.fit}`, locale, { km: place.distanceKm ?? 0 })
      : t(`mf_place_${place.fit}`, locale),
  ];
  return { score: Math.round(score * 100) / 100, why: { skills: { matched, missing }, rate, place, summary: parts.join(" · ") } };
}

export async function profileForMatching(ctx: MarketContext, userId: string): Promise<ProfileForMatching | null> {
  const profile = await ctx.prisma.profile.findUnique({ where: { userId } });
  if (!profile || profile.skills.length === 0) return null;
  return {
    skills: profile.skills,
    dailyRateMinor: profile.dailyRateMinor,
    hourlyRateMinor: profile.hourlyRateMinor,
    rateCurrency: profile.rateCurrency,
    lat: profile.lat,
    lng: profile.lng,
    remote: profile.remote,
    maxDistanceKm: readPreferences(profile.preferences).maxDistanceKm ?? DEFAULT_RADIUS_KM,
  };
}

/** The mission columns `scoreMission` reads: the ranking and the alerts load the same ones. */
export const MISSION_FIT_FIELDS = {
  id: true,
  skills: true,
  rateMinMinor: true,
  rateMaxMinor: true,
  currency: true,
  ratePeriod: true,
  remote: true,
  remoteMode: true,
  lat: true,
  lng: true,
} as const satisfies Prisma.MissionSelect;

export type MissionForMe = { mission: MissionView; score: number; why: MatchExplanation };

/** Open missions ranked for the member, best first; empty when their profile names no skill. */
export async function missionsForMe(ctx: MarketContext, userId: string, locale: Locale, limit = 20): Promise<MissionForMe[]> {
  const profile = await profileForMatching(ctx, userId);
  if (!profile) return [];
  const candidates = await ctx.prisma.mission.findMany({
    where: { status: "open", skills: { hasSome: profile.skills.map((s) => s.toLowerCase()) } },
    select: { ...MISSION_FIT_FIELDS, postedAt: true },
    take: 2000,
  });
  const ranked = candidates
    .map((mission) => ({ mission, ...scoreMission(profile, mission, locale) }))
    .filter((entry) => entry.score >= MIN_MATCH_SCORE)
    .sort((a, b) => b.score - a.score || (b.mission.postedAt?.getTime() ?? 0) - (a.mission.postedAt?.getTime() ?? 0))
    .slice(0, limit);
  return Promise.all(
    ranked.map(async (entry) => ({ mission: await getMission(ctx, userId, entry.mission.id), score: entry.score, why: entry.why })),
  );
}
