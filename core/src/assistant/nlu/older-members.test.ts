/**
 * Classes session 39 found in an older population's phrasing (dev93, studied; issue 11), FR and EN, in wordings of no
 * evaluation set: numbers of several words, compounds with a particle, the region after a town, the occasion that
 * opens a line, requests said the long way.
 */
import { describe, expect, it } from "vitest";
import type { Slots } from "../intents.ts";
import { interpret } from "./interpret.ts";
import { numberInWords } from "./number-words.ts";
import { tokenize } from "./text.ts";

const read = (text: string) =>
  numberInWords(
    tokenize(text).map((token) => token.folded),
    0,
  )?.value;

describe("numbers of several words", () => {
  it("reads French and English compounds, and nothing from words that make no number together", () => {
    expect(read("cent cinquante")).toBe(150);
    expect(read("deux cent cinquante")).toBe(250);
    expect(read("vingt-cinq")).toBe(25);
    expect(read("soixante et onze")).toBe(71);
    expect(read("quatre-vingt-dix-neuf")).toBe(99);
    expect(read("sept cent quatre-vingts")).toBe(780);
    expect(read("deux mille cinq cents")).toBe(2500);
    expect(read("one hundred and fifty")).toBe(150);
    expect(read("twenty-five")).toBe(25);
    expect(read("two thousand")).toBe(2000);
    expect(read("deux trois")).toBeUndefined();
    expect(read("cinquante")).toBeUndefined();
  });

  it("prices and distances said in them", () => {
    expect(interpret("je vends mon vaisselier, cent cinquante euros, Figeac", "fr").slots).toMatchObject({
      price: 15000,
      title: "vaisselier",
    });
    expect(interpret("selling a bookcase for one hundred and twenty pounds, Kendal", "en").slots).toMatchObject({
      price: 12000,
      currency: "GBP",
    });
    expect(interpret("lampe de chevet quatre-vingts euros", "fr").slots).toMatchObject({ price: 8000, title: "lampe de chevet" });
    expect(interpret("des poules dans un rayon de vingt-cinq kilomètres autour d'Aurillac", "fr").slots).toMatchObject({ radiusKm: 25 });
    expect(interpret("armchairs under seventy-five pounds", "en").slots).toMatchObject({ maxPrice: 7500, q: "armchairs" });
  });
});

describe("the thing's name, the town and the region as written", () => {
  it("keeps a particle bound by a hyphen in the thing's name, not inside a town's", () => {
    expect(interpret("selling our sit-on mower, £400, Ludlow", "en").slots).toMatchObject({ title: "sit-on mower" });
    expect(interpret("walk-in wardrobe for sale, Stoke-on-Trent, £200", "en").slots).toMatchObject({
      title: "walk-in wardrobe",
      place: "Stoke-on-Trent",
    });
  });

  it("leaves the county, state or province after the town out of the place and the title", () => {
    expect(interpret("Garden bench, £30. Ledbury, Herefordshire", "en").slots).toMatchObject({ place: "Ledbury", title: "Garden bench" });
    expect(interpret("Hay bales for sale, €4 each. Ballina, Co. Mayo.", "en").slots).toMatchObject({ place: "Ballina" });
    expect(interpret("Trailer for sale $1200. Dubbo NSW.", "en").slots).toMatchObject({ place: "Dubbo", currency: "AUD" });
  });

  it("sets aside what opens the line, how the price is set, and someone else's pronoun", () => {
    expect(interpret("Suite au décès de ma tante, je vends son piano droit 300€, Brive", "fr").slots).toMatchObject({
      title: "piano droit",
    });
    expect(interpret("vends vaisselier, prix à débattre, Figeac", "fr").slots.title).toBe("vaisselier");
    expect(interpret("for my grandad: he has a wheelbarrow, £15. He's in Ludlow", "en").slots).toMatchObject({
      title: "wheelbarrow",
      place: "Ludlow",
    });
  });
});

