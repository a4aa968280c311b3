/**
 * One Relais instance for the multi-instance tests: the server `npm start` runs (startServer),
 * configured by its environment (DATABASE_URL, REDIS_URL, PORT, …), plus, with PLATFORM_URL,
 * a ChannelPort to the test's fake chat platform whose requests carry INSTANCE_NAME. Short
 * leases (INSTANCE_LEASE_MS) let a test see a killed instance's deliveries taken over in
 * seconds rather than a minute.
 */
import { loadConfig } from "@relais/core/config/index";
import { exitWithStartupError } from "@relais/core/errors/startup";
import { pino } from "pino";
import { httpChannelPort } from "../../core/test/fake-chat-platform.ts";
import { startServer } from "../src/server.ts";
import { READY_LINE } from "./relais-process.ts";

const config = loadConfig();
const logger = pino({ level: config.logLevel, base: { instance: process.env.INSTANCE_NAME } });
const leaseMs = Number(process.env.INSTANCE_LEASE_MS ?? 60_000);
try {
  const running = await startServer(config, logger, {
    delivery: { leaseMs, pollMs: 200, batchSize: 5 },
    matchingDebounceMs: Number(process.env.INSTANCE_MATCHING_DEBOUNCE_MS ?? 100),
  });
  const { relais } = await running.ready;
  if (process.env.PLATFORM_URL) relais.ports.register(httpChannelPort(process.env.PLATFORM_URL, "discord", process.env.INSTANCE_NAME));
  logger.info({ workers: relais.runningWorkers() }, `${READY_LINE} ${running.url}`);
  process.once("SIGTERM", () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
} catch (error) {
  exitWithStartupError(error);
}
