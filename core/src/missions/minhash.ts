/**
 * Near-duplicate descriptions: word 3-shingles of the folded text, a 64-value MinHash
 * signature (stored on the mission), and LSH bands so a new offer is compared only with the
 * few missions that share a band instead of all of them.
 */
import { words } from "../text/normalize.ts";

export const MINHASH_SIZE = 64;
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
const SHINGLE = 3;

/** FNV-1a of a string, 32 bits. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// Fixed odd multipliers and offsets: every process computes the same signature.
const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => ({
  a: (fnv(`a${i}`) | 1) >>> 0,
  b: fnv(`b${i}`),
}));

export function shingles(text: string): Set<number> {
  const tokens = words(text);
  const out = new Set<number>();
  if (tokens.length < SHINGLE) {
    if (tokens.length > 0) out.add(fnv(tokens.join(" ")));
    return out;
  }
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.add(fnv(tokens.slice(i, i + SHINGLE).join(" ")));
  return out;
}

/** Signed 32-bit integers (Postgres `integer[]`); empty for a text with no words. */
export function minhash(text: string): number[] {
  const set = shingles(text);
  if (set.size === 0) return [];
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of set) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const seed = SEEDS[i] as { a: number; b: number };
      const value = (Math.imul(shingle, seed.a) + seed.b) >>> 0;
      if (value < (signature[i] as number)) signature[i] = value;
    }
  }
  return signature.map((value) => value | 0);
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== MINHASH_SIZE || b.length !== MINHASH_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** The band keys of a signature: two signatures sharing one are candidates. */
export function bandKeys(signature: readonly number[]): string[] {
  if (signature.length !== MINHASH_SIZE) return [];
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) keys.push(`${band}:${signature.slice(band * ROWS, (band + 1) * ROWS).join(",")}`);
  return keys;
}
