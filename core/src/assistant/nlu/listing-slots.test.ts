/**
 * A posting's other slots than its title (issue 11), by class: numbers that are not prices
 * (counts, decades, times), prices said per unit or after an approximation, the dollars of the
 * place's country, a want said "on request" that is no want, and remote only when no town is said.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";
import { priceChangeSaid } from "./slots.ts";
import { detectLocale, tokenize } from "./text.ts";

const posting = (text: string, lang: "fr" | "en") => {
  const result = interpret(text, lang);
  expect(result.intent, text).toBe("create_listing");
  return result.slots;
};

describe("a posting's price, currency, kind and place", () => {
  it("reads no price in a count of things, a decade or an hour", () => {
    expect(posting("je donne 40 pots de confiture vides, Angers", "fr")).not.toHaveProperty("price");
    expect(posting("je donne mon tourne-disque des années 70, à venir chercher à Tours", "fr")).not.toHaveProperty("price");
    expect(posting("je donne du pain invendu tous les soirs à 20h, Lille", "fr")).not.toHaveProperty("price");
  });

  it("reads a price said per unit or after an approximation", () => {
    expect(posting("selling 8 crates of apples, 6 per crate, Kent", "en").price).toBe(600);
    expect(posting("I can do cat sitting at my place in Leeds, 15 a night", "en")).toMatchObject({ price: 1500, kind: "offer" });
    expect(posting("need a plumber to fix a leak, budget around 120, Bristol, post it as a request", "en").price).toBe(12000);
  });

  it("reads French shorthand for thousands: '1k5' is 1 500, in a posting and a search", () => {
    expect(posting("je vends ma moto 2k5, papiers ok, Vannes", "fr")).toMatchObject({ price: 250000, title: "moto" });
    expect(interpret("cherche un scooter max 1k2 vers Lorient", "fr").slots.maxPrice).toBe(120000);
    // and the town typed after it, in lower case, closes the ad as after any amount
    expect(posting("vend tronçonneuse stihl 1k2 pontarlier", "fr")).toMatchObject({ price: 120000, place: "Pontarlier" });
  });

  it("takes the dollars of the place's country, and Québec's slang", () => {
    expect(posting("Selling my snowshoes, $90, Ottawa", "en")).toMatchObject({ price: 9000, currency: "CAD", place: "Ottawa" });
    expect(posting("selling my snowshoes, $90, Denver", "en")).toMatchObject({ currency: "USD" });
    expect(posting("je vends mes raquettes 40 piasses à Québec", "fr")).toMatchObject({ price: 4000, currency: "CAD" });
  });

  it("reads 'on request' and 'sur commande' as how it is made, not a want; 'I can do' offers", () => {
    expect(posting("New listing: hand-painted mugs, any name on request, 18 euros each, Ghent", "en").kind).toBe("offer");
    expect(posting("hey I can do ironing at home, 12 an hour, Liverpool", "en").kind).toBe("offer");
  });

  it("keeps 'remote' only for a service with no town", () => {
    expect(posting("je propose du montage vidéo, 300€/jour, Nantes ou remote", "fr")).not.toHaveProperty("remote");
    expect(posting("je propose du montage vidéo, 300€/jour, full remote", "fr").remote).toBe(true);
  });

  it("reads as postings what offers ('I can offer', 'available for'), gives away ('free to whoever') or asks to be posted ('as a request')", () => {
    expect(posting("I'm a retired tailor, I can offer small alterations, pay what you want, around Galway", "en")).toMatchObject({
      kind: "offer",
      place: "Galway",
    });
    expect(posting("Looking to buy a bread machine, max 60, Limerick — please post it as a request", "en")).toMatchObject({
      kind: "want",
      price: 6000,
      place: "Limerick",
    });
    expect(posting("available for dog sitting in August, I'm a calm retired teacher", "en")).not.toHaveProperty("place");
    expect(posting("Our building says the sofa must go: green velvet sofa free to whoever carries it, Ghent", "en").kind).toBe("offer");
  });

  it("leaves out the towns of the member's move, the numbers of a size or a bracket, and reads the price said as such", () => {
    expect(posting("on déménage à Montréal donc on vend tout : table basse 40€, à prendre à Nantes", "fr").place).toBe("Nantes");
    expect(posting("je pars étudier à Lyon en septembre donc je vends mon micro-ondes 30€", "fr")).not.toHaveProperty("place");
    expect(posting("Free to a good home: yucca, 1.5m tall, Ghent", "en").price).not.toBe(100);
    expect(posting("j'échange mes 4 tomes de Tintin (1 à 4) contre des tomes d'Astérix, Lille", "fr")).not.toHaveProperty("price");
    expect(posting("vds trottinette xiaomi 365e 250€ tbe nantes", "fr").price).toBe(25000);
    expect(posting("Je mets en vente ma collection de BD (environ 300 albums), prix global 1 200 euros", "fr").price).toBe(120000);
  });

  it("reads giving away in 'need to get rid of', an offer in 'I'm a … offering', and nothing of a part's shape as the condition", () => {
    expect(posting("moving out and need to get rid of stuff: a bookcase, 20 pounds, Leeds", "en").kind).toBe("offer");
    expect(posting("I'm a freelance illustrator offering children's book illustrations, 300 per page", "en").kind).toBe("offer");
    expect(posting("vends Galaxy S22, écran nickel, 280€", "fr")).not.toHaveProperty("condition");
    expect(posting("vends PS4 slim, état nickel, 150€", "fr").condition).toBe("like_new");
  });

  it("reads dirhams as Morocco's money (never a postcode), and where a service leaves from as its place", () => {
    const scooter = posting("je vends mon scooter 50cc à Fès, 12000 dh, très peu roulé", "fr");
    expect(scooter).toMatchObject({ price: 1200000, currency: "MAD", place: "Fès" });
    expect(posting("Je propose du transport de vélos en utilitaire au départ d'Albertville, 30€ le trajet", "fr").place).toBe(
      "Albertville",
    );
  });

  it("posts a want told with its dates, what is borrowed or who asks; the same thing asked with a search's words is searched", () => {
    expect(posting("need a cat sitter 3–10 sept, we're in Leeds city centre, two old cats", "en").kind).toBe("want");
    expect(posting("qui aurait une échelle à me prêter ce week-end ? je suis à Vierzon", "fr").kind).toBe("want");
    expect(posting("cherche 10 chaises pliantes à emprunter pour un anniversaire le 12 mai, Niort", "fr")).toMatchObject({
      kind: "want",
      place: "Niort",
    });
    // the member's availability or a rent in a line that opens by looking is the want's; a taker looked for is an offer
    expect(posting("je cherche un électricien pour changer un tableau, dispo le samedi, Vannes", "fr").kind).toBe("want");
    expect(posting("cherche un garage à louer près de Quimper, 60€/mois max, mets l'annonce", "fr").kind).toBe("want");
    expect(posting("cherche preneur pour mon canapé, dispo samedi, Lyon", "fr").kind).toBe("offer");
    expect(posting("cherche colocataire, chambre dispo dès le 1er mars, 450€, Lille", "fr").kind).toBe("offer");
    expect(interpret("need a cat sitter in Leeds, any listings?", "en").intent).toBe("search_listings");
    expect(interpret("cherche des chaises pliantes à 10 km de Niort", "fr").intent).toBe("search_listings");
    // where the member is, a size, a word that opens like a month, a rent or the newest first: searches
    for (const search of [
      "cherche un vélo je suis à Lyon",
      "cherche body bébé 6 mois",
      "cherche 4 marteaux",
      "cherche un appart à louer pour ma fille à Lyon",
    ])
      expect(interpret(search, "fr").intent, search).toBe("search_listings");
    expect(interpret("looking for a bike for my son, most recent", "en").intent).toBe("search_listings");
    // a "qui" that is no question asks to borrow nothing
    expect(interpret("je signale Tom qui devait me prêter un vélo et a disparu", "fr").intent).toBe("report_user");
  });

  it("reads the town as members type it: 'a' for 'à', a town's full name or its first word in lower case, a city closing the line", () => {
    // "à" is French, and "a" typed for it tells nothing: the line stays French, its "a" a preposition
    expect(detectLocale(tokenize("à donner: lit bébé, à récupérer à Lorient"), "en")).toBe("fr");
    expect(detectLocale(tokenize("vends poele a bois, a recuperer a lorient"), "en")).toBe("fr");
    // an English "'n" or "'d" is no French elision, and the verbs of an ad say English
    expect(detectLocale(tokenize("giving away a Pack'n Play travel cot"), "fr")).toBe("en");
    expect(detectLocale(tokenize("I'd love a tent"), "fr")).toBe("en");
    expect(posting("vends poêle Godin, 300 euros, a recuperer a Fribourg", "fr").place).toBe("Fribourg");
    // in an English line, "a" before a vowel (English says "an") or before a city that ends the clause is "à"
    expect(posting("need a dog walker tuesday evening a annecy, 12€/h", "en").place).toBe("Annecy");
    expect(interpret("show me des vélos a louer a lyon", "en").slots.place).toBe("Lyon");
    expect(interpret("need a nice sofa", "en").slots).not.toHaveProperty("place");
    expect(posting("giving away tomato plants, come pick them up a lourmarin", "en").place).toBe("Lourmarin");
    // a town's name of three words or more, typed out in lower case
    expect(posting("vends table 30€, a prendre a la teste de buch", "fr").place).toBe("La Teste-de-Buch");
    expect(posting("vends kayak, 200e, le grau du roi", "fr").place).toBe("Le Grau-du-Roi");
    expect(posting("vends kayak, 200e, la vie en rose", "fr")).not.toHaveProperty("place");
    // a town called by its first word, in lower case, when no word of either language is spelt so
    expect(interpret("des kayaks autour de bandol ?", "fr").slots.place).toBe("Bandol");
    expect(interpret("cours de voile vers sanary", "fr").slots.place).toBe("Sanary-sur-Mer");
    // a foreign town no word could be, after a preposition or closing the line
    expect(posting("selling 2 kayaks, 150 euro each, pick up in tavira", "en").place).toBe("Tavira");
    expect(posting("selling my old dinghy, 300 euro, sesimbra", "en").place).toBe("Sesimbra");
    // a brand in lower case at the end, or after "at", is no town abroad
    expect(posting("selling a hoodie bought at zara, 10€", "en")).not.toHaveProperty("place");
    // a word that is also a city closes a posting after a comma or an amount; inside the line it is a word
    expect(posting("vends kayak biplace 200e, tours", "fr").place).toBe("Tours");
    expect(posting("vends chaînes neige 30 balles gap", "fr").place).toBe("Gap");
    expect(posting("vends kayak gonflable, orange, 80e", "fr")).not.toHaveProperty("place");
    expect(posting("vends lot de vinyles 33 tours", "fr")).not.toHaveProperty("place");
    expect(posting("selling a desk, good condition, nice", "en")).not.toHaveProperty("place");
    expect(
      interpret("nice", "en", { lastSearch: { intent: "search_listings", slots: { q: "sofas", place: "Lyon" } } }).slots.place,
    ).not.toBe("Nice");
    // an English article before a capital or after a comma stays one
    expect(posting("a Orange livebox, free to collect", "en")).not.toHaveProperty("place");
    expect(posting("trade my van, a pontiac, 2000€", "en")).not.toHaveProperty("place");
    // the article a preposition swallowed is the town's own ("au Havre" is no Havre, Montana), not a word's
    expect(posting("vends vélo de course au Havre", "fr").place).toBe("Le Havre");
    expect(interpret("des vélos autour du Mans ?", "fr").slots.place).toBe("Le Mans");
    expect(posting("vends skis aux Gets, 150€", "fr").place).toBe("Les Gets");
    expect(posting("vends barque, à voir au port de Cassis", "fr").place).toBe("Cassis");
    expect(interpret("des vélos autour du Grand Lyon ?", "fr").slots.place).toBe("Lyon");
    expect(posting("vends des letchis, 5€ le kilo, au Port", "fr").place).toBe("Le Port");
    // a currency's code in capitals is no brand before the town
    expect(interpret("raclette grill under 40 CHF lausanne", "en").slots.place).toBe("Lausanne");
    // "80e, le croisic": after a comma, the article opens a town, not what the price counts
    expect(posting("vends filet de pêche, 80e, le croisic", "fr")).toMatchObject({ price: 8000, place: "Le Croisic" });
  });

  it("keeps a name several towns share as said, for the member to be asked which ('à Boulogne', 'vers Noisy')", () => {
    expect(posting("je vends mon vélo 50€ à Boulogne", "fr")).toMatchObject({ place: "Boulogne" });
    expect(interpret("cherche un canapé vers Noisy", "fr").slots).toMatchObject({ place: "Noisy" });
    // a town that resolves alone is given as ever, and a word of the language stays a word
    expect(posting("je vends mon vélo 50€ à Aix", "fr")).toMatchObject({ place: "Aix-en-Provence" });
    expect(interpret("une lampe basse à poser, 20€", "fr").slots.place).toBeUndefined();
  });

  it("reads the town of a club, a market or a school the member speaks for, a posting's last capitalised word, a town heading the line", () => {
    expect(posting("L'harmonie municipale de Vierzon vend ses anciens pupitres, 15€ pièce", "fr")).toMatchObject({ place: "Vierzon" });
    expect(posting("je vends mes confitures au marché de Saint-Flour le samedi, 4€ le pot", "fr")).toMatchObject({ place: "Saint-Flour" });
    expect(posting("vends table basse en chêne 80€ très bon état Millau", "fr")).toMatchObject({ place: "Millau" });
    expect(interpret("Perpignan : des cours de catalan ?", "fr").slots).toMatchObject({ place: "Perpignan" });
    // (where the member moves from is where the thing is, when no other town is said — the writers place it there 14
    // times of 14 —, not where they move to; a brand after "de" is no town)
    expect(posting("je déménage de Vierzon, je vends mon canapé 100€", "fr")).toMatchObject({ place: "Vierzon" });
    expect(posting("je déménage de Vierzon à Tours, je vends mon canapé 100€", "fr")).toMatchObject({ place: "Vierzon" });
    expect(posting("vends robe de mariée de Pronovias 300€", "fr")).not.toHaveProperty("place");
  });

  it("reads the money of the Pacific, Japan and Australia, and 'Swiss francs'", () => {
    expect(posting("vends pirogue 120 000 F CFP, Nouméa", "fr")).toMatchObject({ price: 12000000, currency: "XPF" });
    expect(posting("selling my kotatsu table, 8000 yen, Osaka", "en")).toMatchObject({ price: 800000, currency: "JPY" });
    expect(posting("selling a longboard, 250 AUD, Perth", "en")).toMatchObject({ price: 25000, currency: "AUD" });
    expect(posting("Selling my e-bike, 1 400 Swiss francs, Basel", "en")).toMatchObject({ price: 140000, currency: "CHF" });
  });

  it("reads a posting whose member pays, or asks to be taught, as a want whatever verb of giving it holds", () => {
    expect(posting("cherche une vieille mobylette à retaper, Tulle, je peux donner 100 balles", "fr")).toMatchObject({ kind: "want" });
    expect(posting("qqn peut m'apprendre à tricoter ? je paye le café + 10€ de l'heure, Brive", "fr")).toMatchObject({ kind: "want" });
    expect(posting("anyone can teach me to sew? I can pay 15 an hour, Bath", "en")).toMatchObject({ kind: "want" });
    // (an offer that says what it does not pay stays an offer)
    expect(posting("je donne des cours de maths, 20€/h, je paye pas de loyer lol", "fr")).toMatchObject({ kind: "offer" });
  });

  it("keeps what the review found over-read: postage paid by a seller, a brand or a first name where a town would stand", () => {
    expect(posting("je vends mon vélo 80€, je paye le port", "fr")).toMatchObject({ kind: "offer" });
    expect(posting("I can give 3 guitar lessons a week, 20 an hour, Leeds", "en")).toMatchObject({ kind: "offer" });
    expect(posting("vends bottes de pluie Aigle taille 38, 15€", "fr")).not.toHaveProperty("place");
    expect(posting("vends vieux Cognac", "fr")).not.toHaveProperty("place");
    expect(interpret("Albert : je vends mon vélo 50€", "fr").slots.place).toBeUndefined();
    expect(posting("je parle anglais et propose des traductions, 20€ la page, Lyon", "fr")).toMatchObject({ title: "traductions" });
    expect(posting("vends vélo 200 francs suisses, Lausanne", "fr")).toMatchObject({ title: "vélo", currency: "CHF" });
  });

  it("reads a town bound by hyphens whole, a city of two words after a comma, a town with its district ending the line", () => {
    expect(posting("vends table basse 40€ Villeneuve-d'Ascq", "fr")).toMatchObject({ place: "Villeneuve-d'Ascq" });
    expect(interpret("cherche cours de guitare Hénin-Beaumont", "fr").slots.place).toBe("Hénin-Beaumont");
    expect(posting("selling my road bike, 300 dollars, new york", "en")).toMatchObject({ place: "New York" });
    expect(posting("vends poussette 60€ Nancy centre", "fr")).toMatchObject({ place: "Nancy", title: "poussette" });
    expect(posting("vends canapé 100 balles lyon rive droite", "fr")).toMatchObject({ place: "Lyon" });
  });

  it("reads a freelancer's ad as a posting, and a change asked of the profile as the profile's", () => {
    expect(interpret("Graphiste freelance dispo dès septembre, 350€/j, basée à Nantes", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 35000, place: "Nantes" },
    });
    expect(interpret("Freelance copywriter EN/FR, based in Lille, 0.10 per word", "en").intent).toBe("create_listing");
    expect(interpret("mets mon tjm à 350 et ma ville à Nantes", "fr").intent).toBe("update_profile");
  });

  it("reads prices in cents, by the unit after a slash, in Swiss 'fr.' and in 'f cfa', and a free quote as no gift", () => {
    expect(posting("je propose de la relecture, 5 centimes le mot, Lausanne", "fr")).toMatchObject({ price: 5 });
    expect(posting("selling 10kg of apples, 2.20/kg, Rouen", "en")).toMatchObject({ price: 220, title: "10kg of apples" });
    expect(posting("vends vélo de ville, 150 fr., Lausanne", "fr")).toMatchObject({ price: 15000, currency: "CHF" });
    expect(posting("je tresse les cheveux, 5000 f cfa la coiffure, Douala", "fr")).toMatchObject({ price: 500000 });
    expect(posting("I can paint your fence, 25 an hour, free quote, Leeds", "en")).toMatchObject({ price: 2500 });
    expect(posting("selling my 6ft surfboard, 200 quid", "en")).toMatchObject({ title: "6ft surfboard" });
  });

  it("prices a lot when a price for each is said too, and reads thousands as no rank", () => {
    expect(posting("vends 2 fauteuils 50€ pièce ou 90€ les deux", "fr")).toMatchObject({ price: 9000, title: "2 fauteuils" });
    expect(posting("selling 6 garden chairs, 15 each or 70 for all, Leeds", "en")).toMatchObject({ price: 7000 });
    expect(interpret("make the piano listing 2k instead of 2.5k", "en").slots).toEqual({ price: 200000 });
  });

  it("reads a thing offered free as a question, and the verb of offering opening a line, as postings", () => {
    expect(interpret("anyone want a cat tree? free, pick up in Lyon", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer" },
    });
    expect(interpret("propose cours de batterie pour débutants, 20€ l'heure, Nancy", "fr").intent).toBe("create_listing");
    expect(interpret("propose moi des annonces de vélos à Nancy", "fr").intent).toBe("search_listings");
  });

  it("keeps what the review found over-read: foods, views and verbs after 'au', 'sur', 'a'; sizes, face values and 'fr'; delivery", () => {
    expect(posting("je donne des pots de confiture au cassis", "fr")).not.toHaveProperty("place");
    expect(posting("vends 6 verres a champagne, 10€", "fr")).not.toHaveProperty("place");
    expect(interpret("loue appartement vue sur mer", "fr").slots.place).toBeUndefined();
    expect(posting("vends le jeu que mon fils a eu, 20€", "fr")).not.toHaveProperty("place");
    expect(posting("vends t-shirt taille 38/M", "fr")).not.toHaveProperty("price");
    expect(posting("vends collection de pièces de 2 centimes, 5€", "fr")).toMatchObject({ price: 500 });
    expect(posting("vends cartes pokemon 50 fr et 20 jap, 30€ le tout", "fr")).toMatchObject({ price: 3000 });
    expect(posting("vends 4 pneus à 30€ pièce, livraison 10€ pour le tout", "fr")).toMatchObject({ price: 3000 });
    expect(interpret("cherche tondeuse Honda moins de 200€", "fr").slots.place).toBeUndefined();
    expect(interpret("renting out my lovely Lyon flat, 800 a month", "en").slots.place).toBe("Lyon");
  });

  it("keeps requests to the assistant as such ('propose des vélos pas chers', 'je peux trier …', 'maintenant supprime …')", () => {
    expect(interpret("propose des vélos pas chers à Lyon", "fr").intent).toBe("search_listings");
    expect(interpret("je peux trier les vélos par prix", "fr").intent).toBe("search_listings");
    const lastSearch = { intent: "search_listings" as const, slots: { q: "velo", place: "Lyon" } };
    expect(interpret("maintenant supprime mon annonce", "fr", { lastSearch }).intent).toBe("delete_listing");
    expect(interpret("dispo à partir du 15 juin, 400€/j", "fr").intent).toBe("update_profile");
    expect(interpret("how do I link my Discord account? my code is 482913", "en")).toMatchObject({
      intent: "link_account",
      slots: { code: "482913" },
    });
  });

  it("reads a village of a few hundred people, capitalised, whose name is no word or first name", () => {
    expect(interpret("vends table en chêne 200€, Issigeac", "fr").slots).toMatchObject({ place: "Issigeac", price: 20000 });
    expect(interpret("cherche saisonnier pour la traite cet été à Hauteluce, logé nourri", "fr").slots.place).toBe("Hauteluce");
    expect(interpret("selling 2 oak church pews, 800 for the pair, Monpazier", "en").slots.place).toBe("Monpazier");
    // (a first name or a word stays what it is)
    expect(interpret("vends vélo 50€, Marie", "fr").slots.place).toBeUndefined();
    expect(interpret("écris à Marie que c'est ok", "fr").slots).toMatchObject({ recipient: "Marie" });
  });

  it("reads a town before a range of prices, a town's area closing the message, and a swap's want to its sentence's end", () => {
    expect(interpret("meubles de jardin Metz entre 50 et 200€", "fr").slots).toMatchObject({ place: "Metz", q: "meubles de jardin" });
    expect(interpret("garden chairs Leeds between 20 and 50 quid", "en").slots).toMatchObject({ place: "Leeds", q: "garden chairs" });
    expect(interpret("tondeuse Honda entre 100 et 200€", "fr").slots.place).toBeUndefined();
    expect(interpret("Swap: my Nintendo Switch for a DSLR camera. Lausanne area.", "en").slots).toMatchObject({
      wants: "DSLR camera",
      place: "Lausanne",
    });
    expect(interpret("échange mes bottes contre des Dr. Martens taille 40", "fr").slots.wants).toBe("Dr. Martens taille 40");
  });

  it("prices a model's or a size's number then 'à' a price at that price, never as a range", () => {
    for (const [text, price, title] of [
      ["vends iPhone 13 à 400€", 40000, "iPhone 13"],
      ["vends Twingo 2 à 2500 euros", 250000, "Twingo 2"],
      ["vends iphone 13 - 400€", 40000, "iphone 13"],
      ["vends chaussures taille 39 à 20 euros", 2000, "chaussures taille 39"],
    ] as const)
      expect(interpret(text, "fr").slots, text).toMatchObject({ price, title });
    expect(interpret("je cherche un iPhone 13 à 300€", "fr").slots).toEqual({ q: "iPhone 13", maxPrice: 30000 });
    // (a range that rises from a bound of its order, or is led, stays one)
    expect(interpret("cherche vélo 100 à 200€ à Lyon", "fr").slots).toMatchObject({ minPrice: 10000, maxPrice: 20000 });
    expect(interpret("ps5 200 à 300", "fr").slots).toMatchObject({ minPrice: 20000, maxPrice: 30000 });
  });

  it("reads thousands in groups after a word of the thing, a year, a sign or a Swiss apostrophe", () => {
    for (const [text, lang, price] of [
      ["vends ordi portable 1 200 €", "fr", 120000],
      ["vends moto 3 500€ à débattre", "fr", 350000],
      ["vends 3008 GT Line 2019 18 500 €", "fr", 1850000],
      ["vends moto 3'500 CHF", "fr", 350000],
      ["selling car £12 000", "en", 1200000],
      ["vends téléphone 50 000 F CFA Abidjan", "fr", 5000000],
      // (a model's number stays the model's)
      ["vends drone DJI Mini 2 250€", "fr", 25000],
      ["vends iphone 8 200 euros", "fr", 20000],
      ["vends BMW série 3 500€", "fr", 50000],
    ] as const)
      expect(interpret(text, lang).slots.price, text).toBe(price);
  });

  it("reads a shoe size's system, a screen's inches and a price after a model's number; a value sold for less at what is paid", () => {
    for (const [text, lang, price] of [
      ["vends sneakers Adidas Stan Smith 43 EU / 9 UK 35€", "fr", 3500],
      ['selling 55" TV 200', "en", 20000],
      ["selling iPhone 13 400", "en", 40000],
      ["selling ps4 120", "en", 12000],
      ["selling my bike, originally $800, now $300", "en", 30000],
      ["vends carte cadeau Amazon 50€ pour 40€", "fr", 4000],
      ["selling £50 Amazon gift card for £40", "en", 4000],
    ] as const)
      expect(interpret(text, lang).slots.price, text).toBe(price);
    expect(interpret("vends peugeot 206", "fr").slots.price).toBeUndefined();
  });

  it("reads an ad's abbreviation and an ad's line with no word of change as a posting, or a search, never a change", () => {
    expect(interpret("WTS: Nintendo Switch OLED w/ 3 games, 280", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "Nintendo Switch OLED", price: 28000 },
    });
    expect(interpret("FS: Trek mountain bike, 400", "en").slots).toMatchObject({ kind: "offer", price: 40000 });
    expect(interpret("AV: canapé cuir 200€", "fr").slots).toMatchObject({ kind: "offer", title: "canapé cuir", price: 20000 });
    expect(interpret("ISO a baby car seat", "en").slots).toMatchObject({ kind: "want", title: "baby car seat" });
    expect(interpret("Repassage 12€ le panier", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { title: "Repassage", price: 1200 },
    });
    expect(interpret("Math tutoring $30/hour", "en").intent).toBe("create_listing");
    expect(interpret("free firewood, come and get it", "en").slots).toMatchObject({ title: "firewood", price: 0 });
    // (a thing and its price alone: read first as a posting, the search kept as the other reading the member is offered)
    const bare = interpret("canapé cuir 200€", "fr");
    expect(bare).toMatchObject({ intent: "create_listing", slots: { price: 20000 } });
    expect(bare.alternative).toMatchObject({ intent: "search_listings", slots: { maxPrice: 20000 } });
    // (a change said as one stays one)
    expect(interpret("put the chainsaw back online", "en").intent).toBe("update_listing");
    expect(interpret("passe le vélo à 40€", "fr").intent).toBe("update_listing");
  });

  it("reads a town between the thing and its price, after a flat's size, and never a word of the sale or a brand as one", () => {
    expect(interpret("vends vélo Nice 80€", "fr").slots).toMatchObject({ place: "Nice", title: "vélo", price: 8000 });
    expect(interpret("studio meublé Lausanne 900€", "fr").slots).toMatchObject({ place: "Lausanne", title: "studio meublé" });
    expect(interpret("appart T2 Lyon moins de 700€", "fr").slots).toMatchObject({ place: "Lyon", q: "appart T2", maxPrice: 70000 });
    expect(interpret("vends bottes Aigle 40€", "fr").slots.place).toBeUndefined();
    expect(interpret("selling my bike £20 ONO", "en").slots.place).toBeUndefined();
    expect(interpret("Kawasaki Z900 moins de 6000€", "fr").slots).toMatchObject({ q: "Kawasaki Z900" });
    expect(interpret("mangas Naruto", "fr").slots.place).toBeUndefined();
  });

  it("reads what a thing cost new as neither its condition nor its price", () => {
    expect(interpret("vends vélo 50€ (prix neuf 300€)", "fr").slots).toMatchObject({ price: 5000 });
    expect(interpret("vends vélo 50€ (prix neuf 300€)", "fr").slots.condition).toBeUndefined();
    expect(interpret("vends vélo, valeur à neuf 300€, cédé 100€", "fr").slots.price).toBe(10000);
    expect(interpret("vends vélo neuf 300€", "fr").slots).toMatchObject({ condition: "new", price: 30000 });
  });

  it("searches things given when no one gives them ('des objets gratuits à Marseille'), and posts them when someone does", () => {
    expect(interpret("des objets gratuits à Marseille", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "objets", place: "Marseille", maxPrice: 0 },
    });
    expect(interpret("any free sofas in Leeds?", "en").intent).toBe("search_listings");
    expect(interpret("des vêtements bébé à donner, je déménage", "fr").intent).toBe("create_listing");
  });

  it("reads a measure's number as no postcode, the dinars and codes of the town's country, and a bare ad priced in any currency", () => {
    expect(posting("Tunis: vends climatiseur split 12000 BTU, 900 dinars", "fr")).toMatchObject({
      place: "Tunis",
      currency: "TND",
      price: 90000,
    });
    expect(posting("vends batterie 20000 mAh 20€", "fr").place).toBeUndefined();
    expect(posting("vends vélo 13006", "fr").place).toBe("Marseille");
    expect(posting("Sfax, vends frigo 500 dinars", "fr")).toMatchObject({ currency: "TND", price: 50000, title: "frigo" });
    expect(posting("selling my bike 5000 INR, Pune", "en")).toMatchObject({ currency: "INR", price: 500000 });
    expect(posting("Snowboard boots size 10 US, used one season, 200 CAD, Whistler", "en")).toMatchObject({
      kind: "offer",
      price: 20000,
      currency: "CAD",
      place: "Whistler",
    });
    expect(interpret("used cars under 5000 USD in Austin", "en").intent).toBe("search_listings");
  });

  it("posts a service priced by its unit with no currency, a rental by the half-day, and a thing given to whoever fetches it", () => {
    expect(posting("coach sportif diplômé, séances en extérieur au parc de la Tête d'Or, 40 la séance", "fr")).toMatchObject({
      kind: "offer",
      price: 4000,
      title: "coach sportif diplômé",
    });
    expect(posting("location de paddle gonflable, 25€ la demi-journée, livraison sur la plage", "fr")).toMatchObject({
      kind: "offer",
      price: 2500,
    });
    expect(posting("canapé convertible offert à qui vient le chercher, 4e sans ascenseur, Paris 18e", "fr")).toMatchObject({
      kind: "offer",
      price: 0,
      title: "canapé convertible",
    });
    expect(interpret("cherche coach sportif, 40 la séance max", "fr").intent).toBe("search_listings");
    // a promotion is no price and no thing
    expect(posting("Séances de sophrologie en visio, 50€ l'heure, premier échange offert", "fr")).toMatchObject({
      price: 5000,
      title: "Séances de sophrologie",
    });
    // "freelance" is no "free"
    expect(posting("Posting my offer: React/Node freelance dev, 500€/day", "en")).toMatchObject({
      price: 50000,
      title: "React/Node freelance dev",
    });
  });

  it("posts a want opened by looking and priced without a cap, and reads 'moving boxes' as a thing, not a move", () => {
    expect(posting("cherche colocataire pour un 4 et demi à Québec, 550$ par mois", "fr")).toMatchObject({
      kind: "want",
      price: 55000,
      currency: "CAD",
      place: "Québec",
      title: "colocataire",
    });
    expect(posting("Cherche traducteur arabe-français pour docs administratifs, Casablanca, 500 dh", "fr")).toMatchObject({
      kind: "want",
      currency: "MAD",
      place: "Casablanca",
    });
    // (a cap, a budget or a question keeps it a search)
    expect(interpret("cherche vélo max 50€ à Lyon", "fr").intent).toBe("search_listings");
    expect(interpret("des vélos à 50€ sur Lyon ?", "fr").intent).toBe("search_listings");
    expect(posting("giving away a bunch of moving boxes in zurich, come grab them", "en")).toMatchObject({
      place: "Zürich",
      title: "moving boxes",
    });
    expect(interpret("I'm moving to zurich, selling my sofa 100€", "en").slots.place).toBeUndefined();
  });

  it("reads the money of members abroad: naira, cedis, baht, won, dong, pesos of the town, HK$, R$, S/, millions and comma groups", () => {
    expect(posting("House cleaning services in Accra, 150 cedis per visit", "en")).toMatchObject({
      kind: "offer",
      price: 15000,
      currency: "GHS",
    });
    expect(posting("tuk-tuk tours of the old town, 800 baht for 2 hrs, Chiang Mai", "en")).toMatchObject({ price: 80000, currency: "THB" });
    expect(posting("selling a Vespa in Hanoi, 15 million dong, papers ok", "en")).toMatchObject({ price: 1500000000, currency: "VND" });
    expect(posting("Web design for small businesses in Bogotá, from 500k pesos", "en")).toMatchObject({ price: 50000000, currency: "COP" });
    expect(posting("selling iPad Air 4 64gb wifi, HK$2,200, Kowloon", "en")).toMatchObject({ price: 220000, currency: "HKD" });
    expect(posting("selling my scooter Segway Ninebot Max G30, R$ 2.500, São Paulo", "en")).toMatchObject({
      price: 250000,
      currency: "BRL",
    });
    expect(posting("selling iPhone 14 Pro 256GB, S/ 2,800, Lima Miraflores", "en")).toMatchObject({ price: 280000, currency: "PEN" });
    expect(posting("je donne ma Toyota Corolla 2005 à 2 millions cfa à Yaoundé, papiers à jour", "fr")).toMatchObject({
      price: 200000000,
      currency: "XAF",
    });
    expect(interpret("show me Honda Fit listings in Osaka under 1,000,000 yen", "en").slots.maxPrice).toBe(100000000);
    expect(interpret("un char usagé à Montréal en bas de 5000$ ?", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { maxPrice: 500000 },
    });
    // "bucks" names no currency, as the labelling guide has it: the listing takes its town's
    expect(posting("selling a Weber kettle grill 57cm, 90 bucks, Boise", "en").currency).toBeUndefined();
    expect(posting("selling a Weber kettle grill 57cm, $90, Boise", "en").currency).toBe("USD");
  });

  it("searches missions when a rate floor is said with them, and the wants of others when they are asked about", () => {
    expect(interpret("missions with Go and Kubernetes, min day rate 700€", "en")).toMatchObject({
      intent: "search_missions",
      slots: { minRate: 70000 },
    });
    expect(interpret("des missions data engineer à Genève à partir de 900 CHF par jour", "fr")).toMatchObject({
      intent: "search_missions",
      slots: { minRate: 90000, place: "Genève" },
    });
    expect(interpret("mon TJM passe à 600€", "fr").intent).toBe("update_profile");
    expect(interpret("people asking for help moving in Lille?", "en")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "want", q: "help moving", place: "Lille" },
    });
    expect(interpret("I want to see listings of people who need a mechanic in Dubai", "en")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "want", q: "mechanic" },
    });
  });

  it("reads a French town with its département in brackets, and Aarhus as members spell it", () => {
    expect(posting("je vends ma friteuse Seb Actifry 70 balles, Orange (84)", "fr")).toMatchObject({ place: "Orange", price: 7000 });
    expect(posting("Free piano!!! Old upright, needs tuning, you move it, Aarhus", "en")).toMatchObject({ place: "Aarhus", price: 0 });
  });

  it("keeps the review's ordinary lines as they were: words that are also moneys, initials, a purchase before a sale, rates", () => {
    expect(posting("selling 10 pen drives 5€ each", "en")).toMatchObject({ price: 500, title: "10 pen drives" });
    expect(posting("selling lego city 2 cop cars 10€", "en").price).toBe(1000);
    expect(posting("Selling size 10 won't fit shoes 20€", "en").price).toBe(2000);
    expect(posting("vends t-shirt taille S/36 5€", "fr")).toMatchObject({ price: 500 });
    expect(posting("vends t-shirt taille S/36 5€", "fr").currency).toBeUndefined();
    expect(posting("Need a Korean tutor, 2x a week, 30,000 won per hour, Seoul", "en")).toMatchObject({ price: 3000000, currency: "KRW" });
    expect(posting("Selling J. Crew sweater, size M, $20", "en").title).toBe("J. Crew sweater");
    expect(posting("Selling Marvel vs. Capcom for PS4, 20€", "en").title).toContain("Capcom");
    expect(posting("just bought a new laptop, selling my old MacBook Air 300€", "en").title).toBe("old MacBook Air");
    expect(posting("Vends veste Lacoste (50) 30€", "fr").place).toBeUndefined();
    expect(interpret("écris à Marc que je peux faire 30€ la nuit", "fr").intent).toBe("send_message");
    expect(interpret("I charge 300 per day", "en").intent).toBe("update_profile");
    expect(interpret("mon tarif c'est 50 de l'heure", "fr").intent).toBe("update_profile");
    expect(interpret("any chairs for 10€ each", "en").intent).toBe("search_listings");
    expect(interpret("set day rate 600 for missions", "en").intent).toBe("update_profile");
    expect(interpret("cherche un vélo, 100€ pas plus", "fr").intent).toBe("search_listings");
    expect(interpret("looking for a house to rent in Bristol, £1200 per month", "en").intent).toBe("search_listings");
    expect(interpret("apéro offert à qui vient m'aider samedi", "fr").intent).not.toBe("create_listing");
    expect(interpret("pizza to whoever can help me move on Saturday", "en").intent).not.toBe("create_listing");
  });

  it("keeps a listing's price said as a change, a member's own rate with missions, work looked for and caps as they were", () => {
    expect(interpret("le vélo est à 80€ la journée", "fr").intent).toBe("update_listing");
    expect(interpret("c'est 10€ pièce", "fr").intent).toBe("update_listing");
    expect(interpret("day rate 600€, only remote missions", "en").intent).toBe("update_profile");
    expect(interpret("taux horaire 60€ pour les petites missions", "fr").intent).toBe("update_profile");
    // (work looked for is missions, whatever rate the member asks)
    expect(interpret("cherche du travail, 12€ de l'heure", "fr").intent).toBe("search_missions");
    expect(interpret("looking for a bike, nothing over 200€", "en").intent).toBe("search_listings");
    expect(interpret("how much is the first month's rent usually?", "en").intent).not.toBe("show_listing");
    expect(interpret("c'est quoi le prix du m2 du 15e ?", "fr").intent).not.toBe("show_listing");
    expect(interpret("c'est quoi l'état du vélo cargo ?", "fr").intent).toBe("show_listing");
  });

  it("reads money written as a sign or a code before its amount, as price tags abroad do", () => {
    expect(posting("Lagos: selling iPhone 14 Pro Max 256GB, UK used, ₦650,000", "en")).toMatchObject({ price: 65000000, currency: "NGN" });
    expect(posting("Selling a used Toyota Corolla 2010 in Accra, GH₵ 65,000", "en")).toMatchObject({ price: 6500000, currency: "GHS" });
    expect(posting("Renting out a 2-bedroom flat in Kilimani, KSh 85,000/month, Nairobi", "en")).toMatchObject({
      price: 8500000,
      currency: "KES",
    });
    expect(posting("vends vélo de course CHF 200, Lausanne", "fr")).toMatchObject({
      price: 20000,
      currency: "CHF",
      title: "vélo de course",
    });
    expect(posting("selling my bike ₹5000, Mumbai", "en")).toMatchObject({ price: 500000, currency: "INR" });
    // euros said by their code stay the default currency
    expect(posting("selling my TV, EUR 300", "en")).toMatchObject({ price: 30000 });
    expect(posting("selling my TV, EUR 300", "en")).not.toHaveProperty("currency");
  });

  it("posts a line headed by its kind in brackets or before a dash, and a bare 'vds' or 'prête'", () => {
    expect(posting("[DON] Plantes d'intérieur (monstera, pothos, ficus) — Nantes", "fr")).toMatchObject({
      kind: "offer",
      title: "Plantes d'intérieur",
      place: "Nantes",
    });
    expect(posting("For sale — Stokke Tripp Trapp high chair, good condition, 120€, Ghent", "en")).toMatchObject({
      title: "Stokke Tripp Trapp high chair",
      price: 12000,
    });
    expect(posting("[WTS] iPhone 12 64GB 300€", "en")).toMatchObject({ kind: "offer", title: "iPhone 12 64GB" });
    expect(posting("vds ps3 30e", "fr")).toMatchObject({ kind: "offer", title: "ps3", price: 3000 });
    expect(posting("prête perceuse Makita à qui en a besoin, quartier Saint-Michel, Bordeaux", "fr")).toMatchObject({
      kind: "offer",
      title: "perceuse Makita",
    });
    expect(posting("Machine à pain Moulinex : je la donne, Nancy", "fr")).toMatchObject({
      kind: "offer",
      title: "Machine à pain Moulinex",
    });
    // a message told to a member stays one
    expect(interpret("dis à Paul : je le vends 30€", "fr").intent).toBe("send_message");
  });

  it("takes what is looked for after who the member is, not what they have or who asks", () => {
    expect(posting("We're a small NGO in Nairobi looking for a volunteer web designer to refresh our site", "en")).toMatchObject({
      kind: "want",
      title: "volunteer web designer",
    });
    expect(
      posting("Hey folks, I just started a small coffee cart and I'm looking for a used espresso grinder, budget 300", "en").title,
    ).toBe("used espresso grinder");
    expect(posting("Anyone need a carpenter? I build custom kitchen cabinets, based in Casablanca", "en").title).toBe(
      "custom kitchen cabinets",
    );
  });

  it("posts a trade available for a job or at a price, a hiring, a swap asked of anyone, a quoted posting", () => {
    expect(posting("Plombier chauffagiste dispo pour dépannages sur Marseille et alentours, devis gratuit", "fr")).toMatchObject({
      kind: "offer",
      place: "Marseille",
    });
    expect(posting("Designer UX freelance dispo, TJM 400€, full remote ok", "fr")).toMatchObject({ kind: "offer", price: 40000 });
    expect(posting("Photographer available for weddings and events in Sydney, packages from $1,200", "en")).toMatchObject({
      kind: "offer",
      price: 120000,
      currency: "AUD",
    });
    // looked for: a thing available with no job and no price, a question, what is available
    expect(interpret("frigo dispo paris 18e", "fr").intent).toBe("search_listings");
    expect(interpret("what's available for kids within 15km of Dublin", "en").intent).toBe("search_listings");
    expect(posting("Hiring: freelance bookkeeper for a small bakery, ~10 h/month, remote OK", "en")).toMatchObject({ kind: "want" });
    expect(posting("anyone wanna swap a monstera cutting for a pilea? Rotterdam", "en")).toMatchObject({
      kind: "offer",
      title: "monstera cutting",
      wants: "pilea",
    });
    expect(posting('Can you post this for me: "Selling a Bugaboo Fox 3 pram, excellent condition, €550, Cork"', "en")).toMatchObject({
      title: "Bugaboo Fox 3 pram",
      price: 55000,
      place: "Cork",
    });
    expect(posting("Mise en location de mon studio meublé à Grenoble, 520€ charges comprises", "fr").title).toBe("studio meublé");
    // a name in quotes stays the thing's
    expect(posting('je vends le livre "Le Petit Prince", 5€', "fr").title).toContain("Le Petit Prince");
  });

  it("reads a line in capitals as if in lower case, a swap as an offer, a need said of others as a want", () => {
    expect(posting("VENDS CANAPE CUIR NOIR 3 PLACES 300 EUROS A DEBATTRE TEL EN MP AMIENS", "fr")).toMatchObject({
      kind: "offer",
      price: 30000,
      place: "Amiens",
    });
    // a message keeps its capitals, as written
    expect(interpret("DIS A PAUL QUE JE PASSE DEMAIN SOIR", "fr").slots).toMatchObject({ body: "JE PASSE DEMAIN SOIR" });
    expect(posting("Exchange: my Kindle Oasis for an iPad mini (any gen), Toronto", "en")).toMatchObject({
      kind: "offer",
      wants: "iPad mini",
    });
    expect(posting("Logo design in exchange for 3 haircuts 😅 seriously though, Dublin", "en")).toMatchObject({
      kind: "offer",
      wants: "3 haircuts",
    });
    expect(posting("Our community garden in Leeds needs a second-hand shed, anything watertight, budget 200 quid", "en").kind).toBe("want");
    // a thing's condition is no need
    expect(posting("this bike needs a new chain, 50€, Leeds", "en").kind).toBe("offer");
  });

  it("keeps what a review found: thousands after a code, 'Prête' as ready, people's own time, questions about a tag", () => {
    expect(posting("Vends vélo CHF 1 500, Lausanne", "fr")).toMatchObject({ price: 150000, currency: "CHF" });
    expect(posting("Vends frigo Samsung FCFA 150 000, Abidjan", "fr")).toMatchObject({ price: 15000000, currency: "XOF" });
    for (const line of ["Prête", "Prête à 18h", "Prête quand tu veux", "Sophie dispo pour le ciné ce soir"])
      expect(interpret(line, "fr").intent, line).not.toBe("create_listing");
    for (const line of ["Dad available for the school run at 8", "Charlie available for a call at 4pm", "[WTS] what does this mean?"])
      expect(interpret(line, "en").intent, line).not.toBe("create_listing");
    expect(interpret("[Don] comment je fais pour donner un truc ?", "fr").intent).not.toBe("search_listings");
    // a name typed in capitals keeps them when the lower case adds no town
    expect(posting("SELLING A GIBSON LES PAUL IN GREAT CONDITION 1500 USD", "en").title).toContain("GIBSON LES PAUL");
    // what a thing needs is its condition, never the thing
    expect(posting("The bike needs a wash, selling it for £40", "en").title).toBe("bike");
    expect(interpret("the kitchen needs a good clean before I move out", "en").slots.kind).not.toBe("want");
  });
});

describe("session 24's classes (dev52): a change by an amount, a rate offered, a trade for a task, tags", () => {
  it("reads a change by an amount as no new price, and says the change, signed, in hundredths", () => {
    for (const [line, lang, change] of [
      ["baisse de 20€ le prix de la tondeuse", "fr", -2000],
      ["réduis de 10 € mon annonce vélo", "fr", -1000],
      ["augmente de 5€ le prix des confitures", "fr", 500],
      ["drop the bike by 20 bucks", "en", -2000],
    ] as const) {
      const result = interpret(line, lang);
      expect(result.intent, line).toBe("update_listing");
      expect(result.slots, line).not.toHaveProperty("price");
      expect(priceChangeSaid(line, tokenize(line)), line).toBe(change);
    }
    // a new price said with its old one stays a new price
    for (const line of ["baisse le prix de la tondeuse à 80€", "passe le prix de 100 à 80"]) {
      expect(interpret(line, "fr").slots.price, line).toBe(8000);
      expect(priceChangeSaid(line, tokenize(line)), line).toBeUndefined();
    }
  });

  it("reads one rate for a unit of work with no bound and no looking as an offer; a bounded or asked rate stays a search", () => {
    expect(posting("traductrice anglais>français indépendante, spécialisée juridique, 0,10€ le mot", "fr")).toMatchObject({
      kind: "offer",
      price: 10,
    });
    expect(posting("Teaching beginner pottery classes at my studio in Asheville, $45 per session, max 4 people", "en")).toMatchObject({
      kind: "offer",
      price: 4500,
    });
    for (const line of [
      "babysitters Paris 15, max 15/h",
      "tutoring in chemistry, Québec, 25-40$/h",
      "cours de yoga à Genève ? 30 CHF la séance",
    ])
      expect(interpret(line, detectLocale(tokenize(line), "fr")).intent, line).toBe("search_listings");
  });

  it("reads a trade needed for a task or urgently as a want, and a trade asked about as a search", () => {
    expect(posting("Besoin d'un plombier en urgence sur Nantes, fuite sous l'évier", "fr")).toMatchObject({
      kind: "want",
      place: "Nantes",
    });
    expect(posting("Need a bricklayer for a 6m garden wall in Colmar, quotes welcome", "en").kind).toBe("want");
    expect(interpret("j'ai besoin d'un plombier en urgence à Annecy, y en a sur relais? la chaudière fuit", "fr").intent).toBe(
      "search_listings",
    );
  });

  it("reads a want tag and a listing-type hashtag as postings, and no hashtag as the thing", () => {
    expect(posting("[RECHERCHE] vélo cargo électrique, budget 1500€ max, Grenoble", "fr")).toMatchObject({ kind: "want", price: 150000 });
    expect(posting("vélo à donner #donne #lyon #recyclage", "fr")).toMatchObject({ kind: "offer", place: "Lyon", title: "vélo" });
    expect(posting("Jeux de société à donner : Catan, Dixit, 7 Wonders. Ploërmel", "fr")).toMatchObject({
      kind: "offer",
      title: "Jeux de société",
    });
    expect(interpret("des vélos à donner #lyon ?", "fr").intent).toBe("search_listings");
  });

  it("reads a new title said after 'le titre par' or in quotes after 'change it to', a numbered listing put on hold, a full name's profile", () => {
    expect(interpret("remplace le titre par Tondeuse Honda thermique", "fr")).toMatchObject({
      intent: "update_listing",
      slots: { title: "Tondeuse Honda thermique" },
    });
    expect(interpret('change it to "Bugaboo Fox stroller" and 380 euros', "en")).toMatchObject({
      intent: "update_listing",
      slots: { title: "Bugaboo Fox stroller", price: 38000 },
    });
    expect(interpret("put listing 2 on hold for a couple weeks", "en")).toMatchObject({
      intent: "update_listing",
      slots: { ref: 2, status: "paused" },
    });
    expect(interpret("show me Marc Dupuis's profile", "en")).toMatchObject({ intent: "show_profile", slots: { recipient: "Marc Dupuis" } });
    expect(interpret("show me Marc's profile", "en").slots.recipient).toBe("Marc");
  });

  it("reads work a freelancer looks for as an offer of the role, a count alone as no thing, and what 'besoin de' asks as the thing", () => {
    expect(posting("I'm a UX/UI designer (Figma, design systems) looking for freelance projects, rates from $70/h", "en")).toMatchObject({
      kind: "offer",
      title: "UX/UI designer",
    });
    expect(posting("I'm a backend dev (Go, Postgres), je cherche des missions courtes, 600 a day, remote from Montréal", "en").title).toBe(
      "backend dev",
    );
    expect(posting("Brand new Sony WH-1000XM5 headphones, still sealed, got two for my birthday lol. £250, London", "en").title).toBe(
      "Sony WH-1000XM5 headphones",
    );
    expect(posting("Besoin de cartons de déménagement si vous en avez en trop ! Je passe les prendre. Toulouse", "fr")).toMatchObject({
      kind: "want",
      title: "cartons de déménagement",
    });
  });

  it("joins two languages' direction, keeps a vague count's thing before its colon list, reads 'gently used' and places past a dash or an article", () => {
    expect(posting("Offering French ↔ English translation, certified, fast turnaround, 0.12/word", "en").title).toBe(
      "French ↔ English translation",
    );
    expect(posting("Selling a bunch of climbing gear: harness, 8 quickdraws, and a 60m rope. 150€ the lot. Innsbruck", "en").title).toBe(
      "climbing gear",
    );
    expect(posting("gently used Bugaboo Bee 6, grey, $300 CAD, Quebec City", "en")).toMatchObject({
      condition: "good",
      title: "Bugaboo Bee 6",
    });
    expect(posting("Mobile bike mechanic in Montréal — tune-ups from $60, I come to you", "en")).toMatchObject({
      place: "Montréal",
      currency: "CAD",
    });
    expect(posting("Giving away 3 boxes of bathroom tiles (leftovers from a reno), white 20x20, Utrecht", "en").place).toBe("Utrecht");
    expect(posting("je vends mon vélo a lyon", "fr").place).toBe("Lyon");
  });

  it("reads no price in an age or a free quote, a price past a spaced dash, a trade's area, a new price said against the old", () => {
    expect(posting("Looking for a singing teacher for a 14 y/o, Laval, 1h a week, DM me", "en")).not.toHaveProperty("price");
    expect(posting("Plumber & heating engineer serving Charleroi and surroundings, free quotes", "en")).toMatchObject({
      place: "Charleroi",
      title: "Plumber & heating engineer",
    });
    expect(posting("Plumber & heating engineer serving Charleroi and surroundings, free quotes", "en")).not.toHaveProperty("price");
    expect(posting("Selling Xbox Series S 512GB in mint condition with 3 games – 200, Dublin", "en").price).toBe(20000);
    expect(interpret("modifie le prix de mon annonce iphone : 350 au lieu de 390", "fr")).toMatchObject({
      intent: "update_listing",
      slots: { price: 35000 },
    });
    expect(interpret("je veux mettre le canapé en gratuit finalement", "fr")).toMatchObject({
      intent: "update_listing",
      slots: { price: 0 },
    });
  });

  it("reads a price left free, a trade then 'available', and a story then a colon list of things as offers", () => {
    expect(
      posting("Cours de yoga vinyasa en plein air tous les dimanches matin au bord du lac, participation libre, Neuchâtel", "fr"),
    ).toMatchObject({ kind: "offer", place: "Neuchâtel" });
    expect(interpret("des cours de yoga prix libre à Lyon ?", "fr").intent).toBe("search_listings");
    expect(posting("Handyman available weekends — shelves, furniture assembly, small paint jobs. Edinburgh. DM me", "en")).toMatchObject({
      kind: "offer",
      title: "Handyman",
    });
    expect(
      posting(
        "Hi all! We're moving back to Australia so everything must go: dining table, 6 chairs, bookshelf and a queen bed frame. Lyon",
        "en",
      ),
    ).toMatchObject({ kind: "offer", place: "Lyon" });
    expect(interpret("mes annonces : vélo, table, chaises, lequel a le plus de vues ?", "fr").intent).not.toBe("create_listing");
  });

  it("reads others' availability asked as a search, a whole-line removal as a removal, and a person free as no price", () => {
    expect(interpret("y a des dev Flutter dispo sur Relais ?", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "dev Flutter" },
    });
    expect(interpret("any python dev available in Lyon?", "en")).toMatchObject({ intent: "search_listings", slots: { place: "Lyon" } });
    expect(interpret("je suis dispo en freelance flutter", "fr").intent).not.toBe("search_listings");
    const asked = interpret("is anyone free for a React gig next week?", "en");
    expect(asked.intent).toBe("search_listings");
    expect(asked.slots.maxPrice).toBeUndefined();
    expect(interpret("anyone giving away a free sofa?", "en").slots.maxPrice).toBe(0);
    expect(interpret("kill listing #1", "en")).toMatchObject({ intent: "delete_listing", slots: { ref: 1 } });
    expect(interpret("scrap my old sofa ad please", "en").intent).toBe("delete_listing");
    expect(interpret("vire l'annonce du vélo stp", "fr").intent).toBe("delete_listing");
  });

  it("reads a freelancer sought for a task as a want of the role, without one as a search, and others' wants asked as a search", () => {
    expect(interpret("need a react dev for a 3 week mission, fully remote, 400/day", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "react dev", price: 40000 },
    });
    expect(interpret("Recherche développeur Flutter freelance, app mobile de réservation, budget 5k", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", price: 500000 },
    });
    expect(interpret("Je cherche un dev React freelance sur Paris", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { place: "Paris" },
    });
    expect(interpret("je cherche une mission de dev React sur Paris, TJM min 500", "fr").intent).toBe("search_missions");
    expect(interpret("qui cherche un graphiste en ce moment ? je pourrais proposer mes services", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "want", q: "graphiste" },
    });
    expect(interpret("who needs a plumber?", "en")).toMatchObject({ intent: "search_listings", slots: { kind: "want", q: "plumber" } });
    expect(interpret("who wants my old sofa? free", "en")).toMatchObject({ intent: "create_listing", slots: { kind: "offer", price: 0 } });
    expect(interpret("who wants kittens? free to good home, Norwich", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer" },
    });
    // (work offered names the role said after "as a"; a refusal of missions offers nothing)
    expect(interpret("open to missions as a react developer", "en")).toMatchObject({
      intent: "create_listing",
      slots: { title: "react developer" },
    });
    expect(interpret("not taking missions right now", "en").intent).not.toBe("create_listing");
    expect(interpret("quoi de neuf vers Lausanne ?", "fr").slots).toEqual({ sort: "recent", place: "Lausanne" });
  });

  it("reads a rate per piece of work as an offer, a listing held or no longer needed, a listed one's price, a misdeed named, work looked for", () => {
    expect(interpret("Interprète espagnol-français, 0,12€ le mot", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 12 },
    });
    expect(interpret("Je fais les ourlets à Lévis, 8$ l'ourlet", "fr")).toMatchObject({ intent: "create_listing", slots: { price: 800 } });
    expect(interpret("c'est réservé pour la table, je la garde jusqu'à lundi", "fr")).toMatchObject({
      intent: "update_listing",
      slots: { status: "paused" },
    });
    expect(interpret("c'est réservé ?", "fr").intent).not.toBe("update_listing");
    expect(interpret("plus besoin de la tondeuse, merci", "fr").intent).toBe("delete_listing");
    expect(interpret("c'est combien la 2 ?", "fr")).toMatchObject({ intent: "show_listing", slots: { ref: 2 } });
    expect(interpret("Julien est un arnaqueur, il a gardé mon acompte", "fr")).toMatchObject({
      intent: "report_user",
      slots: { recipient: "Julien", reason: "scam" },
    });
    expect(interpret("Julien est super sympa", "fr").intent).not.toBe("report_user");
    expect(interpret("je cherche du boulot en logistique, Lille", "fr").intent).toBe("search_missions");
    expect(interpret("I'm a carpenter, any jobs around Cork?", "en")).toMatchObject({
      intent: "search_missions",
      slots: { place: "Cork" },
    });
    const bare = interpret("table basse 40€", "fr");
    expect(bare).toMatchObject({ intent: "create_listing", slots: { price: 4000 } });
    expect(bare.alternative?.intent).toBe("search_listings");
    expect(interpret("table basse max 40€", "fr").intent).toBe("search_listings");
  });

  it("takes the skills listed in their frame as said, trades included, and what is taken out as no skill added", () => {
    expect(interpret("ajoute plomberie et carrelage à mes compétences", "fr").slots).toEqual({ skills: ["plomberie", "carrelage"] });
    expect(interpret("add welding and bricklaying to my skills", "en").slots).toEqual({ skills: ["welding", "bricklaying"] });
    expect(interpret('retire "permis poids lourd" de mes compétences', "fr").slots).toEqual({ removeSkills: ["permis poids lourd"] });
    expect(interpret("take out jquery from my skills, add svelte", "en").slots).toEqual({ skills: ["svelte"], removeSkills: ["jquery"] });
    expect(interpret("ajoute react et node à mes compétences", "fr").slots).toEqual({ skills: ["react", "node"] });
    expect(interpret("je ne fais plus de wordpress", "fr").slots).toEqual({ removeSkills: ["wordpress"] });
  });

  it("reads what a swap wants whole: alternatives, what it is for, a home in another town; never a time or whom it is for", () => {
    expect(posting("trade my xbox series s for a switch or a ps5", "en").wants).toBe("switch or a ps5");
    expect(posting("je prête ma remorque contre un coup de main pour rentrer mon bois, Vesoul", "fr").wants).toBe(
      "coup de main pour rentrer mon bois",
    );
    expect(posting("Troc : mes plants de tomates contre des boutures de menthe ou basilic, Angers", "fr").wants).toBe(
      "boutures de menthe ou basilic",
    );
    const home = posting("j'échange ma chambre à Lille contre une chambre à Lyon pour le 2nd semestre", "fr");
    expect(home).toMatchObject({ wants: "chambre à Lyon", place: "Lille" });
    expect(posting("échange mon vélo contre une trottinette ou 50€", "fr").wants).toBe("trottinette");
    expect(posting("swap my Nikon D3400 for a GoPro Hero 10 or similar, Montreal", "en").wants).toBe("GoPro Hero 10");
    expect(posting("I'd like to swap babysitting for English lessons for my kid", "en").wants).toBe("English lessons");
  });

  it("reads premises as the thing ('local de 30m²'), and 'only' as no part of a title", () => {
    expect(posting("je loue local de 30m² à Lyon 400€ par mois", "fr").title).toBe("local de 30m²");
    expect(posting("je loue un appartement de 50m² à Lyon 800€", "fr").title).toBe("appartement de 50m²");
    expect(posting("local pickup only, bike 50€", "en").title).toBe("bike");
  });

  it("reads a price said of 'it' as its new price, one's way of working as the profile's, text-speak as its words (session 26)", () => {
    expect(interpret("finalement je le vends 80 balles le vélo", "fr")).toMatchObject({ intent: "update_listing", slots: { price: 8000 } });
    expect(interpret("le thermomix je le laisse à 700 finalement", "fr")).toMatchObject({
      intent: "update_listing",
      slots: { price: 70000 },
    });
    expect(interpret("actually I'll sell it for 80", "en")).toMatchObject({ intent: "update_listing", slots: { price: 8000 } });
    // (a thing introduced, a place said: a posting)
    expect(interpret("Mon vélo de ville Gazelle, je le vends 250€, il est à Strasbourg", "fr").intent).toBe("create_listing");
    expect(interpret("je suis ok pour bosser en remote", "fr")).toMatchObject({ intent: "update_profile", slots: { remote: true } });
    expect(interpret("I can work remotely", "en")).toMatchObject({ intent: "update_profile", slots: { remote: true } });
    expect(interpret("je cherche à bosser en remote", "fr")).toMatchObject({ intent: "search_missions", slots: { remote: true } });
    expect(interpret("bro any1 selling a graphics card?? 3060 or better, 250 max", "en")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "offer", q: "graphics card", maxPrice: 25000 },
    });
    expect(interpret("devops missions with kubernetes and terraform, min 700€/day, Zurich or remote", "en")).toMatchObject({
      intent: "search_missions",
      slots: { minRate: 70000, remote: true },
    });
  });

  it("reads how often as no part of a title, ad shorthand as no brand, a mention whole, and a sink flooding as no spam", () => {
    expect(posting("cours de yoga 2 fois par semaine à Nantes, 10€", "fr").title).toBe("cours de yoga");
    expect(posting("offering dog walking 3 times a week in Leeds, 10 quid", "en").title).toBe("dog walking");
    expect(posting("vends machine à café Delonghi 80€ TBE Vevey", "fr").place).toBe("Vevey");
    expect(interpret("msg à @kevin.b : t'as toujours la perceuse ?", "fr").slots).toEqual({
      recipient: "kevin.b",
      body: "t'as toujours la perceuse ?",
    });
    expect(interpret("answer Lucas: no sorry, already sold", "en").slots).toEqual({ recipient: "Lucas", body: "no sorry, already sold" });
    expect(interpret("is there a plumber on here? Annecy, urgent lol my sink is flooding", "en")).toMatchObject({
      intent: "search_listings",
      slots: { q: "plumber", place: "Annecy" },
    });
    expect(interpret("Kevin keeps flooding me with messages", "en")).toMatchObject({ intent: "report_user", slots: { reason: "spam" } });
    expect(posting("hey guys, who can help me paint my living room next weekend? Quebec City, 200$", "en").kind).toBe("want");
  });

  it("reads a correction of the amount or the town as that value only, the thing said before it kept (dev59's class)", () => {
    expect(posting("je vends mon iphone 12 64go 120€ non pardon 150€, Toulouse", "fr")).toMatchObject({
      title: "iphone 12 64go",
      price: 15000,
    });
    expect(posting("selling my Xbox Series S for £150, I mean £130, Liverpool", "en")).toMatchObject({
      title: "Xbox Series S",
      price: 13000,
    });
    expect(posting("à donner à Niort, je veux dire Parthenay, des tuiles anciennes, une centaine", "fr")).toMatchObject({
      title: "tuiles anciennes",
      place: "Parthenay",
    });
    expect(interpret("montre les annonces de chatons a donner pres de Brive, je veux dire Tulle", "fr").slots.place).toBe("Tulle");
    // (a thing taken back is still the thing taken back)
    expect(posting("a sofa, I mean an armchair, 40€", "en").title).toBe("armchair");
    // ("je veux dire à Paul …" relays, it corrects nothing)
    expect(interpret("je veux dire à Paul que je passe demain", "fr").intent).toBe("send_message");
  });

  it("reads free said as 'no charge', a loan asked with 'I could borrow', a pet rehomed, a service done for the members", () => {
    expect(posting("lending out my sewing machine to anyone who needs it, no charge", "en").price).toBe(0);
    expect(posting("Got a spare double mattress, still in plastic, free to whoever collects, galway", "en").price).toBe(0);
    expect(posting("post this please: anyone got a drill I could borrow this weekend? Edinburgh", "en").kind).toBe("want");
    expect(posting("my landlord won't let me keep her so I'm rehoming my rabbit, free with the hutch, Norwich", "en")).toMatchObject({
      kind: "offer",
      title: "rabbit",
      price: 0,
    });
    expect(posting("je garde vos chats et lapins pendant vos vacances, 12€ la visite, Tours", "fr")).toMatchObject({
      kind: "offer",
      title: "garde vos chats et lapins",
    });
    // (a thing made for the members is the title itself)
    expect(posting("je fais vos flyers, 90€", "fr").title).toBe("flyers");
    expect(posting("selling my 3d printer 200€", "en").title).toBe("3d printer");
    expect(posting("selling a 3 year old sofa, 100€", "en").title).toBe("sofa");
  });

  it("keeps names that hold chat words, the remote of a profile out of a posting, whom a wanted thing is for out of it (review)", () => {
    expect(posting("selling my Only Fools and Horses DVDs", "en").title).toBe("Only Fools and Horses");
    expect(posting("selling my Bro Code t-shirt 10", "en").title).toBe("Bro Code t-shirt 10");
    expect(posting("I work remotely for a bank, selling my office chair 50", "en")).not.toHaveProperty("remote");
    expect(posting("swap kids bike for a scooter for my daughter", "en").wants).toBe("scooter");
    expect(posting("j'échange ma chambre contre une chambre à Lyon", "fr")).toMatchObject({ wants: "chambre à Lyon" });
    expect(posting("j'échange ma chambre contre une chambre à Lyon", "fr")).not.toHaveProperty("place");
    expect(interpret("je cherche un vélo à Tours, je veux dire à Blois", "fr").slots.place).toBe("Blois");
    expect(interpret("dm @jo_smith: running late", "en")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "jo_smith", body: "running late" },
    });
  });

  it("reads a town said right after the price, with no comma between (session 28)", () => {
    expect(posting("mini fridge for sale 60€ Sherbrooke, pick up only", "en")).toMatchObject({ price: 6000, place: "Sherbrooke" });
    expect(posting("Vends mobylette à restaurer 250 balles Brive la gaillarde", "fr")).toMatchObject({
      price: 25000,
      place: "Brive-la-Gaillarde",
    });
    expect(posting("tutoring in maths, 30€/h, Leeds-based", "en")).toMatchObject({ place: "Leeds", title: "tutoring in maths" });
    expect(posting("photographe basée à Nantes, 150€ la séance", "fr")).toMatchObject({ place: "Nantes", title: "photographe" });
    // a condition after the price is no town
    expect(posting("table 50€ bon état", "fr")).not.toHaveProperty("place");
  });
});