describe("requests said the long way", () => {
  it("writes to whom 'Répondre à X :' names", () => {
    expect(interpret("Répondre à Gisèle : oui, je viens samedi pour les confitures ?", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Gisèle", body: "oui, je viens samedi pour les confitures ?" },
    });
  });

  it("reads the code after how it came", () => {
    expect(interpret("voilà le code reçu par sms 8812", "fr").slots).toMatchObject({ code: "8812" });
  });

  it("posts a tradesperson sought for a task, what one is after, what is searched for a relative", () => {
    expect(interpret("Cherche plombier pour changer un chauffe-eau, Aurillac", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", place: "Aurillac" },
    });
    expect(interpret("I'm after a wheelchair for my mum, Kendal", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want" },
    });
    expect(interpret("searching for a school blazer for my grandson, Kendal", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want" },
    });
    expect(interpret("would anyone be able to drive me to the hospital in Kendal on Monday?", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want" },
    });
    expect(interpret("Would somebody be able to give me a lift to bingo in Ripon on Fridays?", "en").slots).toMatchObject({
      kind: "want",
      title: "lift to bingo",
    });
  });

  it("accepts, declines, opens and saves what was proposed, in a polite turn", () => {
    expect(interpret("ok pour le troisième", "fr")).toMatchObject({ intent: "accept_match", slots: { ref: 3 } });
    expect(interpret("No thank you to the first one, it's too far", "en")).toMatchObject({ intent: "decline_match", slots: { ref: 1 } });
    expect(interpret("Could I see the advert for the oak dresser?", "en").intent).toBe("show_listing");
    expect(interpret("Mettez de côté la mission de secrétariat à Aurillac", "fr").intent).toBe("save_mission");
  });

  it("adds what the member says they can do, and keeps the channels they use", () => {
    expect(interpret("add to my profile that I can do upholstery and French polishing", "en")).toMatchObject({
      intent: "update_profile",
      slots: { skills: ["upholstery", "french polishing"] },
    });
    expect(interpret("by email only please, I don't use Slack", "en").slots).toMatchObject({ notificationChannels: ["email"] });
    expect(interpret("put my rate up to £25 an hour and take off dry stone walling", "en").slots).toMatchObject({
      hourlyRate: 2500,
      removeSkills: ["dry stone walling"],
    });
    expect(interpret("je voudrais signaler Paul, il m'envoie des messages grossiers", "fr").slots).toMatchObject({ reason: "harassment" });
    expect(interpret("Hello dear, could you find me a sewing table?", "en").slots).toMatchObject({ q: "sewing table" });
  });

  it("reads settings, questions and introductions said the long way", () => {
    expect(interpret("ma vue baisse, ne me montrez rien au-delà de vingt kilomètres", "fr")).toMatchObject({
      intent: "set_preferences",
      slots: { maxDistanceKm: 20 },
    });
    expect(interpret("Any plastering or tiling jobs near Builth Wells?", "en").intent).toBe("search_missions");
    expect(interpret("What do I have on here these days?", "en").intent).toBe("my_listings");
    expect(interpret("Bonjour, c'est Josiane, la fille de M. Garnier, je tape pour lui.", "fr").intent).toBe("greeting");
    expect(interpret("My nephew says you can make a profile from GitHub. His is tom-b77, please do it", "en").slots).toMatchObject({
      githubUsername: "tom-b77",
    });
  });

  it("never titles a posting with the place being emptied", () => {
    expect(interpret("We're clearing my father's garage and his fishing rods need a new home, free, Ludlow", "en").slots.title).toBe(
      "fishing rods",
    );
    // (a task asked keeps its place: the barn is what is to be cleared)
    expect(interpret("Need someone to help clear out a loft in Kendal, £60", "en").slots.title).toBe("help clear out a loft");
  });

  it("titles what the member makes or has too much of, not how much of it is offered", () => {
    expect(interpret("We grow far too many courgettes, a dozen for £1 at the gate, Ludlow", "en").slots.title).toBe("courgettes");
    expect(interpret("I bake sourdough loaves on Fridays and have some spare, £3 each, Kendal", "en").slots.title).toBe("sourdough loaves");
    expect(interpret("Je fais du miel de lavande et il m'en reste une dizaine de pots, 8€ le pot, Apt", "fr").slots.title).toBe(
      "miel de lavande",
    );
  });

  it("places a posting where the member says they are, after a town of their story", () => {
    expect(interpret("Need someone to water my tomatoes while I visit my sister in Bath. I'm in Frome.", "en").slots.place).toBe("Frome");
    expect(
      interpret("Cherche quelqu'un pour garder mes poules pendant que je vais chez mon fils à Nantes. J'habite Cholet.", "fr").slots.place,
    ).toBe("Cholet");
  });

  it("follows a search on 'pis …', as Québec says 'and'", () => {
    const lastSearch = { intent: "search_listings" as const, slots: { q: "pneus d'hiver", place: "Rimouski", maxPrice: 40000 } as Slots };
    expect(interpret("pis des chaînes à neige?", "fr", { lastSearch })).toMatchObject({
      intent: "search_listings",
      slots: { q: "chaînes à neige", place: "Rimouski", maxPrice: 40000 },
    });
    expect(interpret("pis à Matane?", "fr", { lastSearch }).slots).toMatchObject({ q: "pneus d'hiver", place: "Matane" });
  });

  it("places a posting by its town before 'area', never by who signs", () => {
    expect(interpret("Swap my garden roller for a strimmer. Skipton area.", "en").slots).toMatchObject({ place: "Skipton" });
    expect(interpret("Ironing and mending. Reading, £12 an hour", "en").slots).toMatchObject({ place: "Reading", price: 1200 });
    expect(interpret("Gardener wanted for a small lawn in Ludlow, £12 an hour. Mrs J. Preston", "en").slots).toMatchObject({
      place: "Ludlow",
    });
  });
});
