/**
 * Issue 11, acceptance 4, for the classes session 37 fixed among members who resell clothes and electronics and offer
 * repairs (dev86, dev87), FR and EN over HTTP, in wordings of no evaluation set: an ad under warranty is posted at its
 * price; a repair is stored titled with its verb; a search ending with a size then a town finds what is there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Inès", "fr", "Lausanne");
  await m.register("Tariq", "en", "Bristol");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("clothes, electronics and repairs", () => {
  it("FR: an ad 'sous garantie jusqu'en juin, 380€' is read as a posting and stored at 380", async () => {
    const asked = await m.say("Inès", "Galaxy Tab S8 128Go, comme neuve, sous garantie jusqu'en juin, 380€ Lausanne");
    expect(asked.interpretation).toMatchObject({ intent: "create_listing", slots: { price: 38000 } });
    // (choosing the posting shows it to publish, or publishes it with an Undo)
    const chosen = await m.press("Inès", button(asked, /Publier une annonce/));
    const publish = button(chosen, /^Publier$/);
    if (publish) await m.press("Inès", publish);
    const stored = await t.core.db.prisma.listing.findMany({ where: { ownerId: m.id.Inès, title: { contains: "Galaxy" } } });
    expect(stored.map((row) => [row.kind, row.priceMinor])).toEqual([["offer", 38000]]);
  });

  it("EN: 'I fix laptops and phones, from £30, Bristol' is stored titled with its verb", async () => {
    const repair = await m.posted("Tariq", "I fix laptops and phones, from £30, Bristol");
    expect(repair).toMatchObject({ kind: "offer", price: { amount: 3000 }, location: { place: "Bristol" } });
    expect(repair.title.toLowerCase()).toBe("fix laptops and phones");
  });

  it("FR: 'jupe plissée T38 lausanne' searches Lausanne and finds the skirt posted there", async () => {
    await m.posted("Inès", "Vends jupe plissée T38 bleu marine, 15€, Lausanne");
    const found = await m.say("Tariq", "jupe plissée T38 lausanne");
    expect(found.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Lausanne" } });
    expect((found.replies[0]?.cards ?? []).map((card) => card.title.toLowerCase())).toContain("jupe plissée t38 bleu marine");
  });
});
