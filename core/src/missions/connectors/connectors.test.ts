/**
 * Every connector over real HTTP against the fake boards replaying recorded answers (paging,
 * rate-limit headers, Remote OK's legal notice, France Travail's token, 206/204 and
 * département narrowing), then the same runs with a page failing as malformed JSON, an HTML
 * error page, 429, 500 and a timeout: the bad page is counted and the run goes on.
 */
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../../test/database.ts";
import { boardsEnv, type FakeJobBoards, type Fault, RECORDED_DIR, startFakeJobBoards } from "../../../test/fake-job-boards.ts";
import { LocalEmbedder } from "../../ai/local-embedder.ts";
import { loadConfig, type MissionsConfig } from "../../config/index.ts";
import { type Database, openDatabase } from "../../db/database.ts";
import { EventBus } from "../../events/bus.ts";
import type { MarketContext } from "../../listings/context.ts";
import type { SourceName } from "../offer.ts";
import { summaryLine, syncMissions } from "../sync.ts";

let boards: FakeJobBoards;
let db: Database;
let dataDir: string;
let ctx: MarketContext;
let config: MissionsConfig;
// A generous timeout where the fake answers (a loaded CI machine must not turn a slow answer into
// a retry); the short one only where the fake never answers.
const FAST = { retries: 1, minBackoffMs: 1, timeoutMs: 10_000, perSecond: 1000 };
const SHORT_TIMEOUT = { ...FAST, timeoutMs: 400 };

beforeAll(async () => {
  boards = await startFakeJobBoards();
  dataDir = copyTemplateDataDir();
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
  config = loadConfig({ ...boardsEnv(boards.url), RELAIS_DATA_DIR: dataDir }).missions;
});
afterAll(async () => {
  await boards?.close();
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});
beforeEach(() => boards.reset());

async function sync(source: SourceName, http = FAST) {
  const [summary] = await syncMissions(ctx, config, { sources: [source], trigger: "cli", http });
  if (!summary) throw new Error("no summary");
  return summary;
}

async function storedCopies(source: SourceName) {
  return db.prisma.missionSource.findMany({ where: { source }, include: { mission: true } });
}

/** Per connector: what a clean run fetches, and which request to break (with the offers it carries). */
const CASES: { source: SourceName; fetched: number; path: string; query: Record<string, string>; lost: number }[] = [
  { source: "freework", fetched: 8, path: "/api/job_postings", query: { page: "1" }, lost: 4 },
  { source: "francetravail", fetched: 8, path: "/partenaire/offresdemploi/v2/offres/search", query: { origineOffre: "1" }, lost: 7 },
  { source: "adzuna", fetched: 53, path: "/v1/api/jobs/fr/search/2", query: {}, lost: 3 },
  { source: "remotive", fetched: 6, path: "/api/remote-jobs", query: {}, lost: 6 },
  { source: "himalayas", fetched: 22, path: "/jobs/api", query: { offset: "20" }, lost: 2 },
  { source: "remoteok", fetched: 4, path: "/api", query: {}, lost: 4 },
  { source: "arbeitnow", fetched: 4, path: "/api/job-board-api", query: { page: "2" }, lost: 1 },
];

