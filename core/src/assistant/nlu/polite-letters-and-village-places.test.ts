/**
 * Classes session 37 found among older members of village mutual-aid networks and those who write for them (dev88,
 * issue 11), FR and EN, in wordings of no evaluation set: letters with a salutation and a signature, polite requests,
 * villages named on their own, rides posted where they leave from and titled with their way, clock times.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("a letter's manners", () => {
  it("posts a polite request as a want and a gift for the asking as an offer, titled by the thing, never the salutation", () => {
    expect(
      interpret("Dear all, I would be most grateful if someone could help me prune my apple trees. Many thanks, Joan", "en"),
    ).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want" },
    });
    expect(interpret("I'd be very grateful for help with my tax return, I live in Ludlow. Kind regards, Peter", "en").slots).toMatchObject({
      kind: "want",
      title: "help with my tax return",
    });
    expect(interpret("Dear neighbours, we have far too many plums this year. They are yours for the asking, Ledbury.", "en")).toMatchObject(
      {
        intent: "create_listing",
        slots: { kind: "offer", title: "plums" },
      },
    );
    expect(
      interpret("Dear Sir or Madam, please show me any offers of help with ironing in Ludlow. Yours faithfully, M. Evans", "en").slots.q,
    ).toBe("help with ironing");
  });

  it("reads a name signed after a sign-off as who signs, not a town", () => {
    expect(interpret("Je donne un déambulateur, très peu servi. J'habite Vire. Merci beaucoup, Léon", "fr").slots.place).toBe("Vire");
    expect(interpret("Je propose de repasser votre linge. Secteur Aurillac. Bien à vous, René", "fr").slots.place).toBe("Aurillac");
  });

  it("asks for help when asked what can be done here, and reads a pharmacy's opening hours as nothing Relais holds", () => {
    expect(interpret("Bonsoir, je débute. Que puis-je faire ici ? Merci. Odette", "fr").intent).toBe("help");
    expect(interpret("savez-vous si la boulangerie est ouverte lundi à Vire ?", "fr").intent).toBe("unknown");
  });

  it("searches when listings are asked about", () => {
    expect(interpret("Bonjour, existe-t-il des annonces pour du jardinage à Aurillac ?", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { place: "Aurillac" },
    });
  });
});

describe("swaps asked politely", () => {
  it("offers the member's own side of a swap asked as a question, and drops the condition asked of the members", () => {
    expect(interpret("Would anyone swap some apples for a few jars of my plum jam? Ledbury", "en").slots).toMatchObject({
      kind: "offer",
      title: "plum jam",
      wants: "apples",
    });
    expect(interpret("I'll swap my old lawnmower for a strimmer if anyone has one. Ludlow", "en").slots.wants).toBe("strimmer");
  });
});

describe("words around the thing", () => {
  it("drops how willingly, where the listings are, and free time from the thing and the price", () => {
    expect(interpret("Je prête volontiers mon broyeur de végétaux aux voisins, à Vire", "fr").slots.title).toBe("broyeur de végétaux");
    expect(interpret("Y a-t-il des offres de déambulateurs sur le site ? Je suis à Vire", "fr").slots.q).toBe("déambulateurs");
    const read = interpret("any requests for help with shopping in Ludlow? I've free mornings", "en");
    expect(read.slots.maxPrice).toBeUndefined();
  });
});

describe("help with a task, help with Relais", () => {
  it("posts help needed for a task of life as a want, and answers help with Relais itself", () => {
    expect(interpret("ma mère a besoin d'un coup de main pour tailler sa haie, Vire", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", place: "Vire" },
    });
    // (for a parent, where the parent lives, not where the writer is)
    expect(
      interpret("ma mère (88 ans, Aurillac) a besoin d'un coup de main pour son jardin. Je suis à Lyon. Merci", "fr").slots.place,
    ).toBe("Aurillac");
    expect(interpret("pour mon père qui habite à Vire : il cherche quelqu'un pour tondre. Je suis à Caen", "fr").slots.place).toBe("Vire");
    expect(interpret("j'ai besoin d'aide pour créer une annonce", "fr").intent).toBe("help");
    expect(interpret("I need some help with posting an ad", "en").intent).toBe("help");
  });
});

describe("villages named on their own", () => {
  it("reads a town written as a part of its own, a pickup's town and the corner of the country as where the thing is", () => {
    expect(interpret("FREE: seed potatoes, a whole sack. Ledbury. Bring a bag!", "en").slots.place).toBe("Ledbury");
    expect(interpret("Giving away a wheelchair. Collect from Church Stretton, any afternoon.", "en").slots.place).toBe("Church Stretton");
    expect(interpret("je vends ma tondeuse 80 euros. Je suis de Dinant. Merci", "fr").slots.place).toBe("Dinant");
    expect(interpret("cherche bocaux vides pour mes confitures. coin de Vire", "fr").slots.place).toBe("Vire");
  });

  it("never reads a board game in brackets as a town", () => {
    expect(interpret("swap: my board games (Catan, Carcassonne) for a scooter", "en").slots.place).toBeUndefined();
  });
});

describe("rides", () => {
  it("posts a ride where it leaves from and titles it with its way", () => {
    expect(interpret("Need a lift to the hospital in Hereford on Monday, from Ledbury, will pay petrol", "en").slots).toMatchObject({
      kind: "want",
      place: "Ledbury",
      title: "lift to the hospital",
    });
    expect(interpret("Je cherche un covoit pour aller au marché d'Aurillac le samedi, je pars de Vic-sur-Cère", "fr").slots).toMatchObject({
      place: "Vic-sur-Cère",
    });
    expect(interpret("Cherche covoit Rennes → Vannes tous les lundis, je participe à l'essence", "fr").slots.title).toBe(
      "covoit Rennes → Vannes",
    );
  });

  it("reads a clock's time as no price", () => {
    const read = interpret("I would be grateful if someone could drive me to my appointment in Hereford, it is at 9.30. Many thanks", "en");
    expect(read.slots.price).toBeUndefined();
  });
});
