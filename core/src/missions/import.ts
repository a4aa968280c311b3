/**
 * A member brings in one offer: from its URL (the schema.org `JobPosting` JSON-LD most boards
 * publish, whose fields come as a string, an object or a list; else Open Graph and the page's
 * readable text), or from pasted text. robots.txt is honoured; a bot-challenge page (HTTP 202
 * or a 403/503 challenge) is reported as "this site blocks automatic reading" and never retried
 * around. The page is fetched only from a public address. The offer then goes through the same
 * upsert and cross-board dedupe as the connectors' (source "import").
 */
import { createHash } from "node:crypto";
import * as cheerio from "cheerio";
import robotsParserModule from "robots-parser";
import type { MissionsConfig } from "../config/index.ts";
import { Invalid, Unavailable } from "../errors/domain.ts";
import type { MarketContext } from "../listings/context.ts";
import { queueMissionAlerts } from "./alerts.ts";
import { SourceHttp, SourceHttpError } from "./http.ts";
import { ingestOffers, loadDedupeIndex } from "./ingest.ts";
import { getMission, type MissionView } from "./missions.ts";
import { type ContractType, canonicalUrl, capped, dateOf, guessLanguage, htmlToText, type Offer, skillsOf } from "./offer.ts";
import { parseRate, type Rate, type RatePeriod, rateFromNumbers } from "./rate.ts";

export type ImportInput = { url: string } | { text: string };
export type ImportResult = { mission: MissionView; outcome: "created" | "merged" | "updated" | "unchanged" };

const ROBOTS_AGENT = "RelaisBot";
// The package is CommonJS (`module.exports = function`): its default import is that function,
// which its type declaration (written for `export default`) hides under this module setting.
const robotsParser = robotsParserModule as unknown as (
  url: string,
  contents: string,
) => { isAllowed(url: string, ua?: string): boolean | undefined };
const CHALLENGE =
  /cf-chl|challenge-platform|just a moment|attention required|captcha|datadome|px-captcha|perimeterx|are you a robot|verify you are human/i;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
/** A field given as text, as {name} / {@value} / {value}, or as a list of those: its first text. */
function text(value: unknown): string | null {
  for (const item of list(value)) {
    if (typeof item === "string" && item.trim()) return item.trim();
    if (typeof item === "number") return String(item);
    if (isObject(item)) {
      const inner = text(item.name ?? item["@value"] ?? item.value);
      if (inner) return inner;
    }
  }
  return null;
}

function typesOf(node: JsonObject): string[] {
  return list(node["@type"]).filter((t): t is string => typeof t === "string");
}

/** Every JobPosting in the JSON-LD blocks, wherever it sits (a list, an @graph, nested). */
export function findJobPostings(blocks: unknown[]): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(node)) for (const item of node) visit(item, depth + 1);
    else if (isObject(node)) {
      if (typesOf(node).includes("JobPosting")) found.push(node);
      else for (const key of ["@graph", "mainEntity", "itemListElement", "item"]) if (key in node) visit(node[key], depth + 1);
    }
  };
  for (const block of blocks) visit(block, 0);
  return found;
}

const UNIT_PERIOD: Record<string, RatePeriod> = { HOUR: "hour", DAY: "day", WEEK: "day", MONTH: "month", YEAR: "year" };

function salaryOf(posting: JsonObject): Rate | null {
  for (const amount of list(posting.baseSalary ?? posting.estimatedSalary)) {
    if (typeof amount === "string") return parseRate(amount);
    if (!isObject(amount)) continue;
    const currency = text(amount.currency)?.toUpperCase().slice(0, 3) ?? null;
    const value = isObject(amount.value) ? amount.value : { value: amount.value };
    const unit = text(value.unitText ?? amount.unitText)?.toUpperCase();
    const period = unit && unit !== "WEEK" ? (UNIT_PERIOD[unit] ?? null) : null;
    const number = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && /^\d+(\.\d+)?$/.test(v) ? Number(v) : null);
    const rate = rateFromNumbers(number(value.minValue ?? value.value), number(value.maxValue ?? value.value), currency, period);
    if (rate) return rate;
  }
  return null;
}

function contractOf(posting: JsonObject): ContractType {
  const types = list(posting.employmentType).map((t) => String(t).toUpperCase());
  if (types.some((t) => /CONTRACTOR|FREELANCE/.test(t))) return "freelance";
  if (types.some((t) => /INTERN/.test(t))) return "internship";
  if (types.some((t) => /TEMPORARY/.test(t))) return "fixed_term";
  if (types.some((t) => /PART_TIME/.test(t))) return "part_time";
  if (types.some((t) => /FULL_TIME/.test(t))) return "permanent";
  return "other";
}

