/**
 * The HTTP application: health and readiness now; the REST API, docs, sockets and the widget
 * mount here as they land. Built without listening so tests drive it on an ephemeral port.
 */
import type { Core } from "@relais/core/boot";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { sendProblem } from "./problem.ts";

/** What the app knows about the core while it starts: nothing, then everything. */
export type CoreSlot = { core?: Core; startingStep: string };

export function createApp(slot: CoreSlot, logger: Logger) {
  const app = express();
  app.disable("x-powered-by");
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" } }));

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

  /** Readiness: 503 until migrations are applied and the database answers. */
  app.get("/readyz", async (_req, res) => {
    const core = slot.core;
    if (!core) {
      res.status(503).json({ status: "starting", step: slot.startingStep });
      return;
    }
    try {
      await core.db.prisma.$queryRaw`select 1`;
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });

  app.use((req: Request, res: Response) => {
    sendProblem(res, { title: "Not Found", status: 404, detail: `No route for ${req.method} ${req.path}` });
  });

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    req.log?.error({ err: error }, "unhandled error");
    if (res.headersSent) return;
    sendProblem(res, { title: "Internal Server Error", status: 500, detail: "Something went wrong on our side; it has been logged." });
  });

  return app;
}
