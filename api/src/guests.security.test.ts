/**
 * Website guests (issue 10, M6 and M7; issue 9's guest sockets): a guest may search and ask,
 * but publishing, messaging and reporting answer an invitation to sign up, in the guest's
 * language, and write nothing; new guests are limited per IP; predictable ids are refused;
 * a guest's socket token receives that guest's pushes and no one else's.
 */
import { t as say } from "@relais/core/i18n/messages";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

const GUESTS_PER_HOUR = 10;
let t: TestApi;
const sockets: Socket[] = [];
let chloe: { token: string; userId: string };

const randomGuest = () => Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64url");
const ask = (guest: string, text: string, locale?: "fr" | "en") =>
  t.request("POST", "/api/v1/assistant/messages", {
    body: { text, ...(locale ? { locale } : {}) },
    headers: { "x-relais-guest-session": guest },
  });
const press = (guest: string, action: string) =>
  t.request("POST", "/api/v1/assistant/messages", { body: { action }, headers: { "x-relais-guest-session": guest } });
const textOf = (res: { body: { replies: { text: string }[] } }) => res.body.replies.map((r) => r.text).join("\n");

async function guestUserId(guest: string): Promise<string> {
  const identity = await t.core.db.prisma.identity.findUniqueOrThrow({
    where: { provider_externalId: { provider: "widget", externalId: guest } },
  });
  return identity.userId;
}

function connect(token: string): Promise<Socket> {
  const socket = io(t.url, { auth: { token }, transports: ["websocket"], reconnection: false, forceNew: true });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_GUESTS_PER_HOUR: String(GUESTS_PER_HOUR) });
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: "chloe@example.org", password: STRONG_PASSWORD, name: "Chloe Martin", locale: "fr" },
  });
  chloe = { token: res.body.accessToken, userId: res.body.user.id };
  const listing = await t.request("POST", "/api/v1/listings", {
    token: chloe.token,
    body: { kind: "offer", title: "Canapé trois places gris", category: "furniture", location: { place: "Lyon" } },
  });
  expect(listing.status).toBe(201);
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await t?.close();
});

describe("guests are read-only until they give an email", () => {
  it("can search, but posting, messaging and reporting answer an invitation in their language and write nothing", async () => {
    const guest = randomGuest();
    const search = await ask(guest, "je cherche un canapé à Lyon", "fr");
    expect(search.status).toBe(200);
    expect(search.body.interpretation.intent).toBe("search_listings");
    expect(JSON.stringify(search.body.replies)).toContain("Canapé trois places gris");

    const posted = await ask(guest, "je donne une perceuse à Lyon", "fr");
    expect(posted.status).toBe(200);
    expect(textOf(posted)).toBe(say("guest_sign_up_first", "fr"));

    const messaged = await ask(guest, "send a message to Chloe Martin: hello, is the sofa still there?", "en");
    expect(messaged.status).toBe(200);
    expect(textOf(messaged)).toContain(say("guest_sign_up_first", "en"));

    let reported = await ask(guest, "report Chloe Martin for spam", "en");
    // Asked to confirm first (nothing written yet); the "Yes" is the turn that would report.
    const yes = reported.body.replies[0]?.quickReplies?.[0]?.action;
    expect(yes).toBeTypeOf("string");
    reported = await press(guest, yes);
    expect(reported.status).toBe(200);
    expect(textOf(reported)).toContain(say("guest_sign_up_first", "en"));

    const userId = await guestUserId(guest);
    const prisma = t.core.db.prisma;
    expect(await prisma.listing.count({ where: { ownerId: userId } })).toBe(0);
    expect(await prisma.message.count({ where: { senderId: userId } })).toBe(0);
    expect(await prisma.conversationMember.count({ where: { userId } })).toBe(0);
    expect(await prisma.report.count({ where: { reporterId: userId } })).toBe(0);
  });

  it("refuses predictable guest ids, naming the header, and creates nobody", async () => {
    const before = await t.core.db.prisma.identity.count({ where: { provider: "widget" } });
    for (const guest of ["a".repeat(22), "abcabcabcabcabcabcabcabc", "0123456789012345678901234", "guest-session-00000000001"]) {
      const res = await ask(guest, "hello");
      expect(res.status, guest).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ field: "headers.x-relais-guest-session", code: "guest_session_guessable" });
    }
    expect(await t.core.db.prisma.identity.count({ where: { provider: "widget" } })).toBe(before);
  });
});

describe("guest sockets", () => {
  it("receive the guest's own pushes only, and the token is no API bearer", async () => {
    const [a, b] = [randomGuest(), randomGuest()];
    // A guest that never talked has nothing to receive yet.
    expect((await t.request("POST", "/api/v1/assistant/socket-token", { headers: { "x-relais-guest-session": a } })).status).toBe(403);
    for (const guest of [a, b]) expect((await ask(guest, "bonjour", "fr")).status).toBe(200);
    const tokenOf = async (guest: string) => {
      const res = await t.request("POST", "/api/v1/assistant/socket-token", { headers: { "x-relais-guest-session": guest } });
      expect(res.status).toBe(201);
      return res.body.token as string;
    };
    const [tokenA, tokenB] = [await tokenOf(a), await tokenOf(b)];
    expect((await t.request("GET", "/api/v1/me", { token: tokenA })).status).toBe(401);

    const socketA = await connect(tokenA);
    const socketB = await connect(tokenB);
    const toB: unknown[] = [];
    socketB.on("message", (m) => toB.push(m));
    const arrived = new Promise<{ body: string }>((resolve) => socketA.once("message", resolve));
    // A member answers guest A (members may write to a guest; the guest reads it live).
    const conversation = await t.request("POST", "/api/v1/conversations", {
      token: chloe.token,
      body: { memberIds: [await guestUserId(a)] },
    });
    expect(conversation.status).toBe(201);
    await t.request("POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
      token: chloe.token,
      body: { body: "Bonjour, oui le canapé est libre", clientMessageId: "to-guest-1" },
    });
    expect((await arrived).body).toBe("Bonjour, oui le canapé est libre");
    // B's own socket answers in order: after this round trip, anything pushed to B is in.
    await socketB.emitWithAck("sync", { conversationId: conversation.body.id, after: 0 });
    expect(toB).toEqual([]);
    expect(await socketB.emitWithAck("sync", { conversationId: conversation.body.id, after: 0 })).toEqual({ error: "not_found" });
  });
});

describe("new guests per IP (M7)", () => {
  it("are limited: a flood of new guest headers from one IP is answered 429, known guests go on", async () => {
    const known = randomGuest();
    const first = await ask(known, "bonjour");
    const statuses: number[] = [first.status];
    for (let i = 0; i < 30; i++) statuses.push((await ask(randomGuest(), "bonjour")).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(GUESTS_PER_HOUR);
    const refused = await ask(randomGuest(), "bonjour");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await t.core.db.prisma.identity.count({ where: { provider: "widget" } })).toBeLessThanOrEqual(GUESTS_PER_HOUR);
    if (first.status === 200) expect((await ask(known, "merci")).status).toBe(200);
  });
});
