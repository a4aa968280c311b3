/**
 * Issue 11, a posting's other slots over HTTP in French and English, asserted on the listing
 * stored: a decade or a count is no price, "$" in Canada is Canadian dollars, a price said per
 * night is the price, and "any name on request" is an offer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let members: Members;

/** Posts `text` (pressing "post" when the listing is shown first) and returns the listing stored. */
async function post(who: string, text: string, title: RegExp) {
  const turn = await members.say(who, text);
  expect(turn.interpretation.intent, text).toBe("create_listing");
  const confirm = button(turn, /^(Publier|Post it)$/);
  if (confirm) await members.press(who, confirm);
  const listing = (await members.listings(who)).find((l) => title.test(l.title));
  expect(listing, text).toBeDefined();
  return listing;
}

beforeAll(async () => {
  t = await startTestApi();
  members = new Members(t);
  await members.register("Odile Garnier", "fr");
  await members.register("Liam Byrne", "en");
});
afterAll(async () => {
  await t?.close();
});

describe("numbers that are no price, prices as people say them", () => {
  it("'mon tourne-disque des années 70' is given away for free, not for 70 €, in Tours (FR)", async () => {
    const listing = await post("Odile Garnier", "je donne mon tourne-disque des années 70, à venir chercher à Tours", /tourne-disque/i);
    // (given away: free, not 70 €)
    expect(listing).toMatchObject({ kind: "offer", price: { amount: 0 }, location: { place: "Tours" } });
  });

  it("'$90, Ottawa' is 90 Canadian dollars; '15 a night' is the price of cat sitting (EN)", async () => {
    const shoes = await post("Liam Byrne", "Selling my snowshoes, $90, Ottawa", /snowshoes/i);
    expect(shoes).toMatchObject({ price: { amount: 9000, currency: "CAD" }, location: { place: "Ottawa" } });
    await members.say("Liam Byrne", "cancel");
    const sitting = await post("Liam Byrne", "I can do cat sitting at my place in Leeds, 15 a night", /cat sitting/i);
    expect(sitting).toMatchObject({ kind: "offer", price: { amount: 1500 } });
  });

  it("'any name on request' is an offer of mugs at 18 € (EN)", async () => {
    await members.say("Liam Byrne", "cancel");
    const mugs = await post("Liam Byrne", "New listing: hand-painted mugs, any name on request, 18 euros each, Ghent", /mugs/i);
    expect(mugs).toMatchObject({ kind: "offer", price: { amount: 1800, currency: "EUR" } });
  });

  it("'… please post it as a request' is a want stored with its budget and town (EN); '… publie-la comme demande' too (FR)", async () => {
    await members.say("Liam Byrne", "cancel");
    const mixer = await post(
      "Liam Byrne",
      "Looking to buy a bread machine, max 60, Limerick — please post it as a request",
      /bread machine/i,
    );
    expect(mixer).toMatchObject({ kind: "want", price: { amount: 6000 }, location: { place: "Limerick" } });
    await members.say("Odile Garnier", "annule");
    const stroller = await post(
      "Odile Garnier",
      "je cherche une poussette double, max 90 €, à Rennes, publie-la comme demande",
      /poussette/i,
    );
    expect(stroller).toMatchObject({ kind: "want", price: { amount: 9000 }, location: { place: "Rennes" } });
  });

  it("the town the member moves to is not the listing's: 'on déménage à Montréal … à prendre à Nantes' is in Nantes (FR), 'moving to Berlin … pickup in Leeds' in Leeds (EN)", async () => {
    await members.say("Odile Garnier", "annule");
    const table = await post(
      "Odile Garnier",
      "on déménage à Montréal donc on vend tout : table basse 40€, à prendre à Nantes",
      /table basse/i,
    );
    expect(table).toMatchObject({ location: { place: "Nantes" }, price: { amount: 4000 } });
    await members.say("Liam Byrne", "cancel");
    const lamp = await post("Liam Byrne", "I'm moving to Berlin next month, selling my desk lamp, 15 euros, pickup in Leeds", /desk lamp/i);
    expect(lamp).toMatchObject({ location: { place: "Leeds" }, price: { amount: 1500 } });
  });
});
