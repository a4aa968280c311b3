/**
 * Remote OK: `GET /api`, a JSON array whose first element is the legal notice (its terms:
 * link back to the offer's Remote OK page and name Remote OK as the source), followed by the
 * jobs. Salaries are yearly US dollars.
 * @see https://remoteok.com/api
 */
import { z } from "zod";
import { capped, dateOf, guessLanguage, htmlToText, skillsOf } from "../offer.ts";
import { rateFromNumbers } from "../rate.ts";
import { type Connector, mapItems, pageError, postedSince } from "./connector.ts";

const Job = z.looseObject({
  id: z.union([z.number(), z.string()]),
  slug: z.string().nullish(),
  epoch: z.number().nullish(),
  date: z.string().nullish(),
  company: z.string().nullish(),
  position: z.string().min(1),
  tags: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  location: z.string().nullish(),
  salary_min: z.number().nullish(),
  salary_max: z.number().nullish(),
  apply_url: z.string().nullish(),
  url: z.url(),
});

export const remoteok: Connector = {
  name: "remoteok",
  attribution: "Source: Remote OK (remoteok.com)",
  termsUrl: "https://remoteok.com/api",
  everyMinutes: 360,
  maxPages: 1,
  missing: () => null,
  async *pages(ctx) {
    let body: unknown;
    try {
      ({ body } = await ctx.http.getJson(`${ctx.config.remoteok.apiUrl}/api`));
    } catch (error) {
      yield { offers: [], errors: [pageError(error)], incomplete: true };
      return;
    }
    if (!Array.isArray(body)) {
      yield { offers: [], errors: ["the answer is not a list"], incomplete: true };
      return;
    }
    // The first element is the legal notice, not a job.
    const items = body.filter((item) => !(item && typeof item === "object" && "legal" in item));
    const page = mapItems(items, Job, (job) => {
      const description = capped(htmlToText(job.description), 20_000);
      const applyUrl =
        job.apply_url && /^https?:\/\//.test(job.apply_url) && !job.apply_url.includes("remoteok.com") ? job.apply_url : null;
      return {
        source: "remoteok",
        externalId: String(job.id),
        url: job.url,
        applyUrl,
        attribution: remoteok.attribution,
        title: job.position.trim(),
        company: job.company?.trim() || null,
        description,
        skills: skillsOf(job.position, job.tags ?? [], description),
        placeName: job.location?.trim() || null,
        countryCode: null,
        lat: null,
        lng: null,
        remote: "full",
        contractType: (job.tags ?? []).some((tag) => /contract|freelance/i.test(tag)) ? "freelance" : "other",
        rate: rateFromNumbers(job.salary_min, job.salary_max, "USD", "year"),
        postedAt: dateOf(job.date) ?? dateOf(job.epoch),
        expiresAt: null,
        language: guessLanguage(description),
      };
    });
    yield { ...page, offers: postedSince(page.offers, ctx.since) };
  },
};
