/**
 * Issue 19, acceptance 1 and 3: two Relais instances (real processes, the server `npm start`
 * runs) on one database — the embedded one served by `relais db serve` — and one real Redis
 * (Debian's redis-server). A message posted on A reaches a socket.io client of B; a password
 * guessed alternately on A and B is refused at the same count as on one instance; one
 * matching round at a time and one missions sync run, not two; A killed with SIGKILL in the middle of
 * deliveries, B completes them, none twice. Then Redis goes down: B says so on /readyz,
 * refuses to count sign-ins it cannot count, keeps what happens meanwhile and hands it out
 * when Redis is back.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@relais/core/db/generated/client";
import { rememberIdentityAddress } from "@relais/core/delivery/addresses";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../core/test/database.ts";
import { type FakeChatPlatform, startFakeChatPlatform } from "../../core/test/fake-chat-platform.ts";
import { boardsEnv, type FakeJobBoards, startFakeJobBoards } from "../../core/test/fake-job-boards.ts";
import { freePort } from "../../core/test/ports.ts";
import { startRedisServer, type TestRedis } from "../../core/test/redis-server.ts";
import { STRONG_PASSWORD } from "../test/harness.ts";
import { READY_LINE, REPO_ROOT, type RelaisProcess, startRelais, stopRelais, waitForOutput } from "../test/relais-process.ts";

let redis: TestRedis;
let served: ChildProcess;
let servedDataDir: string;
let databaseUrl: string;
let prisma: PrismaClient;
let platform: FakeChatPlatform;
let boards: FakeJobBoards;
let a: RelaisProcess;
let b: RelaisProcess;
const instanceDirs: string[] = [];
const sockets: Socket[] = [];

const url = (instance: RelaisProcess) => `http://127.0.0.1:${instance.port}`;

async function call(instance: RelaisProcess, method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${url(instance)}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any };
}

async function register(instance: RelaisProcess, name: string) {
  const email = `${name.toLowerCase()}-${Date.now()}@example.org`;
  const res = await call(instance, "POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name, locale: "fr" } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.user.id as string, token: res.body.accessToken as string, email };
}

function connect(instance: RelaisProcess, token: string): Promise<Socket> {
  const socket = io(url(instance), { auth: { token }, transports: ["websocket"], reconnection: false, forceNew: true });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

function startInstance(name: string, port: number, env: Record<string, string>): RelaisProcess {
  const dataDir = mkdtempSync(join(tmpdir(), `relais-instance-${name}-`));
  instanceDirs.push(dataDir);
  return startRelais({ ...env, INSTANCE_NAME: name, RELAIS_DATA_DIR: dataDir }, port, "api/test/instance.ts");
}

/** Polls an instance's /readyz until it answers `status` (bounded). */
async function readiness(instance: RelaisProcess, status: number) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await call(instance, "GET", "/readyz");
    if (res.status === status || Date.now() > deadline) return res;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  redis = await startRedisServer();
  servedDataDir = copyTemplateDataDir();
  served = spawn(process.execPath, ["core/src/cli/relais.ts", "db", "serve", "--port", "0"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", RELAIS_DATA_DIR: servedDataDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let printed = "";
  databaseUrl = await new Promise<string>((resolve, reject) => {
    served.stdout?.on("data", (chunk) => {
      printed += chunk;
      const line = printed.split("\n").find((l) => l.startsWith("DATABASE_URL="));
      if (line) resolve(line.slice("DATABASE_URL=".length));
    });
    served.once("exit", (code) => reject(new Error(`db serve exited (${code})`)));
  });
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  platform = await startFakeChatPlatform();
  boards = await startFakeJobBoards();
  const env = {
    ...boardsEnv(boards.url),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    JWT_SECRET: "multi-instance-test-secret-0123456789-abcdef",
    RELAIS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    RELAIS_DEMO_DATA: "false",
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    MISSIONS_SYNC_SCHEDULE: "true",
    PLATFORM_URL: platform.url,
    INSTANCE_LEASE_MS: "3000",
  };
  const [portA, portB] = [await freePort(), await freePort()];
  a = startInstance("A", portA, { ...env, PORT: String(portA) });
  b = startInstance("B", portB, { ...env, PORT: String(portB) });
  await Promise.all([waitForOutput(a, READY_LINE), waitForOutput(b, READY_LINE)]);
}, 300_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  for (const instance of [a, b]) {
    if (instance && instance.child.exitCode === null && instance.child.signalCode === null) await stopRelais(instance);
  }
  await prisma?.$disconnect();
  if (served && served.exitCode === null) {
    served.kill("SIGTERM");
    await once(served, "exit");
  }
  await platform?.close();
  await boards?.close();
  await redis?.close();
  for (const dir of instanceDirs) rmSync(dir, { recursive: true, force: true });
  if (servedDataDir) rmSync(dirname(servedDataDir), { recursive: true, force: true });
});

