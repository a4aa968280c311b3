/**
 * The job boards over REST, with the server's schedule on and the boards replayed on loopback:
 * the schedule syncs at start (one job per board on the job queue, a cron per board),
 * `GET /api/v1/missions/sources` shows each board's state, attribution and runs, an admin
 * queues a run (a member cannot; a board already waiting is not queued twice), and a mission
 * found on two boards is listed once with both links.
 */
import { grantAdmin } from "@relais/core/profiles/reports";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { boardsEnv, type FakeJobBoards, startFakeJobBoards } from "../../../core/test/fake-job-boards.ts";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
let boards: FakeJobBoards;
let token: string;
const email = `boards-${Date.now()}@example.org`;

type SourceBody = {
  name: string;
  state: string;
  attribution: string;
  runs: { trigger: string; status: string; fetched: number; duplicates: number }[];
};

beforeAll(async () => {
  boards = await startFakeJobBoards();
  t = await startTestApi({
    ...boardsEnv(boards.url),
    FRANCE_TRAVAIL_CLIENT_ID: "",
    FRANCE_TRAVAIL_CLIENT_SECRET: "",
    MISSIONS_SOURCES: "remotive,remoteok,himalayas,francetravail",
    MISSIONS_SYNC_SCHEDULE: "true",
    MISSIONS_HTTP_RETRIES: "0",
  });
  token = (await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name: "Bea Boards" } })).body
    .accessToken;
});
afterAll(async () => {
  await t?.close();
  await boards?.close();
});

type JobRow = { key: string; state: string; trigger: string };
async function syncJobs(): Promise<JobRow[]> {
  return t.core.db.prisma.$queryRawUnsafe<JobRow[]>(
    `SELECT singleton_key AS key, state::text AS state, data->>'trigger' AS trigger FROM pgboss.job WHERE name = 'missions.sync' ORDER BY created_on`,
  );
}

async function sources(): Promise<SourceBody[]> {
  const res = await t.request("GET", "/api/v1/missions/sources", { token });
  expect(res.status).toBe(200);
  return res.body.items;
}

