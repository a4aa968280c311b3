/**
 * Issue 11, acceptance 4, for the classes session 44 fixed from the studied sets (stories told before or inside a
 * request, a task the member can do, a range of sizes, the weather): FR and EN over HTTP, in wordings of no evaluation
 * set; each test checks what is stored (or that nothing is).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { button, Members, type MyListing } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Solène", "fr", "Niort");
  await m.register("Declan", "en", "Derby");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a story told before the thing, or inside the request", () => {
  it("EN: 'Just finished redoing the bathroom. The old bathtub …' stores the bathtub, never the renovation", async () => {
    // (the engine asks whether to post or to search first: the member answers with the button)
    const asked = await m.say("Declan", "Just finished redoing the bathroom. The old bathtub is cast iron, 50 quid, Derby");
    const preview = await m.press("Declan", button(asked, "Post a listing"));
    await m.press("Declan", button(preview, "Post it"));
    const bath = (await m.listings("Declan"))[0] as MyListing;
    expect(bath).toMatchObject({ kind: "offer", price: { amount: 5000, currency: "GBP" } });
    expect(bath.title.toLowerCase()).toBe("old bathtub");
  });

  it("EN: 'looking for a bike for my son … after selling his car' posts a want of the bike, never a car for sale", async () => {
    const bike = await m.posted(
      "Declan",
      "Looking for a cheap bike for my son, he started uni after selling his car. Up to 100 quid, Derby",
    );
    expect(bike.kind).toBe("want");
    expect(bike.title.toLowerCase()).toBe("bike");
  });

  it("FR: 'je cherche une machine à coudre … après avoir vendu sa maison' posts a want of the machine", async () => {
    const machine = await m.posted(
      "Solène",
      "Je cherche une machine à coudre pour ma mère, elle s'installe chez nous après avoir vendu sa maison. 80€ max, Niort",
    );
    expect(machine.kind).toBe("want");
    expect(machine.title.toLowerCase()).toBe("machine à coudre");
  });
});

describe("a task the member can do, a range of sizes", () => {
  it("FR: 'j'habite niort, je peux promener des chiens le matin' offers the walks, titled with their verb", async () => {
    const walks = await m.posted("Solène", "j'habite niort, je peux promener des chiens le matin, 5€ la balade");
    expect(walks.kind).toBe("offer");
    expect(walks.title.toLowerCase()).toBe("promener des chiens");
  });

  it("EN: 'Giving away … sizes 2 to 5' stores the gift with no price of 5", async () => {
    const boots = await m.posted("Declan", "Giving away a bag of kids' football boots, sizes 2 to 5, in Derby");
    expect(boots.kind).toBe("offer");
    expect(boots.price?.amount ?? 0).toBe(0);
  });

  it("EN: 'how's the weather looking for saturday's bike ride' searches nothing and posts nothing", async () => {
    const before = (await m.listings("Declan")).length;
    const answer = await m.say("Declan", "how's the weather looking for saturday's bike ride near Leeds?");
    expect(answer.interpretation.intent).toBe("unknown");
    expect((await m.listings("Declan")).length).toBe(before);
  });
});
