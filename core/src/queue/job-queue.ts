/**
 * Relais's background job queue: pg-boss on the database Relais already runs on — the embedded
 * PGlite instance (pg-boss's `pglite` backend, through the same single connection Prisma uses)
 * or Postgres (pg-boss's own pool on DATABASE_URL). Jobs, their retries and the cron schedules
 * live in the `pgboss` schema, so they survive restarts and several processes on one Postgres
 * share them: a job is worked once, whichever process fetches it.
 *
 * How a feature uses it (see core/src/missions/schedule.ts):
 *   queue.define({ name: "missions.sync", policy: "stately", ... }, handler)  // every process, before start()
 *   await queue.start()                                                        // createRelais does this
 *   await queue.schedule("missions.sync", "0 * * * *", { source }, { key: source, singletonKey: source })
 *   await queue.send("missions.sync", { source }, { singletonKey: source })    // null when one is already queued
 *
 * A definition made with `work: false` only creates the queue (this process sends to it, others
 * work it): createRelais passes its `workers` option through. `singletonKey` with the
 * `singleton`/`stately`/`exclusive` policies is what keeps two processes from running the same
 * key at once.
 *
 * A process that dies mid-job leaves the job `active`. On Postgres the queue's `heartbeatSeconds`
 * lets pg-boss's monitor fail it (and so retry it) once its worker stops beating. The embedded
 * database is opened by one process at a time (the data-folder lock), so on start every job
 * still `active` belonged to a dead process: it is failed at once and retried now.
 */
import type { PGlite } from "@electric-sql/pglite";
import { fromPglite, type Job, PgBoss, type QueuePolicy, type ScheduleOptions, type SendOptions } from "pg-boss";
import type { Config } from "../config/index.ts";

/** pg-boss's tables live apart from Relais's (Prisma's migrations never see them). */
export const QUEUE_SCHEMA = "pgboss";

export type QueueDefinition = {
  /** Dotted, feature first: `missions.sync`, `matching.round`, `email.retry`. */
  name: string;
  /**
   * standard: any number queued and active; singleton: one active (per singletonKey);
   * stately: one queued and one active (per key); exclusive: one queued or active (per key).
   */
  policy?: Extract<QueuePolicy, "standard" | "singleton" | "stately" | "exclusive" | "short">;
  /** Retries after a failure (a thrown handler, or a crash found out by the heartbeat). Default 2. */
  retryLimit?: number;
  /** Seconds before the first retry, doubled each time (with jitter). Default 30. */
  retryDelaySeconds?: number;
  /** How long one job may run before pg-boss fails it (its time budget). Default 15 min. */
  expireInSeconds?: number;
  /** A running job beats this often (≥ 10 s); a silent one (its process died) is failed and retried. Default 30. */
  heartbeatSeconds?: number;
  /** Jobs of this queue one process works at once. Default 1. */
  concurrency?: number;
  /** False: this process only sends to the queue (another one works it). Default true. */
  work?: boolean;
};

/**
 * Works one job. `signal` aborts when the job's time budget (`expireInSeconds`) is spent or this
 * process lost its claim: a long handler stops at its next step so the retry does not run beside it.
 */
export type JobHandler<T> = (data: T, job: { id: string; retryCount: number; signal: AbortSignal }) => Promise<void>;

export type JobQueueOptions = {
  /** Called with errors pg-boss reports outside a job (lost connection, failed maintenance). */
  onError: (error: unknown) => void;
  /** Seconds between two polls of a queue when no notification woke it (default 2). */
  pollingIntervalSeconds?: number;
};

type Definition = QueueDefinition & { handler: JobHandler<unknown> };

export class JobQueue {
  readonly #boss: PgBoss;
  readonly #embedded: boolean;
  readonly #definitions = new Map<string, Definition>();
  readonly #options: JobQueueOptions;
  /** This process's pg-boss worker ids, by queue (to wake them). */
  readonly #workers = new Map<string, string>();
  #started = false;

  private constructor(boss: PgBoss, embedded: boolean, options: JobQueueOptions) {
    this.#boss = boss;
    this.#embedded = embedded;
    this.#options = options;
    boss.on("error", (error) => options.onError(error));
  }

  /** On the embedded database, `pglite` is its open instance (the one Prisma uses). */
  static open(database: Config["database"], pglite: PGlite | undefined, options: JobQueueOptions): JobQueue {
    const common = {
      schema: QUEUE_SCHEMA,
      // Workers wake on a NOTIFY as soon as a job is sent; polling stays as the backstop.
      useListenNotify: true,
      // Nothing leaves the machine: no OpenTelemetry SDK is registered, and none is wanted here.
      openTelemetry: { enabled: false },
      superviseIntervalSeconds: 30,
      monitorIntervalSeconds: 30,
    };
    if (database.driver === "pglite") {
      if (!pglite) throw new Error("the embedded database's queue runs on its PGlite instance");
      return new JobQueue(new PgBoss({ ...common, db: fromPglite(pglite), backend: "pglite", max: 1 }), true, options);
    }
    return new JobQueue(
      new PgBoss({ ...common, connectionString: database.url, connectionTimeoutMillis: database.connectTimeoutMs, max: 4 }),
      false,
      options,
    );
  }

