/**
 * Classes session 34 found in a parents' and sports-clubs' network (issue 11), FR and EN, in wordings of no
 * evaluation set: a town followed only by politeness ("…, Namur svp"), a currency code after a comma belongs to the
 * number after it ("mondo 21.5, CHF 40"), "a grand" and "2 grand" are thousands, "jamais utilisé" is new, seats left in
 * one's car are a ride offered, a report said last ("…, je le signale"), and a skill put in after one taken out.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("a town followed only by politeness", () => {
  it("is the place, in French and English", () => {
    expect(interpret("Vends vélo enfant, 35 euros, Namur svp", "fr").slots).toMatchObject({ place: "Namur", price: 3500 });
    expect(interpret("Vends combinaison de ski 8 ans, 35 francs, Sion s'il vous plaît", "fr").slots).toMatchObject({ place: "Sion" });
    expect(interpret("Selling a kids bike, 35 euros, Galway thanks", "en").slots).toMatchObject({ place: "Galway" });
    expect(interpret("je cherche un vélo enfant, Namur svp", "fr").slots).toMatchObject({ place: "Namur" });
  });

  it("is the whole town when its hyphens were left out: 'Chalon sur saone' is no Saône", () => {
    expect(interpret("cours de piano 20€ de l'heure, Chalon sur saone ou en visio", "fr").slots).toMatchObject({
      place: "Chalon-sur-Saône",
    });
    expect(interpret("vends vélo 50€ Villefranche sur saone", "fr").slots).toMatchObject({ place: "Villefranche-sur-Saône" });
    expect(interpret("je suis sur Lyon, vends vélo", "fr").slots).toMatchObject({ place: "Lyon" });
  });
});

describe("when a service is done", () => {
  it("leaves 'after school' and 'après l'école' out of the title; 'after-school pickup' keeps its kind", () => {
    expect(interpret("hi im 15 and i do dog walking after school, 5 quid a walk, around exeter", "en").slots).toMatchObject({
      title: "dog walking",
      place: "Exeter",
    });
    expect(interpret("je propose de la garde d'enfants après l'école, 10€/h, Pau", "fr").slots).toMatchObject({ title: "garde d'enfants" });
    expect(interpret("looking for someone to help with after-school pickup, Paris 11", "en").slots.title).toMatch(/after-school/);
  });
});

describe("amounts as parents write them", () => {
  it("reads a currency code after a comma as the next number's, never the size's before it", () => {
    expect(interpret("kids ski boots mondo 21.5, CHF 40, winterthur, pick up only", "en").slots).toMatchObject({
      price: 4000,
      currency: "CHF",
      title: "kids ski boots mondo 21.5",
    });
    expect(interpret("bike 26 inch, EUR 80, Utrecht", "en").slots).toMatchObject({ price: 8000, title: "bike 26 inch" });
  });

  it("reads 'a grand' and '2 grand' as thousands, but not a grand piano or a French 'grand lit'", () => {
    expect(interpret("Selling the upright piano, a grand or nearest offer, Norwich", "en").slots).toMatchObject({ price: 100000 });
    expect(interpret("selling my car, 2 grand ono, Galway", "en").slots).toMatchObject({ price: 200000, title: "car" });
    expect(interpret("looking for a car under 3 grand in Cork", "en").slots).toMatchObject({ maxPrice: 300000 });
    expect(interpret("selling a grand piano, 3 grand, Galway", "en").slots).toMatchObject({ price: 300000, title: "grand piano" });
    expect(interpret("vends un grand lit, 50€", "fr").slots).toMatchObject({ price: 5000, title: "grand lit" });
  });

  it("reads 'jamais utilisés' as new, out of the title", () => {
    expect(interpret("Vends chaussons d'escalade enfant pointure 31 jamais utilisés 20€ Annecy", "fr").slots).toMatchObject({
      condition: "new",
      title: "chaussons d'escalade enfant pointure 31",
    });
  });

  it("leaves out whose it was when parents or neighbours owned it; 'kids' bike' stays a kind of bike", () => {
    expect(interpret("Selling my parents' old sofa, 50, Leeds", "en").slots).toMatchObject({ title: "old sofa" });
    expect(interpret("selling kids' bike, 20, Leeds", "en").slots).toMatchObject({ title: "kids' bike" });
  });
});

describe("seats left in the member's car", () => {
  it("FR: a ride with seats left is offered, titled by the ride", () => {
    const ride = interpret("covoit pour l'entraînement de natation à Poitiers mardi 18h, il me reste 2 places, qui est intéressé ?", "fr");
    expect(ride).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Poitiers", title: "covoit pour l'entraînement de natation" },
    });
    expect(interpret("il me reste 3 places dans ma voiture pour le tournoi à Namur samedi", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Namur" },
    });
  });

  it("EN: seats left are offered; seats asked about are searched", () => {
    expect(interpret("2 seats left in my car to the tournament in Exeter saturday, anyone?", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Exeter" },
    });
    expect(interpret("y a-t-il encore des places pour le concert ?", "fr").intent).toBe("search_listings");
  });
});

describe("a report said last, and by its gerund", () => {
  it("reports the member named first", () => {
    expect(interpret("SuperDeals poste la même annonce 20 fois par jour, je le signale", "fr")).toMatchObject({
      intent: "report_user",
      slots: { recipient: "SuperDeals", reason: "spam" },
    });
    expect(interpret("reporting Kevin, he sells fake tickets", "en")).toMatchObject({
      intent: "report_user",
      slots: { recipient: "Kevin", reason: "scam" },
    });
  });
});

describe("a skill put in after one taken out", () => {
  it("adds what follows 'mets' or 'put'", () => {
    expect(interpret("enlève wordpress de mes compétences et mets vue", "fr").slots).toMatchObject({
      skills: ["vue"],
      removeSkills: ["wordpress"],
    });
    expect(interpret("remove wordpress from my skills and put vue", "en").slots).toMatchObject({
      skills: ["vue"],
      removeSkills: ["wordpress"],
    });
  });
});

describe("a line dictated to the phone", () => {
  it("puts back the punctuation said in words, in the message sent", () => {
    expect(
      interpret("écris à Jean-Marc virgule est-ce que tu peux prendre Lucas au foot samedi point d'interrogation", "fr"),
    ).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Jean-Marc", body: "est-ce que tu peux prendre Lucas au foot samedi ?" },
    });
    expect(interpret("tell Sam comma see you at the pool at noon full stop", "en").slots).toMatchObject({ recipient: "Sam" });
    expect(interpret("tell Sam comma see you at the pool at noon full stop", "en").slots.body).not.toMatch(/comma|full stop/);
  });
});

describe("a parent free for others", () => {
  it("offers what they are free for, past when they are free; a parent who needs someone free wants", () => {
    expect(
      interpret("I'm an accountant, available 2 days a week for small business bookkeeping, around Valence", "en").slots,
    ).toMatchObject({
      kind: "offer",
      title: "small business bookkeeping",
    });
    expect(interpret("available weekends for dog walking, Leeds, 10 an hour", "en").slots).toMatchObject({
      kind: "offer",
      title: "dog walking",
    });
    expect(interpret("need a babysitter available weekends for my 2 kids, Leeds", "en").slots).toMatchObject({
      kind: "want",
      title: "babysitter",
    });
  });
});
