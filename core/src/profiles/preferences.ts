/**
 * A member's preferences (stored as JSON on their profile): language, matching distance and
 * categories, and how Relais may reach them — the channels notifications go to, quiet hours
 * during which pushes wait, and the kinds of notification they turned off. One zod schema,
 * used by REST (`/api/v1/me/preferences`, `/api/v1/me/profile`) and by chat (`set_preferences`).
 */
import { z } from "zod";
import { Invalid } from "../errors/domain.ts";
import type { MarketContext } from "../listings/context.ts";

/** The notifications a member can turn off one by one. */
export const NOTIFICATION_KINDS = [
  "message",
  "match_proposed",
  "match_accepted",
  "match_withdrawn",
  "application_update",
  "mission_alert",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where notifications may go; `socket` is the app's live connection (REST members). */
export const NOTIFICATION_CHANNELS = ["socket", "email", "slack", "discord", "teams", "widget"] as const;

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const QuietHours = z.strictObject({
  /** "22:00": pushes wait from this local time… */
  start: z.string().regex(CLOCK, "expected a time such as 22:00"),
  /** …until this one ("08:00"); a window may cross midnight. */
  end: z.string().regex(CLOCK, "expected a time such as 08:00"),
  /** IANA zone the clock times are in, e.g. Europe/Paris. */
  timeZone: z.string().max(64).refine(isTimeZone, "expected an IANA time zone such as Europe/Paris"),
});
export type QuietHoursInput = z.infer<typeof QuietHours>;

export const Preferences = z.strictObject({
  language: z.enum(["fr", "en"]).optional(),
  maxDistanceKm: z.number().int().min(1).max(1000).optional(),
  categories: z.array(z.string().max(60)).max(30).optional(),
  /** Unset: the channel the member used last (the app's socket for REST-only members). */
  notificationChannels: z.array(z.enum(NOTIFICATION_CHANNELS)).max(NOTIFICATION_CHANNELS.length).optional(),
  digest: z.enum(["none", "daily", "weekly"]).optional(),
  /** New missions matching the profile: off (default), at once, or gathered daily or weekly. */
  missionAlerts: z.enum(["off", "instant", "daily", "weekly"]).optional(),
  /** null: no quiet hours. */
  quietHours: QuietHours.nullable().optional(),
  mutedNotifications: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length).optional(),
});
export type PreferencesInput = z.infer<typeof Preferences>;

/** Stored preferences, tolerant of old or hand-edited JSON (an unreadable one counts as none). */
export function readPreferences(json: unknown): PreferencesInput {
  return Preferences.safeParse(json ?? {}).data ?? {};
}

export async function getPreferences(ctx: MarketContext, userId: string): Promise<PreferencesInput> {
  const row = await ctx.prisma.profile.findUnique({ where: { userId }, select: { preferences: true } });
  return readPreferences(row?.preferences);
}

/**
 * Merges `patch` into the stored preferences (a field set to null is cleared) and returns the
 * result. Changes nothing searchable, so the profile's vector is left alone.
 */
export async function updatePreferences(ctx: MarketContext, userId: string, patch: PreferencesInput): Promise<PreferencesInput> {
  const parsed = Preferences.safeParse(patch);
  if (!parsed.success) {
    throw new Invalid(
      "invalid_request",
      parsed.error.issues.map((issue) => ({ field: `preferences.${issue.path.join(".")}`, code: "field_invalid" as const })),
    );
  }
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.profile.findUnique({ where: { userId }, select: { preferences: true } });
    const merged: PreferencesInput = { ...readPreferences(row?.preferences), ...parsed.data };
    if (merged.quietHours === null) delete merged.quietHours;
    await tx.profile.upsert({ where: { userId }, create: { userId, preferences: merged }, update: { preferences: merged } });
    if (parsed.data.language) await tx.user.update({ where: { id: userId }, data: { locale: parsed.data.language } });
    return merged;
  });
}
