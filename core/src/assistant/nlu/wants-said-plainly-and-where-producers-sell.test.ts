/**
 * Classes session 35 fixed (issue 11), FR and EN, in wordings of no evaluation set: a want said in the first person or
 * with a budget ("I want a mobile mechanic …, budget 60") is a want, not an offer priced; someone asked to be free for
 * the member's task ("anyone available to mow my lawn, £20") is someone wanted, not the member's availability; where a
 * producer sells ("vente à la ferme", "farm near Beaufort") is no thing.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("a want said plainly", () => {
  it("is a want when the member says they want a thing or a person, in French and English", () => {
    expect(interpret("I want a mobile mechanic to look at my van at home, budget 60, Leeds", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "mobile mechanic", price: 6000, place: "Leeds" },
    });
    expect(interpret("we'd like a babysitter for saturday night, £40, Bristol", "en").slots).toMatchObject({ kind: "want" });
    expect(interpret("je veux un plombier pour réparer mon évier, budget 80", "fr").slots).toMatchObject({
      kind: "want",
      title: "plombier",
    });
  });

  it("is a want when a budget is given, whatever else the line says", () => {
    expect(interpret("mets en ligne : tondeuse thermique, budget 150€, Angers", "fr").slots).toMatchObject({ kind: "want", price: 15000 });
    expect(interpret("oak dining table, my budget is 200, Cork", "en").slots).toMatchObject({ kind: "want", price: 20000 });
  });

  it("stays an offer when the member wants to sell, or asks whether others want their thing", () => {
    expect(interpret("I want to sell my road bike, 200, Leeds", "en").slots).toMatchObject({ kind: "offer" });
    expect(interpret("anyone want a microwave? works fine, $20", "en").slots).toMatchObject({ kind: "offer" });
  });
});

describe("someone asked to be free for the member's task", () => {
  it("is someone wanted, posted with the task as its title", () => {
    expect(interpret("anyone available to trim my hedge this week, £25", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "trim my hedge", price: 2500 },
    });
    expect(interpret("quelqu'un de dispo pour garder mon chat en août, 10€ par jour", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want" },
    });
  });

  it("leaves a member who is available for others an offer", () => {
    expect(interpret("available to walk your dog on weekdays, £10, Exeter", "en").slots).toMatchObject({ kind: "offer" });
    expect(interpret("dispo pour garder vos chats cet été, 12€ par jour, Pau", "fr").slots).toMatchObject({ kind: "offer" });
  });
});

describe("where a producer sells", () => {
  it("is no title: the farm or the market after a word of selling, or the farm near a town", () => {
    expect(interpret("Confiture de mûres 5€ le pot. Vente à la ferme le mercredi après-midi, Guémené", "fr").slots.title).toBe(
      "Confiture de mûres",
    );
    expect(interpret("I have 12 litres of goat milk every day to give, farm near Ballina", "en").slots.title).toBe(
      "12 litres of goat milk",
    );
  });

  it("stays in the title when it says what the thing is, and a farm for sale is the thing", () => {
    expect(interpret("vends farine de seigle moulue à la ferme 3€ le kg, Pontarlier", "fr").slots.title).toMatch(/moulue à la ferme/);
    expect(interpret("ferme à vendre près de Guéret, 250k", "fr").slots.title).toBe("ferme");
  });
});

describe("someone needed for a time, after someone let the member down", () => {
  it("is a want titled by whom the member lost, in French and English", () => {
    expect(
      interpret(
        "so our wedding is on 3 may in Bath and the caterer we booked just cancelled 😩 need someone for the evening, budget 900",
        "en",
      ),
    ).toMatchObject({ intent: "create_listing", slots: { kind: "want", title: "caterer", price: 90000 } });
    expect(interpret("notre DJ nous a lâchés, besoin de quelqu'un pour samedi soir, budget 400€, Rennes", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "DJ", place: "Rennes" },
    });
  });

  it("wants the task when one is said", () => {
    expect(interpret("my babysitter cancelled, need someone to watch my kids tonight, Leeds", "en").slots).toMatchObject({
      kind: "want",
      title: "watch my kids",
    });
  });
});

describe("where a ride said with an arrow leaves from", () => {
  it("is its first town, in a search and in a posting", () => {
    expect(interpret("y a des covoit Nantes → Rennes le vendredi soir ?", "fr").slots).toMatchObject({ place: "Nantes" });
    expect(interpret("offering a lift Leeds → York every Monday, 8 quid a seat", "en").slots).toMatchObject({ place: "Leeds" });
  });

  it("is no place for tickets or a translator's languages", () => {
    expect(interpret("billets Lyon → Paris samedi, 30€", "fr").slots.place).toBeUndefined();
    expect(interpret("traductrice anglais>français, 0,10€ le mot", "fr").slots.place).toBeUndefined();
  });
});

describe("a want written to the members", () => {
  it("is posted when the member thanks them in advance or asks them to write", () => {
    expect(
      interpret("Je cherche un lit parapluie d'occasion, vers Rennes, budget 30€. Merci d'avance à ceux qui en auraient un !", "fr"),
    ).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want" },
    });
  });

  it("stays a search when the assistant is asked to find it", () => {
    expect(interpret("trouve-moi un lit parapluie vers Rennes, merci d'avance", "fr").intent).toBe("search_listings");
  });
});

describe("neighbours' lines", () => {
  it("offers a thing others are asked whether they would need ('qqn aurait besoin d'un … ? je le donne')", () => {
    expect(interpret("Qqn aurait besoin d'un aspirateur ? Je le donne, il marche. Lausanne", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "aspirateur" },
    });
  });

  it("titles the things listed after a colon, not the big town whose things they were", () => {
    expect(interpret("Moving to Lyon so selling my Manchester stuff: sofa bed + desk £120, pick up in Salford", "en").slots.title).toBe(
      "sofa bed + desk",
    );
  });

  it("sends the words quoted for a listing's owner", () => {
    expect(interpret("send the owner of the drill listing 'can I pick it up tonight?'", "en")).toMatchObject({
      intent: "send_message",
      slots: { body: "can I pick it up tonight?" },
    });
  });
});
