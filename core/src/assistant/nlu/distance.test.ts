/**
 * Distances as people write them (issue 11): every form of a radius gives the search's radius in
 * km, a journey's time or "walking distance" gives none, and neither ever becomes a price, a
 * size or words of the thing searched.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

const slotsOf = (text: string, lang: "fr" | "en") => interpret(text, lang).slots;

describe("distances", () => {
  it("reads a radius however it is introduced and ended, in both languages", () => {
    for (const [text, lang, km] of [
      ["je cherche une perceuse à 12 km de Nantes", "fr", 12],
      ["un canapé dans un rayon de 25 bornes", "fr", 25],
      ["table de ping-pong pas plus de 8 km de chez moi", "fr", 8],
      ["je cherche une trottinette max 15km", "fr", 15],
      ["je cherche une machine à pain, 30 km de rayon", "fr", 30],
      ["un établi à une dizaine de km de Tours", "fr", 10],
      ["any rowing machine within 40 km?", "en", 40],
      ["a high chair 12 km around Bristol", "en", 12],
      ["garden bench no further than 6 km from me", "en", 6],
      ["looking for a telescope, up to 35 km away", "en", 35],
    ] as const) {
      const slots = slotsOf(text, lang);
      expect(slots.radiusKm, text).toBe(km);
      expect(slots, text).not.toHaveProperty("maxPrice");
      expect(String(slots.q ?? ""), text).not.toMatch(/\b(km|rayon|radius|bornes|plus|further|away|max|dizaine)\b/i);
    }
  });

  it("turns miles into kilometres, rounded", () => {
    expect(slotsOf("looking for a rowing machine in a 10 mile radius of Leeds", "en")).toMatchObject({
      radiusKm: 16,
      place: "Leeds",
      q: "rowing machine",
    });
    expect(slotsOf("sewing table within 3 miles", "en").radiusKm).toBe(5);
    expect(slotsOf("sewing table within 25mi of Glasgow", "en")).toMatchObject({ radiusKm: 40, place: "Glasgow" });
  });

  it("gives no radius for a journey's time or a vague nearness, and keeps their words out of the query", () => {
    for (const [text, lang] of [
      ["un électricien à moins de 20 minutes de Tours", "fr"],
      ["cours de chant à 1h de Lyon en voiture", "fr"],
      ["a climbing gym within walking distance", "en"],
      ["piano teacher 15 minutes drive from Bristol", "en"],
      ["une tireuse à bière à deux pas", "fr"],
    ] as const) {
      const slots = slotsOf(text, lang);
      expect(slots, text).not.toHaveProperty("radiusKm");
      expect(slots, text).not.toHaveProperty("maxPrice");
      expect(String(slots.q ?? ""), text).not.toMatch(/\b(minutes?|walking|distance|drive|voiture|pas|moins|1h)\b/i);
    }
    expect(slotsOf("un électricien à moins de 20 minutes de Tours", "fr").place).toBe("Tours");
  });

  it("reads a radius on a search for missions, and never a car's mileage or a time as a radius or a price", () => {
    expect(slotsOf("missions symfony dans un rayon de 60 km autour de Lille", "fr")).toMatchObject({ radiusKm: 60, place: "Lille" });
    const car = slotsOf("je vends ma Twingo de 2012, 145 000 km, 3200 €", "fr");
    expect(car).not.toHaveProperty("radiusKm");
    expect(car.price).toBe(320000);
    const bread = slotsOf("je donne du pain tous les soirs à 20h, Lille", "fr");
    expect(bread).not.toHaveProperty("price");
  });
});
