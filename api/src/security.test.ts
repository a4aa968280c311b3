/**
 * Attacks a reviewer would try first, each as a real HTTP request against the running API.
 */
import { signAccessToken } from "@relais/core/accounts/access-tokens";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi({ CORS_ORIGINS: "https://app.example.org" });
});
afterAll(() => t?.close());

let n = 0;
async function member(session: "token" | "cookie" = "token") {
  const email = `sec${++n}-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name: `Sec ${n}`, session } });
  expect(res.status).toBe(201);
  return { email, ...res.body, setCookies: res.headers.getSetCookie() as string[] };
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("access tokens", () => {
  it("refuses a forged signature, alg none, an expired token and a deleted member's token (401)", async () => {
    const alice = await member();
    const { payload } = { payload: JSON.parse(Buffer.from(alice.accessToken.split(".")[1], "base64url").toString()) };

    const forged = await new SignJWT(payload)
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .sign(new TextEncoder().encode("not-the-server-secret-not-the-server-secret"));
    const none = `${b64({ alg: "none", typ: "JWT" })}.${b64(payload)}.`;
    const tampered = `${alice.accessToken.split(".")[0]}.${b64({ ...payload, sub: "someone-else" })}.${alice.accessToken.split(".")[2]}`;
    const expired = await signAccessToken(t.api.accounts.jwtSecret, payload.sub, payload.sid, 60, new Date(Date.now() - 3_600_000));
    for (const token of [forged, none, tampered, expired, "garbage-token-value"]) {
      const res = await t.request("GET", "/api/v1/me", { token });
      expect(res.status, token.slice(0, 20)).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await t.request("GET", "/api/v1/me", { headers: { authorization: "Basic abc" } })).status).toBe(401);
    expect((await t.request("GET", "/api/v1/me")).status).toBe(401);

    expect((await t.request("GET", "/api/v1/me", { token: alice.accessToken })).status).toBe(200);
    expect((await t.request("DELETE", "/api/v1/me", { token: alice.accessToken })).status).toBe(204);
    // A fresh, correctly signed token for the deleted member (as if issued before deletion).
    const afterDeletion = await signAccessToken(t.api.accounts.jwtSecret, payload.sub, payload.sid, 600);
    expect((await t.request("GET", "/api/v1/me", { token: afterDeletion })).status).toBe(401);
  });
});

describe("refresh tokens", () => {
  it("revokes the whole family when a used refresh token comes back", async () => {
    const bob = await member();
    const first = await t.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: bob.refreshToken } });
    expect(first.status).toBe(200);
    const replay = await t.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: bob.refreshToken } });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe("refresh_token_reused");
    // the newest token of the family and its access token stop working too
    expect((await t.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: first.body.refreshToken } })).status).toBe(401);
    expect((await t.request("GET", "/api/v1/me", { token: first.body.accessToken })).status).toBe(401);
    // other sessions of the member are untouched
    const other = await t.request("POST", "/api/v1/auth/login", { body: { email: bob.email, password: STRONG_PASSWORD } });
    expect((await t.request("GET", "/api/v1/me", { token: other.body.accessToken })).status).toBe(200);
  });
});

describe("brute force", () => {
  it("answers 429 with Retry-After after 5 failed logins for one IP and email, not for another email", async () => {
    const carol = await member();
    for (let i = 0; i < 5; i++) {
      expect(
        (await t.request("POST", "/api/v1/auth/login", { body: { email: carol.email, password: `Wrong-guess-${i}-xyz` } })).status,
      ).toBe(401);
    }
    const blocked = await t.request("POST", "/api/v1/auth/login", { body: { email: carol.email, password: STRONG_PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.headers.get("content-type")).toContain("application/problem+json");
    const dave = await member();
    expect((await t.request("POST", "/api/v1/auth/login", { body: { email: dave.email, password: STRONG_PASSWORD } })).status).toBe(200);
  });
});

describe("cookie sessions", () => {
  const cookieHeader = (setCookies: string[]) => setCookies.map((c) => c.split(";")[0]).join("; ");

  it("keeps the refresh token in an httpOnly cookie and requires the CSRF token to use it", async () => {
    const erin = await member("cookie");
    expect(erin.refreshToken).toBeUndefined();
    expect(erin.csrfToken).toEqual(expect.any(String));
    const session = erin.setCookies.find((c: string) => c.startsWith("relais_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    const cookie = cookieHeader(erin.setCookies);

    const noCsrf = await t.request("POST", "/api/v1/auth/refresh", { headers: { cookie } });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.code).toBe("csrf_invalid");
    const wrongCsrf = await t.request("POST", "/api/v1/auth/refresh", { headers: { cookie, "x-csrf-token": "forged" } });
    expect(wrongCsrf.status).toBe(403);
    const noCsrfLogout = await t.request("POST", "/api/v1/auth/logout", { headers: { cookie } });
    expect(noCsrfLogout.status).toBe(403);

    const ok = await t.request("POST", "/api/v1/auth/refresh", { headers: { cookie, "x-csrf-token": erin.csrfToken } });
    expect(ok.status).toBe(200);
    expect(ok.body.accessToken).toMatch(/^ey/);
    expect((await t.request("GET", "/api/v1/me", { token: ok.body.accessToken })).status).toBe(200);
  });
});

describe("CORS", () => {
  it("gives CORS headers to listed origins only", async () => {
    const allowed = await t.request("GET", "/api/v1/openapi.json", { headers: { origin: "https://app.example.org" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    const denied = await t.request("GET", "/api/v1/openapi.json", { headers: { origin: "https://evil.example" } });
    expect(denied.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${t.url}/api/v1/auth/login`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("another member's data (IDOR)", () => {
  it("cannot list, revoke or use another member's tokens or identities", async () => {
    const owner = await member();
    const intruder = await member();
    const token = await t.request("POST", "/api/v1/tokens", { token: owner.accessToken, body: { name: "ci", scopes: ["read"] } });
    const revoke = await t.request("DELETE", `/api/v1/tokens/${token.body.apiToken.id}`, { token: intruder.accessToken });
    expect(revoke.status).toBe(404);
    const list = await t.request("GET", "/api/v1/tokens", { token: intruder.accessToken });
    expect(list.body.items).toEqual([]);
    const me = await t.request("GET", "/api/v1/me", { token: token.body.token });
    expect(me.body.id).toBe(owner.user.id);
    const intruderMe = await t.request("GET", "/api/v1/me", { token: intruder.accessToken });
    expect(intruderMe.body.id).toBe(intruder.user.id);
    expect(JSON.stringify(intruderMe.body)).not.toContain(owner.email);
  });
});

describe("HTTP hygiene", () => {
  it("sets security headers and request ids, and never answers 500 to bad input", async () => {
    const res = await t.request("POST", "/api/v1/auth/login", {
      raw: '{"email": ',
      headers: { "content-type": "application/json", "x-request-id": "trace-123" },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("invalid_json");
    expect(res.headers.get("x-request-id")).toBe("trace-123");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const huge = await t.request("POST", "/api/v1/auth/login", {
      raw: JSON.stringify({ email: "a@b.co", password: "x".repeat(200_000) }),
      headers: { "content-type": "application/json" },
    });
    expect(huge.status).toBe(413);
    const notFound = await t.request("GET", "/api/v1/nothing-here");
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("content-type")).toContain("application/problem+json");
  });
});
