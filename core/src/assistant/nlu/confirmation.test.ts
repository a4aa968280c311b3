/** A confirmation is an affirmation and nothing else; real words are never "repaired" into commands. */
import { describe, expect, it } from "vitest";
import { isAffirmation, isNegation } from "./confirmation.ts";
import { dictionaryWords } from "./dictionary.ts";
import { interpret } from "./interpret.ts";
import { Speller } from "./text.ts";

describe("confirmations", () => {
  it("accepts a plain yes in both languages, with politeness or the action's own verb", () => {
    for (const yes of [
      "oui",
      "Oui !",
      "ouais",
      "ok",
      "OK vas-y",
      "d'accord",
      "c'est bon",
      "oui, supprime-la",
      "yes please",
      "yep",
      "sure",
      "y",
      "o",
      "👍",
      "yes, delete it",
      "oui merci",
      "bien sûr",
    ])
      expect(isAffirmation(yes), yes).toBe(true);
  });

  it("refuses messages that only start like a yes", () => {
    for (const other of [
      "où est le vélo ?",
      "y a-t-il autre chose ?",
      "ok mais attends",
      "oui mais pas celle-là",
      "yes but not that one",
      "okay wait",
      "on verra",
      "ouvre la conversation",
      "non",
      "you know what, no",
      "",
    ])
      expect(isAffirmation(other), other).toBe(false);
  });
});

describe("refusals", () => {
  it("a no is a negation and nothing else: a request that starts with 'no' or 'non' is not a refusal", () => {
    for (const no of ["non", "Non merci", "no", "no thanks", "nope", "no!! don't delete it", "surtout pas", "non, laisse tomber"])
      expect(isNegation(no), no).toBe(true);
    for (const other of [
      "no notifications at night please",
      "non le tjm c'est 550 pas 2021",
      "non merci, pas pour moi cet échange",
      "nouvelle annonce",
    ])
      expect(isNegation(other), other).toBe(false);
  });
});

describe("spelling repair", () => {
  it("repairs only words no dictionary knows: 'recommande' stays itself, 'cherhce' becomes 'cherche'", () => {
    const speller = new Speller(["recommence", "cherche", "guitare"], dictionaryWords());
    expect(speller.correct("recommande")).toBe("recommande");
    expect(speller.correct("cherhce")).toBe("cherche");
    expect(speller.correct("guiatre")).toBe("guitare");
  });

  it("never reads a real word as a command it resembles", () => {
    expect(interpret("je recommande ce vendeur", "fr").intent).not.toBe("cancel");
    expect(interpret("recommande", "fr").intent).not.toBe("cancel");
  });
});
