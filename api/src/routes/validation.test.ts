/**
 * Refusals a client developer can act on (issue 13 REST gaps): each names the field and says
 * what is wrong, in the caller's language, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
let token: string;

beforeAll(async () => {
  t = await startTestApi();
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `val-${Date.now()}@example.org`, password: STRONG_PASSWORD, name: "Val", locale: "en" },
  });
  token = res.body.accessToken;
});
afterAll(() => t?.close());

const refusal = async (method: string, path: string, body: unknown, locale = "en") => {
  const res = await t.request(method, path, { token, body, headers: { "accept-language": locale } });
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  return res.body.errors as { field: string; code: string; message: string }[];
};

describe("validation messages", () => {
  const listing = { kind: "offer", title: "Vélo de route", location: { place: "Lyon" } };

  it("says a price must be a whole number of cents, not that it is required", async () => {
    const errors = await refusal("POST", "/api/v1/listings", { ...listing, price: { amount: 45.5, currency: "EUR" } });
    expect(errors).toEqual([expect.objectContaining({ field: "body.price.amount", code: "field_whole_cents" })]);
    expect(errors[0]?.message).toBe("Must be a whole number of cents (45.50 is written 4550).");
    const fr = await refusal("POST", "/api/v1/listings", { ...listing, price: { amount: 45.5, currency: "EUR" } }, "fr");
    expect(fr[0]?.message).toBe("Doit être un nombre entier de centimes (45,50 € s'écrit 4550).");
    // A missing amount is still "required"; a string is "expected number".
    expect((await refusal("POST", "/api/v1/listings", { ...listing, price: { currency: "EUR" } }))[0]?.code).toBe("field_required");
    expect((await refusal("POST", "/api/v1/listings", { ...listing, price: { amount: "45", currency: "EUR" } }))[0]?.code).toBe(
      "field_type",
    );
  });

  it("refuses unknown currencies and one-character descriptions", async () => {
    expect(await refusal("POST", "/api/v1/listings", { ...listing, price: { amount: 4550, currency: "XYZ" } })).toEqual([
      expect.objectContaining({ field: "body.price.currency", code: "field_currency" }),
    ]);
    expect(await refusal("POST", "/api/v1/listings", { ...listing, description: "a" })).toEqual([
      expect.objectContaining({ field: "body.description", code: "field_description_short" }),
    ]);
    expect(await t.core.db.prisma.listing.count()).toBe(0);
    const ok = await t.request("POST", "/api/v1/listings", { token, body: { ...listing, price: { amount: 4550, currency: "chf" } } });
    expect(ok.status).toBe(201);
    expect(ok.body.price).toMatchObject({ amount: 4550, currency: "CHF" });
  });

  it("states the radius a search applied, the default one included", async () => {
    const paris = await t.request("GET", "/api/v1/search?q=velo&place=Paris");
    expect(paris.body).toMatchObject({ radiusKm: 30, radiusDefaulted: true });
    const wide = await t.request("GET", "/api/v1/search?q=velo&place=Paris&radiusKm=500");
    expect(wide.body).toMatchObject({ radiusKm: 500, radiusDefaulted: false });
    expect((await t.request("GET", "/api/v1/search?q=velo")).body).toMatchObject({ radiusKm: null, radiusDefaulted: false });
  });

  it("refuses a minimum price above the maximum", async () => {
    expect(await refusal("GET", "/api/v1/search?q=velo&minPrice=5000&maxPrice=1000", undefined)).toEqual([
      expect.objectContaining({ field: "query.maxPrice", code: "field_price_range" }),
    ]);
  });
});
