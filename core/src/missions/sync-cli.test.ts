/**
 * `npm run relais -- missions sync` as a user runs it: its own process on the embedded
 * database, boards replayed on loopback, a progress bar and one summary line per board, exit 0
 * even when a board fails; a wrong option or a bad configuration stops with one line.
 */
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { boardsEnv, type FakeJobBoards, startFakeJobBoards } from "../../test/fake-job-boards.ts";
import { loadConfig } from "../config/index.ts";
import { openDatabase } from "../db/database.ts";

const run = promisify(execFile);
const CLI = join(import.meta.dirname, "../cli/relais.ts");
let boards: FakeJobBoards;
let dataDir: string;

beforeAll(async () => {
  boards = await startFakeJobBoards();
  dataDir = copyTemplateDataDir();
});
afterAll(async () => {
  await boards?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

function relais(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [CLI, ...args], {
    env: {
      PATH: process.env.PATH ?? "",
      ...boardsEnv(boards.url),
      RELAIS_DATA_DIR: dataDir,
      LOG_LEVEL: "silent",
      MISSIONS_HTTP_RETRIES: "0",
      ...env,
    },
    timeout: 110_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe("relais missions sync", () => {
  it("syncs every configured board, prints a summary line per board, and exits 0 though one board fails", async () => {
    boards.fail("/api/remote-jobs", {}, "500", 5);
    const result = await relais(["missions", "sync"], { MISSIONS_SOURCES: "remotive,remoteok,himalayas,arbeitnow" });
    expect(result.code).toBe(0);
    // Every request failed: the board's line says it failed and why.
    expect(result.stdout).toMatch(
      /^remotive: fetched 0, new 0, updated 0, duplicates 0, errors 1 \(failed: http_status: HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/api\/remote-jobs\)$/m,
    );
    expect(result.stdout).toMatch(/^remoteok: fetched 4, new 4, updated 0, duplicates 0, errors 0$/m);
    // Himalayas lists Quillfeather's and Cobalt Grid's offers that Remote OK brought first.
    expect(result.stdout).toMatch(/^himalayas: fetched 22, new \d+, updated 0, duplicates [1-9]\d*, errors 0$/m);
    expect(result.stdout).toMatch(/^arbeitnow: fetched 4, new \d+, updated 0, duplicates \d+, errors 0$/m);
    // Not a terminal (a pipe here, a file or a CI log for a user): no progress bar, only the summary lines.
    expect(result.stderr).not.toMatch(/pages \|/);
    expect(result.stdout.split("\n").filter((line) => / pages \|/.test(line))).toEqual([]);
  });

  it("offline, fails a board whose host does not resolve after one request, and says why in its line and its run", async () => {
    const offline = "http://relais-no-such-host.invalid";
    const result = await relais(["missions", "sync", "--source", "himalayas"], { HIMALAYAS_API_URL: offline, MISSIONS_HTTP_RETRIES: "3" });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n").at(-1)).toBe(
      "himalayas: fetched 0, new 0, updated 0, duplicates 0, errors 1 (failed: network: cannot resolve relais-no-such-host.invalid)",
    );
    // One request, not retried, and none of its other 24 pages tried.
    const db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
    try {
      const run = await db.prisma.missionSyncRun.findFirstOrThrow({ where: { source: "himalayas" }, orderBy: { startedAt: "desc" } });
      expect([run.status, run.requests, run.errors, run.fetched, run.message]).toEqual([
        "failed",
        1,
        1,
        0,
        "network: cannot resolve relais-no-such-host.invalid",
      ]);
    } finally {
      await db.close();
    }
  });

  it("runs one board with --source and --since, and refuses a wrong option or configuration in one line", async () => {
    const one = await relais(["missions", "sync", "--source", "remoteok", "--since", "2026-11-01"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^remoteok: fetched 4, new 0, updated 0, duplicates 0, errors 0$/m);
    expect(one.stdout).not.toMatch(/^remotive:/m);
    const wrong = await relais(["missions", "sync", "--source", "monster"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe(
      'relais: --source must be one of francetravail, adzuna, remotive, remoteok, arbeitnow, himalayas, freework, not "monster"',
    );
    const bad = await relais(["missions", "sync"], { ADZUNA_APP_KEY: "", MISSIONS_HTTP_TIMEOUT_MS: "fast" });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/MISSIONS_HTTP_TIMEOUT_MS="fast"/);
  });
});
