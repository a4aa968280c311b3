/**
 * Issue 11, acceptance 4: each class of phrasing the independent writers showed, in French and
 * in English, over HTTP, in wordings that are in no evaluation set. Every check is on what the
 * turn produces for the members (the listings REST shows, the search results, the message in the
 * recipient's conversation, the saved preferences, the recorded application), not only on text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssistantAnswer, allText, button, Members, type MyListing } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  for (const [name, locale] of [
    ["Margaux", "fr"],
    ["Quentin", "fr"],
    ["Harriet", "en"],
    ["Dmitri", "en"],
  ] as const)
    await m.register(name, locale);
});
afterAll(async () => {
  await t?.close();
});

/** Posts what was said: at once when every field was stated, else through its preview's button. */
async function post(who: string, text: string, publish: RegExp): Promise<{ turn: AssistantAnswer; listing: MyListing | undefined }> {
  const before = new Set((await m.listings(who)).map((l) => l.id));
  const turn = await m.say(who, text);
  let fresh = (await m.listings(who)).filter((l) => !before.has(l.id));
  if (fresh.length === 0) {
    expect(button(turn, publish), `${text} → ${JSON.stringify(turn)}`).toBeTruthy();
    await m.press(who, button(turn, publish));
    fresh = (await m.listings(who)).filter((l) => !before.has(l.id));
  }
  return { turn, listing: fresh[0] };
}
const PUBLISH = /^(Publier|Post it)$/;

/** The titles of the result cards of a search turn. */
const cardTitles = (turn: AssistantAnswer) => turn.replies.flatMap((r) => (r.cards ?? []).map((c) => c.title));

describe("offer or want", () => {
  it("FR: 'je propose', 'à prêter :' are offers; 'ajoute un besoin', 'je recherche quelqu'un qui peut…' are wants", async () => {
    const yoga = await post("Margaux", "je propose des cours de yoga à Nantes, 15€ la séance", PUBLISH);
    expect(yoga.listing).toMatchObject({ kind: "offer", title: "Cours de yoga", price: { amount: 1500 }, location: { place: "Nantes" } });
    const ladder = await post("Margaux", "à prêter : une échelle de 3 m, quartier Saint-Michel à Bordeaux", PUBLISH);
    expect(ladder.listing).toMatchObject({ kind: "offer", location: { place: "Bordeaux" } });
    expect(ladder.listing?.title).toMatch(/^Échelle/);
    const drill = await post("Quentin", "ajoute un besoin : une ponceuse à emprunter ce weekend à Rennes", PUBLISH);
    expect(drill.listing).toMatchObject({ kind: "want", title: "Ponceuse", location: { place: "Rennes" } });
    const repair = await post("Quentin", "je recherche quelqu'un qui peut réparer un lave-vaisselle à Tours", PUBLISH);
    expect(repair.listing).toMatchObject({ kind: "want", location: { place: "Tours" } });
    expect(repair.listing?.title).toMatch(/lave-vaisselle/i);
  });

  it("EN: 'I can offer', 'happy to lend' are offers; 'I need someone to…', 'post a request:' are wants; a swap is an offer", async () => {
    const tutoring = await post("Harriet", "I can offer chemistry tutoring in Leeds, 25 pounds an hour", PUBLISH);
    expect(tutoring.listing).toMatchObject({
      kind: "offer",
      title: "Chemistry tutoring",
      price: { amount: 2500, currency: "GBP" },
      location: { place: "Leeds" },
    });
    const wardrobe = await post("Dmitri", "I need someone to assemble a wardrobe in Bristol this weekend", PUBLISH);
    expect(wardrobe.listing).toMatchObject({ kind: "want", location: { place: "Bristol" } });
    expect(wardrobe.listing?.title).toMatch(/assemble .*wardrobe/i);
    const seat = await post("Dmitri", "post a request: a child car seat, Cork", PUBLISH);
    expect(seat.listing).toMatchObject({ kind: "want", title: "Child car seat", location: { place: "Cork" } });
    const swap = await m.say("Harriet", "looking to swap my kindle for a board game in Leeds");
    expect(swap.interpretation).toMatchObject({ intent: "create_listing", slots: { kind: "offer", title: "kindle", wants: "board game" } });
    if (!(await m.listings("Harriet")).some((l) => l.title === "Kindle")) {
      expect(button(swap, PUBLISH), JSON.stringify(swap)).toBeTruthy();
      await m.press("Harriet", button(swap, PUBLISH));
    }
    const mine = await m.listings("Harriet");
    expect(mine.find((l) => l.title === "Kindle")).toMatchObject({ kind: "offer" });
    expect(mine.find((l) => l.title === "Board game")).toMatchObject({ kind: "want" });
  });
});

