/**
 * What a new user and an operator see: `npm start`'s entry point on an empty data folder,
 * restarts, a second process on the same folder, and every kind of bad configuration.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type AddressInfo, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@relais/core/config/index";
import { openDatabase } from "@relais/core/db/database";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../core/test/database.ts";
import { freePort } from "../../core/test/ports.ts";
import { startRelais as launchRelais, type RelaisProcess, stopRelais, waitForHealthy, waitForOutput } from "../test/relais-process.ts";

// A test that fails half-way must not leave a Relais running on a shared machine, nor its folders.
const launched: RelaisProcess[] = [];
const folders: string[] = [];
const startRelais = (env: Record<string, string>, port: number) => {
  const relais = launchRelais(env, port);
  launched.push(relais);
  return relais;
};
afterEach(() => {
  for (const relais of launched.splice(0))
    if (relais.child.exitCode === null && relais.child.signalCode === null) relais.child.kill("SIGKILL");
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function freshDataDir() {
  const folder = mkdtempSync(join(tmpdir(), "relais-start-"));
  folders.push(folder);
  return join(folder, "data");
}

async function countsIn(dataDir: string) {
  const db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  try {
    const [users, listings, missions, fr, en] = await Promise.all([
      db.prisma.user.count(),
      db.prisma.listing.count(),
      db.prisma.mission.count(),
      db.prisma.listing.count({ where: { locale: "fr" } }),
      db.prisma.listing.count({ where: { locale: "en" } }),
    ]);
    const withoutEmbedding = await db.prisma.$queryRaw<{ n: number }[]>`select count(*)::int as n from "Listing" where embedding is null`;
    return { users, listings, missions, fr, en, withoutEmbedding: withoutEmbedding[0]?.n };
  } finally {
    await db.close();
  }
}

/** A refusal a person can read: non-zero exit, one line on stderr, no stack trace. */
async function expectOneLineRefusal(env: Record<string, string>, pattern: RegExp) {
  const relais = startRelais(env, await freePort());
  const code = await relais.exited;
  expect(code).toBe(1);
  const lines = relais.stderr().trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^relais: /);
  expect(lines[0]).toMatch(pattern);
  expect(relais.output()).not.toMatch(/\n\s+at /);
}

describe("starting Relais on the embedded defaults", () => {
  it("is healthy on an empty folder with the demo community, stops cleanly, restarts without re-seeding, and refuses a second process", async () => {
    const dataDir = freshDataDir();
    const first = startRelais({ RELAIS_DATA_DIR: dataDir }, await freePort());
    const { body } = await waitForHealthy(first);
    expect(body).toEqual({ status: "ok", db: { driver: "pglite", vector: expect.stringMatching(/^0\.\d+\.\d+$/) } });
    // Logged before the ready line, so it is already in the output.
    expect(first.output()).toContain("demo community loaded");
    const ready = await fetch(`http://127.0.0.1:${first.port}/readyz`);
    expect(ready.status).toBe(200);

    // A second process on the same folder refuses clearly, and the first keeps serving.
    const second = startRelais({ RELAIS_DATA_DIR: dataDir }, await freePort());
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain(`already in use by another Relais process (pid ${first.child.pid})`);
    expect((await fetch(`http://127.0.0.1:${first.port}/healthz`)).status).toBe(200);

    expect(await stopRelais(first, "SIGTERM")).toBe(0);
    expect(first.output()).toContain("stopped cleanly");
    expect(existsSync(join(dataDir, "relais.lock"))).toBe(false);

    const seeded = await countsIn(dataDir);
    expect(seeded.users).toBeGreaterThanOrEqual(30);
    expect(seeded.listings).toBeGreaterThanOrEqual(150);
    expect(seeded.missions).toBeGreaterThanOrEqual(40);
    expect(seeded.fr).toBeGreaterThan(50);
    expect(seeded.en).toBeGreaterThan(20);
    expect(seeded.withoutEmbedding).toBe(0);

    const restarted = startRelais({ RELAIS_DATA_DIR: dataDir }, await freePort());
    await waitForHealthy(restarted);
    expect(restarted.output()).not.toContain("demo community loaded");
    // (nothing to migrate: the restart skips the migration CLI and its seconds)
    expect(restarted.output()).not.toContain("applying migrations");
    expect(await stopRelais(restarted, "SIGINT")).toBe(0);
    expect(await countsIn(dataDir)).toEqual(seeded);
  }, 400_000);

  it("starts as the image does: plain `node api/src/main.ts` (no TypeScript loader) in production, answering 503 on /readyz while it migrates an empty folder, then 200", async () => {
    const relais = startRelais(
      {
        RELAIS_DATA_DIR: freshDataDir(),
        NODE_ENV: "production",
        JWT_SECRET: "startup-test-production-secret-0123456789-abcdef",
        RELAIS_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
        RELAIS_DEMO_DATA: "false",
      },
      await freePort(),
    );
    // Node runs the TypeScript sources itself: no --import, no loader in the tree to import.
    expect(relais.child.spawnargs).toEqual([process.execPath, "api/src/main.ts"]);
    expect(() => createRequire(import.meta.url).resolve("tsx")).toThrow();
    // It listens before it opens the database: while migrations run (seconds on a fresh folder), not ready.
    await waitForOutput(relais, "starting: applying migrations");
    const starting = await fetch(`http://127.0.0.1:${relais.port}/readyz`);
    expect(starting.status).toBe(503);
    await waitForHealthy(relais);
    const ready = await fetch(`http://127.0.0.1:${relais.port}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
    expect(await stopRelais(relais)).toBe(0);
  }, 200_000);

  it("says where the private metrics port listens when METRICS_PORT=0 took any free port", async () => {
    const relais = startRelais({ RELAIS_DATA_DIR: copyTemplateDataDir(), RELAIS_DEMO_DATA: "false", METRICS_PORT: "0" }, await freePort());
    await waitForOutput(relais, "Prometheus metrics on http://127.0.0.1:");
    const url = /Prometheus metrics on (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(relais.output())?.[1];
    expect(url).toBeDefined();
    expect(url).not.toBe(`http://127.0.0.1:${relais.port}/metrics`);
    const res = await fetch(url!);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^relais_jobs\{queue="matching\.round",state="completed"\} \d+$/m);
    expect(await stopRelais(relais)).toBe(0);
  }, 200_000);
});

