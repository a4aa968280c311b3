/**
 * Security middleware: helmet headers, the CORS allowlist, HTTPS redirect behind a proxy, and
 * rate limits (express-rate-limit) — a general one per IP, and strict ones on sign-in
 * (failures per IP + email, and per IP across emails against password spraying), sign-up (per IP, roomy enough for an office behind one IP) and
 * password-reset requests.
 */
import type { Config } from "@relais/core/config/index";
import cors from "cors";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { problem, sendProblem } from "./problem.ts";

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

function limiter(options: {
  windowMs: number;
  limit: number;
  key?: (req: Request) => string;
  onlyFailures?: boolean;
  skip?: (req: Request) => Promise<boolean>;
}): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    skipSuccessfulRequests: options.onlyFailures ?? false,
    ...(options.key ? { keyGenerator: options.key } : {}),
    ...(options.skip ? { skip: options.skip } : {}),
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + options.windowMs) - Date.now()) / 1000));
      sendProblem(res, problem(req, 429, "rate_limited", { seconds }), { "Retry-After": String(seconds) });
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

export function rateLimiters(config: Config): RateLimiters {
  const limits = config.http.rateLimits;
  return {
    api: limiter({ windowMs: 60_000, limit: limits.apiPerMinute }),
    login: [
      limiter({
        windowMs: limits.loginWindowMinutes * 60_000,
        limit: limits.loginFailures,
        onlyFailures: true,
        key: (req) => `${ipOf(req)}|${emailOf(req)}`,
      }),
      // The client IP as the server sees it (TRUST_PROXY decides whether X-Forwarded-For counts).
      limiter({ windowMs: limits.loginWindowMinutes * 60_000, limit: limits.loginFailuresPerIp, onlyFailures: true, key: ipOf }),
    ],
    signup: limiter({ windowMs: 3_600_000, limit: limits.signupsPerHour, key: ipOf }),
    passwordReset: limiter({ windowMs: 3_600_000, limit: 5, key: (req) => `${ipOf(req)}|${emailOf(req)}` }),
  };
}

/**
 * New website-widget guests per client IP (`TRUST_PROXY` decides what the IP is): a guest
 * costs no sign-up, so without this one IP could mint members by the thousand. Requests of a
 * guest that already exists, or of a signed-in caller, are not counted.
 */
export function newGuestLimiter(config: Config, isNewGuest: (req: Request) => Promise<boolean>): RequestHandler {
  return limiter({
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
export function widgetCodeLimiter(): { request: RequestHandler; verify: RequestHandler[] } {
  const key = (req: Request) => `${ipOf(req)}|${emailOf(req)}`;
  return {
    request: limiter({ windowMs: 3_600_000, limit: 5, key }),
    verify: [
      limiter({ windowMs: 15 * 60_000, limit: 5, onlyFailures: true, key }),
      limiter({ windowMs: 15 * 60_000, limit: 20, onlyFailures: true, key: ipOf }),
    ],
  };
}
