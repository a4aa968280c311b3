/**
 * Issue 11, acceptance 4, for the classes session 36 fixed, FR and EN over HTTP, in wordings of no evaluation set:
 * a posting told after a story is stored under the thing and the town where it is; a search asked after a story finds
 * what the request names; a classified ad (a thing and its price, no verb) is stored as an offer; a service priced by
 * its unit is offered; "qui peut …" is stored as a want. Every check is on what was stored or found.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Solène", "fr", "Lyon");
  await m.register("Bastien", "fr", "Lyon");
  await m.register("Moira", "en", "Galway");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a story told before the posting", () => {
  it("FR: the thing of the priced sentence and the town said last are stored, not the story's", async () => {
    const listing = await m.posted(
      "Solène",
      "Mon frère est parti vivre à Montréal et le bureau de sa chambre ne sert plus. Bureau enfant en pin massif, quelques traces, 45€, Lyon",
    );
    expect(listing).toMatchObject({ kind: "offer", location: { place: "Lyon" } });
    expect(listing.title.toLowerCase()).toBe("bureau enfant en pin massif");
    expect(listing.price?.amount).toBe(4500);
  });

  it("FR: a search asked after a story finds what the request names", async () => {
    const found = await m.say("Bastien", "Ma fille entre au collège à la rentrée. Y a-t-il des bureaux enfant près de Lyon ?");
    expect(found.interpretation).toMatchObject({ intent: "search_listings", slots: { q: "bureaux enfant", place: "Lyon" } });
    expect((found.replies[0]?.cards ?? []).map((card) => card.title.toLowerCase())).toContain("bureau enfant en pin massif");
  });

  it("EN: the piano named after the story is stored, priced and placed", async () => {
    const listing = await m.posted(
      "Moira",
      "We're moving back to Boston in March and can't take the piano. Yamaha digital piano P-125, like new, €400, Galway",
    );
    expect(listing.title.toLowerCase()).toBe("yamaha digital piano");
    expect(listing).toMatchObject({ kind: "offer", price: { amount: 40000 }, location: { place: "Galway" } });
    const stored = await t.core.db.prisma.listing.findUnique({ where: { id: listing.id } });
    expect(stored?.condition).toBe("like_new");
  });
});

describe("classified ads and services", () => {
  it("EN: 'Gaming laptop MSI RTX 4060 16GB, 900€, Galway' reads first as a posting, asked with the search beside it, and is stored as an offer at 900", async () => {
    const asked = await m.say("Moira", "Gaming laptop MSI RTX 4060 16GB, 900€, Galway");
    expect(asked.interpretation).toMatchObject({ intent: "create_listing", slots: { price: 90000 } });
    // (choosing the posting is the member's confirmation: it is posted, with an Undo)
    await m.press("Moira", button(asked, "Post a listing"));
    const stored = await t.core.db.prisma.listing.findMany({ where: { ownerId: m.id.Moira, title: { contains: "MSI" } } });
    expect(stored.map((row) => [row.kind, row.priceMinor])).toEqual([["offer", 90000]]);
  });

  it("FR: 'Manucure à domicile à Lyon, 25€ la pose' is offered; 'qui peut arroser mes plantes ?' is stored as a want", async () => {
    const nails = await m.posted("Solène", "Manucure à domicile à Lyon, 25€ la pose");
    expect(nails).toMatchObject({ kind: "offer", price: { amount: 2500 } });
    const plants = await m.posted("Bastien", "qui peut arroser mes plantes pendant mes vacances en août ? Lyon");
    expect(plants.kind).toBe("want");
  });
});