function placeOf(posting: JsonObject): { name: string | null; country: string | null; lat: number | null; lng: number | null } {
  for (const location of list(posting.jobLocation)) {
    if (typeof location === "string") return { name: location, country: null, lat: null, lng: null };
    if (!isObject(location)) continue;
    const address = list(location.address)[0];
    const geo = isObject(location.geo) ? location.geo : {};
    const coordinate = (v: unknown) =>
      typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null;
    if (typeof address === "string") return { name: address, country: null, lat: coordinate(geo.latitude), lng: coordinate(geo.longitude) };
    if (isObject(address)) {
      const country = text(address.addressCountry);
      return {
        name: text(address.addressLocality) ?? text(address.addressRegion) ?? text(location.name),
        country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null,
        lat: coordinate(geo.latitude),
        lng: coordinate(geo.longitude),
      };
    }
  }
  return { name: null, country: null, lat: null, lng: null };
}

/** The offer a JobPosting describes, in the same shape as the connectors'. */
export function offerFromJobPosting(posting: JsonObject, pageUrl: string, site: string): Offer | null {
  const title = text(posting.title) ?? text(posting.name);
  if (!title) return null;
  const description = capped(htmlToText(text(posting.description)), 20_000);
  const place = placeOf(posting);
  const remote = list(posting.jobLocationType).some((t) => String(t).toUpperCase() === "TELECOMMUTE") ? "full" : null;
  const ownUrl = text(posting.url);
  const url = ownUrl && /^https?:\/\//.test(ownUrl) ? ownUrl : pageUrl;
  const skills = list(posting.skills).flatMap((s) => (typeof s === "string" ? s.split(/,\s*/) : [text(s) ?? ""]));
  return {
    source: "import",
    externalId: idOf(canonicalUrl(url) ?? url),
    url,
    applyUrl: null,
    attribution: site,
    title: htmlToText(title),
    company: text(posting.hiringOrganization),
    description,
    skills: skillsOf(title, skills, description),
    placeName: place.name ?? (remote ? null : null),
    countryCode: place.country,
    lat: place.lat,
    lng: place.lng,
    remote,
    contractType: contractOf(posting),
    rate: salaryOf(posting) ?? parseRate(description),
    postedAt: dateOf(text(posting.datePosted)),
    expiresAt: dateOf(text(posting.validThrough)),
    language: guessLanguage(description),
  };
}

function idOf(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}

/** Open Graph and the readable text, when a page has no JobPosting. */
export function offerFromPage(html: string, pageUrl: string, site: string): Offer | null {
  const $ = cheerio.load(html);
  const meta = (property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr("content")?.trim() || null;
  const title = meta("og:title") ?? ($("h1").first().text().trim() || $("title").text().trim() || null);
  $("script, style, noscript, nav, header, footer, form, aside").remove();
  const main = $("main, article, [role=main]").first();
  const body = htmlToText((main.length > 0 ? main : $("body")).html());
  const description = capped(body || meta("og:description") || "", 20_000);
  if (!title || description.length < 40) return null;
  return offerFromText(`${title}\n${description}`, { url: pageUrl, site, title });
}

/** Pasted text: the first line is the title, the rest the description. */
export function offerFromText(raw: string, from: { url?: string; site?: string; title?: string } = {}): Offer | null {
  const cleaned = htmlToText(raw);
  const lines = cleaned.split("\n").map((line) => line.trim());
  const title = from.title ?? lines.find((line) => line.length > 0);
  if (!title || cleaned.length < 40) return null;
  const description = capped(
    from.title
      ? cleaned.replace(from.title, "").trim() || cleaned
      : lines
          .slice(lines.indexOf(title) + 1)
          .join("\n")
          .trim() || cleaned,
    20_000,
  );
  const key = from.url ? (canonicalUrl(from.url) ?? from.url) : cleaned;
  const remoteWords = /full remote|100 ?% (remote|t[ée]l[ée]travail)|fully remote/i.test(cleaned)
    ? "full"
    : /t[ée]l[ée]travail|remote|hybrid/i.test(cleaned)
      ? "partial"
      : null;
  return {
    source: "import",
    externalId: idOf(key),
    url: from.url ?? `relais:import:${idOf(key)}`,
    applyUrl: null,
    attribution: from.site ?? null,
    title: capped(title, 200),
    company: null,
    description,
    skills: skillsOf(title, [], description),
    placeName: null,
    countryCode: null,
    lat: null,
    lng: null,
    remote: remoteWords,
    contractType: /freelance|free-lance|ind[ée]pendant|contractor|TJM/i.test(cleaned) ? "freelance" : "other",
    rate: parseRate(cleaned),
    postedAt: null,
    expiresAt: null,
    language: guessLanguage(cleaned),
  };
}

function readJsonLd(html: string): unknown[] {
  const $ = cheerio.load(html);
  const blocks: unknown[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      blocks.push(JSON.parse($(el).text()));
    } catch {
      // A broken block is skipped; another one or the fallback may still describe the offer.
    }
  });
  return blocks;
}

