/**
 * Issue 11, acceptance 4, for the classes session 29 fixed, FR and EN over HTTP, in wordings of no evaluation set: an
 * action forbidden before it is done ("no wait, don't delete it", "ne supprime pas l'annonce") calls off what was
 * pending and touches nothing; one's offer withdrawn in words ("en fait je ne vends plus la lampe", "I'm not selling
 * the kettle anymore") asks to delete that listing; a price said and corrected at once ("the bike is 90 no wait 85",
 * "change the price to 60 no 55") stores the corrected one; family who text a lot ("ma mère m'écrit 10 fois par jour
 * pour la kermesse") and an app that crashes are no report on any member; a size written as a fraction or in feet ("a
 * 1/2 size violin, 120", "ma planche 6'2, 250") is the thing's, never its price. Every check is on what was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Odile", "fr", "Namur");
  await m.register("Hugh", "en", "Leeds");
  await m.register("Maëlle", "fr", "Namur");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const titles = async (who: string) =>
  (await m.listings(who))
    .map((listing) => listing.title)
    .sort()
    .join(", ");

describe("an action forbidden before it is done is called off", () => {
  it("EN: 'delete my tent listing' then 'no wait, don't delete it' keeps the tent, even if the old Yes is pressed", async () => {
    await m.postAll("Hugh", ["selling a camping tent, £40, Leeds"]);
    const asked = await m.say("Hugh", "delete my tent listing");
    const yes = button(asked, "Yes");
    expect(yes, allText(asked)).toBeDefined();
    const stopped = await m.say("Hugh", "no wait, don't delete it");
    expect(stopped.interpretation.intent).toBe("cancel");
    expect(button(stopped, "Yes")).toBeUndefined();
    expect(await titles("Hugh")).toContain("Camping tent");
    // (the question called off, its old button deletes nothing)
    await m.press("Hugh", yes);
    expect(await titles("Hugh")).toContain("Camping tent");
  });

  it("FR: 'non attends, ne supprime pas l'annonce' keeps the listing", async () => {
    await m.postAll("Odile", ["je vends une ponceuse 35€ à Namur"]);
    const asked = await m.say("Odile", "supprime mon annonce de ponceuse");
    expect(button(asked, "Oui"), allText(asked)).toBeDefined();
    const stopped = await m.say("Odile", "non attends, ne supprime pas l'annonce");
    expect(stopped.interpretation.intent).toBe("cancel");
    expect(button(stopped, "Oui")).toBeUndefined();
    expect((await titles("Odile")).toLowerCase()).toContain("ponceuse");
  });
});

describe("one's offer withdrawn in words", () => {
  it("FR: 'en fait je ne vends plus la lampe' → oui deletes the lamp and only it", async () => {
    await m.postAll("Odile", ["je vends une lampe de chevet 12€ à Namur", "je vends un escabeau 25€ à Namur"]);
    const said = await m.say("Odile", "en fait je ne vends plus la lampe");
    expect(said.interpretation.intent).toBe("delete_listing");
    await m.confirm("Odile", said);
    const left = (await titles("Odile")).toLowerCase();
    expect(left, allText(said)).not.toContain("lampe");
    expect(left).toContain("escabeau");
  });

  it("EN: 'I'm not selling the kettle anymore' → yes deletes the kettle", async () => {
    await m.postAll("Hugh", ["selling an electric kettle, £10, Leeds"]);
    const said = await m.say("Hugh", "I'm not selling the kettle anymore");
    expect(said.interpretation.intent).toBe("delete_listing");
    await m.confirm("Hugh", said);
    expect((await titles("Hugh")).toLowerCase(), allText(said)).not.toContain("kettle");
  });
});

describe("a price said and corrected at once", () => {
  it("EN: 'the bike is 90 no wait 85' → yes stores 85", async () => {
    const bike = await m.posted("Hugh", "selling a kids' bike, £100, Leeds");
    const changed = await m.say("Hugh", "the bike is 90 no wait 85");
    expect(changed.interpretation).toMatchObject({ intent: "update_listing", slots: { price: 8500 } });
    await m.confirm("Hugh", changed);
    expect((await m.listings("Hugh")).find((listing) => listing.id === bike.id)?.price?.amount, allText(changed)).toBe(8500);
  });

  it("FR: 'change le prix du fauteuil à 60 non 55' → oui stores 55", async () => {
    const armchair = await m.posted("Odile", "je vends un fauteuil en cuir 80€ à Namur");
    const changed = await m.say("Odile", "change le prix du fauteuil à 60 non 55");
    expect(changed.interpretation).toMatchObject({ intent: "update_listing", slots: { price: 5500 } });
    await m.confirm("Odile", changed);
    expect((await m.listings("Odile")).find((listing) => listing.id === armchair.id)?.price?.amount, allText(changed)).toBe(5500);
  });
});

describe("family who text a lot, an app that crashes: no report on anyone", () => {
  for (const [who, text] of [
    ["Odile", "ma mère m'écrit 10 fois par jour pour la kermesse"],
    ["Hugh", "my flatmate keeps texting me about the rent"],
    ["Hugh", "this app keeps crashing when I post"],
    ["Odile", "l'appli plante quand je publie"],
  ] as const) {
    it(`${who === "Odile" ? "FR" : "EN"}: '${text}' reports no one`, async () => {
      const said = await m.say(who, text);
      expect(said.interpretation.intent).not.toBe("report_user");
      await m.confirm(who, said);
      expect(await t.core.db.prisma.report.count({ where: { reporterId: m.id[who] } })).toBe(0);
    });
  }
});

describe("a size written as a fraction or in feet is no price", () => {
  it("EN: 'selling a 1/2 size violin, 120, York' publishes the violin at 120, not at 1", async () => {
    const listing = await m.posted("Hugh", "selling a 1/2 size violin, 120, York");
    expect(listing).toMatchObject({ kind: "offer", price: { amount: 12000 }, location: { place: "York" } });
    expect(listing.title.toLowerCase()).toBe("1/2 size violin");
  });

  it("FR: 'je vends ma planche de surf 6'2, 250€, Biarritz' keeps the size in the title", async () => {
    const listing = await m.posted("Odile", "je vends ma planche de surf 6'2, 250€, Biarritz");
    expect(listing).toMatchObject({ kind: "offer", price: { amount: 25000 }, location: { place: "Biarritz" } });
    expect(listing.title.toLowerCase()).toBe("planche de surf 6'2");
  });
});

describe("words headed by a verb of writing and a name are sent, whatever they ask", () => {
  it("EN: 'Reply to Maëlle: thanks, can we meet at the harbour around 6?' → yes delivers those words to Maëlle", async () => {
    const sent = await m.say("Hugh", "Reply to Maëlle: thanks, can we meet at the harbour around 6?");
    expect(sent.interpretation).toMatchObject({ intent: "send_message", slots: { recipient: "Maëlle" } });
    await m.confirm("Hugh", sent);
    expect(await m.lastMessages("Maëlle"), allText(sent)).toContain("thanks, can we meet at the harbour around 6?");
  });
});
