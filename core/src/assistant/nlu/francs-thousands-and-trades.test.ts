/**
 * Issue 11: classes session 44 fixed from dev109 (francophone and anglophone Africa and its diaspora), each tested in
 * other words: thousands grouped with a space and no currency, after a bound, a comma or a price's word; "mille" said
 * once after a range; five digits priced "each"; "l'unité" is no litre; the letters of a currency's sign, a modal or a
 * word of pricing opening a sentence are no thing.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("amounts as members in francs CFA say them", () => {
  it("FR: 'moins de 35 000 l'unité' bounds a search at 35 000, never at 35", () => {
    expect(interpret("qqn vend des jantes de moto à Bamako ? moins de 35 000 l'unité", "fr").slots.maxPrice).toBe(3_500_000);
  });

  it("FR: 'min 60 000 par jour' is the day rate's floor; 'à 17 500 f' the new price", () => {
    expect(interpret("missions de saisie comptable à Lomé min 60 000 par jour", "fr").slots.minRate).toBe(6_000_000);
    expect(interpret("baisse le prix de mes pagnes à 17 500 f", "fr").slots.price).toBe(1_750_000);
  });

  it("FR: ', 30 000 la pièce' is the price of each; 'entre 50 et 90 mille' bounds both ends in thousands", () => {
    expect(interpret("Vends chaises en plastique, 30 000 la pièce, Cotonou", "fr").slots.price).toBe(3_000_000);
    expect(interpret("des frigos entre 50 et 90 mille à Abidjan ?", "fr").slots).toMatchObject({
      minPrice: 5_000_000,
      maxPrice: 9_000_000,
    });
  });

  it("FR: a count of things in thousands stays a count; litres stay litres", () => {
    expect(interpret("vends lot de 2 500 perles en verre, 10€, Lyon", "fr").slots.price).toBe(1000);
    expect(interpret("vends bidon 20 l, 5€", "fr").slots.price).toBe(500);
  });

  it("EN: five digits priced 'each' are a price, never a postcode", () => {
    expect(interpret("selling 3 bags of beans, 45000 each, Kano", "en").slots.price).toBe(4_500_000);
  });
});

describe("what is no thing around a trade's posting", () => {
  it("EN: 'Will pay …' opening a sentence, and the letters of 'GH₵', are never the title", () => {
    const box = interpret("Anyone driving Leeds to Glasgow on Friday? I need to send a parcel. Will pay 20 quid", "en").slots;
    expect(box.title).not.toBe("Will");
    const tailor = interpret("I make dresses and shirts to measure in Tamale. Prices start from GH₵120", "en").slots;
    expect(tailor.title ?? "").not.toMatch(/^(?:GH|Prices)/);
  });
});

describe("tradespeople and market gardeners (dev116)", () => {
  it("EN: an amount in a money by its code ('12000 RWF per box') is a price in that money, never a French postcode", () => {
    expect(interpret("selling fresh eggs, 12000 RWF per tray, Kigali", "en").slots).toMatchObject({
      price: 1_200_000,
      currency: "RWF",
      place: "Kigali",
    });
  });

  it("FR/EN: where the member works now is their town", () => {
    expect(interpret("je bosse maintenant sur annecy, mets à jour mon profil", "fr").slots.place).toBe("Annecy");
    expect(interpret("I work in Bristol now, update my profile", "en").slots.place).toBe("Bristol");
  });
});
