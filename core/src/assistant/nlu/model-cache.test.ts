/**
 * Issue 11, acceptance 3: a fresh process loads the trained model instead of training it. The
 * model read back answers exactly as the one trained in memory; a damaged file is trained again
 * and replaced, never trusted.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntentClassifier, modelCacheName } from "./classifier.ts";
import { loadEvalSet } from "./evaluate.ts";
import { tokenize } from "./text.ts";

const run = promisify(execFile);
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

  // (in a fresh process: the lists are loaded once per process, and the test runner shares its processes between files)
  it("reads the dictionaries and the accents back from their cached lists", async () => {
    const code = [
      `const { accentedFrench, dictionaryWords } = await import(${JSON.stringify(new URL("./dictionary.ts", import.meta.url).href)});`,
      "const words = dictionaryWords();",
      `console.log(JSON.stringify([words.has("recommande"), words.has("bicycle"), words.has("cherhce"), accentedFrench("velo"), accentedFrench("chene"), accentedFrench("table") ?? null]));`,
    ].join("\n");
    const fresh = async () => {
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", code], {
        env: { PATH: process.env.PATH ?? "", RELAIS_CACHE_DIR: dir },
      });
      return JSON.parse(stdout);
    };
    const expected = [true, true, false, "vélo", "chêne", null];
    expect(await fresh()).toEqual(expected);
    const lists = readdirSync(dir).filter((file) => file.startsWith("dictionary-") || file.startsWith("accents-"));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    const written = Object.fromEntries(lists.map((file) => [file, statSync(join(dir, file)).mtimeMs]));
    // the second process reads the lists back: it writes nothing and answers alike
    expect(await fresh()).toEqual(expected);
    expect(Object.fromEntries(lists.map((file) => [file, statSync(join(dir, file)).mtimeMs]))).toEqual(written);
  });
});
