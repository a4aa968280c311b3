/**
 * Slack as a delivery channel: a REST member writes to a Slack member, who gets a DM from the
 * app (who wrote, about which listing) and answers in its thread; the answer lands in the
 * Relais conversation (REST and socket.io see it) and counts as read. Then the outbox's
 * faults against the fake Slack: 429 with Retry-After, 5xx, always 5xx, and a worker that dies
 * between Slack's answer and recording it. Real Bolt, real Web API client, real worker.
 */

import { ChannelPortRegistry } from "@relais/core/delivery/channel-port";
import { DeliveryWorker } from "@relais/core/delivery/worker";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { appMention, directMessage, postSigned, slashCommand, TEST_SIGNING_SECRET } from "./slack-requests.ts";

let fake: FakeSlack;
let t: TestApi;
let bob: { token: string; userId: string };
let zoeUserId: string;
const sockets: Socket[] = [];

const TEAM = "T0RELAIS";
const ZOE = { team: TEAM, user: "U0ZOE", channel: "D0ZOE" };

async function register(name: string) {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name.toLowerCase()}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale: "en" },
  });
  expect(res.status).toBe(201);
  return { token: res.body.accessToken as string, userId: res.body.user.id as string };
}

async function restMessage(conversationId: string, body: string) {
  const res = await t.request("POST", `/api/v1/conversations/${conversationId}/messages`, {
    token: bob.token,
    body: { body, clientMessageId: `c-${Date.now()}-${Math.random()}` },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; seq: number };
}

async function openConversation(listingId?: string) {
  const res = await t.request("POST", "/api/v1/conversations", {
    token: bob.token,
    body: { memberIds: [zoeUserId], ...(listingId ? { listingId } : {}) },
  });
  expect([200, 201]).toContain(res.status);
  return res.body.id as string;
}

async function deliveryOf(messageId: string) {
  return t.core.db.prisma.delivery.findFirstOrThrow({ where: { messageId, channel: "slack" } });
}

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.addUser({ id: "U0ZOE", team_id: TEAM, name: "zoe", real_name: "Zoé Martin", locale: "fr-FR", tz: "Europe/Paris" });
  t = await startTestApi(
    { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_API_URL: fake.apiUrl },
    { delivery: { pollMs: 100, baseBackoffMs: 300, maxBackoffMs: 1000, maxAttempts: 4 } },
  );
  // Zoé talks to the app once: Relais now knows her DM.
  await postSigned(`${t.url}/slack/events`, directMessage("bonjour", ZOE));
  await fake.waitFor("chat.postMessage", (call) => call.args.channel === ZOE.channel);
  const identity = await t.core.db.prisma.identity.findUniqueOrThrow({
    where: { provider_externalId: { provider: "slack", externalId: `${TEAM}:U0ZOE` } },
  });
  expect(identity.dmChannelId).toBe(ZOE.channel);
  zoeUserId = identity.userId;
  bob = await register("Bob");
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await t?.close();
  await fake?.close();
});

describe("members talking across channels", () => {
  it("a REST member's message reaches the Slack member as a DM naming the sender and the listing; her thread reply comes back", async () => {
    const listing = await t.request("POST", "/api/v1/listings", {
      token: bob.token,
      body: {
        kind: "offer",
        title: "Perceuse Bosch sans fil",
        description: "Avec deux batteries.",
        category: "tools",
        location: { place: "Lyon" },
      },
    });
    expect(listing.status, JSON.stringify(listing.body)).toBe(201);
    const conversationId = await openConversation(listing.body.id);
    const socket = io(t.url, { auth: { token: bob.token }, transports: ["websocket"], reconnection: false, forceNew: true });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => socket.once("connect", () => resolve()).once("connect_error", reject));

    const sent = await restMessage(conversationId, "Bonjour, elle vous intéresse toujours ?");
    const dm = await fake.waitFor(
      "chat.postMessage",
      (call) => call.args.channel === ZOE.channel && String(call.args.text).includes("intéresse"),
    );
    expect(String(dm.args.text)).toContain("Bob");
    expect(String(dm.args.text)).toContain("Perceuse Bosch sans fil");
    await expect.poll(async () => (await deliveryOf(sent.id)).externalMessageId).toBe(dm.result?.ts);

    const heard = new Promise<{ body: string; conversationId: string }>((resolve) =>
      socket.on("message", (payload: { body: string; conversationId: string }) => {
        if (payload.body === "Oui, passez samedi") resolve(payload);
      }),
    );
    await postSigned(`${t.url}/slack/events`, directMessage("Oui, passez samedi", { ...ZOE, threadTs: String(dm.result?.ts) }));
    expect((await heard).conversationId).toBe(conversationId);
    const confirmation = await fake.waitFor("chat.postMessage", (call) => call.args.thread_ts === dm.result?.ts);
    expect(String(confirmation.args.text)).toContain("Bob");

    const messages = await t.request("GET", `/api/v1/conversations/${conversationId}/messages`, { token: bob.token });
    expect(messages.body.items.map((m: { body: string }) => m.body)).toEqual([
      "Bonjour, elle vous intéresse toujours ?",
      "Oui, passez samedi",
    ]);
    const member = await t.core.db.prisma.conversationMember.findUniqueOrThrow({
      where: { conversationId_userId: { conversationId, userId: zoeUserId } },
    });
    expect(member.lastReadSeq).toBeGreaterThanOrEqual(sent.seq);
    expect((await deliveryOf(sent.id)).status).toBe("read");
  });
});

