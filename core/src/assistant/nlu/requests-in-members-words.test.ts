/**
 * Session 31's classes (issue 11), from dev62 and dev64, each written here in other words than the sets': calling off
 * what is under way, asking for a listing's details, why a member is reported, a profile field set, a setting kept for
 * every search.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("requests in the members' own words", () => {
  it("calls off what is under way, also with a 'later' after it, and withdraws an offer no longer wanted", () => {
    for (const [text, lang] of [
      ["scrap that, I'll come back to it later", "en"],
      ["oublie ça, je le ferai plus tard", "fr"],
      ["bon finalement je ne veux plus le publier", "fr"],
      ["actually I don't want to post it anymore", "en"],
    ] as const)
      expect(interpret(text, lang).intent, text).toBe("cancel");
    expect(interpret("je ne veux plus vendre ma perceuse", "fr").intent).toBe("delete_listing");
    expect(interpret("I don't want to sell my tent anymore", "en").intent).toBe("delete_listing");
  });

  it("shows a listing asked about in detail, by its rank or its thing", () => {
    expect(interpret("what does the second one say?", "en")).toMatchObject({ intent: "show_listing", slots: { ref: 2 } });
    expect(interpret("je voudrais en savoir plus sur le troisième résultat", "fr")).toMatchObject({
      intent: "show_listing",
      slots: { ref: 3 },
    });
    expect(interpret("plus de détails sur la tondeuse svp", "fr").intent).toBe("show_listing");
    expect(interpret("the drill ad is cut off, can you show me the rest?", "en").intent).toBe("show_listing");
    // a question about Relais itself is no listing
    expect(interpret("I'd like more info about the app", "en").intent).not.toBe("show_listing");
  });

  it("reads why a member is reported", () => {
    for (const [text, lang, reason] of [
      ["signaler Hugo, il veut un virement d'avance avant de montrer le vélo", "fr", "scam"],
      ["report Dana, she asked me for a deposit up front and vanished", "en", "scam"],
      ["flag Lee, he posts the same advert in every group", "en", "spam"],
      ["signaler Marc, photos limites dans son annonce", "fr", "inappropriate"],
      ["report Kim, her pictures are not okay", "en", "inappropriate"],
      ["signaler Sophie, elle ne vient jamais quand on a rendez-vous", "fr", "other"],
    ] as const)
      expect(interpret(text, lang), text).toMatchObject({ intent: "report_user", slots: { reason } });
  });

  it("sets a profile field to the words given, whatever they say", () => {
    expect(interpret("change my headline to Baker, happy to teach sourdough", "en")).toMatchObject({
      intent: "update_profile",
      slots: { headline: "Baker, happy to teach sourdough" },
    });
    expect(interpret("mets comme titre de profil « Menuisier à la retraite – Vosges »", "fr")).toMatchObject({
      intent: "update_profile",
      slots: { headline: "Menuisier à la retraite – Vosges" },
    });
    expect(interpret("mettez dans ma présentation : ancienne institutrice, j'aime le jardinage", "fr")).toMatchObject({
      intent: "update_profile",
      slots: { bio: "ancienne institutrice, j'aime le jardinage" },
    });
  });

  it("keeps a distance limit, a digest turned off and a language code as settings", () => {
    expect(interpret("je ne veux pas d'annonces à plus de 20 km", "fr")).toMatchObject({
      intent: "set_preferences",
      slots: { maxDistanceKm: 20 },
    });
    expect(interpret("arrêtez le résumé hebdo svp", "fr")).toMatchObject({ intent: "set_preferences", slots: { digest: "none" } });
    expect(interpret("set language to en please", "en")).toMatchObject({ intent: "set_preferences", slots: { language: "en" } });
  });
});
