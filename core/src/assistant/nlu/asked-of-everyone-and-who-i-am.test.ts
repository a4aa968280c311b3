/**
 * Classes session 40 found in a bilingual city community's phrasing (dev95, studied; issue 11), FR and EN, in wordings of
 * no evaluation set: a thing asked of everyone with when it is needed, who the member is before what they look for, how
 * a thing came, fees, children's ages, amounts said firm, a swap's date, "par contre".
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("a thing asked of everyone", () => {
  it("is a want to post when it says when it is needed or the member's own words follow the question", () => {
    const ladder = interpret("Anybody got a stepladder I could borrow on Saturday? Putney", "en");
    expect(ladder.intent).toBe("create_listing");
    expect(ladder.slots).toMatchObject({ kind: "want", title: "stepladder" });
    const pump = interpret("anyone have a tyre pump? mine snapped this morning. Cork", "en");
    expect(pump).toMatchObject({ intent: "create_listing", slots: { kind: "want" } });
    const seat = interpret("qq1 aurait un rehausseur à prêter demain ? on part en vacances, Liège", "fr");
    expect(seat).toMatchObject({ intent: "create_listing", slots: { kind: "want", title: "rehausseur" } });
  });

  it("stays a search when it says only the thing and the town, or asks who needs one", () => {
    expect(interpret("quelqu'un a une ponceuse à prêter vers Rennes ?", "fr").intent).toBe("search_listings");
    expect(interpret("anyone got a spare sledge i could borrow in york", "en").intent).toBe("search_listings");
    const offered = interpret("Qqn aurait besoin d'un sommier ? Je le donne, Lausanne", "fr");
    expect(offered.intent).toBe("create_listing");
    expect(offered.slots.kind).toBe("offer");
  });
});

describe("older members' letters", () => {
  it("a town before the sign-off places the posting, with its state's money", () => {
    expect(interpret("Hello all, we have a chest freezer, works fine, $150 ono. Cowra NSW. Cheers, Dot and Ken", "en").slots).toMatchObject(
      { place: "Cowra", currency: "AUD", price: 15000 },
    );
    expect(interpret("Je vends mon buffet 120€. Saint-Flour. Merci, Josette", "fr").slots).toMatchObject({ place: "Saint-Flour" });
  });

  it("someone wished for a relative is a want titled by what they would do", () => {
    const visit = interpret("My dad lives alone since Mum died. He'd love someone to play chess with on Sunday afternoons. Malton.", "en");
    expect(visit).toMatchObject({ intent: "create_listing", slots: { kind: "want", title: "someone to play chess with" } });
    const fr = interpret("Ma mère vit seule à Riom, elle aimerait que quelqu'un passe la voir le mardi", "fr");
    expect(fr).toMatchObject({ intent: "create_listing", slots: { kind: "want", place: "Riom" } });
  });
});

describe("who the member is, before what they look for", () => {
  it("posts a want, priced with its budget", () => {
    const desk = interpret("Je suis apprentie boulangère à Caen et je cherche un vélo pour aller au fournil, budget 120€", "fr");
    expect(desk).toMatchObject({ intent: "create_listing", slots: { kind: "want", price: 12000, place: "Caen" } });
    const cot = interpret("Hi, we just moved to Galway and we're looking for a cot, max 60 euro", "en");
    expect(cot).toMatchObject({ intent: "create_listing", slots: { kind: "want", price: 6000 } });
  });

  it("keeps a search that asks, gives a distance or looks for someone selling", () => {
    expect(interpret("Je suis étudiant à Brest et je cherche un frigo, vous avez ça dans les annonces ?", "fr").intent).toBe(
      "search_listings",
    );
    expect(interpret("I'm a nurse and I'm looking for a bike within 5 km of Derby", "en").intent).toBe("search_listings");
    expect(interpret("je suis à la retraite et je cherche quelqu'un qui vend des poules, Aurillac", "fr").intent).toBe("search_listings");
  });
});

describe("what a posting's words are not", () => {
  it("a bracket or a participle telling how the thing came is no part of its title, a holiday no town", () => {
    expect(interpret("Air fryer Ninja, never used (got two at Christmas) £50, Bristol", "en").slots).toMatchObject({
      title: "Air fryer Ninja",
      place: "Bristol",
    });
    expect(interpret("vends cafetière Delonghi reçue à Noël 60€ Nancy", "fr").slots).toMatchObject({
      title: "cafetière Delonghi",
      place: "Nancy",
    });
  });

  it("a fee after the amount, a time of day opening a sentence and children's ages are not the thing nor its price", () => {
    const repairs = interpret("I fix washing machines and dishwashers. Weekends around Bolton, £30 call-out", "en").slots;
    expect(repairs).toMatchObject({ price: 3000, place: "Bolton" });
    expect(repairs.title).toMatch(/washing machines and dishwashers$/);
    const swim = interpret("Cours de natation pour enfants de 6 à 10 ans, 15€ la séance, Angers", "fr");
    expect(swim).toMatchObject({ intent: "create_listing", slots: { kind: "offer", price: 1500 } });
    expect(swim.slots.minPrice).toBeUndefined();
    const art = interpret("Art classes for kids 4-9 with a trained teacher, Leeds, £12 a session", "en");
    expect(art).toMatchObject({ intent: "create_listing", slots: { price: 1200 } });
  });

  it("the amount said firm is the price, not a count said before it; Québec's 'bonne condition' is good", () => {
    expect(interpret("Selling my Fuji X-T3, about 20k clicks, 700 firm, Bath", "en").slots).toMatchObject({ price: 70000 });
    expect(interpret("Je vends ma laveuse, bonne condition, 200$, Trois-Rivières", "fr").slots).toMatchObject({ condition: "good" });
  });

  it("a swap's date is when, and 'par contre' asks nothing in exchange", () => {
    expect(interpret("swap: my 2 tickets for Sept 12 at the Aviva for 2 tickets to the Croke Park game", "en").slots).toMatchObject({
      kind: "offer",
      wants: "2 tickets to the Croke Park game",
    });
    expect(interpret("Je donne une armoire normande, par contre il faut venir la démonter, Rouen", "fr").slots.wants).toBeUndefined();
  });

  it("a freelancer's line saying what they are available for posts an offer, even working remotely and with no price", () => {
    expect(interpret("Freelance motion designer, working remotely from Lisbon, available for logo animations", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer" },
    });
    expect(interpret("I'm a freelance designer, I work remote only", "en").intent).toBe("update_profile");
    // (a trade's ad with its starting price sets no rate on the member's profile)
    expect(interpret("Mobile mechanic in Leeds, oil change from £60", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 6000, title: "Mobile mechanic" },
    });
    expect(interpret("my day rate is from 500 now", "en").intent).toBe("update_profile");
  });

  it("Québec's 'en bas de 400$' bounds a search, alone after a search too", () => {
    expect(interpret("des raquettes en bas de 150$ à Chicoutimi", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { maxPrice: 15000, q: "raquettes" },
    });
    const refined = interpret("pis en bas de 100$ ?", "fr", {
      lastSearch: { intent: "search_listings", slots: { q: "raquettes", place: "Chicoutimi" } },
    });
    expect(refined).toMatchObject({ intent: "search_listings", slots: { q: "raquettes", maxPrice: 10000, place: "Chicoutimi" } });
  });

  it("'rn' and 'what's near me' are no thing searched", () => {
    expect(interpret("any bikes going cheap in Salford rn?", "en").slots.q).toBe("bikes");
    expect(interpret("I need a kettle, show me what's near me", "en").slots).toMatchObject({ q: "kettle" });
  });
});

describe("others' wants asked, whatever the member then says they have (session 43)", () => {
  it("searches the wants posted when the member asks who looks for or needs something", () => {
    expect(interpret("who needs a cat sitter in Brighton? I've got plenty of free evenings", "en")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "want", place: "Brighton" },
    });
    expect(interpret("Are there people who need help with their groceries in Figeac? I have a car", "en")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "want" },
    });
    expect(interpret("y a-t-il des gens qui cherchent des cours de guitare à Rodez ? je suis prof", "fr").intent).toBe("search_listings");
    // (a thing offered to whoever wants it stays a posting)
    expect(interpret("who wants my old bread maker? free, Brighton", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer" },
    });
  });
});
