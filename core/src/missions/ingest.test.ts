/**
 * Offers into missions on a real embedded Postgres: upsert by source + external id, an updated
 * offer changed in place, the same offer from a second board merged into one mission that lists
 * both links and keeps the richest fields, and offers that disappeared expiring.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { EventBus } from "../events/bus.ts";
import type { MarketContext } from "../listings/context.ts";
import { expireMissing, ingestOffers, loadDedupeIndex } from "./ingest.ts";
import type { Offer } from "./offer.ts";

let db: Database;
let dataDir: string;
let ctx: MarketContext;
beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
});
afterAll(async () => {
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

const AIRFLOW =
  "Nous recherchons un data engineer freelance pour industrialiser nos pipelines Airflow sur GCP. " +
  "Vous reprendrez les DAG existants, mettrez en place les tests et la supervision, et accompagnerez " +
  "l'équipe data dans la migration de BigQuery. Mission de 6 mois renouvelable, deux jours sur site à Lyon.";

function offer(overrides: Partial<Offer>): Offer {
  return {
    source: "freework",
    externalId: "fw-1",
    url: "https://www.free-work.com/fr/tech-it/data-engineer/job-mission/data-engineer-airflow-fw-1",
    applyUrl: null,
    attribution: "Free-Work",
    title: "Data Engineer Airflow (H/F)",
    company: "Nimbus Data",
    description: AIRFLOW,
    skills: ["python", "gcp"],
    placeName: "Lyon",
    countryCode: "FR",
    lat: 45.76,
    lng: 4.84,
    remote: "partial",
    contractType: "freelance",
    rate: null,
    postedAt: new Date("2026-11-20T08:00:00Z"),
    expiresAt: null,
    language: "fr",
    ...overrides,
  };
}

describe("ingestOffers", () => {
  it("creates, then leaves an identical offer alone, then updates a changed one in place", async () => {
    const index = await loadDedupeIndex(ctx);
    const first = await ingestOffers(ctx, index, [offer({ externalId: "fw-up", title: "Data Engineer Airflow senior" })]);
    expect(first).toMatchObject({ created: 1, updated: 0, duplicates: 0 });
    const id = first.createdIds[0] as string;
    const again = await ingestOffers(ctx, index, [offer({ externalId: "fw-up", title: "Data Engineer Airflow senior" })]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const changed = await ingestOffers(ctx, index, [
      offer({
        externalId: "fw-up",
        title: "Data Engineer Airflow senior",
        rate: { min: 60000, max: 65000, currency: "EUR", period: "day" },
      }),
    ]);
    expect(changed).toMatchObject({ created: 0, updated: 1 });
    const row = await db.prisma.mission.findUniqueOrThrow({ where: { id } });
    expect([row.rateMinMinor, row.rateMaxMinor, row.currency, row.ratePeriod]).toEqual([60000, 65000, "EUR", "day"]);
    expect(await db.prisma.mission.count({ where: { source: "freework", externalId: "fw-up" } })).toBe(1);
    const [vector] = await db.prisma.$queryRawUnsafe<{ model: string | null }[]>(
      `SELECT "embeddingModel" AS model FROM "Mission" WHERE id = $1`,
      id,
    );
    expect(vector?.model).toBe(ctx.embedder.model);
  });

  it("merges the same offer from a second board into one mission with both links and the richest fields", async () => {
    const index = await loadDedupeIndex(ctx);
    const fw = await ingestOffers(ctx, index, [
      offer({ externalId: "fw-dup", rate: { min: 55000, max: 65000, currency: "EUR", period: "day" } }),
    ]);
    const missionId = fw.createdIds[0] as string;
    // France Travail's copy: no rate, another URL, the description cut and re-wrapped.
    const ft = await ingestOffers(ctx, index, [
      offer({
        source: "francetravail",
        externalId: "190XKQP",
        url: "https://candidat.francetravail.fr/offres/recherche/detail/190XKQP",
        attribution: "France Travail",
        title: "Data engineer Airflow H/F",
        company: "NIMBUS DATA",
        placeName: "69 - Lyon 3e",
        description: `${AIRFLOW} Poste à pourvoir rapidement.`,
        rate: null,
        contractType: "other",
        postedAt: new Date("2026-11-21T10:00:00Z"),
      }),
    ]);
    expect(ft).toMatchObject({ created: 0, duplicates: 1 });
    const mission = await db.prisma.mission.findUniqueOrThrow({ where: { id: missionId }, include: { sources: true } });
    expect(mission.sources.map((s) => [s.source, s.url]).sort()).toEqual([
      ["francetravail", "https://candidat.francetravail.fr/offres/recherche/detail/190XKQP"],
      ["freework", "https://www.free-work.com/fr/tech-it/data-engineer/job-mission/data-engineer-airflow-fw-1"],
    ]);
    expect([mission.rateMinMinor, mission.rateMaxMinor, mission.ratePeriod]).toEqual([55000, 65000, "day"]);
    expect(mission.contractType).toBe("freelance");
    expect(mission.description).toContain("Poste à pourvoir rapidement.");
  });

  it("never merges two offers of the same board, even when they look alike", async () => {
    const index = await loadDedupeIndex(ctx);
    const result = await ingestOffers(ctx, index, [
      offer({ source: "remotive", externalId: "r-1", url: "https://remotive.com/remote-jobs/data/a-1", company: "Orbit" }),
      offer({ source: "remotive", externalId: "r-2", url: "https://remotive.com/remote-jobs/data/a-2", company: "Orbit" }),
    ]);
    expect(result.created).toBe(2);
  });

  it("expires the offers a complete run no longer lists, and reopens one that comes back", async () => {
    const index = await loadDedupeIndex(ctx);
    const made = await ingestOffers(ctx, index, [
      offer({ source: "arbeitnow", externalId: "a-keep", url: "https://www.arbeitnow.com/jobs/a-keep", company: "Keep GmbH" }),
      offer({
        source: "arbeitnow",
        externalId: "a-gone",
        url: "https://www.arbeitnow.com/jobs/a-gone",
        company: "Gone GmbH",
        title: "Go developer",
      }),
    ]);
    const [keep, gone] = made.createdIds as [string, string];
    expect(await expireMissing(ctx, "arbeitnow", new Set(["a-keep"]))).toBe(1);
    expect((await db.prisma.mission.findUniqueOrThrow({ where: { id: gone } })).status).toBe("closed");
    expect((await db.prisma.mission.findUniqueOrThrow({ where: { id: keep } })).status).toBe("open");
    const back = await ingestOffers(ctx, await loadDedupeIndex(ctx), [
      offer({
        source: "arbeitnow",
        externalId: "a-gone",
        url: "https://www.arbeitnow.com/jobs/a-gone",
        company: "Gone GmbH",
        title: "Go developer",
      }),
    ]);
    expect(back.updated).toBe(1);
    const reopened = await db.prisma.mission.findUniqueOrThrow({ where: { id: gone } });
    expect([reopened.status, reopened.expiredAt]).toEqual(["open", null]);
  });
});
