/** The OpenAPI document is generated from the routes, validates, and lists every route. */
import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t?.close());

describe("OpenAPI document", () => {
  it("is served at /api/v1/openapi.json and is a valid OpenAPI 3.1 document", async () => {
    const res = await t.request("GET", "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(res.body));
    expect(result.valid, JSON.stringify("errors" in result ? result.errors : [])).toBe(true);
  });

  it("documents every route the API serves, with its problem responses", async () => {
    const { body } = await t.request("GET", "/api/v1/openapi.json");
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(
      [
        "POST /api/v1/auth/register",
        "POST /api/v1/auth/login",
        "POST /api/v1/auth/refresh",
        "POST /api/v1/auth/logout",
        "GET /api/v1/auth/csrf",
        "POST /api/v1/auth/verify-email",
        "POST /api/v1/auth/resend-verification",
        "POST /api/v1/auth/forgot-password",
        "POST /api/v1/auth/reset-password",
        "POST /api/v1/auth/undo-email-change",
        "POST /api/v1/auth/change-password",
        "GET /api/v1/auth/oauth/{provider}",
        "GET /api/v1/auth/oauth/{provider}/callback",
        "GET /api/v1/me",
        "PATCH /api/v1/me",
        "DELETE /api/v1/me",
        "GET /api/v1/me/identities",
        "POST /api/v1/me/link-codes",
        "POST /api/v1/me/identities/link",
        "POST /api/v1/tokens",
        "GET /api/v1/tokens",
        "DELETE /api/v1/tokens/{id}",
        "GET /dev/outbox",
        "GET /api/v1/categories",
        "POST /api/v1/listings",
        "GET /api/v1/listings/{id}",
        "PATCH /api/v1/listings/{id}",
        "DELETE /api/v1/listings/{id}",
        "GET /api/v1/me/listings",
        "GET /api/v1/search",
        "GET /api/v1/matches",
        "GET /api/v1/matches/{id}",
        "POST /api/v1/matches/{id}/accept",
        "POST /api/v1/matches/{id}/decline",
        "POST /api/v1/matches/{id}/undo",
        "POST /api/v1/matches/{id}/complete",
        "POST /api/v1/matches/{id}/reviews",
        "POST /api/v1/conversations",
        "GET /api/v1/conversations",
        "GET /api/v1/conversations/{id}",
        "GET /api/v1/conversations/{id}/messages",
        "POST /api/v1/conversations/{id}/messages",
        "PATCH /api/v1/conversations/{id}/messages/{messageId}",
        "DELETE /api/v1/conversations/{id}/messages/{messageId}",
        "POST /api/v1/conversations/{id}/messages/{messageId}/unsend",
        "PATCH /api/v1/conversations/{id}",
        "POST /api/v1/conversations/{id}/leave",
        "POST /api/v1/conversations/{id}/attachments",
        "POST /api/v1/conversations/{id}/read",
        "GET /api/v1/me/profile",
        "PATCH /api/v1/me/profile",
        "GET /api/v1/me/preferences",
        "PATCH /api/v1/me/preferences",
        "GET /api/v1/users/{id}",
        "POST /api/v1/users/{id}/report",
        "POST /api/v1/users/{id}/block",
        "DELETE /api/v1/users/{id}/block",
        "GET /api/v1/me/reports",
        "GET /api/v1/me/reports/about-me",
        "DELETE /api/v1/me/reports/{id}",
        "GET /api/v1/me/blocks",
        "GET /api/v1/admin/reports",
        "POST /api/v1/admin/reports/{id}/resolve",
        "POST /api/v1/admin/reports/{id}/dismiss",
        "POST /api/v1/listings/{id}/images",
        "PUT /api/v1/listings/{id}/images/order",
        "DELETE /api/v1/listings/{id}/images/{imageId}",
        "POST /api/v1/assistant/messages",
        "POST /api/v1/assistant/socket-token",
        "GET /api/v1/assistant/history",
        "GET /api/v1/missions",
        "GET /api/v1/missions/{id}",
        "PUT /api/v1/missions/{id}/saved",
        "DELETE /api/v1/missions/{id}/saved",
        "POST /api/v1/missions/{id}/applications",
        "GET /api/v1/me/applications",
        "PATCH /api/v1/me/applications/{id}",
        "GET /api/v1/me/saved-missions",
        "GET /api/v1/missions/sources",
        "POST /api/v1/admin/missions/sync",
        "POST /api/v1/missions/import",
        "GET /api/v1/me/missions",
        "DELETE /api/v1/assistant/session",
        "GET /api/v1/widget/sites/{key}",
        "POST /api/v1/widget/sessions",
        "POST /api/v1/widget/email-code",
        "POST /api/v1/widget/email-code/verify",
        "POST /api/v1/admin/widget/sites",
        "GET /api/v1/admin/widget/sites",
      ].sort(),
    );
    // every documented route answers (no route documented but not mounted)
    for (const entry of documented) {
      const [method, path] = entry.split(" ") as [string, string];
      const res = await t.request(method, path.replace("{provider}", "github").replace("{id}", "x"), {
        body: method === "GET" ? undefined : {},
      });
      expect(res.status, entry).not.toBe(404 === res.status && res.body?.code === "route_not_found" ? 404 : -1);
    }
    expect(body.paths["/api/v1/auth/login"].post.responses["429"].content["application/problem+json"]).toBeDefined();
    // "Try it out" calls the address the page was opened at, whichever name the browser used.
    expect(body.servers.map((s: { url: string }) => s.url)).toEqual(["/", "http://relais.test"]);
    const viaLocalhost = await fetch(`${t.url.replace("127.0.0.1", "localhost")}/api/v1/categories`);
    expect(viaLocalhost.status).toBe(200);
  });

  it("has an interactive reference page at /docs", async () => {
    const page = await fetch(`${t.url}/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("swagger-ui");
    // No stray "undefined" where custom CSS would go (R8).
    expect(html).not.toMatch(/\}\s*undefined/);
  });
});
