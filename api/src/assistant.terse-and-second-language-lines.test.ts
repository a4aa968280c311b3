/**
 * Issue 11, acceptance 4, for the classes session 35 fixed among power users who type tersely and members writing in
 * a second language, FR and EN over HTTP, in wordings of no evaluation set: a posting typed as fields is stored with
 * each field; a WTT line posts the offer and the want; "I search … cheap" put up as an announce is stored as a want;
 * words quoted for a name typed in lower case reach that member. Every check is on what was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Mod", "fr", "Dijon");
  await m.register("Kasia", "en", "Edinburgh");
  await m.register("Ana", "en", "Edinburgh");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("a posting typed as fields", () => {
  it("FR: 'titre: … | prix: 40 | lieu: dijon | état: be | type: offre' stores each field", async () => {
    const listing = await m.posted("Mod", "titre: lampe de bureau vintage | prix: 40 | lieu: dijon | état: be | type: offre");
    expect(listing).toMatchObject({ kind: "offer", title: "Lampe de bureau vintage", location: { place: "Dijon" } });
    expect(listing.price?.amount).toBe(4000);
    const stored = await t.core.db.prisma.listing.findUnique({ where: { id: listing.id } });
    expect(stored?.condition).toBe("good");
  });

  it("EN: 'WTT: Xbox One + 4 games for a Switch Lite' posts the offer and the want", async () => {
    await m.postAll("Kasia", ["WTT: Xbox One + 4 games for a Switch Lite, Edinburgh"]);
    const listings = await m.listings("Kasia");
    expect(listings.find((listing) => listing.kind === "offer")?.title).toBe("Xbox One + 4 games");
    expect(listings.filter((listing) => listing.kind === "want").map((listing) => listing.title.toLowerCase())).toEqual(["switch lite"]);
  });
});

describe("lines written in a second language", () => {
  it("EN: 'please put announce: I search a desk for study, cheap' stores a want", async () => {
    const listing = await m.posted("Kasia", "please put announce: I search a desk for study, cheap, Edinburgh");
    expect(listing.kind).toBe("want");
    expect(listing.title.toLowerCase()).toBe("desk for study");
  });

  it("EN: \"can you send to ana 'I arrive in 10 min'\" sends those words to Ana", async () => {
    const said = await m.say("Kasia", "can you send to ana 'I arrive in 10 min'");
    expect(said.interpretation).toMatchObject({ intent: "send_message", slots: { body: "I arrive in 10 min" } });
    await m.confirm("Kasia", said);
    const rows = await t.core.db.prisma.message.findMany({ where: { senderId: m.id.Kasia, deletedAt: null } });
    expect(rows.map((row) => row.body)).toEqual(["I arrive in 10 min"]);
    const members = await t.core.db.prisma.conversationMember.findMany({ where: { conversationId: rows[0]?.conversationId } });
    expect(members.map((member) => member.userId)).toContain(m.id.Ana);
  });
});
