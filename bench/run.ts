/**
 * `npm run bench`: runs every benchmark and rewrites docs/BENCHMARKS.md with the date and
 * the machine. Targets are documented beside each result; nothing here fails a build.
 * BENCH_LISTINGS (default 100000) sizes P1; BENCH_ONLY=P1,P2,P4,P8 runs a subset.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { machineDescription } from "./machine.ts";
import { benchMatching, matchingMarkdown } from "./matching.ts";
import { benchMessaging, messagingMarkdown } from "./messaging.ts";
import { benchSearch, searchMarkdown } from "./search.ts";
import { benchStartup, startupMarkdown } from "./startup.ts";

const target = fileURLToPath(new URL("../docs/BENCHMARKS.md", import.meta.url));
const only = new Set((process.env.BENCH_ONLY ?? "P8,P1,P2,P4").split(",").map((s) => s.trim().toUpperCase()));
const listings = Number(process.env.BENCH_LISTINGS ?? 100_000);
if (!Number.isInteger(listings) || listings < 1000) {
  console.error("relais bench: BENCH_LISTINGS must be a whole number ≥ 1000");
  process.exit(2);
}

const sections: string[] = [];
if (only.has("P8")) {
  console.log("P8 fresh start to healthy…");
  sections.push(startupMarkdown(await benchStartup()));
}
if (only.has("P1")) {
  console.log(`P1 search over ${listings} listings (loading takes a few minutes)…`);
  sections.push(searchMarkdown(await benchSearch(listings)));
}
if (only.has("P2")) {
  console.log("P2 trades…");
  sections.push(matchingMarkdown(benchMatching()));
}
if (only.has("P4")) {
  console.log("P4 messaging…");
  sections.push(messagingMarkdown(await benchMessaging()));
}

const report = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machineDescription()}.`,
  "",
  ...sections,
].join("\n");
writeFileSync(target, report);
console.log(`Wrote ${target}`);
process.exit(0);
