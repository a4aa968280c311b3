/**
 * Caller input the database cannot hold (U+0000, lone surrogates), empty ids and script
 * URLs in attachments: the security probe's exact requests (issue 10, M3 and L2) answer 400
 * problem+json naming the field, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpResult, STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};
const id: Record<string, string> = {};

async function member(name: string) {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name.toLowerCase()}@example.org`, password: STRONG_PASSWORD, name, locale: "en" },
  });
  token[name] = res.body.accessToken;
  id[name] = res.body.user.id;
}

function expectRefused(res: HttpResult, field: string) {
  expect(res.status, res.text).toBe(400);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

beforeAll(async () => {
  t = await startTestApi();
  for (const name of ["Ana", "Ben", "Cleo"]) await member(name);
  const conversation = await t.request("POST", "/api/v1/conversations", { token: token.Ana, body: { memberIds: [id.Ben] } });
  id.conversation = conversation.body.id;
});
afterAll(() => t?.close());

describe("U+0000 and lone surrogates", () => {
  it("are refused in a listing title, naming the field, and no listing is written", async () => {
    for (const title of ["Velo\u0000NUL", "Velo \ud800", "\udc00 Velo"]) {
      const res = await t.request("POST", "/api/v1/listings", { token: token.Ana, body: { kind: "offer", title, category: "bikes" } });
      expectRefused(res, "body.title");
      expect(res.body.errors[0].code).toBe("field_characters");
    }
    expect((await t.request("GET", "/api/v1/me/listings", { token: token.Ana })).body.items).toEqual([]);
    // A well-formed pair (an emoji) is fine.
    const ok = await t.request("POST", "/api/v1/listings", {
      token: token.Ana,
      body: { kind: "offer", title: "Vélo 🚲", category: "bikes", location: { place: "Lyon" } },
    });
    expect(ok.status).toBe(201);
  });

  it("are refused in a query, a path, the guest assistant and a message body, without an account too", async () => {
    expectRefused(await t.request("GET", "/api/v1/search?q=velo%00"), "query.q");
    expectRefused(await t.request("GET", "/api/v1/listings/%00"), "params.id");
    expectRefused(await t.request("GET", "/api/v1/users/a%00b"), "params.id");
    const guest = await t.request("POST", "/api/v1/assistant/messages", {
      body: { text: "bonjour\u0000" },
      headers: { "x-relais-guest-session": "Zk3q9Xw2Lr8TnV5bYc1Hd7" },
    });
    expectRefused(guest, "body.text");
    const message = await t.request("POST", `/api/v1/conversations/${id.conversation}/messages`, {
      token: token.Ana,
      body: { body: "hello\u0000there", clientMessageId: "nul-1" },
    });
    expectRefused(message, "body.body");
    expect((await t.request("GET", `/api/v1/conversations/${id.conversation}/messages`, { token: token.Ben })).body.items).toEqual([]);
  });

  it("are refused in a field name too (never silently stripped)", async () => {
    const res = await t.request("PATCH", "/api/v1/me/profile", {
      token: token.Ana,
      raw: '{"bio\\u0000":"x"}',
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe("field_characters");
  });
});

describe("empty ids", () => {
  it("are a 400 naming the field, not a foreign-key crash", async () => {
    const report = await t.request("POST", `/api/v1/users/${id.Ben}/report`, { token: token.Ana, body: { reason: "spam", messageId: "" } });
    expectRefused(report, "body.messageId");
    const conversation = await t.request("POST", "/api/v1/conversations", {
      token: token.Ana,
      body: { memberIds: [id.Ben, id.Cleo], listingId: "" },
    });
    expectRefused(conversation, "body.listingId");
    const reports = await t.core.db.prisma.report.count({ where: { reporterId: id.Ana } });
    expect(reports).toBe(0);
  });
});

describe("message attachments (L2)", () => {
  it("accept only https: links; script, data, file and plain http URLs are refused and not stored", async () => {
    const send = (url: string, clientMessageId: string) =>
      t.request("POST", `/api/v1/conversations/${id.conversation}/messages`, {
        token: token.Ana,
        body: { body: "see", clientMessageId, attachments: [{ kind: "link", url }] },
      });
    const bad = [
      "javascript:alert(document.cookie)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "file:///etc/passwd",
      "vbscript:msgbox(1)",
      "http://example.org/photo.jpg",
    ];
    for (const [index, url] of bad.entries()) expectRefused(await send(url, `bad-${index}`), "body.attachments.0.url");
    const ok = await send("https://example.org/photo.jpg", "good-1");
    expect(ok.status).toBe(201);
    const items = (await t.request("GET", `/api/v1/conversations/${id.conversation}/messages`, { token: token.Ben })).body.items;
    expect(items.flatMap((m: { attachments: { url: string }[] }) => m.attachments.map((a) => a.url))).toEqual([
      "https://example.org/photo.jpg",
    ]);
  });
});
