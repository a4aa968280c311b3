/** Declining a proposal, blocking and reporting, profiles: what members do to each other. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerMember, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};
const id: Record<string, string> = {};

async function member(name: string) {
  ({ token: token[name], id: id[name] } = await registerMember(t, name));
}
const post = (who: string, body: Record<string, unknown>) =>
  t.request("POST", "/api/v1/listings", { token: token[who], body: { location: { place: "Nantes" }, ...body } });

/** My open proposals once the matching round the last listing change scheduled has run. */
async function proposals(who: string) {
  await t.api.matching.idle();
  return (await t.request("GET", "/api/v1/matches", { token: token[who] })).body.items;
}

beforeAll(async () => {
  t = await startTestApi();
  for (const name of ["Dora", "Eli", "Finn"]) await member(name);
});
afterAll(() => t?.close());

describe("declining", () => {
  it("closes the proposal for everyone and never proposes that set again", async () => {
    await post("Dora", { kind: "offer", title: "Nintendo Switch OLED", category: "video-games" });
    await post("Dora", { kind: "want", title: "Looking for Catan board game", category: "board-games" });
    await post("Eli", { kind: "offer", title: "Catan board game, complete", category: "board-games" });
    await post("Eli", { kind: "want", title: "Looking for a Nintendo Switch", category: "video-games" });
    const [match] = await proposals("Dora");
    expect(match.kind).toBe("pair");
    const declined = await t.request("POST", `/api/v1/matches/${match.id}/decline`, { token: token.Eli });
    expect(declined.body.status).toBe("declined");
    expect((await t.request("POST", `/api/v1/matches/${match.id}/accept`, { token: token.Dora })).status).toBe(409);
    // a new listing triggers a round: the declined pair does not come back
    await post("Finn", { kind: "offer", title: "Chess set", category: "board-games" });
    expect(await proposals("Dora")).toEqual([]);
    expect(
      (await t.request("GET", "/api/v1/matches?status=declined", { token: token.Dora })).body.items.map((m: { id: string }) => m.id),
    ).toEqual([match.id]);
  });
});

