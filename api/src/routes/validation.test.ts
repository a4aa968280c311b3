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

  it("refuses goods with neither a place nor shipping; shipping alone is enough", async () => {
    const before = await t.core.db.prisma.listing.count();
    const errors = await refusal("POST", "/api/v1/listings", { kind: "offer", title: "Table en chêne", category: "furniture" }, "fr");
    expect(errors).toEqual([expect.objectContaining({ field: "body.location", code: "goods_need_place" })]);
    expect(errors[0]?.message).toMatch(/^Dites où se trouve l'objet/);
    expect(await t.core.db.prisma.listing.count()).toBe(before);
    const shipped = await t.request("POST", "/api/v1/listings", {
      token,
      body: { kind: "offer", title: "Table en chêne", category: "furniture", shipping: true },
    });
    expect(shipped.status).toBe(201);
    // Nor can a change take both away.
    const unshipped = await t.request("PATCH", `/api/v1/listings/${shipped.body.id}`, { token, body: { shipping: false } });
    expect(unshipped.status).toBe(400);
    expect(unshipped.body.errors).toEqual([expect.objectContaining({ field: "body.location", code: "goods_need_place" })]);
    const placed = await t.request("PATCH", `/api/v1/listings/${shipped.body.id}`, {
      token,
      body: { shipping: false, location: { place: "Lyon" } },
    });
    expect(placed.status).toBe(200);
    expect(placed.body).toMatchObject({ shipping: false, location: { place: "Lyon" } });
    expect((await t.request("PATCH", `/api/v1/listings/${shipped.body.id}`, { token, body: { location: null } })).status).toBe(400);
    // A service needs no place.
    const lessons = await t.request("POST", "/api/v1/listings", {
      token,
      body: { kind: "offer", title: "Cours de guitare", category: "tutoring" },
    });
    expect(lessons.status, lessons.text).toBe(201);
  });

  it("names every invalid field the same way (where it was sent, then its path), with a title in the caller's language", async () => {
    // A zod refusal and a core refusal read alike.
    const place = await t.request("POST", "/api/v1/listings", {
      token,
      body: { kind: "offer", title: "Vélo", location: { place: "Atlantide" } },
      headers: { "accept-language": "fr" },
    });
    expect(place.body).toMatchObject({
      status: 400,
      title: "Requête invalide",
      errors: [{ field: "body.location.place", code: "unknown_place" }],
    });
    const category = await t.request("POST", "/api/v1/listings", { token, body: { ...listing, category: "soucoupes" } });
    expect(category.body).toMatchObject({ title: "Bad Request", errors: [{ field: "body.category" }] });
    const missing = await t.request("GET", "/api/v1/listings/nope", { headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect(missing.body).toMatchObject({ status: 404, title: "Introuvable" });
    const conversation = await t.request("POST", "/api/v1/conversations", { token, body: { memberIds: ["nobody-here"] } });
    expect(conversation.body.errors).toEqual([expect.objectContaining({ field: "body.memberIds" })]);
    const unauthenticated = await t.request("GET", "/api/v1/me", { headers: { "accept-language": "fr" } });
    expect(unauthenticated.body.title).toBe("Non authentifié");
  });

  it("states the radius a search applied, the default one included", async () => {
    const paris = await t.request("GET", "/api/v1/search?q=velo&place=Paris");
    expect(paris.body).toMatchObject({ radiusKm: 30, radiusDefaulted: true });
    const wide = await t.request("GET", "/api/v1/search?q=velo&place=Paris&radiusKm=500");
    expect(wide.body).toMatchObject({ radiusKm: 500, radiusDefaulted: false });
    expect((await t.request("GET", "/api/v1/search?q=velo")).body).toMatchObject({ radiusKm: null, radiusDefaulted: false });
  });

  it("takes limit=1..100 on search like on every list (R10)", async () => {
    expect((await t.request("GET", "/api/v1/search?q=velo&limit=100")).status).toBe(200);
    const over = await t.request("GET", "/api/v1/search?q=velo&limit=101");
    expect(over.status).toBe(400);
    expect(over.body.errors[0].field).toBe("query.limit");
  });

  it("refuses a minimum price above the maximum", async () => {
    expect(await refusal("GET", "/api/v1/search?q=velo&minPrice=5000&maxPrice=1000", undefined)).toEqual([
      expect.objectContaining({ field: "query.maxPrice", code: "field_price_range" }),
    ]);
  });
});
