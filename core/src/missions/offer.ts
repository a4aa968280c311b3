/**
 * One offer as every connector hands it over, whatever the board: clean text, skills from the
 * taxonomy, place, remote mode, contract, rate with its period, dates, links and attribution.
 * Also the keys the cross-board dedupe compares (canonical URL, folded title+company+town).
 */
import { createHash } from "node:crypto";
import * as cheerio from "cheerio";
import { findSkills } from "../ai/skills.ts";
import { MISSION_SOURCE_NAMES } from "../config/index.ts";
import { foldText, words } from "../text/normalize.ts";
import type { Rate } from "./rate.ts";

export const SOURCE_NAMES = MISSION_SOURCE_NAMES;
export type SourceName = (typeof SOURCE_NAMES)[number];
/** Offers a member brought in from a URL or pasted text. */
export type OfferSource = SourceName | "import";

export type RemoteMode = "full" | "partial" | "none";
export type ContractType = "freelance" | "fixed_term" | "permanent" | "part_time" | "internship" | "other";

export type Offer = {
  source: OfferSource;
  externalId: string;
  /** The posting on the board (where the member reads and applies). */
  url: string;
  /** The employer's own apply link, when the board gives one. */
  applyUrl: string | null;
  attribution: string | null;
  title: string;
  company: string | null;
  /** Plain text, paragraphs separated by blank lines. */
  description: string;
  skills: string[];
  placeName: string | null;
  countryCode: string | null;
  lat: number | null;
  lng: number | null;
  remote: RemoteMode | null;
  contractType: ContractType;
  rate: Rate | null;
  postedAt: Date | null;
  expiresAt: Date | null;
  language: "fr" | "en";
};

const BLOCK_TAGS = "p, div, br, li, h1, h2, h3, h4, h5, h6, tr, section, article, ul, ol";

/** HTML (or text) → readable plain text: block elements become line breaks, entities decoded. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return "";
  if (!/[<&]/.test(html)) return tidy(html);
  const $ = cheerio.load(`<body>${html}</body>`);
  $("script, style, noscript").remove();
  $("li").each((_, el) => {
    $(el).prepend("• ");
  });
  $(BLOCK_TAGS).each((_, el) => {
    $(el).append("\n");
  });
  return tidy($("body").text());
}

function tidy(text: string): string {
  return text
    .replace(/\r/g, "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const TRACKING_PARAMS = /^(utm_.*|ref|referrer|source|fbclid|gclid|mc_cid|mc_eid|trk|from)$/i;

/** The URL without tracking parameters, fragment, "www." or trailing slash: two boards' links to one page compare equal. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const path = url.pathname.replace(/\/+$/, "");
  const query = url.searchParams.toString();
  return `${host}${path}${query ? `?${query}` : ""}`;
}

// Gender marks, contract words and legal forms say nothing about which offer it is.
const TITLE_NOISE = new Set([
  "h",
  "f",
  "hf",
  "fh",
  "x",
  "m",
  "w",
  "d",
  "freelance",
  "free",
  "lance",
  "cdi",
  "cdd",
  "remote",
  "teletravail",
  "full",
  "time",
]);
const COMPANY_NOISE = new Set(["sas", "sasu", "sarl", "sa", "eurl", "inc", "ltd", "llc", "gmbh", "group", "groupe", "the"]);

export function titleKey(title: string): string {
  return words(title.replace(/\([^)]*\)/g, " "))
    .filter((w) => !TITLE_NOISE.has(w))
    .join(" ");
}

export function companyKey(company: string | null): string {
  return words(company ?? "")
    .filter((w) => !COMPANY_NOISE.has(w))
    .join(" ");
}

/** The town alone: "75 - Paris 15e", "Paris, France" and "Paris (75)" all give "paris". */
export function townKey(place: string | null): string {
  if (!place) return "";
  const first = foldText(place)
    .replace(/^\d+\s*-\s*/, "")
    .split(/[,(/]/)[0]
    ?.replace(/\b\d+(e|er|eme)?\b/g, "")
    .trim();
  return words(first ?? "").join(" ");
}

/** "title|company|town", folded: the second dedupe key (within a time window). */
export function dedupeKeyOf(offer: Pick<Offer, "title" | "company" | "placeName" | "remote">): string | null {
  const company = companyKey(offer.company);
  if (!company) return null;
  const town = offer.remote === "full" ? "remote" : townKey(offer.placeName);
  return `${titleKey(offer.title)}|${company}|${town}`;
}

const FRENCH_MARKERS = new Set(["le", "la", "les", "des", "une", "et", "vous", "nous", "pour", "avec", "sur", "du", "est", "dans"]);
const ENGLISH_MARKERS = new Set(["the", "and", "you", "we", "for", "with", "our", "is", "are", "in", "of", "to", "will"]);

export function guessLanguage(text: string): "fr" | "en" {
  let fr = 0;
  let en = 0;
  for (const word of words(text.slice(0, 2000))) {
    if (FRENCH_MARKERS.has(word)) fr++;
    if (ENGLISH_MARKERS.has(word)) en++;
  }
  return en > fr ? "en" : "fr";
}

/** Skills of the taxonomy named in the title, the board's tags and the description. */
export function skillsOf(title: string, tags: readonly string[], description: string): string[] {
  return [...new Set([...findSkills(`${title} ${tags.join(" , ")}`), ...findSkills(description)])].slice(0, 20);
}

/** SHA-256 of what a member would see change: an identical copy is not rewritten. */
export function offerHash(offer: Offer): string {
  const { source: _s, externalId: _e, ...fields } = offer;
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/** Parses a date that boards send as ISO text, epoch seconds or epoch milliseconds. */
export function dateOf(value: unknown): Date | null {
  if (value === null || value === undefined || value === "") return null;
  let date: Date;
  if (typeof value === "number") date = new Date(value < 1e11 ? value * 1000 : value);
  else if (typeof value === "string" && /^\d+$/.test(value)) return dateOf(Number(value));
  else if (typeof value === "string") date = new Date(value);
  else return null;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Trims and caps text fields: a board's 200 kB description is not stored whole. */
export function capped(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