describe("a want told with who it is for, when or what is paid", () => {
  it("FR: a sitter 'les mardis soir pour nos jumeaux, 12€/h' is a want to post, with what is already offered one tap away", async () => {
    const draft = await m.say("Quentin", "on cherche une nounou les mardis soir pour nos jumeaux à Grenoble, 12€/h");
    expect(draft.interpretation).toMatchObject({ intent: "create_listing", slots: { kind: "want", price: 1200, place: "Grenoble" } });
    expect((await m.listings("Quentin")).some((l) => l.title === "Nounou")).toBe(false);
    const offers = await m.press("Quentin", button(draft, "Voir les offres"));
    expect(offers.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Grenoble" } });
    expect(String(offers.interpretation.slots.q).toLowerCase()).toBe("nounou");
    expect(allText(offers)).toMatch(/nounou.*Grenoble/i);
    // The draft's own button still posts it after the search.
    await m.press("Quentin", button(draft, PUBLISH));
    const posted = (await m.listings("Quentin")).find((l) => l.title === "Nounou");
    expect(posted).toMatchObject({ kind: "want", price: { amount: 1200 }, location: { place: "Grenoble" } });
  });

  it("EN: 'for our new flat …, budget 150' is a want to post; the same thing asked nearest or cheapest first is a search", async () => {
    const draft = await m.say("Dmitri", "we're looking for a sofa for our new flat in Bristol, budget 150");
    expect(draft.interpretation).toMatchObject({ intent: "create_listing", slots: { kind: "want", price: 15000, place: "Bristol" } });
    const offers = await m.press("Dmitri", button(draft, "See offers"));
    expect(offers.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Bristol" } });
    expect(String(offers.interpretation.slots.q).toLowerCase()).toBe("sofa");
    expect(allText(offers)).toMatch(/sofa.*Bristol/i);
    await m.press("Dmitri", button(draft, PUBLISH));
    expect((await m.listings("Dmitri")).find((l) => l.title === "Sofa")).toMatchObject({ kind: "want", price: { amount: 15000 } });
    const search = await m.say("Dmitri", "looking for a sofa near Bristol for our new flat, cheapest first");
    expect(search.interpretation).toMatchObject({ intent: "search_listings", slots: { q: "sofa", place: "Bristol", sort: "price" } });
    expect((await m.listings("Dmitri")).filter((l) => l.title === "Sofa")).toHaveLength(1);
  });
});

describe("places, distances and amounts as people type them, towns outside France", () => {
  it("FR: 'dans le coin de', 'à 5 bornes de', a town in lower case, 'balles' and '1,2k' find and post the right thing", async () => {
    const bike = await post("Margaux", "vends vélo électrique 1,2k à Genève", PUBLISH);
    expect(bike.listing).toMatchObject({ price: { amount: 120000 }, location: { place: "Genève" } });
    await post("Margaux", "je vends ma tondeuse 80 balles à Chambéry", PUBLISH);
    const corner = await m.say("Quentin", "des tondeuses dans le coin de chambéry ?");
    expect(corner.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Chambéry" } });
    expect(cardTitles(corner)).toContain("Tondeuse");
    const near = await m.say("Quentin", "une tondeuse à 5 bornes de Chambéry, max 100 balles");
    expect(near.interpretation.slots).toMatchObject({ radiusKm: 5, maxPrice: 10000, place: "Chambéry" });
    expect(cardTitles(near)).toContain("Tondeuse");
    const tooCheap = await m.say("Quentin", "une tondeuse vers chambery pour moins de 50 balles");
    expect(tooCheap.interpretation.slots).toMatchObject({ maxPrice: 5000, place: "Chambéry" });
    expect(cardTitles(tooCheap)).not.toContain("Tondeuse");
  });

  it("EN: 'within 15 km of', 'in nice under 100', a range with no currency, Ghent and Antwerp", async () => {
    const clothes = await post("Harriet", "giving away a box of baby clothes in Ghent", PUBLISH);
    // The item as written, its container included (the independent writers' labels)
    expect(clothes.listing).toMatchObject({ title: "Box of baby clothes", location: { place: "Ghent" }, price: { amount: 0 } });
    await post("Harriet", "selling a road bike, 90 euros, Nice", PUBLISH);
    const nice = await m.say("Dmitri", "road bike in nice under 100");
    expect(nice.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Nice", maxPrice: 10000 } });
    expect(cardTitles(nice)).toContain("Road bike");
    const within = await m.say("Dmitri", "any baby clothes within 15 km of ghent");
    expect(within.interpretation.slots).toMatchObject({ radiusKm: 15, place: "Ghent" });
    expect(cardTitles(within)).toContain("Box of baby clothes");
    const range = await m.say("Dmitri", "looking for a sofa 50-150 around Antwerp");
    expect(range.interpretation.slots).toMatchObject({ q: "sofa", minPrice: 5000, maxPrice: 15000, place: "Antwerp" });
  });

  it("FR: 'a' typed for 'à' and the article 'au' swallowed keep the town ('a recuperer a Fribourg', 'au Havre', 'autour du Havre')", async () => {
    const stove = await post("Margaux", "vends poele a bois invicta, 300 euros, a recuperer a Fribourg", PUBLISH);
    expect(stove.listing).toMatchObject({ kind: "offer", price: { amount: 30000 }, location: { place: "Fribourg" } });
    const bike = await post("Quentin", "vends mon vélo de course au Havre, 150€", PUBLISH);
    // Le Havre, not Havre in Montana
    expect(bike.listing).toMatchObject({ location: { place: "Le Havre" } });
    const around = await m.say("Margaux", "des vélos de course autour du Havre ?");
    expect(around.interpretation.slots).toMatchObject({ place: "Le Havre" });
    expect(cardTitles(around)).toContain("Vélo de course");
  });

  it("EN: 'pick up a fribourg' is 'à'; 'anyone selling …?' finds what is for sale, 'who needs …?' the wants", async () => {
    const stove = await post("Harriet", "selling my pellet stove, 300 euros, pick up a fribourg", PUBLISH);
    expect(stove.listing).toMatchObject({ kind: "offer", title: "Pellet stove", location: { place: "Fribourg" } });
    const wanted = await post("Margaux", "post a request: a wood pellet stove, Fribourg", PUBLISH);
    expect(wanted.listing).toMatchObject({ kind: "want", location: { place: "Fribourg" } });
    const wantedTitle = wanted.listing?.title ?? "";
    const sellers = await m.say("Dmitri", "anyone selling a pellet stove near Fribourg?");
    expect(sellers.interpretation).toMatchObject({ intent: "search_listings", slots: { kind: "offer", place: "Fribourg" } });
    expect(cardTitles(sellers)).toContain("Pellet stove");
    expect(cardTitles(sellers)).not.toContain(wantedTitle);
    const seekers = await m.say("Dmitri", "who needs a pellet stove around Fribourg?");
    expect(seekers.interpretation).toMatchObject({ intent: "search_listings", slots: { kind: "want" } });
    expect(cardTitles(seekers)).toContain(wantedTitle);
    expect(cardTitles(seekers)).not.toContain("Pellet stove");
  });
});

describe("postings that open with an instruction and a colon", () => {
  it("FR: 'mets en ligne : …' posts the listing's own item, price and town", async () => {
    const piano = await post("Margaux", "mets en ligne : cours de piano pour débutants, 25€ la séance, Namur", PUBLISH);
    expect(piano.listing).toMatchObject({
      kind: "offer",
      title: "Cours de piano pour débutants",
      price: { amount: 2500 },
      location: { place: "Namur" },
    });
  });

  it("EN: 'post this for me: …' with a brand and a chatty tail", async () => {
    const vacuum = await post("Harriet", "post this for me: selling a Dyson vacuum, works fine, 90 quid, Manchester", PUBLISH);
    expect(vacuum.listing).toMatchObject({
      kind: "offer",
      title: "Dyson vacuum",
      price: { amount: 9000, currency: "GBP" },
      location: { place: "Manchester" },
    });
  });
});

describe("relayed messages and one's own inbox", () => {
  it("FR then EN: 'dis à <prénom> que …' and 'tell <name> that …' land in the other member's conversation; 'des réponses ?' lists it", async () => {
    const fr = await m.say("Quentin", "dis à Harriet que je passe prendre les vêtements jeudi");
    expect(fr.interpretation).toMatchObject({ intent: "send_message", slots: { recipient: "Harriet" } });
    const inbox = await t.request("GET", "/api/v1/conversations", { token: m.token.Harriet });
    const bodies = (inbox.body.items as { lastMessage?: { body: string } }[]).map((c) => c.lastMessage?.body);
    expect(bodies).toContain("je passe prendre les vêtements jeudi");
    const en = await m.say("Harriet", "tell Quentin that Thursday works for me");
    expect(en.interpretation).toMatchObject({ intent: "send_message", slots: { recipient: "Quentin" } });
    const answered = await m.say("Quentin", "des réponses ?");
    expect(answered.interpretation.intent).toBe("show_conversations");
    expect(allText(answered) + JSON.stringify(answered.replies)).toContain("Harriet");
    const wroteBack = await m.say("Harriet", "anyone wrote back?");
    expect(wroteBack.interpretation.intent).toBe("show_conversations");
    expect(JSON.stringify(wroteBack.replies)).toContain("Quentin");
  });

  it("EN: 'message the owner: …' after opening a result reaches the owner", async () => {
    await m.say("Dmitri", "road bike in nice under 100");
    await m.say("Dmitri", "the first one");
    const sent = await m.say("Dmitri", "message the owner: is it still available on Saturday?");
    expect(sent.interpretation).toMatchObject({ intent: "send_message", slots: { body: "is it still available on Saturday?" } });
    const inbox = await t.request("GET", "/api/v1/conversations", { token: m.token.Harriet });
    const bodies = (inbox.body.items as { lastMessage?: { body: string } }[]).map((c) => c.lastMessage?.body);
    expect(bodies).toContain("is it still available on Saturday?");
  });
});

describe("facts that imply an action", () => {
  it("FR: 'la tondeuse est partie' asks to delete that listing, and 'oui' removes it", async () => {
    await m.say("Margaux", "annule");
    const asked = await m.say("Margaux", "la tondeuse est partie, tu peux l'enlever");
    expect(asked.interpretation.intent).toBe("delete_listing");
    expect(allText(asked)).toContain("Tondeuse");
    expect((await m.listings("Margaux")).some((l) => l.title === "Tondeuse")).toBe(true);
    await m.say("Margaux", "oui");
    expect((await m.listings("Margaux")).some((l) => l.title === "Tondeuse")).toBe(false);
  });

  it("EN: 'the road bike is gone' is a deletion of the road bike; 'I applied yesterday to the first one' is an application", async () => {
    await m.say("Harriet", "cancel");
    const gone = await m.say("Harriet", "the road bike is gone, take it down");
    expect(gone.interpretation.intent).toBe("delete_listing");
    expect(allText(gone)).toContain("Road bike");
    await m.say("Harriet", "yes");
    expect((await m.listings("Harriet")).some((l) => l.title === "Road bike")).toBe(false);
    // Without a list on screen, "I applied yesterday to the first one" is still an application to record.
    const applied = await m.say("Dmitri", "I applied yesterday to the first one, note it");
    expect(applied.interpretation).toMatchObject({ intent: "apply_mission", slots: { ref: 1 } });
  });
});

describe("references with no context", () => {
  it("FR and EN: 'supprime cette annonce' / 'delete that listing' keep the intent and ask which one, deleting nothing", async () => {
    await m.say("Quentin", "annule");
    const before = (await m.listings("Quentin")).length;
    const fr = await m.say("Quentin", "supprime cette annonce");
    expect(fr.interpretation.intent).toBe("delete_listing");
    expect(allText(fr)).not.toMatch(/pas compris/);
    expect(await m.listings("Quentin")).toHaveLength(before);
    await m.say("Dmitri", "cancel");
    const mine = (await m.listings("Dmitri")).length;
    const en = await m.say("Dmitri", "delete that listing");
    expect(en.interpretation.intent).toBe("delete_listing");
    expect(allText(en)).not.toMatch(/didn't get that/);
    expect(await m.listings("Dmitri")).toHaveLength(mine);
  });
});

describe("preferences and missions said in a sentence", () => {
  it("FR: 'un résumé par semaine' and 'pas de notifications la nuit' are saved", async () => {
    const weekly = await m.say("Margaux", "je préfère un résumé par semaine");
    expect(weekly.interpretation).toMatchObject({ intent: "set_preferences", slots: { digest: "weekly" } });
    const night = await m.say("Margaux", "et pas de notifications la nuit stp");
    expect(night.interpretation).toMatchObject({ intent: "set_preferences", slots: { quietHours: true } });
    const prefs = await t.request("GET", "/api/v1/me/preferences", { token: m.token.Margaux });
    expect(prefs.body).toMatchObject({ digest: "weekly" });
    expect(prefs.body.quietHours).toBeTruthy();
  });

  it("EN: 'stop the daily recap emails' turns the digest off; 'gigs that match my skills' searches missions", async () => {
    const stop = await m.say("Dmitri", "stop the daily recap emails");
    expect(stop.interpretation).toMatchObject({ intent: "set_preferences", slots: { digest: "none" } });
    const prefs = await t.request("GET", "/api/v1/me/preferences", { token: m.token.Dmitri });
    expect(prefs.body).toMatchObject({ digest: "none" });
    const gigs = await m.say("Dmitri", "gigs that match my skills please");
    expect(gigs.interpretation.intent).toBe("search_missions");
    expect(gigs.interpretation.slots.q).toBeUndefined();
  });
});

describe("a name several towns share", () => {
  /** The towns a turn offers as buttons (quick replies that say the town's name). */
  const offered = (turn: AssistantAnswer) => turn.replies.flatMap((r) => (r.quickReplies ?? []).map((q) => q.text ?? q.label));

  it("FR: 'à Boulogne' asks which Boulogne with a button each, writes nothing, then posts in the one chosen", async () => {
    const before = (await m.listings("Quentin")).length;
    const asked = await m.say("Quentin", "je vends ma table de jardin en teck 90€, à récupérer à Boulogne");
    expect(offered(asked)).toEqual(["Boulogne-Billancourt", "Boulogne-sur-Mer"]);
    expect(await m.listings("Quentin")).toHaveLength(before);
    // (words only one of the towns has: never "Mer", the town in Loir-et-Cher)
    const chosen = await m.say("Quentin", "sur mer");
    if ((await m.listings("Quentin")).length === before) await m.press("Quentin", button(chosen, PUBLISH));
    const table = (await m.listings("Quentin")).find((l) => /table de jardin/i.test(l.title));
    expect(table).toMatchObject({ price: { amount: 9000 }, location: { place: "Boulogne-sur-Mer" } });
  });

  it("EN: a search 'near Noisy' asks which Noisy and searches the one picked by its rank", async () => {
    const asked = await m.say("Harriet", "any garden tables near Noisy?");
    expect(asked.interpretation.intent).toBe("search_listings");
    expect(offered(asked)).toEqual(expect.arrayContaining(["Noisy-le-Grand", "Noisy-le-Sec"]));
    const picked = await m.say("Harriet", "the second one");
    expect(picked.interpretation.intent).toBe("search_listings");
    expect(allText(picked)).toMatch(/Noisy-le-Sec/);
    expect(allText(picked)).not.toMatch(/Noisy-le-Grand/);
  });
});
