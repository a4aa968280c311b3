/**
 * Issue 11, acceptance 3: a fresh process loads the trained model instead of training it. The
 * model read back answers exactly as the one trained in memory; a damaged file is trained again
 * and replaced, never trusted.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntentClassifier, modelCacheName } from "./classifier.ts";
import { accentedFrench, dictionaryWords } from "./dictionary.ts";
import { loadEvalSet } from "./evaluate.ts";
import { tokenize } from "./text.ts";

let dir: string;
const previous = process.env.RELAIS_CACHE_DIR;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-model-cache-"));
  process.env.RELAIS_CACHE_DIR = dir;
});
afterAll(() => {
  if (previous === undefined) delete process.env.RELAIS_CACHE_DIR;
  else process.env.RELAIS_CACHE_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

describe("the local engine's model cache", () => {
  it("trains once, writes the model, and a new process's classifier loads it and ranks every intent alike", () => {
    const trained = new IntentClassifier();
    expect(trained.source).toBe("trained");
    expect(readdirSync(dir)).toContain(modelCacheName());
    const loaded = new IntentClassifier();
    expect(loaded.source).toBe("cache");
    const inMemory = new IntentClassifier({ cache: false });
    expect(inMemory.source).toBe("trained");
    for (const { text } of loadEvalSet().slice(0, 60)) {
      const tokens = tokenize(text);
      expect(loaded.classify(tokens)).toEqual(inMemory.classify(tokens));
    }
    expect([...loaded.vocabulary].sort()).toEqual([...inMemory.vocabulary].sort());
  });

  it("trains again and replaces a damaged file instead of trusting it", () => {
    writeFileSync(join(dir, modelCacheName()), Buffer.from("not a model at all"));
    const rebuilt = new IntentClassifier();
    expect(rebuilt.source).toBe("trained");
    expect(rebuilt.classify(tokenize("je vends mon vélo 50 € à Lyon"))[0]?.intent).toBe("create_listing");
    expect(new IntentClassifier().source).toBe("cache");
  });

  it("reads the dictionaries and the accents back from their cached lists", () => {
    const words = dictionaryWords();
    expect(words.has("recommande")).toBe(true);
    expect(words.has("bicycle")).toBe(true);
    expect(words.has("cherhce")).toBe(false);
    expect(accentedFrench("velo")).toBe("vélo");
    expect(accentedFrench("chene")).toBe("chêne");
    expect(accentedFrench("table")).toBeUndefined();
    expect(readdirSync(dir).some((file) => file.startsWith("dictionary-"))).toBe(true);
  });
});
