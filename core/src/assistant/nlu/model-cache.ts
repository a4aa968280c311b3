/**
 * What the local engine builds once — at install, by the root postinstall
 * (scripts/build-assistant-model.mjs), else at its first start — and loads afterwards (issue 11,
 * acceptance 3: no turn waits for training): the trained intent model and the folded dictionaries, as binary files under
 * `node_modules/.cache/relais/` (this user's own folder in the system's temporary folder when that
 * is not writable), named by a hash of everything they are built from (the training sentences, the
 * code that turns them into features, the dictionaries' versions). A change to any of them builds a
 * new file; a file that cannot be read or written only means building in memory, as before.
 */
import { createHash } from "node:crypto";
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { evalSetPaths } from "./eval-sets.ts";

const PROJECT_CACHE = fileURLToPath(new URL("../../../../node_modules/.cache/relais/", import.meta.url));

/** A cache folder; `owner`: only files this uid owns, in a folder only it can write, are trusted there. */
type CacheDir = { path: string; owner?: number };

/**
 * The fallback when node_modules cannot be written: `relais-cache-<uid>` in the temporary folder.
 * That folder is shared by every user (/tmp), so anyone could have made the name first, or linked
 * it elsewhere: it is used only when it is a real folder (not a link) this user owns and nobody
 * else may write, else not at all (the model is built in memory), so a model or dictionary another
 * user wrote is never loaded. Made 0700. On Windows (no uid) the temporary folder is the user's own.
 */
function fallbackCacheDir(create: boolean): CacheDir | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return { path: join(tmpdir(), "relais-cache") };
  const path = join(tmpdir(), `relais-cache-${uid}`);
  try {
    if (create) mkdirSync(path, { mode: 0o700 });
  } catch {
    // already there (checked below), or the temporary folder refuses it
  }
  try {
    const stats = lstatSync(path);
    return stats.isDirectory() && stats.uid === uid && (stats.mode & 0o022) === 0 ? { path, owner: uid } : undefined;
  } catch {
    return undefined;
  }
}

/** RELAIS_CACHE_DIR when set (a read-only image points it at a writable volume), else the defaults (the fallback looked at only when reached). */
function* cacheDirs(create = false): Generator<CacheDir> {
  if (process.env.RELAIS_CACHE_DIR) {
    yield { path: process.env.RELAIS_CACHE_DIR };
    return;
  }
  yield { path: PROJECT_CACHE };
  const fallback = fallbackCacheDir(create);
  if (fallback) yield fallback;
}

/** A file's bytes; in a folder with an `owner`, only a regular file that uid owns and nobody else may write. */
function readTrusted(dir: CacheDir, name: string): Buffer {
  if (dir.owner === undefined) return readFileSync(join(dir.path, name));
  const fd = openSync(join(dir.path, name), constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.uid !== dir.owner || (stats.mode & 0o022) !== 0) throw new Error("not this user's own file");
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A hash of strings and of files (absolute paths, or relative to this folder). */
export function cacheKey(parts: Iterable<string>, sources: string[] = []): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  for (const source of sources) {
    try {
      hash.update(readFileSync(isAbsolute(source) ? source : fileURLToPath(new URL(source, import.meta.url))));
    } catch {
      hash.update(`missing:${source}`);
    }
  }
  return hash.digest("hex").slice(0, 24);
}

/**
 * Everything a model of this folder is built from: every source file of the folder (the corpora,
 * their generators, the code that turns sentences into features), the files around it that the
 * features read (lexicon, skills, towns, folding), the dependencies' versions (dictionaries,
 * stemmers, town lists: package-lock.json) and the evaluation sets that training leaves out.
 */
export function modelSources(): string[] {
  const own = readdirSync(fileURLToPath(new URL(".", import.meta.url)))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .sort()
    .map((file) => `./${file}`);
  const around = ["../intents.ts", "../../ai/lexicon.ts", "../../ai/skills.ts", "../../places/gazetteer.ts", "../../text/normalize.ts"];
  return [...own, ...around, "../../../../package-lock.json", ...evalSetPaths()];
}

/** The cached file's bytes, or undefined when it was never built (or cannot be read). */
export function readCached(name: string): Buffer | undefined {
  const found = findCached(name);
  if (found) inUse.add(name);
  return found?.bytes;
}

/** The cached files this process read or wrote: the current version of each. */
const inUse = new Set<string>();
/** What this module names its files: `<what>-<hash>.bin`. */
const CACHED_FILE = /^(?:intent-model|dictionary|accents)-[0-9a-f]+\.bin$/;

/**
 * Removes the files of other versions (built from older sources: each is 4 to 8 MB, and an
 * update would otherwise leave them all behind), keeping those this process read or wrote. The
 * install step calls it once it has built the current ones; a folder it may not write is left alone.
 */
export function pruneCache(): string[] {
  const removed: string[] = [];
  for (const dir of cacheDirs()) {
    try {
      for (const file of readdirSync(dir.path))
        if (CACHED_FILE.test(file) && !inUse.has(file)) {
          rmSync(join(dir.path, file), { force: true });
          removed.push(file);
        }
    } catch {
      // no such folder, or not ours to clean
    }
  }
  return removed;
}

/** The folder a cached file is read from (the install step says where it built the model). */
export function cachedFolder(name: string): string | undefined {
  return findCached(name)?.folder;
}

function findCached(name: string): { bytes: Buffer; folder: string } | undefined {
  for (const dir of cacheDirs()) {
    try {
      return { bytes: readTrusted(dir, name), folder: dir.path };
    } catch {
      // not built there
    }
  }
  return undefined;
}

/** Writes atomically (several processes may build the same file at once); false when no folder takes it. */
export function writeCached(name: string, bytes: Uint8Array): boolean {
  for (const dir of cacheDirs(true)) {
    try {
      mkdirSync(dir.path, { recursive: true });
      const partial = join(dir.path, `${name}.${process.pid}.${Date.now()}.part`);
      writeFileSync(partial, bytes, { mode: 0o644 });
      renameSync(partial, join(dir.path, name));
      inUse.add(name);
      return true;
    } catch {
      // read-only: try the next folder
    }
  }
  return false;
}

/** Sections of a cached file: each a length (4 bytes) then its bytes, 4-byte aligned. */
export function packSections(sections: Uint8Array[]): Uint8Array {
  const padded = (n: number) => Math.ceil(n / 4) * 4;
  const total = sections.reduce((sum, s) => sum + 4 + padded(s.byteLength), 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const section of sections) {
    view.setUint32(at, section.byteLength, true);
    out.set(section, at + 4);
    at += 4 + padded(section.byteLength);
  }
  return out;
}

export function unpackSections(bytes: Buffer): Uint8Array[] {
  // An own, aligned copy so that typed arrays can view it
  const buffer = new Uint8Array(bytes.byteLength);
  buffer.set(bytes);
  const view = new DataView(buffer.buffer);
  const out: Uint8Array[] = [];
  let at = 0;
  while (at + 4 <= buffer.byteLength) {
    const length = view.getUint32(at, true);
    if (at + 4 + length > buffer.byteLength) throw new Error("truncated cache file");
    out.push(buffer.subarray(at + 4, at + 4 + length));
    at += 4 + Math.ceil(length / 4) * 4;
  }
  return out;
}
