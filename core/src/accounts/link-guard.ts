/**
 * Budgets for wrong link codes beyond the per-code one (a code dies after 5 wrong tries):
 * per source (the client IP over HTTP, so fresh guest identities do not buy fresh tries) and
 * for the whole deployment (a distributed guess is capped too). rate-limiter-flexible counters,
 * in memory or, with several instances, in their Redis (like the HTTP limits); only failures
 * consume.
 */
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, type RateLimiterRes } from "rate-limiter-flexible";
import { RateLimited, Unavailable } from "../errors/domain.ts";
import type { Redis } from "../redis/redis.ts";

export type LinkGuardLimits = { perSource: { points: number; duration: number }; global: { points: number; duration: number } };

export const LINK_GUARD_LIMITS: LinkGuardLimits = {
  perSource: { points: 20, duration: 600 },
  global: { points: 300, duration: 600 },
};

const GLOBAL_KEY = "all";

export class LinkGuard {
  readonly #perSource: RateLimiterAbstract;
  readonly #global: RateLimiterAbstract;
  readonly #limits: LinkGuardLimits;

  constructor(limits: LinkGuardLimits = LINK_GUARD_LIMITS, redis?: Redis) {
    this.#limits = limits;
    const counter = (keyPrefix: string, limit: { points: number; duration: number }) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `relais:${keyPrefix}`, ...limit })
        : new RateLimiterMemory({ keyPrefix, ...limit });
    this.#perSource = counter("link-source", limits.perSource);
    this.#global = counter("link-global", limits.global);
  }

  /** Refuses (429) when the source or the deployment has used up its wrong tries (503 while their counters cannot be read). */
  async assertAllowed(source: string): Promise<void> {
    const [mine, all] = await Promise.all([this.#perSource.get(source), this.#global.get(GLOBAL_KEY)]).catch((error: unknown) => {
      throw new Unavailable("shared_state_unavailable", {}, { cause: error });
    });
    const spent = (res: RateLimiterRes | null, points: number) => res !== null && res.consumedPoints >= points;
    const blocking = spent(mine, this.#limits.perSource.points) ? mine : spent(all, this.#limits.global.points) ? all : null;
    if (blocking) {
      const retryAfterSeconds = Math.max(1, Math.ceil(blocking.msBeforeNext / 1000));
      throw new RateLimited("link_too_many_tries", retryAfterSeconds, { minutes: Math.ceil(retryAfterSeconds / 60) });
    }
  }

  /** Counts a wrong code against the source and the instance. */
  async recordFailure(source: string): Promise<void> {
    // consume() rejects once the budget is spent; the refusal itself comes from assertAllowed.
    await Promise.allSettled([this.#perSource.consume(source), this.#global.consume(GLOBAL_KEY)]);
  }
}
