/**
 * Search relevance on the demo community, against query sets labelled by hand by someone who
 * never saw the code (README.md here). Each query runs as a REST client would send it; a
 * result flagged `closeOnly` ("nothing exact — here are close ones") counts as no match.
 *
 * - precision@10: relevant share of the first 10 matches (a query with nothing relevant and no
 *   match scores 1, a query with relevant items and no match scores 0);
 * - recall: share of the hand-listed items among the matches of the first page (50), over the
 *   queries that list any.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Core } from "../../src/boot.ts";
import { buildDemoListings } from "../../src/demo/community.ts";
import { DEMO_MEMBERS } from "../../src/demo/members.ts";
import { searchListings } from "../../src/search/search-listings.ts";

const LabelledQuery = z.object({
  q: z.string(),
  lang: z.enum(["fr", "en"]),
  place: z.string().optional(),
  radiusKm: z.number().optional(),
  kind: z.enum(["offer", "want"]).optional(),
  maxPriceEur: z.number().optional(),
  relevant: z.array(z.string()),
  note: z.string().optional(),
});
export type LabelledQuery = z.infer<typeof LabelledQuery>;

export type QueryScore = { query: LabelledQuery; found: string[]; closeOnly: boolean; precisionAt10: number; recall: number | null };
export type SetReport = {
  set: string;
  queries: number;
  precisionAt10: number;
  recall: number;
  emptyQueriesRight: string;
  scores: QueryScore[];
};

export const QUERY_SETS = ["dev", "blind", "blind2"] as const;

export const querySetPath = (set: (typeof QUERY_SETS)[number]) => join(import.meta.dirname, `${set}-queries.jsonl`);

/** One labelled query per line; a bad line is refused with its number. */
export function loadQueryFile(path: string): LabelledQuery[] {
  const lines = readFileSync(path, "utf8").split("\n");
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [LabelledQuery.parse(JSON.parse(line))];
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not a labelled query (${error instanceof Error ? error.message : String(error)})`);
    }
  });
}

export const loadQuerySet = (set: (typeof QUERY_SETS)[number]): LabelledQuery[] => loadQueryFile(querySetPath(set));

/** Database listing id → the labels' `member/kind/itemKey`, through the owner's name and the title. */
async function demoKeys(core: Core): Promise<Map<string, string>> {
  const nameOf = new Map(DEMO_MEMBERS.map((member) => [member.key, member.name]));
  const keyOf = new Map(
    buildDemoListings().map((l) => [`${nameOf.get(l.member)}|${l.kind}|${l.title}`, `${l.member}/${l.kind}/${l.item.key}`]),
  );
  const rows = await core.db.prisma.listing.findMany({ select: { id: true, kind: true, title: true, owner: { select: { name: true } } } });
  return new Map(
    rows.flatMap((row) => {
      const key = keyOf.get(`${row.owner.name}|${row.kind}|${row.title}`);
      return key ? [[row.id, key] as [string, string]] : [];
    }),
  );
}

export async function evaluateSearch(core: Core, set: string, queries: LabelledQuery[]): Promise<SetReport> {
  const keys = await demoKeys(core);
  const scores: QueryScore[] = [];
  for (const query of queries) {
    const result = await searchListings(core.market, undefined, {
      q: query.q,
      limit: 50,
      ...(query.place ? { place: query.place } : {}),
      ...(query.radiusKm !== undefined ? { radiusKm: query.radiusKm } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.maxPriceEur !== undefined ? { maxPrice: query.maxPriceEur * 100 } : {}),
    });
    const found = result.closeOnly ? [] : result.items.map((hit) => keys.get(hit.listing.id) ?? hit.listing.id);
    const relevant = new Set(query.relevant);
    const top = found.slice(0, 10);
    const precisionAt10 = top.length === 0 ? (relevant.size === 0 ? 1 : 0) : top.filter((id) => relevant.has(id)).length / top.length;
    const recall = relevant.size === 0 ? null : found.filter((id) => relevant.has(id)).length / relevant.size;
    scores.push({ query, found, closeOnly: result.closeOnly, precisionAt10, recall });
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const empty = scores.filter((s) => s.query.relevant.length === 0);
  return {
    set,
    queries: scores.length,
    precisionAt10: mean(scores.map((s) => s.precisionAt10)),
    recall: mean(scores.flatMap((s) => (s.recall === null ? [] : [s.recall]))),
    emptyQueriesRight: `${empty.filter((s) => s.found.length === 0).length}/${empty.length}`,
    scores,
  };
}
