/**
 * Place names as members type them: hyphens left out ("aix en provence"), a French town called by
 * its first word ("clermont"), an article in lower case ("la rochelle").
 */
import { describe, expect, it } from "vitest";
import { resolvePlace, suggestPlaces, townsCalled } from "./gazetteer.ts";

describe("resolvePlace", () => {
  it("reads a hyphenated town typed with spaces", () => {
    expect(resolvePlace("aix en provence")?.name).toBe("Aix-en-Provence");
    expect(resolvePlace("villeneuve d ascq")?.name).toBe("Villeneuve-d'Ascq");
    expect(resolvePlace("Villeneuve d'Ascq")?.name).toBe("Villeneuve-d'Ascq");
    expect(resolvePlace("Aix-en-Provence")?.name).toBe("Aix-en-Provence");
  });

  it("reads the French towns people call by their first word, and 'st' for 'saint'", () => {
    expect(resolvePlace("clermont")).toMatchObject({ name: "Clermont-Ferrand", countryCode: "FR" });
    expect(resolvePlace("aix")).toMatchObject({ name: "Aix-en-Provence", countryCode: "FR" });
    expect(resolvePlace("st etienne")).toMatchObject({ name: "Saint-Étienne", countryCode: "FR" });
    expect(resolvePlace("la rochelle")?.name).toBe("La Rochelle");
  });

  it("reads towns by the name their members use where GeoNames lists another one (Sion, not a hamlet of France)", () => {
    expect(resolvePlace("Sion")).toMatchObject({ name: "Sion", countryCode: "CH" });
    expect(resolvePlace("Martigny")).toMatchObject({ countryCode: "CH" });
    expect(resolvePlace("Brive")).toMatchObject({ countryCode: "FR" });
    expect(resolvePlace("Brive")?.population).toBeGreaterThan(40_000);
    expect(resolvePlace("Tanger")).toMatchObject({ countryCode: "MA" });
    expect(resolvePlace("Bangalore")).toMatchObject({ countryCode: "IN" });
    expect(resolvePlace("Casa")).toMatchObject({ name: "Casablanca", countryCode: "MA" });
  });

  it("reads 'st'/'ste' in a name of any length, and resorts by the name people use", () => {
    expect(resolvePlace("st jean de luz")).toMatchObject({ name: "Saint-Jean-de-Luz", countryCode: "FR" });
    expect(resolvePlace("ste maxime")).toMatchObject({ name: "Sainte-Maxime", countryCode: "FR" });
    expect(resolvePlace("hossegor")).toMatchObject({ name: "Hossegor", countryCode: "FR" });
    expect(resolvePlace("cap ferret")).toMatchObject({ countryCode: "FR" });
    expect(resolvePlace("l'alpe d'huez")).toMatchObject({ countryCode: "FR" });
    expect(resolvePlace("knokke")).toMatchObject({ countryCode: "BE" });
  });

  it("prefers the members' countries between two towns of one name and a similar size", () => {
    expect(resolvePlace("saint raphael")).toMatchObject({ countryCode: "FR" });
    // (a far larger town elsewhere stays the one meant)
    expect(resolvePlace("london")).toMatchObject({ countryCode: "GB" });
  });

  it("reads a town by the first word of its hyphenated name when no other town of some size starts so", () => {
    expect(resolvePlace("Sarlat")).toMatchObject({ name: "Sarlat-la-Canéda", countryCode: "FR" });
    expect(resolvePlace("charleville")).toMatchObject({ name: "Charleville-Mézières", countryCode: "FR" });
    // (two towns start so: Boulogne-Billancourt and Boulogne-sur-Mer; none is guessed)
    expect(resolvePlace("boulogne")).toBeUndefined();
    // (Aix-en-Provence is four times Aix-les-Bains: "aix" is the city, in lower case too)
    expect(resolvePlace("aix")).toMatchObject({ name: "Aix-en-Provence", countryCode: "FR" });
    // (a small town's first word only with its capital: "sable" names no town)
    expect(resolvePlace("sable")).toBeUndefined();
  });
});

describe("townsCalled", () => {
  it("lists the towns a first word may mean when none is four times the other, largest first", () => {
    expect(resolvePlace("Boulogne")).toBeUndefined();
    expect(townsCalled("Boulogne")).toEqual(["Boulogne-Billancourt", "Boulogne-sur-Mer"]);
    expect(townsCalled("noisy")).toEqual(expect.arrayContaining(["Noisy-le-Grand", "Noisy-le-Sec"]));
    // and offers them first when the name is not placed
    expect(suggestPlaces("Boulogne")).toEqual(["Boulogne-Billancourt", "Boulogne-sur-Mer"]);
  });

  it("lists nothing for a town that resolves, or for a word that opens hundreds of names", () => {
    expect(townsCalled("Aix")).toEqual([]);
    expect(townsCalled("Lyon")).toEqual([]);
    expect(townsCalled("Saint")).toEqual([]);
    expect(townsCalled("Sainte")).toEqual([]);
  });

  it("reads the French names of cities across the borders and towns called by their short name", () => {
    for (const [said, country] of [
      ["Alger", "DZ"],
      ["Beyrouth", "LB"],
      ["Donostia", "ES"],
      ["Saragosse", "ES"],
      ["Trèves", "DE"],
      ["Aix-la-Chapelle", "DE"],
      ["Le Puy", "FR"],
      ["les sables", "FR"],
    ] as const)
      expect(resolvePlace(said)?.countryCode, said).toBe(country);
    expect(resolvePlace("Beyrouth")?.population).toBeGreaterThan(1_000_000);
  });

  it("reads ski resorts by the resort's name, placed at the resort, not at a namesake", () => {
    for (const [said, lat] of [
      ["Font-Romeu", 42.5],
      ["Saint-Lary", 42.8],
      ["Avoriaz", 46.2],
      ["Argentière", 45.9],
      ["Crans-Montana", 46.3],
    ] as const)
      expect(resolvePlace(said)?.lat, said).toBeCloseTo(lat, 0);
    expect(resolvePlace("Crans-Montana")?.countryCode).toBe("CH");
    expect(resolvePlace("Font-Romeu")?.name).toBe("Font-Romeu");
  });
});
