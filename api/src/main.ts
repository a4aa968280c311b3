/**
 * `npm start`: one process serving the API (and, as they land, the widget and every bot
 * whose credentials are set). It listens at once, so /readyz can say 503 while the database
 * is migrated and the demo community loaded, then serves.
 */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { bootCore, type Core } from "@relais/core/boot";
import { loadConfig } from "@relais/core/config/index";
import { exitWithStartupError } from "@relais/core/errors/startup";
import { pino } from "pino";
import { createApiContext } from "./api-context.ts";
import { createApiRouter } from "./api-router.ts";
import { type CoreSlot, createApp } from "./app.ts";
import type { ApiContext } from "./http/api-context.ts";
import { answerClientErrorsAsProblems } from "./http/client-errors.ts";
import { attachRealtime } from "./realtime.ts";

if (existsSync(".env")) process.loadEnvFile(".env");

async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  const logger = pino({ level: config.logLevel, base: { service: "relais" } });
  const slot: CoreSlot = { startingStep: "starting" };
  const { app, limits } = createApp(slot, logger, config);

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
    listening.once("error", reject);
  });
  answerClientErrorsAsProblems(server);

  let core: Core | undefined;
  let api: ApiContext | undefined;
  let realtime: ReturnType<typeof attachRealtime> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal} received: closing`);
    server.close();
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
    api?.matching.stop();
    await realtime?.close();
    api?.accounts.mailer.close();
    await core?.db.close();
    logger.info("stopped cleanly");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  core = await bootCore(config, (step) => {
    slot.startingStep = step;
    logger.info(`starting: ${step}`);
  });
  if (stopping) return;
  api = createApiContext(core, logger);
  slot.core = core;
  slot.router = createApiRouter(api, limits).router;
  realtime = attachRealtime(api, server);
  if (core.seed.seeded) {
    logger.info(
      core.seed,
      `demo community loaded: ${core.seed.members} members, ${core.seed.listings} listings, ${core.seed.missions} missions`,
    );
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  logger.info(
    { driver: core.db.driver, port: config.port, startupSeconds: Number(seconds) },
    `Relais is ready on http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port} (${seconds} s)`,
  );
}

main().catch((error) => exitWithStartupError(error));
