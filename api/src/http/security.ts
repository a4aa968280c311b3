/**
 * Security middleware: helmet headers, the CORS allowlist, HTTPS redirect behind a proxy, and
 * rate limits (express-rate-limit) — a general one per IP, and strict ones on sign-in
 * (failures per IP + email, and per IP across emails against password spraying), sign-up (per IP, roomy enough for an office behind one IP) and
 * password-reset requests. With REDIS_URL the counters live in Redis (rate-limit-redis), so
 * every instance counts the same tries; while Redis cannot be reached the sign-in, sign-up,
 * reset and code routes answer 503 rather than let guesses through uncounted (the general
 * per-IP throttle lets requests through).
 */
import type { Config } from "@relais/core/config/index";
import { isRedisReply, type RedisLink } from "@relais/core/redis/redis";
import cors from "cors";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { Logger } from "pino";
import { RedisStore } from "rate-limit-redis";
import { HttpProblem, problem, sendProblem } from "./problem.ts";

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        // swagger-ui on /docs needs inline styles and data: images; no inline script anywhere.
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'", "'unsafe-inline'"],
      },
    },
  });
}

/**
 * Only listed origins get CORS headers; others get none (the browser then blocks them).
 * CORS_ORIGINS may send cookies; the pages of widget sites (`isWidgetOrigin`) only bearer tokens.
 */
export function corsAllowlist(config: Config, isWidgetOrigin: (origin: string) => Promise<boolean> = async () => false): RequestHandler {
  const allowed = new Set(config.http.corsOrigins);
  const shared = {
    exposedHeaders: ["X-Request-Id", "Retry-After", "RateLimit", "RateLimit-Policy", "Idempotent-Replayed"],
    maxAge: 600,
  };
  return cors((req, callback) => {
    const origin = req.headers.origin;
    if (origin === undefined) return callback(null, { origin: false });
    if (allowed.has(origin)) return callback(null, { ...shared, origin: true, credentials: true });
    isWidgetOrigin(origin)
      .catch(() => false)
      .then((widget) => callback(null, widget ? { ...shared, origin: true, credentials: false } : { origin: false }));
  });
}

export function httpsRedirect(config: Config): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!config.http.httpsRedirect || req.secure || req.path === "/healthz" || req.path === "/readyz") return next();
    res.redirect(308, `https://${req.get("host") ?? new URL(config.publicUrl).host}${req.originalUrl}`);
  };
}

/**
 * Where counters live: this process's memory, or the instances' Redis under `relais:rl:<name>:`;
 * `logger` hears the store's failures (one line while Redis is down, not a stack per request).
 */
export type LimitStore = { redis?: RedisLink | undefined; logger?: Logger | undefined };

function limiter(options: {
  name: string;
  store: LimitStore;
  windowMs: number;
  limit: number;
  key?: (req: Request) => string;
  onlyFailures?: boolean;
  skip?: (req: Request) => Promise<boolean>;
  /** The general throttle lets requests through while Redis is down; the limits against guessing refuse them. */
  openWhileStoreDown?: boolean;
}): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    skipSuccessfulRequests: options.onlyFailures ?? false,
    ...(options.key ? { keyGenerator: options.key } : {}),
    ...(options.skip ? { skip: options.skip } : {}),
    ...(options.store.redis ? { store: redisStore(options.store.redis, options.name) } : {}),
    passOnStoreError: options.openWhileStoreDown ?? false,
    ...(options.store.logger ? { logger: limiterLogger(options.store.logger, options.name) } : {}),
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + options.windowMs) - Date.now()) / 1000));
      sendProblem(res, problem(req, 429, "rate_limited", { seconds }), { "Retry-After": String(seconds) });
    },
  });
}

/**
 * rate-limit-redis keeps the promise of its loaded script: one that failed while Redis was
 * down would fail every later count, so a failed count loads the script again.
 */
