/**
 * Classes session 41 found in a general international community's phrasing (dev96, studied; issue 11), FR and EN, in
 * wordings of no evaluation set: a classified ad's headline before the reason it goes, a verb its reason follows, ages
 * and warranties, one thing named among many, helpers counted, rates by the word, gifts and swaps as members write them.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

const titleOf = (text: string, lang: "fr" | "en") => interpret(text, lang).slots.title;

describe("a headline and why it goes", () => {
  it("titles the headline its price or condition follows, not what the member does after it", () => {
    expect(titleOf("Perceuse Bosch PSB 500, très bon état, 40€. Je me suis acheté une visseuse. Nantes", "fr")).toBe(
      "Perceuse Bosch PSB 500",
    );
    expect(titleOf("Canon 50mm f/1.8 lens – mint – £70. Selling because I switched to Sony. Bristol", "en")).toBe("Canon 50mm f/1.8 lens");
  });

  it("a headline that goes on with someone doing something is no title", () => {
    expect(titleOf("my cat had kittens, free to good homes", "en")).toBe("kittens");
    expect(titleOf("In the shed there's a Honda lawnmower that works, free, Leeds", "en")).toBe("Honda lawnmower");
  });

  it("a verb its reason follows has its thing before the colon or after it", () => {
    expect(titleOf("Je vends car je déménage : armoire en pin, 60€, Tours", "fr")).toBe("armoire en pin");
  });

  it("an age or the warranty left is no word of the thing", () => {
    expect(titleOf("selling 2 yr old PS5 with two controllers, 350 quid, Leeds", "en")).toBe("PS5 with two controllers");
    const machine = interpret("Machine à café Sage sous garantie encore 8 mois, comme neuve, 300€, Lille", "fr").slots;
    expect(machine).toMatchObject({ title: "Machine à café Sage", condition: "like_new", price: 30000 });
  });
});

describe("one thing named among many", () => {
  it("is the title after 'the main thing is', 'dont un', 'including a' following a word of many", () => {
    expect(titleOf("We've got loads of garden tools to clear, the main thing is a Stihl chainsaw, £150, Derby", "en")).toBe(
      "Stihl chainsaw",
    );
    expect(titleOf("On vide le grenier : plein de trucs, dont un circuit Brio complet, 35€, Dinan", "fr")).toBe("circuit Brio complet");
    expect(titleOf("Loads of baby stuff after our move, including a Stokke Tripp Trapp high chair, £80, Bath", "en")).toBe(
      "Stokke Tripp Trapp high chair",
    );
  });

  it("leaves an accessory said with 'including' to the thing it comes with, and things named plainly to themselves", () => {
    expect(titleOf("Selling my laptop, including a charger, 300€", "en")).toBe("laptop");
    expect(titleOf("Vends plein de livres dont un dictionnaire Larousse, 2€ pièce", "fr")).toBe("livres");
  });
});

describe("offers, wants and reports as members write them", () => {
  it("gives away what 'Giving them away' and 'free for anyone who …' speak of", () => {
    const tiles = interpret("Spare tiles from our bathroom (white, 30x60). Giving them away to whoever needs them. Galway", "en");
    expect(tiles).toMatchObject({ intent: "create_listing", slots: { kind: "offer", title: "Spare tiles", place: "Galway" } });
    const jars = interpret("Boxes of glass jars free for anyone who makes jam, Exeter", "en");
    expect(jars).toMatchObject({ intent: "create_listing", slots: { kind: "offer", price: 0 } });
  });

  it("'je demande 20€' is the price asked, not a request", () => {
    expect(interpret("Des chatons, il nous reste deux. Je demande 20€ chacun pour les vaccins, Arlon", "fr").slots).toMatchObject({
      kind: "offer",
      price: 2000,
    });
  });

  it("a thing asked of anyone for a day or an afternoon is a want", () => {
    expect(interpret("anyone have a pressure washer I could borrow for a day? Bristol", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "pressure washer", place: "Bristol" },
    });
  });

  it("wants the task of helpers counted, not the helpers", () => {
    expect(titleOf("besoin de 2 personnes pour m'aider à déménager un piano samedi, Lyon, 40€ chacun", "fr")).toBe("déménager un piano");
  });

  it("prices a rate by the word from its decimals, never as a time of day", () => {
    expect(interpret("Proofreader, rates from 0.02/word, Dublin", "en").slots.price).toBe(2);
    expect(interpret("translator, from 1.50/word", "en").slots.price).toBe(150);
  });

  it("swaps against any one of a kind, up to a dash, with a scuffed thing in fair condition", () => {
    expect(interpret("J'échange ma PS4 contre n'importe quelle console portable, Namur", "fr").slots.wants).toBe("console portable");
    expect(interpret("Trading my Kindle Paperwhite for a Kobo Clara — both fine, just prefer Kobo. Cork", "en").slots.wants).toBe(
      "Kobo Clara",
    );
    expect(interpret("Swap: my Trek road bike (bit scuffed) for a gravel bike, Bath", "en").slots).toMatchObject({
      condition: "fair",
      wants: "gravel bike",
    });
  });

  it("drops how a freelancer works from the service's title", () => {
    expect(titleOf("Dispo pour du montage vidéo en freelance, 250€ la journée, Lyon", "fr")).toBe("montage vidéo");
  });

  it("reports payment asked in coupons before the thing is seen as a scam", () => {
    expect(interpret("signaler Marc, il veut que je paye en coupons Neosurf avant de voir le vélo", "fr").slots).toMatchObject({
      recipient: "Marc",
      reason: "scam",
    });
  });

  it("'Seeking …' posts a want, and a want paid in kind is a swap of what the member gives", () => {
    expect(interpret("Seeking a two-bedroom flat to rent in Lyon from March, max 1100€", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", place: "Lyon" },
    });
    expect(interpret("cherche qqn pour garder mon chat en août, je peux arroser vos plantes en échange, Lyon", "fr").slots).toMatchObject({
      kind: "offer",
      title: "arroser vos plantes",
      wants: "garder mon chat",
    });
    expect(interpret("Seeking a Spanish tutor, happy to swap for guitar lessons. Cork", "en").slots).toMatchObject({
      kind: "offer",
      title: "guitar lessons",
    });
  });

  it("a thank-you offered for a loan leaves the want a want", () => {
    expect(interpret("Could anyone lend me a trailer for a day? I can bake you a pie in return. Galway", "en").slots.kind).toBe("want");
  });

  it("reads 'in search of', 'looking to rehome', 'recherche activement' and books counted in livres as members mean them", () => {
    expect(interpret("In search of a double stroller, Boston, up to $100", "en").slots).toMatchObject({ kind: "want", price: 10000 });
    expect(interpret("Looking to rehome our rabbit Bella, Cardiff", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer" },
    });
    expect(interpret("Recherche activement un studio à Lyon, max 600€", "fr").slots.q).toBe("studio");
    const books = interpret("lot de 10 livres Harry Potter à récupérer sur Rennes, gratuit", "fr").slots;
    expect(books).toMatchObject({ price: 0, title: "lot de 10 livres Harry Potter" });
    expect(books.currency).toBeUndefined();
  });

  it("'qui serait intéressé par …?', 'would anyone be interested in …?' offer the member's thing", () => {
    expect(interpret("Qui serait intéressé par un aquarium 60L complet ? 50€, Metz", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "aquarium 60L complet", price: 5000 },
    });
    expect(interpret("Would anyone be interested in a rowing machine? Concept2, £400, York", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "rowing machine" },
    });
    expect(interpret("pas intéressé par cet échange", "fr").intent).toBe("decline_match");
  });

  it("wants the task of whoever goes somewhere, not the place they go", () => {
    expect(
      interpret("Anyone going to IKEA this weekend who could pick up a Billy bookcase for me? I'll pay £10", "en").slots,
    ).toMatchObject({
      kind: "want",
      title: "pick up a Billy bookcase",
    });
  });

  it("buyers' ads, gluts offered, things asked to rent and text-speak 'g' read as members mean them", () => {
    expect(interpret("Buying old Lego sets, any condition, Leeds", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "old Lego sets" },
    });
    expect(interpret("J'achète vos vieux téléphones, même cassés, Lille", "fr").slots.kind).toBe("want");
    expect(interpret("got too many courgettes, anyone want some? free, Bristol", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 0 },
    });
    expect(interpret("who has a pressure washer I can rent this weekend? Leeds", "en").slots).toMatchObject({
      kind: "want",
      title: "pressure washer",
    });
    expect(interpret("salut g 1 vélo a vendre 50e dispo sur toulouse", "fr").slots).toMatchObject({ title: "vélo", price: 5000 });
    expect(interpret("show me free stuff near me", "en")).toMatchObject({ intent: "search_listings", slots: { maxPrice: 0 } });
  });

  it("never reads these ordinary lines as postings (session 41's review)", () => {
    expect(interpret("Nous cherchons à supprimer notre annonce", "fr").intent).toBe("delete_listing");
    expect(interpret("Recherchons comment modifier notre profil", "fr").intent).toBe("help");
    expect(interpret("Qui est intéressé par mon annonce ?", "fr").intent).not.toBe("create_listing");
    expect(interpret("Buying a house soon, where can I find cheap furniture", "en").intent).toBe("search_listings");
    expect(interpret("I buy and sell vintage watches", "en").intent).not.toBe("create_listing");
    expect(interpret("I have lots of questions, who wants to help me set up my profile", "en").intent).not.toBe("create_listing");
    expect(interpret("React developer, looking for missions in Lyon for 3 months", "en").intent).toBe("search_missions");
    expect(interpret("Full-stack dev, looking for missions over 500 a day", "en").intent).toBe("search_missions");
  });

  it("paying in return is a price, never a swap; a battery is no heap; pounds after a full stop stay pounds", () => {
    expect(interpret("Looking for someone to fix my fence, I can pay you 50 in return", "en").slots.kind).toBe("want");
    expect(interpret("Je cherche quelqu'un pour tondre ma pelouse, je peux vous payer 30€ en échange", "fr").slots).toMatchObject({
      kind: "want",
      price: 3000,
    });
    expect(titleOf("Vends pile rechargeable Makita 18V 40€", "fr")).toBe("pile rechargeable Makita 18V");
    expect(interpret("Vends vélo 50 livres. Contact par message", "fr").slots).toMatchObject({ price: 5000, currency: "GBP" });
  });

  it("keeps the words of a message relayed for someone, intensifiers and all", () => {
    expect(interpret("Can you tell Sarah that I really need the ladder back", "en").slots.body).toBe("I really need the ladder back");
    expect(interpret("Peux-tu dire à Marie que je cherche vraiment un appart", "fr").slots.body).toBe("je cherche vraiment un appart");
  });
});
