/**
 * Matching rounds on the job queue (embedded database, pg-boss's pglite backend): changes that
 * arrive together are one round holding every member concerned; a change made while a round
 * runs waits in one more job, never beside it; a full round absorbs the rest; a swap posted is
 * proposed by the round it asks for. Assertions read pg-boss's job rows and the Match rows.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { EventBus } from "../events/bus.ts";
import { upsertCategoryTree } from "../listings/categories.ts";
import type { MarketContext } from "../listings/context.ts";
import { createListing } from "../listings/listings.ts";
import { JobQueue, QUEUE_SCHEMA } from "../queue/job-queue.ts";
import { defineMatchingJobs, MATCHING_NIGHTLY_QUEUE, MATCHING_ROUND_QUEUE, MatchingRounds } from "./round-jobs.ts";

let db: Database;
let dataDir: string;
let ctx: MarketContext;
let queue: JobQueue;
let rounds: MatchingRounds;
const errors: unknown[] = [];
/** Rounds run one at a time: each waits here while `hold` is set. */
let hold: Promise<void> | undefined;

beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  const config = loadConfig({ RELAIS_DATA_DIR: dataDir });
  db = await openDatabase(config.database, { migrate: false });
  ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
  await upsertCategoryTree(db.prisma);
  queue = JobQueue.open(config.database, db.pglite, { onError: (error) => errors.push(error), pollingIntervalSeconds: 0.5 });
  defineMatchingJobs(queue, ctx, {
    work: true,
    requestFullRound: () => rounds.request("all"),
    // A test holds a round in progress by setting `hold`.
    onRound: () => hold,
    onError: (error) => errors.push(error),
  });
  await queue.start();
  rounds = new MatchingRounds(queue, ctx, { debounceMs: 300, onError: (error) => errors.push(error) });
  await rounds.start({ fresh: false });
  await rounds.idle();
});
afterAll(async () => {
  await rounds?.stop();
  await queue?.stop();
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

type JobRow = { id: string; state: string; data: { all?: true; around?: string[] }; started_on: Date | null; completed_on: Date | null };
async function roundJobs(): Promise<JobRow[]> {
  return queue.sql<JobRow>(
    `SELECT id, state::text AS state, data, started_on, completed_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1 ORDER BY created_on`,
    [MATCHING_ROUND_QUEUE],
  );
}

async function member(name: string) {
  return db.prisma.user.create({ data: { name, locale: "fr", email: `${name.toLowerCase()}-${Date.now()}-${Math.random()}@example.org` } });
}

describe("matching rounds on the job queue", () => {
  it("queued a full round on a database where none ever ran", async () => {
    const jobs = await roundJobs();
    expect(jobs.map((job) => [job.state, job.data])).toEqual([["completed", { all: true }]]);
  });

  it("gathers the members of changes made together into one round", async () => {
    const before = (await roundJobs()).length;
    const [a, b, c] = [await member("A"), await member("B"), await member("C")];
    await Promise.all([rounds.request([a.id]), rounds.request([b.id, a.id]), rounds.request([c.id])]);
    const waiting = (await roundJobs()).slice(before);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.state).toBe("created");
    expect([...(waiting[0]?.data.around ?? [])].sort()).toEqual([a.id, b.id, c.id].sort());
    await rounds.idle();
    expect((await roundJobs()).slice(before).map((job) => job.state)).toEqual(["completed"]);
  });

  it("keeps the changes made during a round for one more round after it, never beside it", async () => {
    const before = (await roundJobs()).length;
    const [d, e, f] = [await member("D"), await member("E"), await member("F")];
    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    try {
      await rounds.request([d.id]);
      await expect.poll(async () => (await roundJobs()).slice(before).map((job) => job.state), { timeout: 10_000 }).toEqual(["active"]);
      await rounds.request([e.id]);
      await rounds.request([f.id]);
      let jobs = (await roundJobs()).slice(before);
      expect(jobs.map((job) => job.state)).toEqual(["active", "created"]);
      expect([...(jobs[1]?.data.around ?? [])].sort()).toEqual([e.id, f.id].sort());
      // A full round asked for meanwhile takes the waiting job over: nothing narrower is left after it.
      await rounds.request("all");
      jobs = (await roundJobs()).slice(before);
      expect(jobs.map((job) => [job.state, job.data])).toEqual([
        ["active", { around: [d.id] }],
        ["created", { all: true }],
      ]);
    } finally {
      hold = undefined;
      release();
    }
    await rounds.idle();
    const done = (await roundJobs()).slice(before);
    expect(done.map((job) => job.state)).toEqual(["completed", "completed"]);
    // One at a time: the second started once the first was done.
    expect(done[1]!.started_on!.getTime()).toBeGreaterThanOrEqual(done[0]!.completed_on!.getTime());
  });

  it("the nightly job turns a round waiting at that moment into the full round, instead of being refused beside it", async () => {
    expect((await queue.schedules(MATCHING_NIGHTLY_QUEUE)).map((s) => s.cron)).toEqual(["23 3 * * *"]);
    expect(await queue.schedules(MATCHING_ROUND_QUEUE)).toEqual([]);
    const before = (await roundJobs()).length;
    const [g, h] = [await member("G"), await member("H")];
    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    try {
      await rounds.request([g.id]);
      await expect.poll(async () => (await roundJobs()).slice(before).map((job) => job.state), { timeout: 10_000 }).toEqual(["active"]);
      await rounds.request([h.id]);
      // What the cron sends at 03:23.
      expect(await queue.send(MATCHING_NIGHTLY_QUEUE, {})).not.toBeNull();
      await expect
        .poll(async () => (await roundJobs()).slice(before).map((job) => [job.state, job.data]), { timeout: 10_000 })
        .toEqual([
          ["active", { around: [g.id] }],
          ["created", { all: true }],
        ]);
    } finally {
      hold = undefined;
      release();
    }
    await rounds.idle();
    expect((await roundJobs()).slice(before).map((job) => job.state)).toEqual(["completed", "completed"]);
  });

  it("proposes the swap two members' new listings make, through the round their changes ask for", async () => {
    const carol = await member("Carol");
    const dan = await member("Dan");
    const post = (ownerId: string, kind: "offer" | "want", title: string, category: string) =>
      createListing(ctx, ownerId, { kind, title, category, location: { place: "Lyon" } });
    await post(carol.id, "offer", "Guitare acoustique Yamaha", "music-instruments");
    await post(carol.id, "want", "Cherche un vélo de route", "bikes");
    await post(dan.id, "offer", "Vélo de route Triban", "bikes");
    await post(dan.id, "want", "Je cherche une guitare acoustique", "music-instruments");
    await rounds.idle();
    const matches = await db.prisma.match.findMany({
      where: { participants: { some: { userId: carol.id } } },
      include: { participants: true },
    });
    expect(matches.map((m) => [m.kind, m.status, m.participants.map((p) => p.userId).sort()])).toEqual([
      ["pair", "proposed", [carol.id, dan.id].sort()],
    ]);
    expect(errors).toEqual([]);
  });
});
