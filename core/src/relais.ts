/**
 * The composition root: one call builds everything a Relais process runs — the core
 * (database, embedder, event bus), accounts and the mailer, the assistant, the channel-port
 * registry adapters register into, and the background workers. `npm start` (through
 * api/src/server.ts), the tests, the benchmarks and later bot processes all start here.
 *
 * Background work, in every process that wants the worker (the `workers` option):
 * - `delivery`: the outbox worker polls its rows, each claimed with `SKIP LOCKED` and a lease,
 *   so two processes never send one row (the rows are the queue: they commit with the message).
 * - The job queue (core/src/queue, pg-boss) holds everything else, so nothing waits in a timer:
 *   `matching` (debounced rounds, one at a time in the deployment, and the hourly expiries),
 *   `email` (one job per email, and the sweep), `missions` (the job boards' syncs and the alert
 *   digests). Any process sends jobs; pg-boss hands each to one process that works its queue,
 *   and the queues' policies keep two runs of one round, sync or email from overlapping.
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
import { defineEmailJobs, Mailer, scheduleEmailJobs } from "./email/mailer.ts";
import { bridgeEventsOverRedis, type EventBridge } from "./events/redis-bridge.ts";
import { resolveEncryptionKey } from "./installations/encryption-key.ts";
import type { InstallationsContext } from "./installations/installations.ts";
import { defineExpiryJobs, scheduleExpiryJobs } from "./maintenance/expiries.ts";
import { defineMatchingJobs, MatchingRounds } from "./matching/round-jobs.ts";
import { RelaisMetrics } from "./metrics/metrics.ts";
import { defineMissionJobs, scheduleMissionJobs } from "./missions/schedule.ts";
import { JobQueue } from "./queue/job-queue.ts";
import { RedisLink } from "./redis/redis.ts";

export const WORKER_NAMES = ["matching", "delivery", "email", "missions"] as const;
export type WorkerName = (typeof WORKER_NAMES)[number];

export type RelaisOptions = {
  /** Workers this process runs (default: all). */
  workers?: readonly WorkerName[];
  logger: Logger;
  onProgress?: (step: string) => void;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  delivery?: Omit<DeliveryWorkerOptions, "log">;
  /** How long a matching round waits for more changes after the first (default 300 ms). */
  matchingDebounceMs?: number;
  /** First retry of a failed email, doubled each time (default 30 s). */
  emailRetryDelaySeconds?: number;
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
  /** The matching rounds: `request` queues one; `idle()` resolves once none waits or runs in the deployment. */
  matching: { request(members: readonly string[] | "all"): Promise<void>; idle(): Promise<void> };
  /** The workers running in this process now. */
  runningWorkers(): WorkerName[];
  /** The Redis the instances share (REDIS_URL): events, socket.io, rate limits, turn order, worker locks. */
  redis: RedisLink | undefined;
  /** Prometheus metrics of this process (served by the API at /metrics when configured). */
  metrics: RelaisMetrics;
  close(): Promise<void>;
};

export async function createRelais(config: Config, options: RelaisOptions): Promise<Relais> {
  const { logger } = options;
  const metrics = options.metrics ?? new RelaisMetrics();
  const core = await bootCore(config, options.onProgress, { migrate: options.migrate ?? true });
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
    const wanted = options.workers ?? WORKER_NAMES;
    const jobs = JobQueue.open(config.database, core.db.pglite, {
      onError: (error) => logger.error({ err: error }, "job queue error"),
    });
    queue = jobs;
    const mailer = new Mailer(core.db.prisma, { smtpUrl: config.email.smtpUrl, from: config.email.from, logger, queue: jobs });
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
    const onJobError = (what: string) => (error: unknown) => logger.error({ err: error }, `${what} job failed`);
    const rounds = new MatchingRounds(jobs, core.market, {
      ...(options.matchingDebounceMs !== undefined ? { debounceMs: options.matchingDebounceMs } : {}),
      onError: (error) => logger.error({ err: error }, "could not queue a matching round"),
    });
    defineMatchingJobs(jobs, core.market, {
      work: wanted.includes("matching"),
      requestFullRound: () => rounds.request("all"),
      onError: onJobError("matching round"),
    });
    defineExpiryJobs(jobs, core.market, {
      work: wanted.includes("matching"),
      requestRound: (members) => rounds.request(members),
      onDone: (report) => {
        if (report.proposalsExpired > 0) logger.info({ report }, "expiries");
      },
    });
    defineEmailJobs(jobs, mailer, {
      work: wanted.includes("email"),
      ...(options.emailRetryDelaySeconds !== undefined ? { retryDelaySeconds: options.emailRetryDelaySeconds } : {}),
    });
    defineMissionJobs(jobs, core.market, config.missions, {
      work: wanted.includes("missions"),
      onSynced: (summaries) => {
        for (const { createdIds: _ids, ...summary } of summaries)
          if (summary.status !== "skipped") logger.info({ summary }, "missions sync");
      },
      onError: onJobError("missions"),
    });
    await jobs.start();
    metrics.onCollectError((what, error) => logger.warn({ err: error, metric: what }, "metrics: could not read a gauge"));
    metrics.watchDeliveries(core.db.prisma);
    metrics.watchJobs(jobs);
    await rounds.start({ fresh: core.seed.seeded });
    await scheduleExpiryJobs(jobs);
    await scheduleEmailJobs(jobs);
    const queued = await scheduleMissionJobs(jobs, core.market, config.missions);
    if (queued.length > 0) logger.info({ sources: queued }, "job boards due: sync queued");
    if (wanted.includes("delivery")) delivery.start();
    for (const name of wanted) logger.info({ worker: name }, `worker ${name} runs in this process`);

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
      matching: { request: (members) => rounds.request(members), idle: () => rounds.idle() },
      runningWorkers: () => [...wanted],
      redis,
      metrics,
      async close() {
        await rounds.stop();
        await delivery.stop();
        await jobs.stop();
        mailer.close();
        await bridge?.close();
        await ownRedis?.close();
        await core.db.close();
      },
    };
  } catch (error) {
    await queue?.stop();
    await bridge?.close();
    await ownRedis?.close();
    await core.db.close();
    throw error;
  }
}
