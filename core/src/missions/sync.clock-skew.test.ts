/**
 * Whether a board's run is alive is judged on the database's clock, not the host's: `missions
 * sync` from a host whose clock runs 10 minutes ahead leaves a live run (beating now, by the
 * database) alone instead of taking it for dead and syncing beside it; from a host 10 minutes
 * behind it still takes over a run silent for 3 minutes; and the runs it writes beat on the
 * database's clock. The CLI runs as a user runs it, against the embedded database served over
 * TCP (`db serve`, the way two hosts share one), its clock shifted by core/test/skewed-clock.ts.
 */
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { boardsEnv, type FakeJobBoards, startFakeJobBoards } from "../../test/fake-job-boards.ts";
import { type ServedDatabase, serveDatabase } from "../db/serve.ts";

const CLI = join(import.meta.dirname, "../cli/relais.ts");
const SKEWED_CLOCK = join(import.meta.dirname, "../../test/skewed-clock.ts");
const TEN_MINUTES = 10 * 60_000;
let boards: FakeJobBoards;
let dataDir: string;
let served: ServedDatabase;
let sql: pg.Client;

beforeAll(async () => {
  boards = await startFakeJobBoards();
  dataDir = copyTemplateDataDir();
  served = await serveDatabase({ dataDir, port: 0 });
  sql = new pg.Client({ connectionString: served.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await served?.close();
  await boards?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

/** `relais missions sync --source remoteok` on a host whose clock is off by `skewMs`. */
async function syncOnSkewedHost(skewMs: number): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", SKEWED_CLOCK, CLI, "missions", "sync", "--source", "remoteok"],
    {
      env: {
        PATH: process.env.PATH ?? "",
        ...boardsEnv(boards.url),
        DATABASE_URL: served.url,
        CLOCK_SKEW_MS: String(skewMs),
        LOG_LEVEL: "silent",
        MISSIONS_SOURCES: "remoteok",
        MISSIONS_HTTP_RETRIES: "0",
      },
      timeout: 110_000,
    },
  );
  return stdout;
}

/** A run of remoteok by another host whose last beat was `secondsAgo` ago by the database's clock. */
async function otherHostsRun(secondsAgo: number): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO "MissionSyncRun" (id, source, trigger, status, "startedAt", "heartbeatAt")
     VALUES ($1, 'remoteok', 'schedule', 'running', now() AT TIME ZONE 'UTC' - interval '5 minutes',
             now() AT TIME ZONE 'UTC' - make_interval(secs => $2))
     RETURNING id`,
    [`other-host-${secondsAgo}`, secondsAgo],
  );
  return rows[0]?.id ?? "";
}

type RunRow = { id: string; trigger: string; status: string; message: string | null; drift_seconds: number };

async function runs(): Promise<RunRow[]> {
  const { rows } = await sql.query<RunRow>(
    `SELECT id, trigger, status, message,
            abs(extract(epoch FROM "heartbeatAt" - now() AT TIME ZONE 'UTC'))::float8 AS drift_seconds
     FROM "MissionSyncRun" WHERE source = 'remoteok' ORDER BY status`,
  );
  return rows;
}

describe("a board's run is judged alive on the database's clock", () => {
  it("a host 10 minutes ahead skips a board another host's live run holds, reading nothing", async () => {
    const live = await otherHostsRun(5);
    const stdout = await syncOnSkewedHost(TEN_MINUTES);
    expect(stdout).toMatch(/^remoteok: skipped \(already running elsewhere \(schedule, since .+ UTC\)\)$/m);
    expect(boards.requests).toHaveLength(0);
    expect((await runs()).map((run) => [run.id, run.status])).toEqual([[live, "running"]]);
    await sql.query(`UPDATE "MissionSyncRun" SET status = 'ok', "finishedAt" = now() AT TIME ZONE 'UTC' WHERE id = $1`, [live]);
  });

  it("a host 10 minutes behind takes over a run silent for 3 minutes, and its own run beats on the database's clock", async () => {
    const dead = await otherHostsRun(180);
    const stdout = await syncOnSkewedHost(-TEN_MINUTES);
    expect(stdout).toMatch(/^remoteok: fetched 4, new 4, updated 0, duplicates 0, errors 0$/m);
    const rows = (await runs()).filter((run) => run.id !== "other-host-5");
    expect(rows.map((run) => [run.id === dead ? "dead" : run.trigger, run.status, run.message])).toEqual([
      ["dead", "failed", "interrupted: the process running it stopped"],
      ["cli", "ok", null],
    ]);
    // Its last beat is the database's now, give or take the run's few seconds, not 10 minutes off.
    expect(rows[1]?.drift_seconds).toBeLessThan(60);
  });
});
