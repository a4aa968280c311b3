/**
 * `npm run relais -- teams package`: the real command writes a zip Teams accepts — the
 * manifest (current schema, the app id as app and bot, personal/team/groupChat scopes, its
 * command list in English with the French localization, the public host as valid domain) and
 * the two icons at the sizes Teams asks for. And what it refuses.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { AppPackageError, appPackageFiles } from "../src/app-package.ts";

const run = promisify(execFile);
const APP_ID = "5d7c2a2e-1c54-4d7a-9a47-0c1d9b8f3e21";
const dir = mkdtempSync(join(tmpdir(), "relais-teams-package-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const relais = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ["core/src/cli/relais.ts", ...args], {
    cwd: join(import.meta.dirname, "../../.."),
    env: { PATH: process.env.PATH ?? "", RELAIS_DATA_DIR: join(dir, "data"), ...env },
  });

describe("the Teams app package", () => {
  it("is written by the command: manifest, French localization and icons", async () => {
    const out = join(dir, "relais-teams.zip");
    const { stdout } = await relais(["teams", "package", "--out", out], {
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: "pw",
      TEAMS_TENANT_ID: "72f988bf-86f1-41af-91ab-2d7cd011db47",
      PUBLIC_URL: "https://relais.example.org",
    });
    expect(stdout).toContain(out);
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files).sort()).toEqual(["color.png", "fr.json", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    expect(manifest.$schema).toContain("/v1.22/");
    expect(manifest.manifestVersion).toBe("1.22");
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(["personal", "team", "groupChat"]);
    expect(manifest.validDomains).toEqual(["relais.example.org"]);
    expect(manifest.developer.websiteUrl).toBe("https://relais.example.org/");
    const commands = manifest.bots[0].commandLists[0].commands as { title: string }[];
    expect(commands.map((c) => c.title)).toContain("help");
    const french = JSON.parse(new TextDecoder().decode(files["fr.json"]));
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: "fr", file: "fr.json" }]);
    // Every English command has its French title and description.
    commands.forEach((_command, i) => {
      expect(french[`bots[0].commandLists[0].commands[${i}].title`]).toBeTruthy();
      expect(french[`bots[0].commandLists[0].commands[${i}].description`]).toBeTruthy();
    });
    const color = await sharp(files["color.png"]).metadata();
    const outline = await sharp(files["outline.png"]).metadata();
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height, outline.hasAlpha]).toEqual([32, 32, true]);
  });

  it("is refused without TEAMS_APP_ID, with one line", async () => {
    const failed = await relais(["teams", "package", "--out", join(dir, "none.zip")], {}).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect("code" in failed && failed.code).toBe(2);
    expect("stderr" in failed && failed.stderr).toMatch(/^relais: TEAMS_APP_ID is not set/);
  });

  it("refuses an app id that is not a GUID and a public address that is not https", () => {
    expect(() => appPackageFiles({ appId: "relais", publicUrl: "https://relais.example.org" })).toThrow(AppPackageError);
    expect(() => appPackageFiles({ appId: APP_ID, publicUrl: "http://localhost:3000" })).toThrow(/https/);
  });
});
