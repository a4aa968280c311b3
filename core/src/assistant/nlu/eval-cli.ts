/** `npm run eval:assistant`: prints the local engine's scores on the evaluation set. */
import { evaluate, loadEvalSet } from "./evaluate.ts";

const verbose = process.argv.includes("--errors");
const report = evaluate(loadEvalSet());
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
console.log(`Local engine on ${report.total} labelled utterances (FR ${report.byLanguage.fr.total}, EN ${report.byLanguage.en.total})\n`);
console.log("intent               utterances  intent accuracy  slot F1");
for (const row of report.perIntent) {
  console.log(
    `${row.intent.padEnd(21)}${String(row.total).padStart(10)}  ${pct(row.accuracy).padStart(15)}  ${pct(row.slotF1).padStart(7)}`,
  );
}
console.log(`\noverall: intent accuracy ${pct(report.intentAccuracy)} (target ≥ 95 %), slot F1 ${pct(report.slotF1)} (target ≥ 90 %)`);
console.log(`by language: FR ${pct(report.byLanguage.fr.accuracy)}, EN ${pct(report.byLanguage.en.accuracy)}`);
if (verbose) {
  console.log("\nerrors:");
  for (const e of report.errors) {
    console.log(
      `- "${e.text}" → ${e.got}${e.got !== e.expected ? ` (expected ${e.expected})` : ""}${e.missingSlots.length ? ` missing ${e.missingSlots.join(", ")}` : ""}${e.wrongSlots.length ? ` extra ${e.wrongSlots.join(", ")}` : ""}`,
    );
  }
} else if (report.errors.length > 0) {
  console.log(`(${report.errors.length} utterances with a mistake; --errors lists them)`);
}
