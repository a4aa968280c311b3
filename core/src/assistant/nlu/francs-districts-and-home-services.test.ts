/**
 * Classes session 34 found in an African, Caribbean and diaspora marketplace (issue 11), FR and EN, in wordings of no
 * evaluation set: francs CFA written "3000f", "25 mille", "2 bâtons"; an hour is no price ("à partir de 19h"); the
 * districts and short names of Abidjan, Dakar, Douala, Kinshasa, Casablanca, Lagos or Accra are their town; "Montreuil"
 * is no "montre"; a service done at home is an ad; selling said in Wolof, Lingala or Creole.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";
import { smallTalk } from "./small-talk.ts";

describe("francs CFA as they are written", () => {
  it("reads '3000f', '120 000f' as francs CFA, of the west or of the centre by the town", () => {
    expect(interpret("vends frigo 120 000f, Abidjan", "fr").slots).toMatchObject({ price: 12000000, currency: "XOF", title: "frigo" });
    expect(interpret("vends ventilateur 15000f, Yaoundé", "fr").slots).toMatchObject({ price: 1500000, currency: "XAF" });
    expect(interpret("Sending a 20ft container to Douala, £90 per barrel", "en").slots).toMatchObject({ price: 9000, currency: "GBP" });
  });

  it("reads '25 mille' as thousands and '2 bâtons' as millions, for one amount or a range", () => {
    expect(interpret("pagnes wax 6 yards, 25 mille, Lomé", "fr").slots).toMatchObject({ price: 2500000 });
    expect(interpret("je vends ma corolla 2008, 2 bâtons à débattre, Douala", "fr").slots).toMatchObject({
      price: 200000000,
      currency: "XAF",
    });
    expect(interpret("montre les annonces de voitures à douala entre 1 et 3 bâtons", "fr").slots).toMatchObject({
      minPrice: 100000000,
      maxPrice: 300000000,
    });
  });

  it("never prices a dish at the hour it is served", () => {
    expect(interpret("alloco poisson braisé samedi soir à partir de 19h, 3000f le plat, Abidjan", "fr").slots).toMatchObject({
      price: 300000,
      currency: "XOF",
    });
    const yoga = interpret("cours de yoga à partir de 18h30, 10€, Lyon", "fr").slots;
    expect(yoga.minPrice).toBeUndefined();
    expect(yoga.price ?? yoga.maxPrice).toBe(1000);
  });
});

describe("districts and short names of the members' towns", () => {
  it("places a listing in the town of its district", () => {
    expect(interpret("Chambre à louer à Cocody Angré, 120 000f/mois", "fr").slots).toMatchObject({ place: "Abidjan" });
    expect(interpret("jvd machine a coudre singer 45k a yop, bon etat", "fr").slots).toMatchObject({ place: "Abidjan" });
    expect(interpret("selling my old laptop, 200 quid, Tooting", "en").slots).toMatchObject({ place: "London" });
    expect(interpret("vends frigo 2 portes 1500 dh, Maarif, Casablanca", "fr").slots).toMatchObject({ place: "Casablanca" });
  });

  it("knows 'abj', 'Kin' and 'mtl'", () => {
    expect(interpret("iphone à abj max 150k, trie par prix", "fr").slots).toMatchObject({ place: "Abidjan", q: "iphone" });
    expect(interpret("vends telephone tecno, 150$, Kin Matete", "fr").slots).toMatchObject({ place: "Kinshasa", currency: "USD" });
  });

  it("never reads 'Montreuil' as 'montre' (show): a hairdresser's ad there is posted", () => {
    expect(interpret("tresses à domicile sur montreuil, box braids à partir de 50 balles, dispo le week end", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Montreuil", price: 5000 },
    });
    expect(interpret("je vends un vélo à Montreuil 50€", "fr").intent).toBe("create_listing");
  });
});

describe("a service done at home", () => {
  it("is an ad when nothing is looked for; a question or a search word still searches", () => {
    expect(interpret("coiffure à domicile sur Lyon, à partir de 20€", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 2000 },
    });
    expect(interpret("y a des offres de massage à domicile sur Anglet ?", "fr").intent).toBe("search_listings");
  });
});

describe("selling said in Wolof, Lingala or Creole", () => {
  it("posts the thing, not the greeting or the verb", () => {
    expect(interpret("Salamalekum, dama jaay bazin riche 10 yards 35 000 FCFA, Dakar", "fr").slots).toMatchObject({
      kind: "offer",
      title: "bazin riche 10 yards",
      currency: "XOF",
    });
    expect(interpret("mbote! nazo teka telephone tecno camon 20, 150$, Kinshasa", "fr").slots.title).toMatch(/^telephone tecno camon 20/);
    expect(interpret("an ka vann frigo Samsung, bon état, 80€, Pointe-à-Pitre", "fr").slots).toMatchObject({
      kind: "offer",
      title: "frigo Samsung",
    });
  });
});

describe("what only a seller says", () => {
  it("offers the DJ whose price is negotiable, the dishes made to order, the fabric shipped; a line that looks for one wants it", () => {
    expect(interpret("DJ for weddings & birthdays, sound + lights, Brussels area, price negotiable", "en").slots).toMatchObject({
      kind: "offer",
      title: "DJ for weddings & birthdays",
    });
    expect(interpret("Cari poulet sur commande pour vos fêtes, livraison possible", "fr").slots).toMatchObject({ kind: "offer" });
    expect(interpret("kente fabric wholesale, 6 yards from GH₵ 250, Accra, we ship to UK", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 25000, currency: "GHS" },
    });
    expect(interpret("je cherche une nounou à domicile pour bébé, Neuchâtel, publie ça", "fr").slots).toMatchObject({ kind: "want" });
  });

  it("names the role a freelancer offers, not the missions they are free for", () => {
    expect(
      interpret("react/node dev, freelance, available for short remote missions, 350€/day, based in Abidjan", "en").slots,
    ).toMatchObject({
      title: "react/node dev",
      place: "Abidjan",
    });
  });
});

describe("greetings, thanks and names as these members write them", () => {
  it("'on dit quoi' greets, 'merci chef' thanks, 'salam, cherche colocataire …' posts a want", () => {
    expect(interpret("on dit quoi 👋", "fr").intent).toBe("greeting");
    expect(interpret("merci chef 🙏", "fr").intent).toBe("unknown");
    expect(smallTalk("merci chef 🙏")).toBe("as_small_talk_thanks");
    expect(interpret("salam, cherche colocataire à Alger centre, chambre 25000 DA par mois", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", price: 2500000, currency: "DZD", place: "Alger" },
    });
  });

  it("reports an account by its handle in lower case", () => {
    expect(interpret("signale le compte promo-wax-pas-cher, il poste la même pub 20 fois par jour", "fr")).toMatchObject({
      intent: "report_user",
      slots: { recipient: "promo-wax-pas-cher", reason: "spam" },
    });
  });

  it("reads rupees by the town, a city 'based' in lower case, and 'hybrid fine' as no words of the work", () => {
    expect(interpret("Selling Samsung A14 brand new in box, Rs 7500, Port Louis", "en").slots).toMatchObject({
      price: 750000,
      currency: "MUR",
    });
    expect(interpret("looking for flutter or kotlin gigs, london based, hybrid fine", "en")).toMatchObject({
      intent: "search_missions",
      slots: { skills: ["flutter", "kotlin"], place: "London" },
    });
    expect(interpret("looking for flutter or kotlin gigs, london based, hybrid fine", "en").slots.q).toBeUndefined();
  });
});

describe("what the review of session 34 found", () => {
  it("reads no francs CFA in a capital F, no rupees in a Clio RS, no millions in ski poles", () => {
    expect(interpret("Smoker, goes up to 500F, £300", "en").slots).toMatchObject({ price: 30000, currency: "GBP" });
    expect(interpret("Vends Clio 3 RS 2010, 8500€", "fr").slots).toMatchObject({ price: 850000 });
    expect(interpret("Vends 2 bâtons de ski Leki, 20€, Annecy", "fr").slots).toMatchObject({ price: 2000 });
  });

  it("reports no line that only ends by a report word, and leaves a seat asked about searched", () => {
    expect(interpret("Lost my wallet on the bus yesterday, reported.", "en").intent).not.toBe("report_user");
    expect(interpret("est-ce qu'il reste 2 places pour le stage de foot samedi ?", "fr").intent).toBe("search_listings");
    expect(interpret("any 2 seats available for the concert?", "en").intent).toBe("search_listings");
  });

  it("keeps a line's last 'point' a word", () => {
    expect(interpret("cherche mécano pour une mise au point", "fr").slots.q).toMatch(/mise au point$/);
  });
});
