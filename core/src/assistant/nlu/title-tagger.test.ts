/**
 * The title's tagger (issue 11): learns where the thing posted ends from generated postings,
 * never from an evaluation sentence, is read back from its cache as it was trained, and sets
 * the title's extent where the phrase grammar alone went too far or stopped short.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evalSentenceKeys, sentenceKey } from "./eval-sets.ts";
import { random } from "./generated-corpus.ts";
import { interpret } from "./interpret.ts";
import { listingTaggerInput } from "./slots.ts";
import { tokenize } from "./text.ts";
import { titleExamples } from "./title-corpus.ts";
import { loadCachedTitleModel, saveTitleModel, titleModel, titleModelCacheName, titleTrainingSet } from "./title-model.ts";
import { SpanModel } from "./title-tagger.ts";

describe("the generated postings", () => {
  it("mark a title that is in the text, and share no sentence with any evaluation set", () => {
    const examples = titleExamples(3000, 5);
    for (const { text, start, end } of examples) {
      expect(end).toBeGreaterThan(start);
      expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
    }
    const keys = evalSentenceKeys();
    // Counted, never listed: a listed overlap would print a held-out sentence.
    expect(examples.filter((e) => keys.has(sentenceKey(e.text))).length).toBe(0);
    // Varied enough that no phrasing matters: almost every sentence is new
    expect(new Set(examples.map((e) => sentenceKey(e.text))).size).toBeGreaterThan(2900);
  });
});

describe("the span tagger", () => {
  it("finds the exact title of postings it never saw better than the grammar alone", () => {
    const model = new SpanModel();
    model.train(titleTrainingSet(3000, 101), 4, random(3));
    const unseen = titleTrainingSet(600, 202);
    const exact = (span: [number, number] | undefined, gold: [number, number]) => span?.[0] === gold[0] && span?.[1] === gold[1];
    const tagger = unseen.filter(({ input, gold }) => exact(model.predict(input), gold)).length / unseen.length;
    const grammar = unseen.filter(({ input, gold }) => exact(input.grammar, gold)).length / unseen.length;
    expect(tagger).toBeGreaterThan(0.85);
    expect(tagger).toBeGreaterThan(grammar + 0.15);
  });

  it("is written to the cache and read back from the file as it was trained; a damaged file is not trusted", () => {
    const trained = titleModel();
    const folder = mkdtempSync(join(tmpdir(), "relais-title-cache-"));
    const before = process.env.RELAIS_CACHE_DIR;
    process.env.RELAIS_CACHE_DIR = folder;
    try {
      expect(loadCachedTitleModel()).toBeUndefined();
      expect(saveTitleModel(trained)).toBe(true);
      const file = join(folder, titleModelCacheName());
      expect(statSync(file).size).toBeGreaterThan(10_000);
      const loaded = loadCachedTitleModel();
      expect(loaded).toBeDefined();
      for (const text of [
        "je vends ma commode en pin 3 tiroirs achetée chez But, 40€, Brest",
        "selling my Peloton bike with its mat, £600",
      ]) {
        const input = listingTaggerInput(text, tokenize(text));
        expect(loaded?.predict(input)).toEqual(trained.predict(input));
      }
      // cut in the middle of its weights: read as no model (the engine trains a new one)
      writeFileSync(file, readFileSync(file).subarray(0, 5000));
      expect(loadCachedTitleModel()).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.RELAIS_CACHE_DIR;
      else process.env.RELAIS_CACHE_DIR = before;
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("titles through the tagger", () => {
  const title = (text: string, locale: "fr" | "en") => {
    const result = interpret(text, locale);
    expect(result.intent, text).toBe("create_listing");
    return result.slots.title;
  };

  it("FR: stops before what is said of the thing with no comma, keeps its size", () => {
    expect(title("vends 4 pneus neige Continental 195/65 R15 montés sur jantes alu, 180€, Grenoble", "fr")).toBe(
      "4 pneus neige Continental 195/65 R15",
    );
    expect(title("je donne un ficus de 2 m avec son cache-pot, à Metz", "fr")).toBe("ficus de 2 m");
    expect(title("je donne un canapé convertible gris de chez But, Lille", "fr")).toBe("canapé convertible gris de chez But");
  });

  it("reads through a decimal point and an abbreviation's full stop ('f/1.8', 'St. Bernard')", () => {
    expect(title("selling a Nikon 85mm f/1.8 G lens, £250, Bath", "en")).toBe("Nikon 85mm f/1.8 G lens");
    expect(title("vends objectif Sony 50mm f/1.4 ZA, 700€, Lyon", "fr")).toBe("objectif Sony 50mm f/1.4 ZA");
    expect(title("selling my St. Bernard plush toy, £5, York", "en")).toBe("St. Bernard plush toy");
  });

  it("leaves out the article after an instruction's colon ('une' is no count there)", () => {
    expect(title("publie une demande : une machine a coudre à Villeurbanne", "fr")).toBe("machine a coudre");
    expect(title("post this: a Makita cordless drill, £40, Leeds", "en")).toBe("Makita cordless drill");
  });

  it("EN: keeps the brand before a model code, stops before 'in its box' and 'in the park'", () => {
    expect(title("selling a Brompton M6L folding bike bought in 2019, £700, London", "en")).toBe("Brompton M6L folding bike");
    expect(title("I'm selling a Garmin Forerunner 245 running watch in its original box, £90, York", "en")).toBe(
      "Garmin Forerunner 245 running watch",
    );
    expect(title("offering dog walking in the park every weekday morning, £10 a walk, Leeds", "en")).toBe("dog walking");
  });
});

describe("which phrase is the thing (the grammar's choice)", () => {
  const title = (text: string, locale: "fr" | "en") => interpret(text, locale).slots.title;

  it("a generic word named again in apposition is the named thing: 'ma voiture, une Peugeot 208'", () => {
    expect(title("je vends ma voiture, une Peugeot 208 de 2016, 7500€, Tours", "fr")).toBe("Peugeot 208");
    expect(title("selling my car, a 2014 Ford Focus, £4000, Derby", "en")).toBe("2014 Ford Focus");
  });

  it("'il me reste …' has the thing; 'le mois dernier' is when, not what", () => {
    expect(title("il me reste des lames de parquet en chêne, je les donne, Nantes", "fr")).toBe("lames de parquet en chêne");
    expect(title("j'ai déménagé le mois dernier, je donne mon micro-ondes, Brest", "fr")).toBe("micro-ondes");
  });

  it("a colon after a few words of a new sentence opens the thing; 'X available' is the thing over what the member has", () => {
    expect(title("I'm clearing out the flat before I leave for Australia. first up: a Dyson V8 cordless vacuum, £80, Leeds", "en")).toBe(
      "Dyson V8 cordless vacuum",
    );
    expect(title("babysitting available, I have first aid training, 10€/h, Lyon", "en")).toBe("babysitting");
  });
});
