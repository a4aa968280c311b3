/**
 * Remotive: `GET /api/remote-jobs`, every open remote job in one answer. Its terms: at most four
 * fetches a day, link back to the offer's Remotive page and name Remotive as the source, and
 * never put its offers behind a sign-up wall (Relais shows missions to guests too).
 * @see https://github.com/remotive-com/remote-jobs-api
 */
import { z } from "zod";
import { capped, dateOf, guessLanguage, htmlToText, skillsOf } from "../offer.ts";
import { parseRate } from "../rate.ts";
import { type Connector, mapItems, pageError, postedSince } from "./connector.ts";

const Job = z.looseObject({
  id: z.union([z.number(), z.string()]),
  url: z.url(),
  title: z.string().min(1),
  company_name: z.string().nullish(),
  category: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  job_type: z.string().nullish(),
  publication_date: z.string().nullish(),
  candidate_required_location: z.string().nullish(),
  salary: z.string().nullish(),
  description: z.string().nullish(),
});
const Answer = z.looseObject({ jobs: z.array(z.unknown()) });

const CONTRACTS: Record<string, "freelance" | "permanent" | "part_time" | "internship" | "other" | "fixed_term"> = {
  full_time: "permanent",
  contract: "freelance",
  freelance: "freelance",
  part_time: "part_time",
  internship: "internship",
};

export const remotive: Connector = {
  name: "remotive",
  attribution: "Source: Remotive (remotive.com)",
  termsUrl: "https://github.com/remotive-com/remote-jobs-api#terms",
  everyMinutes: 360,
  maxPages: 1,
  missing: () => null,
  async *pages(ctx) {
    let body: unknown;
    try {
      ({ body } = await ctx.http.getJson(`${ctx.config.remotive.apiUrl}/api/remote-jobs`));
    } catch (error) {
      yield { offers: [], errors: [pageError(error)], incomplete: true };
      return;
    }
    const answer = Answer.safeParse(body);
    if (!answer.success) {
      yield { offers: [], errors: ["the answer has no jobs list"], incomplete: true };
      return;
    }
    const page = mapItems(answer.data.jobs, Job, (job) => {
      const description = capped(htmlToText(job.description), 20_000);
      return {
        source: "remotive",
        externalId: String(job.id),
        url: job.url,
        applyUrl: null,
        attribution: remotive.attribution,
        title: job.title.trim(),
        company: job.company_name?.trim() || null,
        description,
        skills: skillsOf(job.title, job.tags ?? [], description),
        placeName: job.candidate_required_location?.trim() || null,
        countryCode: null,
        lat: null,
        lng: null,
        remote: "full",
        contractType: CONTRACTS[job.job_type ?? ""] ?? "other",
        rate: parseRate(job.salary),
        postedAt: dateOf(job.publication_date),
        expiresAt: null,
        language: guessLanguage(description),
      };
    });
    yield { ...page, offers: postedSince(page.offers, ctx.since) };
  },
};
