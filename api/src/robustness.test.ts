/**
 * Property-based robustness: malformed bodies, wrong types, huge strings, unknown fields and
 * bad query parameters thrown at every route of the OpenAPI document, signed in and not.
 * Then, on every operation, U+0000, lone surrogates and empty strings in each documented
 * body field, query parameter and path parameter. Never a 5xx; every error is problem+json.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let token: string;
type Operation = { method: string; path: string; bodyFields: string[]; queryFields: string[] };
let routes: Operation[];

beforeAll(async () => {
  // Limits raised so the generator measures robustness, not the rate limiter.
  t = await startTestApi({
    RATE_LIMIT_API_PER_MINUTE: "1000000",
    RATE_LIMIT_LOGIN_FAILURES: "1000",
    RATE_LIMIT_SIGNUPS_PER_HOUR: "100000",
  });
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: "fuzz@example.org", password: STRONG_PASSWORD, name: "Fuzz" },
  });
  token = res.body.accessToken;
  const { body } = await t.request("GET", "/api/v1/openapi.json");
  // biome-ignore lint/suspicious/noExplicitAny: reading the OpenAPI document as JSON.
  const resolve = (schema: any): any => (schema?.$ref ? body.components.schemas[schema.$ref.split("/").at(-1)] : schema);
  // biome-ignore lint/suspicious/noExplicitAny: reading the OpenAPI document as JSON.
  routes = Object.entries(body.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      bodyFields: Object.keys(resolve(op.requestBody?.content?.["application/json"]?.schema)?.properties ?? {}),
      // biome-ignore lint/suspicious/noExplicitAny: reading the OpenAPI document as JSON.
      queryFields: (op.parameters ?? []).filter((p: any) => p.in === "query").map((p: any) => p.name as string),
    })),
  );
});
afterAll(() => t?.close());

const weirdString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "",
    " ",
    "null",
    "../../etc/passwd",
    "%00",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "😀".repeat(100),
    "a".repeat(20_000),
    "0",
    "-1",
    "1e309",
    "\u0000",
    "velo\u0000",
    "\ud800",
    "a\udfffb",
  ),
);
const weirdValue = fc.oneof(
  weirdString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const knownFields = [
  "email",
  "password",
  "name",
  "locale",
  "session",
  "refreshToken",
  "token",
  "currentPassword",
  "newPassword",
  "code",
  "scopes",
  "expiresInDays",
  "text",
  "action",
  "coverLetter",
  "title",
  "body",
  "clientMessageId",
  "listingId",
  "messageId",
  "memberIds",
  "subjectId",
  "imageIds",
  "wantedListingIds",
  "archived",
  "attachments",
  "__proto__",
  "constructor",
];
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...knownFields), weirdValue, { maxKeys: 6 }).map((value) => JSON.stringify(value)),
  fc.dictionary(fc.string({ maxLength: 10 }), weirdValue, { maxKeys: 4 }).map((value) => JSON.stringify(value)),
  fc.constantFrom("", "{", "[]", "null", "123", '"text"', '{"a":', "\u0000", '{"email": "a@b.co", "email": 1}'),
  weirdValue.map((value) => JSON.stringify(value) ?? "null"),
);
const pathSegment = fc.oneof(
  fc.constantFrom("github", "linkedin", "x", "..", "%2e%2e", "%", "a".repeat(500), "\u0000", "a\u0000"),
  fc.string({ minLength: 1, maxLength: 30 }),
);
const query = fc.dictionary(
  fc.constantFrom(
    "limit",
    "cursor",
    "to",
    "code",
    "state",
    "error",
    "x",
    "limit[]",
    "q",
    "skills",
    "place",
    "remote",
    "minRate",
    "offset",
    "archived",
  ),
  weirdString,
  {
    maxKeys: 4,
  },
);

describe("every documented route", () => {
  it("answers malformed input with a 4xx problem+json, never a 5xx", async () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        body,
        pathSegment,
        query,
        fc.boolean(),
        fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"),
        async (route, raw, segment, params, signedIn, contentType) => {
          const path = route.path.replace(/\{[^}]+\}/g, encodeURIComponent(segment));
          const search = new URLSearchParams(params as Record<string, string>).toString();
          const res = await fetch(`${t.url}${path}${search ? `?${search}` : ""}`, {
            method: route.method,
            redirect: "manual",
            headers: { "content-type": contentType, ...(signedIn ? { authorization: `Bearer ${token}` } : {}) },
            ...(route.method === "GET" ? {} : { body: raw }),
          });
          const text = await res.text();
          const context = `${route.method} ${path.slice(0, 100)}?${search.slice(0, 100)} ${raw.slice(0, 100)} → ${res.status} ${text.slice(0, 200)}`;
          expect(res.status, context).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.headers.get("content-type"), context).toContain("application/problem+json");
            const problem = JSON.parse(text);
            expect(problem.status, context).toBe(res.status);
            expect(typeof problem.title, context).toBe("string");
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});

/** Values Postgres cannot store, and an empty id: each is refused before it reaches a query. */
const UNSTORABLE = ["velo\u0000", "\ud800", "x\udc00y", ""];

