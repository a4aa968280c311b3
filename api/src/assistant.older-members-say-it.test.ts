/**
 * Issue 11, acceptance 4, for the classes session 39 fixed from older members' phrasing (dev93, a writer who was given
 * only the labelling guide): amounts in words, a county after the town, compounds with a particle, requests said the
 * long way. FR and EN over HTTP, in wordings of no evaluation set; each test checks what is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Lucienne", "fr", "Tulle");
  await m.register("Margaret", "en", "Hull");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const profileOf = (who: string) => t.core.db.prisma.profile.findUnique({ where: { userId: m.id[who] } });

describe("amounts and places as older members write them", () => {
  it("FR: 'cent cinquante euros' is stored as 150 €, not 50", async () => {
    const buffet = await m.posted(
      "Lucienne",
      "Je vends le buffet en chêne de ma belle-mère, très bon état, cent cinquante euros, à prendre à Tulle",
    );
    expect(buffet).toMatchObject({ kind: "offer", price: { amount: 15000 }, location: { place: "Tulle" } });
    expect(buffet.title.toLowerCase()).toBe("buffet en chêne");
  });

  it("EN: 'a ride-on mower, two hundred and fifty pounds' is stored as the ride-on mower at £250", async () => {
    const mower = await m.posted("Margaret", "We've got a ride-on mower, ten years old, two hundred and fifty pounds, Hull");
    expect(mower).toMatchObject({ kind: "offer", price: { amount: 25000, currency: "GBP" } });
    expect(mower.title.toLowerCase()).toBe("ride-on mower");
  });

  it("FR: 'vingt-cinq euros' and 'soixante-quinze euros' are 25 € and 75 €", async () => {
    const chairs = await m.posted("Lucienne", "Chaises paillées, vingt-cinq euros pièce, Tulle");
    expect(chairs.price).toMatchObject({ amount: 2500 });
    const table = await m.posted("Lucienne", "Table de ferme soixante-quinze euros, Tulle");
    expect(table.price).toMatchObject({ amount: 7500 });
  });

  it("EN: 'Westport, Co. Mayo' places the posting in Westport, and the county is not its title", async () => {
    const clubs = await m.posted("Margaret", "I've a set of golf clubs that were my brother's, good condition, €120. Westport, Co. Mayo.");
    expect(clubs).toMatchObject({ kind: "offer", price: { amount: 12000 }, location: { place: "Westport" } });
    expect(clubs.title.toLowerCase()).toBe("set of golf clubs");
  });

  it("EN: 'She's in Leek, Staffordshire' after a relative's sewing machine stores the machine, in Leek", async () => {
    const machine = await m.posted(
      "Margaret",
      "typing this for my gran. she has a Singer sewing machine, works perfectly, she wants £60 for it. She's in Leek, Staffordshire",
    );
    expect(machine).toMatchObject({ kind: "offer", price: { amount: 6000 }, location: { place: "Leek" } });
    expect(machine.title.toLowerCase()).toBe("singer sewing machine");
  });
});

describe("requests said the long way", () => {
  it("FR: 'Répondre à Margaret : …' reaches Margaret with the words after the colon", async () => {
    const reply = await m.say("Lucienne", "Répondre à Margaret : oui je suis toujours intéressée, quel jour je peux venir ?");
    expect(reply.interpretation).toMatchObject({ intent: "send_message", slots: { recipient: "Margaret" } });
    await m.confirm("Lucienne", reply);
    const res = await t.request("GET", "/api/v1/conversations", { token: m.token.Margaret });
    const inbox = (res.body.items as { lastMessage?: { body: string } }[]).map((c) => c.lastMessage?.body);
    expect(inbox).toContain("oui je suis toujours intéressée, quel jour je peux venir ?");
  });

  it("EN: 'Please add to my profile that I can do bookkeeping and Sage accounts, I was a clerk …' adds both skills", async () => {
    const said = await m.say(
      "Margaret",
      "Please add to my profile that I can do bookkeeping and Sage accounts, I was a clerk for forty years.",
    );
    expect(said.interpretation).toMatchObject({ intent: "update_profile", slots: { skills: ["bookkeeping", "sage accounts"] } });
    // (applied at once, with an undo button)
    expect(said.replies[0]?.text).toMatch(/Sage accounts/i);
    expect((await profileOf("Margaret"))?.skills).toEqual(expect.arrayContaining(["bookkeeping", "sage accounts"]));
  });

  it("EN: 'Only email me please, I don't use that Discord thing' keeps email alone", async () => {
    const said = await m.say("Margaret", "Only email me please, I don't use that Discord thing");
    expect(said.interpretation).toMatchObject({ intent: "set_preferences", slots: { notificationChannels: ["email"] } });
    const preferences = (await profileOf("Margaret"))?.preferences as { notificationChannels?: string[] } | null;
    expect(preferences?.notificationChannels).toEqual(["email"]);
  });

  it("FR: 'Cherche bricoleur pour changer le joint du robinet, Tulle' is posted as a want", async () => {
    const wanted = await m.posted(
      "Lucienne",
      "Cherche bricoleur pour changer le joint du robinet et fixer une étagère, Tulle. Pas pressé.",
    );
    expect(wanted).toMatchObject({ kind: "want", location: { place: "Tulle" } });
    expect(wanted.title.toLowerCase()).toBe("bricoleur");
  });

  it("EN: 'could someone give me a lift to the surgery on Tuesday?' is a want to post, never a rating", async () => {
    const asked = await m.say("Margaret", "could someone give me a lift to the surgery in Hull on Tuesday?");
    expect(asked.interpretation.intent).toBe("create_listing");
    expect(asked.interpretation.slots).toMatchObject({ kind: "want" });
    const reviews = await t.core.db.prisma.review.count({ where: { authorId: m.id.Margaret } });
    expect(reviews).toBe(0);
  });
});
