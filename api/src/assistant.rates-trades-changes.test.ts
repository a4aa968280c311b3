/**
 * Issue 11, acceptance 4, for the classes session 24's independent writer (dev52) showed, FR and EN over HTTP, in
 * wordings of no evaluation set: a price moved by an amount ("baisse de 20€") is applied to the listing's price, never
 * stored as the new price; a service said with its rate and no word of looking is offered; a trade needed for a task
 * or urgently is a want; a want tagged as classified ads tag it, and a giving tagged with hashtags, are postings whose
 * title is the thing, never a tag. Every check is on what was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Maëlle", "fr");
  await m.register("Owen", "en");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Says the change, confirms it if asked, and returns the listing as stored. */
async function changed(who: string, id: string, text: string) {
  const answer = await m.say(who, text);
  expect(answer.interpretation.intent, allText(answer)).toBe("update_listing");
  await m.confirm(who, answer);
  return (await m.listings(who)).find((listing) => listing.id === id);
}

describe("a price moved by an amount", () => {
  it("FR: 'baisse de 20€ le prix de la tondeuse' takes 20 € off its 120 €; 'augmente de 5€' adds 5 €", async () => {
    const mower = await m.posted("Maëlle", "je vends ma tondeuse thermique 120€ à Angers");
    expect((await changed("Maëlle", mower.id, "baisse de 20€ le prix de la tondeuse"))?.price).toMatchObject({
      amount: 10000,
      currency: "EUR",
    });
    expect((await changed("Maëlle", mower.id, "augmente de 5€ le prix de la tondeuse"))?.price?.amount).toBe(10500);
  });

  it("EN: 'drop the bike by 20 bucks' takes 20 off in the listing's own currency; 'lower the bike to 80€' sets 80", async () => {
    const bike = await m.posted("Owen", "selling my road bike, 150€, Lyon");
    expect((await changed("Owen", bike.id, "drop the bike by 20 bucks"))?.price).toMatchObject({ amount: 13000, currency: "EUR" });
    expect((await changed("Owen", bike.id, "lower the bike to 80€"))?.price?.amount).toBe(8000);
  });
});

describe("a change by an amount that cannot apply", () => {
  it("FR/EN: lowering a 15 € listing by 20 € or a free listing changes nothing and says why", async () => {
    const lamp = await m.posted("Maëlle", "je vends ma lampe de chevet 15€ à Angers");
    const below = await m.say("Maëlle", "baisse de 20€ le prix de la lampe");
    expect(allText(below)).toMatch(/impossible|ne peux pas/i);
    expect((await m.listings("Maëlle")).find((l) => l.id === lamp.id)?.price?.amount).toBe(1500);
    const boxes = await m.posted("Owen", "giving away moving boxes, Leeds");
    const none = await m.say("Owen", "lower the moving boxes by 5 pounds");
    expect(allText(none)).toMatch(/no price/i);
    expect((await m.listings("Owen")).find((l) => l.id === boxes.id)?.price?.amount ?? 0).toBe(0);
  });
});

describe("a service at a rate, a trade for a task, tags", () => {
  it("FR: 'Électricien à mon compte sur Sherbrooke, …, 65$/h' is offered at 65 CAD; 'Besoin d'une couturière pour raccourcir 3 rideaux, Bourges' is a want", async () => {
    const electrician = await m.posted("Maëlle", "Électricien à mon compte sur Sherbrooke, dépannage et tableaux électriques, 65$/h");
    expect(electrician).toMatchObject({ kind: "offer", price: { amount: 6500, currency: "CAD" }, location: { place: "Sherbrooke" } });
    expect(electrician.title).toMatch(/^Électricien/);
    const seamstress = await m.posted("Maëlle", "Besoin d'une couturière pour raccourcir 3 rideaux, Bourges");
    expect(seamstress).toMatchObject({ kind: "want", location: { place: "Bourges" } });
    expect(seamstress.title).toMatch(/^[Cc]outurière/);
  });

  it("EN: 'House cleaning, 3 hours minimum, CHF 32/h, Basel area' is offered; 'need a roofer for a leaking roof in Colmar' is a want", async () => {
    const cleaning = await m.posted("Owen", "House cleaning, 3 hours minimum, CHF 32/h, Basel area");
    expect(cleaning).toMatchObject({ kind: "offer", price: { amount: 3200, currency: "CHF" }, location: { place: "Basel" } });
    const roofer = await m.posted("Owen", "need a roofer for a leaking roof in Colmar, quotes welcome");
    expect(roofer).toMatchObject({ kind: "want", location: { place: "Colmar" } });
  });

  it("FR: '[RECHERCHE] vélo cargo …, budget 1200€ max' is a want at 1 200 €; 'trottinette à donner #donne #nantes #zerodechet' gives the scooter", async () => {
    const cargo = await m.posted("Maëlle", "[RECHERCHE] vélo cargo électrique, budget 1200€ max, Grenoble");
    expect(cargo).toMatchObject({ kind: "want", price: { amount: 120000 }, location: { place: "Grenoble" } });
    expect(cargo.title).toMatch(/^vélo cargo électrique/i);
    const scooter = await m.posted("Maëlle", "trottinette à donner #donne #nantes #zerodechet");
    expect(scooter).toMatchObject({ kind: "offer", location: { place: "Nantes" } });
    expect(scooter.title).toMatch(/^[Tt]rottinette$/);
  });
});
