/**
 * P7: 1,000 job-board offers normalised, deduplicated across boards and embedded, end to end:
 * 800 Free-Work postings (16 pages of 50) and 200 Himalayas jobs (10 pages of 20), 150 of which
 * are the same offers as Free-Work ones (same company and description, another title wording),
 * served by the fake boards on loopback, read by the real connectors, written into embedded
 * PGlite with the local embedder. Offers are generated from a seeded random source.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { LocalEmbedder } from "../core/src/ai/local-embedder.ts";
import { loadConfig } from "../core/src/config/index.ts";
import { openDatabase } from "../core/src/db/database.ts";
import { EventBus } from "../core/src/events/bus.ts";
import { syncMissions } from "../core/src/missions/sync.ts";
import { boardsEnv, startFakeJobBoards } from "../core/test/fake-job-boards.ts";

export type MissionsBench = {
  offers: number;
  created: number;
  duplicates: number;
  errors: number;
  seconds: number;
  perSecond: number;
  /** 1-minute load average when the run ended: the figure is only comparable on a quiet machine. */
  load: number;
};

const ROLES = ["Développeur", "Ingénieur", "Consultant", "Architecte", "Lead", "Expert", "Chef de projet", "Data engineer"];
const STACKS = [
  "React",
  "Angular",
  "Vue",
  "Node.js",
  "Java",
  "Spring",
  "Python",
  "Django",
  "Go",
  "Rust",
  "PHP",
  "Symfony",
  "Kubernetes",
  "AWS",
  "Azure",
  "SAP",
  "Salesforce",
  "Flutter",
  "Swift",
  "Kotlin",
];
const TOWNS = [
  ["Paris", 48.8566, 2.3522],
  ["Lyon", 45.764, 4.8357],
  ["Nantes", 47.2184, -1.5536],
  ["Lille", 50.6292, 3.0573],
  ["Bordeaux", 44.8378, -0.5792],
  ["Toulouse", 43.6047, 1.4442],
] as const;
const WORDS =
  "plateforme client équipe produit migration refonte performance sécurité données tests déploiement supervision API microservices paiement réservation logistique santé énergie assurance banque retail mobilité industrie agriculture éducation".split(
    " ",
  );

function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function benchMissions(): Promise<MissionsBench> {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const postings = Array.from({ length: 800 }, (_, i) => {
    const [town, lat, lng] = pick(TOWNS);
    const stack = pick(STACKS);
    const sentences = Array.from({ length: 5 }, () => Array.from({ length: 12 }, () => pick(WORDS)).join(" "));
    return {
      id: 500_000 + i,
      title: `${pick(ROLES)} ${stack}`,
      slug: `mission-${i}`,
      description: `<p>Entreprise ${i} recherche un profil ${stack} pour son projet ${i}.</p><p>${sentences.join(". ")}.</p>`,
      company: { name: `Entreprise ${i}` },
      job: { slug: "developpeur" },
      location: { locality: town, countryCode: "FR", latitude: lat, longitude: lng },
      contracts: ["contractor"],
      minDailySalary: 400 + Math.floor(next() * 300),
      maxDailySalary: 700 + Math.floor(next() * 200),
      currency: "EUR",
      remoteMode: pick(["full", "partial", "none"]),
      publishedAt: "2026-11-20T09:00:00+01:00",
      skills: [{ name: stack }],
    };
  });
  const copies = postings.slice(0, 150).map((p) => ({
    guid: `https://himalayas.app/companies/${p.slug}/jobs/${p.id}`,
    title: `${p.title} (freelance)`,
    companyName: p.company.name,
    employmentType: "Contractor",
    description: p.description,
    pubDate: 1795500000,
    locationRestrictions: ["France"],
    categories: [],
    applicationLink: null,
  }));
  const others = Array.from({ length: 50 }, (_, i) => ({
    guid: `https://himalayas.app/companies/remote-${i}/jobs/${i}`,
    title: `Remote ${pick(STACKS)} engineer`,
    companyName: `Remote Company ${i}`,
    employmentType: "Full Time",
    description: `<p>Remote Company ${i} builds ${pick(WORDS)} software.</p><p>${Array.from({ length: 40 }, () => pick(WORDS)).join(" ")}</p>`,
    pubDate: 1795500000,
    locationRestrictions: [],
    categories: [],
  }));
  const jobs = [...copies, ...others];

  const boards = await startFakeJobBoards();
  for (let page = 1; page <= 17; page++) {
    boards.override(
      "/api/job_postings",
      { page: String(page) },
      { "hydra:member": postings.slice((page - 1) * 50, page * 50), "hydra:totalItems": 800 },
    );
  }
  for (let offset = 0; offset <= 200; offset += 20) {
    boards.override("/jobs/api", { offset: String(offset) }, { offset, limit: 20, totalCount: 200, jobs: jobs.slice(offset, offset + 20) });
  }
  const root = mkdtempSync(join(tmpdir(), "relais-bench-missions-"));
  const config = loadConfig({ ...boardsEnv(boards.url), RELAIS_DATA_DIR: join(root, "data"), MISSIONS_SOURCES: "freework,himalayas" });
  const db = await openDatabase(config.database);
  try {
    const ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
    const started = performance.now();
    const summaries = await syncMissions(ctx, config.missions, {
      sources: ["freework", "himalayas"],
      trigger: "cli",
      http: { perSecond: 1000 },
    });
    const seconds = (performance.now() - started) / 1000;
    const sum = (key: "fetched" | "created" | "duplicates" | "errors") => summaries.reduce((total, s) => total + s[key], 0);
    return {
      offers: sum("fetched"),
      created: sum("created"),
      duplicates: sum("duplicates"),
      errors: sum("errors"),
      seconds,
      perSecond: sum("fetched") / seconds,
      load: loadavg()[0] ?? 0,
    };
  } finally {
    await db.close();
    await boards.close();
    rmSync(root, { recursive: true, force: true });
  }
}

export function missionsMarkdown(r: MissionsBench): string {
  return `## P7 — 1,000 job-board offers normalised, deduplicated and embedded

800 Free-Work postings (16 pages of 50) and 200 Himalayas jobs (10 pages of 20), 150 of them the same offers as Free-Work ones under another title, served on loopback and read by the real connectors: normalised, deduplicated across boards (exact keys, title + company + town, MinHash of the descriptions), embedded by the local embedder and written into embedded PGlite, in one \`missions sync\`.

| offers | new missions | merged as duplicates | errors | time (target ≤ 5 s) | offers/s |
|---|---|---|---|---|---|
| ${r.offers} | ${r.created} | ${r.duplicates} | ${r.errors} | ${r.seconds.toFixed(2)} s | ${Math.round(r.perSecond)} |

Load average when the run ended: ${r.load.toFixed(1)}. Most of the time goes into the database writes (each vector's HNSW index insert, the generated full-text column and its GIN index, in single-threaded PGlite); normalising, deduplicating and embedding a page of 50 offers take a few tens of milliseconds.
`;
}
