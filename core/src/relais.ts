/**
 * The composition root: one call builds everything a Relais process runs — the core
 * (database, embedder, event bus), accounts and the mailer, the assistant, the channel-port
 * registry adapters register into, and the background workers. `npm start` (through
 * api/src/server.ts), the tests, the benchmarks and later bot processes all start here.
 *
 * Background workers: `delivery` of the outbox and `email` retries run in every process (each
 * claims its rows with `SKIP LOCKED` and a lease, so two processes never send one row); the
 * `matching` rounds run in the one process holding their lock — a Redis mutex when the
 * instances share a Redis (REDIS_URL), a Postgres advisory lock otherwise. A process without
 * the lock tries again every `lockRetryMs` and takes over when the holder stops or dies.
 *
 * The job queue (core/src/queue, pg-boss) starts in every process: any process sends jobs, and
 * those whose `workers` include a queue worker (`missions`: the job boards' syncs and the alert
 * digests) work them — pg-boss hands each job to one of them, so no advisory lock is needed.
 */
import type { Logger } from "pino";
import type { AccountsContext } from "./accounts/context.ts";
import { LinkGuard } from "./accounts/link-guard.ts";
import { resolveJwtSecret } from "./accounts/secrets.ts";
import type { Assistant } from "./assistant/assistant.ts";
import { assistantFor } from "./assistant/setup.ts";
import { sharedTurnOrder } from "./assistant/turn-order.ts";
import { bootCore, type Core } from "./boot.ts";
import type { Config } from "./config/index.ts";
import { ChannelPortRegistry } from "./delivery/channel-port.ts";
import { DeliveryWorker, type DeliveryWorkerOptions } from "./delivery/worker.ts";
import { Mailer } from "./email/mailer.ts";
import { bridgeEventsOverRedis, type EventBridge } from "./events/redis-bridge.ts";
import { resolveEncryptionKey } from "./installations/encryption-key.ts";
import type { InstallationsContext } from "./installations/installations.ts";
import { startMatchingScheduler } from "./matching/marketplace-matching.ts";
import { RelaisMetrics } from "./metrics/metrics.ts";
import { defineMissionJobs, scheduleMissionJobs } from "./missions/schedule.ts";
import { JobQueue } from "./queue/job-queue.ts";
import { RedisLink } from "./redis/redis.ts";
import { AdvisoryLocks } from "./workers/advisory-locks.ts";
import { RedisWorkerLocks, type WorkerLocks } from "./workers/redis-locks.ts";

export const WORKER_NAMES = ["matching", "delivery", "email", "missions"] as const;
export type WorkerName = (typeof WORKER_NAMES)[number];
/** Workers whose work comes from the job queue: every process that wants one works it (no lock). */
const QUEUE_WORKERS: readonly WorkerName[] = ["missions"];
/** Two of these running at once would conflict (two rounds proposing one swap twice): one process runs each. */
const SINGLETONS: ReadonlySet<WorkerName> = new Set(["matching"]);

export type RelaisOptions = {
  /** Workers this process may run (default: all). Each runs only while its advisory lock is held here. */
  workers?: readonly WorkerName[];
  logger: Logger;
  onProgress?: (step: string) => void;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  delivery?: Omit<DeliveryWorkerOptions, "log">;
  /** Debounce of matching rounds after listing changes (default 300 ms). */
  matchingDebounceMs?: number;
  /** How often a process without a worker's lock tries to take it (default 30 s). */
  lockRetryMs?: number;
  /** How long a dead instance's Redis worker lock outlives it (default 15 s). */
  workerLockTimeoutMs?: number;
  /** The process's Redis link (the server opens it for its rate limits too); else opened here from REDIS_URL. */
  redis?: RedisLink;
  /** The process's metrics (the server creates them before its first request); else created here. */
  metrics?: RelaisMetrics;
};

export type Relais = {
  core: Core;
  config: Config;
  accounts: AccountsContext;
  mailer: Mailer;
  assistant: Assistant;
  /** Encrypted per-workspace credentials of the chat apps (installations.ts). */
  installations: InstallationsContext;
  /** Adapters register their ChannelPort here; the delivery worker sends through it. */
  ports: ChannelPortRegistry;
  delivery: DeliveryWorker;
  /** Background jobs (pg-boss): send, schedule; the handlers are defined before it starts. */
  queue: JobQueue;
  /** The matching rounds; `idle()` resolves at once in a process that does not run them. */
  matching: { idle(): Promise<void> };
  /** The workers running in this process now. */
  runningWorkers(): WorkerName[];
  /** The Redis the instances share (REDIS_URL): events, socket.io, rate limits, turn order, worker locks. */
  redis: RedisLink | undefined;
  /** Prometheus metrics of this process (served by the API at /metrics when configured). */
  metrics: RelaisMetrics;
  close(): Promise<void>;
};

type Runner = { start(): void; stop(): Promise<void> | void };

