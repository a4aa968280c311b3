/**
 * A Relais process that runs only the delivery worker, for the crash test: it opens the data
 * folder in RELAIS_DATA_DIR, registers a ChannelPort for the fake platform at PLATFORM_URL and
 * exits 0 once no discord row is pending. The test kills it with SIGKILL in the middle.
 */
import { pino } from "pino";
import { loadConfig } from "../src/config/index.ts";
import { createRelais } from "../src/relais.ts";
import { httpChannelPort } from "./fake-chat-platform.ts";

const config = loadConfig({ RELAIS_DATA_DIR: process.env.RELAIS_DATA_DIR, RELAIS_DEMO_DATA: "false", LOG_LEVEL: "silent" });
const relais = await createRelais(config, {
  logger: pino({ level: "silent" }),
  migrate: false,
  workers: ["delivery"],
  delivery: { pollMs: 20, batchSize: 5, leaseMs: Number(process.env.LEASE_MS ?? 60_000) },
});
relais.ports.register(httpChannelPort(String(process.env.PLATFORM_URL), "discord"));
relais.delivery.wake();
const check = setInterval(async () => {
  const pending = await relais.core.db.prisma.delivery.count({ where: { status: "pending", channel: "discord" } });
  if (pending > 0) return;
  clearInterval(check);
  await relais.close();
  process.exit(0);
}, 50);
