/**
 * Matching rounds on the job queue (core/src/queue, pg-boss), so a round asked for is never lost
 * with a process and never runs twice at once:
 *
 * - A change (a listing created, edited or deleted; a proposal declined or withdrawn; proposals
 *   expired) asks for a round around the members concerned. The instance where the change
 *   happened sends a `matching.round` job that starts `debounceMs` later; changes arriving
 *   meanwhile are added to that waiting job's members (one UPDATE), so a burst of changes is one
 *   round.
 * - The queue is `stately` on one key: one round runs at a time in the whole deployment, and
 *   at most one more waits, collecting the members of every change made while the first runs.
 * - The job is in the database from the moment it is asked for: a process killed before its
 *   round ran leaves the job to the next process that works the queue (after a restart, or
 *   another instance). A round is idempotent: an open or refused proposal is never proposed
 *   again, so a round retried after a crash mid-way proposes only what is still missing.
 * - A full round runs on a fresh database (or when the demo community was just loaded) and
 *   every night, which also covers the moment between a change's commit and its job's send.
 */
import { z } from "zod";
import type { MarketContext } from "../listings/context.ts";
import { type JobQueue, QUEUE_SCHEMA } from "../queue/job-queue.ts";
import { type RoundReport, runMatchingRound } from "./marketplace-matching.ts";

export const MATCHING_ROUND_QUEUE = "matching.round";
/**
 * The nightly cron fires here, not on MATCHING_ROUND_QUEUE: a cron's send there would be refused
 * (stately: one waiting per key) whenever a narrower round was waiting, and the full round lost
 * until the next night. Its job asks for the full round the way a change does, so a waiting
 * round becomes the full one.
 */
export const MATCHING_NIGHTLY_QUEUE = "matching.nightly";
/** The deployment is one community: every round shares this key. */
const ROUND_KEY = "community";
/** Past this many members a waiting round becomes a full one (cheaper than a huge neighbourhood). */
const MAX_AROUND = 5_000;
/** Every night, a full round (UTC): proposals expire, and anything a crash left unasked is matched. */
const NIGHTLY_CRON = "23 3 * * *";

const RoundJob = z.union([z.object({ all: z.literal(true) }), z.object({ around: z.array(z.string().min(1).max(64)).max(MAX_AROUND) })]);
type RoundJob = z.infer<typeof RoundJob>;

export type MatchingJobsOptions = {
  /** This process works the rounds (createRelais's `matching` worker). */
  work: boolean;
  /** Told of each round done (awaited: the job ends when it resolves). */
  onRound?: (report: RoundReport) => void | Promise<void>;
  /** Queues the full round the nightly job asks for (MatchingRounds.request). */
  requestFullRound: () => Promise<void>;
  onError: (error: unknown) => void;
};

/** Declares the rounds' queue and its handler (before the queue starts). */
export function defineMatchingJobs(queue: JobQueue, ctx: MarketContext, options: MatchingJobsOptions): void {
  queue.define(
    {
      name: MATCHING_ROUND_QUEUE,
      policy: "stately",
      retryLimit: 3,
      retryDelaySeconds: 5,
      expireInSeconds: 900,
      heartbeatSeconds: 30,
      work: options.work,
    },
    async (data, job) => {
      const parsed = RoundJob.safeParse(data);
      if (!parsed.success) {
        options.onError(new Error(`matching.round job ${job.id} ignored: ${parsed.error.message}`));
        return;
      }
      const now = ctx.now?.() ?? new Date();
      const report = await runMatchingRound(ctx, now, "all" in parsed.data ? {} : { around: parsed.data.around });
      await options.onRound?.(report);
    },
  );
  queue.define(
    { name: MATCHING_NIGHTLY_QUEUE, policy: "exclusive", retryLimit: 2, retryDelaySeconds: 60, expireInSeconds: 60, work: options.work },
    () => options.requestFullRound(),
  );
}

/**
 * Asks for rounds: on this instance's changes (its own events), at start, and on the nightly
 * cron. Every instance runs one, whether or not it works the rounds.
 */
export class MatchingRounds {
  readonly #queue: JobQueue;
  readonly #ctx: MarketContext;
  readonly #debounceMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #asking = new Set<Promise<void>>();
  readonly #nudges = new Set<NodeJS.Timeout>();
  #unsubscribers: (() => void)[] = [];

  constructor(queue: JobQueue, ctx: MarketContext, options: { debounceMs?: number; onError: (error: unknown) => void }) {
    this.#queue = queue;
    this.#ctx = ctx;
    this.#debounceMs = options.debounceMs ?? 300;
    this.#onError = options.onError;
  }

