/**
 * Alerts for new missions that match a member's profile, through the delivery outbox, at the
 * frequency the member chose (preferences.missionAlerts): `instant` — one push per new mission
 * as soon as a sync or an import creates it —, `daily` or `weekly` — one digest of the best
 * ones since the last. A new mission is scored once per member (MissionAlert rows), so a mission
 * is never announced twice. Pushes go to the member's chat channels (the same choice of channel,
 * quiet hours and muting as every notification, kind `mission_alert`); members without one find
 * them in "missions for me".
 */
import type { Reply } from "../assistant/reply.ts";
import type { Prisma } from "../db/generated/client.ts";
import { enqueueReply } from "../delivery/enqueue.ts";
import { quietUntil } from "../delivery/quiet-hours.ts";
import { chooseTargets, loadRecipients, type Recipient } from "../delivery/recipients.ts";
import { type Locale, t } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import { readPreferences } from "../profiles/preferences.ts";
import { MIN_MATCH_SCORE, MISSION_FIT_FIELDS, profileForMatching, scoreMission } from "./for-me.ts";

const DIGEST_SIZE = 5;
const PERIOD_MS = { daily: 86_400_000, weekly: 7 * 86_400_000 } as const;

type Frequency = "instant" | "daily" | "weekly";

async function subscribers(ctx: MarketContext): Promise<{ userId: string; frequency: Frequency }[]> {
  const rows = await ctx.prisma.profile.findMany({
    where: { preferences: { path: ["missionAlerts"], string_contains: "" }, skills: { isEmpty: false } },
    select: { userId: true, preferences: true },
  });
  return rows.flatMap((row) => {
    const frequency = readPreferences(row.preferences).missionAlerts;
    return frequency && frequency !== "off" ? [{ userId: row.userId, frequency }] : [];
  });
}

/** Scores new missions for every subscribed member, records the matches, and pushes the instant ones. */
export async function queueMissionAlerts(ctx: MarketContext, missionIds: string[]): Promise<{ matched: number; pushed: number }> {
  if (missionIds.length === 0) return { matched: 0, pushed: 0 };
  const members = await subscribers(ctx);
  if (members.length === 0) return { matched: 0, pushed: 0 };
  const missions = await ctx.prisma.mission.findMany({
    where: { id: { in: missionIds }, status: "open" },
    select: MISSION_FIT_FIELDS,
  });
  let matched = 0;
  const instant: string[] = [];
  for (const member of members) {
    const profile = await profileForMatching(ctx, member.userId);
    if (!profile) continue;
    const rows = missions
      .map((mission) => ({ userId: member.userId, missionId: mission.id, score: scoreMission(profile, mission, "en").score }))
      .filter((row) => row.score >= MIN_MATCH_SCORE);
    if (rows.length === 0) continue;
    matched += (await ctx.prisma.missionAlert.createMany({ data: rows, skipDuplicates: true })).count;
    if (member.frequency === "instant") instant.push(member.userId);
  }
  const pushed = instant.length > 0 ? await sendAlerts(ctx, instant, "instant") : 0;
  return { matched, pushed };
}

/** Sends the digests that are due (a day or a week since the member's last one). */
export async function sendDueDigests(ctx: MarketContext): Promise<number> {
  const now = ctx.now?.() ?? new Date();
  const due: string[] = [];
  for (const member of await subscribers(ctx)) {
    if (member.frequency === "instant") continue;
    const last = await ctx.prisma.missionAlert.findFirst({
      where: { userId: member.userId, sentAt: { not: null } },
      orderBy: { sentAt: "desc" },
      select: { sentAt: true },
    });
    if (!last?.sentAt || now.getTime() - last.sentAt.getTime() >= PERIOD_MS[member.frequency]) due.push(member.userId);
  }
  return due.length > 0 ? sendAlerts(ctx, due, "digest") : 0;
}

function alertReply(locale: Locale, kind: "instant" | "digest", missions: AlertMission[], total: number): Reply {
  const rate = (m: AlertMission) =>
    m.rateMinMinor !== null && m.currency
      ? `${m.rateMinMinor / 100}${m.rateMaxMinor && m.rateMaxMinor !== m.rateMinMinor ? `–${m.rateMaxMinor / 100}` : ""} ${m.currency}${m.ratePeriod ? `/${m.ratePeriod}` : ""}`
      : null;
  return {
    text: kind === "instant" && total === 1 ? t("mission_alert_instant", locale) : t("mission_alert_digest", locale, { count: total }),
    layout: "list",
    cards: missions.map((m) => ({
      title: m.title,
      subtitle: [m.company, m.placeName].filter(Boolean).join(" · ") || undefined,
      url: m.url,
      fields: rate(m) ? [{ label: "€", value: rate(m) as string }] : [],
      links: [{ label: t("mission_alert_open", locale), url: m.url }],
    })),
    ...(total > missions.length
      ? {
          quickReplies: [
            {
              label: t("mission_alert_more", locale, { count: total - missions.length }),
              text: locale === "fr" ? "mes missions" : "my missions",
            },
          ],
        }
      : {}),
  };
}

type AlertMission = Prisma.MissionGetPayload<{ select: typeof ALERT_SELECT }>;
const ALERT_SELECT = {
  id: true,
  title: true,
  company: true,
  placeName: true,
  url: true,
  rateMinMinor: true,
  rateMaxMinor: true,
  currency: true,
  ratePeriod: true,
} as const;

/** Writes the pending alerts of `userIds` to the outbox and marks them sent, in one transaction per member. */
async function sendAlerts(ctx: MarketContext, userIds: string[], kind: "instant" | "digest"): Promise<number> {
  const now = ctx.now?.() ?? new Date();
  const recipients = new Map<string, Recipient>((await loadRecipients(ctx.prisma, userIds)).map((r) => [r.userId, r]));
  let written = 0;
  for (const userId of userIds) {
    const recipient = recipients.get(userId);
    const pending = await ctx.prisma.missionAlert.findMany({
      where: { userId, sentAt: null, mission: { status: "open" } },
      orderBy: [{ score: "desc" }, { createdAt: "desc" }],
      include: { mission: { select: ALERT_SELECT } },
    });
    if (!recipient || pending.length === 0) continue;
    const targets = chooseTargets(recipient, "mission_alert").filter(
      (target): target is typeof target & { channel: "slack" | "discord" | "teams" | "widget"; identityId: string } =>
        target.channel !== "socket" && target.channel !== "email" && target.identityId !== null,
    );
    const batches = kind === "instant" ? pending.map((p) => [p]) : [pending];
    await ctx.prisma.$transaction(async (tx) => {
      for (const batch of batches) {
        const reply = alertReply(
          recipient.locale,
          kind,
          batch.slice(0, DIGEST_SIZE).map((p) => p.mission),
          batch.length,
        );
        for (const target of targets) {
          const id = await enqueueReply(tx, { userId, identityId: target.identityId, channel: target.channel, reply });
          const wait = quietUntil(recipient.preferences.quietHours, now);
          if (wait) await tx.delivery.update({ where: { id }, data: { nextAttemptAt: wait } });
          written++;
        }
      }
      await tx.missionAlert.updateMany({ where: { userId, missionId: { in: pending.map((p) => p.missionId) } }, data: { sentAt: now } });
    });
  }
  if (written > 0) ctx.events.publish("delivery.enqueued", { count: written });
  return written;
}
