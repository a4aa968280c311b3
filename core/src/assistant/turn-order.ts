/**
 * One chat identity's turns run one after the other, in arrival order. In one process an
 * async-lock queue per identity does it; with several instances (REDIS_URL) a turn also holds a
 * Redis mutex for that identity (redis-semaphore: refreshed while the turn runs, released at
 * its end, expired if its instance dies), so two instances never run one member's turns at once.
 */
import AsyncLock from "async-lock";
import { Mutex } from "redis-semaphore";
import type { Redis } from "../redis/redis.ts";

export type TurnOrder = { run<T>(key: string, turn: () => Promise<T>): Promise<T> };

export function localTurnOrder(): TurnOrder {
  const lock = new AsyncLock({ maxPending: 10_000 });
  return { run: (key, turn) => lock.acquire(key, turn) };
}

/** How long a turn may wait for another instance's turn of the same member (an LLM turn takes seconds). */
const ACQUIRE_TIMEOUT_MS = 60_000;

/** `redis`: a connection whose commands wait while Redis is down (redis-semaphore leaves a failed refresh unhandled). */
export function sharedTurnOrder(redis: Redis): TurnOrder {
  const local = localTurnOrder();
  return {
    // The local queue keeps this instance's arrival order; the mutex excludes the other instances.
    run: (key, turn) =>
      local.run(key, async () => {
        const mutex = new Mutex(redis, `relais:turn:${key}`, {
          lockTimeout: 30_000,
          acquireTimeout: ACQUIRE_TIMEOUT_MS,
          retryInterval: 20,
          refreshInterval: 10_000,
        });
        await mutex.acquire();
        try {
          return await turn();
        } finally {
          await mutex.release().catch(() => {});
        }
      }),
  };
}