/** The answer rows of Zoé's turns said in `channel` (direct answers go through the outbox too). */
async function answersIn(channel: string) {
  const rows = await t.core.db.prisma.delivery.findMany({ where: { kind: "reply", channel: "slack" }, orderBy: { seq: "asc" } });
  return rows.filter((row) => (row.target as { conversation?: string } | null)?.conversation === channel);
}
const postsIn = (channel: string) => fake.callsTo("chat.postMessage").filter((c) => c.args.channel === channel);

describe("direct answers (DM, mention, /relais) go through the outbox", () => {
  it("429 with Retry-After: 2, then 200: the DM answer is posted once, at least 2 s after Slack refused it", async () => {
    const dm = { ...ZOE, channel: "D0ZOE429" };
    fake.failNext("chat.postMessage", { status: 429, retryAfter: 2 });
    await postSigned(`${t.url}/slack/events`, directMessage("aide", dm));
    const posted = await fake.waitFor("chat.postMessage", (call) => call.args.channel === dm.channel);
    const refused = fake.refused.find((call) => call.method === "chat.postMessage" && call.args.channel === dm.channel);
    expect(posted.at - (refused?.at ?? Number.NaN)).toBeGreaterThanOrEqual(2000);
    expect(String(posted.args.text)).toMatch(/sais faire/);
    expect(postsIn(dm.channel)).toHaveLength(1);
    await expect.poll(async () => (await answersIn(dm.channel)).map((r) => r.status)).toEqual(["sent"]);
    const [row] = await answersIn(dm.channel);
    expect(row?.attempts).toBe(2);
    expect(row?.externalMessageId).toBe(posted.result?.ts);
  });

  it("500 three times, then 200: a mention's answer is posted once, in its thread", async () => {
    const mention = appMention("aide", { ...ZOE, channel: "C0FAULTS" });
    fake.failNext("chat.postMessage", { status: 500 }, { status: 500 }, { status: 500 });
    await postSigned(`${t.url}/slack/events`, mention);
    const posted = await fake.waitFor("chat.postMessage", (call) => call.args.channel === "C0FAULTS");
    expect(posted.args.thread_ts).toBe(mention.ts);
    expect(postsIn("C0FAULTS")).toHaveLength(1);
    await expect.poll(async () => (await answersIn("C0FAULTS")).map((r) => r.status)).toEqual(["sent"]);
    expect((await answersIn("C0FAULTS"))[0]?.attempts).toBe(4);
  });

  it("always 500: the answer is failed after the bound, nothing posted", async () => {
    const dm = { ...ZOE, channel: "D0ZOELOST" };
    fake.failAlways("chat.postMessage", { status: 500 });
    try {
      await postSigned(`${t.url}/slack/events`, directMessage("aide", dm));
      await expect
        .poll(async () => (await answersIn(dm.channel)).map((r) => r.status), { timeout: 15_000, interval: 200 })
        .toEqual(["failed"]);
    } finally {
      fake.heal("chat.postMessage");
    }
    const [row] = await answersIn(dm.channel);
    expect(row?.attempts).toBe(4);
    expect(row?.lastError).toMatch(/500/);
    expect(postsIn(dm.channel)).toHaveLength(0);
  });

  it("/relais: its response_url answering 429 then 200 gets the answer once, to that member only", async () => {
    const responseUrl = fake.responseUrl("cmd-429");
    fake.failNext("response_url:cmd-429", { status: 429, retryAfter: 1 });
    await postSigned(`${t.url}/slack/events`, slashCommand("aide", { ...ZOE, channel: "C0CMD", responseUrl }));
    const answer = await fake.waitFor("response_url:cmd-429");
    expect(answer.args.response_type).toBe("ephemeral");
    expect(String(answer.args.text)).toMatch(/sais faire/);
    expect(fake.faultsServed.get("response_url:cmd-429")).toBe(1);
    expect(fake.callsTo("response_url:cmd-429")).toHaveLength(1);
    await expect.poll(async () => (await answersIn("C0CMD")).map((r) => r.status)).toEqual(["sent"]);
  });
});