describe("refusing to start, with one clear line", () => {
  it("invalid PORT", () => expectOneLineRefusal({ PORT: "abc" }, /PORT="abc": expected a whole number/));

  it("malformed DATABASE_URL", () => expectOneLineRefusal({ DATABASE_URL: "mysql://localhost/relais" }, /DATABASE_URL=.*postgresql:\/\//));

  it("port already in use: names PORT, and does not claim to be ready", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    try {
      const port = (busy.address() as AddressInfo).port;
      await expectOneLineRefusal(
        { RELAIS_DATA_DIR: freshDataDir(), HOST: "127.0.0.1", PORT: String(port) },
        new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use: stop what listens there or set PORT to a free port\\.`),
      );
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
  });

  it("metrics port already in use: names METRICS_PORT, not PORT", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    try {
      const port = (busy.address() as AddressInfo).port;
      await expectOneLineRefusal(
        { RELAIS_DATA_DIR: freshDataDir(), METRICS_PORT: String(port) },
        new RegExp(`METRICS_PORT=${port} on METRICS_HOST=127\\.0\\.0\\.1: the port is already in use`),
      );
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
  });

  it("database unreachable at start", async () => {
    const port = await freePort(); // nothing listens there
    await expectOneLineRefusal(
      { DATABASE_URL: `postgresql://relais:secret@127.0.0.1:${port}/relais`, DATABASE_CONNECT_TIMEOUT_MS: "2000" },
      new RegExp(`Cannot reach the database at 127\\.0\\.0\\.1:${port}/relais \\(DATABASE_URL\\): ECONNREFUSED`),
    );
  });

  it("database that never answers: says it could not be reached within DATABASE_CONNECT_TIMEOUT_MS", async () => {
    // A loopback server that accepts the connection and stays silent, like a firewall dropping packets.
    const held: Socket[] = [];
    const silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      await expectOneLineRefusal(
        { DATABASE_URL: `postgresql://relais:secret@127.0.0.1:${port}/relais`, DATABASE_CONNECT_TIMEOUT_MS: "2000" },
        new RegExp(
          `Cannot reach the database at 127\\.0\\.0\\.1:${port}/relais \\(DATABASE_URL\\): no answer within 2 s \\(DATABASE_CONNECT_TIMEOUT_MS=2000\\)`,
        ),
      );
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("unwritable data folder", async () => {
    const file = join(freshDataDir(), "..", "not-a-folder");
    writeFileSync(file, "");
    await expectOneLineRefusal({ RELAIS_DATA_DIR: join(file, "data") }, /RELAIS_DATA_DIR=.* is not a writable folder \(ENOTDIR\)/);
  });

  it("damaged embedded database", async () => {
    const dataDir = freshDataDir();
    mkdirSync(join(dataDir, "pg"), { recursive: true });
    writeFileSync(join(dataDir, "pg", "PG_VERSION"), "garbage\n");
    await expectOneLineRefusal({ RELAIS_DATA_DIR: dataDir }, /could not be opened|damaged/);
  });
});
