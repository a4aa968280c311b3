/**
 * Writes a freelance profile draft from free text, a pasted CV or a GitHub username. With an
 * OpenAI key: structured output against the profile schema. Without: a local extractor
 * (skills taxonomy, rates such as "450€/j" or "$80/h", languages, places). The draft is only
 * a proposal: the assistant shows it and saves it when the member confirms.
 */
import { z } from "zod";
import { extractSlots } from "../assistant/nlu/slots.ts";
import { tokenize } from "../assistant/nlu/text.ts";
import { NotFound, Unavailable } from "../errors/domain.ts";
import type { Locale } from "../i18n/messages.ts";
import { resolvePlace } from "../places/gazetteer.ts";
import { findSkills } from "./skills.ts";

export const ProfileDraftSchema = z.object({
  headline: z.string().trim().max(120).nullable().describe("One line: role and speciality, e.g. 'Développeuse React senior'"),
  bio: z.string().trim().max(1500).nullable().describe("Two to four sentences in the member's language"),
  skills: z.array(z.string().trim().min(1).max(40)).max(25).describe("Lower-case skill names"),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/))
    .max(10)
    .describe("ISO-639-1 codes of spoken languages"),
  dailyRate: z.number().int().min(0).max(100_000_00).nullable().describe("Day rate in minor units (cents)"),
  hourlyRate: z.number().int().min(0).max(10_000_00).nullable().describe("Hourly rate in minor units (cents)"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .describe("ISO 4217 code of the rates"),
  place: z.string().trim().max(120).nullable().describe("Town the member is based in"),
  remote: z.boolean().nullable(),
  githubUsername: z.string().max(39).nullable(),
});
export type ProfileDraft = z.infer<typeof ProfileDraftSchema>;

export type ProfileSource = { text?: string; githubUsername?: string };

export type ProfileWriter = {
  readonly engine: "local" | "llm";
  write(source: ProfileSource, locale: Locale): Promise<ProfileDraft>;
};

// ---------------------------------------------------------------------------- GitHub

export type GithubSummary = {
  username: string;
  name: string | null;
  bio: string | null;
  location: string | null;
  text: string;
  languages: string[];
};

/** Public profile, top languages and notable repositories of a GitHub user. */
export async function fetchGithubSummary(username: string, apiUrl: string, fetchImpl: typeof fetch = fetch): Promise<GithubSummary> {
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/.test(username)) throw new NotFound("as_github_not_found", { name: username });
  const base = apiUrl.replace(/\/$/, "");
  const get = async (path: string) => {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        headers: { accept: "application/vnd.github+json", "user-agent": "relais-profile-writer" },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new Unavailable("as_github_unavailable", {}, { cause: error });
    }
    if (response.status === 404) throw new NotFound("as_github_not_found", { name: username });
    if (!response.ok) throw new Unavailable("as_github_unavailable");
    return response.json() as Promise<unknown>;
  };
  const user = z
    .object({
      login: z.string(),
      name: z.string().nullable().optional(),
      bio: z.string().nullable().optional(),
      location: z.string().nullable().optional(),
    })
    .safeParse(await get(`/users/${encodeURIComponent(username)}`));
  if (!user.success) throw new Unavailable("as_github_unavailable");
  const repos = z
    .array(
      z.object({
        name: z.string(),
        description: z.string().nullable().optional(),
        language: z.string().nullable().optional(),
        stargazers_count: z.number().optional(),
        fork: z.boolean().optional(),
      }),
    )
    .safeParse(await get(`/users/${encodeURIComponent(username)}/repos?per_page=100&sort=pushed`));
  const own = (repos.success ? repos.data : []).filter((repo) => !repo.fork);
  const counts = new Map<string, number>();
  for (const repo of own) if (repo.language) counts.set(repo.language, (counts.get(repo.language) ?? 0) + 1);
  const languages = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
  const notable = [...own].sort((a, b) => (b.stargazers_count ?? 0) - (a.stargazers_count ?? 0)).slice(0, 3);
  const text = [
    user.data.bio ?? "",
    languages.length ? `Top languages: ${languages.slice(0, 5).join(", ")}.` : "",
    notable.length
      ? `Notable repositories: ${notable.map((repo) => `${repo.name} (★${repo.stargazers_count ?? 0})${repo.description ? ` — ${repo.description}` : ""}`).join("; ")}.`
      : "",
    user.data.location ? `Based in ${user.data.location}.` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return {
    username: user.data.login,
    name: user.data.name ?? null,
    bio: user.data.bio ?? null,
    location: user.data.location ?? null,
    text,
    languages,
  };
}

