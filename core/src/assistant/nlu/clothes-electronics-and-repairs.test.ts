/**
 * Classes session 37 found among members who resell clothes and electronics and offer repairs (dev86, dev87, issue
 * 11), FR and EN, in wordings of no evaluation set: a size before a town, a warranty that is no bound, a repair titled
 * with its verb, an age range that is no price, a thing asked of the members, wear and damage, why a thing is sold.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("sizes, ages and warranties", () => {
  it("ends a search at the town after a size", () => {
    expect(interpret("jupe plissée T38 lausanne", "fr").slots).toMatchObject({ q: "jupe plissée T38", place: "Lausanne" });
  });

  it("reads an age range as the thing's, never a price", () => {
    const read = interpret("anyone selling a school coat age 7-8 near Bristol?", "en");
    expect(read.slots.minPrice).toBeUndefined();
    expect(read.slots.maxPrice).toBeUndefined();
  });

  it("posts an ad that is under warranty until a month, at its price", () => {
    expect(interpret("Galaxy Tab S8 128Go, comme neuve, sous garantie jusqu'en juin, 380€ Chambéry", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { price: 38000, place: "Chambéry", condition: "like_new" },
    });
  });
});

describe("repairs, wear and reasons", () => {
  it("titles a repair with its verb", () => {
    expect(interpret("I fix laptops and phones, from £30, Bristol", "en").slots.title).toBe("fix laptops and phones");
    expect(interpret("Électricien retraité, je répare vos lampes anciennes, prix doux, Dijon", "fr").slots.title).toBe(
      "répare vos lampes anciennes",
    );
  });

  it("reads a cracked screen, a needed service and well-worn clothes as fair", () => {
    expect(interpret("Vends Pixel 7, écran cassé en bas, 120€, Brest", "fr").slots.condition).toBe("fair");
    expect(interpret("Free: lawnmower, needs a service, Derby", "en").slots.condition).toBe("fair");
    expect(interpret("Wax jacket size M, well worn, £25, York", "en").slots.condition).toBe("fair");
  });

  it("never titles a posting by why it is sold", () => {
    expect(interpret("Suite à un déménagement je me retrouve avec un frigo américain Samsung, 300€, Lens", "fr").slots.title).toBe(
      "frigo américain Samsung",
    );
  });

  it("reads a thing asked of the members as wanted", () => {
    expect(interpret("qqn aurait un costume de Père Noël à prêter ou donner pour le 24 ? Please post it", "fr").slots.kind).toBe("want");
  });
});