describe("two instances, one database, one Redis", () => {
  it("pushes a message posted on A to a socket.io client of B within a second", async () => {
    const alice = await register(a, "Alice");
    const bob = await register(b, "Bob");
    const conversation = await call(a, "POST", "/api/v1/conversations", { token: alice.token, body: { memberIds: [bob.id] } });
    expect(conversation.status).toBe(201);
    const bobOnB = await connect(b, bob.token);
    const pushed = new Promise<{ id: string; body: string; at: number }>((resolve) =>
      bobOnB.on("message", (message: { id: string; body: string }) => resolve({ ...message, at: Date.now() })),
    );
    const sentAt = Date.now();
    const posted = await call(a, "POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
      token: alice.token,
      body: { body: "Bonjour depuis A", clientMessageId: "mi-1" },
    });
    expect(posted.status).toBe(201);
    const received = await pushed;
    expect(received.id).toBe(posted.body.id);
    expect(received.body).toBe("Bonjour depuis A");
    expect(received.at - sentAt).toBeLessThan(1000);
    // The same clientMessageId retried on B gets the same message back, not a second one.
    const retried = await call(b, "POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
      token: alice.token,
      body: { body: "Bonjour depuis A", clientMessageId: "mi-1" },
    });
    expect(retried.status).toBe(200);
    expect(retried.body.id).toBe(posted.body.id);
  });

  it("refuses a password guessed alternately on A and B at the same count as on one instance", async () => {
    const victim = await register(a, "Victim");
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const res = await call(attempt % 2 ? b : a, "POST", "/api/v1/auth/login", {
        body: { email: victim.email, password: `wrong-guess-${attempt}` },
      });
      statuses.push(res.status);
    }
    // 5 failures per IP + email (the default), counted in Redis by both instances.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Even the right password waits now, on either instance.
    expect((await call(b, "POST", "/api/v1/auth/login", { body: { email: victim.email, password: STRONG_PASSWORD } })).status).toBe(429);
  });

  it("runs one matching round and one missions sync, not two", async () => {
    const carol = await register(a, "Carol");
    const dan = await register(b, "Dan");
    const carolOnA = await connect(a, carol.token);
    const proposals: string[] = [];
    carolOnA.on("match", (event: { matchId: string; status: string }) => {
      if (event.status === "proposed") proposals.push(event.matchId);
    });
    const listing = (token: string, instance: RelaisProcess, body: Record<string, unknown>) =>
      call(instance, "POST", "/api/v1/listings", { token, body: { location: { place: "Lyon" }, ...body } });
    // Each posted on a different instance: the rounds they schedule meet on the one that runs matching.
    expect(
      (await listing(carol.token, a, { kind: "offer", title: "Guitare acoustique Yamaha", category: "music-instruments" })).status,
    ).toBe(201);
    expect((await listing(carol.token, a, { kind: "want", title: "Cherche un vélo de route", category: "bikes" })).status).toBe(201);
    expect((await listing(dan.token, b, { kind: "offer", title: "Vélo de route Triban", category: "bikes" })).status).toBe(201);
    expect(
      (await listing(dan.token, b, { kind: "want", title: "Je cherche une guitare acoustique", category: "music-instruments" })).status,
    ).toBe(201);
    // Their swap is proposed once (the synced missions may bring other kinds of proposals).
    const pairs = async () =>
      (await call(b, "GET", "/api/v1/matches", { token: dan.token })).body.items.filter((m: { kind: string }) => m.kind === "pair");
    const deadline = Date.now() + 30_000;
    let swaps = await pairs();
    while (swaps.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      swaps = await pairs();
    }
    expect(swaps).toHaveLength(1);
    await new Promise<void>((resolve) => {
      if (proposals.includes(swaps[0].id)) return resolve();
      carolOnA.on("match", (event: { matchId: string }) => event.matchId === swaps[0].id && resolve());
    });
    expect(proposals.filter((id) => id === swaps[0].id)).toHaveLength(1);
    expect(await pairs()).toHaveLength(1);
    // Both instances work the rounds' queue; pg-boss ran them one after the other, never two at once.
    const rounds = await prisma.$queryRawUnsafe<{ started_on: Date; completed_on: Date }[]>(
      `SELECT started_on, completed_on FROM pgboss.job WHERE name = 'matching.round' AND state = 'completed' ORDER BY started_on`,
    );
    expect(rounds.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < rounds.length; i++)
      expect(rounds[i]!.started_on.getTime()).toBeGreaterThanOrEqual(rounds[i - 1]!.completed_on.getTime());

    // The missions sync at start: both instances queued the boards that were due, pg-boss ran
    // each board's job once (seven boards configured, one run each).
    const syncDeadline = Date.now() + 90_000;
    let runs = await prisma.missionSyncRun.findMany({ where: { trigger: "schedule" } });
    while ((runs.length < 7 || runs.some((run) => run.status === "running")) && Date.now() < syncDeadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      runs = await prisma.missionSyncRun.findMany({ where: { trigger: "schedule" } });
    }
    expect(runs.map((run) => run.source).sort()).toEqual(
      ["adzuna", "arbeitnow", "francetravail", "freework", "himalayas", "remoteok", "remotive"].sort(),
    );
  });

  it("completes A's deliveries on B after A is killed with SIGKILL in the middle, none twice", async () => {
    const erin = await register(b, "Erin");
    const frank = await register(b, "Frank");
    const identity = await prisma.identity.create({ data: { userId: frank.id, provider: "discord", externalId: `frank-${Date.now()}` } });
    await rememberIdentityAddress(prisma, identity.id, { dmChannelId: "D-frank" });
    const conversation = await call(b, "POST", "/api/v1/conversations", { token: erin.token, body: { memberIds: [frank.id] } });

    // B's sends wait until A has sent one; A is killed the moment its send reaches the platform.
    let aKilled: () => void = () => {};
    const killed = new Promise<void>((resolve) => {
      aKilled = resolve;
    });
    const aExited = once(a.child, "exit");
    platform.onArrived = ({ from }) => {
      if (from === "A") {
        a.child.kill("SIGKILL");
        return aExited.then(() => aKilled());
      }
      return killed;
    };
    const COUNT = 20;
    for (let i = 1; i <= COUNT; i++) {
      const sent = await call(b, "POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
        token: erin.token,
        body: { body: `n°${i}`, clientMessageId: `kill-${i}` },
      });
      expect(sent.status).toBe(201);
    }
    await killed;
    expect(a.child.signalCode).toBe("SIGKILL");
    const rows = await prisma.delivery.findMany({ where: { userId: frank.id, channel: "discord" }, orderBy: { seq: "asc" } });
    expect(rows).toHaveLength(COUNT);
    const ids = new Set(rows.map((row) => row.id));
    const keysOf = (messages: { key: string }[]) => messages.map((m) => m.key).filter((key) => ids.has(key));
    // A held some of them when it died: B takes them once their lease has run out.
    await platform.until(() => keysOf(platform.posted).length === COUNT);
    expect(new Set(keysOf(platform.posted))).toEqual(ids);
    expect(keysOf(platform.posted)).toHaveLength(COUNT);
    // The last row is marked sent just after the platform answered it.
    const sentRows = () => prisma.delivery.count({ where: { userId: frank.id, channel: "discord", status: "sent" } });
    const deadline = Date.now() + 30_000;
    while ((await sentRows()) < COUNT && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await prisma.delivery.findMany({ where: { userId: frank.id, channel: "discord" }, orderBy: { seq: "asc" } });
    expect(after.map((row) => row.status)).toEqual(Array(COUNT).fill("sent"));
    for (const row of after) expect(row.externalMessageId).toBe(platform.posted.find((m) => m.key === row.id)?.id);
    // In the order they were written.
    expect(platform.posted.filter((m) => ids.has(m.key)).map((m) => m.key)).toEqual(rows.map((row) => row.id));
    platform.onArrived = undefined;
  });

  it("says on /readyz that Redis is down, refuses what it cannot count, and loses nothing when Redis is back", async () => {
    const grace = await register(b, "Grace");
    const henri = await register(b, "Henri");
    const conversation = await call(b, "POST", "/api/v1/conversations", { token: grace.token, body: { memberIds: [henri.id] } });
    const henriOnB = await connect(b, henri.token);
    const pushes: string[] = [];
    henriOnB.on("message", (message: { body: string }) => pushes.push(message.body));

    await redis.stop();
    const down = await readiness(b, 503);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unavailable", redis: { connected: false } });
    expect(String(down.body.redis.error)).toMatch(/^[\w -]{3,}$/);
    // Sign-in tries cannot be counted: refused, not let through.
    const login = await call(b, "POST", "/api/v1/auth/login", { body: { email: grace.email, password: STRONG_PASSWORD } });
    expect(login.status).toBe(503);
    expect(login.body.code).toBe("shared_state_unavailable");
    // A message written meanwhile is kept, and its push waits for Redis.
    const during = await call(b, "POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
      token: grace.token,
      body: { body: "Pendant la panne", clientMessageId: "outage-1" },
    });
    expect(during.status).toBe(201);

    await redis.start();
    const back = await readiness(b, 200);
    expect(back.body).toEqual({ status: "ready" });
    await new Promise<void>((resolve) => {
      if (pushes.includes("Pendant la panne")) return resolve();
      henriOnB.on("message", (message: { body: string }) => message.body === "Pendant la panne" && resolve());
    });
    expect(pushes.filter((body) => body === "Pendant la panne")).toHaveLength(1);
    expect((await call(b, "POST", "/api/v1/auth/login", { body: { email: grace.email, password: STRONG_PASSWORD } })).status).toBe(200);
  });
});