// ---------------------------------------------------------------------------- local extractor

const ROLE =
  /(d[ée]veloppeu(?:r|se)|developer|engineer|ing[ée]nieur(?:e)?|designer|consultant(?:e)?|chef(?:fe)? de projet|project manager|product (?:manager|owner|designer)|data (?:scientist|engineer|analyst)|devops|architecte?|graphiste|r[ée]dact(?:eur|rice)|tradu(?:cteur|ctrice)|translator|photographe|photographer|scrum master|analyste?|freelance)/i;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The draft a careful reader would write from the text alone, with no model. */
export function extractProfileLocally(text: string, extra: Partial<ProfileDraft> = {}): ProfileDraft {
  const clean = text.replace(/^\s*(?:voici mon cv|here(?:'s| is) my (?:cv|resume)|mon cv|my cv|cv)\s*[:-]?\s*/i, "").trim();
  const lines = sentences(clean);
  const roleLine = lines.find((line) => ROLE.test(line));
  const headline = roleLine
    ? roleLine
        .split(/[,;(]|\s(?:depuis|since|avec|with|based|basée?|à|in)\s/i)[0]
        ?.replace(/^(?:je suis|i am|i'm|moi c'est)\s+(?:une?|an?)?\s*/i, "")
        .trim()
        // "Camille Martin — Développeuse front-end": the name is not the role.
        .replace(/^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}\s*[—–-]\s+(?=\S)/u, (name) => (ROLE.test(name) ? name : ""))
        .replace(/[.]+$/, "")
        .slice(0, 120) || null
    : null;
  const tokens = tokenize(clean);
  const slots = extractSlots("update_profile", clean, tokens);
  let place: string | null = typeof slots.place === "string" ? slots.place : null;
  if (!place) {
    const based =
      /(?:bas[ée]e?|based|located|install[ée]e?|habite|live)\s+(?:à|a|in|at|sur)\s+([\p{L}' -]{2,40}?)(?=[,.;\n]|$| et | and )/iu.exec(
        clean,
      );
    if (based?.[1]) place = resolvePlace(based[1].trim())?.name ?? null;
  }
  // Languages are read from the sentence that names them ("Langues : français, anglais").
  const languageText = `je parle ${/(?:langues?|languages?|parle|speak)[^.\n]*/i.exec(clean)?.[0] ?? ""}`;
  const languageSlots = extractSlots("update_profile", languageText, tokenize(languageText));
  const bio = lines.slice(0, 4).join(" ").slice(0, 600) || null;
  return {
    headline,
    bio,
    skills: findSkills(clean).slice(0, 25),
    languages: Array.isArray(languageSlots.languages) ? languageSlots.languages : [],
    dailyRate: typeof slots.dailyRate === "number" ? slots.dailyRate : null,
    hourlyRate: typeof slots.hourlyRate === "number" ? slots.hourlyRate : null,
    currency: typeof slots.dailyRate === "number" || typeof slots.hourlyRate === "number" ? String(slots.currency ?? "EUR") : null,
    place,
    remote: slots.remote === true ? true : null,
    githubUsername: null,
    ...extra,
  };
}

export class LocalProfileWriter implements ProfileWriter {
  readonly engine = "local" as const;
  private readonly githubApiUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(githubApiUrl: string, fetchImpl: typeof fetch = fetch) {
    this.githubApiUrl = githubApiUrl;
    this.fetchImpl = fetchImpl;
  }

  githubSummary(username: string): Promise<GithubSummary> {
    return fetchGithubSummary(username, this.githubApiUrl, this.fetchImpl);
  }

  async write(source: ProfileSource): Promise<ProfileDraft> {
    if (source.githubUsername) {
      const github = await this.githubSummary(source.githubUsername);
      const draft = extractProfileLocally(`${github.text}\n${source.text ?? ""}`, { githubUsername: github.username });
      // GitHub names languages its own way: "Go" is the Go language there, not the verb.
      const languageSkills = github.languages.flatMap((language) => (language === "Go" ? ["golang"] : findSkills(language)));
      const skills = [...new Set([...languageSkills, ...draft.skills])];
      const headline = draft.headline ?? (skills.length ? `${skills.slice(0, 3).join(" / ")} developer` : null);
      const place = github.location ? (resolvePlace(github.location.split(",")[0] ?? "")?.name ?? draft.place) : draft.place;
      return { ...draft, headline, skills, place, bio: github.text.slice(0, 600) || draft.bio };
    }
    return extractProfileLocally(source.text ?? "");
  }
}
