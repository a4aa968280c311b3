/**
 * The job queue on the embedded database (pg-boss's pglite backend on Relais's own PGlite):
 * jobs are stored and worked once, a singletonKey keeps a second run of the same key from
 * queuing, cron schedules are stored, and a job left active by a process that stopped dead is
 * retried by the next one. Assertions read pg-boss's own rows.
 */
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openPGlite } from "../db/pglite.ts";
import { JobQueue, QUEUE_SCHEMA } from "./job-queue.ts";

let pglite: PGlite;
const errors: unknown[] = [];
const database = { driver: "pglite", dataDir: "memory://" } as const;

beforeAll(async () => {
  pglite = await openPGlite("memory://");
});
afterAll(async () => {
  await pglite?.close();
});

async function jobRows(name: string) {
  const { rows } = await pglite.query<{ state: string; singleton_key: string | null; retry_count: number; data: { n: number } }>(
    `SELECT state, singleton_key, retry_count, data FROM ${QUEUE_SCHEMA}.job WHERE name = $1 ORDER BY created_on`,
    [name],
  );
  return rows;
}

describe("job queue on the embedded database", () => {
  it("works each job once; a second job with a queued singletonKey is refused", async () => {
    const seen: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queue = JobQueue.open(database, pglite, { onError: (error) => errors.push(error), pollingIntervalSeconds: 0.5 });
    queue.define<{ n: number }>({ name: "test.stately", policy: "stately" }, async (data) => {
      seen.push(data.n);
      await gate;
    });
    await queue.start();
    try {
      expect(await queue.send("test.stately", { n: 1 }, { singletonKey: "remotive" })).toEqual(expect.any(String));
      await vi.waitFor(async () => expect((await jobRows("test.stately")).map((r) => r.state)).toEqual(["active"]), { timeout: 10_000 });
      // One active and one queued per key: the third is refused while the second waits.
      expect(await queue.send("test.stately", { n: 2 }, { singletonKey: "remotive" })).toEqual(expect.any(String));
      expect(await queue.send("test.stately", { n: 3 }, { singletonKey: "remotive" })).toBeNull();
      expect(await queue.send("test.stately", { n: 4 }, { singletonKey: "remoteok" })).toEqual(expect.any(String));
      release();
      await vi.waitFor(
        async () => expect((await jobRows("test.stately")).map((r) => r.state)).toEqual(["completed", "completed", "completed"]),
        {
          timeout: 15_000,
        },
      );
      expect([...seen].sort()).toEqual([1, 2, 4]);
      expect((await jobRows("test.stately")).map((r) => [r.data.n, r.singleton_key])).toEqual([
        [1, "remotive"],
        [2, "remotive"],
        [4, "remoteok"],
      ]);
    } finally {
      await queue.stop();
    }
  });

  it("stores cron schedules by key and removes them", async () => {
    const queue = JobQueue.open(database, pglite, { onError: (error) => errors.push(error) });
    queue.define({ name: "test.cron", work: false }, async () => {});
    await queue.start();
    try {
      await queue.schedule("test.cron", "7 */6 * * *", { source: "remotive" }, { key: "remotive" });
      await queue.schedule("test.cron", "0 * * * *", { source: "freework" }, { key: "freework" });
      await queue.schedule("test.cron", "14 */6 * * *", { source: "remotive" }, { key: "remotive" });
      const { rows } = await pglite.query<{ key: string; cron: string }>(
        `SELECT key, cron FROM ${QUEUE_SCHEMA}.schedule WHERE name = 'test.cron' ORDER BY key`,
      );
      expect(rows).toEqual([
        { key: "freework", cron: "0 * * * *" },
        { key: "remotive", cron: "14 */6 * * *" },
      ]);
      await queue.unschedule("test.cron", "remotive");
      expect((await queue.schedules("test.cron")).map((s) => s.key)).toEqual(["freework"]);
    } finally {
      await queue.stop();
    }
  });

  it("a job left active by a process that died is retried by the next one on the embedded database", async () => {
    // The first instance takes the job and never finishes it: to the database, a process that died
    // mid-job (a stop, graceful or not, would fail the job itself, which a SIGKILL never does).
    const first = JobQueue.open(database, pglite, { onError: (error) => errors.push(error), pollingIntervalSeconds: 0.5 });
    first.define({ name: "test.crash", policy: "stately" }, () => new Promise<void>(() => {}));
    await first.start();
    await first.send("test.crash", { n: 1 }, { singletonKey: "francetravail" });
    await vi.waitFor(async () => expect((await jobRows("test.crash"))[0]?.state).toBe("active"), { timeout: 10_000 });

    const done: { n: number; retryCount: number }[] = [];
    const second = JobQueue.open(database, pglite, { onError: (error) => errors.push(error), pollingIntervalSeconds: 0.5 });
    second.define<{ n: number }>({ name: "test.crash", policy: "stately" }, async (data, job) => {
      done.push({ n: data.n, retryCount: job.retryCount });
    });
    await second.start();
    try {
      await vi.waitFor(async () => expect((await jobRows("test.crash"))[0]?.state).toBe("completed"), { timeout: 15_000 });
      expect(done).toEqual([{ n: 1, retryCount: 1 }]);
      expect(await jobRows("test.crash")).toHaveLength(1);
      expect((await jobRows("test.crash"))[0]?.retry_count).toBe(1);
    } finally {
      await second.stop();
      await first.stop(0);
    }
    expect(errors).toEqual([]);
  });
});
