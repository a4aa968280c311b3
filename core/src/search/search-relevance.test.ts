/**
 * Search relevance (issue 13, acceptance 2; TRIED-AS-A-NEW-USER A22, A23, B10): only listings
 * that are what the words ask for, offers unless the words ask who wants something, an honest
 * "nothing exact" state, one default radius. Measured on query sets labelled by hand by someone
 * who never saw the code (core/eval/search/README.md). The first blind set has since been
 * studied for error classes (it is no longer blind); a new blind set is scored with
 * `npm run eval:search -- --file PATH` by whoever holds it.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateSearch, loadQuerySet } from "../../eval/search/evaluate.ts";
import { copyTemplateDataDir } from "../../test/database.ts";
import { bootCore, type Core } from "../boot.ts";
import { DEFAULT_SEARCH_RADIUS_KM } from "../commands/listing-commands.ts";
import { loadConfig } from "../config/index.ts";
import { foldText } from "../text/normalize.ts";
import { searchListings } from "./search-listings.ts";

let core: Core;
let dataDir: string;

beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  core = await bootCore(loadConfig({ RELAIS_DATA_DIR: dataDir, LOG_LEVEL: "silent", RELAIS_EMBEDDER: "local" }), () => {}, {
    migrate: false,
  });
});
afterAll(async () => {
  await core?.db.close();
  if (dataDir) rmSync(dirname(dataDir), { recursive: true, force: true });
});

describe("relevance on hand-labelled queries over the demo community", () => {
  it("dev set (tuned on): precision@10 and recall of the hand-listed items", async () => {
    const report = await evaluateSearch(core, "dev", loadQuerySet("dev"));
    expect(report.queries).toBeGreaterThanOrEqual(30);
    // Measured 1.000 and 1.000.
    expect(report.precisionAt10).toBeGreaterThanOrEqual(0.97);
    expect(report.recall).toBeGreaterThanOrEqual(0.98);
  });

  it("first blind set (studied for error classes since): precision@10 and recall of the hand-listed items", async () => {
    const report = await evaluateSearch(core, "blind", loadQuerySet("blind"));
    expect(report.queries).toBeGreaterThanOrEqual(40);
    // Measured 0.806 / 0.828 before the error classes were fixed, 1.000 / 1.000 after
    // (the target is 0.8 and 0.9).
    expect(report.precisionAt10).toBeGreaterThanOrEqual(0.95);
    expect(report.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("second blind set (written after the search code by a labeller who never saw it; scored once, at the end): precision@10 and recall", async () => {
    const report = await evaluateSearch(core, "blind2", loadQuerySet("blind2"));
    expect(report.queries).toBeGreaterThanOrEqual(50);
    // Measured 0.923 / 0.933 on 2026-11-30, the first and only time it was scored (issue 13's
    // target: 0.8 and 0.9). A drop below the target fails; its misses are never studied.
    expect(report.precisionAt10).toBeGreaterThanOrEqual(0.9);
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("no query of the first blind set is singled out in the search code, its evaluation or its tests", () => {
    // The demo data, category labels and lexicon held these words before the sets existed; the
    // code that ranks and measures must not single any query out. The vocabulary of equivalent
    // words (equivalents.ts) is left out: a dictionary holds the words of the trade and the demo
    // items' names in both languages, whatever the queries are.
    const sources: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".ts") && name !== "equivalents.ts") sources.push(foldText(readFileSync(path, "utf8")));
      }
    };
    for (const folder of ["../search", "../text", "../../eval/search"]) walk(join(import.meta.dirname, folder));
    expect(sources.length).toBeGreaterThan(5);
    // Quoted as a string of its own ("…" or '…'), the way a hard-coded case would be written.
    const leaked = loadQuerySet("blind").filter((query) => {
      const q = foldText(query.q);
      return sources.some(
        (text) => text.includes(`"${q}"`) || text.includes(`'${q}'`) || text.includes(`«${q}»`) || text.includes(`« ${q} »`),
      );
    });
    expect(leaked.length).toBe(0);
  });
});

describe("what a search answers", () => {
  it("'vélo de route' around Lyon: the road bike, no chairs or yoga mats after it, no cursor to more noise (A22)", async () => {
    const found = await searchListings(core.market, undefined, { q: "vélo de route", place: "Lyon", radiusKm: 30, limit: 20 });
    expect(found.closeOnly).toBe(false);
    expect(found.items.map((hit) => hit.listing.title)).toEqual(["Vélo de route Triban RC 520"]);
    expect(found.nextCursor).toBeNull();
  });

  it("'vélo de route à louer' finds the same road bike: how it is had is kept in the query, never required of a listing", async () => {
    const found = await searchListings(core.market, undefined, { q: "vélo de route à louer", place: "Lyon", radiusKm: 30, limit: 20 });
    expect(found.items.map((hit) => hit.listing.title)).toEqual(["Vélo de route Triban RC 520"]);
  });

  it("finds offers for words, wants when the words ask who wants it (A23)", async () => {
    const offers = await searchListings(core.market, undefined, { q: "je cherche une console", limit: 20 });
    expect(offers.kind).toBe("offer");
    expect(offers.items.length).toBeGreaterThan(0);
    expect(offers.items.every((hit) => hit.listing.kind === "offer")).toBe(true);
    const wants = await searchListings(core.market, undefined, { q: "qui cherche une console", limit: 20 });
    expect(wants.kind).toBe("want");
    expect(wants.items.length).toBeGreaterThan(0);
    expect(wants.items.every((hit) => hit.listing.kind === "want")).toBe(true);
  });

  it("says when nothing is exact and the items are only close ones (A23)", async () => {
    const piano = await searchListings(core.market, undefined, { q: "cours de piano", limit: 20 });
    expect(piano.closeOnly).toBe(true);
    expect(piano.items.length).toBeGreaterThan(0);
    expect(piano.items.some((hit) => /piano/i.test(hit.listing.title))).toBe(false);
    const guitar = await searchListings(core.market, undefined, { q: "cours de guitare", limit: 20 });
    expect(guitar.closeOnly).toBe(false);
    expect(guitar.items.map((hit) => hit.listing.title)).toEqual(["Cours de guitare débutant"]);
  });

  it("an empty result is not 'close ones': nothing within the filters gives no items and closeOnly false", async () => {
    // Nothing exact and nothing close: no listing within 1 km of a point in the Bay of Biscay.
    const nowhere = await searchListings(core.market, undefined, { q: "vélo", near: { lat: 45.5, lng: -3.5 }, radiusKm: 1, limit: 20 });
    expect(nowhere).toMatchObject({ items: [], closeOnly: false, nextCursor: null, radiusKm: 1 });
    // Close ones exist for the same words without the filter that left everything out.
    const close = await searchListings(core.market, undefined, { q: "cours de chinois", limit: 20 });
    expect(close.items.length).toBeGreaterThan(0);
    expect(close.closeOnly).toBe(true);
  });

  it("applies the default radius around a place and says so (B10)", async () => {
    const paris = await searchListings(core.market, undefined, { q: "table à manger", place: "Paris", limit: 20 });
    expect(paris).toMatchObject({ radiusKm: DEFAULT_SEARCH_RADIUS_KM, radiusDefaulted: true });
    expect(paris.items.length).toBeGreaterThan(0);
    for (const hit of paris.items) expect(hit.distanceKm).toBeLessThanOrEqual(DEFAULT_SEARCH_RADIUS_KM);
  });

  it("a word is held when both stemmers agree: 'mangas' finds the manga, not a table 'à manger'", async () => {
    const found = await searchListings(core.market, undefined, { q: "mangas", limit: 20 });
    const titles = found.items.map((hit) => hit.listing.title);
    expect(titles).toContain("Manga One Piece tomes 1 à 30");
    expect(titles.some((title) => /manger|dining/i.test(title))).toBe(false);
  });

  it("finds the same thing written in the other language near a place: 'city bike' around Paris is the Montreuil 'Vélo de ville'", async () => {
    const found = await searchListings(core.market, undefined, { q: "city bike", place: "Paris", limit: 20 });
    expect(found.closeOnly).toBe(false);
    expect(found.items.map((hit) => hit.listing.title)).toEqual(["Vélo de ville avec panier"]);
  });

  it("a service word is held by the listings of that service: 'cat sitter' is 'Garde de chat ou de chien'", async () => {
    const found = await searchListings(core.market, undefined, { q: "cat sitter", limit: 20 });
    expect(found.closeOnly).toBe(false);
    expect(found.items.map((hit) => hit.listing.title)).toEqual(["Garde de chat ou de chien"]);
  });

  it("nothing exact when the word that says what is asked is in no listing, or only in listings the filters leave out", async () => {
    // "chinois" is in no listing: the lessons that remain are not Chinese lessons.
    const chinese = await searchListings(core.market, undefined, { q: "cours de chinois", limit: 20 });
    expect(chinese.closeOnly).toBe(true);
    // A washing machine is in no listing: the vacuum cleaner the lexicon files beside it is not one.
    const washer = await searchListings(core.market, undefined, { q: "lave-linge", limit: 20 });
    expect(washer.closeOnly).toBe(true);
    // Skis exist, at 130 €: under 50 € there are none, and the tent beside them is not skis.
    const cheapSkis = await searchListings(core.market, undefined, { q: "skis", maxPrice: 5000, limit: 20 });
    expect(cheapSkis.closeOnly).toBe(true);
  });

  it("a query that is one part of a category's label names that category: 'sport' is every sports and outdoors offer", async () => {
    const found = await searchListings(core.market, undefined, { q: "sport", limit: 50 });
    expect(found.closeOnly).toBe(false);
    expect(found.items.length).toBeGreaterThanOrEqual(9);
    expect(found.items.every((hit) => hit.listing.category?.slug === "sports-outdoors" && hit.listing.kind === "offer")).toBe(true);
  });
});
