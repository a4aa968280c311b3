/**
 * Website-widget sites (issue 15): an admin creates a site over REST and from the command line;
 * the widget's routes and sockets answer only the site's origins; a host site signs its users
 * in with a short-lived JWT (forged, expired or too long-lived → still a guest); a guest signs
 * up or in with an email and a mailed code, and its history follows.
 */
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import http from "node:http";
import { dirname } from "node:path";
import { promisify } from "node:util";
import { SignJWT } from "jose";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../core/test/database.ts";
import { latestEmail, registerMember, STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

const HOST = "https://shop.example.org";
const OTHER = "https://evil.example.net";
let t: TestApi;
let admin: { token: string; id: string };
let site: { key: string; secret: string };
const sockets: Socket[] = [];

const randomGuest = () => Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64url");
const jwt = (claims: Record<string, unknown>, secret: string, lifetimeSeconds = 300, issuedAgo = 0) => {
  const now = Math.floor(Date.now() / 1000) - issuedAgo;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(new TextEncoder().encode(secret));
};

/** Whether a socket with this token and these handshake headers (Origin, Host) connects or is refused. */
const socketOutcome = (token: string, headers: Record<string, string>) =>
  new Promise<"connected" | "refused">((resolve) => {
    const socket = io(t.url, { auth: { token }, transports: ["websocket"], reconnection: false, forceNew: true, extraHeaders: headers });
    sockets.push(socket);
    socket.once("connect", () => resolve("connected"));
    socket.once("connect_error", () => resolve("refused"));
  });

beforeAll(async () => {
  t = await startTestApi();
  admin = await registerMember(t, "Admin");
  await t.core.db.prisma.user.update({ where: { id: admin.id }, data: { role: "admin" } });
  const created = await t.request("POST", "/api/v1/admin/widget/sites", {
    token: admin.token,
    body: {
      key: "shop",
      name: "Shop",
      allowedOrigins: [HOST],
      theme: { color: "#0a7d52", position: "left", scheme: "dark" },
      defaultLocale: "en",
    },
  });
  expect(created.status).toBe(201);
  site = { key: created.body.site.key, secret: created.body.secret };
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await t?.close();
});

describe("sites", () => {
  it("an admin creates a site; the secret is stored sealed, never in clear; others are refused", async () => {
    const row = await t.core.db.prisma.widgetSite.findUniqueOrThrow({ where: { key: "shop" } });
    expect(row.allowedOrigins).toEqual([HOST]);
    expect(row.theme).toEqual({ color: "#0a7d52", position: "left", scheme: "dark" });
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(site.secret);
    const list = await t.request("GET", "/api/v1/admin/widget/sites", { token: admin.token });
    expect(list.body.items.map((s: { key: string }) => s.key)).toEqual(["demo", "shop"]);
    expect(JSON.stringify(list.body)).not.toContain(site.secret);

    const member = await registerMember(t, "Plain");
    const refused = await t.request("POST", "/api/v1/admin/widget/sites", {
      token: member.token,
      body: { name: "X", allowedOrigins: [HOST] },
    });
    expect(refused.status).toBe(403);
    const bad = await t.request("POST", "/api/v1/admin/widget/sites", {
      token: admin.token,
      body: { name: "X", allowedOrigins: ["https://example.org/shop", "*.example.org"] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(["body.allowedOrigins.0", "body.allowedOrigins.1"]);
    const taken = await t.request("POST", "/api/v1/admin/widget/sites", {
      token: admin.token,
      body: { key: "shop", name: "X", allowedOrigins: [HOST] },
    });
    expect(taken.status).toBe(409);
    expect(await t.core.db.prisma.widgetSite.count()).toBe(2);
  });

  it("the demo site accepts PUBLIC_URL's origin", async () => {
    const demo = await t.request("GET", "/api/v1/widget/sites/demo", { headers: { origin: "http://relais.test" } });
    expect(demo.status).toBe(200);
    expect(demo.headers.get("access-control-allow-origin")).toBe("http://relais.test");
  });

  it("the demo site and its socket accept the server's own addresses as the log prints them (localhost and 127.0.0.1 at its port)", async () => {
    const port = new URL(t.url).port;
    // A page opened at one address calling the server at the other: the browser sends the page's origin.
    const settings = (origin: string, host: string) =>
      new Promise<{ status: number; allow: string | undefined }>((resolve, reject) => {
        http
          .get(`${t.url}/api/v1/widget/sites/demo`, { headers: { origin, host } }, (res) => {
            res.resume();
            res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers["access-control-allow-origin"] as string }));
          })
          .on("error", reject);
      });
    for (const [origin, host] of [
      [`http://127.0.0.1:${port}`, `localhost:${port}`],
      [`http://localhost:${port}`, `127.0.0.1:${port}`],
    ] as const) {
      expect(await settings(origin, host)).toEqual({ status: 200, allow: origin });
    }
    // Another port of the same machine is another site's page: refused.
    expect((await settings("http://localhost:1", `127.0.0.1:${port}`)).status).toBe(403);
    // Only the demo site: a site made for a shop does not accept the server's addresses.
    expect((await settings(`http://localhost:${port}`, `127.0.0.1:${port}`)).status).toBe(200);
    const shop = await t.request("GET", "/api/v1/widget/sites/shop", { headers: { origin: `http://localhost:${port}` } });
    expect(shop.status).toBe(403);

    const guest = randomGuest();
    await t.request("POST", "/api/v1/assistant/messages", { body: { text: "bonjour" }, headers: { "x-relais-guest-session": guest } });
    const { body } = await t.request("POST", "/api/v1/assistant/socket-token", { headers: { "x-relais-guest-session": guest } });
    const connect = (origin: string, host: string) => socketOutcome(body.token, { origin, host });
    expect(await connect(`http://127.0.0.1:${port}`, `localhost:${port}`)).toBe("connected");
    expect(await connect(`http://localhost:${port}`, `127.0.0.1:${port}`)).toBe("connected");
    expect(await connect("http://localhost:1", `127.0.0.1:${port}`)).toBe("refused");
  });

  it("answers the site's origins, and gives another origin nothing (no CORS header, 403, no socket)", async () => {
    const ok = await t.request("GET", "/api/v1/widget/sites/shop", { headers: { origin: HOST } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      key: "shop",
      name: "Shop",
      theme: { color: "#0a7d52", position: "left", scheme: "dark" },
      defaultLocale: "en",
    });
    expect(ok.headers.get("access-control-allow-origin")).toBe(HOST);
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();

    const foreign = await t.request("GET", "/api/v1/widget/sites/shop", { headers: { origin: OTHER } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe("widget_origin_refused");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    // The demo site's origin is allowed on the demo site, not on this one.
    const crossSite = await t.request("GET", "/api/v1/widget/sites/shop", { headers: { origin: "http://relais.test" } });
    expect(crossSite.status).toBe(403);
    const preflight = await t.request("OPTIONS", "/api/v1/assistant/messages", {
      headers: {
        origin: OTHER,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,x-relais-guest-session",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();

    const guest = randomGuest();
    const asked = await t.request("POST", "/api/v1/assistant/messages", {
      body: { text: "bonjour" },
      headers: { "x-relais-guest-session": guest },
    });
    expect(asked.status).toBe(200);
    const { body } = await t.request("POST", "/api/v1/assistant/socket-token", { headers: { "x-relais-guest-session": guest } });
    const connect = (origin: string) => socketOutcome(body.token, { origin });
    expect(await connect(HOST)).toBe("connected");
    expect(await connect(OTHER)).toBe("refused");
  });
});

describe("a host site signs its users in with a JWT", () => {
  const session = (identityToken: string, origin = HOST) =>
    t.request("POST", "/api/v1/widget/sessions", { body: { site: "shop", identityToken }, headers: { origin } });

  it("a valid token signs that user in, once per site and host user id", async () => {
    const token = await jwt({ sub: "cust-42", name: "Nadia Host", email: "nadia@shop.example.org" }, site.secret);
    const first = await session(token);
    expect(first.status).toBe(200);
    expect(first.body.kind).toBe("member");
    const me = await t.request("GET", "/api/v1/me", { token: first.body.accessToken });
    expect(me.body).toMatchObject({ name: "Nadia Host", email: "nadia@shop.example.org" });
    const again = await session(await jwt({ sub: "cust-42" }, site.secret));
    expect(again.body.user.id).toBe(first.body.user.id);
    expect(await t.core.db.prisma.identity.count({ where: { provider: "widget", externalId: "site:shop:cust-42" } })).toBe(1);
  });

  it("forged, expired, too long-lived or another origin's tokens leave a guest, never that user", async () => {
    const before = await t.core.db.prisma.user.count();
    const forged = await session(await jwt({ sub: "cust-42" }, "not-the-site-secret-at-all-000000"));
    expect(forged.body).toEqual({ kind: "guest", reason: "invalid" });
    const expired = await session(await jwt({ sub: "cust-42" }, site.secret, 60, 600));
    expect(expired.body).toEqual({ kind: "guest", reason: "expired" });
    const longLived = await session(await jwt({ sub: "cust-42" }, site.secret, 30 * 86_400));
    expect(longLived.body).toEqual({ kind: "guest", reason: "too_long_lived" });
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(`{"sub":"cust-42","iat":${Math.floor(Date.now() / 1000)},"exp":${Math.floor(Date.now() / 1000) + 60}}`).toString("base64url")}.`;
    expect((await session(none)).body).toEqual({ kind: "guest", reason: "invalid" });
    const elsewhere = await session(await jwt({ sub: "cust-42" }, site.secret), OTHER);
    expect(elsewhere.status).toBe(403);
    expect(await t.core.db.prisma.user.count()).toBe(before);
  });

  it("the host's email never opens an account someone made elsewhere", async () => {
    const res = await t.request("POST", "/api/v1/auth/register", {
      body: { email: "owner@example.org", password: STRONG_PASSWORD, name: "Real Owner", locale: "en" },
    });
    const signedIn = await session(await jwt({ sub: "cust-7", email: "owner@example.org" }, site.secret));
    expect(signedIn.body.kind).toBe("member");
    expect(signedIn.body.user.id).not.toBe(res.body.user.id);
    expect(signedIn.body.user.email).toBeNull();
  });
});

describe("email sign-up in the widget", () => {
  const codeOf = async (to: string) => /(\d{6})/.exec((await latestEmail(t, to)).subject)?.[1] ?? "";

  it("a new address makes the guest a member, and what the guest did stays theirs", async () => {
    const guest = randomGuest();
    const headers = { "x-relais-guest-session": guest, origin: HOST };
    await t.request("POST", "/api/v1/assistant/messages", { body: { text: "je cherche un vélo" }, headers });
    const guestId = (
      await t.core.db.prisma.identity.findUniqueOrThrow({ where: { provider_externalId: { provider: "widget", externalId: guest } } })
    ).userId;
    const asked = await t.request("POST", "/api/v1/widget/email-code", {
      body: { site: "shop", email: "Leo@Example.org", locale: "fr" },
      headers,
    });
    expect(asked.status).toBe(202);
    const email = await latestEmail(t, "leo@example.org");
    expect(email.locale).toBe("fr");
    const code = await codeOf("leo@example.org");
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await t.request("POST", "/api/v1/widget/email-code/verify", {
      body: { site: "shop", email: "leo@example.org", code: code === "000000" ? "111111" : "000000" },
      headers: { ...headers, "accept-language": "fr" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: "body.code", code: "widget_code_invalid" });
    expect(wrong.body.detail).toContain("code");

    const ok = await t.request("POST", "/api/v1/widget/email-code/verify", {
      body: { site: "shop", email: "leo@example.org", code },
      headers,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ id: guestId, email: "leo@example.org" });
    const user = await t.core.db.prisma.user.findUniqueOrThrow({ where: { id: guestId } });
    expect(user.emailVerifiedAt).not.toBeNull();
    // The code works once.
    const replay = await t.request("POST", "/api/v1/widget/email-code/verify", {
      body: { site: "shop", email: "leo@example.org", code },
      headers,
    });
    expect(replay.status).toBe(400);
    // Now a member: the guest may write to a member.
    const other = await registerMember(t, "Other");
    const convo = await t.request("POST", "/api/v1/conversations", { token: ok.body.accessToken, body: { memberIds: [other.id] } });
    expect(convo.status).toBe(201);
  });

  it("an address with an account moves the guest's history into it", async () => {
    const res = await t.request("POST", "/api/v1/auth/register", {
      body: { email: "zoe@example.org", password: STRONG_PASSWORD, name: "Zoé", locale: "fr" },
    });
    const zoeId = res.body.user.id;
    const guest = randomGuest();
    const headers = { "x-relais-guest-session": guest, origin: HOST };
    await t.request("POST", "/api/v1/assistant/messages", { body: { text: "bonjour" }, headers });
    await t.request("POST", "/api/v1/widget/email-code", { body: { site: "shop", email: "zoe@example.org" }, headers });
    const ok = await t.request("POST", "/api/v1/widget/email-code/verify", {
      body: { site: "shop", email: "zoe@example.org", code: await codeOf("zoe@example.org") },
      headers,
    });
    expect(ok.body.user.id).toBe(zoeId);
    const identity = await t.core.db.prisma.identity.findUniqueOrThrow({
      where: { provider_externalId: { provider: "widget", externalId: guest } },
    });
    expect(identity.userId).toBe(zoeId);
  });
});

describe("the command line", () => {
  it("`relais widget site create` prints the key, the embed line and the secret; a bad origin exits 2 with one line", async () => {
    const dataDir = copyTemplateDataDir();
    const run = (args: string[], extraEnv: Record<string, string | undefined> = {}) =>
      promisify(execFile)(process.execPath, ["core/src/cli/relais.ts", "widget", "site", ...args], {
        env: {
          ...process.env,
          RELAIS_DATA_DIR: dataDir,
          RELAIS_DEMO_DATA: "false",
          PUBLIC_URL: "https://relais.example.org",
          LOG_LEVEL: "silent",
          ...extraEnv,
        },
      }).then(
        (out) => ({ code: 0, stdout: out.stdout, stderr: out.stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
    try {
      const created = await run([
        "create",
        "--name",
        "Mon blog",
        "--origin",
        "https://blog.example.org",
        "--key",
        "blog",
        "--color",
        "#aa3300",
      ]);
      expect(created.code).toBe(0);
      expect(created.stdout).toContain('<script src="https://relais.example.org/widget.js" data-site="blog" async></script>');
      expect(created.stdout).toMatch(/Identity secret .*: [\w-]{40,}/);
      // A site whose bubble sits on the left says so on the tag (the bubble is drawn before the site's settings load).
      const left = await run(["create", "--name", "Gauche", "--origin", "https://left.example.org", "--key", "left", "--position", "left"]);
      expect(left.stdout).toContain(
        '<script src="https://relais.example.org/widget.js" data-site="left" data-position="left" async></script>',
      );
      // The embed line says which base URL it used and how to print another.
      expect(created.stdout).toContain("Base URL of the embed line: https://relais.example.org (PUBLIC_URL).");
      expect(created.stdout).toContain("PUBLIC_URL=https://");
      const local = await run(["create", "--name", "Local", "--origin", "https://local.example.org", "--key", "local"], {
        PUBLIC_URL: undefined,
        PORT: "3927",
      });
      expect(local.stdout).toContain('<script src="http://localhost:3927/widget.js" data-site="local" async></script>');
      expect(local.stdout).toContain("Base URL of the embed line: http://localhost:3927 (no PUBLIC_URL; http://localhost and PORT).");
      const bad = await run(["create", "--name", "X", "--origin", "blog.example.org", "--key", "No Spaces!"]);
      expect(bad.code).toBe(2);
      // One line naming each bad option as typed and what is expected.
      expect(bad.stderr.trim().split("\n")).toEqual([
        'relais: invalid site: --key "No Spaces!": expected 3 to 63 characters among a-z 0-9 _ -, starting with a letter or digit (e.g. my-shop); --origin "blog.example.org": expected an origin like https://example.org (scheme and host, a port if needed; no path, no wildcard)',
      ]);
      expect(bad.stdout).toBe("");
    } finally {
      rmSync(dirname(dataDir), { recursive: true, force: true });
    }
  });
});
