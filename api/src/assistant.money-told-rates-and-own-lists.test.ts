/**
 * Issue 11, acceptance 4, for the lines an independent review of session 36's rules found misread (fixed in session
 * 37), FR and EN over HTTP, in wordings of no evaluation set: money told as sent or judged posts nothing and offers
 * nothing to post; a rate changed goes to the profile at the new amount; what is given to whoever can take it is
 * stored as an offer; what is rented out is let; a sort asked of the member's own lists shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Gaëlle", "fr", "Lyon");
  await m.register("Owen", "en", "Bristol");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("money told, not asked", () => {
  it("FR: 'Julie m'a envoyé 25€ par Lydia hier' stores nothing and offers no posting", async () => {
    const before = await m.listings("Gaëlle");
    const told = await m.say("Gaëlle", "Julie m'a envoyé 25€ par Lydia hier");
    expect(told.interpretation.intent).not.toBe("create_listing");
    expect(button(told, /Publier une annonce|Post a listing/)).toBeUndefined();
    expect(await m.listings("Gaëlle")).toHaveLength(before.length);
  });

  it("EN: 'honestly £250 for that sofa is a rip off' stores nothing and offers no posting", async () => {
    const told = await m.say("Owen", "honestly £250 for that sofa is a rip off");
    expect(told.interpretation.intent).not.toBe("create_listing");
    expect(button(told, /Post a listing/)).toBeUndefined();
    expect(await m.listings("Owen")).toHaveLength(0);
  });
});

describe("a rate changed", () => {
  it("FR: 'mon tjm 650 au lieu de 600' stores 650 as the profile's day rate; EN: 'raise day rate to £550' stores 550", async () => {
    const fr = await m.say("Gaëlle", "mon tjm 650 au lieu de 600");
    expect(fr.interpretation).toMatchObject({ intent: "update_profile", slots: { dailyRate: 65000 } });
    const frProfile = await t.core.db.prisma.profile.findUnique({ where: { userId: m.id.Gaëlle } });
    expect(frProfile?.dailyRateMinor).toBe(65000);
    const en = await m.say("Owen", "raise day rate to £550");
    expect(en.interpretation).toMatchObject({ intent: "update_profile", slots: { dailyRate: 55000 } });
    const enProfile = await t.core.db.prisma.profile.findUnique({ where: { userId: m.id.Owen } });
    expect(enProfile).toMatchObject({ dailyRateMinor: 55000, rateCurrency: "GBP" });
    expect(await m.listings("Owen")).toHaveLength(0);
  });
});

describe("given to whoever can take it, rented out", () => {
  it("FR: 'qui peut récupérer mes pots de fleurs ? gratuit, Lyon' is stored as an offer at 0", async () => {
    const pots = await m.posted("Gaëlle", "qui peut récupérer mes pots de fleurs ? gratuit, Lyon");
    expect(pots).toMatchObject({ kind: "offer", price: { amount: 0 }, location: { place: "Lyon" } });
  });

  it("EN: 'I want to rent out my garage, £90 a month, Bristol' is stored as an offer titled 'garage'", async () => {
    const garage = await m.posted("Owen", "I want to rent out my garage, £90 a month, Bristol");
    expect(garage).toMatchObject({ kind: "offer", price: { amount: 9000 }, location: { place: "Bristol" } });
    expect(garage.title.toLowerCase()).toBe("garage");
  });
});

describe("an order asked of the member's own lists", () => {
  it("EN: 'my matches sort by distance' shows the matches; FR: 'mes messages tri par date' shows the conversations", async () => {
    expect((await m.say("Owen", "my matches sort by distance")).interpretation.intent).toBe("show_matches");
    expect((await m.say("Gaëlle", "mes messages tri par date")).interpretation.intent).toBe("show_conversations");
  });
});
