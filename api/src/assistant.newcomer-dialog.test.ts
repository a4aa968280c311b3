/**
 * "Never act on a guess" and "never lose a message", as a newcomer found them from a fresh
 * clone (second round): each a REST conversation in French and English, asserted on the data
 * it leaves (the stored listing's title, description and price, which listing changed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members, type MyListing } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
});
afterAll(async () => {
  await t?.close();
});

/** Posts `turns` as a new member, says yes to a preview if one is shown, and returns the one listing stored. */
async function posted(who: string, locale: "fr" | "en", turns: string[]): Promise<MyListing> {
  await m.register(who, locale);
  for (const text of turns) await m.say(who, text);
  if ((await m.listings(who)).length === 0) await m.say(who, locale === "fr" ? "oui" : "yes");
  const listings = await m.listings(who);
  expect(listings).toHaveLength(1);
  return listings[0] as MyListing;
}

describe("a posting keeps in its description everything the member wrote that no field holds", () => {
  it("FR: 'quelques rayures sur le dessus' stays, with a condition, a price and a place read from the same line", async () => {
    const table = await posted("Ines", "fr", [
      "Je vends ma table basse en bois, 40 €, très bon état, quelques rayures sur le dessus, à Nantes",
    ]);
    expect(table.title).toBe("Table basse en bois");
    expect(table.price).toEqual({ amount: 4000, currency: "EUR" });
    expect(table.description).toContain("quelques rayures sur le dessus");
    // A detail the condition was read from is still the member's own words.
    const short = await posted("Ines2", "fr", ["Je vends ma table basse en bois 40 € à Nantes, quelques rayures"]);
    expect(short.description).toContain("quelques rayures");
  });

  it("FR: several sentences and a chatty text are kept whole; a detail said with the town the assistant asked for is kept too", async () => {
    const chest = await posted("Lou", "fr", [
      "Bonjour ! Je donne une commode en pin à Rennes. Il manque une poignée. À venir chercher avant samedi.",
    ]);
    expect(chest.price?.amount).toBe(0);
    expect(chest.description).toContain("Il manque une poignée.");
    expect(chest.description).toContain("À venir chercher avant samedi.");
    const answered = await posted("Lou2", "fr", ["Je vends ma table basse en bois, 40 €", "à Nantes, quelques rayures sur le dessus"]);
    expect(answered.location?.place).toBe("Nantes");
    expect(answered.description).toContain("quelques rayures sur le dessus");
  });

  it("FR: chosen after 'publier ou chercher ?', the posting keeps the words that stated it", async () => {
    const first = await m
      .register("Noe", "fr")
      .then(() => m.say("Noe", "table basse en bois 40 € à Nantes, quelques rayures sur le dessus"));
    expect(first.interpretation.intent).toBe("create_listing");
    await m.say("Noe", "je la vends");
    if ((await m.listings("Noe")).length === 0) await m.say("Noe", "oui");
    const [table] = await m.listings("Noe");
    expect(table?.title).toBe("Table basse en bois");
    expect(table?.description).toContain("quelques rayures sur le dessus");
  });

  it("EN: 'new tyres', 'works fine, small dent on the base' are kept, posted at once or after the town is asked", async () => {
    const bike = await posted("Owen", "en", ["selling a road bike in Lyon, new tyres"]);
    expect(bike.title).toBe("Road bike");
    expect(bike.description).toContain("new tyres");
    const lamp = await posted("Owen2", "en", ["selling my desk lamp 15 euros, works fine, small dent on the base", "in Lyon"]);
    expect(lamp.price).toEqual({ amount: 1500, currency: "EUR" });
    expect(lamp.description).toContain("works fine, small dent on the base");
    const answered = await posted("Owen3", "en", ["selling my desk lamp for 15 euros", "in Lyon please, it has a small dent on the base"]);
    expect(answered.location?.place).toBe("Lyon");
    expect(answered.description).toContain("small dent on the base");
  });

  it("EN: a long text in several sentences is kept whole; a posting that says nothing beyond its fields has no description", async () => {
    const ps4 = await posted("Pia", "en", [
      "Hi! Selling my old PS4 with two controllers for 120 euros in Paris. One controller's stick drifts a little. Cash only please, I can meet near Bastille.",
    ]);
    expect(ps4.price).toEqual({ amount: 12000, currency: "EUR" });
    expect(ps4.description).toContain("One controller's stick drifts a little.");
    expect(ps4.description).toContain("Cash only please, I can meet near Bastille.");
    const plain = await posted("Pia2", "en", ["selling my desk lamp for 15 euros in Lyon"]);
    expect(plain.description).toBe("");
  });
});
