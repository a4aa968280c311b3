/**
 * `npm run eval:search`: search relevance on a fresh demo community, per query set.
 * - no argument: the sets kept in this folder (dev, blind, blind2);
 * - `-- --file PATH` (repeatable): any query file in the same format (README.md here), e.g. a
 *   new blind set written by someone who never saw the code;
 * - `-- --details`: each query that is not perfect, with the items it showed that were not listed
 *   and the listed items it missed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { bootCore } from "../../src/boot.ts";
import { loadConfig } from "../../src/config/index.ts";
import { evaluateSearch, loadQueryFile, QUERY_SETS, querySetPath } from "./evaluate.ts";

const { values } = parseArgs({
  // npm passes its own "--" through on some versions: ignore it.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { file: { type: "string", multiple: true }, details: { type: "boolean", default: false } },
});
// Paths are read from where the command was typed (npm runs scripts from the package root).
const cwd = process.env.INIT_CWD ?? process.cwd();
const files = values.file?.length ? values.file.map((file) => resolve(cwd, file)) : QUERY_SETS.map(querySetPath);
// Parse every file before booting, so a malformed line is reported at once.
const sets = files.map((file) => ({ name: basename(file).replace(/-queries\.jsonl$|\.jsonl$/, ""), queries: loadQueryFile(file) }));

const root = mkdtempSync(join(tmpdir(), "relais-eval-search-"));
const core = await bootCore(loadConfig({ RELAIS_DATA_DIR: join(root, "data"), LOG_LEVEL: "silent", RELAIS_EMBEDDER: "local" }));
try {
  for (const set of sets) {
    const report = await evaluateSearch(core, set.name, set.queries);
    console.log(
      `${set.name.padEnd(5)} ${report.queries} queries  precision@10 ${report.precisionAt10.toFixed(3)}  recall ${report.recall.toFixed(3)}  empty sets answered empty ${report.emptyQueriesRight}`,
    );
    if (!values.details) continue;
    for (const score of report.scores) {
      if (score.precisionAt10 === 1 && (score.recall ?? 1) === 1) continue;
      const relevant = new Set(score.query.relevant);
      const extra = score.found.slice(0, 10).filter((id) => !relevant.has(id));
      const missed = score.query.relevant.filter((id) => !score.found.includes(id));
      console.log(
        `  «${score.query.q}»${score.query.place ? ` @${score.query.place}` : ""}${score.query.kind ? ` [${score.query.kind}]` : ""} P@10 ${score.precisionAt10.toFixed(2)} R ${score.recall?.toFixed(2) ?? "-"}${score.closeOnly ? " closeOnly" : ""}  extra: ${extra.join(", ")}  missed: ${missed.join(", ")}`,
      );
    }
  }
} finally {
  await core.db.close();
  rmSync(root, { recursive: true, force: true });
}
