/**
 * Sign-in with GitHub and LinkedIn against a local fake of the providers (the remote side
 * only): authorization redirect with state and PKCE, code exchange checked against the
 * challenge, profile and verified email, then account created, found again, or linked.
 */
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestEmail, requestPasswordReset, STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

type Person = { id: string; name: string; email: string; verified: boolean };

/** A fake GitHub + LinkedIn: /gh/login/oauth/*, /gh/api/*, /li/oauth/v2/*, /li/api/v2/userinfo. */
function fakeProviders() {
  const challenges = new Map<string, { challenge: string; person: Person }>();
  const tokens = new Map<string, Person>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    requests.push(`${req.method} ${req.url}`);
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    if (req.method === "POST" && (req.url === "/gh/login/oauth/access_token" || req.url === "/li/oauth/v2/accessToken")) {
      const form = new URLSearchParams(body);
      const issued = challenges.get(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const auth = req.headers.authorization ?? "";
      const credentials = Buffer.from(auth.replace(/^Basic /, ""), "base64").toString();
      const clientOk =
        credentials === "client-id:client-secret" ||
        (form.get("client_id") === "client-id" && form.get("client_secret") === "client-secret");
      if (!issued || !clientOk || createHash("sha256").update(verifier).digest("base64url") !== issued.challenge) {
        return json(400, { error: "invalid_grant", error_description: "bad code or verifier" });
      }
      challenges.delete(form.get("code") ?? "");
      const token = `tok-${Math.random()}`;
      tokens.set(token, issued.person);
      return json(200, { access_token: token, token_type: "bearer", scope: "user:email", expires_in: 3600 });
    }
    const person = tokens.get((req.headers.authorization ?? "").replace(/^Bearer /, ""));
    if (!person) return json(401, { message: "Bad credentials" });
    if (req.url === "/gh/api/user")
      return json(200, { id: Number(person.id), login: person.name.toLowerCase().replace(/\W/g, ""), name: person.name });
    if (req.url === "/gh/api/user/emails")
      return json(200, [
        { email: "old@example.org", primary: false, verified: false },
        { email: person.email, primary: true, verified: person.verified },
      ]);
    if (req.url === "/li/api/v2/userinfo")
      return json(200, {
        sub: person.id,
        name: person.name,
        email: person.email,
        email_verified: person.verified,
        locale: { language: "en", country: "US" },
      });
    json(404, {});
  });
  return {
    server,
    requests,
    /** What the provider does when the person clicks "Authorize": remembers the challenge, hands out a code. */
    consent(authorizeUrl: URL, person: Person): string {
      const code = `code-${Math.random().toString(36).slice(2)}`;
      challenges.set(code, { challenge: authorizeUrl.searchParams.get("code_challenge") ?? "", person });
      return code;
    },
  };
}

let t: TestApi;
let fake: ReturnType<typeof fakeProviders>;

beforeAll(async () => {
  fake = fakeProviders();
  await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  t = await startTestApi({
    GITHUB_CLIENT_ID: "client-id",
    GITHUB_CLIENT_SECRET: "client-secret",
    GITHUB_OAUTH_URL: `${base}/gh/login/oauth`,
    GITHUB_API_URL: `${base}/gh/api`,
    LINKEDIN_CLIENT_ID: "client-id",
    LINKEDIN_CLIENT_SECRET: "client-secret",
    LINKEDIN_OAUTH_URL: `${base}/li/oauth/v2`,
    LINKEDIN_API_URL: `${base}/li/api`,
    OAUTH_SUCCESS_REDIRECT: "http://relais.test/welcome",
  });
});
afterAll(async () => {
  await t?.close();
  fake?.server.close();
});

async function signIn(provider: "github" | "linkedin", person: Person, accept = "application/json") {
  const start = await t.request("GET", `/api/v1/auth/oauth/${provider}`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get("location") ?? "");
  const cookie = (start.headers.getSetCookie() as string[]).map((c) => c.split(";")[0]).join("; ");
  const code = fake.consent(authorize, person);
  const callback = await t.request(
    "GET",
    `/api/v1/auth/oauth/${provider}/callback?code=${code}&state=${authorize.searchParams.get("state")}`,
    { headers: { cookie, accept } },
  );
  return { authorize, callback };
}

