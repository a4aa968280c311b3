/** Missions over REST: search by skills, remote and place; save; apply once; my applications. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerMember, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
let token: string;

beforeAll(async () => {
  t = await startTestApi({ RELAIS_DEMO_DATA: "true" });
  ({ token } = await registerMember(t, "mia"));
});
afterAll(async () => {
  await t?.close();
});

describe("missions", () => {
  it("finds missions by skills and remote, and by place with a radius", async () => {
    const react = await t.request("GET", "/api/v1/missions?skills=react&remote=true");
    expect(react.status).toBe(200);
    expect(react.body.items.length).toBeGreaterThan(0);
    for (const mission of react.body.items) {
      expect(mission.skills).toContain("react");
      expect(mission.remote).toBe(true);
    }
    const lyon = await t.request("GET", "/api/v1/missions?place=Lyon&radiusKm=20&remote=false");
    for (const mission of lyon.body.items) expect(mission.distanceKm).toBeLessThanOrEqual(20);
    const unknown = await t.request("GET", "/api/v1/missions?place=Atlantide");
    expect(unknown.status).toBe(400);
  });

  it("pages search results with nextCursor: every match once, in the same order as one long page", async () => {
    const all = await t.request("GET", "/api/v1/missions?remote=true&limit=100");
    expect(all.body.items.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null; total: number } } = await t.request(
        "GET",
        `/api/v1/missions?remote=true&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(all.body.items.length);
      seen.push(...page.body.items.map((m) => m.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((m: { id: string }) => m.id));
    const bad = await t.request("GET", "/api/v1/missions?cursor=garbage");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("query.cursor");
    expect((await t.request("GET", "/api/v1/missions?offset=2")).status).toBe(400);
  });

  it("saves, applies once, and lists my applications", async () => {
    const [mission] = (await t.request("GET", "/api/v1/missions?limit=1")).body.items;
    const saved = await t.request("PUT", `/api/v1/missions/${mission.id}/saved`, { token });
    expect(saved.body, JSON.stringify(saved.body)).toMatchObject({ saved: true });
    const applied = await t.request("POST", `/api/v1/missions/${mission.id}/applications`, {
      token,
      body: { coverLetter: "Disponible dès lundi." },
    });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: "applied", mission: { id: mission.id } });
    const again = await t.request("POST", `/api/v1/missions/${mission.id}/applications`, { token, body: {} });
    expect(again.status).toBe(409);
    const mine = await t.request("GET", "/api/v1/me/applications", { token });
    expect(mine.body.items.map((a: { mission: { id: string } }) => a.mission.id)).toEqual([mission.id]);
    expect((await t.request("GET", `/api/v1/missions/${mission.id}`, { token })).body).toMatchObject({ saved: true, applied: true });
    // Saved missions, a page at a time (issue 13 REST gaps).
    const [, second, third] = (await t.request("GET", "/api/v1/missions?limit=3")).body.items;
    for (const other of [second, third]) await t.request("PUT", `/api/v1/missions/${other.id}/saved`, { token });
    const page1 = await t.request("GET", "/api/v1/me/saved-missions?limit=2", { token });
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t.request("GET", `/api/v1/me/saved-missions?limit=2&cursor=${page1.body.nextCursor}`, { token });
    expect(page2.body.nextCursor).toBeNull();
    const savedIds = [...page1.body.items, ...page2.body.items].map((m: { id: string; saved: boolean }) => m.id);
    expect(savedIds.sort()).toEqual([mission.id, second.id, third.id].sort());
    const apps = await t.request("GET", "/api/v1/me/applications?limit=1", { token });
    expect(apps.body).toMatchObject({ items: [{ mission: { id: mission.id } }], nextCursor: null });
    expect((await t.request("DELETE", `/api/v1/missions/${mission.id}/saved`, { token })).body.saved).toBe(false);
    expect((await t.request("GET", "/api/v1/missions/nope")).status).toBe(404);
  });

  it("records where my application stands, with its date and note; refuses a date to come and others' applications", async () => {
    const [, , , mission] = (await t.request("GET", "/api/v1/missions?limit=4")).body.items;
    const applied = await t.request("POST", `/api/v1/missions/${mission.id}/applications`, { token, body: {} });
    const id = applied.body.id;
    const moved = await t.request("PATCH", `/api/v1/me/applications/${id}`, {
      token,
      body: { status: "interviewing", note: "Visio avec la CTO" },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: "interviewing" });
    expect(moved.body.history).toEqual([
      { status: "applied", at: applied.body.createdAt, note: null },
      { status: "interviewing", at: expect.any(String), note: "Visio avec la CTO" },
    ]);
    const row = await t.core.db.prisma.application.findUniqueOrThrow({ where: { id }, include: { history: true } });
    expect(row.status).toBe("interviewing");
    expect(row.history).toHaveLength(2);
    // Dated: before the last step is a contradiction, after it is kept with its date.
    const before = await t.request("PATCH", `/api/v1/me/applications/${id}`, {
      token,
      body: { status: "offered", at: new Date(Date.now() - 2 * 86_400_000).toISOString() },
    });
    expect(before.status).toBe(400);
    expect(before.body.errors[0]).toMatchObject({ field: "body.at", code: "field_before_last_step" });

    const future = await t.request("PATCH", `/api/v1/me/applications/${id}`, {
      token,
      body: { status: "offered", at: new Date(Date.now() + 3 * 86_400_000).toISOString() },
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0]).toMatchObject({ field: "body.at", code: "field_in_future" });
    expect((await t.request("PATCH", `/api/v1/me/applications/${id}`, { token, body: { status: "draft" } })).status).toBe(400);
    const other = await registerMember(t, "noah");
    expect((await t.request("PATCH", `/api/v1/me/applications/${id}`, { token: other.token, body: { status: "hired" } })).status).toBe(404);
    expect((await t.core.db.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe("interviewing");
  });
});
