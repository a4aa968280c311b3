/**
 * Issue 11, acceptance 4, for the classes session 32 fixed, FR and EN over HTTP, in wordings of no evaluation set: a
 * swap said from the other side offers the member's own thing ("who'd trade a sewing machine for my camping stove?",
 * "je cherche une perceuse, j'échange contre mes rollers"); what the member is glad to do is the service posted ("I'm a
 * nurse, happy to do …"), never who they are; a line opening with "à vendre" posts, whatever name ends it; a thing
 * called "l'ancien" then named is posted by its name; a ride's seats left are no thing. Every check is on what was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members, type MyListing } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Gwen", "en", "Leeds");
  await m.register("Léonie", "fr", "Albi");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** The member's listings added by posting `text` through the assistant. */
async function added(who: string, text: string): Promise<MyListing[]> {
  const before = new Set((await m.listings(who)).map((listing) => listing.id));
  await m.postAll(who, [text]);
  return (await m.listings(who)).filter((listing) => !before.has(listing.id));
}
const byKind = (listings: MyListing[], kind: string) => listings.filter((l) => l.kind === kind).map((l) => l.title.toLowerCase());

describe("a swap said from the other side", () => {
  it("EN: 'who'd trade a sewing machine for my old camping stove?' offers the stove and wants the machine", async () => {
    const listings = await added("Gwen", "who'd trade a sewing machine for my old camping stove? Leeds");
    expect(byKind(listings, "offer")).toEqual(["old camping stove"]);
    expect(byKind(listings, "want")).toEqual(["sewing machine"]);
  });

  it("FR: 'je cherche une perceuse, j'échange contre mes rollers' offers the rollers and wants the drill", async () => {
    const listings = await added("Léonie", "je cherche une perceuse, j'échange contre mes rollers");
    expect(byKind(listings, "offer")).toEqual(["rollers"]);
    expect(byKind(listings, "want")).toEqual(["perceuse"]);
  });
});

describe("what the member is glad to do, and things named in passing", () => {
  it("EN: a nurse happy to do blood pressure checks posts the checks, offered", async () => {
    const [listing] = await added("Gwen", "I'm a retired nurse, happy to do blood pressure checks, free, Leeds");
    expect(listing?.title.toLowerCase()).toBe("blood pressure checks");
    expect(listing?.kind).toBe("offer");
  });

  it("EN: a ride's seats left are no title: 'lift from Leeds to York on sunday, 2 seats left, £8'", async () => {
    const [listing] = await added("Gwen", "lift from Leeds to York on sunday, 2 seats left, £8");
    expect(listing?.title.toLowerCase()).toBe("lift from leeds to york");
    expect(listing?.price).toEqual({ amount: 800, currency: "GBP" });
  });

  it("FR: 'à vendre miel de lavande, ferme des Grangeon' posts the honey (it wrote to no one)", async () => {
    const [listing] = await added("Léonie", "à vendre miel de lavande 9€ le pot, ferme des Grangeon");
    expect(listing?.title.toLowerCase()).toBe("miel de lavande");
    expect(listing?.price?.amount).toBe(900);
    expect(await m.lastMessages("Léonie")).toEqual([]);
  });

  it("FR: 'on a changé de frigo, je donne l'ancien, un Liebherr 240L' posts the Liebherr", async () => {
    const [listing] = await added("Léonie", "on a changé de frigo, je donne l'ancien, un Liebherr 240L, Albi");
    expect(listing?.title).toMatch(/^Liebherr 240L$/i);
    expect(listing?.kind).toBe("offer");
  });
});
