/**
 * Arbeitnow: `GET /api/job-board-api`, pages followed through `links.next` (its path is
 * appended to the configured base, so a proxy or a test server keeps serving the next page).
 * When a page fails, the next one is asked for by number (`?page=N+1`), as the API documents.
 * @see https://www.arbeitnow.com/blog/job-board-api
 */
import { z } from "zod";
import { capped, dateOf, guessLanguage, htmlToText, skillsOf } from "../offer.ts";
import { type Connector, mapItems, pageError, postedSince } from "./connector.ts";

const Job = z.looseObject({
  slug: z.string().min(1),
  company_name: z.string().nullish(),
  title: z.string().min(1),
  description: z.string().nullish(),
  remote: z.boolean().nullish(),
  url: z.url(),
  tags: z.array(z.string()).nullish(),
  job_types: z.array(z.string()).nullish(),
  location: z.string().nullish(),
  created_at: z.union([z.number(), z.string()]).nullish(),
});
const Answer = z.looseObject({
  data: z.array(z.unknown()),
  links: z.looseObject({ next: z.string().nullish() }).nullish(),
});

function contractOf(types: string[]) {
  const joined = types.join(" ").toLowerCase();
  if (/freelance|contract/.test(joined)) return "freelance" as const;
  if (/intern|praktikum/.test(joined)) return "internship" as const;
  if (/part/.test(joined)) return "part_time" as const;
  if (/full|permanent|vollzeit/.test(joined)) return "permanent" as const;
  return "other" as const;
}

export const arbeitnow: Connector = {
  name: "arbeitnow",
  attribution: "Source: Arbeitnow (arbeitnow.com)",
  termsUrl: "https://www.arbeitnow.com/blog/job-board-api",
  everyMinutes: 120,
  maxPages: 10,
  missing: () => null,
  async *pages(ctx) {
    const base = ctx.config.arbeitnow.apiUrl;
    let path: string | null = "/api/job-board-api?page=1";
    for (let n = 1; path && n <= Math.min(ctx.maxPages, arbeitnow.maxPages); n++) {
      const pageNumber: number = Number(new URL(path, base).searchParams.get("page") ?? n);
      let body: unknown;
      try {
        ({ body } = await ctx.http.getJson(`${base}${path}`));
      } catch (error) {
        yield { offers: [], errors: [pageError(error)], incomplete: true };
        path = `/api/job-board-api?page=${pageNumber + 1}`;
        continue;
      }
      const answer = Answer.safeParse(body);
      if (!answer.success) {
        yield { offers: [], errors: [`page ${pageNumber}: no data list`], incomplete: true };
        path = `/api/job-board-api?page=${pageNumber + 1}`;
        continue;
      }
      if (answer.data.data.length === 0) return;
      const page = mapItems(answer.data.data, Job, (job) => {
        const description = capped(htmlToText(job.description), 20_000);
        return {
          source: "arbeitnow",
          externalId: job.slug,
          url: job.url,
          applyUrl: null,
          attribution: arbeitnow.attribution,
          title: job.title.trim(),
          company: job.company_name?.trim() || null,
          description,
          skills: skillsOf(job.title, job.tags ?? [], description),
          placeName: job.location?.trim() || null,
          countryCode: null,
          lat: null,
          lng: null,
          remote: job.remote ? "full" : null,
          contractType: contractOf(job.job_types ?? []),
          rate: null,
          postedAt: dateOf(job.created_at),
          expiresAt: null,
          language: guessLanguage(description),
        };
      });
      yield { ...page, offers: postedSince(page.offers, ctx.since) };
      const next = answer.data.links?.next;
      path = next ? `${new URL(next).pathname}${new URL(next).search}` : null;
    }
  },
};
