/**
 * Free-Work: the public JSON of its job postings (API Platform, `hydra:member`), freelance
 * ("contractor") missions with day rates, newest first; paging stops when a page brings no id
 * not already seen (the listing shifts while we read it) or is empty.
 * @see https://www.free-work.com/fr/tech-it/jobs
 */
import { z } from "zod";
import { capped, dateOf, guessLanguage, htmlToText, skillsOf } from "../offer.ts";
import { rateFromNumbers } from "../rate.ts";
import { type Connector, mapItems, pageError } from "./connector.ts";

const PAGE_SIZE = 50;

const Posting = z.looseObject({
  id: z.union([z.number(), z.string()]),
  title: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().nullish(),
  candidateProfile: z.string().nullish(),
  company: z.looseObject({ name: z.string().nullish() }).nullish(),
  job: z.looseObject({ slug: z.string().nullish() }).nullish(),
  location: z
    .looseObject({
      locality: z.string().nullish(),
      label: z.string().nullish(),
      countryCode: z.string().nullish(),
      latitude: z.union([z.number(), z.string()]).nullish(),
      longitude: z.union([z.number(), z.string()]).nullish(),
    })
    .nullish(),
  contracts: z.array(z.string()).nullish(),
  minDailySalary: z.number().nullish(),
  maxDailySalary: z.number().nullish(),
  minAnnualSalary: z.number().nullish(),
  maxAnnualSalary: z.number().nullish(),
  currency: z.string().nullish(),
  remoteMode: z.string().nullish(),
  publishedAt: z.string().nullish(),
  skills: z.array(z.looseObject({ name: z.string() })).nullish(),
});
const Answer = z.looseObject({ "hydra:member": z.array(z.unknown()) });

const coordinate = (value: number | string | null | undefined) => {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};

export const freework: Connector = {
  name: "freework",
  attribution: "Source: Free-Work (free-work.com)",
  termsUrl: "https://www.free-work.com/fr/tech-it/cgu",
  everyMinutes: 60,
  maxPages: 20,
  missing: () => null,
  async *pages(ctx) {
    const seen = new Set<string>();
    for (let page = 1; page <= Math.min(ctx.maxPages, freework.maxPages); page++) {
      const query = new URLSearchParams({
        page: String(page),
        itemsPerPage: String(PAGE_SIZE),
        contracts: "contractor",
        "order[publishedAt]": "desc",
      });
      if (ctx.since) query.set("publishedAt[after]", ctx.since.toISOString());
      let body: unknown;
      try {
        ({ body } = await ctx.http.getJson(`${ctx.config.freework.apiUrl}/api/job_postings?${query}`, {
          headers: { accept: "application/ld+json" },
        }));
      } catch (error) {
        yield { offers: [], errors: [pageError(error)], incomplete: true };
        continue;
      }
      const answer = Answer.safeParse(body);
      if (!answer.success) {
        yield { offers: [], errors: [`page ${page}: no hydra:member list`], incomplete: true };
        continue;
      }
      const result = mapItems(answer.data["hydra:member"], Posting, (posting) => {
        const description = capped(htmlToText([posting.description, posting.candidateProfile].filter(Boolean).join("\n\n")), 20_000);
        const daily = rateFromNumbers(posting.minDailySalary, posting.maxDailySalary, posting.currency ?? "EUR", "day");
        const yearly = rateFromNumbers(posting.minAnnualSalary, posting.maxAnnualSalary, posting.currency ?? "EUR", "year");
        const remote =
          posting.remoteMode === "full" || posting.remoteMode === "partial" || posting.remoteMode === "none" ? posting.remoteMode : null;
        return {
          source: "freework",
          externalId: String(posting.id),
          url: `https://www.free-work.com/fr/tech-it/${posting.job?.slug ?? "jobs"}/job-mission/${posting.slug}`,
          applyUrl: null,
          attribution: freework.attribution,
          title: posting.title.trim(),
          company: posting.company?.name?.trim() || null,
          description,
          skills: skillsOf(
            posting.title,
            (posting.skills ?? []).map((s) => s.name),
            description,
          ),
          placeName: posting.location?.locality ?? posting.location?.label ?? null,
          countryCode: posting.location?.countryCode?.toUpperCase().slice(0, 2) ?? null,
          lat: coordinate(posting.location?.latitude),
          lng: coordinate(posting.location?.longitude),
          remote,
          contractType: (posting.contracts ?? []).includes("contractor")
            ? "freelance"
            : (posting.contracts ?? []).includes("permanent")
              ? "permanent"
              : "other",
          rate: daily ?? yearly,
          postedAt: dateOf(posting.publishedAt),
          expiresAt: null,
          language: guessLanguage(description),
        };
      });
      const unseen = result.offers.filter((offer) => !seen.has(offer.externalId));
      if (answer.data["hydra:member"].length === 0 || (unseen.length === 0 && result.errors.length === 0)) return;
      for (const offer of unseen) seen.add(offer.externalId);
      yield { ...result, offers: unseen };
    }
  },
};
