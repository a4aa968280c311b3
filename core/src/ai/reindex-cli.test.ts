/**
 * `npm run relais -- reindex` as a user runs it: in a pipe, a file or a CI log it prints a plain
 * line per batch (no progress bar, whose redraws would fill the log), on a terminal it draws the
 * bar (as `missions sync` does); either way every row is re-embedded with the configured model.
 */
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { loadConfig } from "../config/index.ts";
import { openDatabase } from "../db/database.ts";

const run = promisify(execFile);
const CLI = join(import.meta.dirname, "../cli/relais.ts");
let dataDir: string;
let env: Record<string, string>;
let counts: { Listing: number };

beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  env = { PATH: process.env.PATH ?? "", RELAIS_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
  await run(process.execPath, [CLI, "seed"], { env });
  const db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  try {
    // Vectors of another model: what `reindex` is for, after switching embedders.
    await db.prisma.$executeRawUnsafe(`UPDATE "Listing" SET "embeddingModel" = 'old-model'`);
    counts = { Listing: await db.prisma.listing.count() };
  } finally {
    await db.close();
  }
});
afterAll(() => {
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

describe("relais reindex", () => {
  it("not on a terminal, prints a plain line per batch and no progress bar, and re-embeds the rows of another model", async () => {
    expect(counts.Listing).toBeGreaterThan(0);
    const { stdout, stderr } = await run(process.execPath, [CLI, "reindex"], { env });
    // No bar, no cursor or redraw escapes, on either stream.
    expect(stderr).toBe("");
    expect(stdout).not.toMatch(/\[[█░]/);
    expect(stdout).not.toContain("\u001b");
    const model = /^Embedder: (.+)$/m.exec(stdout)?.[1] ?? "";
    expect(model).not.toBe("");
    // Only the listings' vectors were of another model.
    const progress = stdout.split("\n").filter((line) => / re-embedded$/.test(line));
    expect(progress.at(-1)).toBe(`Listing: ${counts.Listing}/${counts.Listing} re-embedded`);
    expect(progress.every((line) => line.startsWith("Listing: "))).toBe(true);
    expect(stdout.trim().split("\n").at(-1)).toBe(`Re-embedded ${counts.Listing} listings, 0 missions, 0 profiles with ${model}.`);
    const db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
    try {
      expect(await db.prisma.listing.count({ where: { embeddingModel: model } })).toBe(counts.Listing);
    } finally {
      await db.close();
    }
  });

  it("on a terminal, draws the progress bar instead of the plain lines", async () => {
    // util-linux `script` runs the command on a pseudo-terminal and copies what it drew.
    const command = [process.execPath, CLI, "reindex", "--all"].map((part) => `'${part}'`).join(" ");
    const { stdout } = await run("script", ["-qec", command, "/dev/null"], { env });
    expect(stdout).toMatch(/Listing\s+\[[█░]+\] \d+\/\d+/);
    expect(stdout).not.toMatch(/^Listing: \d+\/\d+ re-embedded/m);
    expect(stdout).toMatch(/Re-embedded \d+ listings/);
  });
});
