/**
 * What the public sees of a member (issue 10, L10 and L5): a listing's exact point only for
 * its owner — everyone else gets it rounded to about 1 km, in the listing, in search (and its
 * distances) and on the profile; trust counts only identities that had to be proven.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};
const id: Record<string, string> = {};
const EXACT = { lat: 45.764043, lng: 4.835659 };

async function member(name: string) {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name.toLowerCase()}@example.org`, password: STRONG_PASSWORD, name, locale: "fr" },
  });
  token[name] = res.body.accessToken;
  id[name] = res.body.user.id;
}

beforeAll(async () => {
  t = await startTestApi();
  await member("Owner");
  await member("Neighbour");
  const listing = await t.request("POST", "/api/v1/listings", {
    token: token.Owner,
    body: { kind: "offer", title: "Perceuse Bosch", category: "tools", location: EXACT },
  });
  expect(listing.status).toBe(201);
  id.listing = listing.body.id;
});
afterAll(() => t?.close());

describe("listing coordinates (L10)", () => {
  it("are exact for the owner and rounded to about 1 km for anyone else", async () => {
    const path = `/api/v1/listings/${id.listing}`;
    expect((await t.request("GET", path, { token: token.Owner })).body.location).toMatchObject(EXACT);
    for (const viewer of [undefined, token.Neighbour]) {
      const { location } = (await t.request("GET", path, { token: viewer })).body;
      expect(location).toMatchObject({ lat: 45.76, lng: 4.84 });
    }
    const profile = (await t.request("GET", `/api/v1/users/${id.Owner}`)).body;
    expect(profile.listings[0].location).toMatchObject({ lat: 45.76, lng: 4.84 });
  });

  it("are rounded in search, whose distance is measured to the rounded point", async () => {
    const query = `/api/v1/search?q=perceuse&near=${EXACT.lat},${EXACT.lng}&radiusKm=5`;
    const found = await t.request("GET", query);
    expect(found.body.items, found.text).toHaveLength(1);
    const [hit] = found.body.items;
    expect(hit.listing.location).toMatchObject({ lat: 45.76, lng: 4.84 });
    // From the exact spot, the rounded point is a few hundred metres away, never 0.
    expect(hit.distanceKm).toBeGreaterThan(0.2);
  });
});

describe("trust (L5)", () => {
  it("counts neither the REST assistant's hidden identity nor website-widget sessions as linked identities", async () => {
    const linked = async () =>
      (await t.request("GET", `/api/v1/users/${id.Neighbour}`)).body.trust.breakdown.find(
        (f: { factor: string }) => f.factor === "linked_identities",
      );
    const asked = await t.request("POST", "/api/v1/assistant/messages", { token: token.Neighbour, body: { text: "bonjour" } });
    expect(asked.status).toBe(200);
    expect(await t.core.db.prisma.identity.count({ where: { userId: id.Neighbour, provider: "api" } })).toBe(1);
    expect(await linked()).toMatchObject({ points: 0, value: 0 });
    // A widget session and a Slack account joined to the member (as a link would do): only Slack counts.
    await t.core.db.prisma.identity.create({ data: { userId: id.Neighbour!, provider: "widget", externalId: "Zk3q9Xw2Lr8TnV5bYc1Hd7" } });
    await t.core.db.prisma.identity.create({ data: { userId: id.Neighbour!, provider: "slack", externalId: "T0001:U0001" } });
    expect(await linked()).toMatchObject({ points: 5, value: 1 });
  });
});
