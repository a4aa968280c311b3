/**
 * France Travail "Offres d'emploi v2": OAuth2 client credentials (the token is cached until it
 * expires), then `GET {FRANCE_TRAVAIL_API_URL}/partenaire/offresdemploi/v2/offres/search`
 * paged by `range` (150 a call, first index at most 3000): 206 with `Content-Range:
 * offres a-b/total` while more remain, 204 when nothing matches. Two passes, `origineOffre=1`
 * (France Travail's own) and `2` (partners', otherwise absent). When a pass holds more than the
 * 3,150 offers paging can reach, it is narrowed by département instead of paging past the cap.
 * 10 requests a second at most. IT offers (domaine M18) are what Relais' members look for.
 * @see https://francetravail.io/data/api/offres-emploi
 */
import { z } from "zod";
import type { MissionsConfig } from "../../config/index.ts";
import type { SourceHttp } from "../http.ts";
import { capped, dateOf, htmlToText, skillsOf } from "../offer.ts";
import { parseRate } from "../rate.ts";
import { type Connector, type ConnectorContext, mapItems, type Page, pageError, remoteFromText } from "./connector.ts";

const PAGE_SIZE = 150;
const MAX_START = 3000;
const PER_SECOND = 10;
const DEPARTEMENTS = [
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, "0")).filter((code) => code !== "20"),
  "2A",
  "2B",
  "971",
  "972",
  "973",
  "974",
  "976",
];

const Offre = z.looseObject({
  id: z.string().min(1),
  intitule: z.string().min(1),
  description: z.string().nullish(),
  dateCreation: z.string().nullish(),
  dateActualisation: z.string().nullish(),
  lieuTravail: z.looseObject({ libelle: z.string().nullish(), latitude: z.number().nullish(), longitude: z.number().nullish() }).nullish(),
  entreprise: z.looseObject({ nom: z.string().nullish() }).nullish(),
  typeContrat: z.string().nullish(),
  salaire: z.looseObject({ libelle: z.string().nullish(), commentaire: z.string().nullish() }).nullish(),
  competences: z.array(z.looseObject({ libelle: z.string().nullish() })).nullish(),
  contact: z.looseObject({ urlPostulation: z.string().nullish() }).nullish(),
  origineOffre: z.looseObject({ urlOrigine: z.string().nullish() }).nullish(),
});
const Answer = z.looseObject({ resultats: z.array(z.unknown()) });
const Token = z.looseObject({ access_token: z.string().min(1), expires_in: z.number().positive() });

const CONTRACTS: Record<string, "freelance" | "permanent" | "fixed_term" | "other"> = {
  CDI: "permanent",
  CDD: "fixed_term",
  MIS: "fixed_term",
  SAI: "fixed_term",
  LIB: "freelance",
  FRA: "freelance",
};

const tokens = new Map<string, { token: string; expiresAt: number }>();

/** A cached client-credentials token, renewed a minute before it expires. */
async function accessToken(http: SourceHttp, config: MissionsConfig["francetravail"], now: number): Promise<string> {
  const key = `${config.tokenUrl}\u0000${config.clientId}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt > now + 60_000) return cached.token;
  const { body } = await http.getJson(config.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: config.clientId ?? "",
      client_secret: config.clientSecret ?? "",
      scope: "api_offresdemploiv2 o2dsoffre",
    }).toString(),
    perSecond: PER_SECOND,
  });
  const token = Token.parse(body);
  tokens.set(key, { token: token.access_token, expiresAt: now + token.expires_in * 1000 });
  return token.access_token;
}

/** "offres 0-149/3456" → 3456. */
export function contentRangeTotal(header: string | null): number | undefined {
  const match = header?.match(/\/(\d+)\s*$/);
  return match ? Number(match[1]) : undefined;
}

function toOffer(offre: z.infer<typeof Offre>) {
  const description = capped(htmlToText(offre.description), 20_000);
  const url = `https://candidat.francetravail.fr/offres/recherche/detail/${encodeURIComponent(offre.id)}`;
  const apply = offre.contact?.urlPostulation ?? offre.origineOffre?.urlOrigine ?? null;
  return {
    source: "francetravail" as const,
    externalId: offre.id,
    url,
    applyUrl: apply && /^https?:\/\//.test(apply) && !apply.includes("francetravail.fr") ? apply : null,
    attribution: francetravail.attribution,
    title: offre.intitule.trim(),
    company: offre.entreprise?.nom?.trim() || null,
    description,
    skills: skillsOf(
      offre.intitule,
      (offre.competences ?? []).map((c) => c.libelle ?? ""),
      description,
    ),
    placeName: offre.lieuTravail?.libelle?.trim() || null,
    countryCode: "FR",
    lat: offre.lieuTravail?.latitude ?? null,
    lng: offre.lieuTravail?.longitude ?? null,
    remote: remoteFromText(description),
    contractType: CONTRACTS[offre.typeContrat ?? ""] ?? "other",
    rate: parseRate(offre.salaire?.libelle) ?? parseRate(offre.salaire?.commentaire),
    postedAt: dateOf(offre.dateCreation),
    expiresAt: null,
    language: "fr" as const,
  };
}

