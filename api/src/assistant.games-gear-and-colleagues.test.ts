/**
 * Issue 11, acceptance 4, for the classes session 35 fixed among board-game and card players, musicians and a
 * company's colleagues, FR and EN over HTTP, in wordings of no evaluation set: an edition's language is left out of
 * the stored title and a card's grade or a sealed box is its condition; a trader's "FT … LF …" is stored as an offer
 * wanting what it looks for; people wanted for a band are posted as a want; a search capped by "anything below" shows
 * what costs less; a skill taken out in the line that sets a headline leaves the profile without it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, cardTitles, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Romain", "fr", "Nancy");
  await m.register("Aoife", "en", "Leeds");
  await m.register("Priya", "en", "Leeds");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a board game or a card, as players post them", () => {
  it("FR: 'vends Dixit en VF, encore sous cello' stores 'Dixit', new", async () => {
    const listing = await m.posted("Romain", "vends Dixit en VF, encore sous cello, 20€, Nancy");
    expect(listing.title).toBe("Dixit");
    expect(listing.price?.amount).toBe(2000);
    const stored = await t.core.db.prisma.listing.findUnique({ where: { id: listing.id } });
    expect(stored?.condition).toBe("new");
  });

  it("EN: 'FT: Root (EN). LF: Oath' posts an offer of Root and a want of Oath", async () => {
    await m.postAll("Aoife", ["FT: Root + Riverfolk (EN). LF: Oath, Leeds"]);
    const listings = await m.listings("Aoife");
    expect(listings.find((listing) => listing.kind === "offer")).toMatchObject({ title: "Root + Riverfolk", location: { place: "Leeds" } });
    expect(listings.filter((listing) => listing.kind === "want").map((listing) => listing.title.toLowerCase())).toEqual(["oath"]);
  });
});

describe("people wanted for a band", () => {
  it("FR: 'je cherche un(e) batteur pour groupe de rock à Nancy' looks first, and 'Publier une demande' posts the want", async () => {
    const none = await m.say("Romain", "je cherche un(e) batteur pour groupe de rock à Nancy");
    expect(none.interpretation.intent).toBe("search_listings");
    const want = await m.press("Romain", button(none, "Publier une demande"));
    if (!(await m.listings("Romain")).some((listing) => listing.kind === "want")) await m.press("Romain", button(want, "Publier"));
    const posted = (await m.listings("Romain")).find((listing) => listing.kind === "want");
    expect(posted?.title.toLowerCase(), allText(want)).toMatch(/^batteur/);
    expect(posted?.location?.place).toMatch(/Nancy/);
  });
});

describe("a search capped by 'anything below'", () => {
  it("EN: shows the pedal under the cap and not the one above it", async () => {
    await m.posted("Priya", "selling a Boss DD-7 delay pedal, 90 euros, Leeds");
    await m.posted("Priya", "selling a Strymon Timeline delay pedal, 300 euros, Leeds");
    const found = await m.say("Aoife", "delay pedals in Leeds, anything below 150 €");
    expect(found.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 15000 } });
    const titles = cardTitles(found);
    expect(
      titles.some((title) => title.includes("boss")),
      allText(found),
    ).toBe(true);
    expect(
      titles.some((title) => title.includes("strymon")),
      allText(found),
    ).toBe(false);
  });
});

describe("a skill taken out in the line that sets a headline", () => {
  it("EN: the profile loses the skill and gets the headline", async () => {
    await m.say("Priya", "add php and docker to my skills");
    const said = await m.say("Priya", "remove PHP from my skills and set my headline to 'Cloud architect'");
    expect(said.interpretation).toMatchObject({ intent: "update_profile", slots: { removeSkills: ["php"] } });
    await m.confirm("Priya", said);
    const profile = await t.core.db.prisma.profile.findUnique({ where: { userId: m.id.Priya } });
    expect([...(profile?.skills ?? [])]).toEqual(["docker"]);
    expect(profile?.headline).toBe("Cloud architect");
  });

  it("FR: 'ajoute figma à mes compétences, enlève photoshop' leaves figma without photoshop", async () => {
    await m.say("Romain", "ajoute photoshop à mes compétences");
    const said = await m.say("Romain", "ajoute figma à mes compétences, enlève photoshop");
    await m.confirm("Romain", said);
    const profile = await t.core.db.prisma.profile.findUnique({ where: { userId: m.id.Romain } });
    expect([...(profile?.skills ?? [])]).toEqual(["figma"]);
  });
});
