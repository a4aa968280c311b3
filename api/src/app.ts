/**
 * The HTTP application. It exists before the core is up (so /healthz and /readyz can say
 * "starting"); the API router is plugged in once the database is ready. Built without
 * listening, so tests drive it on an ephemeral port.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { Core } from "@relais/core/boot";
import type { Config } from "@relais/core/config/index";
import { storageFailureOf, unwritableStorage } from "@relais/core/db/storage-health";
import { localeFromAcceptLanguage } from "@relais/core/i18n/messages";
import type { RelaisMetrics } from "@relais/core/metrics/metrics";
import type { RedisLink } from "@relais/core/redis/redis";
import compression from "compression";
import cookieParser from "cookie-parser";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { metricsRoute, recordHttpMetrics } from "./http/metrics.ts";
import { problem, problemFromError, sendProblem } from "./http/problem.ts";
import { corsAllowlist, httpsRedirect, type RateLimiters, rateLimiters, securityHeaders } from "./http/security.ts";
import type { SiteOrigins } from "./widget/site-origins.ts";

/** What the app knows about the core while it starts: nothing, then everything. */
export type CoreSlot = {
  core?: Core;
  router?: Router;
  /** Chat platforms' webhooks (Slack): they read the raw body to check its signature, so they come before the JSON parser. */
  webhooks?: Router;
  startingStep: string;
  /** Origins of the website widget's sites (they get CORS, without cookies). */
  siteOrigins?: SiteOrigins;
};

/**
 * gzip/brotli for text answers (widget.js, pages, JSON; the `compression` defaults: compressible
 * types over 1 KB, when the client accepts it). Never for a server-sent event stream, whose
 * events would wait in the compressor's buffer instead of reaching the client as they are
 * written. socket.io answers on the server before express and is not touched.
 */
function compressText() {
  return compression({
    filter: (req, res) => !String(res.getHeader("Content-Type") ?? "").startsWith("text/event-stream") && compression.filter(req, res),
  });
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;
export const JSON_BODY_LIMIT = "100kb";
const STORAGE_RETRY_AFTER_SECONDS = 60;

export function createApp(
  slot: CoreSlot,
  logger: Logger,
  config: Config,
  metrics: RelaisMetrics,
  redis?: RedisLink,
): { app: express.Express; limits: RateLimiters } {
  const app = express();
  const limits = rateLimiters(config, { redis, logger });
  app.disable("x-powered-by");
  app.set("trust proxy", config.http.trustProxy);
  app.use(recordHttpMetrics(metrics));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" || req.url === "/metrics" },
      redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
      // At info, one short line per request (no header dumps); debug keeps the headers (redacted).
      ...(logger.isLevelEnabled("debug")
        ? {}
        : {
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          }),
    }),
  );
  app.use((req, _res, next) => {
    (req as Request & { locale?: string }).locale = localeFromAcceptLanguage(req.get("accept-language"));
    next();
  });
  app.use(httpsRedirect(config));
  app.use(securityHeaders());
  app.use(corsAllowlist(config, async (origin) => (slot.siteOrigins ? slot.siteOrigins.has(origin) : false)));
  app.use(compressText());

  /** Liveness with the database's identity: 200 once the database answers. */
  app.get("/healthz", async (_req, res) => {
    const core = slot.core;
    if (!core) {
      res.status(503).json({ status: "starting", step: slot.startingStep });
      return;
    }
    try {
      res.json({ status: "ok", db: { driver: core.db.driver, vector: await core.db.vectorVersion() } });
    } catch (error) {
      logger.error({ err: error }, "health check: database did not answer");
      res.status(503).json({ status: "error", db: { driver: core.db.driver, error: "database did not answer" } });
    }
  });

  /**
   * Readiness: 503 until migrations are applied and the database answers, while a folder
   * Relais writes to (the embedded database's, the uploaded images') cannot take a write, and
   * while the Redis the instances share (REDIS_URL) does not answer: a load balancer then
   * sends the traffic to an instance that can count rate limits and reach the others.
   */
  app.get("/readyz", async (_req, res) => {
    const core = slot.core;
    if (!core || !slot.router) {
      res.status(503).json({ status: "starting", step: slot.startingStep });
      return;
    }
    try {
      await core.db.prisma.$queryRaw`select 1`;
    } catch {
      res.status(503).json({ status: "unavailable" });
      return;
    }
    const folders = [
      ...(core.db.driver === "pglite" ? [config.dataDir] : []),
      ...(config.images.s3 ? [] : [join(config.dataDir, "media")]),
    ];
    const unwritable = unwritableStorage(folders);
    if (unwritable) {
      logger.warn({ storage: unwritable }, "readiness: storage cannot be written");
      res.status(503).json({ status: "unavailable", storage: { writable: false, error: unwritable.code } });
      return;
    }
    const redisProblem = redis?.problem();
    if (redisProblem) {
      logger.warn({ redis: redisProblem }, "readiness: Redis does not answer");
      res.status(503).json({ status: "unavailable", redis: { connected: false, error: redisProblem } });
      return;
    }
    res.json({ status: "ready" });
  });

  /** Prometheus metrics: off (404) unless METRICS_TOKEN is set (api/src/http/metrics.ts). */
  app.get("/metrics", metricsRoute(metrics, config));

  app.use((req, res, next) => (slot.webhooks ? slot.webhooks(req, res, next) : next()));
  app.use(cookieParser());
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use("/api", limits.api);
  app.use((req, res, next) => {
    if (slot.router) return slot.router(req, res, next);
    res.setHeader("Retry-After", "2");
    sendProblem(res, { ...problem(req, 503, "internal_error"), detail: `Relais is starting (${slot.startingStep}).` });
  });

  app.use((req: Request, res: Response) => {
    sendProblem(res, problem(req, 404, "route_not_found", { method: req.method, path: req.path }));
  });

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const type = (error as { type?: string } | undefined)?.type;
    if (type === "entity.parse.failed") return sendProblem(res, problem(req, 400, "invalid_json"));
    if (type === "entity.too.large") return sendProblem(res, problem(req, 413, "body_too_large", { limit: JSON_BODY_LIMIT }));
    if (type === "encoding.unsupported" || type === "charset.unsupported")
      return sendProblem(res, problem(req, 415, "unsupported_media_type"));
    if (type === "request.aborted") return;
    const code = (error as { code?: string; name?: string } | undefined)?.code;
    if ((error as { name?: string } | undefined)?.name === "MulterError") {
      if (code === "LIMIT_FILE_SIZE") return sendProblem(res, problem(req, 413, "image_too_large"));
      return sendProblem(res, problem(req, 400, code === "LIMIT_UNEXPECTED_FILE" ? "image_required" : "invalid_request"));
    }
    const mapped = problemFromError(req, error);
    if (mapped) return sendProblem(res, mapped.body, mapped.headers);
    const status = (error as { status?: number; statusCode?: number } | undefined)?.status;
    if (typeof status === "number" && status >= 400 && status < 500) return sendProblem(res, problem(req, status, "invalid_request"));
    // A full, read-only or unwritable storage: nothing the caller did wrong, try again later.
    const storage = storageFailureOf(error);
    if (storage) {
      req.log?.error({ err: error, storage }, "storage cannot be written");
      return sendProblem(res, problem(req, 503, "storage_unavailable"), { "Retry-After": String(STORAGE_RETRY_AFTER_SECONDS) });
    }
    req.log?.error({ err: error }, "unhandled error");
    sendProblem(res, problem(req, 500, "internal_error"));
  });

  return { app, limits };
}
