/**
 * `npm run bench`: runs every benchmark and rewrites docs/BENCHMARKS.md with the date and
 * the machine. Targets are documented beside each result; nothing here fails a build.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { machineDescription } from "./machine.ts";
import { benchStartup, startupMarkdown } from "./startup.ts";

const target = fileURLToPath(new URL("../docs/BENCHMARKS.md", import.meta.url));

console.log("P8 fresh start to healthy…");
const startup = await benchStartup();

const report = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machineDescription()}.`,
  "",
  startupMarkdown(startup),
].join("\n");
writeFileSync(target, report);
console.log(`Wrote ${target}`);
