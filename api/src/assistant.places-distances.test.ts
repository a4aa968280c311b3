/**
 * Issue 11, places and distances as people write them, over HTTP in French and English: the
 * radius said ("dans un rayon de 50 bornes", "within 10 miles") is the one the search applies, a
 * journey's time or "walking distance" applies none (the default radius stays), and neither
 * becomes a price or words searched for; a district ("Wazemmes", "Clapham") is its town, for the
 * listing stored and for the search — asserted on the listings kept and shown.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssistantAnswer, allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let members: Members;

const shown = (turn: AssistantAnswer) => (turn.replies[0]?.cards ?? []).map((c) => c.title.toLowerCase()).sort();

beforeAll(async () => {
  t = await startTestApi();
  members = new Members(t);
  await members.register("Seller", "fr");
  await members.register("Camille Roux", "fr");
  await members.register("Nora Hale", "en");
  // Lyon, Villeurbanne (5 km away), Bourgoin-Jallieu (about 40 km), Grenoble (about 95 km)
  await members.postAll("Seller", [
    "je vends un vélo cargo rouge 900 € à Lyon",
    "je vends un vélo cargo bleu 800 € à Villeurbanne",
    "je vends un vélo cargo vert 700 € à Bourgoin-Jallieu",
    "je vends un vélo cargo noir 600 € à Grenoble",
  ]);
});
afterAll(async () => {
  await t?.close();
});

describe("a radius said in words people use", () => {
  it("'dans un rayon de 50 bornes autour de Lyon' finds what is within 50 km and nothing farther (FR)", async () => {
    const turn = await members.say("Camille Roux", "des vélos cargo dans un rayon de 50 bornes autour de Lyon ?");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { radiusKm: 50, place: "Lyon" } });
    expect(shown(turn)).toEqual(["vélo cargo bleu", "vélo cargo rouge", "vélo cargo vert"]);
    expect(allText(turn)).toContain("dans un rayon de 50 km autour de Lyon");
  });

  it("'within 10 miles of Lyon' searches 16 km around Lyon (EN)", async () => {
    const turn = await members.say("Nora Hale", "any cargo bikes within 10 miles of Lyon?");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { radiusKm: 16, place: "Lyon" } });
    expect(shown(turn)).toEqual(["vélo cargo bleu", "vélo cargo rouge"]);
    expect(allText(turn)).toContain("within 16 km of Lyon");
  });
});

describe("a journey's time or a walk is no radius", () => {
  it("'à moins de 30 minutes de Lyon' searches Lyon with the default radius, no price and no 'minutes' in the words (FR)", async () => {
    await members.say("Camille Roux", "annule");
    const turn = await members.say("Camille Roux", "je cherche un vélo cargo à moins de 30 minutes de Lyon");
    expect(turn.interpretation.intent).toBe("search_listings");
    expect(turn.interpretation.slots).not.toHaveProperty("radiusKm");
    expect(turn.interpretation.slots).not.toHaveProperty("maxPrice");
    expect(shown(turn)).toEqual(["vélo cargo bleu", "vélo cargo rouge"]);
  });

  it("'within walking distance of Lyon' searches Lyon with the default radius (EN)", async () => {
    await members.say("Nora Hale", "cancel");
    const turn = await members.say("Nora Hale", "looking for a cargo bike within walking distance of Lyon");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Lyon" } });
    expect(turn.interpretation.slots).not.toHaveProperty("radiusKm");
    expect(shown(turn)).toEqual(["vélo cargo bleu", "vélo cargo rouge"]);
  });
});

describe("districts are their town", () => {
  it("a posting 'à récupérer à Wazemmes' is stored in Lille, and a search 'vers Wazemmes' finds it (FR)", async () => {
    await members.say("Camille Roux", "annule");
    await members.say("Camille Roux", "je vends ma table basse en rotin 40 €, à récupérer à Wazemmes");
    const table = (await members.listings("Camille Roux")).find((l) => /table basse/i.test(l.title));
    expect(table).toMatchObject({ location: { place: "Lille" }, price: { amount: 4000 } });
    await members.say("Nora Hale", "cancel");
    const found = await members.say("Seller", "une table basse vers Wazemmes ?");
    expect(found.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Lille" } });
    expect(shown(found)).toContain("table basse en rotin");
  });

  it("'collection from Clapham' stores the listing in London, and 'any in Hackney?' finds it (EN)", async () => {
    await members.say("Nora Hale", "cancel");
    const posted = await members.say("Nora Hale", "selling my rowing machine, £90, collection from Clapham");
    // (the text says more than the fields: the member sees the listing before it is posted)
    expect(posted.replies[0]?.cards?.[0]?.subtitle).toContain("London");
    await members.press("Nora Hale", button(posted, "Post it"));
    const rower = (await members.listings("Nora Hale")).find((l) => /rowing machine/i.test(l.title));
    expect(rower).toMatchObject({ location: { place: "London" }, price: { amount: 9000, currency: "GBP" } });
    const found = await members.say("Camille Roux", "any rowing machine in Hackney?");
    expect(found.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "London" } });
    expect(shown(found)).toContain("rowing machine");
  });
});

describe("small towns typed in lower case, a saint's name abbreviated, a resort by its usual name", () => {
  it("FR: 'sur st jean de luz' and 'à la clusaz' are stored there; 'vers hossegor dans un rayon de 50 km' finds the first", async () => {
    await members.postAll("Seller", ["je vends ma planche de surf 6'2 120e sur st jean de luz", "je donne des skis de rando à la clusaz"]);
    const board = (await members.listings("Seller")).find((l) => /planche/i.test(l.title));
    expect(board).toMatchObject({ title: "Planche de surf 6'2", price: { amount: 12000 }, location: { place: "Saint-Jean-de-Luz" } });
    const skis = (await members.listings("Seller")).find((l) => /skis/i.test(l.title));
    expect(skis).toMatchObject({ location: { place: "La Clusaz" } });
    const turn = await members.say("Camille Roux", "je cherche une planche de surf vers hossegor dans un rayon de 50 km");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Hossegor", radiusKm: 50 } });
    expect(shown(turn)).toEqual(["planche de surf 6'2"]);
    // ("Louvain-la-Neuve" is a town, not something new in Louvain)
    const room = await members.say("Camille Roux", "cherche une coloc a louvain la neuve");
    expect(room.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Louvain-la-Neuve" } });
    expect(room.interpretation.slots).not.toHaveProperty("condition");
  });

  it("EN: 'pick up in lacanau' and '…, 60 euros, sierre' are stored there; 'around chamonix' searches Chamonix", async () => {
    await members.postAll("Nora Hale", ["selling my wetsuit, size M, 90€, pick up in lacanau", "selling a kids bike, 60 euros, sierre"]);
    const mine = await members.listings("Nora Hale");
    expect(mine.find((l) => /wetsuit/i.test(l.title))).toMatchObject({ price: { amount: 9000 }, location: { place: "Lacanau" } });
    expect(mine.find((l) => /bike/i.test(l.title))).toMatchObject({ price: { amount: 6000 }, location: { place: "Sierre" } });
    const turn = await members.say("Nora Hale", "any snowboards around chamonix under 300?");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Chamonix", maxPrice: 30000 } });
  });
});

describe("a town called by the first word of its name", () => {
  it("FR: '…, 95€, Sarlat' is stored in Sarlat-la-Canéda; EN: 'within 20 km of Sarlat' searches there", async () => {
    await members.postAll("Seller", ["je vends une bassine à confiture en cuivre, 95€, Sarlat"]);
    const pan = (await members.listings("Seller")).find((l) => /bassine/i.test(l.title));
    expect(pan).toMatchObject({ location: { place: "Sarlat-la-Canéda" } });
    const turn = await members.say("Nora Hale", "any jam pans within 20 km of Sarlat?");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { radiusKm: 20, place: "Sarlat-la-Canéda" } });
  });
});
