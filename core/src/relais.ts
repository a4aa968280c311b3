/**
 * The composition root: one call builds everything a Relais process runs — the core
 * (database, embedder, event bus), accounts and the mailer, the assistant, the channel-port
 * registry adapters register into, and the background workers. `npm start` (through
 * api/src/server.ts), the tests, the benchmarks and later bot processes all start here.
 *
 * Background workers (`matching` rounds, `delivery` of the outbox, `email` retries, the `missions`
 * schedule of the job boards) run in
 * the process that holds their Postgres advisory lock, so several processes on one database
 * run each worker once; a process without a lock tries again every `lockRetryMs` and takes
 * over when the holder stops or dies.
 */
import type { Logger } from "pino";
import type { AccountsContext } from "./accounts/context.ts";
import { LinkGuard } from "./accounts/link-guard.ts";
import { resolveJwtSecret } from "./accounts/secrets.ts";
import type { Assistant } from "./assistant/assistant.ts";
import { assistantFor } from "./assistant/setup.ts";
import { bootCore, type Core } from "./boot.ts";
import type { Config } from "./config/index.ts";
import { ChannelPortRegistry } from "./delivery/channel-port.ts";
import { DeliveryWorker, type DeliveryWorkerOptions } from "./delivery/worker.ts";
import { Mailer } from "./email/mailer.ts";
import { resolveEncryptionKey } from "./installations/encryption-key.ts";
import type { InstallationsContext } from "./installations/installations.ts";
import { startMatchingScheduler } from "./matching/marketplace-matching.ts";
import { type MissionsScheduler, startMissionsScheduler } from "./missions/schedule.ts";
import { AdvisoryLocks } from "./workers/advisory-locks.ts";

export const WORKER_NAMES = ["matching", "delivery", "email", "missions"] as const;
export type WorkerName = (typeof WORKER_NAMES)[number];

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
  /** The matching rounds; `idle()` resolves at once in a process that does not run them. */
  matching: { idle(): Promise<void> };
  /** The workers running in this process now. */
  runningWorkers(): WorkerName[];
  close(): Promise<void>;
};

type Runner = { start(): void; stop(): Promise<void> | void };

export async function createRelais(config: Config, options: RelaisOptions): Promise<Relais> {
  const { logger } = options;
  const core = await bootCore(config, options.onProgress, { migrate: options.migrate ?? true });
  let locks: AdvisoryLocks | undefined;
  try {
    const mailer = new Mailer(core.db.prisma, { smtpUrl: config.email.smtpUrl, from: config.email.from, logger });
    const accounts: AccountsContext = {
      prisma: core.db.prisma,
      config,
      jwtSecret: resolveJwtSecret(config),
      mailer,
      events: core.events,
      linkGuard: new LinkGuard(),
      ...(core.market.images ? { images: core.market.images } : {}),
    };
    const assistant = await assistantFor(core, accounts, { logger });
    const installations: InstallationsContext = {
      prisma: core.db.prisma,
      encryptionKey: resolveEncryptionKey(config, (message) => logger.warn(message)),
    };
    const ports = new ChannelPortRegistry();
    const delivery = new DeliveryWorker(core.market, ports, {
      actions: assistant.actions,
      ...options.delivery,
      log: (level, fields, message) => logger[level](fields, message),
    });
    let matching: ReturnType<typeof startMatchingScheduler> | undefined;
    let missions: MissionsScheduler | undefined;
    const runners: Record<WorkerName, Runner> = {
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
      // The job boards' cadences (when MISSIONS_SYNC_SCHEDULE is on) and the alert digests.
      missions: {
        start: () => {
          missions = startMissionsScheduler(core.market, config.missions, {
            onSynced: (summaries) => {
              for (const summary of summaries) if (summary.status !== "skipped") logger.info({ summary }, "missions sync");
            },
            onError: (error) => logger.error({ err: error }, "missions sync failed"),
          });
        },
        stop: async () => {
          await missions?.stop();
          missions = undefined;
        },
      },
    };

    const wanted = options.workers ?? WORKER_NAMES;
    const running = new Set<WorkerName>();
    const heldLocks = await AdvisoryLocks.open(config.database, core.db.prisma);
    locks = heldLocks;
    heldLocks.onLost((names) => {
      for (const name of names as WorkerName[]) {
        if (!running.delete(name)) continue;
        logger.warn({ worker: name }, "worker lock lost (database connection closed): stopping it until the lock is taken again");
        void runners[name].stop();
      }
    });
    let closing = false;
    const claimLocks = async () => {
      for (const name of wanted) {
        if (closing || running.has(name)) continue;
        if (await heldLocks.tryAcquire(name)) {
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
      matching: { idle: () => matching?.idle() ?? Promise.resolve() },
      runningWorkers: () => [...running],
      async close() {
        closing = true;
        clearInterval(retry);
        for (const name of [...running].reverse()) await runners[name].stop();
        running.clear();
        await heldLocks.close();
        mailer.close();
        await core.db.close();
      },
    };
  } catch (error) {
    await locks?.close();
    await core.db.close();
    throw error;
  }
}