class RecoveringRedisStore extends RedisStore {
  override async increment(key: string) {
    try {
      return await super.increment(key);
    } catch (error) {
      this.incrementScriptSha = this.loadIncrementScript();
      this.incrementScriptSha.catch(() => {});
      throw error;
    }
  }
}

function limiterLogger(logger: Logger, name: string) {
  const line = (level: "warn" | "error") => (error: unknown, message?: string) =>
    logger[level]({ limiter: name, reason: error instanceof Error ? error.message : String(error) }, message ?? "rate limiter");
  return { warn: line("warn"), error: line("error") };
}

function redisStore(redis: RedisLink, name: string): RedisStore {
  return new RecoveringRedisStore({
    prefix: `relais:rl:${name}:`,
    sendCommand: async (command: string, ...args: string[]) => {
      try {
        return (await redis.client.call(command, ...args)) as never;
      } catch (error) {
        if (isRedisReply(error)) throw error;
        throw new HttpProblem(503, "shared_state_unavailable", {}, { "Retry-After": "5" }, { cause: error });
      }
    },
  });
}

const ipOf = (req: Request) => ipKeyGenerator(req.ip ?? "unknown");
const emailOf = (req: Request) => {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : "";
};

export type RateLimiters = {
  api: RequestHandler;
  /** Both sign-in limits: failures per IP + email, then per IP. */
  login: RequestHandler[];
  signup: RequestHandler;
  passwordReset: RequestHandler;
};

export function rateLimiters(config: Config, store: LimitStore = {}): RateLimiters {
  const limits = config.http.rateLimits;
  return {
    api: limiter({ name: "api", store, windowMs: 60_000, limit: limits.apiPerMinute, openWhileStoreDown: true }),
    login: [
      limiter({
        name: "login",
        store,
        windowMs: limits.loginWindowMinutes * 60_000,
        limit: limits.loginFailures,
        onlyFailures: true,
        key: (req) => `${ipOf(req)}|${emailOf(req)}`,
      }),
      // The client IP as the server sees it (TRUST_PROXY decides whether X-Forwarded-For counts).
      limiter({
        name: "login-ip",
        store,
        windowMs: limits.loginWindowMinutes * 60_000,
        limit: limits.loginFailuresPerIp,
        onlyFailures: true,
        key: ipOf,
      }),
    ],
    signup: limiter({ name: "signup", store, windowMs: 3_600_000, limit: limits.signupsPerHour, key: ipOf }),
    passwordReset: limiter({ name: "password-reset", store, windowMs: 3_600_000, limit: 5, key: (req) => `${ipOf(req)}|${emailOf(req)}` }),
  };
}

/**
 * New website-widget guests per client IP (`TRUST_PROXY` decides what the IP is): a guest
 * costs no sign-up, so without this one IP could mint members by the thousand. Requests of a
 * guest that already exists, or of a signed-in caller, are not counted.
 */
export function newGuestLimiter(config: Config, isNewGuest: (req: Request) => Promise<boolean>, store: LimitStore = {}): RequestHandler {
  return limiter({
    name: "new-guest",
    store,
    windowMs: 3_600_000,
    limit: config.http.rateLimits.guestsPerHour,
    key: ipOf,
    skip: async (req) => !(await isNewGuest(req)),
  });
}

/**
 * The widget's email codes: at most 5 mailed per hour to one address from one IP, and 5 wrong
 * codes per 15 minutes per IP and address (a 6-digit code then takes years to guess).
 */
export function widgetCodeLimiter(store: LimitStore = {}): { request: RequestHandler; verify: RequestHandler[] } {
  const key = (req: Request) => `${ipOf(req)}|${emailOf(req)}`;
  return {
    request: limiter({ name: "widget-code", store, windowMs: 3_600_000, limit: 5, key }),
    verify: [
      limiter({ name: "widget-verify", store, windowMs: 15 * 60_000, limit: 5, onlyFailures: true, key }),
      limiter({ name: "widget-verify-ip", store, windowMs: 15 * 60_000, limit: 20, onlyFailures: true, key: ipOf }),
    ],
  };
}