  /**
   * After the queue started: the nightly schedule, a full round when none ever ran here (or
   * `fresh`: the demo community was just loaded), then a round for every change made here.
   */
  async start(options: { fresh: boolean }): Promise<void> {
    // The schedule the first release of the rounds' queue stored (its sends could be refused).
    await this.#queue.unschedule(MATCHING_ROUND_QUEUE, "nightly");
    await this.#queue.schedule(MATCHING_NIGHTLY_QUEUE, NIGHTLY_CRON, {}, { key: "nightly" });
    const [ran] = await this.#queue.sql<{ ran: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${QUEUE_SCHEMA}.job WHERE name = $1) AS ran`, [
      MATCHING_ROUND_QUEUE,
    ]);
    if (options.fresh || !ran?.ran) await this.request("all");
    const events = this.#ctx.events;
    const here = { origin: "here" } as const;
    this.#unsubscribers = [
      events.subscribe("listing.changed", (event) => this.#ask([event.ownerId]), here),
      events.subscribe("match.withdrawn", (event) => this.#ask(event.userIds), here),
      events.subscribe(
        "match.updated",
        (event) => {
          if (event.status === "declined") this.#ask(event.userIds);
        },
        here,
      ),
    ];
  }

  /**
   * Queues a round around `members` (or a full one), starting after the debounce; when one is
   * already waiting, adds them to it. Resolves once the job is stored.
   */
  async request(members: readonly string[] | "all"): Promise<void> {
    const data: RoundJob = members === "all" ? { all: true } : { around: [...new Set(members)] };
    // A waiting round takes the members; one that started meanwhile leaves room for a new one (stately).
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = await this.#queue.send(MATCHING_ROUND_QUEUE, data, {
        singletonKey: ROUND_KEY,
        startAfter: new Date(Date.now() + this.#debounceMs),
      });
      if (id) {
        this.#nudge();
        return;
      }
      if (await this.#addToWaiting(data)) return;
    }
    throw new Error("could not queue a matching round: the waiting one kept starting");
  }

  /**
   * Resolves once every round asked for here has been stored and no round waits or runs in the
   * deployment (tests, shutdown). Rejects after `timeoutMs`.
   */
  async idle(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.#asking.size > 0) await Promise.allSettled([...this.#asking]);
    for (;;) {
      const [row] = await this.#queue.sql<{ busy: number }>(
        `SELECT count(*)::int AS busy FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [MATCHING_ROUND_QUEUE],
      );
      if (!row || Number(row.busy) === 0) return;
      if (Date.now() > deadline) throw new Error("matching rounds still queued or running");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Stops asking for rounds, once those being asked for are stored. */
  async stop(): Promise<void> {
    for (const unsubscribe of this.#unsubscribers) unsubscribe();
    this.#unsubscribers = [];
    for (const timer of this.#nudges) clearTimeout(timer);
    this.#nudges.clear();
    while (this.#asking.size > 0) await Promise.allSettled([...this.#asking]);
  }

  #ask(members: string[]): void {
    const asking = this.request(members)
      .catch((error) => this.#onError(error))
      .finally(() => this.#asking.delete(asking));
    this.#asking.add(asking);
  }

  // The waiting job's members grow in one statement; a job already running is not touched (false).
  async #addToWaiting(data: RoundJob): Promise<boolean> {
    const rows = await this.#queue.sql<{ id: string }>(
      `UPDATE ${QUEUE_SCHEMA}.job SET data = CASE
           WHEN data ? 'all' OR $2::boolean THEN '{"all":true}'::jsonb
           ELSE (SELECT CASE WHEN count(*) > $4 THEN '{"all":true}'::jsonb ELSE jsonb_build_object('around', coalesce(jsonb_agg(member), '[]'::jsonb)) END
                 FROM (SELECT DISTINCT jsonb_array_elements_text(coalesce(data->'around', '[]'::jsonb) || $3::jsonb) AS member) members)
         END
       WHERE name = $1 AND singleton_key = $5 AND state < 'active'
       RETURNING id`,
      [MATCHING_ROUND_QUEUE, "all" in data, JSON.stringify("all" in data ? [] : data.around), MAX_AROUND, ROUND_KEY],
    );
    return rows.length > 0;
  }

  // The job is stored; this only spares this process's worker a poll when it comes due.
  #nudge(): void {
    const timer = setTimeout(() => {
      this.#nudges.delete(timer);
      this.#queue.wake(MATCHING_ROUND_QUEUE);
    }, this.#debounceMs + 20);
    timer.unref();
    this.#nudges.add(timer);
  }
}
