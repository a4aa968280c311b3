/**
 * `npm start`: one process serving the API (and, as they land, the widget and every bot
 * whose credentials are set). It listens at once, so /readyz can say 503 while the database
 * is migrated and the demo community loaded, then serves.
 */
import { existsSync } from "node:fs";
import { enableCompileCache } from "node:module";
import { loadConfig } from "@relais/core/config/index";
import { exitWithStartupError } from "@relais/core/errors/startup";
import { pino } from "pino";

if (existsSync(".env")) process.loadEnvFile(".env");
// Node keeps the compiled server modules (in the system's temp folder, or NODE_COMPILE_CACHE): a restart loads them ~0.5 s faster.
enableCompileCache();

async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  // The server's modules load once the configuration is known good: a wrong setting is refused at once.
  const { startServer } = await import("./server.ts");
  const logger = pino({ level: config.logLevel, base: { service: "relais" } });
  const running = await startServer(config, logger, { onProgress: (step) => logger.info(`starting: ${step}`) });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal} received: closing`);
    await running.close();
    logger.info("stopped cleanly");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  const { core } = await running.ready;
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
  // METRICS_PORT=0 takes any free port: the operator learns which one here.
  if (running.metricsUrl) logger.info({ metricsUrl: running.metricsUrl }, `Prometheus metrics on ${running.metricsUrl}`);
}

main().catch((error) => exitWithStartupError(error));
