/**
 * A job-board sync on the job queue survives its process: a worker process is killed with SIGKILL
 * while the board's second page is in flight (the first page already written); the next process
 * on the same data folder retries the job, closes the interrupted run as failed and syncs the
 * board to the end — every offer stored once, the job completed after one retry.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it, vi } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { boardsEnv, startFakeJobBoards } from "../../test/fake-job-boards.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig } from "../config/index.ts";
import { openDatabase } from "../db/database.ts";
import { EventBus } from "../events/bus.ts";
import { JobQueue } from "../queue/job-queue.ts";
import { defineMissionJobs, requestMissionSync, syncPlan } from "./schedule.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const workerScript = join(root, "core/test/missions-worker-process.ts");
const dataDir = copyTemplateDataDir();
afterAll(() => rmSync(dirname(dataDir), { recursive: true, force: true }));

it("cadence and budget per board: staggered crons, the connector's pages, a time budget; the cadence configurable", () => {
  expect(syncPlan("remotive")).toEqual({ cron: "14 */6 * * *", everyMinutes: 360, maxPages: 1, maxRunSeconds: 300 });
  expect(syncPlan("freework")).toMatchObject({ cron: "42 * * * *", everyMinutes: 60, maxPages: 20 });
  expect(syncPlan("francetravail")).toMatchObject({ cron: "0 * * * *", maxPages: 150, maxRunSeconds: 1800 });
  // MISSIONS_SYNC_EVERY_MINUTES changes a board's cadence, not its budget.
  expect(syncPlan("freework", { everyMinutes: { freework: 30 } })).toMatchObject({ cron: "*/30 * * * *", everyMinutes: 30, maxPages: 20 });
  expect(syncPlan("adzuna", { everyMinutes: { freework: 30, adzuna: 180 } })).toMatchObject({ cron: "7 */3 * * *", everyMinutes: 180 });
});

it("a sync killed mid-run is retried by the next process and finishes, each offer stored once", async () => {
  const boards = await startFakeJobBoards();
  const config = loadConfig({ ...boardsEnv(boards.url), RELAIS_DATA_DIR: dataDir, MISSIONS_SOURCES: "arbeitnow" });
  const start = (): ChildProcess =>
    spawn(process.execPath, [workerScript], {
      cwd: root,
      env: { ...process.env, RELAIS_DATA_DIR: dataDir, BOARDS_URL: boards.url, SOURCE: "arbeitnow" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  let worker: ChildProcess | undefined;
  try {
    // The admin's trigger, sent while no worker runs: one job on the queue.
    let db = await openDatabase(config.database, { migrate: false });
    const ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
    const queue = JobQueue.open(config.database, db.pglite, { onError: (error) => expect.fail(String(error)) });
    defineMissionJobs(queue, ctx, config.missions, { work: false, onError: (error) => expect.fail(String(error)) });
    await queue.start();
    expect(await requestMissionSync(queue, ["arbeitnow"], "admin")).toEqual({ queued: ["arbeitnow"], alreadyQueued: [] });
    await queue.stop();
    await db.close();

    // Page 2 never answers: the process is killed while waiting for it, page 1 already written.
    boards.fail("/api/job-board-api", { page: "2" }, "timeout", 1);
    worker = start();
    await vi.waitFor(() => expect(boards.requests.some((r) => r.query.get("page") === "2")).toBe(true), { timeout: 120_000, interval: 50 });
    worker.kill("SIGKILL");
    const [, signal] = await once(worker, "exit");
    expect(signal).toBe("SIGKILL");

    worker = start();
    const [code] = await once(worker, "exit");
    expect(code).toBe(0);

    db = await openDatabase(config.database, { migrate: false });
    try {
      const runs = await db.prisma.missionSyncRun.findMany({ where: { source: "arbeitnow" }, orderBy: { startedAt: "asc" } });
      expect(runs.map((run) => [run.trigger, run.status])).toEqual([
        ["admin", "failed"],
        ["admin", "ok"],
      ]);
      const [interrupted, finished] = runs;
      expect(interrupted?.message).toMatch(/^interrupted/);
      expect(interrupted?.created).toBeGreaterThan(0);
      expect(finished).toMatchObject({ fetched: 4, errors: 0 });
      // The offers page 1 brought were already stored: the retry only adds the others.
      const stored = await db.prisma.missionSource.count({ where: { source: "arbeitnow" } });
      expect((interrupted?.created ?? 0) + (finished?.created ?? 0) + (finished?.duplicates ?? 0)).toBe(stored);
      expect(finished?.created).toBeLessThan(stored);
      const jobs = await db.prisma.$queryRawUnsafe<{ state: string; retry_count: number; key: string }[]>(
        `SELECT state::text AS state, retry_count, singleton_key AS key FROM pgboss.job WHERE name = 'missions.sync'`,
      );
      expect(jobs).toEqual([{ state: "completed", retry_count: 1, key: "arbeitnow" }]);
    } finally {
      await db.close();
    }
  } finally {
    if (worker && worker.exitCode === null && worker.signalCode === null) worker.kill("SIGKILL");
    await boards.close();
  }
}, 300_000); // two worker processes each open the embedded database: slow on a loaded machine
