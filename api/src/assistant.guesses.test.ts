/**
 * Issue 12, principles 1 and 2 (rows A1–A9, A46 of TRIED-AS-A-NEW-USER.md): a posting is
 * published at once only when every field was stated; otherwise the member sees a preview
 * (Publier / Modifier) that text corrections edit. Fields are read as people mean them: numbers
 * of an address, a size or a quantity are not prices, "50e" and "120 bucks" are, a giveaway is
 * free, the title is the item phrase (capitalised, accented), the full text is the description,
 * the category comes from what the item is. Asserted on the listings over REST.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  for (const [name, locale] of [
    ["Jake", "en"],
    ["Camille", "fr"],
    ["Sofia", "fr"],
    ["Nina", "en"],
    ["Lea", "fr"],
  ] as const)
    await m.register(name, locale);
});
afterAll(async () => {
  await t?.close();
});

describe("A1: the number of an address is not a price; money said without its currency is the place's, shown first", () => {
  it("'120 bucks … pick up in Lyon 7' is 120 € in Lyon 7e, shown before it is posted, the currency said", async () => {
    const preview = await m.say("Jake", "selling my fender acoustic guitar, 120 bucks, like new, pick up in Lyon 7");
    expect(await m.listings("Jake")).toEqual([]);
    expect(allText(preview)).toContain("Fender acoustic guitar");
    expect(allText(preview)).toContain("€120: you named no currency, so it is the one used there.");
    await m.press("Jake", button(preview, "Post it"));
    const [guitar] = await m.listings("Jake");
    expect(guitar).toMatchObject({
      title: "Fender acoustic guitar",
      price: { amount: 12000, currency: "EUR" },
      location: { place: "Lyon 7e" },
    });
    expect(guitar?.category.slug).toBe("music-instruments");
  });
  it("another wording: '80 quid, collection from Paris 11' is £80 (quid names pounds) in Paris 11e; 'in pounds' keeps it", async () => {
    const preview = await m.say("Nina", "selling my old road bike for 80 quid, collection from Paris 11 only");
    expect(allText(preview)).not.toContain("11,00");
    expect(allText(preview)).toContain("£80");
    expect(allText(preview)).not.toContain("named no currency");
    expect(await m.listings("Nina")).toEqual([]);
    const corrected = await m.say("Nina", "in pounds actually");
    expect(allText(corrected)).toContain("£80");
    expect(allText(corrected)).not.toContain("named no currency");
    await m.say("Nina", "yes");
    const [bike] = await m.listings("Nina");
    expect(bike?.price).toEqual({ amount: 8000, currency: "GBP" });
    expect(bike?.location?.place).toBe("Paris 11e");
  });
  it.each([
    ["Zoe", "je vends ma perceuse cent balles à Villeurbanne", 10000, "EUR"],
    ["Hugo", "vends mon vélo 200 balles à Genève", 20000, "CHF"],
  ])("FR %s: '%s' is %i in %s, previewed", async (who, said, amount, currency) => {
    await m.register(who, "fr");
    const preview = await m.say(who, said);
    expect(await m.listings(who)).toEqual([]);
    expect(allText(preview)).toMatch(/ : vous n'avez pas nommé la monnaie, c'est celle du lieu\./);
    await m.say(who, "oui");
    const [posted] = await m.listings(who);
    expect(posted?.price).toEqual({ amount, currency });
  });
  it("a price named with its currency is not questioned: '150 € à Lyon 3e' says nothing of the currency", async () => {
    await m.register("Paul", "fr");
    const answer = await m.say("Paul", "je vends une lampe de bureau 15 € à Lyon 3e");
    expect(allText(answer)).not.toContain("monnaie");
  });
  it("'change the price to 90 bucks' on a listing in euros keeps euros", async () => {
    await m.say("Jake", "change the price to 90 bucks");
    const [guitar] = await m.listings("Jake");
    expect(guitar?.price).toEqual({ amount: 9000, currency: "EUR" });
  });
});

describe("A2: a giveaway is free, and what the member said is kept", () => {
  it("'je donne des livres … lyon 3' is free in Lyon 3e with the details in the description", async () => {
    await m.say("Camille", "je donne des livres de poche, une vingtaine, romans policiers, dispo à lyon 3");
    expect(await m.listings("Camille")).toEqual([]);
    await m.say("Camille", "oui");
    const [books] = await m.listings("Camille");
    expect(books).toMatchObject({ title: "Livres de poche", price: { amount: 0 }, location: { place: "Lyon 3e" } });
    expect(books?.description).toContain("romans policiers");
    expect(books?.category.slug).toBe("books");
  });
  it("another wording: 'à donner : une poussette, bon état, Villeurbanne' is free", async () => {
    const answer = await m.say("Lea", "à donner : une poussette en bon état à Villeurbanne");
    if ((await m.listings("Lea")).length === 0) await m.press("Lea", button(answer, "Publier"));
    const [stroller] = await m.listings("Lea");
    expect(stroller).toMatchObject({ title: "Poussette", price: { amount: 0 }, location: { place: "Villeurbanne" } });
  });
});

describe("A3: a quantity is not a price", () => {
  it("another wording: 'someone to help me carry a sofa up 3 floors' has no price (floors are no money)", async () => {
    await m.register("Theo", "en", "Lyon");
    await m.say("Theo", "post a want");
    const answer = await m.say("Theo", "someone to help me carry a sofa up 3 floors");
    expect(answer.interpretation.slots.price).toBeUndefined();
    if ((await m.listings("Theo")).length === 0) await m.press("Theo", button(answer, "Post it"));
    const [want] = await m.listings("Theo");
    expect(want?.kind).toBe("want");
    expect(want?.price ?? null).toBeNull();
  });
  it("'a camping tent for 2 people' in a want has no price", async () => {
    await m.say("Nina", "post a want");
    await m.say("Nina", "a camping tent for 2 people");
    const answer = await m.say("Nina", "Lyon");
    if (!(await m.listings("Nina")).some((l) => l.kind === "want")) await m.press("Nina", button(answer, "Post it"));
    const tent = (await m.listings("Nina")).find((l) => l.kind === "want");
    expect(tent?.price ?? null).toBeNull();
    expect(tent?.title).toBe("Camping tent for 2 people");
  });
});

describe("A4: '50e' is 50 €, and the title is the item", () => {
  it("'table a vendre 50e lyon' is « Table », 50 €, Lyon, answered in French", async () => {
    const answer = await m.say("Sofia", "table a vendre 50e lyon");
    if ((await m.listings("Sofia")).length === 0) await m.say("Sofia", "oui");
    const [table] = await m.listings("Sofia");
    expect(table).toMatchObject({ title: "Table", price: { amount: 5000 }, location: { place: "Lyon" } });
    expect(table?.category.slug).toBe("furniture");
    expect(allText(answer)).toMatch(/publi/i);
  });
});

describe("A6: the category comes from what the item is", () => {
  it("a sewing machine is a home appliance; a skateboard is sport, not the root 'goods'", async () => {
    const first = await m.say("Lea", "publie une demande : une machine a coudre à Villeurbanne");
    if (!(await m.listings("Lea")).some((l) => l.kind === "want")) await m.press("Lea", button(first, "Publier"));
    const want = (await m.listings("Lea")).find((l) => l.kind === "want");
    expect(want?.title).toBe("Machine à coudre");
    expect(want?.category.slug).toBe("home-appliances");
    const skate = await m.say("Sofia", "je vends mon skateboard complet 40 € à Vénissieux");
    if ((await m.listings("Sofia")).length < 2) await m.press("Sofia", button(skate, "Publier"));
    const board = (await m.listings("Sofia")).find((l) => l.title.startsWith("Skateboard"));
    expect(board?.category.slug).toBe("sports-outdoors");
  });
});

describe("A7: the full text is the description; 'X ou Y' is either; a possible swap publishes no want", () => {
  it("publishes one offer titled with the item phrase after a preview, no want", async () => {
    const preview = await m.say(
      "Camille",
      "Bonjour ! Je vends une table en chêne massif, 6 places, 180x90 cm, quelques rayures sur le plateau mais très solide. Je la laisse à 150 euros, à récupérer à Lyon 3e. Possibilité d'échanger contre une bibliothèque ou un bureau.",
    );
    expect((await m.listings("Camille")).map((l) => l.title)).toEqual(["Livres de poche"]);
    expect(allText(preview)).toContain("150");
    await m.press("Camille", button(preview, "Publier"));
    const all = await m.listings("Camille");
    expect(all.map((l) => l.title).sort()).toEqual(["Livres de poche", "Table en chêne massif 6 places"]);
    const table = all.find((l) => l.title.startsWith("Table"));
    expect(table).toMatchObject({ kind: "offer", price: { amount: 15000 }, location: { place: "Lyon 3e" } });
    expect(table?.description).toContain("180x90 cm");
    expect(table?.description).toContain("ou un bureau");
  });
});

describe("Principle 1: a correction edits the previewed draft; nothing is written until 'publier'", () => {
  it("'non le prix c'est 120' then 'titre : …' then 'oui' publishes the corrected draft once", async () => {
    await m.register("Hugo", "fr");
    const preview = await m.say("Hugo", "je vends mon vieux vélo, il a 3 ans, 90 € à Lyon");
    expect(await m.listings("Hugo")).toEqual([]);
    expect(allText(preview)).toContain("Je publie");
    const corrected = await m.say("Hugo", "non le prix c'est 120");
    expect(allText(corrected)).toContain("120");
    await m.say("Hugo", "titre : Vélo de ville Peugeot");
    expect(await m.listings("Hugo")).toEqual([]);
    const done = await m.say("Hugo", "oui");
    expect(allText(done)).toContain("Vélo de ville Peugeot");
    const listings = await m.listings("Hugo");
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({ title: "Vélo de ville Peugeot", price: { amount: 12000 }, location: { place: "Lyon" } });
  });
  it("'annule' drops the draft: nothing is written", async () => {
    await m.register("Ines", "fr");
    await m.say("Ines", "je vends un skate, 2 roues à changer, 15 € à Lyon");
    await m.say("Ines", "annule");
    await m.say("Ines", "oui");
    expect(await m.listings("Ines")).toEqual([]);
  });
  it("a fully stated posting is published at once, with an undo button that removes it", async () => {
    await m.register("Owen", "en");
    const posted = await m.say("Owen", "selling my desk lamp for 15 euros in Paris");
    expect((await m.listings("Owen")).map((l) => l.title)).toEqual(["Desk lamp"]);
    await m.press("Owen", button(posted, "Undo"));
    expect(await m.listings("Owen")).toEqual([]);
  });
});
