/**
 * Issue 11: classes session 44 fixed from the studied sets (dev82's stories, dev93's older members, dev102's sports
 * clubs), each tested in other words: a story said before the thing or inside the request, a task the member can do for
 * others, a task asked of a helper that empties a place, a range of sizes, the weather "looking like", worn but fine.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("a story told before the thing", () => {
  it("EN: an opening sentence of what the member just did is no title; the thing is in the next sentence", () => {
    expect(interpret("Just finished redoing the bathroom. The old bathtub is cast iron, 50 quid, Derby", "en").slots).toMatchObject({
      kind: "offer",
      title: "old bathtub",
      price: 5000,
    });
    expect(interpret("Finally finished clearing the loft! The old workbench is free for whoever collects, Bath", "en").slots).toMatchObject(
      {
        title: "old workbench",
        price: 0,
      },
    );
  });

  it("EN: a full stop then a capitalised 'My' ends the sentence, even before a word in lower case", () => {
    const { slots } = interpret("Just got back from Portugal. My bodyboard won't fit in the car, 60, Brighton", "en");
    expect(slots.title).toBe("bodyboard");
    // ("won't" is a negated verb, never a word of the thing)
    expect(interpret("my paddle board won't fit in the new flat, selling it, 200, Cork", "en").slots.title).toBe("paddle board");
  });

  it("EN: a sentence of an ordinary posting that opens with 'just' keeps its thing", () => {
    expect(interpret("just bought a new laptop, selling my old MacBook Air 2017, 300, Leeds", "en").slots.title).toBe(
      "old MacBook Air 2017",
    );
  });
});

describe("what was sold before, told inside a request", () => {
  it("EN: 'looking for … after selling his car' is a want of the thing looked for, never an offer of the car", () => {
    const { slots } = interpret("Looking for a cheap bike for my son, he started uni after selling his car. Up to 100€, Leeds", "en");
    expect(slots).toMatchObject({ kind: "want", title: "bike", price: 10000 });
    const piano = interpret("Seeking a second-hand piano for my daughter, we came here after selling our house. Max 500, Bristol", "en");
    expect(piano.slots).toMatchObject({ kind: "want", title: "second-hand piano" });
  });

  it("FR: 'après avoir vendu sa maison' is the story; the sewing machine looked for is the want", () => {
    const { slots } = interpret(
      "Je cherche une machine à coudre pour ma mère, elle s'installe chez nous après avoir vendu sa maison. 80€ max, Niort",
      "fr",
    );
    expect(slots).toMatchObject({ kind: "want", title: "machine à coudre" });
  });

  it("EN/FR: a sale followed by what the member bought stays a sale of the thing", () => {
    expect(interpret("Selling my bike after buying a car, 100, Leeds", "en").slots).toMatchObject({ kind: "offer", title: "bike" });
    expect(interpret("je vends mon vélo après avoir acheté une voiture, 100€, Lille", "fr").slots).toMatchObject({
      kind: "offer",
      title: "vélo",
    });
  });
});

describe("a task the member can do, and a task asked of a helper", () => {
  it("FR: 'je peux garder des enfants' titles the task with its verb, after a first clause of where the member lives too", () => {
    expect(interpret("je peux promener des chiens le matin, Lille", "fr").slots).toMatchObject({
      kind: "offer",
      title: "promener des chiens",
    });
    const { slots } = interpret("j'habite rodez, je peux arroser les jardins des voisins cet été, j'ai du temps", "fr");
    expect(slots).toMatchObject({ kind: "offer", title: "arroser les jardins des voisins", place: "Rodez" });
  });

  it("FR: a verb of fetching or paying after 'je peux' is how the deal goes, never the thing", () => {
    expect(interpret("vends commode en pin 40€, je peux livrer la commode sur Lyon", "fr").slots.title).toBe("commode en pin");
    expect(interpret("je cherche un frigo pour mon studio, 80€ max, je peux venir le chercher, Grenoble", "fr").slots.title).not.toMatch(
      /venir/,
    );
  });

  it("FR: 'qqn pour m'aider à vider le grenier' titles the task asked, the place emptied included", () => {
    const { slots } = interpret("Cherche quelqu'un pour m'aider à vider le garage de mon oncle à Namur, je paie 15€ de l'heure", "fr");
    expect(slots).toMatchObject({ kind: "want", price: 1500, place: "Namur" });
    expect(slots.title).toMatch(/^vider le garage/);
  });

  it("FR: the member emptying their own cellar still offers what is in it", () => {
    expect(interpret("je dois vider la cave : table, chaises, 10€ pièce", "fr").slots).toMatchObject({ kind: "offer", title: "table" });
  });
});

describe("sizes, the weather, and wear", () => {
  it("EN/FR: a range of sizes said with 'to' or 'à' is no price", () => {
    const shoes = interpret("Giving away a bag of kids' football boots, sizes 2 to 5, in Leeds", "en").slots;
    expect(shoes.price).toBeUndefined();
    expect(interpret("je donne des chaussons de danse, tailles 30 à 34, Lyon", "fr").slots.price).toBeUndefined();
    // (a price after the size range is still the price)
    expect(interpret("Selling kids' wellies, sizes 8 to 11, 5 each, Leeds", "en").slots.price).toBe(500);
  });

  it("EN: 'what's the weather looking like …' and 'how's the weather looking for …' search nothing", () => {
    expect(interpret("what's the weather looking like for the trail run on sunday in Keswick", "en").intent).toBe("unknown");
    expect(interpret("how's the weather looking for saturday's ride near Annecy?", "en").intent).toBe("unknown");
    expect(interpret("looking for a rain jacket, the weather looks grim, Leeds", "en").intent).toBe("search_listings");
  });

  it("EN: 'worn but still ok' is a fair condition", () => {
    expect(interpret("climbing shoes size 41, worn but still fine, 30€, Grenoble", "en").slots.condition).toBe("fair");
  });
});
