/**
 * Session 31's classes (issue 11), from dev62 and dev64: right after a search, a short line that changes only its
 * filters is about the results on screen, however it is put — never a setting kept for every search, nor a price for
 * one of the member's listings, unless it names those.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

const lastSearch = { intent: "search_listings" as const, slots: { q: "canapé", place: "Namur" } };

describe("filters said after a search", () => {
  it("reads a distance, a cap or an order said in passing as a change to the search, in both languages", () => {
    for (const [text, lang, change] of [
      ["nothing? try 25km", "en", { radiusKm: 25 }],
      ["rien… essaie 40 km", "fr", { radiusKm: 40 }],
      ["up to 90 is fine", "en", { maxPrice: 9000 }],
      ["cap it at 120", "en", { maxPrice: 12000 }],
      ["jusqu'à 70 euros finalement", "fr", { maxPrice: 7000 }],
      ["ds un rayon de 15 km", "fr", { radiusKm: 15 }],
      ["triés par prix", "fr", { sort: "price" }],
      ["sorted by distance please", "en", { sort: "distance" }],
    ] as const)
      expect(interpret(text, lang, { lastSearch }), text).toMatchObject({
        intent: "search_listings",
        slots: { ...lastSearch.slots, ...change },
      });
  });

  it("moves the search to the town named, not to the one left behind", () => {
    expect(interpret("actually look in Liège and not Namur", "en", { lastSearch })).toMatchObject({
      intent: "search_listings",
      slots: { q: "canapé", place: "Liège" },
    });
    expect(interpret("cherche à Liège plutôt", "fr", { lastSearch }).slots).toEqual({ q: "canapé", place: "Liège" });
    expect(interpret("nothing there, try Liège", "en", { lastSearch }).slots).toEqual({ q: "canapé", place: "Liège" });
  });

  it("keeps the thing when only the side of the market changes", () => {
    expect(interpret("pareil mais seulement les offres", "fr", { lastSearch }).slots).toEqual({
      q: "canapé",
      place: "Namur",
      kind: "offer",
    });
  });

  it("still sets a preference or a listing's price when the line names them", () => {
    expect(interpret("toujours dans un rayon de 15 km par défaut", "fr", { lastSearch }).intent).toBe("set_preferences");
    expect(interpret("mets mon annonce à 90", "fr", { lastSearch }).intent).toBe("update_listing");
    // no search before: a distance alone is a preference, as before
    expect(interpret("ds un rayon de 15 km", "fr").intent).not.toBe("search_listings");
  });

  it("keeps the Nintendo DS a console", () => {
    expect(interpret("vends Nintendo DS 40€", "fr").slots.title).toMatch(/DS/);
  });

  it("reads a bare thing with an order or a distance as a search, even with no search before", () => {
    expect(interpret("chaussures de rando 42 triées par prix", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "chaussures de rando 42", sort: "price" },
    });
    expect(interpret("tondeuse à emprunter, Vire 15km max", "fr").slots).toMatchObject({ radiusKm: 15 });
    // the member's own thing measured in km is no search
    expect(interpret("can I edit my scooter ad? it has 8 000 km now", "en").intent).not.toBe("search_listings");
  });
});
