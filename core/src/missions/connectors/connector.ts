/**
 * What every job-board connector provides: its name, the credit the board asks for, where its
 * terms are, what it needs to run, and its offers a page at a time. A page that fails (an HTML
 * error page, malformed JSON, a 500 or 429 after the retries, a timeout) is reported in the
 * page's `errors` and the connector goes on with the next page when the board's paging allows
 * it; an item that does not have the board's shape is counted and skipped.
 */
import type { z } from "zod";
import type { MissionsConfig } from "../../config/index.ts";
import { type SourceHttp, SourceHttpError } from "../http.ts";
import type { Offer, SourceName } from "../offer.ts";

export type ConnectorContext = {
  http: SourceHttp;
  config: MissionsConfig;
  /** Only offers posted since then (the board's own filter when it has one). */
  since: Date | undefined;
  /** Upper bound on pages (the source's budget for one run). */
  maxPages: number;
  now: Date;
  /** Requests this source made in the last day and month, for boards with quotas. */
  usage: { day: number; month: number };
};

export type Page = {
  offers: Offer[];
  /** What went wrong on this page: one entry per failed request or unreadable item. */
  errors: string[];
  /** A request failed: offers may be missing, so this run expires nothing. */
  incomplete?: boolean;
};

export type Connector = {
  name: SourceName;
  /** Shown beside the board's offers, as its terms ask. */
  attribution: string;
  termsUrl: string;
  /** How often the running server fetches it, and how many pages a run may read. */
  everyMinutes: number;
  maxPages: number;
  /** Why it cannot run with this configuration (missing keys), or null. */
  missing(config: MissionsConfig): string | null;
  pages(ctx: ConnectorContext): AsyncGenerator<Page>;
};

/** A failed request as a page error line; other errors are bugs and propagate. */
export function pageError(error: unknown): string {
  if (error instanceof SourceHttpError) return `${error.code}: ${error.message}`;
  throw error;
}

/** Items of a page through the board's item schema: valid ones mapped, the others counted. */
export function mapItems<T>(items: unknown[], schema: z.ZodType<T>, toOffer: (item: T) => Offer | null): Page {
  const page: Page = { offers: [], errors: [] };
  for (const [index, raw] of items.entries()) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      page.errors.push(`item ${index}: ${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? "unreadable"}`);
      continue;
    }
    const offer = toOffer(parsed.data);
    if (offer) page.offers.push(offer);
  }
  return page;
}

/** Drops offers older than `since` for boards without a date filter. */
export function postedSince(offers: Offer[], since: Date | undefined): Offer[] {
  return since ? offers.filter((offer) => !offer.postedAt || offer.postedAt >= since) : offers;
}

/** `remote` from words in a description when the board has no field for it. */
export function remoteFromText(text: string): "full" | "partial" | null {
  const folded = text.toLowerCase();
  if (/full remote|100 ?% (remote|t[ée]l[ée]travail)|fully remote|t[ée]l[ée]travail (total|complet)/.test(folded)) return "full";
  if (/t[ée]l[ée]travail|remote|hybride|hybrid/.test(folded)) return "partial";
  return null;
}
