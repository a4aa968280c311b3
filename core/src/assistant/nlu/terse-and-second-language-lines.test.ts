/**
 * Classes session 35 found among power users who type tersely and members writing in a second language (issue 11), FR
 * and EN, in wordings of no evaluation set: a line typed as fields is read field by field; WTT/WTS lines offer, and in
 * a trade what an arrow or "vs" leads to is wanted back; "good cond", "fair state" are conditions; "<80€" caps a
 * search; "I search …" looks; words quoted for a name typed in lower case are sent; "bad words" and money asked
 * before are reasons to report; "combien coûte le mettre annonce" asks for help.
 */
import { describe, expect, it } from "vitest";
import { fieldsIn } from "./field-syntax.ts";
import { interpret } from "./interpret.ts";

describe("a line typed as fields", () => {
  it("posts what its fields say, in French and English", () => {
    expect(interpret("titre: chaise bébé | prix: 25 | lieu: nancy | état: tbe | type: offre", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { title: "chaise bébé", price: 2500, place: "Nancy", condition: "good", kind: "offer" },
    });
    expect(interpret("selling: ipad 9th gen 64gb | 220 CHF | cond: like new | loc: lausanne", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 22000, currency: "CHF", condition: "like_new", place: "Lausanne" },
    });
  });

  it("searches when a query is given, a price being its cap", () => {
    expect(interpret("q: velo cargo | loc: nantes | price: 900 | sort: distance", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "velo cargo", place: "Nantes", maxPrice: 90000, sort: "distance" },
    });
  });

  it("reads no fields in a sentence with one colon, nor keys it does not know", () => {
    expect(fieldsIn("Cours de piano : je suis prof diplômée, 25€ de l'heure")).toBeUndefined();
    expect(fieldsIn("note: ring the bell | thanks")).toBeUndefined();
  });
});

describe("a trader's shorthand", () => {
  it("offers a WTT or WTS line and wants what 'for', an arrow or 'vs' leads to", () => {
    expect(interpret("WTT: Xbox One + 4 games for a Switch Lite, Leeds", "en").slots).toMatchObject({
      kind: "offer",
      title: "Xbox One + 4 games",
      wants: "Switch Lite",
    });
    expect(interpret("WTT kindle paperwhite → liseuse kobo, Lille", "fr").slots).toMatchObject({ kind: "offer", wants: "liseuse kobo" });
    expect(interpret("swap: my road bike vs a gravel bike, Bristol", "en").slots).toMatchObject({
      title: "road bike",
      wants: "gravel bike",
    });
    expect(interpret("WTS: nikon d3500 + 18-55, 300, good cond, cork", "en").slots).toMatchObject({ kind: "offer", condition: "good" });
  });

  it("caps a search with '<'", () => {
    expect(interpret("trottinette <150€ rayon 10km lyon", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { maxPrice: 15000, radiusKm: 10, place: "Lyon" },
    });
  });
});

describe("lines written in a second language", () => {
  it("reads 'I search' as looking and 'fair state' as a condition", () => {
    expect(interpret("please put announce: I search a bicycle for my work, cheap, Lille", "en").slots).toMatchObject({ kind: "want" });
    expect(interpret("I give for free a baby bed, fair state. Liège", "en").slots).toMatchObject({ condition: "fair", price: 0 });
  });

  it("wants what is wanted in exchange, without the 'I want' that says it", () => {
    expect(interpret("I teach portuguese, in exchange I want french conversation, Grenoble", "en").slots.wants).toBe("french conversation");
  });

  it("sends the words quoted for a name typed in lower case", () => {
    expect(interpret("can you send to ana 'I arrive in 10 min'", "en")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "ana", body: "I arrive in 10 min" },
    });
  });

  it("reads the reasons of a report and a question of what posting costs", () => {
    expect(interpret("this guy Marco send me bad words, report him", "en").slots).toMatchObject({ reason: "harassment" });
    expect(interpret("je veux signaler Paulo, il demande l'argent avant", "fr").slots).toMatchObject({ reason: "scam" });
    expect(interpret("combien coûte le mettre annonce ?", "fr").intent).toBe("help");
  });
});

describe("commands typed tersely", () => {
  it("links an account from '/link' and a code", () => {
    expect(interpret("/link 730512", "en")).toMatchObject({ intent: "link_account", slots: { code: "730512" } });
  });

  it("builds a profile from 'gh'", () => {
    expect(interpret("gen profile from gh: mlopez-dev", "en")).toMatchObject({
      intent: "generate_profile",
      slots: { githubUsername: "mlopez-dev" },
    });
  });

  it("adds and takes out skills by their signs", () => {
    expect(interpret("skills: +vue +docker -angular", "en")).toMatchObject({
      intent: "update_profile",
      slots: { skills: ["vue", "docker"], removeSkills: ["angular"] },
    });
  });
});

describe("a listing changed by its number, tersely (session 36)", () => {
  it("takes the amount an arrow leads to as the new price, never the old one", () => {
    expect(interpret("#3 prix 120→95", "fr")).toMatchObject({ intent: "update_listing", slots: { ref: 3, price: 9500 } });
    expect(interpret("ad 1: price 1,400 -> 1,250", "en")).toMatchObject({ intent: "update_listing", slots: { ref: 1, price: 125000 } });
    expect(interpret("baisse ma table 200€ => 170€", "fr").slots.price).toBe(17000);
    // (a measure changed is no price)
    expect(interpret("selling a desk 140 → 120 cm adjustable, 60€, Leeds", "en").slots.price).toBe(6000);
  });

  it("changes the price or the status of the listing named by its number", () => {
    expect(interpret("#2 cheaper pls, 35", "en")).toMatchObject({ intent: "update_listing", slots: { ref: 2, price: 3500 } });
    expect(interpret("la 3 moins cher, 70", "fr")).toMatchObject({ intent: "update_listing", slots: { ref: 3, price: 7000 } });
    expect(interpret("annonce 1 : prix 15", "fr")).toMatchObject({ intent: "update_listing", slots: { ref: 1, price: 1500 } });
    expect(interpret("reactivate 2", "en")).toMatchObject({ intent: "update_listing", slots: { ref: 2, status: "active" } });
    expect(interpret("unpause #4", "en")).toMatchObject({ intent: "update_listing", slots: { ref: 4, status: "active" } });
    expect(interpret("#3 → gratuit", "fr")).toMatchObject({ intent: "update_listing", slots: { ref: 3, price: 0 } });
    expect(interpret("ma lampe : 25 au lieu de 40", "fr")).toMatchObject({ intent: "update_listing", slots: { price: 2500 } });
    expect(interpret("my desk: 60 instead of 80", "en")).toMatchObject({ intent: "update_listing", slots: { price: 6000 } });
    // (the listing asked for alone is shown)
    expect(interpret("#2", "en").intent).toBe("show_listing");
  });

  it("sorts a search by the field named after 'sort' or 'tri'", () => {
    expect(interpret("switch lite leeds sort: price", "en")).toMatchObject({
      intent: "search_listings",
      slots: { q: "switch lite", place: "Leeds", sort: "price" },
    });
    expect(interpret("table basse rennes tri distance", "fr").slots).toMatchObject({ place: "Rennes", sort: "distance" });
    const lastSearch = { intent: "search_listings" as const, slots: { q: "table", place: "Rennes" } };
    expect(interpret("+ proches d'abord", "fr", { lastSearch }).slots).toMatchObject({ q: "table", sort: "distance" });
  });
});
