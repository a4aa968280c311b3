/**
 * One sync of a board at a time across processes: a run another process has going (its row
 * `running`, beating) makes this sync skip the board without a request; a run left behind by a
 * dead process (silent past the heartbeat window) is closed as interrupted and the board is
 * synced. The database itself refuses a second running run of a board.
 */
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { boardsEnv, type FakeJobBoards, startFakeJobBoards } from "../../test/fake-job-boards.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { EventBus } from "../events/bus.ts";
import { syncMissions } from "./sync.ts";

const dataDir = copyTemplateDataDir();
let boards: FakeJobBoards;
let db: Database;

beforeAll(async () => {
  boards = await startFakeJobBoards();
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
});
afterAll(async () => {
  await db?.close();
  await boards?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

it("skips a board another process is syncing, and takes over a run whose process died", async () => {
  const config = loadConfig({
    ...boardsEnv(boards.url),
    RELAIS_DATA_DIR: dataDir,
    MISSIONS_SOURCES: "remoteok",
    MISSIONS_HTTP_RETRIES: "0",
  });
  const ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
  const startedAt = new Date(Date.now() - 60_000);
  const other = await db.prisma.missionSyncRun.create({ data: { source: "remoteok", trigger: "cli", startedAt, heartbeatAt: new Date() } });

  const [busy] = await syncMissions(ctx, config.missions, { sources: ["remoteok"], trigger: "admin" });
  expect(busy).toMatchObject({ source: "remoteok", status: "skipped", runId: null, fetched: 0 });
  expect(busy?.message).toBe(`already running elsewhere (cli, since ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC)`);
  expect(boards.requests).toHaveLength(0);
  expect(await db.prisma.missionSyncRun.count({ where: { source: "remoteok" } })).toBe(1);
  // A second running run of the board is refused by the database, whoever writes it.
  const twin = await db.prisma.missionSyncRun
    .create({ data: { source: "remoteok", trigger: "schedule" } })
    .catch((error: unknown) => error);
  expect(isUniqueViolation(twin)).toBe(true);

  // Its process died: no beat for three minutes. The next sync closes it and reads the board.
  await db.prisma.missionSyncRun.update({ where: { id: other.id }, data: { heartbeatAt: new Date(Date.now() - 180_000) } });
  const [synced] = await syncMissions(ctx, config.missions, { sources: ["remoteok"], trigger: "admin" });
  expect(synced).toMatchObject({ source: "remoteok", status: "ok", fetched: 4, created: 4 });
  expect(boards.requests.length).toBeGreaterThan(0);
  const runs = await db.prisma.missionSyncRun.findMany({ where: { source: "remoteok" }, orderBy: { startedAt: "asc" } });
  expect(runs.map((r) => [r.trigger, r.status, r.message])).toEqual([
    ["cli", "failed", "interrupted: the process running it stopped"],
    ["admin", "ok", null],
  ]);
  expect(await db.prisma.mission.count({ where: { sources: { some: { source: "remoteok" } } } })).toBe(4);
});

it("stops a board that refuses connections after its first page: its retries, then no other page, and the run failed", async () => {
  // A port nothing listens on: taken, then released.
  const closed = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => closed.once("listening", resolve));
  const { port } = closed.address() as { port: number };
  await new Promise((resolve) => closed.close(resolve));
  const config = loadConfig({
    ...boardsEnv(boards.url),
    RELAIS_DATA_DIR: dataDir,
    MISSIONS_SOURCES: "himalayas,remoteok",
    HIMALAYAS_API_URL: `http://127.0.0.1:${port}`,
    MISSIONS_HTTP_RETRIES: "2",
  });
  const ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
  const pages: number[] = [];
  const [down, up] = await syncMissions(ctx, config.missions, {
    sources: ["himalayas", "remoteok"],
    trigger: "admin",
    http: { minBackoffMs: 1 },
    onProgress: (summary) => summary.source === "himalayas" && pages.push(summary.fetched),
  });
  // One page (the first and the closing progress), its request tried 1 + 2 retries; not 25 pages.
  expect(pages).toEqual([0, 0]);
  expect(down).toMatchObject({ source: "himalayas", status: "failed", requests: 3, errors: 1, fetched: 0 });
  expect(down?.message).toBe(`network: 127.0.0.1:${port} refused the connection`);
  const run = await db.prisma.missionSyncRun.findUniqueOrThrow({ where: { id: down?.runId ?? "" } });
  expect([run.status, run.requests, run.message]).toEqual(["failed", 3, `network: 127.0.0.1:${port} refused the connection`]);
  // The other board is synced as usual.
  expect(up).toMatchObject({ source: "remoteok", status: "ok", errors: 0 });
});
