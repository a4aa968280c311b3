/**
 * Issue 11, acceptance 4, for the classes session 41 fixed from company workspaces' and neighbourhood servers' phrasing
 * (dev97, a writer given only the labelling guide): a bound of the last search set again with its verb, the town the
 * member moves out of, a quoted headline and the languages said after it; and session 42's, one of the list named by
 * its town ("pull up the one in Laval"). FR and EN over HTTP, in wordings of no evaluation set; each test checks what is
 * shown or stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssistantAnswer, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

const shown = (turn: AssistantAnswer) => (turn.replies[0]?.cards ?? []).map((c) => c.title.toLowerCase()).sort();

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Seller", "en");
  await m.register("Inès", "fr", "Nantes");
  await m.register("Tom", "en", "Leeds");
  await m.postAll("Seller", [
    "selling a grey desk lamp, 12 pounds, Leeds",
    "selling a brass desk lamp, 30 pounds, Leeds",
    "je vends une lampe de bureau verte 15 € à Nantes",
    "je vends une lampe de bureau en laiton 45 € à Nantes",
  ]);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a bound of the last search set again", () => {
  it("EN: 'raise the max to 35' after 'desk lamps in Leeds under 20' shows the brass lamp too, and reprices nothing", async () => {
    const first = await m.say("Tom", "desk lamps in Leeds under 20");
    expect(shown(first)).toEqual(["grey desk lamp"]);
    const raised = await m.say("Tom", "raise the max to 35");
    expect(raised.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 3500, place: "Leeds" } });
    expect(shown(raised)).toEqual(["brass desk lamp", "grey desk lamp"]);
    expect((await m.listings("Seller")).map((listing) => listing.price?.amount).sort()).toEqual([1200, 1500, 3000, 4500]);
  });

  it("FR: 'mets le budget à 50€' after a search capped at 20 € shows the brass lamp too", async () => {
    const first = await m.say("Inès", "des lampes de bureau à Nantes, moins de 20 €");
    expect(shown(first)).toEqual(["lampe de bureau verte"]);
    const raised = await m.say("Inès", "mets le budget à 50€");
    expect(raised.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 5000 } });
    expect(shown(raised)).toEqual(["lampe de bureau en laiton", "lampe de bureau verte"]);
  });
});

describe("postings and the profile", () => {
  it("FR: 'je déménage de Rennes, je vends mon micro-ondes' places the listing in Rennes", async () => {
    const microwave = await m.posted("Inès", "je déménage de Rennes la semaine prochaine, je vends mon micro-ondes 30€");
    expect(microwave).toMatchObject({ kind: "offer", price: { amount: 3000 }, location: { place: "Rennes" } });
  });

  it("EN: a quoted headline is stored without its quotes, and the languages said after it are added", async () => {
    const said = await m.say("Tom", "change my headline to 'Bookkeeper for small charities' and add that I speak Welsh");
    expect(said.interpretation).toMatchObject({
      intent: "update_profile",
      slots: { headline: "Bookkeeper for small charities", languages: ["cy"] },
    });
    if (said.replies.some((reply) => (reply.cards ?? []).some((card) => (card.actions ?? []).length > 0))) await m.confirm("Tom", said);
    const profile = await t.request("GET", "/api/v1/me/profile", { token: m.token.Tom });
    expect(profile.status, profile.text).toBe(200);
    expect(profile.body.headline).toBe("Bookkeeper for small charities");
    expect(profile.body.languages).toContain("cy");
  });
});

describe("a trade set as a title (session 43)", () => {
  it("FR: 'mets comme titre : Électricienne du bâtiment, et ajoute domotique à mes compétences' sets the headline and the skill, and renames no listing", async () => {
    const titles = (await m.listings("Inès")).map((listing) => listing.title).sort();
    const said = await m.say("Inès", "mets comme titre : Électricienne du bâtiment, et ajoute domotique à mes compétences");
    expect(said.interpretation).toMatchObject({
      intent: "update_profile",
      slots: { headline: "Électricienne du bâtiment", skills: ["domotique"] },
    });
    if (said.replies.some((reply) => (reply.cards ?? []).some((card) => (card.actions ?? []).length > 0))) await m.confirm("Inès", said);
    const profile = await t.request("GET", "/api/v1/me/profile", { token: m.token.Inès });
    expect(profile.status, profile.text).toBe(200);
    expect(profile.body.headline).toBe("Électricienne du bâtiment");
    expect(profile.body.skills).toContain("domotique");
    expect((await m.listings("Inès")).map((listing) => listing.title).sort()).toEqual(titles);
  });
});

describe("tools added as skills (session 43)", () => {
  it("EN: 'add zbrush, cinema 4d and blender' stores the three skills on Tom's profile and posts nothing", async () => {
    const said = await m.say("Tom", "add zbrush, cinema 4d and blender");
    expect(said.interpretation).toMatchObject({ intent: "update_profile", slots: { skills: ["zbrush", "cinema 4d", "blender"] } });
    if (said.replies.some((reply) => (reply.cards ?? []).some((card) => (card.actions ?? []).length > 0))) await m.confirm("Tom", said);
    const profile = await t.request("GET", "/api/v1/me/profile", { token: m.token.Tom });
    expect(profile.status, profile.text).toBe(200);
    expect(profile.body.skills).toEqual(expect.arrayContaining(["zbrush", "cinema 4d", "blender"]));
    expect(await m.listings("Tom")).toHaveLength(0);
  });
});

describe("one of the list named by its town", () => {
  it("EN: 'can you pull up the one in Laval' after a list of two road bikes opens the Laval one; FR 'celle à Rennes' the Rennes one", async () => {
    await m.postAll("Seller", ["selling a blue road bike, 200 pounds, Leeds", "je vends un vélo de route rouge 180 € à Laval"]);
    const listed = await m.say("Tom", "road bikes");
    expect(listed.replies.flatMap((r) => r.cards ?? []).length).toBeGreaterThanOrEqual(2);
    const opened = await m.say("Tom", "can you pull up the one in Laval");
    expect(opened.interpretation.intent).toBe("show_listing");
    const card = opened.replies.flatMap((r) => r.cards ?? [])[0];
    expect(card?.title.toLowerCase()).toBe("vélo de route rouge");

    await m.postAll("Seller", ["je vends une table de jardin en teck 90 € à Rennes", "je vends une table de jardin en fer 40 € à Nantes"]);
    const tables = await m.say("Inès", "tables de jardin");
    expect(tables.replies.flatMap((r) => r.cards ?? []).length).toBeGreaterThanOrEqual(2);
    const rennes = await m.say("Inès", "tu peux montrer celle à Rennes ?");
    expect(rennes.replies.flatMap((r) => r.cards ?? [])[0]?.title.toLowerCase()).toBe("table de jardin en teck");
  });
});

describe("work asked for by its kind or for one's trade", () => {
  it("EN/FR: 'searching for copywriting gigs, remote, min 300 a day' and 'y a quelque chose à Tours pour une ingénieure qualité ?' search missions and post nothing", async () => {
    const before = (await m.listings("Tom")).length;
    const beforeInès = (await m.listings("Inès")).length;
    const gigs = await m.say("Tom", "searching for copywriting gigs, remote, min 300 a day");
    expect(gigs.interpretation).toMatchObject({ intent: "search_missions", slots: { minRate: 30000, remote: true } });
    const trade = await m.say("Inès", "y a quelque chose à Tours pour une ingénieure qualité ?");
    expect(trade.interpretation).toMatchObject({ intent: "search_missions", slots: { place: "Tours" } });
    expect((await m.listings("Tom")).length).toBe(before);
    expect((await m.listings("Inès")).length).toBe(beforeInès);
  });

  it("EN: 'bookkeeping gigs near Bristol? I do the accounts for my sister's shop …' searches missions and posts nothing", async () => {
    const before = (await m.listings("Tom")).length;
    const asked = await m.say("Tom", "bookkeeping gigs near Bristol? I do the accounts for my sister's shop but I need more");
    expect(asked.interpretation).toMatchObject({ intent: "search_missions", slots: { place: "Bristol" } });
    expect((await m.listings("Tom")).length).toBe(before);
  });
});

describe("the rate of one service the member lists", () => {
  it("FR: 'je passe mon tarif de repassage à 14€ de l'heure' reprices the ironing listing, not the profile", async () => {
    await m.register("Odile", "fr", "Lyon");
    const ironing = await m.posted("Odile", "je propose du repassage à domicile, 12€ de l'heure, Lyon");
    await m.posted("Odile", "je vends une table à repasser 15€ à Lyon");
    const asked = await m.say("Odile", "je passe mon tarif de repassage à 14€ de l'heure");
    expect(asked.interpretation.intent).toBe("update_listing");
    await m.confirm("Odile", asked);
    const after = await m.listings("Odile");
    expect(after.find((l) => l.id === ironing.id)?.price?.amount).toBe(1400);
    expect(after.find((l) => l.id !== ironing.id)?.price?.amount).toBe(1500);
  });
});

describe("one of the member's listings changed, however it is said", () => {
  it("FR/EN: a detail added 'pour la commode, précise que …', a title changed by 'l'intitulé', a distance that is no price", async () => {
    await m.register("Basile", "fr", "Dijon");
    const chest = await m.posted("Basile", "je vends une commode en pin 70€ à Dijon");
    const detail = await m.say("Basile", "pour la commode, précise que les poignées sont d'origine");
    expect(detail.interpretation.intent).toBe("update_listing");
    await m.confirm("Basile", detail);
    const described = (await m.listings("Basile")).find((l) => l.id === chest.id);
    expect(described?.description).toContain("poignées sont d'origine");
    expect(described?.price?.amount).toBe(7000);

    // (words added past what a description holds are refused politely, nothing written)
    const flood = await m.say("Basile", `pour la commode, précise que ${"très belle ".repeat(1000)}`);
    expect(flood.replies.length).toBeGreaterThan(0);
    expect((await m.listings("Basile")).find((l) => l.id === chest.id)?.description).toBe(described?.description);

    const titled = await m.say("Basile", "tu peux modifier l'intitulé de mon annonce de commode : Commode ancienne en pin massif");
    expect(titled.interpretation).toMatchObject({ intent: "update_listing", slots: { title: "Commode ancienne en pin massif" } });

    await m.register("Ruth", "en", "York");
    const scooter = await m.posted("Ruth", "selling my Honda scooter, 900 pounds, York");
    const mileage = await m.say("Ruth", "could I edit my scooter listing? it has 12 400 km now");
    expect(mileage.interpretation.intent).toBe("update_listing");
    expect(mileage.interpretation.slots.price).toBeUndefined();
    expect((await m.listings("Ruth")).find((l) => l.id === scooter.id)?.price?.amount).toBe(90000);
  });
});

describe("words told to a group named by its capitals", () => {
  it("FR: 'Dites à la Maison des Jeunes que …' writes to that member, and posts nothing", async () => {
    await m.register("Maison des Jeunes", "fr", "Lyon");
    await m.register("Yvette", "fr", "Lyon");
    const told = await m.say("Yvette", "Dites à la Maison des Jeunes que je peux animer l'atelier vélo samedi");
    expect(told.interpretation).toMatchObject({ intent: "send_message", slots: { recipient: "Maison des Jeunes" } });
    await m.confirm("Yvette", told);
    expect(await m.lastMessages("Maison des Jeunes")).toContain("je peux animer l'atelier vélo samedi");
    expect((await m.listings("Yvette")).length).toBe(0);
  });
});