describe("connectors against recorded answers", () => {
  it("francetravail: a cached client-credentials token, both origineOffre passes, 206 + Content-Range, 204, département narrowing past the cap", async () => {
    // The partners' pass holds 4,212 offers: more than paging reaches (start ≤ 3000).
    boards.override(
      "/partenaire/offresdemploi/v2/offres/search",
      { origineOffre: "2", range: "0-149", departement: "!" },
      JSON.parse(readFileSync(join(RECORDED_DIR, "francetravail-origine2-all.json"), "utf8")),
      206,
      { "content-range": "offres 0-149/4212" },
    );
    const summary = await sync("francetravail");
    expect(summary).toMatchObject({ status: "ok", fetched: 9, errors: 0 });
    const tokenCalls = boards.requests.filter((r) => r.method === "POST");
    expect(tokenCalls).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(tokenCalls[0]?.body))).toMatchObject({
      grant_type: "client_credentials",
      client_id: "relais-test",
      client_secret: "relais-test-secret",
    });
    expect(tokenCalls[0]?.query.get("realm")).toBe("/partenaire");
    const searches = boards.requests.filter((r) => r.path.endsWith("/offres/search"));
    expect(searches.every((r) => r.headers.authorization === "Bearer fake-ft-token-1")).toBe(true);
    expect(new Set(searches.map((r) => r.query.get("origineOffre")))).toEqual(new Set(["1", "2"]));
    // 4,212 partner offers: more than paging reaches, so one request per département (204 for the empty ones).
    const byDepartement = searches.filter((r) => r.query.has("departement"));
    expect(byDepartement.length).toBeGreaterThan(95);
    expect(searches.every((r) => Number(r.query.get("range")?.split("-")[0]) <= 3000)).toBe(true);
    const copies = await storedCopies("francetravail");
    expect(copies).toHaveLength(8);
    const support = copies.find((c) => c.mission.title.startsWith("Technicien support"))?.mission;
    expect(support).toMatchObject({
      placeName: "35 - RENNES",
      contractType: "fixed_term",
      rateMinMinor: 200000,
      rateMaxMinor: 230000,
      currency: "EUR",
      ratePeriod: "month",
    });
    // A second run reuses the token; without the override the partners' pass fits in one page.
    boards.reset();
    expect(await sync("francetravail")).toMatchObject({ fetched: 8, errors: 0 });
    expect(boards.requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });

  it("adzuna: 50 a page until count, app id/key sent, redirect_url and the Jobs by Adzuna credit kept, a predicted salary left out", async () => {
    const summary = await sync("adzuna");
    expect(summary).toMatchObject({ status: "ok", fetched: 53, errors: 0 });
    const calls = boards.requests.filter((r) => r.path.startsWith("/v1/api/jobs/fr/search/"));
    expect(calls.map((r) => r.path)).toEqual(["/v1/api/jobs/fr/search/1", "/v1/api/jobs/fr/search/2"]);
    expect(calls[0]?.query.get("app_id")).toBe("test-app");
    expect(calls[0]?.query.get("results_per_page")).toBe("50");
    const copies = await storedCopies("adzuna");
    expect(copies.every((c) => c.attribution === "Jobs by Adzuna" && c.url.startsWith("https://www.adzuna.fr/land/ad/"))).toBe(true);
    const flutter = copies.find((c) => c.externalId === "4871000065");
    expect(flutter?.mission.rateMinMinor ?? null).not.toBe(4100000);
  });

  it("adzuna: stops at its daily quota, counted from the run log", async () => {
    // The run above made 2 requests today.
    const tight = { ...config, adzuna: { ...config.adzuna, dailyQuota: 2 } };
    const [summary] = await syncMissions(ctx, tight, { sources: ["adzuna"], trigger: "cli", http: FAST });
    expect(summary?.errors).toBe(1);
    expect(summary?.message).toMatch(/quota/);
    expect(boards.requests.filter((r) => r.path.startsWith("/v1/api/jobs/"))).toHaveLength(0);
  });

  it("remoteok: the first element is the legal notice, not a job; links back to Remote OK", async () => {
    const summary = await sync("remoteok");
    expect(summary).toMatchObject({ status: "ok", fetched: 4, errors: 0 });
    const copies = await storedCopies("remoteok");
    expect(copies.every((c) => c.url.startsWith("https://remoteok.com/remote-jobs/"))).toBe(true);
    expect(copies.every((c) => c.attribution?.includes("Remote OK"))).toBe(true);
  });

  it("arbeitnow follows links.next on the configured base; himalayas pages by offset up to totalCount; freework stops on a page with no unseen id", async () => {
    expect(await sync("arbeitnow")).toMatchObject({ fetched: 4, errors: 0 });
    expect(boards.requests.map((r) => r.query.get("page"))).toEqual(["1", "2", "3"]);
    boards.reset();
    expect(await sync("himalayas")).toMatchObject({ fetched: 22, errors: 0 });
    expect(boards.requests.map((r) => r.query.get("offset"))).toEqual(["0", "20"]);
    boards.reset();
    expect(await sync("freework")).toMatchObject({ fetched: 8, errors: 0 });
    expect(boards.requests.map((r) => r.query.get("page"))).toEqual(["1", "2", "3"]);
    const freework = await storedCopies("freework");
    // Merged into France Travail's copy of the same offer, which had no rate: Free-Work's day rate fills it.
    const airflow = freework.find((c) => c.url.includes("/data-engineer-airflow-"))?.mission;
    expect(airflow).toMatchObject({ rateMinMinor: 55000, rateMaxMinor: 65000, ratePeriod: "day", currency: "EUR", remoteMode: "partial" });
  });

  it("remotive: names Remotive and links back; every request names Relais and a contact URL", async () => {
    expect(await sync("remotive")).toMatchObject({ status: "ok", fetched: 6, errors: 0 });
    const copies = await storedCopies("remotive");
    expect(copies.every((c) => c.url.startsWith("https://remotive.com/remote-jobs/") && c.attribution?.includes("Remotive"))).toBe(true);
    expect(boards.requests[0]?.headers["user-agent"]).toMatch(/Relais.*https:\/\/relais\.example\.org\/bot/);
  });

  it("waits for a 429's Retry-After and then succeeds, without counting an error", async () => {
    boards.fail("/api/remote-jobs", {}, "429", 1, 1);
    const summary = await sync("remotive");
    expect(summary).toMatchObject({ fetched: 6, errors: 0 });
    expect(summary.requests).toBe(2);
  });

  const FAULTS: Fault[] = ["malformed", "html", "429", "500", "timeout"];
  describe.each(FAULTS)("a page answering %s", (fault) => {
    it.each(CASES)("$source: counted, and the rest of the run goes on", async ({ source, fetched, path, query, lost }) => {
      // Both attempts fail (retries: 1), so the page is lost for this run.
      boards.fail(path, query, fault, 2);
      const summary = await sync(source, fault === "timeout" ? SHORT_TIMEOUT : FAST);
      // A board whose only page was lost read nothing: that run failed; one that read other pages is ok.
      expect(summary.status).toBe(lost === fetched ? "failed" : "ok");
      expect(summary.errors).toBeGreaterThanOrEqual(1);
      expect(summary.fetched).toBe(fetched - lost);
      expect(summary.expired).toBe(0);
      expect(summaryLine(summary)).toMatch(new RegExp(`^${source}: fetched \\d+, new \\d+, updated \\d+, duplicates \\d+, errors [1-9]`));
    });
  });

  it("a failing source does not stop the others in one sync", async () => {
    boards.fail("/api/remote-jobs", {}, "500", 2);
    const summaries = await syncMissions(ctx, config, { sources: ["remotive", "remoteok"], trigger: "cli", http: FAST });
    expect(summaries.map((s) => [s.source, s.errors > 0, s.fetched])).toEqual([
      ["remotive", true, 0],
      ["remoteok", false, 4],
    ]);
    const runs = await db.prisma.missionSyncRun.findMany({ where: { id: { in: summaries.map((s) => s.runId as string) } } });
    // Remotive's every request failed: its run is failed, with the reason; Remote OK's is ok.
    expect(runs.every((run) => run.finishedAt !== null)).toBe(true);
    expect(Object.fromEntries(runs.map((run) => [run.source, [run.status, run.message]]))).toEqual({
      remotive: ["failed", expect.stringMatching(/^http_status: HTTP 500 from /)],
      remoteok: ["ok", null],
    });
  });
});
