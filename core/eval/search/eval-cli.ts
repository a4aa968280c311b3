/**
 * `npm run eval:search`: search relevance on a fresh demo community, per query set.
 * Prints aggregates only; `--details` adds each dev query's misses (the blind set's queries
 * are never printed: it measures, it is not tuned on).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bootCore } from "../../src/boot.ts";
import { loadConfig } from "../../src/config/index.ts";
import { evaluateSearch, QUERY_SETS } from "./evaluate.ts";

const root = mkdtempSync(join(tmpdir(), "relais-eval-search-"));
const core = await bootCore(loadConfig({ RELAIS_DATA_DIR: join(root, "data"), LOG_LEVEL: "silent", RELAIS_EMBEDDER: "local" }));
try {
  for (const set of QUERY_SETS) {
    const report = await evaluateSearch(core, set);
    console.log(
      `${set.padEnd(5)} ${report.queries} queries  precision@10 ${report.precisionAt10.toFixed(3)}  recall ${report.recall.toFixed(3)}  empty sets answered empty ${report.emptyQueriesRight}`,
    );
    if (set === "dev" && process.argv.includes("--details")) {
      for (const score of report.scores) {
        if (score.precisionAt10 === 1 && (score.recall ?? 1) === 1) continue;
        const relevant = new Set(score.query.relevant);
        const extra = score.found.slice(0, 10).filter((id) => !relevant.has(id));
        const missed = score.query.relevant.filter((id) => !score.found.includes(id));
        console.log(
          `  «${score.query.q}» P@10 ${score.precisionAt10.toFixed(2)} R ${score.recall?.toFixed(2) ?? "-"}  extra: ${extra.join(", ")}  missed: ${missed.join(", ")}`,
        );
      }
    }
  }
} finally {
  await core.db.close();
  rmSync(root, { recursive: true, force: true });
}
