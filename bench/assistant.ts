/**
 * P5: one local assistant turn, end to end in process (understanding, dialog state read and
 * written, core services, replies), on the demo community, for every utterance of the
 * evaluation set. The LLM engine is excluded (its time is the provider's).
 * It also times the intent model: trained from scratch (`cache: false`, what a start pays when the
 * cache holds no model for its sources) and loaded from the cache (what every start pays once the
 * install step built it), each in fresh processes.
 * P6: local embedder throughput on marketplace texts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { pino } from "pino";
import { LinkGuard } from "../core/src/accounts/link-guard.ts";
import { resolveJwtSecret } from "../core/src/accounts/secrets.ts";
import { LocalEmbedder } from "../core/src/ai/local-embedder.ts";
import { loadEvalSet } from "../core/src/assistant/nlu/evaluate.ts";
import { interpret } from "../core/src/assistant/nlu/interpret.ts";
import { assistantFor } from "../core/src/assistant/setup.ts";
import { WARM_UP_SAMPLE, warmUpLocalEngine } from "../core/src/assistant/warm-up.ts";
import { bootCore } from "../core/src/boot.ts";
import { loadConfig } from "../core/src/config/index.ts";
import { buildDemoListings } from "../core/src/demo/community.ts";
import { Mailer } from "../core/src/email/mailer.ts";
import { percentile } from "./machine.ts";

export type AssistantBench = {
  turns: number;
  p50: number;
  p95: number;
  p99: number;
  byGroup: { group: string; turns: number; p50: number; p95: number }[];
  /** The same turns in the first pass after start (once the start's warm-up is done). */
  firstPass: { p50: number; p95: number; p99: number };
  /** The start's warm-up, off the request path (model, dictionaries, towns, understanding, two searches). */
  warmUpMs: number;
  nluP50: number;
  nluP95: number;
  model: ModelBench;
};

/** Medians over fresh processes, in milliseconds: wall time and CPU time (all threads) of building the model. */
export type ModelBench = { runs: number; trainWall: number; trainCpu: number; loadWall: number; loadCpu: number };

const CLASSIFIER = new URL("../core/src/assistant/nlu/classifier.ts", import.meta.url).href;

/** One fresh process that constructs the intent model (trained when `cache` is false) and reports its times and source. */
async function modelRun(cache: boolean): Promise<{ wall: number; cpu: number; source: string }> {
  const code = [
    `const { IntentClassifier } = await import(${JSON.stringify(CLASSIFIER)});`,
    "const cpu = process.cpuUsage();",
    "const started = performance.now();",
    `const model = new IntentClassifier({ cache: ${cache} });`,
    "const wall = performance.now() - started;",
    "const used = process.cpuUsage(cpu);",
    "console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000, source: model.source }));",
  ].join("\n");
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", code]);
  return JSON.parse(stdout);
}

/** Cold training and cache load of the intent model, medians of `runs` fresh processes each. */
export async function benchModel(runs = 5): Promise<ModelBench> {
  // The model and the dictionaries in the cache first (as the install step leaves them).
  await modelRun(true);
  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );
  const trained = [];
  const loaded = [];
  for (let i = 0; i < runs; i++) {
    trained.push(await modelRun(false));
    const load = await modelRun(true);
    if (load.source !== "cache") throw new Error("P5: the intent model was not read from the cache");
    loaded.push(load);
  }
  return {
    runs,
    trainWall: median(trained.map((r) => r.wall)),
    trainCpu: median(trained.map((r) => r.cpu)),
    loadWall: median(loaded.map((r) => r.wall)),
    loadCpu: median(loaded.map((r) => r.cpu)),
  };
}

const GROUPS: Record<string, string[]> = {
  "search (listings, missions)": ["search_listings", "search_missions"],
  "write (post, change, message, profile)": [
    "create_listing",
    "update_listing",
    "delete_listing",
    "send_message",
    "update_profile",
    "generate_profile",
    "set_preferences",
    "report_user",
    "link_account",
  ],
  "read (lists, details, matches)": [
    "my_listings",
    "show_listing",
    "show_matches",
    "accept_match",
    "decline_match",
    "show_conversations",
    "read_conversation",
    "show_profile",
    "save_mission",
    "apply_mission",
    "show_applications",
  ],
  "talk (greeting, help, cancel, unknown)": ["greeting", "help", "cancel", "unknown"],
};

