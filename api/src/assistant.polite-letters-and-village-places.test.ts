/**
 * Issue 11, acceptance 4, for the classes session 37 fixed among older members of village networks (dev88), FR and EN
 * over HTTP, in wordings of no evaluation set: a polite letter's request is stored as a want where the member lives; a
 * gift for the asking as an offer; a ride where it leaves from, titled with its way; listings asked about are searched
 * and found. Every check is on what was stored or found.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Odette", "fr", "Aurillac");
  await m.register("Gérard", "fr", "Aurillac");
  await m.register("Joan", "en", "Ledbury");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a letter's manners", () => {
  it("EN: a request opening 'Dear all, I would be most grateful if …' and signed is stored as a want, in the town said alone", async () => {
    const prune = await m.posted(
      "Joan",
      "Dear all, I would be most grateful if someone could help me prune my apple trees. Ledbury. Many thanks, Joan",
    );
    expect(prune).toMatchObject({ kind: "want", location: { place: "Ledbury" } });
  });

  it("EN: 'They are yours for the asking' is stored as an offer of the thing, not of the salutation", async () => {
    const plums = await m.posted("Joan", "Dear neighbours, we have far too many plums this year. They are yours for the asking. Ledbury.");
    expect(plums.kind).toBe("offer");
    expect(plums.title.toLowerCase()).toBe("plums");
  });
});

describe("help with a task, help with Relais", () => {
  it("FR: 'mon père a besoin d'un coup de main pour …' is stored as a want; 'besoin d'aide pour publier une annonce' posts nothing", async () => {
    const bulb = await m.posted("Gérard", "mon père a besoin d'un coup de main pour changer une ampoule, Aurillac");
    expect(bulb).toMatchObject({ kind: "want", location: { place: "Aurillac" } });
    // (for a parent, where the parent lives, not where the writer is)
    const hedge = await m.posted(
      "Gérard",
      "ma mère (88 ans, Vic-sur-Cère) a besoin d'un coup de main pour sa haie. Je suis à Aurillac. Merci",
    );
    expect(hedge).toMatchObject({ kind: "want", location: { place: "Vic-sur-Cère" } });
    const before = (await m.listings("Odette")).length;
    const help = await m.say("Odette", "j'ai besoin d'aide pour publier une annonce");
    expect(help.interpretation.intent).toBe("help");
    expect(await m.listings("Odette")).toHaveLength(before);
  });
});

describe("rides and listings asked about", () => {
  it("FR: a ride is stored where it leaves from, titled with its way", async () => {
    const ride = await m.posted(
      "Odette",
      "Besoin d'un covoit pour aller au marché d'Aurillac le samedi, je pars de Vic-sur-Cère. Merci, Odette",
    );
    expect(ride).toMatchObject({ kind: "want", location: { place: "Vic-sur-Cère" } });
    expect(ride.title.toLowerCase()).toBe("covoit pour aller au marché d'aurillac");
  });

  it("FR: 'existe-t-il des annonces pour du jardinage à Aurillac ?' finds the gardening offered there", async () => {
    await m.posted("Gérard", "Je propose du jardinage à Aurillac, 15€ de l'heure");
    const found = await m.say("Odette", "Bonjour, existe-t-il des annonces pour du jardinage à Aurillac ? Merci");
    expect(found.interpretation).toMatchObject({ intent: "search_listings", slots: { place: "Aurillac" } });
    expect((found.replies[0]?.cards ?? []).map((card) => card.title.toLowerCase())).toContain("jardinage");
  });
});
