/**
 * Session 32's classes (issue 11), in other words than the sets': a swap said from the other side (what the member
 * owns is what they give), and a tradesperson free for occasions (the role is what is offered).
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("swap sides and roles", () => {
  it("offers the member's own thing when the swap names it after 'for' / 'contre'", () => {
    expect(interpret("who'd trade a sewing machine for my old camping stove?", "en").slots).toMatchObject({
      kind: "offer",
      title: "old camping stove",
      wants: "sewing machine",
    });
    expect(interpret("je cherche une perceuse, j'échange contre mes rollers", "fr").slots).toMatchObject({
      kind: "offer",
      title: "rollers",
      wants: "perceuse",
    });
    // said the usual way round, nothing changes
    expect(interpret("échange ma perceuse contre une ponceuse", "fr").slots).toMatchObject({ title: "perceuse", wants: "ponceuse" });
    // paid for, no swap verb: still a want
    expect(interpret("recherche un garage pour ma moto, contre loyer ou services", "fr").slots.kind).toBe("want");
  });

  it("titles the role, not the occasions it is free for", () => {
    expect(interpret("Videographer available for weddings and parties in Leeds, from £500", "en").slots.title).toBe("Videographer");
    expect(interpret("Magicien dispo pour anniversaires et mariages, 200€ la prestation", "fr").slots.title).toBe("Magicien");
    // a service it is free for is the service
    expect(interpret("copywriter available for product descriptions, 0.1€ a word", "en").slots.title).toBe("product descriptions");
  });
});

describe("'à la' typed without its accent", () => {
  it("reads where the thing is, not something the member has", () => {
    expect(interpret("a vendre confiture de figues, a la ferme du Moulin", "fr").slots.title).toBe("confiture de figues");
    expect(interpret("je donne des tuiles anciennes, a la sortie du village", "fr").slots.title).toBe("tuiles anciennes");
  });

  it("posts a line that opens with 'à vendre', whatever name ends it", () => {
    expect(interpret("à vendre miel de lavande, ferme des Grangeon", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "miel de lavande" },
    });
  });
});

describe("what the member is glad to do", () => {
  it("offers the task, not who the member is", () => {
    expect(interpret("retired electrician, happy to check old wiring, Frome", "en").slots).toMatchObject({
      kind: "offer",
      title: "check old wiring",
    });
    expect(interpret("ancienne couturière, ravie de faire des ourlets, Agen", "fr").slots).toMatchObject({
      kind: "offer",
      title: "ourlets",
    });
  });

  it("keeps the thing when gladness is about the sale or has no object", () => {
    expect(interpret("selling my lawnmower, happy to drop it off, Leeds", "en").slots.title).toBe("lawnmower");
    expect(interpret("anyone want some rhubarb? happy to share, Kendal", "en").slots).toMatchObject({ kind: "offer", title: "rhubarb" });
  });
});

describe("a thing called 'the old one', then named", () => {
  it("titles it by its name", () => {
    expect(interpret("on a changé de frigo, je donne l'ancien, un Liebherr 240L, Vannes", "fr").slots.title).toBe("Liebherr 240L");
    expect(interpret("new kettle arrived so selling the old one, a Smeg, 25, Hove", "en").slots.title).toBe("Smeg");
  });
});

describe("a ride's seats left", () => {
  it("are no thing offered: the ride is", () => {
    expect(interpret("covoit Nantes vers Rennes dimanche soir, encore 3 places dispo, 8€", "fr").slots.title).toMatch(/^covoit/i);
    expect(interpret("lift from Bristol to Cardiff on sunday, 2 seats left, £10", "en").slots.title).toBe("lift from Bristol to Cardiff");
  });
});

describe("the means of a help offered", () => {
  it("titles the help, not the van it is done with, and offers it", () => {
    expect(interpret("I have a transit van and free sundays, can help people clear garages, Derby", "en").slots).toMatchObject({
      kind: "offer",
      title: "help people clear garages",
    });
    expect(interpret("anyone need help with a house move? I have a truck, Hull", "en").slots.title).toBe("help with a house move");
    // the van sold stays the thing
    expect(interpret("selling my van, great for helping friends move, 3k", "en").slots.title).toBe("van");
  });
});

describe("a thing said available, so, then priced", () => {
  it("titles the thing 'est dispo' / 'is available' names, past 'du coup' and a colon before a price", () => {
    expect(interpret("du coup ma tente 4 places est dispo, 60€, Brest", "fr").slots.title).toBe("tente 4 places");
    expect(interpret("moved flats so my bookshelf is available: 30, Cork", "en").slots.title).toBe("bookshelf");
  });
});

describe("a service the member is doing", () => {
  it("posts it as an offer ('doing …' opening the line), never a search", () => {
    expect(interpret("doing free CV reviews for students, based in Lille", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "CV reviews for students" },
    });
    expect(interpret("I'm doing a search for bikes in Leeds", "en").intent).toBe("search_listings");
  });
});
