/**
 * `npm run eval:assistant`: the local engine's scores on its labelled sets (first, dev, blind,
 * dev2, dev4, dev3, dev6, dev5, dev7, dev8): per intent, per slot (precision, recall, F1), the key slots and overall.
 * `-- --errors` lists the misses of the studied sets; the held-out sets' (blind, dev3, dev5, dev8) are never
 * listed (their sentences must not steer the rules). `-- --set dev` scores one set.
 * `-- --set dev2 --half 1` scores dev2's first half, `--half 2` its second (held out in session
 * 5, studied since session 6).
 */
import { DEV2_HALF } from "./eval-sets.ts";
import {
  aggregateOnly,
  EVAL_SETS,
  type EvalReport,
  type EvalSetName,
  evaluate,
  groupScore,
  KEY_SLOTS,
  loadNamedSet,
  titleAgreement,
} from "./evaluate.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--errors");
const only = args.includes("--set") ? (args[args.indexOf("--set") + 1] as EvalSetName) : undefined;
if (only && !(only in EVAL_SETS)) {
  console.error(`Unknown set "${only}": use ${Object.keys(EVAL_SETS).join(", ")}.`);
  process.exit(2);
}
const half = args.includes("--half") ? Number(args[args.indexOf("--half") + 1]) : undefined;
if (half !== undefined && half !== 1 && half !== 2) {
  console.error("--half takes 1 (dev2's first half) or 2 (its second half).");
  process.exit(2);
}
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

function print(name: EvalSetName, report: EvalReport) {
  const { description } = EVAL_SETS[name];
  const errorsVisible = EVAL_SETS[name].errorsVisible;
  const part = name === "dev2" && half ? (half === 1 ? ", first half" : ", second half") : "";
  console.log(
    `\n=== ${description}${part}: ${report.total} utterances (FR ${report.byLanguage.fr.total}, EN ${report.byLanguage.en.total})\n`,
  );
  console.log("intent               utterances  intent accuracy  slot F1");
  for (const row of report.perIntent)
    console.log(
      `${row.intent.padEnd(21)}${String(row.total).padStart(10)}  ${pct(row.accuracy).padStart(15)}  ${pct(row.slotF1).padStart(7)}`,
    );
  console.log("\nslot                  expected  precision   recall       F1");
  for (const row of report.perSlot)
    console.log(
      `${row.slot.padEnd(21)}${String(row.expected).padStart(9)}  ${pct(row.precision).padStart(9)}  ${pct(row.recall).padStart(7)}  ${pct(row.f1).padStart(7)}`,
    );
  console.log(
    `\nkey slots (target ≥ 85 % F1): ${Object.values(KEY_SLOTS)
      .map((slots) => {
        const score = groupScore(report, slots);
        return `${score.slot} ${pct(score.f1)}`;
      })
      .join(", ")}`,
  );
  console.log(`overall: intent accuracy ${pct(report.intentAccuracy)} (target ≥ 95 %), slot F1 ${pct(report.slotF1)} (target ≥ 90 %)`);
  console.log(`by language: FR ${pct(report.byLanguage.fr.accuracy)}, EN ${pct(report.byLanguage.en.accuracy)}`);
  if (!errorsVisible) {
    if (verbose) console.log("(a held-out set: its misses are never listed, only these aggregate numbers)");
    return;
  }
  if (verbose) {
    console.log("\nerrors:");
    for (const e of report.errors) {
      console.log(
        `- "${e.text}" → ${e.got}${e.got !== e.expected ? ` (expected ${e.expected})` : ""}${e.missingSlots.length ? ` missing ${e.missingSlots.join(", ")}` : ""}${e.wrongSlots.length ? ` extra ${e.wrongSlots.join(", ")}` : ""}`,
      );
    }
  } else if (report.errors.length > 0) console.log(`(${report.errors.length} utterances with a mistake; --errors lists them)`);
}

for (const name of Object.keys(EVAL_SETS) as EvalSetName[]) {
  if (only && name !== only) continue;
  const whole = loadNamedSet(name);
  const set = whole && name === "dev2" && half ? (half === 1 ? whole.slice(0, DEV2_HALF) : whole.slice(DEV2_HALF)) : whole;
  if (!set) {
    console.log(`\n=== ${EVAL_SETS[name].description}: ${EVAL_SETS[name].path} is missing`);
    continue;
  }
  const report = evaluate(set);
  print(name, EVAL_SETS[name].errorsVisible ? report : aggregateOnly(report));
}

// The title metric's ceiling: how often two people title the same posting alike
const agreement = only ? undefined : titleAgreement();
if (agreement) {
  const share = (n: number) => pct(n / agreement.lines);
  console.log(
    `\n=== titles of ${agreement.lines} studied postings, given by their writer and by a second labeller: the two people agree on ${share(agreement.labellersAgree)}; the engine gives the writer's title on ${share(agreement.engineAgreesWithWriter)}, the second labeller's on ${share(agreement.engineAgreesWithSecond)}`,
  );
}
