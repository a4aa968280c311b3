/**
 * Classes session 36 found among members who tell a story before they post, who post as on classified-ad sites, and
 * who offer or ask for services (issue 11), FR and EN, in wordings of no evaluation set: the thing is in the sentence
 * that opens with it and prices it, never in the story before; where the people of the story went names nothing; a
 * town said last is where the thing is; an amount asked with no word of looking is an ad's price; a service priced by
 * its unit is offered; "qui peut …" asks for someone; a trade's head titles its list.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("a story told before the posting", () => {
  it("titles the posting by the sentence that opens with the thing and prices it", () => {
    expect(
      interpret(
        "Les enfants sont partis et le vélo d'appartement ne sert plus. Vélo d'appartement Domyos, quelques traces, 90€, Angers.",
        "fr",
      ),
    ).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "Vélo d'appartement Domyos", price: 9000, place: "Angers", condition: "fair" },
    });
    expect(
      interpret("We're moving to Canada in spring and can't take the piano. Yamaha digital piano P-125, like new, €400, Galway.", "en")
        .slots,
    ).toMatchObject({ title: "Yamaha digital piano", place: "Galway", condition: "like_new" });
  });

  it("takes the first thing of the list after a sale of something vague or generic, however long the story before", () => {
    expect(
      interpret(
        "On part s'installer à La Réunion en septembre pour le travail de ma femme, donc on vend la voiture : Renault Clio 5 de 2020, 40 000 km, 12 000€, Poitiers",
        "fr",
      ).slots,
    ).toMatchObject({ title: "Renault Clio 5", price: 1200000, place: "Poitiers" });
    expect(
      interpret("I'm selling all my climbing gear: Petzl harness size M, two ropes, quickdraws. £150, Sheffield", "en").slots.title,
    ).toBe("Petzl harness size M");
  });

  it("finds the thing named before a sentence that sells it as a pronoun", () => {
    expect(
      interpret("Nos enfants sont grands, la console prend la poussière. Je la vends avec 3 jeux, 120€, Tours", "fr").slots,
    ).toMatchObject({
      title: "console",
      price: 12000,
    });
  });

  it("reads where the member's people went, or that they died, as no thing, and the town said last as where it is", () => {
    expect(interpret("Mon frère est parti vivre à Montréal et a laissé sa guitare Fender, 300€, Rennes", "fr").slots).toMatchObject({
      title: "guitare Fender",
      place: "Rennes",
    });
    expect(interpret("My sister left for Berlin and her Yamaha keyboard is still in my flat, 80 quid, Norwich", "en").slots).toMatchObject({
      title: "Yamaha keyboard",
      place: "Norwich",
    });
    expect(interpret("J'ai une machine à laver et personne ne s'en sert, 80€, Metz", "fr").slots.title).toBe("machine à laver");
  });

  it("does what a sentence of a chatty line asks on its own, and nothing for a story alone", () => {
    expect(
      interpret(
        "My son installed this for me before he left for Spain and I'm hopeless with phones. What can you actually do for me?",
        "en",
      ).intent,
    ).toBe("help");
    expect(interpret("I'll pass on the third match, it's too far and my car is at the garage", "en")).toMatchObject({
      intent: "decline_match",
      slots: { ref: 3 },
    });
    expect(interpret("je m'ennuie ce soir, t'as une série à conseiller ? une idée", "fr").intent).toBe("unknown");
  });

  it("searches what the request names, after a story", () => {
    expect(interpret("Mon fils entre au collège à Lyon. Y a-t-il des bureaux enfant près de Lyon ?", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "bureaux enfant", place: "Lyon" },
    });
    expect(interpret("We just moved to Bristol from Madrid. Show me sofas in Bristol under £200", "en").slots).toMatchObject({
      q: "sofas",
      place: "Bristol",
      maxPrice: 20000,
    });
  });
});

describe("postings typed as classified ads", () => {
  it("posts a thing and the amount asked for it, with no word of looking nor a bound", () => {
    expect(interpret("Poussette Yoyo Babyzen bon état 180 DT Tunis", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "Poussette Yoyo Babyzen", price: 18000, currency: "TND", place: "Tunis", condition: "good" },
    });
    expect(interpret("Gaming laptop MSI RTX 4060 16GB, 900€, Lille", "en")).toMatchObject({
      intent: "create_listing",
      slots: { price: 90000 },
    });
    // (a bound searches)
    expect(interpret("vélos enfant Lille max 80€", "fr")).toMatchObject({ intent: "search_listings", slots: { maxPrice: 8000 } });
  });

  it("reads where a thing is picked up at the end of the posting, and the lot's price beside the unit's", () => {
    expect(interpret("Gratuit : parpaings x20, à prendre sur place Vierzon", "fr").slots).toMatchObject({ price: 0, place: "Vierzon" });
    expect(interpret("For sale: lawn mower, works perfectly, €60, collection from Ennis", "en").slots.place).toBe("Ennis");
    expect(interpret("Vrac Playmobil environ 4 kg, 8€/kg ou 25€ le tout, Tours", "fr").slots.price).toBe(2500);
  });

  it("wants what the member looks to rent, and titles it without the renting", () => {
    expect(interpret("post a request: looking to rent a pressure washer for Saturday, Limerick", "en").slots).toMatchObject({
      kind: "want",
      title: "pressure washer",
    });
  });

  it("reads the state said over a part out of order, and a seller's shorthand", () => {
    expect(interpret("VTT Rockrider taille M, bon état, dérailleur HS, 120€, Brest", "fr").slots.condition).toBe("good");
    expect(interpret("Jordan 4 UK 10, DS, £200, Leeds", "en").slots.condition).toBe("new");
    expect(interpret("Samsung fridge, delivery available, £150, Leeds", "en").slots.title).toBe("Samsung fridge");
  });
});

describe("services offered and asked for", () => {
  it("offers a service priced by its unit, whatever the model reads", () => {
    expect(interpret("Manucure à domicile à Rabat, 120 dirhams la pose", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 12000, currency: "MAD" },
    });
    const chef = interpret("Chef à domicile pour dîners jusqu'à 8 invités, Lyon, 50€ par invité", "fr");
    expect(chef).toMatchObject({ intent: "create_listing", slots: { kind: "offer", price: 5000 } });
    expect(chef.slots).not.toHaveProperty("maxPrice");
  });

  it("posts a trade's ad that opens with the trade and its rate, and still sets a rate said as one", () => {
    expect(interpret("Développeuse mobile freelance (Flutter/Kotlin), 6 ans d'XP, TJM 480€, Nantes ou remote", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 48000 },
    });
    expect(interpret("tjm 520, remote ok", "fr").intent).toBe("update_profile");
    expect(interpret("set my day rate to 500€", "en").intent).toBe("update_profile");
  });

  it("wants the task asked of whoever can do it", () => {
    expect(interpret("qui peut arroser mes plantes pendant mes vacances ? Nantes", "fr").slots.kind).toBe("want");
    expect(interpret("who can give guitar lessons to my son? Leeds", "en").slots.kind).toBe("want");
  });

  it("keeps in a service's title what names it: two subjects said alike, the end of a lease", () => {
    expect(interpret("Cours en anglais et en espagnol pour lycéens, 20€/h, Lille", "fr").slots.title).toBe(
      "Cours en anglais et en espagnol pour lycéens",
    );
    expect(interpret("Ménage de fin de bail, studios et T2, Grenoble, devis gratuit", "fr").slots.title).toBe("Ménage de fin de bail");
  });

  it("titles a trade's head before the list of what it does, and no detail said available", () => {
    expect(interpret("Jardinier : tonte, haies, désherbage. 20€/h, Vannes", "fr").slots.title).toBe("Jardinier");
    expect(interpret("Aide aux devoirs pour collégiens : maths, français, anglais. 15€/h, Tours", "fr").slots.title).toBe(
      "Aide aux devoirs pour collégiens",
    );
    expect(interpret("Cleaner in Leeds, £14/h, references available", "en").slots.title).toBe("Cleaner");
  });
});
