/**
 * Issue 11: classes session 44 fixed from dev110 (towns and villages of the UK, Ireland and rural France, Belgium and
 * Switzerland), each tested in other words: where a village's group is, a town in lower case after a distance, a word of
 * fetching or in a closing bracket, a venue's name before its town, "for sale" that wants nothing, a group's need, what
 * is going free, when a market is.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("where a village's things are", () => {
  it("FR: the town of the group that posts ('l'amicale de Riom', 'jardin partagé de Thiers') is the place", () => {
    expect(interpret("l'amicale de Riom vend des tables de camping, 10€", "fr").slots.place).toBe("Riom");
    expect(interpret("je donne des plants de courge, jardin partagé de Thiers", "fr").slots.place).toBe("Thiers");
    // (a name of several words bound by hyphens is taken whole, never its first part)
    expect(interpret("le comité des fêtes de Saint-Julien-en-Champsaur vend ses vieilles tables, 5€ pièce", "fr").slots.place).toBe(
      "Saint-Julien-en-Champsaur",
    );
  });

  it("EN: a town in lower case after a distance, a word of fetching, or alone in a closing bracket", () => {
    expect(interpret("logs for the stove within 10 miles of morpeth", "en").slots.place).toBe("Morpeth");
    expect(interpret("giving away plant pots, loads of them. pick up kelso", "en").slots.place).toBe("Kelso");
    expect(interpret("i do alterations, a fiver a hem, drop off at mine (kirkby lonsdale)", "en").slots.place).toBe("Kirkby Lonsdale");
    expect(interpret("anything going free in whitby this weekend?", "en")).toMatchObject({
      intent: "search_listings",
      slots: { place: "Whitby", maxPrice: 0 },
    });
  });

  it("EN: a name after 'at the' is a venue; its town follows", () => {
    expect(interpret("Tuesdays at the Red Lion in Pickering, quiz teammate wanted", "en").slots.place).toBe("Pickering");
    expect(interpret("free office chairs for anyone at the Nantes coworking", "en").slots.place).toBe("Nantes");
  });
});

describe("what a village posts and asks", () => {
  it("EN: 'for sale … or would swap for X' wants X, never 'sale'", () => {
    expect(interpret("garden bench for sale, 40 quid, Ripon. Or would swap for a wheelbarrow", "en").slots.wants).toBe("wheelbarrow");
  });

  it("EN/FR: a group's need is posted as a want", () => {
    expect(interpret("the Cubs need old tents for camp, Otley", "en")).toMatchObject({ intent: "create_listing", slots: { kind: "want" } });
    expect(interpret("l'asso des parents d'élèves de Riom cherche des lots pour la tombola", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", place: "Riom" },
    });
  });

  it("EN: when a market is held is nothing Relais holds", () => {
    expect(interpret("when is the farmers market in Ludlow?", "en").intent).toBe("unknown");
    expect(interpret("quand a lieu la brocante de Vesoul ?", "fr").intent).toBe("unknown");
  });
});
