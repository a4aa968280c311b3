/**
 * Himalayas: `GET /jobs/api?limit=20&offset=N`, at most 20 jobs a request, paged by offset up
 * to `totalCount`. A failed page is skipped (the next offset is known). Its terms ask for a
 * link back to the job on Himalayas and its name beside the offers.
 * @see https://himalayas.app/api
 */
import { z } from "zod";
import { capped, dateOf, guessLanguage, htmlToText, skillsOf } from "../offer.ts";
import { rateFromNumbers } from "../rate.ts";
import { type Connector, mapItems, pageError, postedSince } from "./connector.ts";

const PAGE_SIZE = 20;

const Job = z.looseObject({
  guid: z.url(),
  title: z.string().min(1),
  excerpt: z.string().nullish(),
  companyName: z.string().nullish(),
  employmentType: z.string().nullish(),
  minSalary: z.number().nullish(),
  maxSalary: z.number().nullish(),
  currency: z.string().length(3).nullish(),
  locationRestrictions: z.array(z.string()).nullish(),
  categories: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  pubDate: z.union([z.number(), z.string()]).nullish(),
  expiryDate: z.union([z.number(), z.string()]).nullish(),
  applicationLink: z.string().nullish(),
});
const Answer = z.looseObject({ totalCount: z.number().nullish(), jobs: z.array(z.unknown()) });

function contractOf(type: string | null | undefined) {
  const folded = (type ?? "").toLowerCase();
  if (/contract|freelance/.test(folded)) return "freelance" as const;
  if (/intern/.test(folded)) return "internship" as const;
  if (/part/.test(folded)) return "part_time" as const;
  if (/temporary/.test(folded)) return "fixed_term" as const;
  if (/full/.test(folded)) return "permanent" as const;
  return "other" as const;
}

export const himalayas: Connector = {
  name: "himalayas",
  attribution: "Source: Himalayas (himalayas.app)",
  termsUrl: "https://himalayas.app/api",
  everyMinutes: 120,
  maxPages: 25,
  missing: () => null,
  async *pages(ctx) {
    let total = Number.POSITIVE_INFINITY;
    for (let n = 0, offset = 0; n < Math.min(ctx.maxPages, himalayas.maxPages) && offset < total; n++, offset += PAGE_SIZE) {
      let body: unknown;
      try {
        ({ body } = await ctx.http.getJson(`${ctx.config.himalayas.apiUrl}/jobs/api?limit=${PAGE_SIZE}&offset=${offset}`));
      } catch (error) {
        yield { offers: [], errors: [pageError(error)], incomplete: true };
        continue;
      }
      const answer = Answer.safeParse(body);
      if (!answer.success) {
        yield { offers: [], errors: [`offset ${offset}: no jobs list`], incomplete: true };
        continue;
      }
      if (answer.data.jobs.length === 0) return;
      total = answer.data.totalCount ?? total;
      const page = mapItems(answer.data.jobs, Job, (job) => {
        const description = capped(htmlToText(job.description ?? job.excerpt), 20_000);
        const countries = job.locationRestrictions ?? [];
        return {
          source: "himalayas",
          externalId: job.guid,
          url: job.guid,
          applyUrl: job.applicationLink && /^https?:\/\//.test(job.applicationLink) ? job.applicationLink : null,
          attribution: himalayas.attribution,
          title: job.title.trim(),
          company: job.companyName?.trim() || null,
          description,
          skills: skillsOf(job.title, job.categories ?? [], description),
          placeName: countries.length > 0 ? countries.join(", ") : null,
          countryCode: null,
          lat: null,
          lng: null,
          remote: "full",
          contractType: contractOf(job.employmentType),
          // Himalayas quotes yearly salaries.
          rate: rateFromNumbers(job.minSalary, job.maxSalary, job.currency?.toUpperCase() ?? "USD", "year"),
          postedAt: dateOf(job.pubDate),
          expiresAt: dateOf(job.expiryDate),
          language: guessLanguage(description),
        };
      });
      yield { ...page, offers: postedSince(page.offers, ctx.since) };
    }
  },
};
