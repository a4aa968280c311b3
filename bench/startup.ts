/**
 * P8: fresh start to healthy. `npm start`'s entry point on an empty data folder (migrations,
 * demo community with embeddings) until /healthz answers 200; then a restart on the same
 * folder (nothing to migrate or seed).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startRelais, stopRelais, waitForHealthy } from "../api/test/relais-process.ts";
import { freePort } from "../core/test/ports.ts";
import { percentile } from "./machine.ts";

export type StartupResult = { fresh: number[]; restart: number[] };

export async function benchStartup(runs = 3, log: (line: string) => void = console.log): Promise<StartupResult> {
  const result: StartupResult = { fresh: [], restart: [] };
  for (let run = 1; run <= runs; run++) {
    const root = mkdtempSync(join(tmpdir(), "relais-bench-start-"));
    const dataDir = join(root, "data");
    try {
      const fresh = startRelais({ RELAIS_DATA_DIR: dataDir, LOG_LEVEL: "info" }, await freePort());
      result.fresh.push((await waitForHealthy(fresh)).ms);
      await stopRelais(fresh);
      const again = startRelais({ RELAIS_DATA_DIR: dataDir, LOG_LEVEL: "info" }, await freePort());
      result.restart.push((await waitForHealthy(again)).ms);
      await stopRelais(again);
      log(`  run ${run}/${runs}: fresh ${result.fresh.at(-1)} ms, restart ${result.restart.at(-1)} ms`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return result;
}

export function startupMarkdown(result: StartupResult): string {
  const row = (label: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `| ${label} | ${values.length} | ${percentile(sorted, 50)} | ${sorted.at(-1)} |`;
  };
  return [
    "## P8 — fresh start to healthy",
    "",
    "`api/src/main.ts` (what `npm start` runs, the Prisma client already generated) on an empty",
    "data folder: `prisma migrate deploy` on embedded PGlite, demo community (34 members,",
    "179 listings, 44 missions, local embeddings) loaded, until `GET /healthz` answers 200.",
    "Target: ≤ 15 s.",
    "",
    "| start | runs | median ms | max ms |",
    "|---|---|---|---|",
    row("fresh (empty folder)", result.fresh),
    row("restart (same folder)", result.restart),
    "",
  ].join("\n");
}
