/**
 * The session layer announces every end of a session on the core event bus (`session.ended`),
 * so live connections (socket.io) can close: sign-out, password change and reset, account
 * deletion, a link that retires the account, a reused refresh token.
 */
import { createLinkCode, findOrCreateUserByIdentity, linkWithCode } from "@relais/core/accounts/identities";
import { startSession } from "@relais/core/accounts/sessions";
import type { CoreEvents } from "@relais/core/events/bus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPasswordReset, STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

type Ended = CoreEvents["session.ended"];

let t: TestApi;
const ended: Ended[] = [];
beforeAll(async () => {
  t = await startTestApi();
  t.core.events.subscribe("session.ended", (event) => {
    ended.push(event);
  });
});
afterAll(() => t?.close());

let n = 0;
async function member() {
  n++;
  const email = `ended${n}-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name: `Ended ${n}` } });
  const sessionId = JSON.parse(Buffer.from(res.body.accessToken.split(".")[1], "base64url").toString()).sid as string;
  return {
    email,
    userId: res.body.user.id as string,
    accessToken: res.body.accessToken as string,
    refreshToken: res.body.refreshToken,
    sessionId,
  };
}
const eventsOf = (userId: string) => ended.filter((e) => e.userId === userId);

describe("session.ended", () => {
  it("is published for a sign-out, naming the session", async () => {
    const m = await member();
    expect((await t.request("POST", "/api/v1/auth/logout", { token: m.accessToken })).status).toBe(204);
    expect(eventsOf(m.userId)).toEqual([{ userId: m.userId, sessionIds: [m.sessionId], reason: "logout" }]);
  });

  it("names the other sessions on a password change, and all of them on a reset", async () => {
    const m = await member();
    const other = await t.request("POST", "/api/v1/auth/login", { body: { email: m.email, password: STRONG_PASSWORD } });
    const otherSid = JSON.parse(Buffer.from(other.body.accessToken.split(".")[1], "base64url").toString()).sid;
    const changed = await t.request("POST", "/api/v1/auth/change-password", {
      token: m.accessToken,
      body: { currentPassword: STRONG_PASSWORD, newPassword: "Canape-gris-3-places-77" },
    });
    expect(changed.status).toBe(204);
    expect(eventsOf(m.userId)).toEqual([{ userId: m.userId, sessionIds: [otherSid], reason: "password_changed" }]);

    const { token } = await requestPasswordReset(t, m.email);
    expect(
      (await t.request("POST", "/api/v1/auth/reset-password", { body: { token, password: "Guitare-acoustique-Yamaha-9" } })).status,
    ).toBe(204);
    expect(eventsOf(m.userId).at(-1)).toEqual({ userId: m.userId, sessionIds: "all", reason: "password_reset" });
  });

  it("is published when the account is deleted, and when a link retires the account", async () => {
    const m = await member();
    expect((await t.request("DELETE", "/api/v1/me", { token: m.accessToken })).status).toBe(204);
    expect(eventsOf(m.userId)).toEqual([{ userId: m.userId, sessionIds: "all", reason: "account_deleted" }]);

    const owner = await member();
    const slack = await findOrCreateUserByIdentity(t.api.accounts, { provider: "slack", externalId: `T01:U${Date.now()}` });
    await startSession(t.api.accounts, slack.user.id);
    const { code } = await createLinkCode(t.api.accounts, owner.userId);
    await linkWithCode(t.api.accounts, slack.user.id, code);
    expect(eventsOf(slack.user.id)).toEqual([{ userId: slack.user.id, sessionIds: "all", reason: "account_linked" }]);
  });

  it("is published when a used refresh token comes back (the family is revoked)", async () => {
    const m = await member();
    await t.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: m.refreshToken } });
    expect((await t.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: m.refreshToken } })).status).toBe(401);
    expect(eventsOf(m.userId)).toEqual([{ userId: m.userId, sessionIds: [m.sessionId], reason: "refresh_reused" }]);
  });
});
