/**
 * Classes session 34 found among freelancers who use Relais for missions (issue 11), FR and EN, in wordings of no
 * evaluation set: a "mandat" is a mission (Québec, Switzerland); how long and on what terms ("mission longue", "en
 * régie", "outside IR35") are no words of the work; an interview or an application sent elsewhere is recorded, and
 * asked about, as an application; "star #3 pls" keeps the third.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("missions as Québec and Switzerland name them", () => {
  it("searches missions for a 'mandat', never a money order", () => {
    expect(interpret("je cherche un mandat de data scientist à Lausanne, 1000 CHF par jour minimum", "fr")).toMatchObject({
      intent: "search_missions",
      slots: { q: "data scientist", place: "Lausanne", minRate: 100000 },
    });
    expect(interpret("des mandats en UX à Montréal ?", "fr")).toMatchObject({ intent: "search_missions", slots: { q: "UX" } });
    expect(interpret("il m'a demandé un mandat cash, arnaque", "fr").intent).toBe("report_user");
  });
});

describe("how long and on what terms", () => {
  it("keeps them out of the work searched", () => {
    expect(interpret("trouve moi une mission de chef de projet en régie à Toulouse, 6 mois renouvelable", "fr").slots).toMatchObject({
      q: "chef de projet",
      place: "Toulouse",
    });
    expect(interpret("contract roles outside IR35 in Edinburgh for a data analyst, £450/day minimum", "en").slots).toMatchObject({
      q: "data analyst",
      place: "Edinburgh",
      minRate: 45000,
    });
    expect(interpret("cherche mission courte de montage vidéo sur lyon", "fr").slots.q).toBe("montage vidéo");
  });
});

describe("applications made elsewhere, and asked about", () => {
  it("records an application sent or an interview got", () => {
    expect(interpret("i sent my cv for the ux mission in rennes via malt", "en").intent).toBe("apply_mission");
    expect(interpret("entretien jeudi pour la mission SAP à Luxembourg, note-le", "fr").intent).toBe("apply_mission");
    expect(interpret("got an interview for the data one", "en").intent).toBe("apply_mission");
  });

  it("shows the applications when interviews or a status are asked", () => {
    for (const [text, lang] of [
      ["any interviews scheduled?", "en"],
      ["do I have any entretiens this week?", "en"],
      ["status of my application for the react one?", "en"],
      ["des entretiens prévus cette semaine ?", "fr"],
    ] as const)
      expect(interpret(text, lang).intent, text).toBe("show_applications");
  });

  it("keeps the one starred, politely", () => {
    expect(interpret("star #3 pls", "en")).toMatchObject({ intent: "save_mission", slots: { ref: 3 } });
  });
});

describe("Québec's questions and the marketplace named", () => {
  it("reads 'y'a-tu' as asking, not as 'a' searched; 'search the marketplace for X' searches X", () => {
    expect(interpret("y'a-tu des contrats en dev ios à sherbrooke?", "fr")).toMatchObject({
      intent: "search_missions",
      slots: { place: "Sherbrooke" },
    });
    expect(interpret("y a-tu des vélos à Québec?", "fr").slots).toMatchObject({ q: "vélos", place: "Québec" });
    expect(interpret("search the marketplace for a Webflow freelancer", "en").slots).toMatchObject({ q: "Webflow freelancer" });
  });
});

describe("a posting headed 'posting:'", () => {
  it("posts the want that follows, with its budget", () => {
    expect(interpret("posting: looking for a desk in a coworking in Milan, 250/month max", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", price: 25000, place: "Milan" },
    });
  });
});

describe("whom the work is for and how long it lasts (session 43)", () => {
  it("leaves the clients and a length before the work out of the query", () => {
    expect(interpret("des missions de traduction pour des maisons d'édition ?", "fr").slots).toMatchObject({ q: "traduction" });
    expect(interpret("any design gigs for the non-profits around Leeds?", "en").slots.q).toBe("design");
    expect(interpret("looking for a quick copywriting mission, min 300 a day", "en").slots).toMatchObject({
      q: "copywriting",
      minRate: 30000,
    });
    // (a role the work is for is what is searched)
    expect(interpret("missions in Lille for a UX designer", "en").slots).toMatchObject({ q: "UX designer", place: "Lille" });
  });
});

describe("a floor on a day rate (session 43)", () => {
  it("searches missions when a trade comes with a minimum day rate, and posts when the member offers", () => {
    expect(interpret("data analyst, full remote, min 450 a day", "en")).toMatchObject({
      intent: "search_missions",
      slots: { minRate: 45000, remote: true },
    });
    expect(interpret("traductrice anglais, TJM minimum 300, Nantes", "fr")).toMatchObject({
      intent: "search_missions",
      slots: { minRate: 30000, place: "Nantes" },
    });
    expect(interpret("je propose du dev react, minimum 400/j", "fr").intent).toBe("create_listing");
  });
});
