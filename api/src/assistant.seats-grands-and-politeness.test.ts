/**
 * Issue 11, acceptance 4, for the classes session 34 fixed, FR and EN over HTTP, in wordings of no evaluation set: a
 * town followed only by politeness is where the listing is, a currency code after a comma prices the listing (not the
 * size before it), "a grand" is a thousand, seats left in one's car are a ride offered, a report said last is stored,
 * and a skill put in after one taken out is added. Every check is on what was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Siobhan", "en", "Galway");
  await m.register("Valentin", "fr", "Namur");
  await m.register("SuperDeals", "fr");
  await m.register("Kevin", "en");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a town followed only by politeness", () => {
  it("FR: '…, 35 euros, Dinant svp' is in Dinant (the member lives in Namur)", async () => {
    const listing = await m.posted("Valentin", "Vends trottinette enfant, 35 euros, Dinant svp");
    expect(listing.location?.place).toMatch(/Dinant/);
    expect(listing.price?.amount).toBe(3500);
  });

  it("EN: '…, 20 euros, Athlone thanks' is in Athlone (the member lives in Galway)", async () => {
    const listing = await m.posted("Siobhan", "Selling a hurley and helmet, 20 euros, Athlone thanks");
    expect(listing.location?.place).toMatch(/Athlone/);
  });
});

describe("prices as parents write them", () => {
  it("EN: 'skates size 36.5, CHF 30' stores 30 francs and keeps the size in the title; 'a grand ono' stores 1,000", async () => {
    const skates = await m.posted("Siobhan", "selling ice skates size 36.5, CHF 30, Galway");
    expect(skates.price).toMatchObject({ amount: 3000, currency: "CHF" });
    expect(skates.title).toMatch(/36\.5/);
    const piano = await m.posted("Siobhan", "Selling the upright piano, a grand ono, Galway");
    expect(piano.price?.amount).toBe(100000);
    expect(piano.title.toLowerCase()).toBe("upright piano");
  });
});

describe("seats left in the member's car", () => {
  it("FR: 'covoit pour le match à Namur samedi, il me reste 3 places' posts a ride offered", async () => {
    const ride = await m.posted("Valentin", "covoit pour le match de hockey à Namur samedi 14h, il me reste 3 places, qui est intéressé ?");
    expect(ride.kind).toBe("offer");
    expect(ride.title.toLowerCase()).toMatch(/^covoit pour le match de hockey/);
    expect(ride.location?.place).toMatch(/Namur/);
  });

  it("EN: '2 seats left in my car to the gala in Galway' posts a ride offered", async () => {
    const ride = await m.posted("Siobhan", "2 seats left in my car to the swim gala in Galway on sunday, anyone?");
    expect(ride.kind).toBe("offer");
  });
});

describe("a report said last", () => {
  it("FR: 'SuperDeals poste … 20 fois par jour, je le signale' → oui stores a spam report", async () => {
    const said = await m.say("Valentin", "SuperDeals poste la même annonce 20 fois par jour, je le signale");
    expect(said.interpretation).toMatchObject({ intent: "report_user", slots: { recipient: "SuperDeals", reason: "spam" } });
    await m.confirm("Valentin", said);
    const report = await t.core.db.prisma.report.findFirst({ where: { reporterId: m.id.Valentin, targetUserId: m.id.SuperDeals } });
    expect(report?.reason, allText(said)).toBe("spam");
  });

  it("EN: 'reporting Kevin, he sells fake tickets' → yes stores a scam report", async () => {
    const said = await m.say("Siobhan", "reporting Kevin, he sells fake tickets");
    expect(said.interpretation).toMatchObject({ intent: "report_user", slots: { recipient: "Kevin", reason: "scam" } });
    await m.confirm("Siobhan", said);
    const report = await t.core.db.prisma.report.findFirst({ where: { reporterId: m.id.Siobhan, targetUserId: m.id.Kevin } });
    expect(report?.reason, allText(said)).toBe("scam");
  });
});

describe("a skill put in after one taken out", () => {
  it("FR: 'enlève wordpress de mes compétences et mets vue' leaves vue and docker", async () => {
    await m.say("Valentin", "ajoute wordpress et docker à mes compétences");
    const said = await m.say("Valentin", "enlève wordpress de mes compétences et mets vue");
    expect(said.interpretation).toMatchObject({ intent: "update_profile", slots: { skills: ["vue"], removeSkills: ["wordpress"] } });
    await m.confirm("Valentin", said);
    const profile = await t.core.db.prisma.profile.findUnique({ where: { userId: m.id.Valentin } });
    expect([...(profile?.skills ?? [])].sort()).toEqual(["docker", "vue"]);
  });

  it("EN: 'remove wordpress from my skills and put vue' leaves vue and docker", async () => {
    await m.say("Siobhan", "add wordpress and docker to my skills");
    const said = await m.say("Siobhan", "remove wordpress from my skills and put vue");
    await m.confirm("Siobhan", said);
    const profile = await t.core.db.prisma.profile.findUnique({ where: { userId: m.id.Siobhan } });
    expect([...(profile?.skills ?? [])].sort()).toEqual(["docker", "vue"]);
  });
});
