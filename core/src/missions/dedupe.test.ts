/**
 * Dedupe quality on labelled pairs of the recorded offers (dedupe-pairs.json: labelled by
 * reading, before the thresholds were tuned; "tune" half for tuning, "heldout" half only
 * measured). The offers come from the connectors reading the recorded answers over HTTP.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boardsEnv, type FakeJobBoards, startFakeJobBoards } from "../../test/fake-job-boards.ts";
import { loadConfig } from "../config/index.ts";
import { CONNECTORS } from "./connectors/index.ts";
import { sameOffer } from "./dedupe.ts";
import { SourceHttp } from "./http.ts";
import { keysOf } from "./ingest.ts";
import { type Offer, SOURCE_NAMES } from "./offer.ts";

type Pair = { a: string; b: string; same: boolean; half: "tune" | "heldout"; note: string };
const { pairs } = JSON.parse(readFileSync(join(import.meta.dirname, "dedupe-pairs.json"), "utf8")) as { pairs: Pair[] };

let boards: FakeJobBoards;
const offers = new Map<string, Offer>();
beforeAll(async () => {
  boards = await startFakeJobBoards();
  const config = loadConfig(boardsEnv(boards.url)).missions;
  const http = new SourceHttp({ timeoutMs: 2000, retries: 0, maxRetryAfterMs: 0, contactUrl: config.contactUrl, perSecond: 1000 });
  for (const name of SOURCE_NAMES) {
    for await (const page of CONNECTORS[name].pages({
      http,
      config,
      since: undefined,
      maxPages: 200,
      now: new Date(),
      usage: { day: 0, month: 0 },
    })) {
      for (const offer of page.offers) offers.set(`${offer.source}:${offer.externalId}`, offer);
    }
  }
  await http.close();
});
afterAll(() => boards?.close());

/** Precision and recall of `sameOffer` on one half of the labelled pairs. */
export function measure(half: Pair["half"]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const mistakes: string[] = [];
  const reasons: Record<string, number> = {};
  for (const pair of pairs.filter((p) => p.half === half)) {
    const a = offers.get(pair.a);
    const b = offers.get(pair.b);
    if (!a || !b) throw new Error(`pair ${pair.a} / ${pair.b}: offer missing from the recorded answers`);
    const reason = sameOffer(keysOf(a), keysOf(b));
    const predicted = reason !== null;
    if (reason) reasons[reason] = (reasons[reason] ?? 0) + 1;
    if (predicted && pair.same) tp++;
    if (predicted && !pair.same) fp++;
    if (!predicted && pair.same) fn++;
    if (predicted !== pair.same) mistakes.push(`${pair.a} ~ ${pair.b} (labelled ${pair.same}: ${pair.note})`);
  }
  return {
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    pairs: pairs.filter((p) => p.half === half).length,
    mistakes,
    reasons,
  };
}

describe("cross-board dedupe on the labelled pairs", () => {
  it("has at least 60 labelled pairs, both halves holding duplicates and distinct offers", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    for (const half of ["tune", "heldout"] as const) {
      expect(pairs.some((p) => p.half === half && p.same)).toBe(true);
      expect(pairs.some((p) => p.half === half && !p.same)).toBe(true);
    }
  });

  it("reaches precision ≥ 0.95 and recall ≥ 0.85 on the held-out half", () => {
    const tune = measure("tune");
    const heldout = measure("heldout");
    console.info(
      `dedupe tune: P ${tune.precision.toFixed(2)} R ${tune.recall.toFixed(2)} (${tune.pairs} pairs)`,
      tune.reasons,
      tune.mistakes,
    );
    console.info(
      `dedupe held-out: P ${heldout.precision.toFixed(2)} R ${heldout.recall.toFixed(2)} (${heldout.pairs} pairs)`,
      heldout.reasons,
      heldout.mistakes,
    );
    expect(heldout.precision).toBeGreaterThanOrEqual(0.95);
    expect(heldout.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe("sameOffer rules", () => {
  const text =
    "Nous recherchons un data engineer freelance pour industrialiser nos pipelines Airflow sur GCP. Vous reprendrez les DAG existants, " +
    "mettrez en place les tests et la supervision, et accompagnerez l'équipe data dans la migration vers BigQuery.";
  const base = (overrides: Partial<Offer>): Offer => ({
    source: "freework",
    externalId: "1",
    url: "https://www.free-work.com/fr/tech-it/data/job-mission/1",
    applyUrl: null,
    attribution: null,
    title: "Data Engineer Airflow",
    company: "Nimbus Data",
    description: text,
    skills: [],
    placeName: "Lyon",
    countryCode: "FR",
    lat: null,
    lng: null,
    remote: "partial",
    contractType: "freelance",
    rate: null,
    postedAt: new Date("2026-11-20"),
    expiresAt: null,
    language: "fr",
    ...overrides,
  });

  it("matches a reworded title with the same description, but not another company's copy of a template", () => {
    const original = keysOf(base({}));
    const reworded = keysOf(
      base({
        source: "adzuna",
        url: "https://www.adzuna.fr/land/ad/9",
        title: "Senior Data Engineer - Airflow / GCP",
        placeName: "Villeurbanne",
        description: `${text} Poste à pourvoir rapidement.`,
      }),
    );
    expect(sameOffer(original, reworded)).toBe("description");
    const otherCompany = keysOf(
      base({ source: "adzuna", url: "https://www.adzuna.fr/land/ad/10", company: "Orbit Conseil", placeName: "Villeurbanne" }),
    );
    expect(sameOffer(original, otherCompany)).toBeNull();
  });

  it("matches a canonical URL whatever its tracking parameters, and nothing outside the time window", () => {
    const a = keysOf(base({ url: "https://www.example.org/jobs/42?utm_source=x" }));
    const b = keysOf(base({ source: "remotive", url: "https://example.org/jobs/42/", title: "Another title", company: "Other" }));
    expect(sameOffer(a, b)).toBe("url");
    const later = keysOf(base({ source: "adzuna", url: "https://www.adzuna.fr/land/ad/11", postedAt: new Date("2027-03-01") }));
    expect(sameOffer(keysOf(base({})), later)).toBeNull();
  });
});
