/**
 * Issue 11, acceptance 3: the model is built at install. The root package's `postinstall` (run by
 * npm install, npm ci and npm ci --omit=dev) builds the intent model and the dictionaries into the
 * cache; a fresh process then loads them instead of training. A cache folder that cannot be written
 * fails no install: the model is then built in memory at start, as before.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const run = promisify(execFile);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-install-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The root package's postinstall, run as npm runs it (from the root), with its own cache folder. */
async function installStep(cacheDir: string): Promise<string> {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  expect(scripts.postinstall).toBe("node scripts/build-assistant-model.mjs");
  const { stdout } = await run(process.execPath, ["scripts/build-assistant-model.mjs"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", RELAIS_CACHE_DIR: cacheDir },
  });
  return stdout;
}

/** What a new process (a start, a test run) gets when it asks for the model and the dictionaries. */
async function freshProcess(cacheDir: string): Promise<{ source: string; intent: string; accented: string }> {
  const nlu = (file: string) => JSON.stringify(new URL(`./${file}`, import.meta.url).href);
  const code = [
    `const { intentClassifier } = await import(${nlu("classifier.ts")});`,
    `const { accentedFrench } = await import(${nlu("dictionary.ts")});`,
    `const { tokenize } = await import(${nlu("text.ts")});`,
    "const model = intentClassifier();",
    `const intent = model.classify(tokenize("je vends mon vélo 50 € à Lyon"))[0]?.intent;`,
    `console.log(JSON.stringify({ source: model.source, intent, accented: accentedFrench("velo") }));`,
  ].join("\n");
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", code], {
    env: { PATH: process.env.PATH ?? "", RELAIS_CACHE_DIR: cacheDir },
  });
  return JSON.parse(stdout);
}

const files = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((file) => [file, statSync(join(folder, file)).mtimeMs]),
  );

describe("the assistant's model built at install", () => {
  it("is built by the postinstall into the cache, and a fresh process loads it instead of training it", async () => {
    const cache = join(dir, "cache");
    expect(await installStep(cache)).toMatch(/model and dictionaries built into/);
    const built = files(cache);
    expect(Object.keys(built).map((file) => file.split("-")[0])).toEqual(["accents", "dictionary", "intent"]);

    expect(await freshProcess(cache)).toEqual({ source: "cache", intent: "create_listing", accented: "vélo" });
    // nothing was built again: every file is the one the install step wrote
    expect(files(cache)).toEqual(built);
    // and a second install finds it built
    expect(await installStep(cache)).toMatch(/already built/);
    expect(files(cache)).toEqual(built);
  });

  it("removes the files an earlier version left in the cache, and keeps the current ones", async () => {
    const cache = join(dir, "cache");
    const built = files(cache);
    writeFileSync(join(cache, "intent-model-0123456789abcdef.bin"), "an older model");
    writeFileSync(join(cache, "dictionary-0123456789abcdef.bin"), "an older list");
    writeFileSync(join(cache, "notes.txt"), "not the cache's");
    expect(await installStep(cache)).toMatch(/2 cached file\(s\) of earlier versions removed/);
    expect(files(cache)).toEqual({ ...built, "notes.txt": files(cache)["notes.txt"] });
    expect(await freshProcess(cache)).toMatchObject({ source: "cache" });
  });

  it("does not fail the install when the cache folder cannot be written: it says the model will be trained at start", async () => {
    const notAFolder = join(dir, "a-file");
    writeFileSync(notAFolder, "");
    const output = await installStep(join(notAFolder, "cache"));
    expect(output).toMatch(/could not be cached .* trained at start/);
    expect(readdirSync(dir).sort()).toEqual(["a-file", "cache"]);
  });
});
