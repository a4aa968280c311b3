/**
 * Budgets for wrong link codes beyond the per-code one (a code dies after 5 wrong tries):
 * per source (the client IP over HTTP, so fresh guest identities do not buy fresh tries) and
 * for the whole instance (a distributed guess is capped too). rate-limiter-flexible counters
 * in memory, like the HTTP limits; only failures consume.
 */
import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";
import { RateLimited } from "../errors/domain.ts";

export type LinkGuardLimits = { perSource: { points: number; duration: number }; global: { points: number; duration: number } };

export const LINK_GUARD_LIMITS: LinkGuardLimits = {
  perSource: { points: 20, duration: 600 },
  global: { points: 300, duration: 600 },
};

const GLOBAL_KEY = "all";

export class LinkGuard {
  readonly #perSource: RateLimiterMemory;
  readonly #global: RateLimiterMemory;
  readonly #limits: LinkGuardLimits;

  constructor(limits: LinkGuardLimits = LINK_GUARD_LIMITS) {
    this.#limits = limits;
    this.#perSource = new RateLimiterMemory({ keyPrefix: "link-source", ...limits.perSource });
    this.#global = new RateLimiterMemory({ keyPrefix: "link-global", ...limits.global });
  }

  /** Refuses (429) when the source or the instance has used up its wrong tries. */
  async assertAllowed(source: string): Promise<void> {
    const [mine, all] = await Promise.all([this.#perSource.get(source), this.#global.get(GLOBAL_KEY)]);
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
