/**
 * Issue 11, the search query over HTTP in French and English: what a member looks for is found
 * whatever they wrap it in ("tu peux me dégoter …", "second-hand", "pour débutants", the people
 * who give it), a band's name after "billets pour" is the thing and nobody to write to, and a
 * model's number before a cap stays in the query — asserted on the listings shown.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssistantAnswer, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let members: Members;

const shown = (turn: AssistantAnswer) => (turn.replies[0]?.cards ?? []).map((c) => c.title.toLowerCase());

beforeAll(async () => {
  t = await startTestApi();
  members = new Members(t);
  await members.register("Seller", "fr");
  await members.register("Inès Morel", "fr");
  await members.register("Rory Walsh", "en");
  await members.postAll("Seller", [
    "je vends une friteuse 20 € à Angers",
    "je vends deux billets pour Shaka Ponk 50 € à Lyon",
    "je vends un galaxy s21 220 € à Lyon",
    "selling a bread maker £30 in Leeds",
    "offering salsa classes for adults, 12 euros an hour, Cork",
    "je donne un lot de cintres, gratuit, Angers",
  ]);
  expect(await members.listings("Seller")).toHaveLength(6);
});
afterAll(async () => {
  await t?.close();
});

describe("the searched thing, words as typed", () => {
  it("'tu peux me dégoter une friteuse d'occasion vers Angers ?' finds the fryer (FR)", async () => {
    const turn = await members.say("Inès Morel", "tu peux me dégoter une friteuse d'occasion vers Angers ?");
    // ("d'occasion" stays in the query as said; the search reads it as no word the fryer's listing must hold)
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { q: "friteuse d'occasion", place: "Angers" } });
    expect(shown(turn)).toEqual(["friteuse"]);
  });

  it("'any second-hand bread makers in Leeds?' and 'salsa classes for adults in Cork' find them (EN)", async () => {
    const bread = await members.say("Rory Walsh", "hi, any second-hand bread makers in Leeds?");
    expect(bread.interpretation.slots.q).toBe("second-hand bread makers");
    expect(shown(bread)).toEqual(["bread maker"]);
    await members.say("Rory Walsh", "cancel");
    const salsa = await members.say("Rory Walsh", "any salsa classes for adults in Cork?");
    expect(salsa.interpretation.slots.q).toBe("salsa classes");
    expect(shown(salsa)).toHaveLength(1);
  });

  it("'y a des billets pour Shaka Ponk ?' searches those tickets and writes to nobody (FR)", async () => {
    await members.say("Inès Morel", "annule");
    const turn = await members.say("Inès Morel", "y a des billets pour Shaka Ponk ?");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { q: "billets pour Shaka Ponk" } });
    expect(shown(turn)).toEqual(["deux billets pour shaka ponk"]);
    const inbox = await t.request("GET", "/api/v1/conversations", { token: members.token["Inès Morel"] });
    expect(inbox.body.items).toEqual([]);
  });

  it("'cherche galaxy s21 max 250e' keeps the model's number and caps the price (FR)", async () => {
    await members.say("Inès Morel", "annule");
    const turn = await members.say("Inès Morel", "cherche galaxy s21 max 250e lyon");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { q: "galaxy s21", maxPrice: 25000, place: "Lyon" } });
    expect(shown(turn)).toEqual(["galaxy s21"]);
  });

  it("'une friteuse jusqu'à 40 balles' searches under 40 € and posts nothing (FR); 'bread maker for 60 or less' too (EN)", async () => {
    await members.say("Inès Morel", "annule");
    const before = (await members.listings("Inès Morel")).length;
    const fryer = await members.say("Inès Morel", "une friteuse jusqu'à 40 balles");
    expect(fryer.interpretation).toMatchObject({ intent: "search_listings", slots: { q: "friteuse", maxPrice: 4000 } });
    expect(shown(fryer)).toEqual(["friteuse"]);
    expect(await members.listings("Inès Morel")).toHaveLength(before);
    await members.say("Rory Walsh", "cancel");
    const bread = await members.say("Rory Walsh", "a bread maker for 20 or less in Leeds");
    expect(bread.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 2000 } });
    expect(shown(bread)).toEqual([]);
  });
});

describe("free things, with no object", () => {
  it("EN: 'anything for free near me?' lists what is given near the member's town, and only that", async () => {
    await members.say("Rory Walsh", "cancel");
    await members.say("Rory Walsh", "I live in Angers");
    const turn = await members.say("Rory Walsh", "anyone giving away stuff for free near me?");
    expect(turn.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 0 } });
    expect(shown(turn)).toEqual(["lot de cintres"]);
  });

  it("FR: 'des trucs gratuits ?' lists the free things, the filter said as 'gratuit'", async () => {
    await members.say("Inès Morel", "annule");
    const turn = await members.say("Inès Morel", "des trucs gratuits ?");
    expect(shown(turn)).toEqual(["lot de cintres"]);
    expect(turn.replies[0]?.text).toContain("gratuit");
    expect(turn.replies[0]?.text).not.toContain("moins de");
  });
});
