/**
 * Issue 11, acceptance 4, for the classes session 43 fixed from hobby and collector communities' phrasing (dev99, a
 * writer given only the labelling guide): a hello in SMS spelling before a sale, a product name holding "40k", a model
 * code glued to its letter, a trader's "WTB" and what a trader is after, a scam told as a story. FR and EN over HTTP,
 * in wordings of no evaluation set; each test checks what is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;
const prisma = () => t.core.db.prisma;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Yanis", "fr", "Oran");
  await m.register("Fergus", "en", "Leeds");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("postings of hobbyists and collectors", () => {
  it("FR: 'wsh je vends ma Vespa PX 150' posts the scooter, and sends no message to a member called 'Vespa PX'", async () => {
    const scooter = await m.posted("Yanis", "wsh je vends ma Vespa PX 150");
    expect(scooter).toMatchObject({ kind: "offer", title: "Vespa PX 150" });
    expect(await m.lastMessages("Yanis")).toEqual([]);
  });

  it("EN: 'giving away a Warhammer 40k Kill Team box' stores it free, never at 40,000", async () => {
    const box = await m.posted("Fergus", "giving away a Warhammer 40k Kill Team box, Leeds");
    expect(box.title).toBe("Warhammer 40k Kill Team box");
    expect(box.price?.amount ?? 0).toBe(0);
  });

  it("EN: a reel's model code '4000H' stays in its title; 'WTB any …' posts a want titled by the thing", async () => {
    const reel = await m.posted("Fergus", "Selling a Daiwa BG 4000H reel, 70 quid, Leeds");
    expect(reel).toMatchObject({ title: "Daiwa BG 4000H reel", price: { amount: 7000, currency: "GBP" } });
    const wanted = await m.posted("Fergus", "WTB any old Game Boy games, Leeds");
    expect(wanted.kind).toBe("want");
    expect(wanted.title.toLowerCase()).toBe("old game boy games");
  });

  it("EN: 'I have Azul and I'm after Cascadia' posts Azul offered and Cascadia wanted back", async () => {
    const before = new Set((await m.listings("Fergus")).map((listing) => listing.id));
    await m.postAll("Fergus", ["Up for a trade? I have Azul and I'm after Cascadia, Leeds"]);
    const added = (await m.listings("Fergus")).filter((listing) => !before.has(listing.id));
    expect(added.map((listing) => [listing.kind, listing.title]).sort()).toEqual([
      ["offer", "Azul"],
      ["want", "Cascadia"],
    ]);
  });
});

describe("a swap for the thing asked first", () => {
  it("EN: 'Anyone got a spare tripod? I'd trade my old flash for one' posts the flash offered and the tripod wanted", async () => {
    const before = new Set((await m.listings("Fergus")).map((listing) => listing.id));
    await m.postAll("Fergus", ["Anyone got a spare tripod? I'd trade my old flash for one, Leeds"]);
    const added = (await m.listings("Fergus")).filter((listing) => !before.has(listing.id));
    expect(added.map((listing) => [listing.kind, listing.title.toLowerCase()]).sort()).toEqual([
      ["offer", "old flash"],
      ["want", "tripod"],
    ]);
  });
});

describe("a player sought for set days", () => {
  it("FR: 'on cherche un ailier pour l'équipe réserve, entraînements mardi et vendredi à Oran' posts a want (never a search)", async () => {
    const winger = await m.posted("Yanis", "on cherche un ailier pour l'équipe réserve, entraînements mardi et vendredi à Oran");
    expect(winger).toMatchObject({ kind: "want", location: { place: "Oran" } });
    expect(winger.title.toLowerCase()).toContain("ailier");
  });
});

describe("words that only look like towns", () => {
  it("EN: 'Offering Italian lessons …, native speaker from Naples' is not placed in Naples, nor a jacket 'in green' in Green", async () => {
    const lessons = await m.posted("Fergus", "Offering Italian lessons on zoom, native speaker from Naples, 20€/h");
    expect(lessons).toMatchObject({ kind: "offer", price: { amount: 2000 } });
    expect(lessons.location?.place).not.toBe("Naples");
    const jacket = await m.posted("Fergus", "WTB a Barbour jacket size M in green, budget £60");
    expect(jacket.location?.place).not.toBe("Green");
  });
});

describe("thousands that are no money", () => {
  it("EN: 'Fuji X-T3 body, 18k shutter count, 700' stores 700, never 18 000", async () => {
    const camera = await m.posted("Fergus", "Fuji X-T3 body, 18k shutter count, 700, Leeds");
    expect(camera).toMatchObject({ kind: "offer", price: { amount: 70000 } });
  });
});

describe("money slang in Ireland", () => {
  it("EN: 'crochet lessons in Galway, a tenner a session' stores 10 € (the town's money), never £10", async () => {
    const lessons = await m.posted("Fergus", "Teaching beginner crochet on saturdays in Galway, a tenner a session");
    expect(lessons).toMatchObject({ kind: "offer", price: { amount: 1000, currency: "EUR" }, location: { place: "Galway" } });
  });
});

describe("a city typed in lower case after the thing searched", () => {
  it("EN: 'sofa bed nice under 100' shows the sofa bed in Nice, not the one in Leeds", async () => {
    await m.register("Seller", "en");
    await m.postAll("Seller", ["selling a grey sofa bed, 80€, Nice", "selling a blue sofa bed, 90€, Leeds"]);
    const found = await m.say("Fergus", "sofa bed nice under 100");
    expect(found.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Nice", maxPrice: 10000 } });
    const shown = (found.replies[0]?.cards ?? []).map((card) => card.title.toLowerCase());
    expect(shown).toEqual(["grey sofa bed"]);
  });
});

describe("a price denied, then replaced", () => {
  it("EN: 'the desk lamp is not 40 anymore, it's 30' reprices the lamp to 30, and removes nothing", async () => {
    const lamp = await m.posted("Fergus", "selling a brass desk lamp, 40€, Leeds");
    const said = await m.say("Fergus", "the brass desk lamp is not 40 anymore, it's 30");
    expect(said.interpretation).toMatchObject({ intent: "update_listing", slots: { price: 3000 } });
    if (said.replies.some((reply) => (reply.cards ?? []).some((card) => (card.actions ?? []).length > 0))) await m.confirm("Fergus", said);
    const after = (await m.listings("Fergus")).find((listing) => listing.id === lamp.id);
    expect(after).toMatchObject({ status: "active", price: { amount: 3000 } });
  });
});

describe("what is asked of the building or the town", () => {
  it("EN: 'what's the wifi code for the 2nd floor meeting room?' opens no listing and writes nothing; FR 'le cours du dollar' neither", async () => {
    const before = (await m.listings("Fergus")).length;
    for (const [who, line] of [
      ["Fergus", "what's the wifi code for the 2nd floor meeting room?"],
      ["Yanis", "c'est quoi le cours du dollar aujourd'hui"],
    ] as const) {
      const said = await m.say(who, line);
      expect(said.interpretation.intent, line).toBe("unknown");
      expect(said.replies.flatMap((reply) => reply.cards ?? [])).toEqual([]);
    }
    expect(await m.listings("Fergus")).toHaveLength(before);
  });
});

describe("three-way swaps asked for", () => {
  it("FR: 'montre les échanges à 3 stp' answers with the member's matches, never a listing's details", async () => {
    const said = await m.say("Yanis", "montre les échanges à 3 stp");
    expect(said.interpretation.intent).toBe("show_matches");
    expect(said.interpretation.slots).not.toHaveProperty("ref");
  });
});

describe("whether a thing can be done here", () => {
  it("EN: 'is it possible to contact the seller directly?' explains how, and sends nothing", async () => {
    const said = await m.say("Fergus", "is it possible to contact the seller directly?");
    expect(said.interpretation.intent).toBe("help");
    expect(await m.lastMessages("Fergus")).toEqual([]);
  });
});

describe("a report told as a story", () => {
  it("FR: 'je signale Lina, je lui ai envoyé l'argent …, jamais reçue' files a scam report, asking nothing else first", async () => {
    await m.register("Lina", "fr");
    const said = await m.say("Yanis", "je signale Lina, je lui ai envoyé l'argent pour la lampe, jamais reçue");
    expect(said.interpretation).toMatchObject({ intent: "report_user", slots: { recipient: "Lina", reason: "scam" } });
    await m.say("Yanis", "oui");
    expect(await prisma().report.findMany({ where: { targetUserId: m.id.Lina }, select: { reason: true } })).toEqual([{ reason: "scam" }]);
  });
});
