/**
 * The search query (issue 11): the searched thing in the member's words — no instruction, no
 * politeness, no filter (price, place, radius), no audience level or relative, while the thing's own
 * words stay ("vélo électrique", "billets pour Indochine"), and so does how it was had before ("vélo
 * d'occasion", as most writers keep it), which the search itself reads as no word of the thing.
 */
import { describe, expect, it } from "vitest";
import { readQueryWords } from "../../search/query-words.ts";
import { interpret } from "./interpret.ts";
import { cleanQuery } from "./slots.ts";

const search = (text: string, lang: "fr" | "en") => {
  const result = interpret(text, lang);
  expect(result.intent, text).toBe("search_listings");
  return result.slots;
};

describe("the search query", () => {
  it("keeps how the thing was had before as said, which the search reads as no word of the thing; 'pas cher' sorts nothing", () => {
    expect(search("tu peux me dégoter une friteuse d'occasion vers Angers ?", "fr")).toMatchObject({
      q: "friteuse d'occasion",
      place: "Angers",
    });
    expect(search("hi, any second-hand bread makers in Leeds?", "en")).toMatchObject({ q: "second-hand bread makers", place: "Leeds" });
    expect(search("looking for a used rowing machine", "en").q).toBe("used rowing machine");
    expect(readQueryWords("friteuse d'occasion").terms).toEqual(["friteuse"]);
    expect(readQueryWords("second-hand bread makers").terms).toEqual(["bread", "makers"]);
    expect(readQueryWords("used rowing machine").terms).toEqual(["rowing", "machine"]);
    const cheap = search("trouve-moi une trottinette électrique pas chère", "fr");
    expect(cheap.q).toBe("trottinette électrique");
    expect(cheap.sort).toBeUndefined();
    expect(search("trottinette électrique, les moins chères d'abord", "fr").sort).toBe("price");
  });

  it("drops a level or a relative the thing is for, not a kind of thing ('pour enfants')", () => {
    expect(search("des cours de chant pour débutants à Rouen ?", "fr")).toMatchObject({ q: "cours de chant", place: "Rouen" });
    expect(search("any salsa classes for adults in Cork?", "en")).toMatchObject({ q: "salsa classes", place: "Cork" });
    expect(cleanQuery("livres pour enfants")).toBe("livres pour enfants");
    expect(cleanQuery("cours de maths pour mon fils")).toBe("cours de maths");
  });

  it("reads tickets for a band as a search for those tickets, the band's name kept", () => {
    expect(search("y a des billets pour Shaka Ponk ?", "fr").q).toBe("billets pour Shaka Ponk");
    expect(search("does anyone know someone selling tickets for the Rammstein gig?", "en").q).toBe("tickets for the Rammstein gig");
  });

  it("takes the people who give and the words of giving out of the query, and says they offer", () => {
    expect(search("y a des gens qui donnent des cartons à Lyon ?", "fr")).toMatchObject({ q: "cartons", place: "Lyon", kind: "offer" });
    expect(search("je cherche des jouets donnés à Nantes", "fr").q).toBe("jouets");
    // who sells or gives, or what is for sale or given, is asked for: its listings are offers (what is rented stays unsaid)
    expect(search("anyone selling a rowing machine near Lille?", "en")).toMatchObject({ q: "rowing machine", kind: "offer" });
    expect(search("qui vend des œufs frais vers Auch ?", "fr")).toMatchObject({ place: "Auch", kind: "offer" });
    expect(search("des poussettes à vendre sur Dijon ?", "fr")).toMatchObject({ q: "poussettes", place: "Dijon", kind: "offer" });
    expect(search("any kayaks for sale in Brest?", "en")).toMatchObject({ q: "kayaks", kind: "offer" });
    expect(search("des garages à louer à Massy ?", "fr")).not.toHaveProperty("kind");
    expect(search("qqn propose des cours de guitare sur Pau ?", "fr")).toMatchObject({ q: "cours de guitare", kind: "offer" });
    expect(search("show me the latest offers in Lille", "en")).toMatchObject({ place: "Lille", kind: "offer" });
  });

  it("keeps a model's number when a cap follows it ('iphone 12 max 300e')", () => {
    expect(search("cherche galaxy s21 max 250e lyon", "fr")).toMatchObject({ q: "galaxy s21", maxPrice: 25000 });
    expect(search("jcherche iphone 13 max 400e", "fr")).toMatchObject({ q: "iphone 13", maxPrice: 40000 });
  });

  it("reads a cap however it is said, on a bare line too, and never posts it", () => {
    expect(search("a rowing machine under a hundred", "en")).toMatchObject({ q: "rowing machine", maxPrice: 10000 });
    expect(search("a fridge for 60 or less", "en")).toMatchObject({ q: "fridge", maxPrice: 6000 });
    expect(search("armchair for no more than 90 bucks in Leeds", "en")).toMatchObject({ q: "armchair", maxPrice: 9000, place: "Leeds" });
    expect(search("une friteuse jusqu'à 40 balles", "fr")).toMatchObject({ q: "friteuse", maxPrice: 4000 });
    expect(search("looking for a room, 550 a month max, Leeds", "en")).toMatchObject({ q: "room", maxPrice: 55000, place: "Leeds" });
  });

  it("is a few words typed alone, even ones no dictionary knows, never a mash, a yes, a chat word or a name", () => {
    expect(search("duplo", "fr")).toMatchObject({ q: "duplo" });
    expect(search("raquettes à neige tubbs", "fr")).toMatchObject({ q: "raquettes à neige tubbs" });
    expect(search("nerf blaster", "en")).toMatchObject({ q: "nerf blaster" });
    for (const [text, lang] of [
      ["qsdfghjk", "fr"],
      ["wxcvbn", "fr"],
      ["ouais", "fr"],
      ["yep", "en"],
      ["hein", "fr"],
      ["Camille", "fr"],
      ["Quentin", "fr"],
      ["dacc", "fr"],
      ["Mme Martin", "fr"],
    ] as const)
      expect(interpret(text, lang).intent, text).not.toBe("search_listings");
  });

  it("looks in a town a line names with no word of writing, never writes to it", () => {
    expect(search("bois de chauffage Sarlat ? livré si possible", "fr")).toMatchObject({
      q: "bois de chauffage",
      place: "Sarlat-la-Canéda",
    });
    expect(search("plombier Lourdes dispo samedi ?", "fr")).toMatchObject({ q: "plombier", place: "Lourdes" });
    expect(interpret("dis à Camille que je passe à 18h", "fr").intent).toBe("send_message");
  });

  it("is a question whether things are for sale or to give, while a posting that asks who is interested stays one", () => {
    expect(search("du cidre fermier à vendre ?", "fr")).toMatchObject({ q: "cidre fermier", kind: "offer" });
    expect(search("des jouets à donner vers Roubaix ?", "fr")).toMatchObject({ place: "Roubaix", kind: "offer" });
    expect(interpret("à vendre : tondeuse 80€, intéressé ?", "fr").intent).toBe("create_listing");
    expect(interpret("tondeuse à vendre ? oui, je vends la mienne 80€", "fr").intent).toBe("create_listing");
  });

  it("is listings asked to be shown, or things asked about first, whatever the member says after", () => {
    expect(search("je veux voir les demandes de jardinage à Vannes, je suis dispo le samedi", "fr")).toMatchObject({
      q: "jardinage",
      place: "Vannes",
      kind: "want",
    });
    expect(search("show me the requests for tutoring in York, I have free evenings", "en")).toMatchObject({ q: "tutoring", kind: "want" });
    expect(search("Des skis de fond à Pontarlier ? je débarque cet hiver", "fr")).toMatchObject({ q: "skis de fond", place: "Pontarlier" });
    expect(search("qlq1 vend des rollers taille 38 à Creil ? c'est pour ma fille", "fr")).toMatchObject({ place: "Creil", kind: "offer" });
    // (the member has them, or someone is asked for a service: postings)
    expect(interpret("des courgettes à donner ? j'en ai plein, Agen", "fr").intent).toBe("create_listing");
    expect(interpret("canapé à donner ? venez le chercher", "fr").intent).toBe("create_listing");
  });

  it("searches what someone makes, not the making, and reads who offers or looks for it", () => {
    expect(interpret("je cherche quelqu'un qui fait des confitures sur Dole", "fr").slots).toMatchObject({ q: "confitures" });
    expect(interpret("any piano teachers offering their services in Lyon?", "en").slots).toMatchObject({ kind: "offer" });
    expect(interpret("are there people looking for a plumber in Lille?", "en").slots).toMatchObject({ kind: "want", q: "plumber" });
  });

  it("keeps how the thing is had when the member searches it so: 'à louer', 'to rent', 'à domicile'", () => {
    expect(search("tu as des kots à louer à louvain-la-neuve entre 350 et 450 par mois ?", "fr")).toMatchObject({ q: "kots à louer" });
    expect(search("any rooms to rent in genova under 500?", "en")).toMatchObject({ q: "rooms to rent", maxPrice: 50000 });
    expect(search("y a des offres de massage à domicile sur anglet à moins de 50 euros", "fr")).toMatchObject({
      q: "massage à domicile",
      maxPrice: 5000,
    });
    // (a posting's title still leaves it out)
    expect(interpret("je mets mon studio a louer pour la saison a st tropez 1200 par mois", "fr").slots.title).toBe("studio");
  });

  it("keeps a model's storage, the kind of 'stuff' searched, and leaves out when and where a ride starts", () => {
    expect(search("les moins chers des iPhone 13 128 Go sur Paris", "fr")).toMatchObject({ q: "iPhone 13 128 Go", sort: "price" });
    expect(search("des affaires bébé gratuites à Lille ?", "fr")).toMatchObject({ q: "affaires bébé", maxPrice: 0 });
    expect(search("baby stuff in Dublin?", "en")).toMatchObject({ q: "baby stuff", place: "Dublin" });
    expect(search("free stuff for kids near Leeds?", "en")).toMatchObject({ q: "stuff for kids", maxPrice: 0 });
    expect(search("y a qqch en ce moment pour des pneus neige 205/55 R16 vers annecy", "fr")).toMatchObject({
      q: "pneus neige 205/55 R16",
      place: "Annecy",
    });
    expect(search("Afficher les offres de covoiturage au départ de Lyon", "fr")).toMatchObject({ q: "covoiturage", place: "Lyon" });
    // (a car's mileage stays a quantity)
    expect(interpret("vends ma voiture essence 110 000 km 5000€", "fr").slots).toMatchObject({ title: "voiture essence", price: 500000 });
  });

  it("reads 'check for' and 'browse' as words of searching", () => {
    expect(search("check for used textbooks under 20 bucks near Cambridge", "en")).toMatchObject({ q: "used textbooks", maxPrice: 2000 });
    expect(search("browse bikes in Leeds", "en")).toMatchObject({ q: "bikes", place: "Leeds" });
  });

  it("reads what people want, asked about, as a search of wants", () => {
    expect(search("show me what people want around Bristol", "en")).toMatchObject({ kind: "want", place: "Bristol" });
    expect(search("montre-moi ce que les gens cherchent à Lyon", "fr")).toMatchObject({ kind: "want", place: "Lyon" });
  });

  it("looks for what someone of the member's life wants, the clause that looks after a story, and nothing in a word about someone", () => {
    expect(interpret("ma fille veut un vélo rose", "fr").slots.q).toBe("vélo rose");
    expect(interpret("my son needs a drum kit, max 200", "en").slots).toMatchObject({ q: "drum kit", maxPrice: 20000 });
    expect(interpret("mon fils est en CP, cherche cartable", "fr")).toMatchObject({ intent: "search_listings", slots: { q: "cartable" } });
    expect(interpret("mon voisin est très sympa", "fr").intent).toBe("unknown");
    expect(interpret("my cat had kittens, free to good homes", "en").slots).toMatchObject({ kind: "offer", title: "kittens" });
  });
});