export async function benchAssistant(log: (line: string) => void = console.log): Promise<AssistantBench> {
  log("  … the intent model: trained from scratch and loaded from the cache, 5 fresh processes each");
  // Before the database starts, so that nothing else runs in this process meanwhile.
  const model = await benchModel();
  const config = loadConfig({ RELAIS_DATA_DIR: join(mkdtempSync(join(tmpdir(), "relais-bench-assistant-")), "data"), LOG_LEVEL: "silent" });
  const core = await bootCore(config, (step) => log(`  … ${step}`));
  try {
    const mailer = new Mailer(core.db.prisma, { smtpUrl: undefined, from: config.email.from, logger: pino({ level: "silent" }) });
    const accounts = {
      prisma: core.db.prisma,
      config,
      jwtSecret: resolveJwtSecret(config),
      mailer,
      events: core.events,
      linkGuard: new LinkGuard(),
    };
    const assistant = await assistantFor(core, accounts);
    // What a server does just after start, before its first members write (the same promise).
    const warmUpStarted = performance.now();
    await warmUpLocalEngine(core.market);
    const warmUpMs = performance.now() - warmUpStarted;
    const member = await core.db.prisma.user.findFirstOrThrow({
      where: { email: { endsWith: "@demo.relais.example" } },
      orderBy: { createdAt: "asc" },
    });
    const identity = { provider: "api" as const, externalId: member.id };
    const set = loadEvalSet();
    // Each turn alone: dialog state cleared before it. Nothing else is reset or cached between passes.
    const pass = async () => {
      const times: { intent: string; ms: number }[] = [];
      for (const item of set) {
        await assistant.forget(identity);
        const started = performance.now();
        await assistant.handle({ identity, text: item.text, locale: item.lang });
        times.push({ intent: item.intent, ms: performance.now() - started });
      }
      return times;
    };
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    // The first pass after start still pays for compiling the paths the warm-up did not take (the
    // JIT) and for first database reads; a running server has paid it once. Both are reported.
    const first = sorted((await pass()).map((t) => t.ms));
    // Three passes pooled: on a shared virtual machine one pass's p95 moves by a few milliseconds from run to run.
    const times = [...(await pass()), ...(await pass()), ...(await pass())];
    const nlu: number[] = [];
    for (const item of set) {
      const nluStarted = performance.now();
      interpret(item.text, item.lang, item.context ?? {});
      nlu.push(performance.now() - nluStarted);
    }
    const all = sorted(times.map((t) => t.ms));
    nlu.sort((a, b) => a - b);
    return {
      turns: set.length,
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      p99: percentile(all, 99),
      firstPass: { p50: percentile(first, 50), p95: percentile(first, 95), p99: percentile(first, 99) },
      warmUpMs,
      byGroup: Object.entries(GROUPS).map(([group, intents]) => {
        const ms = sorted(times.filter((t) => intents.includes(t.intent)).map((t) => t.ms));
        return { group, turns: ms.length / 3, p50: percentile(ms, 50), p95: percentile(ms, 95) };
      }),
      nluP50: percentile(nlu, 50),
      nluP95: percentile(nlu, 95),
      model,
    };
  } finally {
    await core.db.close();
  }
}

export type EmbedderBench = { texts: number; seconds: number; perSecond: number };

export async function benchEmbedder(count = 50_000): Promise<EmbedderBench> {
  const catalogue = buildDemoListings().map((listing) => `${listing.title}. ${listing.tags.join(", ")}. ${listing.description}`);
  const texts = Array.from({ length: count }, (_, i) => `${catalogue[i % catalogue.length]} ${i}`);
  const embedder = new LocalEmbedder();
  await embedder.embed(texts.slice(0, 500));
  const started = performance.now();
  for (let i = 0; i < texts.length; i += 1000) await embedder.embed(texts.slice(i, i + 1000));
  const seconds = (performance.now() - started) / 1000;
  return { texts: count, seconds, perSecond: count / seconds };
}

const ms = (value: number) => Math.round(value * 10) / 10;
const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(2);

export function assistantMarkdown(result: AssistantBench): string {
  return [
    "## P5 — one local assistant turn",
    "",
    `Every utterance of the evaluation set (${result.turns}, French and English) sent as one turn to the local engine, in process, on the demo community (embedded PGlite): understanding, dialog state read and written in the database, the core services the intent calls (searches, listings, messages…), replies. Dialog state cleared between turns. The LLM engine is excluded. Target: p95 ≤ 30 ms.`,
    "",
    "The set is run four times in one process. The table pools passes 2 to 4 (each turn counted three times): a running server, whose code paths the JIT has compiled and whose dictionaries and database pages are read. Nothing is cached between the passes (no answer, no query result); the dialog state is cleared before every turn.",
    "",
    "| turns | count | p50 ms | p95 ms |",
    "|---|---|---|---|",
    ...result.byGroup.map((g) => `| ${g.group} | ${g.turns} | ${ms(g.p50)} | ${ms(g.p95)} |`),
    `| **all** | **${result.turns}** | **${ms(result.p50)}** | **${ms(result.p95)}** (p99 ${ms(result.p99)}) |`,
    "",
    `The first pass after start: p50 ${ms(result.firstPass.p50)} ms, p95 ${ms(result.firstPass.p95)} ms, p99 ${ms(result.firstPass.p99)} ms. It begins once the start's warm-up is done: just after start, off the request path, the server loads the intent model, the dictionaries and the towns, reads ${WARM_UP_SAMPLE} sentences of its training corpus (no evaluation sentence) so the JIT compiles the understanding, and runs one listing search and one mission search (read only, with the local embedder). That took ${seconds(result.warmUpMs)} s here, most of it loading the towns and the model, which a first turn needs anyway; the server's /readyz says 503 until it is done.`,
    "",
    `Understanding alone (language, intent, slots): p50 ${ms(result.nluP50)} ms, p95 ${ms(result.nluP95)} ms.`,
    "",
    `The intent model, in fresh processes (medians of ${result.model.runs}): trained from scratch (\`cache: false\`, what a start pays when the cache holds no model for its sources) in **${seconds(result.model.trainWall)} s** (${seconds(result.model.trainCpu)} s of CPU; target ≤ 2 s); loaded from the cache that \`npm install\` / \`npm ci\` build (the root postinstall) in **${ms(result.model.loadWall)} ms** (${ms(result.model.loadCpu)} ms of CPU), the dictionaries included.`,
    "",
  ].join("\n");
}

export function embedderMarkdown(result: EmbedderBench): string {
  return [
    "## P6 — local embedder throughput",
    "",
    `${result.texts.toLocaleString("en")} marketplace texts (demo listings: title, tags, description), batches of 1,000, one thread: **${Math.round(result.perSecond).toLocaleString("en")} texts/s** (${result.seconds.toFixed(2)} s). Target ≥ 10,000 texts/s.`,
    "",
  ].join("\n");
}
