/**
 * P3: the website widget's weight and cost. Sizes are gzip level 9 of the bodies the API
 * serves (KB = 1,024 bytes): the launcher `widget.js`, and the whole widget up to a first
 * answered question (launcher + panel, socket client included). The loader's main-thread time
 * comes from a Chromium performance trace of the demo page `/` (Debian's chromium through
 * playwright-core): the trace events the page's main thread spent in widget.js (its
 * evaluation, compile included, and the callbacks it registered), median of fresh loads.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { pino } from "pino";
import { chromium } from "playwright-core";
import { startServer } from "../api/src/server.ts";
import { loadConfig } from "../core/src/config/index.ts";
import { percentile } from "./machine.ts";

const LOADS = 15;

export type WidgetBench = {
  launcherBytes: number;
  launcherGzip: number;
  panelGzip: number;
  wholeGzip: number;
  loaderMainThreadMs: { p50: number; p95: number };
  panelMainThreadMs: { p50: number; p95: number };
  loads: number;
  /** The machine's 1-minute load average when the loads began: main-thread times grow with it. */
  loadAverage: number;
};

type TraceEvent = {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string } };
};

/** Main-thread milliseconds a script's own trace events took (top-level events only: no double counting). */
function scriptMilliseconds(events: TraceEvent[], urlEnd: string): number {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === "thread_name" && (e.args as { name?: string } | undefined)?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const mine = events.filter(
    (e) =>
      e.ph === "X" &&
      mainThreads.has(`${e.pid}:${e.tid}`) &&
      ["EvaluateScript", "FunctionCall", "v8.compile", "TimerFire", "FireIdleCallback"].includes(e.name) &&
      (e.args?.data?.url ?? "").endsWith(urlEnd),
  );
  // Compile events nested in an evaluation are already counted by it.
  const evaluations = mine.filter((e) => e.name !== "v8.compile");
  const compiles = mine.filter((e) => e.name === "v8.compile");
  return (
    (evaluations.reduce((sum, e) => sum + (e.dur ?? 0), 0) +
      (evaluations.length ? 0 : compiles.reduce((sum, e) => sum + (e.dur ?? 0), 0))) /
    1000
  );
}

export async function benchWidget(): Promise<WidgetBench> {
  const root = mkdtempSync(join(tmpdir(), "relais-bench-widget-"));
  const config = loadConfig({
    RELAIS_DATA_DIR: join(root, "data"),
    RELAIS_DEMO_DATA: "false",
    LOG_LEVEL: "silent",
    HOST: "127.0.0.1",
    PORT: "0",
  });
  const running = await startServer(config, pino({ level: "silent" }), { workers: [] });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  try {
    await running.ready;
    const launcher = Buffer.from(await (await fetch(`${running.url}/widget.js`)).arrayBuffer());
    const panelPath = /"(\/widget\/[0-9a-f]+\/panel\.js)"/.exec(launcher.toString("utf8"))?.[1];
    if (!panelPath) throw new Error("widget.js names no panel");
    const panel = Buffer.from(await (await fetch(`${running.url}${panelPath}`)).arrayBuffer());
    const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;

    const loader: number[] = [];
    const panelTimes: number[] = [];
    const loadAverage = loadavg()[0] ?? 0;
    for (let i = 0; i <= LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await browser.startTracing(page, { categories: ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline"] });
      await page.goto(`${running.url}/`, { waitUntil: "load" });
      // The panel loads on idle: wait for it, so its cost is measured too (apart from the loader's).
      // A locator (it pierces the open shadow root), not waitForFunction: the page's strict CSP forbids the eval that needs.
      await page.locator("relais-widget .panel").waitFor({ state: "attached", timeout: 15_000 });
      const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] };
      // The first load warms the browser up (its HTTP and code caches are per context, its process pool is not).
      if (i > 0) {
        loader.push(scriptMilliseconds(trace.traceEvents, "/widget.js"));
        panelTimes.push(scriptMilliseconds(trace.traceEvents, "/panel.js"));
      }
      await context.close();
    }
    const summary = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
    };
    return {
      launcherBytes: launcher.length,
      launcherGzip: gzip(launcher),
      panelGzip: gzip(panel),
      wholeGzip: gzip(launcher) + gzip(panel),
      loaderMainThreadMs: summary(loader),
      panelMainThreadMs: summary(panelTimes),
      loads: LOADS,
      loadAverage,
    };
  } finally {
    await browser.close();
    await running.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function widgetMarkdown(r: WidgetBench): string {
  return `## P3 — website widget: weight and main-thread time

Gzip level 9 of the bodies the API serves (KB = 1,024 bytes); “whole” is every script and
stylesheet the widget loads up to a first answered question (launcher + panel, socket.io client
included; the styles are inside the scripts). Main-thread time from a Chromium performance trace of
the demo page \`/\`, median (p95) of ${r.loads} fresh loads: the trace events of widget.js on the
page's main thread (evaluation with its compile, and its callbacks), then of the panel it loads when
the page is idle.

| | Relais | Crisp | Chatwoot | target |
|---|---:|---:|---:|---:|
| loader (gzipped) | **${kb(r.launcherGzip)} KB** (${kb(r.launcherBytes)} KB raw) | ~130 KB (one bundle) | 40 KB | ≤ 3 KB |
| whole widget (gzipped) | **${kb(r.wholeGzip)} KB** (panel ${kb(r.panelGzip)} KB) | ~130 KB | 40 KB + an iframe app budgeted at 300 KB | ≤ 30 KB |
| loader main-thread time | **${r.loaderMainThreadMs.p50.toFixed(1)} ms** (p95 ${r.loaderMainThreadMs.p95.toFixed(1)} ms) | 33 ms | — | |
| panel main-thread time (on idle) | ${r.panelMainThreadMs.p50.toFixed(1)} ms (p95 ${r.panelMainThreadMs.p95.toFixed(1)} ms) | — | — | |

Measured with a load average of ${r.loadAverage.toFixed(1)} on this machine: main-thread times are wall
time on the page's main thread and grow with the machine's load (the p95 shows it); the sizes do
not depend on it. Crisp's and Chatwoot's figures are the ones the issue quotes (their published
bundle sizes and Crisp's measured main-thread work), not measured here.
`;
}
