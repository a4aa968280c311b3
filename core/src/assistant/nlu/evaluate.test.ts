/**
 * The local engine keeps its measured quality on the labelled evaluation set (a regression
 * guard, not a tuning loop), and understands the phrasings the product promises.
 */
import { describe, expect, it } from "vitest";
import { evaluate, loadEvalSet } from "./evaluate.ts";
import { interpret } from "./interpret.ts";

describe("local understanding", () => {
  it("meets the targets on the evaluation set: ≥ 95 % intents, ≥ 90 % slot F1, in both languages", () => {
    const set = loadEvalSet();
    expect(set.length).toBeGreaterThanOrEqual(300);
    const report = evaluate(set);
    expect(report.intentAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.slotF1).toBeGreaterThanOrEqual(0.9);
    expect(report.byLanguage.fr.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(report.byLanguage.en.accuracy).toBeGreaterThanOrEqual(0.93);
  });

  it("reads the issue's examples, typos and mixed languages included", () => {
    expect(interpret("je cherche un velo pas cher vers Lyon", "en")).toMatchObject({
      intent: "search_listings",
      locale: "fr",
      slots: { q: "velo", place: "Lyon", sort: "price" },
    });
    expect(interpret("any React missions remote?", "fr")).toMatchObject({
      intent: "search_missions",
      locale: "en",
      slots: { skills: ["react"], remote: true },
    });
    expect(interpret("propose mon canapé contre une guitare", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "canapé", wants: "guitare" },
    });
    expect(interpret("cherhce un canape gris a Bordeaux", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "canape gris", place: "Bordeaux" },
    });
    expect(
      interpret("plutôt à Bordeaux", "fr", { lastSearch: { intent: "search_listings", slots: { q: "velo", place: "Lyon" } } }),
    ).toMatchObject({
      intent: "search_listings",
      slots: { q: "velo", place: "Bordeaux" },
    });
  });
});