describe("job boards over REST", () => {
  it("the running server syncs on its schedule; each board shows its state, credit and runs", async () => {
    await vi.waitFor(
      async () => {
        const items = await sources();
        for (const name of ["remotive", "remoteok", "himalayas"]) expect(items.find((s) => s.name === name)?.runs[0]?.status).toBe("ok");
      },
      { timeout: 60_000, interval: 200 },
    );
    const items = await sources();
    expect(items.map((s) => s.name)).toEqual(["francetravail", "adzuna", "remotive", "remoteok", "arbeitnow", "himalayas", "freework"]);
    expect(items.find((s) => s.name === "francetravail")).toMatchObject({ state: "unconfigured", runs: [] });
    expect(items.find((s) => s.name === "adzuna")?.state).toBe("disabled");
    const remotive = items.find((s) => s.name === "remotive");
    expect(remotive).toMatchObject({ state: "ready", attribution: expect.stringContaining("Remotive") });
    expect(remotive?.runs[0]).toMatchObject({ trigger: "schedule", fetched: 6 });
    expect((await t.request("GET", "/api/v1/missions/sources")).status).toBe(401);
    // On the job queue: one job per ready board (not francetravail, unconfigured), each worked once,
    // and a cron per ready board at its cadence.
    await vi.waitFor(async () => expect((await syncJobs()).every((job) => job.state === "completed")).toBe(true), { timeout: 30_000 });
    expect((await syncJobs()).map((job) => `${job.key}:${job.trigger}`).sort()).toEqual([
      "himalayas:schedule",
      "remoteok:schedule",
      "remotive:schedule",
    ]);
    const crons = await t.core.db.prisma.$queryRawUnsafe<{ key: string; cron: string }[]>(
      `SELECT key, cron FROM pgboss.schedule WHERE name = 'missions.sync' ORDER BY key`,
    );
    expect(crons).toEqual([
      { key: "himalayas", cron: "35 */2 * * *" },
      { key: "remoteok", cron: "21 */6 * * *" },
      { key: "remotive", cron: "14 */6 * * *" },
    ]);
  });

  it("lists a mission found on two boards once, with both links", async () => {
    const res = await t.request("GET", "/api/v1/missions?q=Quillfeather%20python&limit=50");
    const copies = res.body.items.filter((m: { company: string | null }) => m.company === "Quillfeather");
    expect(copies).toHaveLength(1);
    const links = copies[0].sources.map((s: { source: string; url: string }) => s.source).sort();
    expect(links).toEqual(["himalayas", "remoteok", "remotive"]);
    expect(copies[0].sources.every((s: { url: string }) => s.url.startsWith("https://"))).toBe(true);
  });

  it("an admin triggers a run over the API; a member gets 403 and a bad body 400", async () => {
    expect((await t.request("POST", "/api/v1/admin/missions/sync", { token, body: {} })).status).toBe(403);
    await grantAdmin(t.core.db.prisma, email);
    expect((await t.request("POST", "/api/v1/admin/missions/sync", { token, body: { sources: ["monster"] } })).status).toBe(400);
    const started = await t.request("POST", "/api/v1/admin/missions/sync", { token, body: { sources: ["remoteok", "adzuna"] } });
    expect(started).toMatchObject({
      status: 202,
      body: { queued: ["remoteok"], alreadyQueued: [], skipped: [{ name: "adzuna", reason: "not in MISSIONS_SOURCES" }] },
    });
    await vi.waitFor(
      async () => {
        const remoteok = (await sources()).find((s) => s.name === "remoteok");
        expect(remoteok?.runs[0]).toMatchObject({ trigger: "admin", status: "ok", fetched: 4 });
      },
      { timeout: 30_000, interval: 200 },
    );
    await vi.waitFor(async () => expect((await syncJobs()).at(-1)).toEqual({ key: "remoteok", state: "completed", trigger: "admin" }), {
      timeout: 10_000,
    });
  });

  it("imports pasted text as a mission, and refuses a URL that is not public", async () => {
    const text = "Consultant SAP FICO freelance\nDéploiement S/4HANA dans les filiales, ateliers avec la direction financière. TJM 750 €.";
    const created = await t.request("POST", "/api/v1/missions/import", { token, body: { text } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      outcome: "created",
      mission: { title: "Consultant SAP FICO freelance", rate: { min: 75000, period: "day" } },
    });
    expect(await t.core.db.prisma.missionSource.count({ where: { source: "import", missionId: created.body.mission.id } })).toBe(1);
    const again = await t.request("POST", "/api/v1/missions/import", { token, body: { text } });
    expect(again).toMatchObject({ status: 200, body: { outcome: "unchanged", mission: { id: created.body.mission.id } } });
    const local = await t.request("POST", "/api/v1/missions/import", {
      token,
      body: { url: `${boards.url}/api` },
      headers: { "accept-language": "en" },
    });
    expect(local.status).toBe(400);
    expect(local.body.errors[0]).toMatchObject({ code: "import_private_address" });
    expect((await t.request("POST", "/api/v1/missions/import", { token, body: { url: "ftp://example.org/x" } })).status).toBe(400);
    expect((await t.request("POST", "/api/v1/missions/import", { body: { text } })).status).toBe(401);
  });

  it("ranks missions for me against my profile, with why in my language", async () => {
    expect((await t.request("GET", "/api/v1/me/missions", { token })).body.items).toEqual([]);
    await t.request("PATCH", "/api/v1/me/profile", { token, body: { skills: ["python", "django"] } });
    const res = await t.request("GET", "/api/v1/me/missions?limit=5", { token, headers: { "accept-language": "fr" } });
    expect(res.status).toBe(200);
    const top = res.body.items[0];
    expect(top.mission.company).toBe("Quillfeather");
    expect(top.why).toMatchObject({ skills: { matched: expect.arrayContaining(["python", "django"]) }, place: { fit: "remote" } });
    expect(top.why.summary).toMatch(/^2 compétences en commun : python, django · .* · en télétravail$/);
    expect((await t.request("GET", "/api/v1/me/missions?limit=500", { token })).status).toBe(400);
  });
});
