/**
 * Classes session 35 found among board-game, card and collectibles players and among musicians (issue 11), FR and EN,
 * in wordings of no evaluation set: the language of an edition ("VF", "en VO", "(EN)") is no part of a title; a card's
 * grade and a sealed box say the condition ("NM", "still in shrink", "sous cello", "jamais joué", "a few scuffs"); a
 * trader's "FT … LF …" is an offer with what is wanted back; how often is no thing.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("the language of an edition", () => {
  it("is left out of a posting's title, in French and English", () => {
    expect(interpret("vends Ticket to Ride Europe en VF, complet, 25€, Nancy", "fr").slots).toMatchObject({
      title: "Ticket to Ride Europe",
      price: 2500,
    });
    expect(interpret("selling Scythe VO + Wind Gambit, 50€, Lille", "fr").slots.title).toBe("Scythe + Wind Gambit");
    expect(interpret("Selling Everdell (EN), played a few times, £30, Bristol", "en").slots.title).toBe("Everdell");
  });

  it("stays in what is searched", () => {
    expect(interpret("y a des Dixit VF à vendre sur Nancy ?", "fr").slots.q).toBe("Dixit VF");
  });
});

describe("the condition as collectors and musicians say it", () => {
  it("reads sealed boxes, card grades, games never played and light wear", () => {
    expect(interpret("vends display Lorcana chapitre 2 encore sous cello, 120€", "fr").slots.condition).toBe("new");
    expect(interpret("selling a Pokémon booster box, still in shrink, 140 €", "en").slots.condition).toBe("new");
    expect(interpret("vends Black Lotus proxy NM, 20€, Paris", "fr").slots.condition).toBe("like_new");
    expect(interpret("je vends Brass Birmingham, jamais joué, 60€, Nantes", "fr").slots.condition).toBe("like_new");
    expect(interpret("selling Cascadia, only played twice, 25€, Ghent", "en").slots.condition).toBe("like_new");
    expect(interpret("Selling a Boss DD-7 pedal, a few scuffs but works perfectly, £60, Leeds", "en").slots.condition).toBe("good");
    expect(interpret("Vends cymbale Zildjian 18 pouces, parfait état, 150€, Dijon", "fr").slots.condition).toBe("like_new");
  });
});

describe("a trader's line", () => {
  it("offers what is for trade and wants what it is looking for", () => {
    expect(interpret("FT: Root + Riverfolk (EN). LF: Oath", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "Root + Riverfolk", wants: "Oath" },
    });
    expect(interpret("post this: FT Azul + Sagrada, LF any 2p game, Namur", "en").slots).toMatchObject({
      kind: "offer",
      title: "Azul + Sagrada",
      wants: "any 2p game",
      place: "Namur",
    });
    expect(interpret("FT/LF: my Gloomhaven (sleeved) for Frosthaven, Leeds", "en").slots).toMatchObject({
      title: "Gloomhaven",
      wants: "Frosthaven",
    });
  });

  it("wants what a swapper says they want, never the swap itself", () => {
    expect(interpret("anyone up for a swap? I have Dominion and want Wingspan, Cardiff", "en").slots).toMatchObject({
      kind: "offer",
      title: "Dominion",
      wants: "Wingspan",
    });
  });
});

describe("how often", () => {
  it("is no title", () => {
    expect(interpret("vends Carcassonne + extensions 30€, je suis sur Reims mais je passe souvent à Épernay", "fr").slots.title).toBe(
      "Carcassonne + extensions",
    );
  });
});

describe("people wanted for a band, a campaign or a project", () => {
  it("are a want to post, whatever the model hears", () => {
    expect(interpret("je cherche un(e) guitariste pour groupe de blues à Nancy", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", place: "Nancy" },
    });
    expect(interpret("LF players for a weekly Pathfinder campaign, online, newbies welcome", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "players for a weekly Pathfinder campaign" },
    });
  });

  it("titles the one looked for first, not whoever is described after it", () => {
    expect(
      interpret("Je cherche un coach en prise de parole, idéalement quelqu'un qui a fait du théâtre. Je suis à Metz", "fr").slots,
    ).toMatchObject({
      kind: "want",
      title: "coach en prise de parole",
    });
  });

  it("reads a volunteer looked for to reread a file as a want, not a conversation to read again", () => {
    expect(
      interpret("Bonjour à tous, je cherche un·e volontaire pour relire ma lettre de motivation. Merci d'avance !", "fr"),
    ).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want" },
    });
  });
});

describe("others asked whether they want a thing the member prices or can no longer use", () => {
  it("is an offer", () => {
    expect(interpret("Qui veut 2 places pour Angèle à Lille le 12 avril ? 50€ pièce, je ne peux plus y aller", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 5000 },
    });
  });

  it("stays a search when nothing is priced or given ('who wants gardening help? I've got free time')", () => {
    expect(interpret("who wants gardening help around Frome? I've got free time", "en").intent).not.toBe("create_listing");
  });
});

describe("searches as players and musicians ask them", () => {
  it("reads 'anything below 400 €' as a cap, never a price asked", () => {
    expect(interpret("loop pedals in Leeds, anything below 150 €", "en")).toMatchObject({
      intent: "search_listings",
      slots: { maxPrice: 15000, place: "Leeds" },
    });
  });

  it("searches others' offers when asked to be shown people offering something", () => {
    expect(interpret("show me people offering guitar repairs", "en")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "offer" },
    });
    expect(interpret("montre-moi les gens qui proposent des cours de batterie à Nantes", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "offer", place: "Nantes" },
    });
  });

  it("searches swaps of a thing, and leaves the member's own swaps to their matches", () => {
    expect(interpret("des échanges de vinyles dans le coin de Rennes ?", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { place: "Rennes" },
    });
    expect(interpret("mes échanges en cours", "fr").intent).toBe("show_matches");
    expect(interpret("do i have swap offers", "en").intent).not.toBe("search_listings");
  });

  it("searches a role's missions, whatever the line says it needs after", () => {
    expect(interpret("composer missions in Lyon or remote, need cubase", "en")).toMatchObject({
      intent: "search_missions",
      slots: { place: "Lyon", remote: true },
    });
  });
});

describe("words gamers and sellers type", () => {
  it("keeps capitals joined by '&' as one word ('D&D', 'R&B')", () => {
    expect(interpret("any D&D 5e groups in Bristol?", "en").slots.q).toBe("D&D 5e groups");
    expect(interpret("selling R&B vinyls, 5 each, Leeds", "en").slots.title).toBe("R&B vinyls");
  });

  it("leaves out 'pas d'envoi', 'tout d'un coup' and 'pour des pièces', and keeps 'un coup de main'", () => {
    expect(
      interpret("Collection Game Boy 25 jeux + 2 consoles. Je déménage donc je vends tout d'un coup : 600€, Nancy, pas d'envoi", "fr").slots
        .title,
    ).toBe("Collection Game Boy 25 jeux + 2 consoles");
    expect(interpret("je donne un Cluedo (manque 2 cartes) si ça intéresse qqn pour des pièces, Brest", "fr").slots.title).toBe("Cluedo");
    expect(interpret("besoin d'un coup de main pour porter un piano samedi, Brest", "fr").slots.title).toMatch(/^coup de main/);
  });

  it("reads 'gifting' as giving", () => {
    expect(interpret("gifting my old Wii to whoever wants it, Utrecht", "en").slots).toMatchObject({ kind: "offer", title: "old Wii" });
  });
});
