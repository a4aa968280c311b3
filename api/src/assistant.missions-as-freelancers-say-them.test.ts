/**
 * Issue 11, acceptance 4, for the mission classes session 34 fixed, FR and EN over HTTP, in wordings of no evaluation
 * set: a "mandat" (Québec, Switzerland) finds missions; "star #2 pls" keeps the second mission shown; an application
 * made is then found when interviews or its status are asked. Every check is on what was found or stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  // (the demo data brings missions gathered from job boards to search)
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000", RELAIS_DEMO_DATA: "true" });
  m = new Members(t);
  await m.register("Mathis", "fr", "Montréal");
  await m.register("Erin", "en", "Dublin");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a 'mandat' is a mission", () => {
  it("FR: 'des mandats React en télétravail ?' shows missions, as 'des missions React en télétravail ?' does", async () => {
    const mandats = await m.say("Mathis", "des mandats React en télétravail ?");
    const missions = await m.say("Mathis", "des missions React en télétravail ?");
    expect(mandats.interpretation.intent).toBe("search_missions");
    expect(mandats.replies[0]?.cards?.length).toBeGreaterThan(0);
    expect(mandats.replies[0]?.cards?.map((c) => c.title)).toEqual(missions.replies[0]?.cards?.map((c) => c.title));
  });
});

describe("missions kept and applications asked about", () => {
  it("EN: 'star #2 pls' keeps the second mission; after applying, 'any interviews scheduled?' shows that application", async () => {
    const found = await m.say("Erin", "any remote gigs?");
    expect(found.interpretation.intent).toBe("search_missions");
    const second = found.replies[0]?.cards?.[1]?.title as string;
    expect(second).toBeTruthy();
    const kept = await m.say("Erin", "star #2 pls");
    expect(kept.interpretation).toMatchObject({ intent: "save_mission", slots: { ref: 2 } });
    expect(JSON.stringify((await m.say("Erin", "my saved missions")).replies)).toContain(second);
    const saved = await t.core.db.prisma.savedMission.findMany({ where: { userId: m.id.Erin }, include: { mission: true } });
    expect(saved.map((row) => row.mission.title)).toEqual([second]);
    await m.say("Erin", "any remote gigs?");
    const applying = await m.say("Erin", "apply to the second one");
    await m.confirm("Erin", applying);
    const applications = await t.core.db.prisma.application.findMany({ where: { userId: m.id.Erin }, include: { mission: true } });
    expect(applications.map((row) => row.mission.title)).toEqual([second]);
    const asked = await m.say("Erin", "any interviews scheduled?");
    expect(asked.interpretation.intent).toBe("show_applications");
    expect(JSON.stringify(asked.replies)).toContain(second);
  });
});

describe("applications asked for and asked about in a sentence (session 42)", () => {
  it("FR: 'inscris-moi sur la 2e mission' applies to the second shown; 'j'ai candidaté … ça en est où ?' shows it and applies to nothing more", async () => {
    await m.register("Léa", "fr", "Lyon");
    const found = await m.say("Léa", "des missions en remote ?");
    const second = found.replies[0]?.cards?.[1]?.title as string;
    expect(second).toBeTruthy();
    const asked = await m.say("Léa", "inscris-moi sur la 2e mission");
    expect(asked.interpretation).toMatchObject({ intent: "apply_mission", slots: { ref: 2 } });
    await m.confirm("Léa", asked);
    const applied = await t.core.db.prisma.application.findMany({ where: { userId: m.id.Léa }, include: { mission: true } });
    expect(applied.map((row) => row.mission.title)).toEqual([second]);
    const status = await m.say("Léa", "j'ai candidaté à une mission la semaine passée et toujours rien, ça en est où ?");
    expect(status.interpretation.intent).toBe("show_applications");
    expect(JSON.stringify(status.replies)).toContain(second);
    expect(await t.core.db.prisma.application.count({ where: { userId: m.id.Léa } })).toBe(1);
  });
});

describe("whom the work is for and how long it lasts are no words of it (session 43)", () => {
  it("FR: 'des missions de community manager pour des clubs de foot ?' searches community management and finds the mission", async () => {
    const found = await m.say("Mathis", "y a des missions de community manager pour des clubs de foot ?");
    expect(found.interpretation).toMatchObject({ intent: "search_missions", slots: { q: "community manager" } });
    expect(found.replies[0]?.cards?.map((c) => c.title)).toContain("Community manager freelance");
  });

  it("EN: 'looking for short product design missions' searches 'product design', never 'short'", async () => {
    const found = await m.say("Erin", "looking for short product design missions");
    expect(found.interpretation).toMatchObject({ intent: "search_missions", slots: { q: "product design" } });
    expect(found.replies[0]?.cards?.map((c) => c.title)).toContain("Product designer UX/UI");
  });
});

describe("a floor on a day rate (session 43)", () => {
  it("EN: 'data engineer, full remote, min 500 a day' searches missions paying that much, and sets no rate on the profile", async () => {
    const found = await m.say("Erin", "data engineer, full remote, min 500 a day");
    expect(found.interpretation).toMatchObject({ intent: "search_missions", slots: { minRate: 50000 } });
    expect(found.replies[0]?.cards?.length ?? 0).toBeGreaterThan(0);
    const profile = await t.core.db.prisma.profile.findUnique({ where: { userId: m.id.Erin } });
    expect(profile?.dailyRateMinor ?? null).toBeNull();
  });
});
