/**
 * Issue 11, follow-ups and the inbox over HTTP in French and English: a radius said alone after a
 * search ("within 5 km only", "dans un rayon de 25 km plutot") narrows that search, "what about
 * Bath?" moves it, a message relayed to a name typed in lower case reaches that member, and "did
 * the buyer reply?" lists the conversations — asserted on the listings shown and the messages kept.
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
  await members.register("Seller", "en");
  await members.register("Aoife Kelly", "en");
  await members.register("Maëlle Durand", "fr");
  // Oxford and Abingdon (9 km away); Bath and Bristol (20 km apart); Lille and Roubaix (11 km)
  await members.postAll("Seller", [
    "selling a red kids bike, 40 pounds, Oxford",
    "selling a blue kids bike, 35 pounds, Abingdon",
    "selling a green kids bike, 30 pounds, Bath",
    "je vends un canapé en lin 200 € à Lille",
    "je vends un canapé d'angle 300 € à Roubaix",
  ]);
  expect(await members.listings("Seller")).toHaveLength(5);
});
afterAll(async () => {
  await t?.close();
});

describe("a filter said alone refines the search just made", () => {
  it("'within 5 km only' keeps the bikes of Oxford and drops Abingdon's; 'what about Bath?' moves the search (EN)", async () => {
    const first = await members.say("Aoife Kelly", "kids bikes in Oxford");
    expect(shown(first)).toEqual(["blue kids bike", "red kids bike"]);
    const narrower = await members.say("Aoife Kelly", "within 5 km only");
    expect(narrower.interpretation).toMatchObject({ intent: "search_listings", slots: { radiusKm: 5, place: "Oxford" } });
    expect(shown(narrower)).toEqual(["red kids bike"]);
    const bath = await members.say("Aoife Kelly", "what about Bath?");
    expect(bath.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Bath" } });
    expect(shown(bath)).toEqual(["green kids bike"]);
  });

  it("'dans un rayon de 5 km plutot' after a search in Lille keeps Lille's sofa only (FR)", async () => {
    const first = await members.say("Maëlle Durand", "des canapés à Lille ?");
    expect(shown(first)).toEqual(["canapé d'angle", "canapé en lin"]);
    const narrower = await members.say("Maëlle Durand", "dans un rayon de 5 km plutot");
    expect(narrower.interpretation).toMatchObject({ intent: "search_listings", slots: { radiusKm: 5, place: "Lille" } });
    expect(shown(narrower)).toEqual(["canapé en lin"]);
    expect(allText(narrower)).toContain("dans un rayon de 5 km autour de Lille");
  });
});

describe("filters said in passing (session 31)", () => {
  it("'nothing else? try 15km' widens the search made; 'cap it at 38' caps it (EN)", async () => {
    const first = await members.say("Aoife Kelly", "kids bikes within 3 km of Oxford");
    expect(shown(first)).toEqual(["red kids bike"]);
    const wider = await members.say("Aoife Kelly", "nothing else? try 15km");
    expect(wider.interpretation).toMatchObject({ intent: "search_listings", slots: { radiusKm: 15, place: "Oxford" } });
    expect(shown(wider)).toEqual(["blue kids bike", "red kids bike"]);
    const capped = await members.say("Aoife Kelly", "cap it at 38");
    expect(capped.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 3800, radiusKm: 15 } });
    expect(shown(capped)).toEqual(["blue kids bike"]);
  });

  it("'jusqu'à 250 euros finalement' keeps Lille's sofa only and changes no listing of the member's (FR)", async () => {
    const first = await members.say("Maëlle Durand", "des canapés à Lille ?");
    expect(shown(first)).toEqual(["canapé d'angle", "canapé en lin"]);
    const capped = await members.say("Maëlle Durand", "jusqu'à 250 euros finalement");
    expect(capped.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 25000, place: "Lille" } });
    expect(shown(capped)).toEqual(["canapé en lin"]);
  });
});

describe("messages and the inbox", () => {
  it("'Envoyer un message à Aoife : votre vélo est-il libre samedi ?' reaches Aoife, whatever it asks (FR)", async () => {
    await members.say("Maëlle Durand", "annule");
    const sent = await members.say("Maëlle Durand", "Envoyer un message à Aoife : votre vélo est-il libre samedi ?");
    expect(sent.interpretation).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Aoife", body: "votre vélo est-il libre samedi ?" },
    });
    const confirm = button(sent, /^(Send|Envoyer)/);
    if (confirm) await members.press("Maëlle Durand", confirm);
    const inbox = await t.request("GET", "/api/v1/conversations", { token: members.token["Aoife Kelly"] });
    expect((inbox.body.items as { lastMessage?: { body: string } }[]).map((c) => c.lastMessage?.body)).toContain(
      "votre vélo est-il libre samedi ?",
    );
  });

  it("'tell aoife I'm outside the shop' reaches Aoife; 'did the buyer reply?' shows the conversation (EN)", async () => {
    await members.say("Seller", "cancel");
    const sent = await members.say("Seller", "tell aoife I'm outside the shop");
    expect(sent.interpretation).toMatchObject({ intent: "send_message", slots: { body: "I'm outside the shop" } });
    const confirm = button(sent, /^(Send|Envoyer)/);
    if (confirm) await members.press("Seller", confirm);
    const inbox = await t.request("GET", "/api/v1/conversations", { token: members.token["Aoife Kelly"] });
    expect((inbox.body.items as { lastMessage?: { body: string } }[]).map((c) => c.lastMessage?.body)).toContain("I'm outside the shop");
    const asked = await members.say("Seller", "did the buyer reply yet?");
    expect(asked.interpretation.intent).toBe("show_conversations");
    expect(asked.replies[0]?.cards?.map((c) => c.text)).toEqual(["you: I'm outside the shop"]);
  });
});

describe("the newcomer's week: questions about the inbox, another thing looked for, a service at a rate", () => {
  it("'did Aoife get back to me?' sends her nothing and opens the conversation with her (EN); 'Aoife m'a répondu ?' neither (FR)", async () => {
    await members.say("Seller", "cancel");
    const before = await t.request("GET", "/api/v1/conversations", { token: members.token["Aoife Kelly"] });
    const bodies = (res: typeof before) => (res.body.items as { lastMessage?: { body: string } }[]).map((c) => c.lastMessage?.body);
    const asked = await members.say("Seller", "did Aoife get back to me?");
    expect(asked.interpretation).toMatchObject({ intent: "read_conversation", slots: { recipient: "Aoife" } });
    await members.say("Seller", "annule");
    const askedFr = await members.say("Seller", "Aoife m'a répondu ?");
    expect(askedFr.interpretation.intent).toBe("read_conversation");
    const after = await t.request("GET", "/api/v1/conversations", { token: members.token["Aoife Kelly"] });
    expect(bodies(after)).toEqual(bodies(before));
  });

  it("'je cherche aussi une lampe de chevet' after a sofa search looks for the lamp, with none of the sofa's filters (FR)", async () => {
    await members.say("Seller", "annule");
    const lamp = await members.say("Seller", "je vends une lampe de chevet 15 € à Roubaix");
    const post = button(lamp, /^(Publier|Post it)$/);
    if (post) await members.press("Seller", post);
    await members.say("Maëlle Durand", "annule");
    await members.say("Maëlle Durand", "des canapés à Lille ?");
    const also = await members.say("Maëlle Durand", "je cherche aussi une lampe de chevet, max 30");
    expect(also.interpretation.slots).toEqual({ q: "lampe de chevet", maxPrice: 3000 });
    expect(shown(also)).toEqual(["lampe de chevet"]);
  });

  it("'je tonds vos pelouses, 15e de l'heure, sur Angers' posts an offer at 15 € (FR); 'I fix bikes at home, 15 an hour, Leeds' too (EN)", async () => {
    await members.say("Maëlle Durand", "annule");
    const fr = await members.say("Maëlle Durand", "je tonds vos pelouses, 15e de l'heure, sur Angers");
    expect(fr.interpretation).toMatchObject({ intent: "create_listing", slots: { kind: "offer", price: 1500, place: "Angers" } });
    await members.say("Aoife Kelly", "cancel");
    const en = await members.say("Aoife Kelly", "I fix bikes at home, 15 an hour, Leeds");
    expect(en.interpretation).toMatchObject({ intent: "create_listing", slots: { kind: "offer", price: 1500, place: "Leeds" } });
    for (const [who, turn] of [
      ["Maëlle Durand", fr],
      ["Aoife Kelly", en],
    ] as const) {
      const confirm = button(turn, /^(Publier|Post it)$/);
      if (confirm) await members.press(who, confirm);
      const offers = (await members.listings(who)).filter((l) => l.kind === "offer");
      expect(offers.map((l) => l.price?.amount)).toContain(1500);
    }
  });
});
