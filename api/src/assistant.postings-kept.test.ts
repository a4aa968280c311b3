/**
 * Postings that this session's new reading rules turned into something else (review, session 9),
 * asserted on the listing each leaves, in French and English:
 * - how the member's own things are arranged ("BD classées par série", "records sorted by genre")
 *   is no order of search results: the line still posts;
 * - "mon vélo pour un enfant de 8 ans" / "my old bike for a kid" says whom it suits: no swap for a child;
 * - "enfin non je le donne" / "I mean it is really comfy" take no thing back: the sofa stays the title;
 * - "mon expérience de plongée" is the thing offered; only "10 ans d'expérience" is the member's;
 * - a posting or a search that names a category after a hello ("Bonjour, je vends …", "Hi, I am
 *   selling …", "hey there, looking for …", "j'ai … à vendre") moves none of the member's listings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  await m.register("Maëlle", "fr", "Nantes");
  await m.register("Harriet", "en", "Leeds");
});
afterAll(async () => {
  await t?.close();
});

describe("postings read as postings, with the thing the member offers", () => {
  it("FR: 'je vends ma collection de BD classées par série' posts the collection (no search); 'pour un enfant' is no swap; 'enfin non je le donne' keeps the sofa; 'mon expérience de plongée' is the thing", async () => {
    const comics = await m.posted("Maëlle", "je vends ma collection de BD classées par série, 5 € pièce");
    expect(comics).toMatchObject({ kind: "offer", price: { amount: 500, currency: "EUR" } });
    expect(comics.title).toMatch(/^Collection de BD/);

    const bike = await m.posted("Maëlle", "mon vélo pour un enfant de 8 ans, 40 €");
    expect(bike).toMatchObject({ kind: "offer", price: { amount: 4000, currency: "EUR" } });
    expect(bike.title).toMatch(/^Vélo/);
    expect(`${bike.title} ${bike.description}`).not.toMatch(/échanger|échange/);

    const sofa = await m.posted("Maëlle", "je vends mon canapé, enfin non je le donne");
    expect(sofa.title).toBe("Canapé");

    const diving = await m.posted("Maëlle", "je vends mon expérience de plongée 80 €, bon cadeau");
    expect(diving.title).toMatch(/^Expérience de plongée/);
  });

  it("EN: 'records sorted by genre' posts the records (no search); 'for a kid' is no swap; 'I mean it is really comfy' keeps the sofa", async () => {
    const records = await m.posted("Harriet", "selling my vinyl records, sorted by genre, £5 each");
    expect(records).toMatchObject({ kind: "offer", price: { amount: 500, currency: "GBP" } });
    expect(records.title).toMatch(/^Vinyl records/);

    const bike = await m.posted("Harriet", "my old bike for a kid, 40 quid");
    expect(bike).toMatchObject({ kind: "offer", price: { amount: 4000, currency: "GBP" } });
    expect(`${bike.title} ${bike.description}`).not.toMatch(/swap/i);

    const sofa = await m.posted("Harriet", "selling my sofa, i mean it is really comfy, 100 quid");
    expect(sofa).toMatchObject({ title: "Sofa", price: { amount: 10000, currency: "GBP" } });
  });
});

describe("a posting or a search that names a category, after a hello", () => {
  it.each([
    [
      "Maëlle",
      "je vends mon bureau 40 €",
      [
        ["Bonjour, je vends ma lampe de bureau 15 € dans la catégorie électronique", "create_listing"],
        ["Salut ! je cherche une lampe de bureau dans la catégorie électronique", "search_listings"],
        ["J'ai une lampe de bureau à vendre, catégorie : électronique", "create_listing"],
      ],
    ],
    [
      "Harriet",
      "selling my desk for £40",
      [
        ["Hi, I am selling my desk lamp in the electronics category", "create_listing"],
        ["hey there, looking for a desk lamp in the electronics category", "search_listings"],
        ["I have a desk lamp for sale, category: electronics", "create_listing"],
      ],
    ],
  ])("%s: moves none of the member's listings to that category", async (who, posting, lines) => {
    const desk = await m.posted(who, posting);
    expect(desk.category.slug).toBe("furniture");
    for (const [line, intent] of lines) {
      const answer = await m.say(who, line as string);
      expect(answer.interpretation.intent, line).toBe(intent);
      await m.say(who, "annule");
    }
    const after = (await m.listings(who)).find((listing) => listing.id === desk.id);
    expect(after?.category.slug).toBe("furniture");
  });
});

describe("a second posting, and the Publish button's words typed, while a draft waits", () => {
  it.each([
    [
      "Maëlle",
      "je vends mon bureau d'angle 40 €",
      "je vends ma lampe de chevet 20 €",
      "Publier",
      "Bureau d'angle",
      4000,
      "Lampe de chevet",
    ],
    ["Harriet", "selling my corner desk for £40", "selling my bedside lamp for £20", "Post it", "Corner desk", 4000, "Bedside lamp"],
  ])(
    "%s: the second posting leaves the first draft's price alone, and the typed label publishes",
    async (who, first, second, typed, title, price, lamp) => {
      const before = (await m.listings(who)).length;
      await m.say(who, first);
      const another = await m.say(who, second);
      expect(another.interpretation.intent).toBe("create_listing");
      // the lamp's own preview, the desk's draft still at its price
      expect(allText(another)).toContain(lamp);
      expect(allText(another)).not.toMatch(/20 €, Nantes|£20, Leeds.*Corner|Bureau d'angle », offre, 20/);
      await m.say(who, "annule");
      await m.say(who, first);
      const published = await m.say(who, typed);
      expect(published.interpretation.intent).toBe("create_listing");
      const listings = await m.listings(who);
      expect(listings).toHaveLength(before + 1);
      const [desk] = listings;
      expect(desk?.title).toBe(title);
      expect(desk?.price?.amount).toBe(price);
      expect(desk?.location?.place).not.toMatch(/Publier/);
    },
  );
});
