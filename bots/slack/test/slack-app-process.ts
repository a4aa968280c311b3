/**
 * The Relais server with Slack in HTTP mode as its own process, for the crash test: it opens
 * the data folder in RELAIS_DATA_DIR, talks to the fake Slack at SLACK_API_URL, writes one
 * line `{"url": …}` on stdout once it serves, and closes cleanly on SIGTERM. The test kills
 * it with SIGKILL in the middle of a post.
 */
import { loadConfig } from "@relais/core/config/index";
import { pino } from "pino";
import { startServer } from "../../../api/src/server.ts";

const config = loadConfig({
  RELAIS_DATA_DIR: process.env.RELAIS_DATA_DIR,
  RELAIS_DEMO_DATA: "false",
  NODE_ENV: "test",
  LOG_LEVEL: "silent",
  PUBLIC_URL: "http://relais.test",
  HOST: "127.0.0.1",
  PORT: "0",
  SLACK_SIGNING_SECRET: process.env.SLACK_SIGNING_SECRET,
  SLACK_BOT_TOKEN: process.env.SLACK_BOT_TOKEN,
  SLACK_API_URL: process.env.SLACK_API_URL,
});
const running = await startServer(config, pino({ level: "silent" }), {
  migrate: false,
  // A short lease: the row a killed process held is claimed again soon after the restart.
  delivery: { pollMs: 50, leaseMs: Number(process.env.LEASE_MS ?? 60_000) },
});
await running.ready;
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
process.once("SIGTERM", () => {
  void running.close().then(() => process.exit(0));
});