export async function createRelais(config: Config, options: RelaisOptions): Promise<Relais> {
  const { logger } = options;
  const metrics = options.metrics ?? new RelaisMetrics();
  const core = await bootCore(config, options.onProgress, { migrate: options.migrate ?? true });
  let locks: WorkerLocks | undefined;
  let queue: JobQueue | undefined;
  // Several instances share events and the turn order through Redis; one process keeps them in memory.
  const ownRedis = !options.redis && config.redis ? new RedisLink(config.redis.url) : undefined;
  const redis = options.redis ?? ownRedis;
  let bridge: EventBridge | undefined;
  try {
    if (redis) {
      await redis.ready();
      bridge = await bridgeEventsOverRedis(core.events, redis, (error) =>
        logger.warn({ err: error }, "event bridge: Redis refused an event"),
      );
    }
    const mailer = new Mailer(core.db.prisma, { smtpUrl: config.email.smtpUrl, from: config.email.from, logger });
    const accounts: AccountsContext = {
      prisma: core.db.prisma,
      config,
      jwtSecret: resolveJwtSecret(config),
      mailer,
      events: core.events,
      linkGuard: new LinkGuard(undefined, redis?.client),
      ...(core.market.images ? { images: core.market.images } : {}),
    };
    const assistant = await assistantFor(core, accounts, {
      logger,
      ...(redis ? { turnOrder: sharedTurnOrder(redis.connection("relais-turns", { queueWhileDown: true })) } : {}),
      onTurnAnswered: (engine, seconds) => metrics.observeTurn(engine, seconds),
    });
    const installations: InstallationsContext = {
      prisma: core.db.prisma,
      encryptionKey: resolveEncryptionKey(config, (message) => logger.warn(message)),
    };
    const ports = new ChannelPortRegistry();
    const delivery = new DeliveryWorker(core.market, ports, {
      actions: assistant.actions,
      onFailure: (channel, outcome) => metrics.deliveryFailures.inc({ channel, outcome }),
      ...options.delivery,
      log: (level, fields, message) => logger[level](fields, message),
    });
    let matching: ReturnType<typeof startMatchingScheduler> | undefined;
    const runners: Record<Exclude<WorkerName, "missions">, Runner> = {
      matching: {
        start: () => {
          matching = startMatchingScheduler(core.market, {
            ...(options.matchingDebounceMs !== undefined ? { debounceMs: options.matchingDebounceMs } : {}),
            onError: (error) => logger.error({ err: error }, "matching round failed"),
          });
        },
        stop: () => {
          matching?.stop();
          matching = undefined;
        },
      },
      delivery: { start: () => delivery.start(), stop: () => delivery.stop() },
      email: { start: () => mailer.startRetryLoop(), stop: () => mailer.stopRetryLoop() },
    };

    const wanted = options.workers ?? WORKER_NAMES;
    const running = new Set<WorkerName>();
    const jobs = JobQueue.open(config.database, core.db.pglite, {
      onError: (error) => logger.error({ err: error }, "job queue error"),
    });
    queue = jobs;
    defineMissionJobs(jobs, core.market, config.missions, {
      work: wanted.includes("missions"),
      onSynced: (summaries) => {
        for (const { createdIds: _ids, ...summary } of summaries)
          if (summary.status !== "skipped") logger.info({ summary }, "missions sync");
      },
      onError: (error) => logger.error({ err: error }, "missions job failed"),
    });
    await jobs.start();
    metrics.onCollectError((what, error) => logger.warn({ err: error, metric: what }, "metrics: could not read a gauge"));
    metrics.watchDeliveries(core.db.prisma);
    metrics.watchJobs(jobs);
    for (const name of QUEUE_WORKERS) if (wanted.includes(name)) running.add(name);
    const queued = await scheduleMissionJobs(jobs, core.market, config.missions);
    if (queued.length > 0) logger.info({ sources: queued }, "job boards due: sync queued");
    const heldLocks: WorkerLocks = redis
      ? new RedisWorkerLocks(redis.connection("relais-workers", { queueWhileDown: true }), {
          lockTimeoutMs: options.workerLockTimeoutMs ?? 15_000,
        })
      : await AdvisoryLocks.open(config.database, core.db.prisma);
    locks = heldLocks;
    heldLocks.onLost((names) => {
      for (const name of names as Exclude<WorkerName, "missions">[]) {
        if (!running.delete(name)) continue;
        logger.warn({ worker: name }, "worker lock lost (its connection broke): stopping it until the lock is taken again");
        void runners[name].stop();
      }
    });
    let closing = false;
    const claimLocks = async () => {
      for (const name of wanted) {
        if (closing || running.has(name) || name === "missions") continue;
        if (!SINGLETONS.has(name) || (await heldLocks.tryAcquire(name))) {
          running.add(name);
          runners[name].start();
          logger.info({ worker: name }, `worker ${name} runs in this process`);
        }
      }
    };
    await claimLocks();
    const retry = setInterval(() => {
      claimLocks().catch((error) => logger.warn({ err: error }, "could not check the worker locks"));
    }, options.lockRetryMs ?? 30_000);
    retry.unref();

    return {
      core,
      config,
      accounts,
      mailer,
      assistant,
      installations,
      ports,
      delivery,
      queue: jobs,
      matching: { idle: () => matching?.idle() ?? Promise.resolve() },
      runningWorkers: () => [...running],
      redis,
      metrics,
      async close() {
        closing = true;
        clearInterval(retry);
        for (const name of [...running].reverse()) if (name !== "missions") await runners[name].stop();
        running.clear();
        await jobs.stop();
        await heldLocks.close();
        mailer.close();
        await bridge?.close();
        await ownRedis?.close();
        await core.db.close();
      },
    };
  } catch (error) {
    await queue?.stop();
    await locks?.close();
    await bridge?.close();
    await ownRedis?.close();
    await core.db.close();
    throw error;
  }
}
