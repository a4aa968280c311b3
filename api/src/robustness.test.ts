/**
 * Property-based robustness: malformed bodies, wrong types, huge strings, unknown fields and
 * bad query parameters thrown at every route of the OpenAPI document, signed in and not.
 * Never a 5xx; every error is problem+json.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let token: string;
let routes: { method: string; path: string }[];

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
  routes = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
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
  fc.constantFrom("github", "linkedin", "x", "..", "%2e%2e", "%", "a".repeat(500)),
  fc.string({ minLength: 1, maxLength: 30 }),
);
const query = fc.dictionary(
  fc.constantFrom("limit", "cursor", "to", "code", "state", "error", "x", "limit[]", "q", "skills", "place", "remote", "minRate", "offset"),
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
