/**
 * Districts read as their town (issue 11): a member in Wazemmes, Clapham or the Plateau lives in
 * Lille, London or Montréal; a district several towns have goes to the one the message names; a
 * municipality inside a town (Ixelles, Brooklyn) is itself unless the message names its town.
 */
import { describe, expect, it } from "vitest";
import { townOfDistrict } from "./districts.ts";
import { interpret } from "./interpret.ts";

describe("districts", () => {
  it("give their town as the place of a posting or a search, in both languages", () => {
    for (const [text, lang, place] of [
      ["je vends mon micro-ondes 30€, à récupérer à Wazemmes", "fr", "Lille"],
      ["des cours de dessin vers la Croix-Rousse ?", "fr", "Lyon"],
      ["y a des skis à donner sur le Plateau-Mont-Royal ?", "fr", "Montréal"],
      ["selling my rowing machine in Shoreditch for 120 quid", "en", "London"],
      ["any sewing machines in Kreuzberg?", "en", "Berlin"],
      ["looking for a cot in Leith", "en", "Edinburgh"],
    ] as const)
      expect(interpret(text, lang).slots.place, text).toBe(place);
  });

  it("a municipality of a town is itself alone, and the town when the message names it ('Etterbeek, Brussels')", () => {
    expect(interpret("je cherche un lit parapluie à Schaerbeek", "fr").slots.place).toBe("Schaerbeek");
    expect(interpret("selling my cello, 3rd floor, Etterbeek, Brussels, 400 euros", "en").slots.place).toBe("Brussels");
    expect(interpret("kids bike, Queens, New York, under 80 dollars", "en").slots.place).toBe("New York");
  });

  it("go to the town the message names when several towns have one of that name", () => {
    expect(interpret("vends ma lampe 15€ Toulouse, à prendre à Saint-Michel", "fr").slots.place).toBe("Toulouse");
    expect(interpret("vends ma lampe 15€ Bordeaux, à prendre à Saint-Michel", "fr").slots.place).toBe("Bordeaux");
    expect(townOfDistrict("saint michel", "")).toBe("Paris");
  });

  it("named like a word, count only with their capital; an unknown name after 'à' is no place, nor a town after an article", () => {
    expect(interpret("Looking for a man with a van to move a piano, Leeds, please post it", "en").slots.place).toBe("Leeds");
    expect(townOfDistrict("Vieux-Lille")).toBe("Lille");
    expect(interpret("je cherche un canapé dans le marais", "fr").slots).not.toHaveProperty("place");
    expect(interpret("je cherche un canapé dans le Marais", "fr").slots.place).toBe("Paris");
    expect(interpret("je cherche une ponceuse à Zorbelune", "fr").slots).not.toHaveProperty("place");
  });
});
