/**
 * Session 33's classes (issue 11), in other words than the sets': someone of the family's need is looked for (never a
 * word about the member's own listings), a phrase that only measures stands for the thing named before it, a
 * district said before a comma takes no words of the sentence after it, a park or a street named after a town is
 * no town, hundreds are said in words, a thing wanted within a distance is searched, and rates and rhythms in
 * shorthand ("£12ph", "650pcm", "2x a week") are no title, and what others posted, asked, is a search of it.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("a family's need", () => {
  it("is a want of the thing needed, not a deletion nor the story before it", () => {
    expect(interpret("my daughter needs a laptop", "en")).toMatchObject({ intent: "search_listings", slots: { q: "laptop" } });
    expect(interpret("my son starts high school and he needs a calculator", "en")).toMatchObject({
      intent: "search_listings",
      slots: { q: "calculator" },
    });
    expect(interpret("mon fils a besoin d'une calculatrice", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "calculatrice" },
    });
    expect(interpret("ma fille passe en seconde et il lui faudrait une trottinette, Nantes", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "trottinette", place: "Nantes" },
    });
    // the thing, not the child starting judo, searched or posted
    expect(interpret("Mon fils commence le judo et il lui faudrait un kimono taille 140, budget 20€", "fr").slots).toMatchObject({
      q: "kimono taille 140",
      maxPrice: 2000,
    });
    expect(
      interpret("Mon fils commence le judo et il lui faudrait un kimono taille 140, si quelqu'un en a un je prends", "fr").slots,
    ).toMatchObject({ kind: "want", title: "kimono taille 140" });
  });

  it("posts a want of the thing the family would love, and of the help a grandparent needs, up to its town", () => {
    expect(interpret("my kids would love a trampoline, Lyon", "en").slots).toMatchObject({
      kind: "want",
      title: "trampoline",
      place: "Lyon",
    });
    expect(interpret("grandma needs help with her garden in Dijon, can pay 15/h", "en").slots).toMatchObject({
      kind: "want",
      title: "help with her garden",
      place: "Dijon",
    });
    // a sale said for someone of the family stays one
    expect(interpret("my wife wants to sell her bike, 100, Leeds", "en").slots).toMatchObject({ kind: "offer", title: "bike" });
  });

  it("leaves a listing met by the family to be removed", () => {
    expect(interpret("ma fille a trouvé un vélo, supprime ma demande", "fr").intent).toBe("delete_listing");
    expect(interpret("my husband kept the stroller after all, delete my listing", "en").intent).toBe("delete_listing");
  });
});

describe("a measure stands for the thing named before it", () => {
  it("through 'en' or after the question that named it", () => {
    expect(interpret("qui veut des poires ? j'en ai 2 cagettes à donner, Agen", "fr").slots).toMatchObject({
      title: "poires",
      place: "Agen",
    });
    expect(interpret("des tomates, j'en ai plein à donner", "fr").slots.title).toBe("tomates");
    expect(interpret("anyone want plums? I have 4 crates to give away", "en").slots.title).toBe("plums");
  });

  it("but a measured thing said alone is that thing", () => {
    expect(interpret("je donne 15 cartons de déménagement", "fr").slots.title).toBe("15 cartons de déménagement");
    expect(interpret("moving out? I have 20 boxes to give away", "en").slots.title).toBe("boxes");
  });
});

describe("a district before a comma", () => {
  it("takes no words of the sentence after it", () => {
    const { slots } = interpret("à Wazemmes, je cherche une nounou pour mes jumeaux", "fr");
    expect(slots.place).toBe("Lille");
    expect(slots.title ?? slots.q).toBe("nounou");
    // the district then its town is still one place
    expect(interpret("selling a sofa, collection from Etterbeek, Brussels", "en").slots).toMatchObject({
      place: "Brussels",
      title: "sofa",
    });
  });
});

describe("a park or a street named after a town", () => {
  it("is no town", () => {
    expect(interpret("picnic table for sale, pickup near Albert Park", "en").slots.place).toBeUndefined();
    expect(interpret("je vends une commode, rdv rue de Nancy à Metz", "fr").slots.place).toBe("Metz");
    expect(interpret("selling my desk, pickup near Victoria Park, Leeds", "en").slots.place).toBe("Leeds");
  });

  it("but a town of that name, an album or a street of a known district keeps its meaning", () => {
    expect(interpret("Menlo Park, selling my standing desk 200", "en").slots.place).toBe("Menlo Park");
    expect(interpret("vends vinyle Abbey Road pressage UK, 150€, Nancy", "fr").slots).toMatchObject({ place: "Nancy" });
    expect(interpret("Je donne un lit parapluie, à récupérer rue Oberkampf", "fr").slots.place).toBe("Paris");
  });
});

describe("hundreds said in words", () => {
  it("are the amount", () => {
    expect(interpret("selling my amp for four hundred quid", "en").slots).toMatchObject({ price: 40000, currency: "GBP" });
    expect(interpret("amp, asking 3 hundred, Bath", "en").slots.price).toBe(30000);
    expect(interpret("vends ma guitare deux cents euros", "fr").slots.price).toBe(20000);
    expect(interpret("cherche scooter max 9 cents balles", "fr").slots.maxPrice).toBe(90000);
  });

  it("but cents after an amount with no money are cents", () => {
    expect(interpret("stamps, 50 cents each", "en").slots.price).toBe(50);
  });
});

describe("a thing wanted within a distance", () => {
  it("is a search, not a standing preference", () => {
    expect(interpret("une trottinette à moins de 3 km de chez moi", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "trottinette", radiusKm: 3 },
    });
    expect(interpret("a lawnmower less than 4 km from me", "en")).toMatchObject({
      intent: "search_listings",
      slots: { q: "lawnmower", radiusKm: 4 },
    });
  });

  it("while listings in general within a distance stay a preference", () => {
    expect(interpret("pas d'annonces à plus de 30 km", "fr").intent).toBe("set_preferences");
    expect(interpret("only stuff within 10 km please", "en").intent).toBe("set_preferences");
  });
});

describe("rates and rhythms in shorthand", () => {
  it("price the listing and stay out of its title", () => {
    expect(interpret("need a gardener 2x a month, £14ph, York", "en").slots).toMatchObject({
      title: "gardener",
      price: 1400,
      place: "York",
    });
    expect(interpret("studio 700pcm, Salford", "en").slots).toMatchObject({ title: "studio", price: 70000, place: "Salford" });
    expect(interpret("cherche prof de piano 1x/semaine, 25€ de l'heure", "fr").slots).toMatchObject({
      title: "prof de piano",
      price: 2500,
    });
  });
});

describe("what others posted, asked", () => {
  it("is a search of their listings, newest first, with no word of the question searched", () => {
    expect(interpret("what have people posted around Tours this week?", "en")).toMatchObject({
      intent: "search_listings",
      slots: { place: "Tours", sort: "recent" },
    });
    expect(interpret("what have people posted around Tours this week?", "en").slots.q).toBeUndefined();
    expect(interpret("qu'est-ce qui a été posté sur Rennes aujourd'hui ?", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { place: "Rennes", sort: "recent" },
    });
    expect(interpret("do folks here sell eggs? Sligo", "en")).toMatchObject({
      intent: "search_listings",
      slots: { q: "eggs", kind: "offer", place: "Sligo" },
    });
  });

  it("keeps only the thing of a question about whether it exists or who is good", () => {
    expect(interpret("ça existe des cours de céramique vers Dijon ?", "fr").slots.q).toBe("cours de céramique");
    expect(interpret("recommendations for an electrician in Wexford?", "en").slots.q).toBe("electrician");
  });
});

describe("small towns, prices by the unit and free-range", () => {
  it("takes a small town ending the line with its capital, anywhere", () => {
    expect(interpret("Giving away raspberry canes, bring a spade. Callander", "en").slots.place).toBe("Callander");
    expect(interpret("OAK FIREWOOD, €90 A LOAD, BANTRY", "en").slots.place).toBe("Bantry");
    // not a state after its city
    expect(interpret("selling my canoe, 300, Portland, Maine", "en").slots.place).not.toBe("Maine");
  });

  it("reads 'a' after an amount as 'each', never as 'à'", () => {
    expect(interpret("straw, €5 a bale, collect near Ballinasloe", "en").slots).toMatchObject({ price: 500, place: "Ballinasloe" });
  });

  it("prices no free-range eggs at 0, and keeps their kind in the title", () => {
    expect(interpret("selling free range eggs £3 a dozen, Sligo", "en").slots).toMatchObject({ title: "free range eggs", price: 300 });
    expect(interpret("free range duck eggs, free to collect", "en").slots).toMatchObject({ title: "free range duck eggs", price: 0 });
  });
});

describe("help offered, reports, preferences and work from home", () => {
  it("offers what the member is glad to help with", () => {
    expect(interpret("retired joiner, I'd be glad to help anyone with small repairs, Athlone", "en").slots).toMatchObject({
      kind: "offer",
      title: "small repairs",
    });
    expect(interpret("retraitée, ravie d'aider les voisins pour leurs papiers administratifs, Brest", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "papiers administratifs" },
    });
  });

  it("reports a member's account named with what it does wrong", () => {
    expect(interpret("Le compte Super Affaires poste la même annonce 30 fois par jour, c'est du spam", "fr")).toMatchObject({
      intent: "report_user",
      slots: { recipient: "Super Affaires", reason: "spam" },
    });
  });

  it("keeps 'je veux voir que les annonces à moins de X km' as a preference", () => {
    expect(interpret("je veux voir que les annonces à moins de 25 km", "fr")).toMatchObject({
      intent: "set_preferences",
      slots: { maxDistanceKm: 25 },
    });
  });

  it("searches missions for work asked that can be done from home", () => {
    expect(interpret("is there any proofreading work I could do from home?", "en")).toMatchObject({
      intent: "search_missions",
      slots: { q: "proofreading", remote: true },
    });
    expect(interpret("y a du boulot de transcription que je peux faire de chez moi ?", "fr")).toMatchObject({
      intent: "search_missions",
      slots: { q: "transcription", remote: true },
    });
  });
});

describe("goods sold by the unit, and swaps of something not yet 'mine'", () => {
  it("posts goods priced by the cubic metre, the tonne, the bale", () => {
    expect(interpret("Planches de châtaignier, 600€ le m3, Sarlat", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 60000, place: "Sarlat-la-Canéda" },
    });
    expect(interpret("straw, €4 a bale, Tullamore", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 400 },
    });
  });

  it("offers what the member looks to swap, wanting what comes after 'for'", () => {
    expect(interpret("happy to trade some jam for fresh eggs, Sligo", "en").slots).toMatchObject({
      kind: "offer",
      title: "jam",
      wants: "fresh eggs",
    });
    expect(interpret("je cherche à échanger des confitures contre des oeufs, Redon", "fr").slots).toMatchObject({
      kind: "offer",
      title: "confitures",
      wants: "oeufs",
    });
  });
});

describe("questions about posting and the verb 'a'", () => {
  it("answers whether a kind of posting is allowed with help, and posts a thing named", () => {
    expect(interpret("can I post something for barter only, no money?", "en").intent).toBe("help");
    expect(interpret("est-ce qu'on peut poster des services ?", "fr").intent).toBe("help");
    expect(interpret("can I post my drill for sale?", "en").intent).toBe("create_listing");
  });

  it("reads 'a' before a preposition as the verb: 'qqn en a sur Orthez ?' is in Orthez", () => {
    expect(interpret("des poussins, qqn en a sur orthez ?", "fr").slots.place).toBe("Orthez");
  });
});

describe("a story, then the thing for sale", () => {
  it("titles the thing said to be for sale or to need a home, not the story", () => {
    expect(interpret("Mon grand-père ne bricole plus, sa perceuse Makita est à vendre, 60€, Rodez", "fr").slots.title).toBe(
      "perceuse Makita",
    );
    expect(interpret("Graduated last month so my lab coats need a new home, €5 each, Galway", "en").slots.title).toBe("lab coats");
    expect(interpret("j'ai mon permis, du coup mon vélo est dispo: 80€, Lille", "fr").slots.title).toBe("vélo");
    expect(interpret("Our twins have outgrown their cots, £40 each, Bath", "en").slots.title).toBe("cots");
    expect(interpret("J'ai fini ma thèse, je revends mes manuels de stats, 5€ pièce", "fr").slots.title).toBe("manuels de stats");
  });
});

describe("a message to a member described, not named", () => {
  it("sends what follows 'que' / 'that', not the description", () => {
    expect(interpret("réponds à la vendeuse de la commode que je passe samedi", "fr").slots.body).toBe("je passe samedi");
    expect(interpret("tell the owner of the ladder that I can pick it up at 5", "en").slots.body).toBe("I can pick it up at 5");
    expect(interpret("dis à Paul que je passe demain", "fr").slots).toMatchObject({ recipient: "Paul", body: "je passe demain" });
  });
});

describe("a line typed in capitals", () => {
  it("opens no title with its article or possessive", () => {
    expect(interpret("JE VENDS MA DEBROUSSAILLEUSE STIHL 180€ A DEBATTRE SECTEUR QUIMPER", "fr").slots).toMatchObject({
      title: "DEBROUSSAILLEUSE STIHL",
      price: 18000,
      place: "Quimper",
    });
    expect(interpret("SELLING MY OLD TRAILER 200 QUID CALL ME CORK", "en").slots.title).toBe("OLD TRAILER");
  });
});

describe("the next page, asked", () => {
  const lastSearch = { intent: "search_listings" as const, slots: { q: "vélo", place: "Lyon" } };
  it("continues the last search after 'encore', 'la suite ?', 'any more?', 'show me more'", () => {
    for (const [text, lang] of [
      ["encore", "fr"],
      ["la suite ?", "fr"],
      ["y en a d'autres ?", "fr"],
      ["any more?", "en"],
      ["show me more", "en"],
    ] as const)
      expect(interpret(text, lang, { lastSearch })).toMatchObject({
        intent: "search_listings",
        slots: { q: "vélo", place: "Lyon", more: true },
      });
  });

  it("but a change to the search stays a change", () => {
    expect(interpret("et à Grenoble ?", "fr", { lastSearch }).slots).toEqual({ q: "vélo", place: "Grenoble" });
    expect(interpret("show me more about number 2", "en", { lastSearch })).toMatchObject({ intent: "show_listing", slots: { ref: 2 } });
  });
});

describe("years of experience", () => {
  it("stay out of the trade's title, while a model's number stays in", () => {
    expect(interpret("Couvreur 20 ans d'expérience, réparation de toitures, 50€/h, secteur Vannes", "fr").slots.title).toBe("Couvreur");
    expect(interpret("vends vélo 3 vitesses, 50€", "fr").slots.title).toBe("vélo 3 vitesses");
  });
});

describe("a tradesperson saying where they work", () => {
  it("posts the trade, offered, where it is", () => {
    expect(interpret("couvreur, j'interviens sur Vannes et alentours", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "couvreur", place: "Vannes" },
    });
    expect(interpret("mobile mechanic, I cover Cork and Kerry", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "mobile mechanic", place: "Cork" },
    });
  });

  it("but who works there, asked, is searched", () => {
    expect(interpret("qui intervient sur Niort pour une fuite ?", "fr").intent).toBe("search_listings");
  });
});