/** robots.txt of the URL's origin allows our agent (none, or a 4xx, allows; 5xx or unreachable does not). */
async function robotsAllow(http: SourceHttp, url: string): Promise<boolean> {
  const robotsUrl = new URL("/robots.txt", url).toString();
  let response: Awaited<ReturnType<SourceHttp["request"]>>;
  try {
    response = await http.request(robotsUrl, { headers: { accept: "text/plain" } });
  } catch (error) {
    if (error instanceof SourceHttpError && error.code === "private_address") throw error;
    return false;
  }
  if (response.status >= 400 && response.status < 500) return true;
  if (response.status >= 300) return false;
  return robotsParser(robotsUrl, response.body).isAllowed(url, ROBOTS_AGENT) !== false;
}

function httpOptions(config: MissionsConfig, publicOnly: boolean) {
  return { timeoutMs: config.timeoutMs, retries: 0, maxRetryAfterMs: 0, contactUrl: config.contactUrl, perSecond: 2, publicOnly };
}

/** Reads the offer at `url`: refused (with the reason) when robots.txt disallows it or the site answers a bot challenge. */
export async function readOfferAt(config: MissionsConfig, url: string, options: { publicOnly: boolean }): Promise<Offer> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Invalid("invalid_request", [{ field: "url", code: "import_bad_url" }]);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new Invalid("invalid_request", [{ field: "url", code: "import_bad_url" }]);
  const http = new SourceHttp(httpOptions(config, options.publicOnly));
  try {
    if (!(await robotsAllow(http, url))) throw new Invalid("import_robots_disallowed", [], { host: parsed.host });
    const page = await http.request(url, { headers: { accept: "text/html,application/xhtml+xml" } });
    // A challenge is a wall put up on purpose: reported, never retried around.
    if (
      page.status === 202 ||
      ((page.status === 403 || page.status === 503 || page.status === 429) && CHALLENGE.test(page.body)) ||
      (page.status === 200 && CHALLENGE.test(page.body.slice(0, 5000)) && !/JobPosting/.test(page.body))
    ) {
      throw new Invalid("import_blocked", [], { host: parsed.host });
    }
    if (page.status === 404 || page.status === 410) throw new Invalid("import_not_found", [], { host: parsed.host });
    if (page.status >= 400) throw new Unavailable("import_unreachable", { host: parsed.host });
    const site = parsed.host.replace(/^www\./, "");
    const [posting] = findJobPostings(readJsonLd(page.body));
    const offer = (posting && offerFromJobPosting(posting, page.url, site)) ?? offerFromPage(page.body, page.url, site);
    if (!offer) throw new Invalid("import_no_offer", [], { host: parsed.host });
    return offer;
  } catch (error) {
    if (error instanceof SourceHttpError) {
      if (error.code === "private_address") throw new Invalid("invalid_request", [{ field: "url", code: "import_private_address" }]);
      throw new Unavailable("import_unreachable", { host: parsed.host }, { cause: error });
    }
    throw error;
  } finally {
    await http.close();
  }
}

/** Imports one offer into the missions (merged with a board's copy when it is the same offer). */
export async function importMission(
  ctx: MarketContext,
  config: MissionsConfig,
  userId: string | undefined,
  input: ImportInput,
  options: { publicOnly: boolean },
): Promise<ImportResult> {
  const offer = "url" in input ? await readOfferAt(config, input.url, options) : offerFromText(input.text);
  if (!offer) throw new Invalid("import_no_offer", [], { host: "" });
  const result = await ingestOffers(ctx, await loadDedupeIndex(ctx), [offer]);
  const copy = await ctx.prisma.missionSource.findUniqueOrThrow({
    where: { source_externalId: { source: "import", externalId: offer.externalId } },
  });
  const outcome = result.created ? "created" : result.duplicates ? "merged" : result.updated ? "updated" : "unchanged";
  if (result.created) await queueMissionAlerts(ctx, result.createdIds);
  return { mission: await getMission(ctx, userId, copy.missionId), outcome };
}