describe("delivery faults against Slack", () => {
  it("429 with Retry-After: 2, then 200: posted once, at least 2 s after the first try", async () => {
    const conversationId = await openConversation();
    fake.failNext("chat.postMessage", { status: 429, retryAfter: 2 });
    const before = Date.now();
    const sent = await restMessage(conversationId, "Message limité");
    const posted = await fake.waitFor("chat.postMessage", (call) => String(call.args.text).includes("Message limité"));
    expect(posted.at - before).toBeGreaterThanOrEqual(2000);
    expect(fake.callsTo("chat.postMessage").filter((c) => String(c.args.text).includes("Message limité"))).toHaveLength(1);
    await expect.poll(async () => (await deliveryOf(sent.id)).status).toBe("sent");
  });

  it("500 three times, then 200: posted once", async () => {
    const conversationId = await openConversation();
    fake.failNext("chat.postMessage", { status: 500 }, { status: 500 }, { status: 500 });
    const sent = await restMessage(conversationId, "Message obstiné");
    await fake.waitFor("chat.postMessage", (call) => String(call.args.text).includes("Message obstiné"));
    expect(fake.callsTo("chat.postMessage").filter((c) => String(c.args.text).includes("Message obstiné"))).toHaveLength(1);
    await expect.poll(async () => (await deliveryOf(sent.id)).status).toBe("sent");
    expect((await deliveryOf(sent.id)).attempts).toBe(4);
  });

  it("always 500: failed after the bound, nothing posted", async () => {
    const conversationId = await openConversation();
    fake.failAlways("chat.postMessage", { status: 500 });
    const sent = await restMessage(conversationId, "Message perdu");
    await expect.poll(async () => (await deliveryOf(sent.id)).status, { timeout: 15_000, interval: 200 }).toBe("failed");
    fake.heal("chat.postMessage");
    const row = await deliveryOf(sent.id);
    expect(row.attempts).toBe(4);
    expect(row.lastError).toMatch(/500/);
    expect(fake.callsTo("chat.postMessage").filter((c) => String(c.args.text).includes("Message perdu"))).toHaveLength(0);
  });

  it("a worker that dies between Slack's answer and recording it: the next worker finds the post, nothing is posted twice", async () => {
    // The server's own worker is stopped: two workers of our own play the process before and after the crash.
    await t.api.relais.delivery.stop();
    const port = t.api.relais.ports.get("slack")!;
    let crashed!: () => void;
    const died = new Promise<void>((resolve) => {
      crashed = resolve;
    });
    const dying = new ChannelPortRegistry();
    dying.register({
      provider: "slack",
      limits: port.limits,
      async send(address, reply, options) {
        await port.send(address, reply, options);
        crashed();
        return new Promise(() => {}); // frozen for ever: the row stays claimed, nothing recorded
      },
      update: (address, id, reply) => port.update(address, id, reply),
    });
    const prisma = t.core.db.prisma;
    const before = new DeliveryWorker({ prisma }, dying, { pollMs: 50, leaseMs: 500 });
    const conversationId = await openConversation();
    const sent = await restMessage(conversationId, "Message au moment du crash");
    before.start();
    await died;
    void before.stop();
    const row = await deliveryOf(sent.id);
    expect(row.status).toBe("pending");
    expect(row.externalMessageId).toBeNull();

    const restarted = new ChannelPortRegistry();
    restarted.register(port);
    const after = new DeliveryWorker({ prisma }, restarted, { pollMs: 50 });
    after.start();
    await expect.poll(async () => (await deliveryOf(sent.id)).status, { timeout: 10_000, interval: 100 }).toBe("sent");
    await after.stop();
    const posts = fake.callsTo("chat.postMessage").filter((c) => String(c.args.text).includes("Message au moment du crash"));
    expect(posts).toHaveLength(1);
    expect((await deliveryOf(sent.id)).externalMessageId).toBe(posts[0]?.result?.ts);
    expect(fake.callsTo("conversations.history").length).toBeGreaterThan(0);
  });
});
