/**
 * Link codes cannot be guessed into someone's account (issue 10 H4): 10 digits; 5 wrong tries
 * aimed at a code kill it whoever types them; wrong tries are budgeted per client IP across
 * fresh identities, and for the whole instance. The probe's path — a guest typing "link my
 * account with code …" then reading the member's messages — over HTTP.
 */
import { randomBytes } from "node:crypto";
import { findOrCreateUserByIdentity, linkWithCode } from "@relais/core/accounts/identities";
import { LinkGuard } from "@relais/core/accounts/link-guard";
import { startSession } from "@relais/core/accounts/sessions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t?.close());

let n = 0;
async function member() {
  n++;
  const email = `linker${n}-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name: `Linker ${n}` } });
  return { userId: res.body.user.id as string, accessToken: res.body.accessToken as string };
}
/** A Slack user with a session, as a chat adapter would make one. */
async function chatUser() {
  n++;
  const slack = await findOrCreateUserByIdentity(t.api.accounts, { provider: "slack", externalId: `T0${n}:U${Date.now()}` });
  return { userId: slack.user.id, accessToken: (await startSession(t.api.accounts, slack.user.id)).accessToken };
}
const newCode = async (owner: { accessToken: string }) =>
  (await t.request("POST", "/api/v1/me/link-codes", { token: owner.accessToken })).body.code as string;
/** Same first digits as `code` (so aimed at it), another secret. */
const nearMiss = (code: string) => `${code.slice(0, 4)}${((Number(code.slice(4)) + 1) % 1_000_000).toString().padStart(6, "0")}`;
const guestSays = (guest: string, text: string) =>
  t.request("POST", "/api/v1/assistant/messages", {
    headers: { "x-relais-guest-session": guest, "accept-language": "en" },
    body: { text },
  });
const newGuest = () => randomBytes(24).toString("base64url");

describe("link codes (H4)", () => {
  it("are 10 digits, entered with or without spaces", async () => {
    const owner = await member();
    const code = await newCode(owner);
    expect(code).toMatch(/^\d{10}$/);
    const requester = await chatUser();
    const spaced = `${code.slice(0, 5)} ${code.slice(5)}`;
    const linked = await t.request("POST", "/api/v1/me/identities/link", { token: requester.accessToken, body: { code: spaced } });
    expect(linked.status).toBe(200);
    expect(linked.body.userId).toBe(owner.userId);
  });

  it("die after 5 wrong tries aimed at them, whoever typed them (each requester fresh)", async () => {
    const owner = await member();
    const code = await newCode(owner);
    for (let i = 0; i < 5; i++) {
      const guesser = await chatUser();
      const wrong = await t.request("POST", "/api/v1/me/identities/link", { token: guesser.accessToken, body: { code: nearMiss(code) } });
      expect(wrong.status).toBe(400);
    }
    const late = await chatUser();
    const right = await t.request("POST", "/api/v1/me/identities/link", { token: late.accessToken, body: { code } });
    expect(right.status).toBe(400);
    expect(right.body.errors[0]).toMatchObject({ field: "body.code", code: "link_code_invalid" });
    expect((await t.core.db.prisma.user.findUniqueOrThrow({ where: { id: late.userId } })).status).toBe("active");
    // The owner simply makes a new one.
    expect(await newCode(owner)).toMatch(/^\d{10}$/);
  });

  it("a guest never reaches a member's private messages with a guessed code", async () => {
    const owner = await member();
    const chloe = await member();
    const conversation = await t.request("POST", "/api/v1/conversations", {
      token: owner.accessToken,
      body: { memberIds: [chloe.userId] },
    });
    expect(conversation.status).toBe(201);
    const sent = await t.request("POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
      token: owner.accessToken,
      body: { body: "private A→C", clientMessageId: "p1" },
    });
    expect(sent.status).toBe(201);
    const code = await newCode(owner);
    const guests: string[] = [];
    for (let i = 0; i < 5; i++) {
      const guest = newGuest();
      guests.push(guest);
      const turn = await guestSays(guest, `link my account with code ${nearMiss(code)}`);
      expect(turn.status).toBe(200);
      expect(turn.body.replies[0].text).toBe("Invalid or expired code.");
    }
    const lucky = newGuest();
    const hit = await guestSays(lucky, `link my account with code ${code}`);
    expect(hit.body.replies[0].text).toBe("Invalid or expired code.");
    const read = await guestSays(lucky, "read my conversation with Linker");
    expect(JSON.stringify(read.body)).not.toContain("private A→C");
    const guestUsers = await t.core.db.prisma.identity.findMany({ where: { provider: "widget", externalId: { in: [...guests, lucky] } } });
    expect(guestUsers.every((identity) => identity.userId !== owner.userId)).toBe(true);
  });

  it("one client IP gets 20 wrong tries across fresh identities, then 429 with Retry-After", async () => {
    t.api.accounts.linkGuard = new LinkGuard(); // the budget of this test alone (earlier tests spent some)
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const guesser = await chatUser();
      const wrong = await t.request("POST", "/api/v1/me/identities/link", { token: guesser.accessToken, body: { code: "9999999999" } });
      statuses.push(wrong.status);
      if (wrong.status === 429) expect(Number(wrong.headers.get("retry-after"))).toBeGreaterThan(60);
    }
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("the instance as a whole has a budget of wrong tries, whatever the sources", async () => {
    const ctx = {
      ...t.api.accounts,
      linkGuard: new LinkGuard({ perSource: { points: 100, duration: 600 }, global: { points: 8, duration: 600 } }),
    };
    const owner = await member();
    const { createLinkCode } = await import("@relais/core/accounts/identities");
    const { code } = await createLinkCode(ctx, owner.userId);
    for (let i = 0; i < 8; i++) {
      const guesser = await chatUser();
      await expect(linkWithCode(ctx, guesser.userId, "1111111111", `ip:10.0.0.${i}`)).rejects.toMatchObject({ code: "link_code_invalid" });
    }
    const guesser = await chatUser();
    await expect(linkWithCode(ctx, guesser.userId, code, "ip:10.0.1.1")).rejects.toMatchObject({ code: "link_too_many_tries" });
  });
});
