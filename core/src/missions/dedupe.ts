/**
 * The same offer on two boards is one mission. Three tests, cheapest first:
 * 1. exact keys: the canonical posting URL or the employer's own apply URL;
 * 2. the folded title + company + town, posted within a time window;
 * 3. near-duplicate descriptions (MinHash of word shingles) from a compatible company and title.
 * Copies from the same board are never merged with each other: a board's two ids are two offers
 * (imports excepted: each comes from its own site).
 * The thresholds were set on the training half of the labelled pairs (dedupe-pairs.json) and
 * are measured on the held-out half (dedupe.test.ts, README "Missions").
 */
import { words } from "../text/normalize.ts";
import { bandKeys, similarity } from "./minhash.ts";

export const DEDUPE_WINDOW_DAYS = 45;
/** Estimated Jaccard of description shingles above which two descriptions are one text. */
export const DESCRIPTION_SIMILARITY = 0.5;
/** With near-identical descriptions, the titles must still share this share of their words. */
export const TITLE_OVERLAP = 0.3;

export type DedupeKeys = {
  canonicalUrl: string | null;
  applyUrl: string | null;
  dedupeKey: string | null;
  companyKey: string;
  titleKey: string;
  postedAt: Date | null;
  minhash: number[];
};

export type DedupeReason = "url" | "apply_url" | "title_company_town" | "description";

function overlap(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  if (left.size === 0 || right.size === 0) return 0;
  let common = 0;
  for (const word of left) if (right.has(word)) common++;
  return common / Math.min(left.size, right.size);
}

function withinWindow(a: Date | null, b: Date | null): boolean {
  if (!a || !b) return true;
  return Math.abs(a.getTime() - b.getTime()) <= DEDUPE_WINDOW_DAYS * 86_400_000;
}

/** Why `a` and `b` are the same offer, or null when they are not. */
export function sameOffer(a: DedupeKeys, b: DedupeKeys): DedupeReason | null {
  if (a.canonicalUrl && a.canonicalUrl === b.canonicalUrl) return "url";
  if (a.applyUrl && a.applyUrl === b.applyUrl) return "apply_url";
  if (a.dedupeKey && a.dedupeKey === b.dedupeKey && withinWindow(a.postedAt, b.postedAt)) return "title_company_town";
  if (!withinWindow(a.postedAt, b.postedAt)) return null;
  const companiesAgree = !a.companyKey || !b.companyKey || a.companyKey === b.companyKey;
  if (!companiesAgree) return null;
  if (similarity(a.minhash, b.minhash) >= DESCRIPTION_SIMILARITY && overlap(a.titleKey, b.titleKey) >= TITLE_OVERLAP) return "description";
  return null;
}

type Entry = DedupeKeys & { missionId: string; sources: Set<string> };

/** The open missions' keys in memory, looked up by exact key, by title key and by LSH band. */
export class DedupeIndex {
  readonly #byId = new Map<string, Entry>();
  readonly #byKey = new Map<string, Set<string>>();

  #link(key: string | null, id: string) {
    if (!key) return;
    let ids = this.#byKey.get(key);
    if (!ids) {
      ids = new Set();
      this.#byKey.set(key, ids);
    }
    ids.add(id);
  }

  add(missionId: string, keys: DedupeKeys, sources: Iterable<string>): void {
    const entry: Entry = { ...keys, missionId, sources: new Set(sources) };
    this.#byId.set(missionId, entry);
    this.#link(keys.canonicalUrl && `u:${keys.canonicalUrl}`, missionId);
    this.#link(keys.applyUrl && `a:${keys.applyUrl}`, missionId);
    this.#link(keys.dedupeKey && `k:${keys.dedupeKey}`, missionId);
    for (const band of bandKeys(keys.minhash)) this.#link(`b:${band}`, missionId);
  }

  addSource(missionId: string, source: string): void {
    this.#byId.get(missionId)?.sources.add(source);
  }

  /** The mission this offer from `source` duplicates, with the reason; never one that already has a copy from `source`. */
  find(keys: DedupeKeys, source: string): { missionId: string; reason: DedupeReason } | null {
    const candidates = new Set<string>();
    for (const key of [
      keys.canonicalUrl && `u:${keys.canonicalUrl}`,
      keys.applyUrl && `a:${keys.applyUrl}`,
      keys.dedupeKey && `k:${keys.dedupeKey}`,
      ...bandKeys(keys.minhash).map((band) => `b:${band}`),
    ]) {
      if (!key) continue;
      for (const id of this.#byKey.get(key) ?? []) candidates.add(id);
    }
    let best: { missionId: string; reason: DedupeReason; rank: number } | null = null;
    const RANK: Record<DedupeReason, number> = { url: 0, apply_url: 1, title_company_town: 2, description: 3 };
    for (const id of candidates) {
      const entry = this.#byId.get(id);
      // Imports come from many sites: two imports may well be the same offer.
      if (!entry || (source !== "import" && entry.sources.has(source))) continue;
      const reason = sameOffer(keys, entry);
      if (reason && (!best || RANK[reason] < best.rank)) best = { missionId: id, reason, rank: RANK[reason] };
    }
    return best && { missionId: best.missionId, reason: best.reason };
  }
}
