/**
 * "Missions for me" and the alerts, on a real embedded Postgres: missions ranked against a
 * member's profile with why (skills, rate in the same period only, place), and new matching
 * missions pushed through the outbox at the member's frequency — at once, or as a digest.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import type { Reply } from "../assistant/reply.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { rememberIdentityAddress } from "../delivery/addresses.ts";
import { EventBus } from "../events/bus.ts";
import type { MarketContext } from "../listings/context.ts";
import { updatePreferences } from "../profiles/preferences.ts";
import { queueMissionAlerts, sendDueDigests } from "./alerts.ts";
import { missionsForMe } from "./for-me.ts";
import { ingestOffers, loadDedupeIndex } from "./ingest.ts";
import type { Offer } from "./offer.ts";

let db: Database;
let dataDir: string;
let ctx: MarketContext;
let now = new Date("2026-11-29T10:00:00Z");
beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus(), now: () => now };
});
afterAll(async () => {
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

let n = 0;
async function freelancer(frequency: "instant" | "daily" | "off", locale: "fr" | "en" = "fr") {
  n++;
  const user = await db.prisma.user.create({ data: { name: `Free ${n}`, locale, email: `free${n}-${Date.now()}@example.org` } });
  await db.prisma.profile.create({
    data: {
      userId: user.id,
      skills: ["python", "django", "postgres"],
      dailyRateMinor: 55000,
      rateCurrency: "EUR",
      placeName: "Lyon",
      lat: 45.764,
      lng: 4.8357,
    },
  });
  const identity = await db.prisma.identity.create({
    data: { userId: user.id, provider: "slack", externalId: `U${n}-${Date.now()}`, lastSeenAt: now },
  });
  await rememberIdentityAddress(db.prisma, identity.id, { dmChannelId: `D${n}` });
  await updatePreferences(ctx, user.id, { missionAlerts: frequency, notificationChannels: ["slack"] });
  return user.id;
}

function offer(id: string, overrides: Partial<Offer>): Offer {
  return {
    source: "freework",
    externalId: id,
    url: `https://www.free-work.com/fr/tech-it/dev/job-mission/${id}`,
    applyUrl: null,
    attribution: "Source: Free-Work (free-work.com)",
    title: `Mission ${id}`,
    company: `Company ${id}`,
    description: `Description of mission ${id}, written for this test with its own words ${id}.`,
    skills: [],
    placeName: "Lyon",
    countryCode: "FR",
    lat: 45.76,
    lng: 4.84,
    remote: "none",
    contractType: "freelance",
    rate: null,
    postedAt: now,
    expiresAt: null,
    language: "fr",
    ...overrides,
  };
}

async function pushed(userId: string): Promise<Reply[]> {
  const rows = await db.prisma.delivery.findMany({ where: { userId, kind: "reply" }, orderBy: { seq: "asc" } });
  return rows.map((row) => row.payload as unknown as Reply);
}

describe("missions for me", () => {
  it("ranks by skills, rate and place, explains why, and never compares a salary with a day rate", async () => {
    const me = await freelancer("off", "en");
    const index = await loadDedupeIndex(ctx);
    await ingestOffers(ctx, index, [
      offer("best", {
        title: "Django developer",
        skills: ["python", "django", "postgres"],
        rate: { min: 50000, max: 60000, currency: "EUR", period: "day" },
      }),
      offer("cheap", {
        title: "Django maintenance",
        skills: ["python", "django"],
        rate: { min: 30000, max: 40000, currency: "EUR", period: "day" },
      }),
      offer("far", {
        title: "Python in Lille",
        skills: ["python"],
        placeName: "Lille",
        lat: 50.63,
        lng: 3.06,
        rate: { min: 60000, max: 70000, currency: "EUR", period: "day" },
      }),
      offer("salary", {
        title: "Python CDI",
        skills: ["python", "django"],
        contractType: "permanent",
        rate: { min: 4500000, max: 5500000, currency: "EUR", period: "year" },
      }),
      offer("other", { title: "iOS developer", skills: ["swift", "ios"] }),
    ]);
    const items = await missionsForMe(ctx, me, "en");
    const titles = items.map((i) => i.mission.title);
    expect(titles[0]).toBe("Django developer");
    expect(titles).not.toContain("iOS developer");
    const best = items[0];
    expect(best?.why).toMatchObject({ skills: { matched: ["python", "django", "postgres"] }, rate: "within", place: { fit: "near" } });
    expect(best?.why.summary).toMatch(/^3 skills in common: python, django, postgres · your rate is within the range · \d+ km from you$/);
    expect(items.find((i) => i.mission.title === "Django maintenance")?.why.rate).toBe("above");
    expect(items.find((i) => i.mission.title === "Python CDI")?.why.rate).toBe("unknown");
    expect(items.find((i) => i.mission.title === "Python in Lille")?.why.place.fit).toBe("far");
    expect(best?.score).toBeGreaterThan(items.find((i) => i.mission.title === "Django maintenance")?.score ?? 1);
  });
});

describe("mission alerts", () => {
  it("pushes each new matching mission at once to an instant member, in their language, once", async () => {
    const instant = await freelancer("instant");
    const off = await freelancer("off");
    const index = await loadDedupeIndex(ctx);
    const { createdIds } = await ingestOffers(ctx, index, [
      offer("alert-1", {
        title: "API Django",
        skills: ["python", "django"],
        rate: { min: 55000, max: 60000, currency: "EUR", period: "day" },
      }),
      offer("alert-2", { title: "Application iOS", skills: ["swift"] }),
    ]);
    await queueMissionAlerts(ctx, createdIds);
    const replies = await pushed(instant);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      text: "Nouvelle mission pour vous",
      cards: [{ title: "API Django", url: expect.stringContaining("alert-1") }],
    });
    expect(await pushed(off)).toHaveLength(0);
    await queueMissionAlerts(ctx, createdIds);
    expect(await pushed(instant)).toHaveLength(1);
  });

  it("gathers matches into one digest a day for a daily member", async () => {
    const daily = await freelancer("daily", "en");
    const first = await ingestOffers(ctx, await loadDedupeIndex(ctx), [
      offer("d-1", { title: "Postgres tuning", skills: ["postgres", "python"] }),
      offer("d-2", { title: "Django upgrade", skills: ["django"] }),
    ]);
    await queueMissionAlerts(ctx, first.createdIds);
    expect(await pushed(daily)).toHaveLength(0);
    await sendDueDigests(ctx);
    const digest = await pushed(daily);
    expect(digest).toHaveLength(1);
    expect(digest[0]?.text).toMatch(/new missions for you/);
    expect(digest[0]?.cards?.map((c) => c.title)).toEqual(expect.arrayContaining(["Postgres tuning", "Django upgrade"]));
    const next = await ingestOffers(ctx, await loadDedupeIndex(ctx), [offer("d-3", { title: "Python scripts", skills: ["python"] })]);
    await queueMissionAlerts(ctx, next.createdIds);
    now = new Date(now.getTime() + 3_600_000);
    await sendDueDigests(ctx);
    expect(await pushed(daily)).toHaveLength(1);
    now = new Date(now.getTime() + 86_400_000);
    await sendDueDigests(ctx);
    const both = await pushed(daily);
    expect(both).toHaveLength(2);
    expect(both[1]?.cards?.map((c) => c.title)).toEqual(["Python scripts"]);
  });
});
