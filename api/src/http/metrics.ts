/**
 * Prometheus over HTTP: every request's latency recorded by its route pattern, and GET /metrics.
 *
 * /metrics is off unless configured (core/src/config): with METRICS_TOKEN the main port serves it
 * to `Authorization: Bearer <token>` (401 otherwise); with METRICS_PORT a second listener on
 * METRICS_HOST (a loopback or private address) serves it, asking the token too when one is set.
 * Without either, the main port answers 404 as for any unknown route.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import { type Config, ConfigError } from "@relais/core/config/index";
import type { RelaisMetrics } from "@relais/core/metrics/metrics";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { problem, sendProblem } from "./problem.ts";

/** Requests that matched no route share one label: a scanner's random paths must not create series. */
const UNMATCHED = "(unmatched)";

/** The pattern of the route that answered (`/api/v1/listings/:id`), never the raw path. */
function routeOf(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (!route) return UNMATCHED;
  const path = route.path instanceof RegExp ? route.path.source : String(route.path);
  return `${req.baseUrl}${path}`;
}

/** Records each request's duration once it is answered (or the client went away). */
export function recordHttpMetrics(metrics: RelaisMetrics): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const stop = metrics.httpRequestDuration.startTimer();
    let done = false;
    const record = () => {
      if (done) return;
      done = true;
      stop({ method: req.method, route: routeOf(req), status_code: String(res.statusCode) });
    };
    res.once("finish", record);
    res.once("close", record);
    next();
  };
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** True when the request carries the token (compared in constant time). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}

/** GET /metrics on the main port: served only with METRICS_TOKEN, to the bearer of that token. */
export function metricsRoute(metrics: RelaisMetrics, config: Config): RequestHandler {
  const token = config.metrics.token;
  return async (req, res, next) => {
    if (!token) return sendProblem(res, problem(req, 404, "route_not_found", { method: req.method, path: req.path }));
    if (!bearerMatches(req.get("authorization"), token)) {
      return sendProblem(res, problem(req, 401, "invalid_token"), { "WWW-Authenticate": 'Bearer realm="metrics"' });
    }
    try {
      const { contentType, body } = await metrics.render();
      res.type(contentType).set("Cache-Control", "no-store").send(body);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The private metrics listener (METRICS_PORT on METRICS_HOST): GET /metrics only, plain text
 * answers, none of the public port's middleware (HTTPS redirect, CORS, request logs).
 */
export async function startMetricsListener(
  metrics: RelaisMetrics,
  config: Config,
  onError: (error: unknown) => void,
): Promise<{ url: string; close(): Promise<void> } | undefined> {
  const listener = config.metrics.listener;
  if (!listener) return undefined;
  const token = config.metrics.token;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/metrics" || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    if (token && !bearerMatches(req.headers.authorization, token)) {
      res.writeHead(401, { "content-type": "text/plain", "www-authenticate": 'Bearer realm="metrics"' }).end("unauthorized\n");
      return;
    }
    metrics.render().then(
      ({ contentType, body }) => res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body),
      (error) => {
        onError(error);
        res.writeHead(500, { "content-type": "text/plain" }).end("metrics unavailable\n");
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => reject(listenRefusal(error, listener)));
    server.listen(listener.port, listener.host, () => {
      server.removeAllListeners("error");
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : listener.port;
  const host = listener.host.includes(":") ? `[${listener.host}]` : listener.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The metrics port could not be opened: one line naming METRICS_PORT / METRICS_HOST (not PORT / HOST). */
function listenRefusal(error: unknown, listener: { host: string; port: number }): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `METRICS_PORT=${listener.port} on METRICS_HOST=${listener.host}`;
  if (code === "EADDRINUSE")
    return new ConfigError([`${where}: the port is already in use (stop what listens there or choose another port)`]);
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return new ConfigError([`${where}: not an address of this host`]);
  if (code === "EACCES") return new ConfigError([`${where}: not allowed to listen there (ports below 1024 need privileges)`]);
  return error;
}
