/**
 * The account-takeover paths of the security probe (issue 10), over HTTP with the links from
 * the dev outbox: changing the email (H2), personal access tokens after a password change or
 * reset (M1), display names that would put a second link into an email (L1).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { latestEmail, requestPasswordReset, STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t?.close());

let n = 0;
async function member(locale: "fr" | "en" = "en") {
  n++;
  const email = `owner${n}-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name: `Owner ${n}`, locale } });
  expect(res.status).toBe(201);
  return { email, userId: res.body.user.id as string, accessToken: res.body.accessToken as string };
}
async function pat(accessToken: string, scopes: string[] = ["read", "write"]): Promise<string> {
  const created = await t.request("POST", "/api/v1/tokens", { token: accessToken, body: { name: `t${Date.now()}`, scopes } });
  expect(created.status).toBe(201);
  return created.body.token;
}
const outbox = async (to: string) =>
  (await t.request("GET", `/dev/outbox?to=${encodeURIComponent(to)}`)).body.items as { subject: string }[];

describe("changing the email (H2)", () => {
  it("is refused to a personal access token, even with write scope (403), and nothing changes", async () => {
    const owner = await member();
    const token = await pat(owner.accessToken);
    const attempt = await t.request("PATCH", "/api/v1/me", {
      token,
      body: { email: "thief@example.test", currentPassword: STRONG_PASSWORD },
    });
    expect(attempt.status).toBe(403);
    expect(attempt.headers.get("content-type")).toContain("application/problem+json");
    expect(attempt.body.code).toBe("email_change_needs_session");
    expect((await t.request("GET", "/api/v1/me", { token: owner.accessToken })).body.email).toBe(owner.email);
    expect(await outbox("thief@example.test")).toEqual([]);
    // The name still changes with a write token.
    expect((await t.request("PATCH", "/api/v1/me", { token, body: { name: "Via token" } })).body.name).toBe("Via token");
  });

  it("needs the current password: missing or wrong → 400 naming currentPassword", async () => {
    const owner = await member();
    const missing = await t.request("PATCH", "/api/v1/me", { token: owner.accessToken, body: { email: "thief2@example.test" } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: "body.currentPassword", code: "field_required" })]);
    const wrong = await t.request("PATCH", "/api/v1/me", {
      token: owner.accessToken,
      body: { email: "thief2@example.test", currentPassword: "Not-my-password-42" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: "body.currentPassword", code: "wrong_password" });
    expect((await t.request("GET", "/api/v1/me", { token: owner.accessToken })).body.email).toBe(owner.email);
  });

  it("with the password: changes at once (unverified), verifies the new address, and the old one can take it back", async () => {
    const owner = await member("fr");
    const token = await pat(owner.accessToken);
    const stolen = "thief3@example.test";
    const changed = await t.request("PATCH", "/api/v1/me", {
      token: owner.accessToken,
      body: { email: stolen, currentPassword: STRONG_PASSWORD },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ email: stolen, emailVerified: false });
    const verification = await latestEmail(t, stolen);
    expect(verification.subject).toBe("Confirmez votre adresse e-mail");

    const notice = await latestEmail(t, owner.email);
    expect(notice.subject).toBe("L'adresse e-mail de votre compte a changé");
    expect(notice.text).toContain("thief3@example[.]test");
    expect(notice.link.startsWith("http://relais.test/auth/undo-email-change?token=")).toBe(true);
    const page = await fetch(`${t.url}/auth/undo-email-change?token=${notice.token}`, { headers: { "accept-language": "fr" } });
    expect(await page.text()).toContain("Reprendre mon adresse");

    // The thief resets the password at the new address; the owner's undo link still wins.
    const thiefReset = await requestPasswordReset(t, stolen);
    const thiefSession = await t.request("POST", "/api/v1/auth/login", { body: { email: stolen, password: STRONG_PASSWORD } });
    expect(thiefSession.status).toBe(200);

    const newPassword = "Owner-is-back-in-2026";
    // The owner follows the link in the notice: the page's form takes the address back.
    const undone = await fetch(`${t.url}/auth/undo-email-change`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "accept-language": "fr" },
      body: new URLSearchParams({ token: notice.token, password: newPassword }).toString(),
    });
    expect(undone.status).toBe(200);
    expect(await undone.text()).toContain("votre adresse est rétablie");
    const restored = await t.core.db.prisma.user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(restored.email).toBe(owner.email);
    expect(restored.emailVerifiedAt).not.toBeNull();
    for (const bearer of [owner.accessToken, thiefSession.body.accessToken, token]) {
      expect((await t.request("GET", "/api/v1/me", { token: bearer })).status).toBe(401);
    }
    // Links mailed to the thief's address are dead, and so is the old password.
    expect((await t.request("POST", "/api/v1/auth/verify-email", { body: { token: verification.token } })).status).toBe(400);
    expect(
      (await t.request("POST", "/api/v1/auth/reset-password", { body: { token: thiefReset.token, password: "Thief-tries-again-77" } }))
        .status,
    ).toBe(400);
    expect((await t.request("POST", "/api/v1/auth/login", { body: { email: stolen, password: STRONG_PASSWORD } })).status).toBe(401);
    expect((await t.request("POST", "/api/v1/auth/login", { body: { email: owner.email, password: STRONG_PASSWORD } })).status).toBe(401);
    expect((await t.request("POST", "/api/v1/auth/login", { body: { email: owner.email, password: newPassword } })).status).toBe(200);
    // The undo link works once.
    expect(
      (await t.request("POST", "/api/v1/auth/undo-email-change", { body: { token: notice.token, password: newPassword } })).status,
    ).toBe(400);
  });
});

describe("undoing a chain of email changes (H2)", () => {
  it("the first address takes the account back over the API; the undo link of a later change is void", async () => {
    const owner = await member();
    const second = `second-${Date.now()}@example.org`;
    const third = `third-${Date.now()}@example.org`;
    for (const email of [second, third]) {
      const changed = await t.request("PATCH", "/api/v1/me", {
        token: owner.accessToken,
        body: { email, currentPassword: STRONG_PASSWORD },
      });
      expect(changed.status).toBe(200);
    }
    const firstUndo = await latestEmail(t, owner.email);
    const laterUndo = await latestEmail(t, second);
    expect(laterUndo.link).toContain("/auth/undo-email-change?token=");
    const back = await t.request("POST", "/api/v1/auth/undo-email-change", {
      body: { token: firstUndo.token, password: "First-address-wins-42" },
    });
    expect(back.status).toBe(200);
    expect(back.body.user).toMatchObject({ id: owner.userId, email: owner.email, emailVerified: true });
    const stale = await t.request("POST", "/api/v1/auth/undo-email-change", {
      body: { token: laterUndo.token, password: "Second-tries-back-42" },
    });
    expect(stale.status).toBe(400);
    expect((await t.core.db.prisma.user.findUniqueOrThrow({ where: { id: owner.userId } })).email).toBe(owner.email);
  });
});

describe("personal access tokens end with a password change or reset (M1)", () => {
  it("revokes them on a password change (this session stays) and on a reset", async () => {
    const owner = await member();
    const first = await pat(owner.accessToken);
    expect((await t.request("GET", "/api/v1/me", { token: first })).status).toBe(200);
    const changed = await t.request("POST", "/api/v1/auth/change-password", {
      token: owner.accessToken,
      body: { currentPassword: STRONG_PASSWORD, newPassword: "Canape-gris-3-places-77" },
    });
    expect(changed.status).toBe(204);
    expect((await t.request("GET", "/api/v1/me", { token: first })).status).toBe(401);
    expect((await t.request("PATCH", "/api/v1/me/profile", { token: first, body: { headline: "x" } })).status).toBe(401);
    expect((await t.request("GET", "/api/v1/me", { token: owner.accessToken })).status).toBe(200);

    const second = await pat(owner.accessToken);
    const { token } = await requestPasswordReset(t, owner.email);
    // A weak password is refused without burning the link.
    expect((await t.request("POST", "/api/v1/auth/reset-password", { body: { token, password: "azertyuiop" } })).status).toBe(400);
    expect(
      (await t.request("POST", "/api/v1/auth/reset-password", { body: { token, password: "Guitare-acoustique-Yamaha-9" } })).status,
    ).toBe(204);
    expect((await t.request("GET", "/api/v1/me", { token: second })).status).toBe(401);
    const rows = await t.core.db.prisma.apiToken.findMany({ where: { userId: owner.userId } });
    expect(rows.map((r) => r.revokedAt !== null)).toEqual([true, true]);
  });
});

describe("display names in emails (L1)", () => {
  it("refuses control characters in a name (400 naming the field), at sign-up and on PATCH /me", async () => {
    const res = await t.request("POST", "/api/v1/auth/register", {
      body: { email: `l1-${Date.now()}@example.org`, password: STRONG_PASSWORD, name: "Support\nhttps://relais-login.evil.example/verify" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "body.name" })]);
    const owner = await member();
    for (const name of ["Zoé\r\nGarnier", "Zoé\u0007", "Zoé\u202Eeinrag", "Zoé\u2028x"]) {
      const patched = await t.request("PATCH", "/api/v1/me", { token: owner.accessToken, body: { name } });
      expect(patched.status).toBe(400);
    }
    expect((await t.request("PATCH", "/api/v1/me", { token: owner.accessToken, body: { name: "Zoé 👩‍👩‍👧" } })).status).toBe(200);
  });

  it("only the template's own link is a link: a URL in a name is defanged in the text and the HTML", async () => {
    const email = `l1b-${Date.now()}@example.org`;
    await t.request("POST", "/api/v1/auth/register", {
      body: { email, password: STRONG_PASSWORD, name: "Support https://relais-login.evil.example/verify", locale: "en" },
    });
    const row = await t.core.db.prisma.emailOutbox.findFirstOrThrow({ where: { to: email } });
    expect(row.text).not.toContain("relais-login.evil.example");
    expect(row.text).toContain("https[:]//relais-login[.]evil[.]example/verify");
    const anchors = [...(row.html ?? "").matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toMatch(/^http:\/\/relais\.test\/auth\/verify-email\?token=/);
    const { body } = await t.request("GET", `/dev/outbox?to=${encodeURIComponent(email)}`);
    expect(body.items[0].links).toEqual([anchors[0]]);
  });
});

describe("forgot-password tells nothing by its timing (L7)", () => {
  it("answers before any database work, for a known and an unknown email alike; only the known one gets an email", async () => {
    const owner = await member();
    const unknown = `nobody-${Date.now()}@example.org`;
    const answered: number[] = [];
    // An open transaction holds the embedded database's only connection: a request that needed the
    // database before answering would wait for it (and the transaction would time out).
    await t.core.db.prisma.$transaction(
      async (tx) => {
        await tx.user.count();
        for (const email of [owner.email, unknown]) {
          answered.push((await t.request("POST", "/api/v1/auth/forgot-password", { body: { email } })).status);
        }
      },
      { timeout: 5_000 },
    );
    expect(answered).toEqual([202, 202]);
    await vi.waitFor(async () => expect((await outbox(owner.email)).map((m) => m.subject)).toContain("Reset your password"), {
      timeout: 10_000,
    });
    expect(await outbox(unknown)).toEqual([]);
  });
});

describe("password spraying from one IP (L6)", () => {
  let proxied: TestApi;
  beforeAll(async () => {
    // Behind a proxy on loopback: the client IP is the X-Forwarded-For the proxy sets.
    proxied = await startTestApi({ TRUST_PROXY: "loopback" });
  });
  afterAll(() => proxied?.close());

  it("answers 429 after 10 failed sign-ins from one client IP across accounts; another IP still signs in", async () => {
    const emails: string[] = [];
    for (let i = 0; i < 5; i++) {
      const email = `spray${i}-${Date.now()}@example.org`;
      await proxied.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name: `Spray ${i}` } });
      emails.push(email);
    }
    const from = (ip: string) => ({ "x-forwarded-for": ip });
    const statuses: number[] = [];
    for (const email of emails.slice(0, 4)) {
      for (let i = 0; i < 3; i++) {
        const res = await proxied.request("POST", "/api/v1/auth/login", {
          body: { email, password: `Spring-2026-guess-${i}` },
          headers: from("203.0.113.7"),
        });
        statuses.push(res.status);
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const blocked = await proxied.request("POST", "/api/v1/auth/login", {
      body: { email: emails[4], password: STRONG_PASSWORD },
      headers: from("203.0.113.7"),
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    const elsewhere = await proxied.request("POST", "/api/v1/auth/login", {
      body: { email: emails[4], password: STRONG_PASSWORD },
      headers: from("203.0.113.8"),
    });
    expect(elsewhere.status).toBe(200);
  });
});
