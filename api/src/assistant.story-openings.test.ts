/**
 * Issue 11, acceptance 4, for the class session 28 fixed, FR and EN over HTTP, in wordings of no evaluation set: a
 * posting that opens with someone of the member's life doing something ("my sister made way too many candles", "mon
 * coloc est parti et m'a laissé son micro-ondes") is titled by the thing, never by that person and their verb. Every
 * check is on the listing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Nadia", "fr");
  await m.register("Liam", "en");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a posting opened by someone's story", () => {
  it("FR: 'mon coloc est parti et m'a laissé son micro-ondes, 20€, Liège' offers the microwave", async () => {
    const listing = await m.posted("Nadia", "mon coloc est parti et m'a laissé son micro-ondes, 20€, Liège");
    expect(listing).toMatchObject({ kind: "offer", price: { amount: 2000 }, location: { place: "Liège" } });
    expect(listing.title.toLowerCase()).toBe("micro-ondes");
  });

  it("FR: 'ma grand-mère a fait trop de confitures, 4€ le pot, Tours' offers the jam", async () => {
    const listing = await m.posted("Nadia", "ma grand-mère a fait trop de confitures, 4€ le pot, Tours");
    expect(listing).toMatchObject({ kind: "offer", price: { amount: 400 }, location: { place: "Tours" } });
    expect(listing.title.toLowerCase()).toBe("confitures");
  });

  it("EN: 'my sister made way too many candles, £8 each, Leeds' offers the candles", async () => {
    const listing = await m.posted("Liam", "my sister made way too many candles, £8 each, Leeds");
    expect(listing).toMatchObject({ kind: "offer", price: { amount: 800 }, location: { place: "Leeds" } });
    expect(listing.title.toLowerCase()).toBe("candles");
  });

  it("EN: 'our neighbour gave us way too many zucchini, free, York' gives the zucchini away", async () => {
    const listing = await m.posted("Liam", "our neighbour gave us way too many zucchini, free, York");
    expect(listing).toMatchObject({ kind: "offer", location: { place: "York" } });
    expect(listing.title.toLowerCase()).toBe("zucchini");
    expect(listing.price?.amount ?? 0).toBe(0);
  });
});
