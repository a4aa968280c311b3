/**
 * Listings and search over HTTP: members post offers and wants in French and English, then
 * find them by text without accents, with a typo, across languages, and by radius around a
 * place. Every bad input is a clear 4xx and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

async function member(name: string, locale: "fr" | "en") {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale },
  });
  tokens[name] = res.body.accessToken;
}

async function post(who: string, body: Record<string, unknown>) {
  const res = await t.request("POST", "/api/v1/listings", { token: tokens[who], body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const search = async (query: string, who?: string) =>
  (await t.request("GET", `/api/v1/search?${query}`, { token: who ? tokens[who] : undefined })).body;
const titles = (result: { items: { listing: { title: string } }[] }) => result.items.map((item) => item.listing.title);

beforeAll(async () => {
  t = await startTestApi();
  await member("alice", "fr");
  await member("bob", "fr");
  await member("carol", "en");
  ids.bike = (
    await post("bob", {
      kind: "offer",
      title: "Vélo de route Triban",
      description: "Cadre aluminium, freins à disque, taille M.",
      category: "bikes",
      tags: ["vélo", "route"],
      condition: "good",
      price: { amount: 45000, currency: "eur" },
      location: { place: "Villeurbanne 69100" },
    })
  ).id;
  ids.guitar = (
    await post("alice", {
      kind: "offer",
      title: "Guitare acoustique Yamaha",
      description: "Guitare folk avec housse.",
      category: "music-instruments",
      price: { amount: 12000, currency: "EUR" },
      location: { place: "Lyon" },
    })
  ).id;
  ids.sofa = (
    await post("carol", {
      kind: "offer",
      title: "Grey three-seater sofa",
      description: "Comfortable sofa, collection only.",
      category: "furniture",
      price: { amount: 20000, currency: "EUR" },
      location: { place: "Paris 11e" },
    })
  ).id;
  ids.want = (
    await post("alice", {
      kind: "want",
      title: "Cherche un vélo de route",
      description: "Taille M de préférence.",
      category: "bikes",
      location: { place: "Lyon" },
      wantedListingIds: [ids.bike],
    })
  ).id;
  ids.react = (
    await post("carol", {
      kind: "offer",
      title: "React and TypeScript development",
      description: "Front-end missions, remote.",
      category: "web-development",
      remote: true,
    })
  ).id;
});
afterAll(() => t?.close());

describe("listings", () => {
  it("geocodes places, keeps money in minor units and shows the listing to anyone", async () => {
    const res = await t.request("GET", `/api/v1/listings/${ids.bike}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "offer",
      category: { slug: "bikes", label: { fr: "Vélos", en: "Bikes" } },
      price: { amount: 45000, currency: "EUR" },
      location: { place: "Villeurbanne", postcode: "69100", countryCode: "FR" },
      condition: "good",
      status: "active",
      locale: "fr",
    });
    const want = await t.request("GET", `/api/v1/listings/${ids.want}`);
    expect(want.body.wantedListingIds).toEqual([ids.bike]);
  });

  it("lists the category tree in the caller's language", async () => {
    const res = await t.request("GET", "/api/v1/categories", { headers: { "accept-language": "fr" } });
    const goods = res.body.items.find((c: { slug: string }) => c.slug === "goods");
    expect(goods.label).toBe("Objets");
    expect(goods.children.map((c: { slug: string }) => c.slug)).toEqual(
      expect.arrayContaining(["bikes", "electronics", "furniture", "books", "clothing", "music-instruments"]),
    );
    const skills = res.body.items.find((c: { slug: string }) => c.slug === "skills");
    expect(skills.children.find((c: { slug: string }) => c.slug === "development").children.map((c: { slug: string }) => c.slug)).toContain(
      "web-development",
    );
  });

  it("lets only the author change or delete a listing, and lists mine", async () => {
    const other = await t.request("PATCH", `/api/v1/listings/${ids.guitar}`, { token: tokens.bob, body: { title: "Hacked" } });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe("not_owner");
    expect((await t.request("DELETE", `/api/v1/listings/${ids.guitar}`, { token: tokens.bob })).status).toBe(403);
    expect((await t.request("GET", `/api/v1/listings/${ids.guitar}`)).body.title).toBe("Guitare acoustique Yamaha");
    const paused = await t.request("PATCH", `/api/v1/listings/${ids.guitar}`, { token: tokens.alice, body: { status: "paused" } });
    expect(paused.body.status).toBe("paused");
    expect(titles(await search("q=guitare"))).not.toContain("Guitare acoustique Yamaha");
    await t.request("PATCH", `/api/v1/listings/${ids.guitar}`, { token: tokens.alice, body: { status: "active" } });
    const mine = await t.request("GET", "/api/v1/me/listings?kind=want", { token: tokens.alice });
    expect(mine.body.items.map((l: { id: string }) => l.id)).toEqual([ids.want]);
  });

  it("refuses bad input clearly and writes nothing", async () => {
    const before = await t.core.db.prisma.listing.count();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ kind: "offer", title: "Table", category: "furnitur" }, 400, "unknown_category"],
      [{ kind: "offer", title: "Table", category: "furniture", location: { place: "Bordaux" } }, 400, "unknown_place"],
      [{ kind: "offer", title: "Table", category: "furniture", price: { amount: -5, currency: "EUR" } }, 400, "invalid_request"],
      [{ kind: "offer", title: "Table", category: "furniture", location: { lat: 120, lng: 3 } }, 400, "invalid_request"],
      [{ kind: "swap", title: "Table", category: "furniture" }, 400, "invalid_request"],
      [{ kind: "want", title: "Table", category: "furniture", wantedListingIds: ["does-not-exist"] }, 400, "wanted_listing_invalid"],
    ];
    for (const [body, status, code] of cases) {
      const res = await t.request("POST", "/api/v1/listings", { token: tokens.alice, body, headers: { "accept-language": "en" } });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.code).toBe(code);
    }
    const place = await t.request("POST", "/api/v1/listings", {
      token: tokens.alice,
      body: cases[1]![0],
      headers: { "accept-language": "fr" },
    });
    expect(place.body.errors[0]).toMatchObject({
      field: "body.location.place",
      message: "Lieu inconnu : « Bordaux ». Vouliez-vous dire : Bordeaux, Bordány, Barraux ?",
    });
    expect((await t.request("POST", "/api/v1/listings", { body: cases[0]![0] })).status).toBe(401);
    expect(await t.core.db.prisma.listing.count()).toBe(before);
  });
});

describe("search", () => {
  it("finds French text without accents, with plurals, with a typo, and across languages", async () => {
    expect(titles(await search("q=velo", "carol"))[0]).toBe("Vélo de route Triban");
    expect(titles(await search("q=guitares", "carol"))).toContain("Guitare acoustique Yamaha");
    expect(titles(await search("q=guitarre", "carol"))).toContain("Guitare acoustique Yamaha");
    expect(titles(await search("q=road%20bike&kind=offer", "carol"))[0]).toBe("Vélo de route Triban");
    expect(titles(await search("q=canape", "alice"))).toContain("Grey three-seater sofa");
    const hit = (await search("q=velo", "carol")).items[0];
    expect(hit.highlights[0]).toContain("«Vélo»");
  });

  it("filters by radius around a place, kind, category with sub-categories, price, and leaves my own out", async () => {
    const near = await search("place=Lyon&radiusKm=15&kind=offer", "carol");
    expect(titles(near).sort()).toEqual(["Guitare acoustique Yamaha", "Vélo de route Triban"]);
    expect(near.items.every((item: { distanceKm: number }) => item.distanceKm <= 15)).toBe(true);
    expect(titles(await search("near=48.8566,2.3522&radiusKm=10", "alice"))).toEqual(["Grey three-seater sofa"]);
    expect(titles(await search("category=goods&maxPrice=15000", "carol"))).toEqual(["Guitare acoustique Yamaha"]);
    expect(titles(await search("category=development", "alice"))).toEqual(["React and TypeScript development"]);
    expect(titles(await search("place=Lyon&radiusKm=15", "alice"))).not.toContain("Guitare acoustique Yamaha");
    const byDistance = await search("place=Villeurbanne&sort=distance&kind=offer", "carol");
    expect(titles(byDistance)[0]).toBe("Vélo de route Triban");
  });

  it("pages with a cursor", async () => {
    const first = await search("limit=2&sort=recent");
    expect(first.items).toHaveLength(2);
    const second = await search(`limit=2&sort=recent&cursor=${first.nextCursor}`);
    expect(second.items.map((i: { listing: { id: string } }) => i.listing.id)).not.toContain(first.items[0].listing.id);
  });

  it("refuses a radius of 0 or 10,000 km, a radius without centre, an unknown place or category, a bad cursor", async () => {
    for (const [query, code] of [
      ["place=Lyon&radiusKm=0", "invalid_request"],
      ["place=Lyon&radiusKm=10000", "invalid_request"],
      ["radiusKm=10", "radius_without_center"],
      ["place=Xyzzyqville&radiusKm=10", "unknown_place"],
      ["category=spaceships", "unknown_category"],
      ["cursor=bm90LWEtY3Vyc29y", "invalid_cursor"],
      ["near=91,0", "invalid_request"],
      ["sort=distance", "distance_sort_without_center"],
    ]) {
      const res = await t.request("GET", `/api/v1/search?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.code, query).toBe(code);
    }
  });
});