async function* pass(
  ctx: ConnectorContext,
  origine: "1" | "2",
  budget: { pages: number },
  departement?: string,
): AsyncGenerator<Page & { total?: number }> {
  const config = ctx.config.francetravail;
  for (let start = 0; start <= MAX_START && budget.pages > 0; start += PAGE_SIZE) {
    budget.pages--;
    const query = new URLSearchParams({ range: `${start}-${start + PAGE_SIZE - 1}`, origineOffre: origine, domaine: "M18" });
    if (departement) query.set("departement", departement);
    if (ctx.since) {
      // Both bounds are required together.
      query.set("minCreationDate", `${ctx.since.toISOString().slice(0, 19)}Z`);
      query.set("maxCreationDate", `${ctx.now.toISOString().slice(0, 19)}Z`);
    }
    let response: Awaited<ReturnType<SourceHttp["getJson"]>>;
    try {
      const token = await accessToken(ctx.http, config, ctx.now.getTime());
      response = await ctx.http.getJson(`${config.apiUrl}/partenaire/offresdemploi/v2/offres/search?${query}`, {
        headers: { authorization: `Bearer ${token}` },
        perSecond: PER_SECOND,
      });
    } catch (error) {
      yield { offers: [], errors: [pageError(error)], incomplete: true };
      continue;
    }
    if (response.status === 204 || response.body === null) return;
    const answer = Answer.safeParse(response.body);
    if (!answer.success) {
      yield { offers: [], errors: [`range ${start}: no resultats list`], incomplete: true };
      continue;
    }
    const total = contentRangeTotal(response.headers.get("content-range"));
    yield { ...mapItems(answer.data.resultats, Offre, toOffer), ...(total !== undefined ? { total } : {}) };
    // 200 (not 206): this was the last part.
    if (response.status === 200 || total === undefined || start + PAGE_SIZE >= total) return;
  }
}

export const francetravail: Connector = {
  name: "francetravail",
  attribution: "Source: France Travail (francetravail.fr)",
  termsUrl: "https://francetravail.io/data/api/offres-emploi",
  everyMinutes: 60,
  maxPages: 150,
  missing: (config) =>
    config.francetravail.clientId && config.francetravail.clientSecret
      ? null
      : "FRANCE_TRAVAIL_CLIENT_ID and FRANCE_TRAVAIL_CLIENT_SECRET are not set",
  async *pages(ctx) {
    const budget = { pages: Math.min(ctx.maxPages, francetravail.maxPages) };
    for (const origine of ["1", "2"] as const) {
      let tooMany = false;
      for await (const page of pass(ctx, origine, budget)) {
        yield page;
        if (page.total !== undefined && page.total > MAX_START + PAGE_SIZE) {
          tooMany = true;
          break;
        }
      }
      if (!tooMany) continue;
      // More than paging can reach: the same pass one département at a time.
      for (const departement of DEPARTEMENTS) {
        if (budget.pages <= 0) {
          yield { offers: [], errors: [`origineOffre=${origine}: page budget spent before every département was read`], incomplete: true };
          break;
        }
        yield* pass(ctx, origine, budget, departement);
      }
    }
  },
};
