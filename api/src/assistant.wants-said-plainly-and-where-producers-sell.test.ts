/**
 * Issue 11, acceptance 4, for the classes session 35 fixed, FR and EN over HTTP, in wordings of no evaluation set: a
 * want said in the first person or with a budget is stored as a want at the budget, someone asked to be free for the
 * member's task is stored as a want of that task, and where a producer sells is left out of the title. Every check is
 * on what was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Gwen", "en", "Leeds");
  await m.register("Maiwenn", "fr", "Quimper");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a want said plainly", () => {
  it("EN: 'I want a mobile mechanic …, budget 60' is stored as a want at 60", async () => {
    const listing = await m.posted("Gwen", "I want a mobile mechanic to look at my van at home, budget 60, Leeds");
    expect(listing.kind).toBe("want");
    expect(listing.title.toLowerCase()).toBe("mobile mechanic");
    expect(listing.price?.amount).toBe(6000);
  });

  it("FR: 'je veux un plombier pour réparer mon évier, budget 80' is stored as a want at 80", async () => {
    const listing = await m.posted("Maiwenn", "je veux un plombier pour réparer mon évier, budget 80, Quimper");
    expect(listing.kind).toBe("want");
    expect(listing.title.toLowerCase()).toBe("plombier");
    expect(listing.price?.amount).toBe(8000);
  });
});

describe("someone asked to be free for the member's task", () => {
  it("EN: 'anyone available to trim my hedge this week, £25' is a want of the task, not a day rate on the profile", async () => {
    const listing = await m.posted("Gwen", "anyone available to trim my hedge this week, £25, Leeds");
    expect(listing.kind).toBe("want");
    expect(listing.title.toLowerCase()).toBe("trim my hedge");
    expect(listing.price).toMatchObject({ amount: 2500, currency: "GBP" });
  });

  it("FR: 'quelqu'un de dispo pour garder mon chat en août' is a want", async () => {
    const listing = await m.posted("Maiwenn", "quelqu'un de dispo pour garder mon chat en août, 10€ par jour, Quimper");
    expect(listing.kind).toBe("want");
    expect(listing.title.toLowerCase()).toMatch(/garder mon chat/);
  });
});

describe("where a producer sells", () => {
  it("FR: '… Vente à la ferme le mercredi après-midi' keeps the jam as the title", async () => {
    const listing = await m.posted("Maiwenn", "Confiture de mûres 5€ le pot. Vente à la ferme le mercredi après-midi, Quimper");
    expect(listing.title).toBe("Confiture de mûres");
    expect(listing.kind).toBe("offer");
  });

  it("EN: '… goat milk every day to give, farm near Leeds' keeps the milk as the title", async () => {
    const listing = await m.posted("Gwen", "I have 12 litres of goat milk every day to give, farm near Leeds");
    expect(listing.title).toBe("12 litres of goat milk");
    expect(listing.kind).toBe("offer");
  });
});
