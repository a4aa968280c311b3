/**
 * What the local engine builds once and loads afterwards (issue 11, acceptance 3: no turn waits
 * for training): the trained intent model and the folded dictionaries, as binary files under
 * `node_modules/.cache/relais/` (the system's temporary folder when that is not writable), named
 * by a hash of everything they are built from (the training sentences, the code that turns them
 * into features, the dictionaries' versions). A change to any of them builds a new file; a file
 * that cannot be read or written only means building in memory, as before.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_CACHE = fileURLToPath(new URL("../../../../node_modules/.cache/relais/", import.meta.url));
const FALLBACK_CACHE = join(tmpdir(), "relais-cache");

/** RELAIS_CACHE_DIR when set (a read-only image points it at a writable volume), else the defaults. */
const cacheDirs = () => (process.env.RELAIS_CACHE_DIR ? [process.env.RELAIS_CACHE_DIR] : [PROJECT_CACHE, FALLBACK_CACHE]);

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

/** The cached file's bytes, or undefined when it was never built (or cannot be read). */
export function readCached(name: string): Buffer | undefined {
  for (const dir of cacheDirs()) {
    try {
      return readFileSync(join(dir, name));
    } catch {
      // not built there
    }
  }
  return undefined;
}

/** Writes atomically (several processes may build the same file at once); false when no folder takes it. */
export function writeCached(name: string, bytes: Uint8Array): boolean {
  for (const dir of cacheDirs()) {
    try {
      mkdirSync(dir, { recursive: true });
      const partial = join(dir, `${name}.${process.pid}.${Date.now()}.part`);
      writeFileSync(partial, bytes);
      renameSync(partial, join(dir, name));
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
