/**
 * The account flows a member goes through, over HTTP from a fresh database: sign-up,
 * verification link from the dev outbox, sign-in, refresh, sign-out, forgotten password,
 * password change, my account, personal access tokens, linking chat identities.
 */
import { findOrCreateUserByIdentity } from "@relais/core/accounts/identities";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestEmail, requestPasswordReset, STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t?.close());

let n = 0;
async function register(overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  n++;
  const email = `member${n}-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email, password: STRONG_PASSWORD, name: `Member ${n}`, ...overrides },
    headers,
  });
  return { res, email: (overrides.email as string | undefined) ?? email };
}

describe("sign-up and email verification", () => {
  it("creates the account, signs in, and emails a verification link in the member's language", async () => {
    const { res, email } = await register({}, { "accept-language": "en-GB,en;q=0.9" });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email, emailVerified: false, locale: "en" });
    expect(res.body.accessToken).toMatch(/^ey/);
    expect(res.body.refreshToken).toMatch(/^rt_/);
    const mail = await latestEmail(t, email);
    expect(mail.subject).toBe("Confirm your email address");
    expect(mail.link.startsWith("http://relais.test/auth/verify-email?token=")).toBe(true);

    const verified = await t.request("POST", "/api/v1/auth/verify-email", { body: { token: mail.token } });
    expect(verified.status).toBe(200);
    expect(verified.body.user.emailVerified).toBe(true);
    const again = await t.request("POST", "/api/v1/auth/verify-email", { body: { token: mail.token } });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].field).toBe("body.token");
  });

  it("writes the email in French for a French member, and the link opens a page that verifies", async () => {
    const { email } = await register({ locale: "fr" });
    const mail = await latestEmail(t, email);
    expect(mail.subject).toBe("Confirmez votre adresse e-mail");
    const page = await fetch(`${t.url}/auth/verify-email?token=${mail.token}`, { headers: { "accept-language": "fr" } });
    expect(await page.text()).toContain("<button>Confirmer</button>");
    const done = await fetch(`${t.url}/auth/verify-email`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "accept-language": "fr" },
      body: `token=${mail.token}`,
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("votre adresse e-mail est confirmée");
  });

  it("speaks the member's language on the verify page whatever the browser's, and links to the app (issue 13)", async () => {
    const { res, email } = await register({ locale: "en" });
    const mail = await latestEmail(t, email);
    // A French browser (or none) opening an English member's link.
    const shown = await fetch(`${t.url}/auth/verify-email?token=${mail.token}`, { headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    const html = await shown.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<button>Confirm</button>");
    const done = await fetch(`${t.url}/auth/verify-email`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `token=${mail.token}`,
    });
    const doneHtml = await done.text();
    expect(doneHtml).toContain("Done: your email address is confirmed.");
    const link = /<a href="([^"]+)">Open Relais<\/a>/.exec(doneHtml)?.[1];
    expect(link).toBe("/app?lang=en");
    expect((await fetch(`${t.url}${link}`)).status).toBe(200);
    expect((await t.request("GET", "/api/v1/me", { token: res.body.accessToken })).body.emailVerified).toBe(true);
    // An unknown token: the browser's language.
    const unknown = await fetch(`${t.url}/auth/verify-email?token=${"x".repeat(40)}`, { headers: { "accept-language": "fr" } });
    expect(await unknown.text()).toContain('<html lang="fr">');
  });

  it("refuses a duplicate email (409) whatever its case, and a weak password saying why", async () => {
    const { email } = await register();
    const dup = await register({ email: email.toUpperCase() });
    expect(dup.res.status).toBe(409);
    expect(dup.res.headers.get("content-type")).toContain("application/problem+json");
    const weak = await register({ password: "azertyuiop" }, { "accept-language": "fr" });
    expect(weak.res.status).toBe(400);
    expect(weak.res.body.errors).toEqual([expect.objectContaining({ field: "body.password", code: "password_too_weak" })]);
    expect(weak.res.body.detail).toBe(
      "Mot de passe trop facile à deviner : il suit un motif prévisible (répétitions, suites, clavier). Ajoutez des mots sans rapport entre eux.",
    );
    const common = await register({ password: "password123" });
    expect(common.res.body.detail).toBe("Password too easy to guess: it is one of the most common passwords.");
    const short = await register({ password: "a1!B" });
    expect(short.res.body.detail).toBe("The password must be at least 10 characters long.");
    const personal = await register({ password: "member-example-org", email: "member@example.org", name: "Member Example" });
    expect(personal.res.body.detail).toContain("contains your name or email");
  });

  it("parallel sign-ups with one email: one account (201), every other answer a 409 problem, never a 500", async () => {
    const email = `race-${Date.now()}@example.org`;
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => register({ email, name: `Racer ${i}` })));
    const statuses = answers.map((a) => a.res.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.res.status === 409)) {
      expect(a.res.headers.get("content-type")).toContain("application/problem+json");
    }
    expect(await t.core.db.prisma.user.count({ where: { email } })).toBe(1);
  });

  it("resends the verification email on demand, and not once verified", async () => {
    const { res, email } = await register();
    const resend = await t.request("POST", "/api/v1/auth/resend-verification", { token: res.body.accessToken });
    expect(resend.status).toBe(202);
    const mail = await latestEmail(t, email);
    await t.request("POST", "/api/v1/auth/verify-email", { body: { token: mail.token } });
    const after = await t.request("POST", "/api/v1/auth/resend-verification", { token: res.body.accessToken });
    expect(after.status).toBe(409);
  });
});

describe("sign-in, refresh, sign-out", () => {
  it("signs in; wrong password and unknown email get the same 401", async () => {
    const { email } = await register();
    const ok = await t.request("POST", "/api/v1/auth/login", { body: { email, password: STRONG_PASSWORD } });
    expect(ok.status).toBe(200);
    const wrong = await t.request("POST", "/api/v1/auth/login", { body: { email, password: "Not-the-password-42" } });
    const unknown = await t.request("POST", "/api/v1/auth/login", { body: { email: `nobody-${email}`, password: STRONG_PASSWORD } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it("rotates the refresh token and signs out", async () => {
    const { res } = await register();
    const refreshed = await t.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: res.body.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(res.body.refreshToken);
    const me = await t.request("GET", "/api/v1/me", { token: refreshed.body.accessToken });
    expect(me.status).toBe(200);
    const out = await t.request("POST", "/api/v1/auth/logout", { token: refreshed.body.accessToken });
    expect(out.status).toBe(204);
    expect((await t.request("GET", "/api/v1/me", { token: refreshed.body.accessToken })).status).toBe(401);
    expect((await t.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: refreshed.body.refreshToken } })).status).toBe(401);
  });
});

describe("passwords", () => {
  it("resets a forgotten password from the emailed link: single use, all sessions ended", async () => {
    const { res, email } = await register();
    expect((await t.request("POST", "/api/v1/auth/forgot-password", { body: { email: `unknown-${email}` } })).status).toBe(202);
    const mail = await requestPasswordReset(t, email);
    expect(mail.link).toContain("/auth/reset-password?token=");
    const newPassword = "Guitare-acoustique-Yamaha-9";
    expect((await t.request("POST", "/api/v1/auth/reset-password", { body: { token: mail.token, password: newPassword } })).status).toBe(
      204,
    );
    expect(
      (await t.request("POST", "/api/v1/auth/reset-password", { body: { token: mail.token, password: "Another-good-one-2026" } })).status,
    ).toBe(400);
    expect((await t.request("GET", "/api/v1/me", { token: res.body.accessToken })).status).toBe(401);
    expect((await t.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: res.body.refreshToken } })).status).toBe(401);
    expect((await t.request("POST", "/api/v1/auth/login", { body: { email, password: STRONG_PASSWORD } })).status).toBe(401);
    expect((await t.request("POST", "/api/v1/auth/login", { body: { email, password: newPassword } })).status).toBe(200);
  });

  it("changes the password: needs the current one, ends the other sessions, keeps this one", async () => {
    const { res, email } = await register();
    const other = await t.request("POST", "/api/v1/auth/login", { body: { email, password: STRONG_PASSWORD } });
    const bad = await t.request("POST", "/api/v1/auth/change-password", {
      token: res.body.accessToken,
      body: { currentPassword: "wrong-one-123", newPassword: "Canape-gris-3-places-77" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("body.currentPassword");
    const ok = await t.request("POST", "/api/v1/auth/change-password", {
      token: res.body.accessToken,
      body: { currentPassword: STRONG_PASSWORD, newPassword: "Canape-gris-3-places-77" },
    });
    expect(ok.status).toBe(204);
    expect((await t.request("GET", "/api/v1/me", { token: res.body.accessToken })).status).toBe(200);
    expect((await t.request("GET", "/api/v1/me", { token: other.body.accessToken })).status).toBe(401);
    expect((await latestEmail(t, email)).subject).toMatch(/password was changed|mot de passe a été modifié/);
  });
});

describe("my account", () => {
  it("reads and updates it; a new email must be verified again", async () => {
    const { res } = await register();
    const token = res.body.accessToken;
    const patched = await t.request("PATCH", "/api/v1/me", {
      token,
      body: { name: "Zoé Garnier", locale: "en", email: `new-${Date.now()}@example.org`, currentPassword: STRONG_PASSWORD },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Zoé Garnier", locale: "en", emailVerified: false });
    expect((await latestEmail(t, patched.body.email)).subject).toBe("Confirm your email address");
  });

  it("refuses to change my email to one another account uses (409 problem, nothing changed)", async () => {
    const { email: taken } = await register();
    const { res, email: mine } = await register();
    const patched = await t.request("PATCH", "/api/v1/me", {
      token: res.body.accessToken,
      body: { email: taken.toUpperCase(), currentPassword: STRONG_PASSWORD },
    });
    expect(patched.status).toBe(409);
    expect(patched.headers.get("content-type")).toContain("application/problem+json");
    expect((await t.core.db.prisma.user.findUniqueOrThrow({ where: { id: res.body.user.id } })).email).toBe(mine);
  });

  it("erases personal data on delete, keeping others' conversations readable", async () => {
    const alice = await register();
    const bob = await register();
    const prisma = t.core.db.prisma;
    const conversation = await prisma.conversation.create({
      data: { kind: "direct", members: { create: [{ userId: alice.res.body.user.id }, { userId: bob.res.body.user.id }] } },
    });
    await prisma.message.create({
      data: { conversationId: conversation.id, senderId: alice.res.body.user.id, clientMessageId: "m1", body: "Bonjour Bob" },
    });
    expect((await t.request("DELETE", "/api/v1/me", { token: alice.res.body.accessToken })).status).toBe(204);
    expect((await t.request("GET", "/api/v1/me", { token: alice.res.body.accessToken })).status).toBe(401);
    expect((await t.request("POST", "/api/v1/auth/login", { body: { email: alice.email, password: STRONG_PASSWORD } })).status).toBe(401);
    const erased = await prisma.user.findUniqueOrThrow({ where: { id: alice.res.body.user.id } });
    expect(erased).toMatchObject({ email: null, name: "", status: "deleted" });
    const messages = await prisma.message.findMany({ where: { conversationId: conversation.id }, include: { sender: true } });
    expect(messages.map((m) => [m.body, m.sender.status])).toEqual([["Bonjour Bob", "deleted"]]);
    const seenByBob = await t.request("GET", `/api/v1/conversations/${conversation.id}/messages`, {
      token: bob.res.body.accessToken,
      headers: { "accept-language": "fr" },
    });
    expect(
      seenByBob.body.items.map((m: { body: string; sender: { name: string; deleted: boolean } }) => [
        m.body,
        m.sender.name,
        m.sender.deleted,
      ]),
    ).toEqual([["Bonjour Bob", "membre supprimé", true]]);
    // The email is free again.
    expect((await register({ email: alice.email })).res.status).toBe(201);
  });
});

describe("personal access tokens", () => {
  it("are shown once, listed page by page, scoped, and revocable", async () => {
    const { res } = await register();
    const session = res.body.accessToken;
    const created = [];
    for (const name of ["zapier", "sheets", "backup"]) {
      const r = await t.request("POST", "/api/v1/tokens", {
        token: session,
        body: { name, scopes: name === "backup" ? ["read"] : ["read", "write"] },
      });
      expect(r.status).toBe(201);
      expect(r.body.token).toMatch(/^rel_pat_/);
      created.push(r.body);
    }
    const page1 = await t.request("GET", "/api/v1/tokens?limit=2", { token: session });
    expect(page1.body.items.map((i: { name: string }) => i.name)).toEqual(["backup", "sheets"]);
    expect(JSON.stringify(page1.body)).not.toContain("rel_pat_");
    const page2 = await t.request("GET", `/api/v1/tokens?limit=2&cursor=${page1.body.nextCursor}`, { token: session });
    expect(page2.body).toEqual({ items: [expect.objectContaining({ name: "zapier" })], nextCursor: null });

    const readOnly = created[2].token;
    expect((await t.request("GET", "/api/v1/me", { token: readOnly })).status).toBe(200);
    const write = await t.request("PATCH", "/api/v1/me", { token: readOnly, body: { name: "x" } });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe("scope_required");
    expect((await t.request("PATCH", "/api/v1/me", { token: created[0].token, body: { name: "Via token" } })).status).toBe(200);
    // A token cannot mint tokens.
    expect((await t.request("POST", "/api/v1/tokens", { token: created[0].token, body: { name: "more", scopes: ["read"] } })).status).toBe(
      403,
    );

    expect((await t.request("DELETE", `/api/v1/tokens/${created[2].apiToken.id}`, { token: session })).status).toBe(204);
    expect((await t.request("GET", "/api/v1/me", { token: readOnly })).status).toBe(401);
  });

  it("honours Idempotency-Key without keeping the secret: a retry is a 409, not a replay of the token (L3)", async () => {
    const { res } = await register();
    const headers = { "Idempotency-Key": "create-zapier-1" };
    const create = () =>
      t.request("POST", "/api/v1/tokens", { token: res.body.accessToken, headers, body: { name: "zapier", scopes: ["read"] } });
    const first = await create();
    expect(first.status).toBe(201);
    const retry = await create();
    expect(retry.status).toBe(409);
    expect(retry.body.code).toBe("idempotent_secret_not_replayed");
    expect(retry.text).not.toContain(first.body.token);
    const list = await t.request("GET", "/api/v1/tokens", { token: res.body.accessToken });
    expect(list.body.items).toHaveLength(1);
    // What is kept for the key has no secret in it.
    const stored = await t.core.db.prisma.idempotencyKey.findMany({ where: { userId: res.body.user.id } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(first.body.token);
    expect(stored[0]?.responseBody).toEqual({ apiToken: first.body.apiToken });
    const other = await t.request("POST", "/api/v1/tokens", {
      token: res.body.accessToken,
      headers,
      body: { name: "other", scopes: ["read"] },
    });
    expect(other.status).toBe(422);

    const linkHeaders = { "Idempotency-Key": "link-code-1" };
    const code = await t.request("POST", "/api/v1/me/link-codes", { token: res.body.accessToken, headers: linkHeaders });
    expect(code.status).toBe(201);
    const again = await t.request("POST", "/api/v1/me/link-codes", { token: res.body.accessToken, headers: linkHeaders });
    expect(again.status).toBe(409);
    const keys = await t.core.db.prisma.idempotencyKey.findMany({ where: { userId: res.body.user.id } });
    expect(JSON.stringify(keys)).not.toContain(code.body.code);
  });
});

describe("chat identities and link codes", () => {
  it("joins a Slack identity to an account with a 10-digit code; 5 wrong codes lock for 10 minutes", async () => {
    const { res } = await register();
    const owner = res.body;
    const slack = await findOrCreateUserByIdentity(t.api.accounts, { provider: "slack", externalId: "T01:U42", displayName: "zoe" });
    expect(slack.created).toBe(true);
    expect((await findOrCreateUserByIdentity(t.api.accounts, { provider: "slack", externalId: "T01:U42" })).user.id).toBe(slack.user.id);
    // the Slack user gets a session as a chat adapter would, and enters the code made by the web account
    const { startSession } = await import("@relais/core/accounts/sessions");
    const chatSession = await startSession(t.api.accounts, slack.user.id);

    const code = await t.request("POST", "/api/v1/me/link-codes", { token: owner.accessToken });
    expect(code.status).toBe(201);
    expect(code.body.code).toMatch(/^\d{10}$/);

    // Aimed at no live code (another first digit), so the real code survives these tries.
    const wrongCode = `${code.body.code.startsWith("0") ? "1" : "0"}000000000`;
    for (let i = 0; i < 5; i++) {
      const wrong = await t.request("POST", "/api/v1/me/identities/link", { token: chatSession.accessToken, body: { code: wrongCode } });
      expect(wrong.status).toBe(400);
    }
    const locked = await t.request("POST", "/api/v1/me/identities/link", {
      token: chatSession.accessToken,
      body: { code: code.body.code },
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(500);

    // another chat identity links fine
    const discord = await findOrCreateUserByIdentity(t.api.accounts, {
      provider: "discord",
      externalId: "123456789012345678",
      displayName: "zoe#1",
    });
    const discordSession = await startSession(t.api.accounts, discord.user.id);
    const linked = await t.request("POST", "/api/v1/me/identities/link", {
      token: discordSession.accessToken,
      body: { code: code.body.code },
    });
    expect(linked.status).toBe(200);
    expect(linked.body).toEqual({ userId: owner.user.id, movedIdentities: 1 });
    const identities = await t.request("GET", "/api/v1/me/identities", { token: owner.accessToken });
    expect(identities.body.items.map((i: { provider: string }) => i.provider)).toEqual(["discord"]);
    // the code was single use
    const reuse = await t.request("POST", "/api/v1/me/identities/link", { token: chatSession.accessToken, body: { code: code.body.code } });
    expect(reuse.status).toBe(429);
  });

  it("folds everything of the linked account into the kept one, in one go, keeping the kept account's row where both have one", async () => {
    const db = t.core.db.prisma;
    const kept = (await register()).res.body;
    const retired = (await register()).res.body;
    const other = (await register()).res.body;
    const [K, R, O] = [kept.user.id as string, retired.user.id as string, other.user.id as string];
    const stamp = Date.now();
    const missions = await Promise.all(
      ["both", "retired"].map((name) =>
        db.mission.create({
          data: {
            source: "test",
            externalId: `${name}-${stamp}`,
            url: `https://jobs.test/${name}`,
            title: name,
            description: name,
            contentHash: name,
          },
        }),
      ),
    );
    const [both, onlyRetired] = missions.map((m) => m.id) as [string, string];
    const category = await db.category.findFirstOrThrow({ where: { parentId: { not: null } } });
    const listing = (ownerId: string) =>
      db.listing.create({ data: { ownerId, kind: "offer", title: "Vélo", description: "", categoryId: category.id, tags: [] } });
    const [kOffer, rOffer, oOffer] = await Promise.all([listing(K), listing(R), listing(O)]);
    const match = (ids: string[], items: { offerListingId: string; giverId: string; receiverId: string }[]) =>
      db.match.create({
        data: {
          kind: "pair",
          status: "accepted",
          score: 1,
          explanation: {},
          signature: `${stamp}-${ids.join()}`,
          participants: { create: ids.map((userId) => ({ userId, acceptance: "accepted" as const })) },
          items: { create: items.map((item) => ({ ...item, similarity: 1 })) },
        },
      });
    // A trade of the retired account with O, and one the two accounts made together.
    const withOther = await match(
      [R, O],
      [
        { offerListingId: rOffer.id, giverId: R, receiverId: O },
        { offerListingId: oOffer.id, giverId: O, receiverId: R },
      ],
    );
    const together = await match(
      [K, R],
      [
        { offerListingId: kOffer.id, giverId: K, receiverId: R },
        { offerListingId: rOffer.id, giverId: R, receiverId: K },
      ],
    );
    await db.review.createMany({
      data: [
        { matchId: withOther.id, authorId: R, subjectId: O, rating: 5 },
        { matchId: withOther.id, authorId: O, subjectId: R, rating: 4 },
        { matchId: together.id, authorId: K, subjectId: R, rating: 5 },
      ],
    });
    await db.application.createMany({
      data: [
        { userId: K, missionId: both, coverLetter: "kept's" },
        { userId: R, missionId: both, coverLetter: "retired's" },
        { userId: R, missionId: onlyRetired },
      ],
    });
    await db.savedMission.createMany({
      data: [
        { userId: R, missionId: both },
        { userId: K, missionId: both },
        { userId: R, missionId: onlyRetired },
      ],
    });
    const direct = await t.request("POST", "/api/v1/conversations", { token: retired.accessToken, body: { memberIds: [O] } });
    expect(direct.status).toBe(201);
    await db.block.createMany({
      data: [
        { blockerId: R, blockedId: O },
        { blockerId: R, blockedId: K },
      ],
    });
    await db.report.create({ data: { reporterId: R, targetUserId: O, reason: "spam" } });
    await db.profile.create({ data: { userId: K, headline: null, skills: ["react"], languages: ["fr"] } });
    await db.profile.create({
      data: { userId: R, headline: "Vélociste", bio: "Répare tout", skills: ["vélo", "react"], languages: ["en"] },
    });

    const code = await t.request("POST", "/api/v1/me/link-codes", { token: kept.accessToken });
    const linked = await t.request("POST", "/api/v1/me/identities/link", { token: retired.accessToken, body: { code: code.body.code } });
    expect(linked.status).toBe(200);

    // Nothing is left on the retired account.
    const leftovers = await db.user.findUniqueOrThrow({
      where: { id: R },
      include: {
        listings: true,
        matchParticipations: true,
        itemsGiven: true,
        itemsReceived: true,
        reviewsWritten: true,
        reviewsReceived: true,
        applications: true,
        savedMissions: true,
        blocksMade: true,
        reportsFiled: true,
        conversationMembers: true,
        profile: true,
      },
    });
    expect(leftovers.status).toBe("deleted");
    for (const key of [
      "listings",
      "matchParticipations",
      "itemsGiven",
      "itemsReceived",
      "reviewsWritten",
      "reviewsReceived",
      "applications",
      "savedMissions",
      "blocksMade",
      "reportsFiled",
      "conversationMembers",
    ] as const) {
      expect(leftovers[key], key).toEqual([]);
    }
    expect(leftovers.profile).toBeNull();

    // The kept account has it all, once.
    expect((await db.matchParticipant.findMany({ where: { userId: K } })).map((p) => p.matchId).sort()).toEqual(
      [withOther.id, together.id].sort(),
    );
    expect(await db.review.findMany({ where: { matchId: withOther.id }, select: { authorId: true, subjectId: true } })).toEqual(
      expect.arrayContaining([
        { authorId: K, subjectId: O },
        { authorId: O, subjectId: K },
      ]),
    );
    expect(await db.review.count({ where: { authorId: K, subjectId: K } })).toBe(0);
    const applications = await db.application.findMany({ where: { userId: K }, orderBy: { missionId: "asc" } });
    expect(applications.map((a) => [a.missionId, a.coverLetter]).sort()).toEqual(
      [
        [both, "kept's"],
        [onlyRetired, null],
      ].sort(),
    );
    expect((await db.savedMission.findMany({ where: { userId: K } })).map((m) => m.missionId).sort()).toEqual([both, onlyRetired].sort());
    expect(await db.block.findMany({ where: { blockerId: K }, select: { blockedId: true } })).toEqual([{ blockedId: O }]);
    expect(await db.report.count({ where: { reporterId: K, targetUserId: O } })).toBe(1);
    const profile = await db.profile.findUniqueOrThrow({ where: { userId: K } });
    expect(profile).toMatchObject({ headline: "Vélociste", bio: "Répare tout", skills: ["react", "vélo"], languages: ["fr", "en"] });
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: direct.body.id }, include: { members: true } });
    expect(conversation.members.map((m) => m.userId).sort()).toEqual([K, O].sort());
    expect(conversation.directKey).toBe([K, O].sort().join(":"));
    // Messaging O again from the kept account (once it lifts the block it inherited) reopens that same conversation.
    await db.block.deleteMany({ where: { blockerId: K, blockedId: O } });
    const reopened = await t.request("POST", "/api/v1/conversations", { token: kept.accessToken, body: { memberIds: [O] } });
    expect(reopened.body.id).toBe(direct.body.id);
  });
});
