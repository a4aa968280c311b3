/**
 * Issue 11, acceptance 4, for the amounts members in West and Central Africa write (dev109): thousands grouped with a
 * space and no currency, the price of each. FR and EN over HTTP, in wordings of no evaluation set; each test checks
 * what is stored or searched.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Awa", "fr", "Cotonou");
  await m.register("Kwame", "en", "Kano");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("thousands as members write them", () => {
  it("FR: 'Vends chaises en plastique, 30 000 la pièce, Cotonou' stores 30 000, never 30", async () => {
    const chairs = await m.posted("Awa", "Vends chaises en plastique, 30 000 la pièce, Cotonou");
    expect(chairs.price?.amount).toBe(3_000_000);
  });

  it("EN: 'selling 3 bags of beans, 45000 each, Kano' stores 45 000", async () => {
    const beans = await m.posted("Kwame", "selling 3 bags of beans, 45000 each, Kano");
    expect(beans.price?.amount).toBe(4_500_000);
  });

  it("FR: 'moins de 35 000 l'unité' searches with a cap of 35 000", async () => {
    const answer = await m.say("Awa", "qqn vend des jantes de moto à Cotonou ? moins de 35 000 l'unité");
    expect(answer.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 3_500_000 } });
  });
});

describe("a money by its code", () => {
  it("EN: 'selling fresh eggs, 12000 RWF per tray, Kigali' stores 12 000 francs of Rwanda in Kigali, never a French town", async () => {
    const eggs = await m.posted("Kwame", "selling fresh eggs, 12000 RWF per tray, Kigali");
    expect(eggs).toMatchObject({ price: { amount: 1_200_000, currency: "RWF" }, location: { place: "Kigali" } });
  });
});
