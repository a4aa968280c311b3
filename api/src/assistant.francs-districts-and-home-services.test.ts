/**
 * Issue 11, acceptance 4, for the classes session 34 found among African, Caribbean and diaspora members, FR and EN
 * over HTTP, in wordings of no evaluation set: francs CFA written "3000f" or "2 bâtons" are stored as such, a district
 * or a short name places the listing in its town, a service done at home is posted (Montreuil was read as "montre"),
 * and selling said in Wolof posts the thing. Every check is on what was stored or found.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardTitles, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Aminata", "fr", "Dakar");
  await m.register("Kofi", "en", "London");
  await m.register("Rodrigue", "fr", "Douala");
  await m.register("promo-wax-pas-cher", "fr");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("francs CFA as they are written", () => {
  it("FR: 'ventilateur 15000f, Yaoundé' stores 15,000 francs CFA of central Africa", async () => {
    const listing = await m.posted("Rodrigue", "vends ventilateur 15000f, Yaoundé");
    expect(listing.price).toMatchObject({ amount: 1500000, currency: "XAF" });
    expect(listing.location?.place).toMatch(/Yaound/);
  });

  it("FR: '2 bâtons' stores two million francs CFA", async () => {
    const listing = await m.posted("Rodrigue", "je vends ma Toyota Yaris 2012, 2 bâtons à débattre, Douala");
    expect(listing.price).toMatchObject({ amount: 200000000, currency: "XAF" });
  });
});

describe("districts and short names", () => {
  it("FR: a listing in Yopougon is in Abidjan, and 'à abj' finds it", async () => {
    const listing = await m.posted("Aminata", "vends machine à coudre Singer 45000 FCFA, Yopougon");
    expect(listing.location?.place).toBe("Abidjan");
    const found = await m.say("Rodrigue", "machine à coudre à abj ?");
    expect(found.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Abidjan" } });
    expect(cardTitles(found)).toContain("machine à coudre singer");
  });

  it("EN: a listing in Tooting is in London", async () => {
    const listing = await m.posted("Kofi", "selling my old laptop, 200 quid, Tooting");
    expect(listing.location?.place).toBe("London");
  });
});

describe("a service done at home", () => {
  it("FR: 'tresses à domicile sur Montreuil, à partir de 50 balles' posts the hairdresser's offer in Montreuil", async () => {
    const listing = await m.posted("Aminata", "tresses à domicile sur Montreuil, box braids à partir de 50 balles, dispo le week end");
    expect(listing.kind).toBe("offer");
    expect(listing.price?.amount).toBe(5000);
    expect(listing.location?.place).toMatch(/Montreuil/);
  });

  it("EN: 'mobile hairdresser, home visits, from £30, Lewisham' posts the offer", async () => {
    const listing = await m.posted("Kofi", "braids and cornrows, home visits, from £30, Lewisham");
    expect(listing.kind).toBe("offer");
    expect(listing.price?.amount).toBe(3000);
  });
});

describe("selling said in Wolof", () => {
  it("FR: 'Salamalekum, dama jaay bazin riche …' posts the bazin, not the greeting", async () => {
    const listing = await m.posted("Aminata", "Salamalekum, dama jaay bazin riche 10 yards 35 000 FCFA, Dakar");
    expect(listing.title.toLowerCase()).toBe("bazin riche 10 yards");
    expect(listing.kind).toBe("offer");
    expect(listing.price).toMatchObject({ amount: 3500000, currency: "XOF" });
  });
});

describe("what only a seller says, and a handle reported", () => {
  it("EN: 'DJ for weddings …, price negotiable' posts an offer", async () => {
    const listing = await m.posted("Kofi", "DJ for weddings & birthdays, sound + lights, amapiano, London area, price negotiable");
    expect(listing.kind).toBe("offer");
    expect(listing.title.toLowerCase()).toBe("dj for weddings & birthdays");
  });

  it("FR: 'signale le compte promo-wax-pas-cher, il poste la même pub 20 fois par jour' → oui stores a spam report", async () => {
    const said = await m.say("Aminata", "signale le compte promo-wax-pas-cher, il poste la même pub 20 fois par jour");
    expect(said.interpretation).toMatchObject({ intent: "report_user", slots: { recipient: "promo-wax-pas-cher", reason: "spam" } });
    await m.confirm("Aminata", said);
    const report = await t.core.db.prisma.report.findFirst({
      where: { reporterId: m.id.Aminata, targetUserId: m.id["promo-wax-pas-cher"] },
    });
    expect(report?.reason).toBe("spam");
  });
});