describe("blocking and reporting", () => {
  it("stops messages both ways and records reports", async () => {
    const unknownListing = await t.request("POST", "/api/v1/conversations", {
      token: token.Dora,
      body: { memberIds: [id.Finn], listingId: "no-such-listing" },
    });
    expect(unknownListing.status).toBe(400);
    expect(await t.core.db.prisma.conversation.count()).toBe(0);
    const conversation = await t.request("POST", "/api/v1/conversations", { token: token.Dora, body: { memberIds: [id.Finn] } });
    expect(conversation.status).toBe(201);
    expect(conversation.body.listingId).toBeNull();
    const again = await t.request("POST", "/api/v1/conversations", { token: token.Finn, body: { memberIds: [id.Dora] } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(conversation.body.id);
    // Started again from a listing, the same conversation is now about that listing.
    const listing = await post("Finn", { kind: "offer", title: "Lampe de chevet", category: "furniture" });
    const fromListing = await t.request("POST", "/api/v1/conversations", {
      token: token.Dora,
      body: { memberIds: [id.Finn], listingId: listing.body.id },
    });
    expect(fromListing.status).toBe(200);
    expect(fromListing.body).toMatchObject({ id: conversation.body.id, listingId: listing.body.id });
    expect((await t.core.db.prisma.conversation.findUniqueOrThrow({ where: { id: conversation.body.id } })).listingId).toBe(
      listing.body.id,
    );
    expect((await t.request("POST", `/api/v1/users/${id.Finn}/block`, { token: token.Dora })).status).toBe(204);
    const blocked = await t.request("POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
      token: token.Finn,
      body: { body: "hello?", clientMessageId: "f-1" },
    });
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe("blocked");
    expect(
      (
        await t.request("POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
          token: token.Dora,
          body: { body: "bye", clientMessageId: "d-1" },
        })
      ).status,
    ).toBe(403);
    expect(await t.core.db.prisma.message.count({ where: { conversationId: conversation.body.id } })).toBe(0);
    expect((await t.request("DELETE", `/api/v1/users/${id.Finn}/block`, { token: token.Dora })).status).toBe(204);
    expect(
      (
        await t.request("POST", `/api/v1/conversations/${conversation.body.id}/messages`, {
          token: token.Finn,
          body: { body: "hello again", clientMessageId: "f-2" },
        })
      ).status,
    ).toBe(201);

    const report = await t.request("POST", `/api/v1/users/${id.Finn}/report`, {
      token: token.Eli,
      body: { reason: "spam", details: "links everywhere" },
    });
    expect(report.status).toBe(201);
    const badListing = await t.request("POST", `/api/v1/users/${id.Finn}/report`, {
      token: token.Eli,
      body: { reason: "spam", listingId: "nope" },
    });
    expect(badListing.status).toBe(400);
    expect((await t.request("POST", `/api/v1/users/${id.Eli}/report`, { token: token.Eli, body: { reason: "other" } })).status).toBe(404);
    const reportsFactor = async () =>
      (await t.request("GET", `/api/v1/users/${id.Finn}`)).body.trust.breakdown.find((f: { factor: string }) => f.factor === "reports");
    // Eli has not verified an email: half a report.
    expect(await reportsFactor()).toMatchObject({ points: -5, value: 1 });
    // Reporting the same member again keeps its details but counts once (A40).
    const twice = await t.request("POST", `/api/v1/users/${id.Finn}/report`, {
      token: token.Eli,
      body: { reason: "other", details: "again" },
    });
    expect(twice.status).toBe(201);
    expect(await t.core.db.prisma.report.count({ where: { reporterId: id.Eli, targetUserId: id.Finn } })).toBe(2);
    expect(await reportsFactor()).toMatchObject({ points: -5, value: 1 });
    // Another member, with a verified email, counts in full.
    await t.core.db.prisma.user.update({ where: { id: id.Dora }, data: { emailVerifiedAt: new Date() } });
    expect((await t.request("POST", `/api/v1/users/${id.Finn}/report`, { token: token.Dora, body: { reason: "scam" } })).status).toBe(201);
    expect(await reportsFactor()).toMatchObject({ points: -15, value: 2 });
  });
});

describe("profiles", () => {
  it("saves my profile with a geocoded place and preferences, and shows the public part only", async () => {
    const patched = await t.request("PATCH", "/api/v1/me/profile", {
      token: token.Eli,
      body: {
        headline: "Board game fan",
        skills: ["react", "figma"],
        languages: ["en", "fr"],
        rates: { daily: 45000, currency: "eur" },
        location: { place: "Nantes" },
        preferences: { maxDistanceKm: 30, digest: "weekly" },
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      headline: "Board game fan",
      rates: { daily: 45000, currency: "EUR" },
      location: { place: "Nantes", countryCode: "FR" },
      preferences: { maxDistanceKm: 30, digest: "weekly" },
    });
    const merged = await t.request("PATCH", "/api/v1/me/profile", { token: token.Eli, body: { preferences: { language: "fr" } } });
    expect(merged.body.preferences).toEqual({ maxDistanceKm: 30, digest: "weekly", language: "fr" });
    const bad = await t.request("PATCH", "/api/v1/me/profile", { token: token.Eli, body: { location: { place: "Qwxzville" } } });
    expect(bad.status).toBe(400);
    const pub = (await t.request("GET", `/api/v1/users/${id.Eli}`)).body;
    expect(pub).toMatchObject({ name: "Eli", headline: "Board game fan", place: "Nantes" });
    expect(JSON.stringify(pub)).not.toContain("45000");
    expect(pub.trust.score).toBeGreaterThanOrEqual(0);
    expect((await t.request("GET", "/api/v1/users/does-not-exist")).status).toBe(404);
  });
});