describe("OAuth sign-in", () => {
  it("redirects to GitHub with state, PKCE (S256), the callback URL and the user:email scope", async () => {
    const start = await t.request("GET", "/api/v1/auth/oauth/github");
    const url = new URL(start.headers.get("location") ?? "");
    expect(url.pathname).toBe("/gh/login/oauth/authorize");
    expect(url.searchParams.get("client_id")).toBe("client-id");
    expect(url.searchParams.get("redirect_uri")).toBe("http://relais.test/api/v1/auth/oauth/github/callback");
    expect(url.searchParams.get("scope")?.split(" ")).toContain("user:email");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("state")?.length).toBeGreaterThan(20);
  });

  it("creates an account from GitHub's verified email, then finds the same account again", async () => {
    const zoe = { id: "4242", name: "Zoé Garnier", email: "zoe.github@example.org", verified: true };
    const first = await signIn("github", zoe);
    expect(first.callback.status).toBe(200);
    expect(first.callback.body.user).toMatchObject({ email: zoe.email, emailVerified: true, name: "Zoé Garnier" });
    const me = await t.request("GET", "/api/v1/me/identities", { token: first.callback.body.accessToken });
    expect(me.body.items).toEqual([expect.objectContaining({ provider: "github", externalId: "4242" })]);
    const second = await signIn("github", zoe);
    expect(second.callback.body.user.id).toBe(first.callback.body.user.id);
  });

  it("links LinkedIn (OpenID Connect) to an existing account with the same verified email", async () => {
    const email = "tom.linkedin@example.org";
    const registered = await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name: "Tom" } });
    await t.request("POST", "/api/v1/auth/verify-email", { body: { token: (await latestEmail(t, email)).token } });
    const { callback } = await signIn("linkedin", { id: "li-abc", name: "Tom Anderson", email, verified: true });
    expect(callback.status).toBe(200);
    expect(callback.body.user.id).toBe(registered.body.user.id);
    expect(callback.body.user.emailVerified).toBe(true);
  });

  it("refuses an unverified email, a wrong state, and a provider that refused", async () => {
    const unverified = await signIn("github", { id: "777", name: "Mallory", email: "victim@example.org", verified: false });
    expect(unverified.callback.status).toBe(400);
    expect(unverified.callback.body.code).toBe("oauth_no_verified_email");

    const start = await t.request("GET", "/api/v1/auth/oauth/github");
    const cookie = (start.headers.getSetCookie() as string[]).map((c) => c.split(";")[0]).join("; ");
    const forged = await t.request("GET", "/api/v1/auth/oauth/github/callback?code=abc&state=forged-state", {
      headers: { cookie, accept: "application/json" },
    });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe("oauth_state_mismatch");

    const denied = await t.request("GET", "/api/v1/auth/oauth/github/callback?error=access_denied&error_description=The+user+has+denied", {
      headers: { accept: "application/json" },
    });
    expect(denied.status).toBe(400);
    expect(denied.body.detail).toContain("The user has denied");
  });

  it("sends a browser to the success page with the session cookie", async () => {
    const { callback } = await signIn("github", { id: "5151", name: "Hugo", email: "hugo.gh@example.org", verified: true }, "text/html");
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe("http://relais.test/welcome");
    expect((callback.headers.getSetCookie() as string[]).some((c) => c.startsWith("relais_session=") && /HttpOnly/i.test(c))).toBe(true);
  });
});

describe("OAuth sign-in never hands over an account whose address is unproven (issue 10 H1, H3)", () => {
  const identitiesOf = (userId: string) => t.core.db.prisma.identity.findMany({ where: { userId } });

  it("does not link GitHub to an account that registered the address without confirming it", async () => {
    const email = "victim2@corp.test";
    const attacker = await t.request("POST", "/api/v1/auth/register", {
      body: { email, password: "Attacker-Knows-This-99x", name: "Victim Two" },
    });
    expect(attacker.body.user.emailVerified).toBe(false);
    const victim = { id: "9001", name: "Victim Two", email, verified: true };

    const { callback } = await signIn("github", victim);
    expect(callback.status).toBe(409);
    expect(callback.headers.get("content-type")).toContain("application/problem+json");
    expect(callback.body.code).toBe("oauth_email_unverified");
    expect(callback.body.detail).toContain("GitHub");
    expect(await identitiesOf(attacker.body.user.id)).toEqual([]);
    const row = await t.core.db.prisma.user.findUniqueOrThrow({ where: { id: attacker.body.user.id } });
    expect(row.emailVerifiedAt).toBeNull();

    // The mailbox's owner proves it (a reset link), which also locks the pre-registrant out; then GitHub links.
    const reset = await requestPasswordReset(t, email);
    await t.request("POST", "/api/v1/auth/reset-password", { body: { token: reset.token, password: "Owner-takes-it-back-2026" } });
    const linked = await signIn("github", victim);
    expect(linked.callback.status).toBe(200);
    expect(linked.callback.body.user.id).toBe(attacker.body.user.id);
    expect((await identitiesOf(attacker.body.user.id)).map((i) => i.provider)).toEqual(["github"]);
    const attackerLogin = await t.request("POST", "/api/v1/auth/login", { body: { email, password: "Attacker-Knows-This-99x" } });
    expect(attackerLogin.status).toBe(401);
  });

  it("refuses LinkedIn the same way", async () => {
    const email = "victim3@corp.test";
    await t.request("POST", "/api/v1/auth/register", { body: { email, password: "Attacker-Knows-This-99x", name: "Victim Three" } });
    const { callback } = await signIn("linkedin", { id: "li-victim3", name: "Victim Three", email, verified: true });
    expect(callback.status).toBe(409);
    expect(await t.core.db.prisma.identity.count({ where: { provider: "linkedin", externalId: "li-victim3" } })).toBe(0);
  });

  it("a verification link mailed to one address never verifies the address that replaced it", async () => {
    const own = "attacker@example.test";
    const target = "victim@corp.test";
    const registered = await t.request("POST", "/api/v1/auth/register", { body: { email: own, password: STRONG_PASSWORD, name: "Att" } });
    const kept = await latestEmail(t, own);
    const changed = await t.request("PATCH", "/api/v1/me", {
      token: registered.body.accessToken,
      body: { email: target, currentPassword: STRONG_PASSWORD },
    });
    expect(changed.body).toMatchObject({ email: target, emailVerified: false });

    const replay = await t.request("POST", "/api/v1/auth/verify-email", { body: { token: kept.token } });
    expect(replay.status).toBe(400);
    expect(replay.body.errors[0]).toMatchObject({ field: "body.token", code: "invalid_email_token" });
    const row = await t.core.db.prisma.user.findUniqueOrThrow({ where: { id: registered.body.user.id } });
    expect(row.emailVerifiedAt).toBeNull();

    // The real owner of victim@corp.test signs in with GitHub: not into the attacker's account.
    const { callback } = await signIn("github", { id: "9002", name: "Victim", email: target, verified: true });
    expect(callback.status).toBe(409);
    expect(await identitiesOf(registered.body.user.id)).toEqual([]);
  });
});
