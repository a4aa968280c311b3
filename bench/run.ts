/**
 * `npm run bench`: runs every benchmark and rewrites docs/BENCHMARKS.md with the date and
 * the machine. Targets are documented beside each result; nothing here fails a build.
 * BENCH_LISTINGS (default 100000) sizes P1; BENCH_ONLY=P1,P2,P3,P4,P5,P6,P7,P8,P9,P10 runs a subset and
 * keeps the other sections of the file as they were.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assistantMarkdown, benchAssistant, benchEmbedder, embedderMarkdown } from "./assistant.ts";
import { benchLongLines, longLinesMarkdown } from "./long-lines.ts";
import { machineDescription } from "./machine.ts";
import { benchMatching, matchingMarkdown } from "./matching.ts";
import { benchMessaging, messagingMarkdown } from "./messaging.ts";
import { benchMissions, missionsMarkdown } from "./missions.ts";
import { benchSearch, searchMarkdown } from "./search.ts";
import { benchSlack, slackMarkdown } from "./slack.ts";
import { benchStartup, startupMarkdown } from "./startup.ts";
import { benchWidget, widgetMarkdown } from "./widget.ts";

const target = fileURLToPath(new URL("../docs/BENCHMARKS.md", import.meta.url));
const ORDER = ["P8", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P9", "P10"];
const only = new Set((process.env.BENCH_ONLY ?? ORDER.join(",")).split(",").map((s) => s.trim().toUpperCase()));
const listings = Number(process.env.BENCH_LISTINGS ?? 100_000);
if (!Number.isInteger(listings) || listings < 1000) {
  console.error("relais bench: BENCH_LISTINGS must be a whole number ≥ 1000");
  process.exit(2);
}

/** Sections already in the file, by id ("P1"…), so a subset run keeps the others. */
const sections = new Map<string, string>();
/** When and where a section was measured: each carries its own line, so a subset run never dates the others. */
const STAMP = /^_Measured on .*_$/m;
const stamp = `_Measured on ${new Date().toISOString().slice(0, 10)}, on ${machineDescription()}._`;
if (existsSync(target)) {
  const previous = readFileSync(target, "utf8");
  // (sections written before they carried a stamp were all measured when the file's old header says)
  const header = /^Written by `npm run bench` on (\S+), on (.+)\.$/m.exec(previous);
  for (const part of previous.split(/^(?=## P\d)/m).slice(1)) {
    const id = /^## (P\d+)/.exec(part)?.[1];
    const kept =
      STAMP.test(part) || !header
        ? part.trimEnd()
        : `${part.trimEnd()}\n\n_Measured on or before ${header[1]} (the file then said: ${header[2]})._`;
    if (id) sections.set(id, `${kept}\n`);
  }
}
if (only.has("P8")) {
  console.log("P8 fresh start to healthy…");
  sections.set("P8", startupMarkdown(await benchStartup()));
}
if (only.has("P1")) {
  console.log(`P1 search over ${listings} listings (loading takes a few minutes)…`);
  sections.set("P1", searchMarkdown(await benchSearch(listings)));
}
if (only.has("P2")) {
  console.log("P2 trades…");
  sections.set("P2", matchingMarkdown(benchMatching()));
}
if (only.has("P3")) {
  console.log("P3 website widget: sizes and loader main-thread time…");
  sections.set("P3", widgetMarkdown(await benchWidget()));
}
if (only.has("P4")) {
  console.log("P4 messaging…");
  const one = await benchMessaging();
  console.log("P4 messaging over two instances…");
  sections.set("P4", messagingMarkdown(one, await benchMessaging(500, 8, console.log, 2)));
}
if (only.has("P5")) {
  console.log("P5 assistant turns…");
  sections.set("P5", assistantMarkdown(await benchAssistant()));
}
if (only.has("P6")) {
  console.log("P6 local embedder…");
  sections.set("P6", embedderMarkdown(await benchEmbedder()));
}
if (only.has("P7")) {
  console.log("P7 1,000 job-board offers normalised, deduplicated and embedded…");
  sections.set("P7", missionsMarkdown(await benchMissions()));
}
if (only.has("P9")) {
  console.log("P9 Slack inbound → ack → reply…");
  sections.set("P9", slackMarkdown(await benchSlack()));
}
if (only.has("P10")) {
  console.log("P10 the assistant's line readers on 12,000-character lines…");
  sections.set("P10", longLinesMarkdown(benchLongLines()));
}

// (each section run now is stamped with today and this machine; the others keep their own stamp)
for (const id of only) {
  const section = sections.get(id);
  if (section !== undefined && !STAMP.test(section)) sections.set(id, `${section.trimEnd()}\n\n${stamp}\n`);
}
const report = [
  "# Benchmarks",
  "",
  "Written by `npm run bench`; each section says when and on which machine it was measured (`BENCH_ONLY` reruns a few).",
  "",
  ...ORDER.flatMap((id) => (sections.has(id) ? [sections.get(id) as string] : [])),
].join("\n");
writeFileSync(target, report);
console.log(`Wrote ${target}`);
process.exit(0);
