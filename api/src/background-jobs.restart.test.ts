/**
 * Issue 19: no timer holds work that must not be lost. A Relais process (the server `npm start`
 * runs, in its own process, on the embedded database) is killed with SIGKILL while a matching
 * round it was asked for waits out its debounce and while two emails are half-sent (the SMTP
 * server has their text but has not accepted them). Started again on the same data folder, it
 * runs the round (the swap is proposed: a match row, seen over REST) and sends each email once.
 * The round comes from the stored job, not from a full round at start: one only runs on a
 * database where no round was ever queued.
 */
import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname } from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../core/test/database.ts";
import { freePort } from "../../core/test/ports.ts";
import { STRONG_PASSWORD } from "../test/harness.ts";
import { READY_LINE, type RelaisProcess, startRelais, stopRelais, waitForOutput } from "../test/relais-process.ts";

const METRICS_TOKEN = "restart-test-metrics-token-0123456789";
/** Long enough for the listings to be posted and the process killed before the round is due. */
const DEBOUNCE_MS = 20_000;

type Smtp = { server: SMTPServer; port: number; accepted: string[]; held: string[]; accepting: boolean };

/** A real SMTP server on loopback; while not `accepting`, it reads each message and never answers it. */
async function startSmtp(): Promise<Smtp> {
  const smtp: Smtp = { server: undefined as unknown as SMTPServer, port: 0, accepted: [], held: [], accepting: false };
  smtp.server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(",");
        if (!smtp.accepting) return void smtp.held.push(to);
        smtp.accepted.push(to);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.server.listen(0, "127.0.0.1", resolve));
  smtp.port = (smtp.server.server.address() as AddressInfo).port;
  return smtp;
}

let smtp: Smtp;
let dataDir: string;
let env: Record<string, string>;
const running: RelaisProcess[] = [];

async function start(): Promise<RelaisProcess> {
  const instance = startRelais(env, await freePort(), "api/test/instance.ts");
  running.push(instance);
  await waitForOutput(instance, READY_LINE);
  return instance;
}

async function call(instance: RelaisProcess, method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`http://127.0.0.1:${instance.port}${path}`, {
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

/** Jobs of a queue in a state, read from the instance's /metrics. */
async function jobs(instance: RelaisProcess, queue: string, state: string): Promise<number> {
  const text = await (
    await fetch(`http://127.0.0.1:${instance.port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const line = text.split("\n").find((l) => l.startsWith(`relais_jobs{queue="${queue}",state="${state}"}`));
  return Number(line?.split(" ")[1] ?? Number.NaN);
}

beforeAll(async () => {
  smtp = await startSmtp();
  dataDir = copyTemplateDataDir();
  env = {
    RELAIS_DATA_DIR: dataDir,
    RELAIS_DEMO_DATA: "false",
    NODE_ENV: "test",
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    METRICS_TOKEN,
    INSTANCE_MATCHING_DEBOUNCE_MS: String(DEBOUNCE_MS),
    INSTANCE_NAME: "restart",
  };
});
afterAll(async () => {
  for (const instance of running) if (instance.child.exitCode === null) await stopRelais(instance, "SIGKILL");
  await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
  if (dataDir) rmSync(dirname(dataDir), { recursive: true, force: true });
});

describe("background work across a SIGKILL", () => {
  it("runs the matching round and sends each email once after the restart", async () => {
    const first = await start();
    const member = async (name: string) => {
      const email = `${name.toLowerCase()}-${Date.now()}@example.org`;
      const res = await call(first, "POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name, locale: "fr" } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return { token: res.body.accessToken as string, email };
    };
    const carol = await member("Carol");
    const dan = await member("Dan");
    const post = async (token: string, body: Record<string, unknown>) =>
      expect((await call(first, "POST", "/api/v1/listings", { token, body: { location: { place: "Lyon" }, ...body } })).status).toBe(201);
    await post(carol.token, { kind: "offer", title: "Guitare acoustique Yamaha", category: "music-instruments" });
    await post(carol.token, { kind: "want", title: "Cherche un vélo de route", category: "bikes" });
    await post(dan.token, { kind: "offer", title: "Vélo de route Triban", category: "bikes" });
    await post(dan.token, { kind: "want", title: "Je cherche une guitare acoustique", category: "music-instruments" });

    // Both verification emails are in the SMTP server's hands, not accepted; the round waits.
    await expect.poll(() => smtp.held.length, { timeout: 30_000 }).toBe(2);
    expect(await jobs(first, "email.send", "active")).toBe(2);
    expect(await jobs(first, "matching.round", "created")).toBe(1);
    expect((await call(first, "GET", "/api/v1/matches", { token: dan.token })).body.items).toEqual([]);
    await stopRelais(first, "SIGKILL");

    smtp.accepting = true;
    const second = await start();
    const pairs = async () =>
      (await call(second, "GET", "/api/v1/matches", { token: dan.token })).body.items.filter((m: { kind: string }) => m.kind === "pair");
    await expect.poll(pairs, { timeout: DEBOUNCE_MS + 30_000, interval: 250 }).toHaveLength(1);
    await expect.poll(() => smtp.accepted.length, { timeout: 30_000 }).toBe(2);
    // Nothing left to send: each address got its email once.
    const unsent = async () =>
      (await jobs(second, "email.send", "created")) +
      (await jobs(second, "email.send", "retry")) +
      (await jobs(second, "email.send", "active"));
    await expect.poll(unsent).toBe(0);
    expect([...smtp.accepted].sort()).toEqual([carol.email, dan.email].sort());
    expect(await jobs(second, "matching.round", "completed")).toBeGreaterThanOrEqual(1);
    await stopRelais(second);
  });
});
