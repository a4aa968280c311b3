/**
 * The Teams app package (`npm run relais -- teams package`): the zip an admin uploads in Teams
 * (Apps → Manage your apps → Upload an app), made of bots/teams/manifest/ — the manifest with
 * this deployment's Azure Bot app id and public host filled in, its French localization, and
 * the two icons (192 × 192 colour, 32 × 32 white outline). fflate writes the zip.
 *
 * @see https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { z } from "zod";

export const MANIFEST_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "manifest");
const FILES = ["manifest.json", "fr.json", "color.png", "outline.png"] as const;

const PackageInput = z.object({
  appId: z.uuid("TEAMS_APP_ID must be the Azure Bot's Microsoft App ID (a GUID)"),
  publicUrl: z.url({ protocol: /^https$/, error: "PUBLIC_URL must be the https:// address Teams reaches Relais at" }),
});

export class AppPackageError extends Error {}

/** The package's files, the manifest's placeholders replaced. */
export function appPackageFiles(input: { appId: string; publicUrl: string }): Record<string, Uint8Array> {
  const parsed = PackageInput.safeParse(input);
  if (!parsed.success) throw new AppPackageError(parsed.error.issues.map((issue) => issue.message).join("; "));
  const publicUrl = parsed.data.publicUrl.replace(/\/+$/, "");
  const fill = (text: string) =>
    text
      .replaceAll("{{TEAMS_APP_ID}}", parsed.data.appId)
      .replaceAll("{{PUBLIC_URL}}", publicUrl)
      .replaceAll("{{PUBLIC_HOST}}", new URL(publicUrl).host);
  const files: Record<string, Uint8Array> = {};
  for (const name of FILES) {
    const bytes = readFileSync(join(MANIFEST_DIR, name));
    files[name] = name.endsWith(".json") ? new TextEncoder().encode(fill(bytes.toString("utf8"))) : new Uint8Array(bytes);
  }
  // A placeholder left over would be uploaded as is and refused by Teams: say so here instead.
  for (const [name, bytes] of Object.entries(files))
    if (name.endsWith(".json") && new TextDecoder().decode(bytes).includes("{{"))
      throw new AppPackageError(`${name}: a placeholder is left`);
  return files;
}

/** Writes the zip to `outFile`; returns its size in bytes. */
export function writeAppPackage(input: { appId: string; publicUrl: string; outFile: string }): number {
  const zip = zipSync(appPackageFiles(input), { level: 9 });
  writeFileSync(input.outFile, zip);
  return zip.byteLength;
}
