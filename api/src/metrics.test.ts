/**
 * GET /metrics over HTTP (Prometheus text format): refused without its token, off without
 * configuration, on a private listener when METRICS_PORT is set; and each series moves when the
 * thing it counts happens — a request (by route pattern), an assistant turn (by engine), a
 * delivery the platform refuses (failures, pending rows, their age), a socket connecting and
 * leaving, jobs on the queue.
 */
import { rememberIdentityAddress } from "@relais/core/delivery/addresses";
import { openConversation, sendMessage } from "@relais/core/messaging/conversations";
import { updatePreferences } from "@relais/core/profiles/preferences";
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeChatPlatform, httpChannelPort, startFakeChatPlatform } from "../../core/test/fake-chat-platform.ts";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

const TOKEN = "metrics-token-0123456789-abcdefghij";

/** The value of one sample (`name{labels} value`), or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe("/metrics with METRICS_TOKEN", () => {
  let t: TestApi;
  let platform: FakeChatPlatform;
  const scrape = async () => {
    const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    // The chat platform refuses every message (503): the outbox retries them.
    platform = await startFakeChatPlatform(() => ({ status: 503 }));
    t = await startTestApi({ METRICS_TOKEN: TOKEN }, { delivery: { pollMs: 20, baseBackoffMs: 60_000 } });
    t.api.relais.ports.register(httpChannelPort(platform.url, "discord"));
  });
  afterAll(async () => {
    await t?.close();
    await platform?.close();
  });

  it("refuses a scrape without the token or with another one, in problem+json", async () => {
    const none = await t.request("GET", "/metrics");
    expect(none.status).toBe(401);
    expect(none.headers.get("content-type")).toContain("application/problem+json");
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect(none.text).not.toContain("relais_http_request_duration_seconds");
    const wrong = await t.request("GET", "/metrics", { token: `${TOKEN}x` });
    expect(wrong.status).toBe(401);
  });

  it("serves the Prometheus text format with the process metrics", async () => {
    const res = await t.request("GET", "/metrics", { token: TOKEN });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(sample(res.text, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(sample(res.text, "nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });

  it("counts a request under its route pattern, never its raw path", async () => {
    const series = { method: "GET", route: "/api/v1/listings/:id", status_code: "404" };
    const before = sample(await scrape(), "relais_http_request_duration_seconds_count", series) ?? 0;
    const missing = await t.request("GET", "/api/v1/listings/cm0notalisting0000000000");
    expect(missing.status).toBe(404);
    const after = await scrape();
    expect(sample(after, "relais_http_request_duration_seconds_count", series)).toBe(before + 1);
    expect(after).not.toContain("cm0notalisting");
    // A path no route serves is one label, whatever the path.
    await t.request("GET", "/no/such/path/4242");
    expect(await scrape()).not.toContain("4242");
  });

  it("times an assistant turn under the engine that answered it", async () => {
    const members = new Members(t);
    await members.register("Iris", "fr", "Lyon");
    const before = sample(await scrape(), "relais_assistant_turn_duration_seconds_count", { engine: "local" }) ?? 0;
    await members.say("Iris", "bonjour");
    const after = await scrape();
    expect(sample(after, "relais_assistant_turn_duration_seconds_count", { engine: "local" })).toBe(before + 1);
    expect(sample(after, "relais_assistant_turn_duration_seconds_sum", { engine: "local" })).toBeGreaterThan(0);
  });

  it("counts a delivery the platform refuses, and shows it pending with its age", async () => {
    const { prisma } = t.core.db;
    const market = t.core.market;
    const alice = await prisma.user.create({ data: { name: "Alice", locale: "fr", email: `alice-${Date.now()}@example.org` } });
    const bob = await prisma.user.create({ data: { name: "Bob", locale: "en", email: `bob-${Date.now()}@example.org` } });
    const identity = await prisma.identity.create({ data: { userId: bob.id, provider: "discord", externalId: `discord-${Date.now()}` } });
    await rememberIdentityAddress(prisma, identity.id, { dmChannelId: "D-bob" });
    await updatePreferences(market, bob.id, { notificationChannels: ["discord"] });
    const conversation = await openConversation(market, alice.id, { memberIds: [bob.id] });
    const failures = { channel: "discord", outcome: "retried" };
    const before = sample(await scrape(), "relais_delivery_failures_total", failures) ?? 0;

    await sendMessage(market, alice.id, conversation.id, { body: "Toujours dispo ?", clientMessageId: "metrics-1" });
    await platform.until(() => platform.requests.length > 0);
    await expect.poll(async () => sample(await scrape(), "relais_delivery_failures_total", failures)).toBe(before + 1);
    const text = await scrape();
    expect(sample(text, "relais_delivery_pending", { channel: "discord" })).toBe(1);
    // Retried a minute from now: nothing is due yet, so nothing waits.
    expect(sample(text, "relais_delivery_oldest_pending_age_seconds", { channel: "discord" })).toBe(0);
    expect(sample(text, "relais_delivery_pending", { channel: "slack" })).toBe(0);

    // Its retry time has passed (the worker is late): the gauge says how long it has waited.
    await prisma.delivery.updateMany({
      where: { userId: bob.id, channel: "discord" },
      data: { nextAttemptAt: new Date(Date.now() - 90_000), leaseUntil: new Date(Date.now() + 60_000) },
    });
    const age = sample(await scrape(), "relais_delivery_oldest_pending_age_seconds", { channel: "discord" });
    expect(age).toBeGreaterThanOrEqual(90);
    // The same on a database session in another time zone (the rows hold UTC without a zone).
    await prisma.$executeRawUnsafe(`SET TIME ZONE 'Pacific/Kiritimati'`);
    try {
      expect(sample(await scrape(), "relais_delivery_oldest_pending_age_seconds", { channel: "discord" })).toBeLessThan(age! + 60);
    } finally {
      await prisma.$executeRawUnsafe(`SET TIME ZONE 'UTC'`);
    }
  });

  it("counts the sockets connected to this instance", async () => {
    const members = new Members(t);
    await members.register("Sacha", "en");
    expect(sample(await scrape(), "relais_socketio_connected_sockets")).toBe(0);
    const socket = connect(t.url, { auth: { token: members.token.Sacha }, transports: ["websocket"], reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", resolve);
        socket.once("connect_error", reject);
      });
      expect(sample(await scrape(), "relais_socketio_connected_sockets")).toBe(1);
    } finally {
      socket.disconnect();
    }
    await expect.poll(async () => sample(await scrape(), "relais_socketio_connected_sockets")).toBe(0);
  });

  it("reports the job queue's jobs by queue and state", async () => {
    const before = sample(await scrape(), "relais_jobs", { queue: "missions.sync", state: "created" }) ?? -1;
    expect(before).toBeGreaterThanOrEqual(0);
    // A board's sync asked for a week from now waits on the queue as `created`.
    await t.api.relais.queue.send("missions.sync", { source: "remotive", trigger: "admin" }, { startAfter: 7 * 86_400 });
    expect(sample(await scrape(), "relais_jobs", { queue: "missions.sync", state: "created" })).toBe(before + 1);
  });
});

describe("/metrics without configuration, and on the private listener", () => {
  it("is not served without METRICS_TOKEN or METRICS_PORT", async () => {
    const t = await startTestApi();
    try {
      const res = await t.request("GET", "/metrics");
      expect(res.status).toBe(404);
      expect(res.text).not.toContain("process_cpu");
    } finally {
      await t.close();
    }
  });

  it("METRICS_PORT serves them on its own loopback port, not on the public one", async () => {
    const t = await startTestApi({ METRICS_PORT: "0", METRICS_HOST: "127.0.0.1" });
    try {
      const metricsUrl = t.metricsUrl;
      expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const res = await fetch(metricsUrl!);
      expect(res.status).toBe(200);
      expect(sample(await res.text(), "relais_http_request_duration_seconds_count")).toBeUndefined();
      await t.request("GET", "/healthz");
      const after = await (await fetch(metricsUrl!)).text();
      expect(sample(after, "relais_http_request_duration_seconds_count", { route: "/healthz", status_code: "200" })).toBe(1);
      expect((await t.request("GET", "/metrics")).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