async function send(operation: Operation, path: string, search: string, raw: string | undefined) {
  const res = await fetch(`${t.url}${path}${search ? `?${search}` : ""}`, {
    method: operation.method,
    redirect: "manual",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    ...(operation.method === "GET" || raw === undefined ? {} : { body: raw }),
  });
  const text = await res.text();
  return { status: res.status, context: `${operation.method} ${path}?${search} ${raw ?? ""} → ${res.status} ${text.slice(0, 200)}` };
}

describe("every operation, with NUL, lone surrogates and empty ids", () => {
  it("answers 4xx (never 5xx) for each in every body field, query parameter and path parameter", async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const operation of routes) {
      const hasPathParams = operation.path.includes("{");
      for (const value of UNSTORABLE) {
        const requests: { path: string; search: string; raw: string | undefined }[] = [];
        const plainPath = operation.path.replace(/\{[^}]+\}/g, "x1");
        // A lone surrogate cannot be percent-encoded as UTF-8: its WTF-8 bytes stand in for it.
        const segment = value.includes("\u0000") ? encodeURIComponent(value) : "x%ED%A0%80";
        if (hasPathParams && value !== "") requests.push({ path: operation.path.replace(/\{[^}]+\}/g, segment), search: "", raw: "{}" });
        for (const field of operation.bodyFields) requests.push({ path: plainPath, search: "", raw: JSON.stringify({ [field]: value }) });
        // An array of ids, too: memberIds, imageIds, wantedListingIds.
        for (const field of operation.bodyFields) requests.push({ path: plainPath, search: "", raw: JSON.stringify({ [field]: [value] }) });
        for (const field of operation.queryFields)
          requests.push({ path: plainPath, search: new URLSearchParams({ [field]: value }).toString(), raw: undefined });
        for (const request of requests) {
          const { status, context } = await send(operation, request.path, request.search, request.raw);
          sent += 1;
          if (status >= 500) failures.push(context);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(routes.length * 4);
  });
});

describe("the member's own conversation, message and history routes, with real ids", () => {
  it("answers weird edits, archive flags, attachments, uploads and history pages with a 4xx, never a 5xx", async () => {
    // Fresh members: the fuzzing above may have signed the first one out or erased it.
    const token = (
      await t.request("POST", "/api/v1/auth/register", {
        body: { email: "fuzz-owner@example.org", password: STRONG_PASSWORD, name: "Owner" },
      })
    ).body.accessToken;
    const other = await t.request("POST", "/api/v1/auth/register", {
      body: { email: "fuzz-other@example.org", password: STRONG_PASSWORD, name: "Other" },
    });
    const conversationId = (await t.request("POST", "/api/v1/conversations", { token, body: { memberIds: [other.body.user.id] } })).body.id;
    const messageId = (
      await t.request("POST", `/api/v1/conversations/${conversationId}/messages`, {
        token,
        body: { body: "salut", clientMessageId: "fz-1" },
      })
    ).body.id;
    const targets = [
      { method: "PATCH", path: `/api/v1/conversations/${conversationId}/messages/${messageId}` },
      { method: "DELETE", path: `/api/v1/conversations/${conversationId}/messages/${messageId}` },
      { method: "PATCH", path: `/api/v1/conversations/${conversationId}` },
      { method: "POST", path: `/api/v1/conversations/${conversationId}/leave` },
      { method: "POST", path: `/api/v1/conversations/${conversationId}/messages` },
      { method: "POST", path: `/api/v1/conversations/${conversationId}/attachments` },
      { method: "GET", path: "/api/v1/conversations" },
      { method: "GET", path: "/api/v1/assistant/history" },
      { method: "GET", path: "/api/v1/missions" },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        body,
        query,
        fc.constantFrom("application/json", "multipart/form-data; boundary=x", "text/plain"),
        async (target, raw, params, contentType) => {
          const search = new URLSearchParams(params as Record<string, string>).toString();
          const res = await fetch(`${t.url}${target.path}${search ? `?${search}` : ""}`, {
            method: target.method,
            headers: { "content-type": contentType, authorization: `Bearer ${token}` },
            ...(target.method === "GET" ? {} : { body: raw }),
          });
          const text = await res.text();
          const context = `${target.method} ${target.path}?${search.slice(0, 100)} ${raw.slice(0, 100)} → ${res.status} ${text.slice(0, 200)}`;
          expect(res.status, context).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get("content-type"), context).toContain("application/problem+json");
        },
      ),
      { numRuns: 300 },
    );
    // The real message was edited at most into valid text, or deleted: never half-written.
    const stored = await t.core.market.prisma.message.findUniqueOrThrow({ where: { id: messageId } });
    expect(stored.deletedAt === null ? stored.body.trim().length > 0 : stored.body === "").toBe(true);
  });
});
