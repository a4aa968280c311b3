/**
 * The demo community is what a new admin sees first: it must be big enough to explore, in
 * both languages, and really contain the swaps it was built around — findable by the local
 * embedder even when the two sides write in different languages.
 */
import { describe, expect, it } from "vitest";
import { embedLocally } from "../ai/local-embedder.ts";
import { CATEGORY_TREE, type CategorySeed } from "../listings/categories.ts";
import { listingEmbeddingText } from "../listings/listing-view.ts";
import { buildDemoListings, type DemoListing } from "./community.ts";
import { DEMO_MEMBERS } from "./members.ts";
import { DEMO_MISSIONS } from "./missions.ts";
import { DEMO_CYCLES, DEMO_PAIRS } from "./trades.ts";

const listings = buildDemoListings();

function cosine(a: number[], b: number[]) {
  return a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
}

const textOf = (listing: DemoListing) => listingEmbeddingText(listing);
const offers = listings
  .filter((listing) => listing.kind === "offer")
  .map((listing) => ({ listing, vector: embedLocally(textOf(listing)) }));

/** Rank (1 = best) of the `member`'s offer of `item` among all offers, for a want. */
function rankOfOffer(want: DemoListing, member: string, item: string): number {
  const wantVector = embedLocally(textOf(want));
  const ranked = offers
    .filter((offer) => offer.listing.member !== want.member)
    .map((offer) => ({ offer, score: cosine(wantVector, offer.vector) }))
    .sort((a, b) => b.score - a.score);
  return ranked.findIndex(({ offer }) => offer.listing.member === member && offer.listing.item.key === item) + 1;
}

describe("demo community", () => {
  it("is big enough to explore, in French and English, near and remote", () => {
    expect(DEMO_MEMBERS.length).toBeGreaterThanOrEqual(30);
    expect(listings.length).toBeGreaterThanOrEqual(150);
    expect(DEMO_MISSIONS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(listings.map((l) => l.locale))).toEqual(new Set(["fr", "en"]));
    expect(new Set(listings.map((l) => l.kind))).toEqual(new Set(["offer", "want"]));
    expect(new Set(listings.map((l) => l.placeName)).size).toBeGreaterThanOrEqual(12);
    expect(listings.some((l) => l.remote)).toBe(true);
    expect(DEMO_MISSIONS.some((m) => m.remote) && DEMO_MISSIONS.some((m) => !m.remote)).toBe(true);
  });

  it("uses only categories of the tree", () => {
    const slugs = new Set<string>();
    const visit = (node: CategorySeed) => {
      slugs.add(node.slug);
      node.children?.forEach(visit);
    };
    Object.values(CATEGORY_TREE).forEach(visit);
    for (const listing of listings) expect(slugs).toContain(listing.category);
  });

  it("contains its planned swaps and cycles, each want finding its partner's offer among the top 3", () => {
    const legsInOrder = [...DEMO_PAIRS.map((pair) => [...pair]), ...DEMO_CYCLES.map((cycle) => [...cycle])];
    for (const group of legsInOrder) {
      group.forEach((leg, index) => {
        const giver = group[(index + 1) % group.length]!; // the next member offers what this one wants
        expect(giver.offers).toBe(leg.wants);
        const want = listings.find((l) => l.member === leg.member && l.kind === "want" && l.item.key === leg.wants);
        expect(want, `${leg.member} wants ${leg.wants}`).toBeDefined();
        expect(rankOfOffer(want!, giver.member, leg.wants), `${want!.title} → ${giver.member}'s offer`).toBeLessThanOrEqual(3);
      });
    }
  });

  it("has swaps written in two languages that still meet", () => {
    const emma = listings.find((l) => l.member === "emma" && l.kind === "want");
    const zoeOffer = listings.find((l) => l.member === "zoe" && l.kind === "offer" && l.item.key === "ereader");
    expect(emma?.locale).toBe("en");
    expect(zoeOffer?.locale).toBe("fr");
  });
});
