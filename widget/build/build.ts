/**
 * Builds the widget with esbuild: the panel (Preact, socket.io-client) as one IIFE whose path
 * carries its content hash (served immutable), then the launcher `widget.js` that knows that
 * path. `ensureWidgetBuilt` builds only when the sources changed since the last build, so
 * `npm start` and the tests on a fresh clone get a widget without a separate step; a build is
 * written to a temporary folder and renamed into place, so parallel starts never serve half a file.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

const WIDGET_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = join(WIDGET_DIR, "src");
export const DIST = join(WIDGET_DIR, "dist");

/** Sizes as the issue counts them: gzip level 9 of the served bodies, in bytes. */
export type WidgetSizes = { launcher: number; panel: number; whole: number };

export type WidgetBuild = {
  /** The panel's content hash: its URL is /widget/<version>/panel.js. */
  version: string;
  sourceHash: string;
  launcher: Buffer;
  panel: Buffer;
  sizes: WidgetSizes;
};

/** `folder` holds that build's two files: named after both (a new launcher may come with the same panel). */
type Manifest = { version: string; folder: string; sourceHash: string; sizes: WidgetSizes };

const folderOf = (built: Pick<WidgetBuild, "version" | "launcher">) =>
  `${built.version}-${createHash("sha256").update(built.launcher).digest("hex").slice(0, 8)}`;

export const panelPath = (version: string) => `/widget/${version}/panel.js`;
export const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
}

/** A hash of every source file and of this build script: a change to either means a new build. */
export function widgetSourceHash(): string {
  const hash = createHash("sha256");
  for (const file of [...sourceFiles(SOURCES), fileURLToPath(import.meta.url)])
    hash.update(file.slice(WIDGET_DIR.length)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The panel only ever connects over WebSocket (`transports: ["websocket"]`) and Relais' socket
 * events are JSON: engine.io-client's table of default transports is replaced by one holding
 * only WebSocket, and socket.io-parser's binary attachments by "never binary", so long-polling,
 * WebTransport and binary packing (≈ 2.5 KB gzipped) stay out of the bundle.
 */
const websocketOnly: Plugin = {
  name: "relais-websocket-only",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/transports\/index\.js$/ }, (args) =>
      /engine\.io-client/.test(args.importer)
        ? { path: join(dirname(args.importer), "transports"), namespace: "relais-transports" }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: "relais-transports" }, (args) => ({
      contents: 'import { WS } from "./websocket.js"; export const transports = { websocket: WS };',
      resolveDir: args.path,
      loader: "js",
    }));
    esbuild.onResolve({ filter: /^\.\/(is-)?binary\.js$/ }, (args) =>
      /socket\.io-parser/.test(args.importer) ? { path: "json-only", namespace: "relais-json-only" } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: "relais-json-only" }, () => ({
      contents:
        "export const isBinary = () => false; export const hasBinary = () => false;" +
        "export const deconstructPacket = (packet) => ({ packet, buffers: [] }); export const reconstructPacket = (packet) => packet;",
      loader: "js",
    }));
  },
};

async function bundle(entry: string, define: Record<string, string> = {}): Promise<Buffer> {
  const result = await build({
    entryPoints: [join(SOURCES, entry)],
    bundle: true,
    format: "iife",
    minify: true,
    target: ["chrome100", "firefox100", "safari15"],
    jsx: "automatic",
    jsxImportSource: "preact",
    define: { "process.env.NODE_ENV": '"production"', ...define },
    legalComments: "none",
    plugins: [websocketOnly],
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return Buffer.from(file.contents);
}

export async function buildWidget(sourceHash = widgetSourceHash()): Promise<WidgetBuild> {
  const panel = await bundle("panel/index.tsx");
  const version = createHash("sha256").update(panel).digest("hex").slice(0, 12);
  const launcher = await bundle("launcher/index.ts", { __PANEL_PATH__: JSON.stringify(panelPath(version)) });
  const sizes = { launcher: gzipSize(launcher), panel: gzipSize(panel), whole: 0 };
  sizes.whole = sizes.launcher + sizes.panel;
  return { version, sourceHash, launcher, panel, sizes };
}

function readBuilt(): WidgetBuild | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(DIST, "current.json"), "utf8")) as Manifest;
    const folder = join(DIST, manifest.folder);
    return { ...manifest, launcher: readFileSync(join(folder, "widget.js")), panel: readFileSync(join(folder, "panel.js")) };
  } catch {
    return undefined;
  }
}

/** Writes a build where the server reads it: its files first, then the pointer to them. */
export function writeBuild(built: WidgetBuild): void {
  mkdirSync(DIST, { recursive: true });
  const folder = join(DIST, folderOf(built));
  if (!existsSync(folder)) {
    const temp = `${folder}.tmp-${process.pid}-${Date.now()}`;
    mkdirSync(temp, { recursive: true });
    writeFileSync(join(temp, "widget.js"), built.launcher);
    writeFileSync(join(temp, "panel.js"), built.panel);
    try {
      renameSync(temp, folder);
    } catch {
      // Another process wrote the same build first.
      rmSync(temp, { recursive: true, force: true });
    }
  }
  const manifest: Manifest = { version: built.version, folder: folderOf(built), sourceHash: built.sourceHash, sizes: built.sizes };
  const pointer = join(DIST, `current.json.tmp-${process.pid}-${Date.now()}`);
  writeFileSync(pointer, JSON.stringify(manifest, null, 2));
  renameSync(pointer, join(DIST, "current.json"));
}

/** The current build, made now if the sources changed since the last one. */
export async function ensureWidgetBuilt(): Promise<WidgetBuild> {
  const sourceHash = widgetSourceHash();
  const existing = readBuilt();
  if (existing && existing.sourceHash === sourceHash) return existing;
  const built = await buildWidget(sourceHash);
  writeBuild(built);
  return built;
}

const KB = 1024;
export const formatSizes = (sizes: WidgetSizes) =>
  `widget.js ${(sizes.launcher / KB).toFixed(2)} KB gz (budget 3 KB), panel ${(sizes.panel / KB).toFixed(2)} KB gz, whole ${(sizes.whole / KB).toFixed(2)} KB gz (budget 30 KB)`;

// `npm run build -w widget`: build and print the sizes.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildWidget();
  writeBuild(built);
  console.log(`relais widget ${built.version}: ${formatSizes(built.sizes)}`);
}
