/**
 * socket.io after the handshake (issue 10, H5 and M2): a socket ends with its session —
 * sign-out, password change or reset, account deletion, a link that retires the account —
 * and with its access token; `sync` checks the session again; one socket's flood of events
 * is refused without slowing other clients down.
 */
import { signAccessToken } from "@relais/core/accounts/access-tokens";
import { io, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { requestPasswordReset, STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";
import { SOCKET_LIMITS } from "./realtime/socket-budget.ts";

let t: TestApi;
const sockets: Socket[] = [];
let n = 0;

type Member = { email: string; userId: string; token: string; sessionId: string };

const sessionOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()).sid as string;

async function member(name: string): Promise<Member> {
  n++;
  const email = `${name.toLowerCase()}${n}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name, locale: "en" } });
  return { email, userId: res.body.user.id, token: res.body.accessToken, sessionId: sessionOf(res.body.accessToken) };
}

async function signIn(m: Member, password = STRONG_PASSWORD): Promise<string> {
  return (await t.request("POST", "/api/v1/auth/login", { body: { email: m.email, password } })).body.accessToken;
}

function connect(token: string): Promise<Socket> {
  const socket = io(t.url, { auth: { token }, transports: ["websocket"], reconnection: false, forceNew: true });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** Resolves with the time the server closed the socket. */
const disconnected = (socket: Socket) =>
  new Promise<number>((resolve) => {
    if (socket.disconnected) return resolve(Date.now());
    socket.once("disconnect", (reason) => {
      expect(reason).toBe("io server disconnect");
      resolve(Date.now());
    });
  });

const refusedHandshake = (token: string) =>
  connect(token).then(
    () => "connected",
    (error: Error) => error.message,
  );

async function conversation(a: Member, b: Member): Promise<string> {
  return (await t.request("POST", "/api/v1/conversations", { token: a.token, body: { memberIds: [b.userId] } })).body.id;
}

/** Sends a message from `from` and waits until `witness` (a live socket of a member) receives it. */
async function sendAndWitness(from: Member, conversationId: string, body: string, witness: Socket) {
  const arrived = new Promise<void>((resolve) => {
    const listener = (message: { body: string }) => {
      if (message.body !== body) return;
      witness.off("message", listener);
      resolve();
    };
    witness.on("message", listener);
  });
  const sent = await t.request("POST", `/api/v1/conversations/${conversationId}/messages`, {
    token: from.token,
    body: { body, clientMessageId: `m-${Date.now()}-${Math.random()}` },
  });
  expect(sent.status).toBe(201);
  await arrived;
}

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});
afterAll(() => t?.close());

describe("a socket ends with its session (H5)", () => {
  it("after sign-out: disconnected within half a second, then no message arrives and the token cannot sync", async () => {
    const ana = await member("Ana");
    const ben = await member("Ben");
    const conversationId = await conversation(ana, ben);
    const anaSocket = await connect(ana.token);
    const benSocket = await connect(ben.token);
    const received: string[] = [];
    anaSocket.on("message", (message: { body: string }) => received.push(message.body));
    await sendAndWitness(ben, conversationId, "before logout", anaSocket);

    const closed = disconnected(anaSocket);
    expect((await t.request("POST", "/api/v1/auth/logout", { token: ana.token })).status).toBe(204);
    const answeredAt = Date.now();
    expect((await closed) - answeredAt).toBeLessThan(500);

    // Ben's own socket is the witness that the message was pushed; Ana's never gets it.
    await sendAndWitness(ben, conversationId, "secret after logout", benSocket);
    expect(received).toEqual(["before logout"]);
    expect(await refusedHandshake(ana.token)).toBe("unauthenticated");
  });

  it("after a password change: the other sessions' sockets close, the one that changed it stays", async () => {
    const ana = await member("Ana");
    const otherToken = await signIn(ana);
    const here = await connect(ana.token);
    const there = await connect(otherToken);
    const closed = disconnected(there);
    const changed = await t.request("POST", "/api/v1/auth/change-password", {
      token: ana.token,
      body: { currentPassword: STRONG_PASSWORD, newPassword: "Canape-gris-3-places-77" },
    });
    expect(changed.status).toBe(204);
    const answeredAt = Date.now();
    expect((await closed) - answeredAt).toBeLessThan(500);
    expect(here.connected).toBe(true);
    const answer = await here.emitWithAck("sync", { conversationId: "none", after: 0 });
    expect(answer).toEqual({ error: "not_found" });
  });

  it("after a password reset, an account deletion and a link that retires the account: every socket closes", async () => {
    const ana = await member("Ana");
    const sockets = [await connect(ana.token), await connect(await signIn(ana))];
    const allClosed = Promise.all(sockets.map(disconnected));
    const { token } = await requestPasswordReset(t, ana.email);
    expect(
      (await t.request("POST", "/api/v1/auth/reset-password", { body: { token, password: "Guitare-acoustique-Yamaha-9" } })).status,
    ).toBe(204);
    const resetAt = Date.now();
    for (const at of await allClosed) expect(at - resetAt).toBeLessThan(500);

    const cleo = await member("Cleo");
    const cleoSocket = await connect(cleo.token);
    const cleoClosed = disconnected(cleoSocket);
    expect((await t.request("DELETE", "/api/v1/me", { token: cleo.token })).status).toBe(204);
    const deletedAt = Date.now();
    expect((await cleoClosed) - deletedAt).toBeLessThan(500);

    const owner = await member("Owner");
    const dan = await member("Dan");
    const danSocket = await connect(dan.token);
    const danClosed = disconnected(danSocket);
    const code = (await t.request("POST", "/api/v1/me/link-codes", { token: owner.token })).body.code;
    const linked = await t.request("POST", "/api/v1/me/identities/link", { token: dan.token, body: { code } });
    expect(linked.status, linked.text).toBe(200);
    const linkedAt = Date.now();
    expect((await danClosed) - linkedAt).toBeLessThan(500);
  });

  it("sync checks the session again, even when the end was not announced to this server", async () => {
    const ana = await member("Ana");
    const ben = await member("Ben");
    const conversationId = await conversation(ana, ben);
    const socket = await connect(ana.token);
    expect(await socket.emitWithAck("sync", { conversationId, after: 0 })).toEqual({ items: [], nextCursor: null });
    // As another instance would: the session row is revoked, and no event reaches this server.
    await t.core.db.prisma.refreshTokenFamily.update({
      where: { id: ana.sessionId },
      data: { revokedAt: new Date(), revokedReason: "logout" },
    });
    const closed = disconnected(socket);
    expect(await socket.emitWithAck("sync", { conversationId, after: 0 })).toEqual({ error: "unauthenticated" });
    await closed;
  });

  it("when the access token expires, unless the client sent a fresh one", async () => {
    const ana = await member("Ana");
    const ben = await member("Ben");
    const conversationId = await conversation(ana, ben);
    const short = await signAccessToken(t.api.accounts.jwtSecret, ana.userId, ana.sessionId, 2);
    const expiresAt = JSON.parse(Buffer.from(short.split(".")[1] ?? "", "base64url").toString()).exp * 1000;
    const expiring = await connect(short);
    const renewed = await connect(short);
    expect(await renewed.emitWithAck("authenticate", { token: ana.token })).toMatchObject({ ok: true });
    // Another member's token cannot take over a socket.
    const ben2 = await connect(ben.token);
    const benClosed = disconnected(ben2);
    expect(await ben2.emitWithAck("authenticate", { token: ana.token })).toEqual({ error: "unauthenticated" });
    await benClosed;

    const closedAt = await disconnected(expiring);
    expect(closedAt).toBeGreaterThanOrEqual(expiresAt - 1000);
    expect(closedAt - expiresAt).toBeLessThan(3000);
    expect(renewed.connected).toBe(true);
    expect(await renewed.emitWithAck("sync", { conversationId, after: 0 })).toEqual({ items: [], nextCursor: null });
  });
});

describe("token lifetime", () => {
  it("a token signed to live longer than ACCESS_TOKEN_TTL_SECONDS ends at that TTL, over HTTP and sockets", async () => {
    const ana = await member("Ana");
    const ttl = t.core.config.auth.accessTokenTtlSeconds;
    // Issued TTL + 60 s ago with a ten-year life: only someone holding the key can make one.
    const issuedAt = new Date(Date.now() - (ttl + 60) * 1000);
    const longLived = await signAccessToken(t.api.accounts.jwtSecret, ana.userId, ana.sessionId, 10 * 365 * 86_400, issuedAt);
    expect((await t.request("GET", "/api/v1/me", { token: longLived })).status).toBe(401);
    expect(await refusedHandshake(longLived)).toBe("unauthenticated");
    expect((await t.request("GET", "/api/v1/me", { token: ana.token })).status).toBe(200);
  });
});

describe("the event budget of a socket (M2)", () => {
  it("refuses a flood of 2,000 syncs while another client's request is answered", async () => {
    const ana = await member("Ana");
    const ben = await member("Ben");
    const conversationId = await conversation(ana, ben);
    for (let i = 0; i < 20; i++) await sendAndWitnessless(ben, conversationId, `message ${i}`);
    const flooder = await connect(ana.token);
    const answers: unknown[] = [];
    const flood = new Promise<void>((resolve) => {
      flooder.once("disconnect", () => resolve());
      for (let i = 0; i < 2000; i++) {
        flooder.emit("sync", { conversationId, after: 0 }, (answer: unknown) => {
          answers.push(answer);
          if (answers.length === 2000) resolve();
        });
      }
    });
    // Sent while the 2,000 syncs reach the server: it is answered, not queued behind them.
    const other = await t.request("GET", "/api/v1/categories");
    expect(other.status).toBe(200);
    await flood;
    const served = answers.filter((a) => Array.isArray((a as { items?: unknown }).items)).length;
    expect(served).toBeLessThanOrEqual(SOCKET_LIMITS.sync.points);
    // Refused, then cut off for persisting: most of the flood never reached the database.
    expect(flooder.disconnected).toBe(true);
    // The member is not locked out: a new socket syncs at once.
    const again = await connect(ana.token);
    expect(((await again.emitWithAck("sync", { conversationId, after: 0 })) as { items: unknown[] }).items).toHaveLength(20);
  });

  it("passes on only a few of 2,000 typing events", async () => {
    const ana = await member("Ana");
    const ben = await member("Ben");
    const conversationId = await conversation(ana, ben);
    const anaSocket = await connect(ana.token);
    const benSocket = await connect(ben.token);
    let typing = 0;
    benSocket.on("typing", () => typing++);
    for (let i = 0; i < 2000; i++) anaSocket.emit("typing", { conversationId });
    // Socket events are handled in order: once this sync is answered, every typing event was seen.
    await anaSocket.emitWithAck("sync", { conversationId, after: 0 });
    await sendAndWitness(ana, conversationId, "done typing", benSocket);
    expect(typing).toBeGreaterThanOrEqual(1);
    expect(typing).toBeLessThanOrEqual(2);
    expect(anaSocket.connected).toBe(true);
  });
});

async function sendAndWitnessless(from: Member, conversationId: string, body: string) {
  const sent = await t.request("POST", `/api/v1/conversations/${conversationId}/messages`, {
    token: from.token,
    body: { body, clientMessageId: `m-${Date.now()}-${Math.random()}` },
  });
  expect(sent.status).toBe(201);
}
