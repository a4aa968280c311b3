/**
 * Which instance runs a singleton worker when the instances share a Redis (REDIS_URL): the one
 * holding that worker's Redis mutex (redis-semaphore). The holder refreshes it while it runs;
 * an instance that dies (SIGKILL) stops refreshing, the mutex expires after `lockTimeoutMs` and
 * another instance takes the worker at its next try. Unlike Postgres session advisory locks it
 * needs no dedicated database session, so it also holds behind a transaction-pooling proxy and
 * on `relais db serve`, whose clients share one session.
 */
import { Mutex } from "redis-semaphore";
import type { Redis } from "../redis/redis.ts";

export type WorkerLocks = {
  tryAcquire(name: string): Promise<boolean>;
  onLost(listener: (names: string[]) => void): void;
  close(): Promise<void>;
};

export class RedisWorkerLocks implements WorkerLocks {
  readonly #redis: Redis;
  readonly #held = new Map<string, Mutex>();
  readonly #lockTimeoutMs: number;
  #lostListeners: ((names: string[]) => void)[] = [];

  /** `redis`: a connection whose commands wait while Redis is down (a refresh that failed instead would go unhandled in redis-semaphore). */
  constructor(redis: Redis, options: { lockTimeoutMs?: number } = {}) {
    this.#redis = redis;
    this.#lockTimeoutMs = options.lockTimeoutMs ?? 15_000;
  }

  async tryAcquire(name: string): Promise<boolean> {
    if (this.#held.has(name)) return true;
    const mutex = new Mutex(this.#redis, `relais:worker:${name}`, {
      lockTimeout: this.#lockTimeoutMs,
      refreshInterval: Math.floor(this.#lockTimeoutMs / 3),
      // One attempt: a worker held elsewhere is tried again at the next claim, not waited for.
      acquireAttemptsLimit: 1,
      // Lost (Redis unreachable past the timeout, or the key taken over): the worker stops here.
      onLockLost: () => {
        if (this.#held.get(name) !== mutex) return;
        this.#held.delete(name);
        for (const listener of this.#lostListeners) listener([name]);
      },
    });
    const acquired = await mutex.tryAcquire().catch(() => false);
    if (acquired) this.#held.set(name, mutex);
    return acquired;
  }

  onLost(listener: (names: string[]) => void): void {
    this.#lostListeners.push(listener);
  }

  async close(): Promise<void> {
    this.#lostListeners = [];
    const held = [...this.#held.values()];
    this.#held.clear();
    // Best effort: a mutex not released (Redis down) expires by itself after lockTimeoutMs.
    const released = Promise.all(held.map((mutex) => mutex.release().catch(() => {})));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([released, new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
    clearTimeout(timer);
  }
}
