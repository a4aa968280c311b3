/**
 * A Relais process that works only the missions queue, for the crash test: it opens the data
 * folder in RELAIS_DATA_DIR with the job boards at BOARDS_URL and exits 0 once the board named in
 * SOURCE has a finished run with status ok. The test kills it with SIGKILL in the middle of a run.
 */
import { pino } from "pino";
import { loadConfig } from "../src/config/index.ts";
import { createRelais } from "../src/relais.ts";
import { boardsEnv } from "./fake-job-boards.ts";

const source = String(process.env.SOURCE);
const config = loadConfig({
  ...boardsEnv(String(process.env.BOARDS_URL)),
  RELAIS_DATA_DIR: process.env.RELAIS_DATA_DIR,
  RELAIS_DEMO_DATA: "false",
  LOG_LEVEL: "silent",
  MISSIONS_SOURCES: source,
  MISSIONS_HTTP_RETRIES: "0",
  MISSIONS_HTTP_TIMEOUT_MS: "120000",
});
const relais = await createRelais(config, { logger: pino({ level: "silent" }), migrate: false, workers: ["missions"] });
const check = setInterval(async () => {
  const done = await relais.core.db.prisma.missionSyncRun.count({ where: { source, status: "ok" } });
  if (done === 0) return;
  clearInterval(check);
  await relais.close();
  process.exit(0);
}, 50);