  /** Declares a queue and, unless `work: false`, the handler this process works it with. Before start(). */
  define<T>(definition: QueueDefinition, handler: JobHandler<T>): void {
    if (this.#started) throw new Error(`queue ${definition.name} defined after the job queue started`);
    this.#definitions.set(definition.name, { ...definition, handler: handler as JobHandler<unknown> });
  }

  /** Installs or migrates the pgboss schema, creates the defined queues and starts their workers. */
  async start(): Promise<void> {
    await this.#boss.start();
    this.#started = true;
    for (const definition of this.#definitions.values()) {
      const options = {
        policy: definition.policy ?? "standard",
        retryLimit: definition.retryLimit ?? 2,
        retryDelay: definition.retryDelaySeconds ?? 30,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds ?? 900,
        heartbeatSeconds: Math.max(10, definition.heartbeatSeconds ?? 30),
        notify: true,
      };
      // Options changed in the code (a longer budget, more retries) apply to an existing queue too;
      // its policy and heartbeat are fixed when it is created.
      if (await this.#boss.getQueue(definition.name)) {
        const { policy: _policy, heartbeatSeconds: _heartbeat, ...changeable } = options;
        await this.#boss.updateQueue(definition.name, changeable);
      } else await this.#boss.createQueue(definition.name, options);
    }
    if (this.#embedded) await this.#retryOrphans();
    for (const definition of this.#definitions.values()) {
      if (definition.work === false) continue;
      const workerId = await this.#boss.work(
        definition.name,
        {
          localConcurrency: definition.concurrency ?? 1,
          pollingIntervalSeconds: this.#options.pollingIntervalSeconds ?? 2,
          // A NOTIFY that arrives while the worker is busy is not kept: polling must stay short too.
          notifyPollingIntervalSeconds: this.#options.pollingIntervalSeconds ?? 2,
        },
        async (jobs: Job<unknown>[]) => {
          for (const job of jobs) await definition.handler(job.data, { id: job.id, retryCount: job.retryCount ?? 0, signal: job.signal });
        },
      );
      this.#workers.set(definition.name, workerId);
    }
  }

  /**
   * Queues a job; resolves to its id, or null when the queue's policy refused it (a job with that
   * singletonKey is already queued).
   */
  send(name: string, data: object, options: SendOptions = {}): Promise<string | null> {
    return this.#boss.send(name, data, options);
  }

  /** Sends `data` to `name` on a cron (UTC); `key` names one schedule among several of a queue. */
  schedule(name: string, cron: string, data: object, options: ScheduleOptions = {}): Promise<void> {
    return this.#boss.schedule(name, cron, data, options);
  }

  unschedule(name: string, key?: string): Promise<void> {
    return this.#boss.unschedule(name, key);
  }

  /** The stored cron schedules of a queue (every schedule with no name). */
  async schedules(name?: string): Promise<{ name: string; key: string; cron: string; data: unknown }[]> {
    const all = await this.#boss.getSchedules();
    return all.filter((s) => !name || s.name === name).map((s) => ({ name: s.name, key: s.key, cron: s.cron, data: s.data }));
  }

  /**
   * Makes this process's worker of `name` fetch now instead of at its next poll (a delayed job
   * just came due). The job itself is in the database: a wake that never comes costs a poll.
   */
  wake(name: string): void {
    const workerId = this.#workers.get(name);
    if (workerId && this.#started) this.#boss.notifyWorker(workerId);
  }

  /** Runs SQL on the queue's own connection (its tables are in QUEUE_SCHEMA); for what pg-boss has no call for. */
  async sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
    const { rows } = await this.#boss.getDb().executeSql(text, values);
    return rows as T[];
  }

  /** The queues defined in this process. */
  names(): string[] {
    return [...this.#definitions.keys()];
  }

  /** Jobs per queue and state (pg-boss keeps finished ones for its retention period); empty before start. */
  async stateCounts(): Promise<Map<string, Map<string, number>>> {
    const counts = new Map<string, Map<string, number>>();
    if (!this.#started) return counts;
    const { rows } = await this.#boss
      .getDb()
      .executeSql(`SELECT name, state::text AS state, count(*)::int AS count FROM ${QUEUE_SCHEMA}.job GROUP BY name, state`);
    for (const row of rows as { name: string; state: string; count: number }[]) {
      const byState = counts.get(row.name) ?? new Map<string, number>();
      byState.set(row.state, Number(row.count));
      counts.set(row.name, byState);
    }
    return counts;
  }

  /** Stops fetching, waits up to `timeoutMs` for running jobs, then closes pg-boss's connections. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    this.#workers.clear();
    await this.#boss.stop({ graceful: true, timeout: timeoutMs, close: true });
  }

  // The embedded database is one process's: an `active` job there was left by a process that died.
  // It is failed (so its retry count and limit apply) and its retry pulled forward to now.
  async #retryOrphans(): Promise<void> {
    const db = this.#boss.getDb();
    for (const name of this.#definitions.keys()) {
      const { rows } = await db.executeSql(`SELECT id FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'active'`, [name]);
      const ids = rows.map((row: { id: string }) => row.id);
      if (ids.length === 0) continue;
      await this.#boss.fail(name, ids, { reason: "interrupted: the process running it stopped" });
      for (const id of ids) await this.#boss.update(name, undefined, { id, startAfter: new Date() });
    }
  }
}
