/**
 * Adzuna: `GET /v1/api/jobs/{country}/search/{page}` with the app id and key, 50 results a page
 * (its maximum), IT jobs of the configured country (`fr` by default). Its daily and monthly
 * request quotas are enforced from the run log before every request; its terms ask for the
 * "Jobs by Adzuna" credit and that members reach offers through `redirect_url`.
 * @see https://developer.adzuna.com/docs/search
 */
import { z } from "zod";
import { capped, dateOf, guessLanguage, htmlToText, skillsOf } from "../offer.ts";
import { rateFromNumbers } from "../rate.ts";
import { type Connector, mapItems, pageError, postedSince } from "./connector.ts";

const PAGE_SIZE = 50;
const CURRENCY: Record<string, string> = {
  gb: "GBP",
  us: "USD",
  ca: "CAD",
  au: "AUD",
  ch: "CHF",
  in: "INR",
  nz: "NZD",
  pl: "PLN",
  br: "BRL",
  mx: "MXN",
  sg: "SGD",
  za: "ZAR",
};

const Result = z.looseObject({
  id: z.union([z.string(), z.number()]),
  title: z.string().min(1),
  description: z.string().nullish(),
  created: z.string().nullish(),
  redirect_url: z.url(),
  company: z.looseObject({ display_name: z.string().nullish() }).nullish(),
  location: z.looseObject({ display_name: z.string().nullish(), area: z.array(z.string()).nullish() }).nullish(),
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  category: z.looseObject({ label: z.string().nullish() }).nullish(),
  salary_min: z.number().nullish(),
  salary_max: z.number().nullish(),
  salary_is_predicted: z.union([z.string(), z.number()]).nullish(),
  contract_type: z.string().nullish(),
  contract_time: z.string().nullish(),
});
const Answer = z.looseObject({ count: z.number().nullish(), results: z.array(z.unknown()) });

export const adzuna: Connector = {
  name: "adzuna",
  attribution: "Jobs by Adzuna",
  termsUrl: "https://developer.adzuna.com/docs/terms_of_service",
  everyMinutes: 60,
  maxPages: 5,
  missing: (config) => (config.adzuna.appId && config.adzuna.appKey ? null : "ADZUNA_APP_ID and ADZUNA_APP_KEY are not set"),
  async *pages(ctx) {
    const { apiUrl, appId, appKey, country, dailyQuota, monthlyQuota } = ctx.config.adzuna;
    const maxDaysOld = ctx.since ? Math.max(1, Math.ceil((ctx.now.getTime() - ctx.since.getTime()) / 86_400_000)) : undefined;
    for (let page = 1; page <= Math.min(ctx.maxPages, adzuna.maxPages); page++) {
      if (ctx.usage.day + ctx.http.requests >= dailyQuota || ctx.usage.month + ctx.http.requests >= monthlyQuota) {
        yield {
          offers: [],
          errors: [`quota: ${dailyQuota} requests a day / ${monthlyQuota} a month reached, the rest waits`],
          incomplete: true,
        };
        return;
      }
      const query = new URLSearchParams({
        app_id: appId ?? "",
        app_key: appKey ?? "",
        results_per_page: String(PAGE_SIZE),
        category: "it-jobs",
        "content-type": "application/json",
        sort_by: "date",
      });
      if (maxDaysOld) query.set("max_days_old", String(maxDaysOld));
      let body: unknown;
      try {
        ({ body } = await ctx.http.getJson(`${apiUrl}/v1/api/jobs/${country}/search/${page}?${query}`));
      } catch (error) {
        yield { offers: [], errors: [pageError(error).replace(/app_key=[^&\s]+/g, "app_key=***")], incomplete: true };
        continue;
      }
      const answer = Answer.safeParse(body);
      if (!answer.success) {
        yield { offers: [], errors: [`page ${page}: no results list`], incomplete: true };
        continue;
      }
      if (answer.data.results.length === 0) return;
      const result = mapItems(answer.data.results, Result, (job) => {
        const description = capped(htmlToText(job.description), 20_000);
        const contract =
          job.contract_type === "contract"
            ? "freelance"
            : job.contract_type === "permanent"
              ? "permanent"
              : job.contract_time === "part_time"
                ? "part_time"
                : "other";
        const predicted = String(job.salary_is_predicted ?? "0") === "1";
        return {
          source: "adzuna",
          externalId: String(job.id),
          url: job.redirect_url,
          applyUrl: null,
          attribution: adzuna.attribution,
          title: htmlToText(job.title),
          company: job.company?.display_name?.trim() || null,
          description,
          skills: skillsOf(job.title, [], description),
          placeName: job.location?.display_name?.trim() || null,
          countryCode: country.toUpperCase(),
          lat: job.latitude ?? null,
          lng: job.longitude ?? null,
          remote: null,
          contractType: contract,
          // Adzuna's own estimates are not the employer's figure: left out.
          rate: predicted ? null : rateFromNumbers(job.salary_min, job.salary_max, CURRENCY[country] ?? "EUR", "year"),
          postedAt: dateOf(job.created),
          expiresAt: null,
          language: guessLanguage(description),
        };
      });
      yield { ...result, offers: postedSince(result.offers, ctx.since) };
      if (page * PAGE_SIZE >= (answer.data.count ?? 0)) return;
    }
  },
};
