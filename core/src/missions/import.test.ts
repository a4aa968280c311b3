/**
 * Import from a URL or pasted text, against pages recorded in three boards' JSON-LD shapes
 * (fields as text, object or list; @graph; a list of blocks) served on loopback, the Open Graph
 * fallback, robots.txt, a bot-challenge page, and a non-public address.
 */
import { once } from "node:events";
import { readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig, type MissionsConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { Invalid } from "../errors/domain.ts";
import { EventBus } from "../events/bus.ts";
import type { MarketContext } from "../listings/context.ts";
import { importMission, readOfferAt } from "./import.ts";

const PAGES = join(import.meta.dirname, "import-pages");
let server: Server;
let base: string;
let db: Database;
let dataDir: string;
let ctx: MarketContext;
let config: MissionsConfig;
const served: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    served.push(req.url ?? "");
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/robots.txt")
      return res
        .writeHead(200, { "content-type": "text/plain" })
        .end("User-agent: *\nDisallow: /private/\n\nUser-agent: RelaisBot\nDisallow: /private/\nAllow: /\n");
    if (path === "/challenge") return res.writeHead(202, { "content-type": "text/html" }).end(readFileSync(join(PAGES, "challenge.html")));
    if (path === "/cloudflare") return res.writeHead(403, { "content-type": "text/html" }).end(readFileSync(join(PAGES, "challenge.html")));
    const file = {
      "/wttj/airflow": "wttj-style.html",
      "/indeed/viewjob": "indeed-style.html",
      "/malt/mission": "malt-style.html",
      "/careers/node": "opengraph-only.html",
      "/private/offer": "wttj-style.html",
    }[path];
    if (!file) return res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(join(PAGES, file)));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dataDir = copyTemplateDataDir();
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
  config = loadConfig({ RELAIS_DATA_DIR: dataDir, MISSIONS_HTTP_TIMEOUT_MS: "3000" }).missions;
});
afterAll(async () => {
  server?.close();
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

// The loopback test server is not a public address: these tests lift that guard.
const LOCAL = { publicOnly: false };

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Invalid);
  return error as Invalid;
}

describe("import from a URL", () => {
  it("parses three boards' JobPosting shapes to the same fields", async () => {
    const offers = await Promise.all(
      ["/wttj/airflow", "/indeed/viewjob", "/malt/mission"].map((path) => readOfferAt(config, `${base}${path}`, LOCAL)),
    );
    const fields = offers.map((o) => ({
      title: o.title,
      company: o.company,
      placeName: o.placeName,
      contractType: o.contractType,
      rate: o.rate,
      description: o.description.replace(/^• /gm, "").replace(/\s+/g, " "),
      skills: o.skills,
      postedDay: o.postedAt?.toISOString().slice(0, 10),
    }));
    expect(fields[0]).toEqual({
      title: "Data Engineer Airflow",
      company: "Nimbus Data",
      placeName: "Lyon",
      contractType: "freelance",
      rate: { min: 55000, max: 65000, currency: "EUR", period: "day" },
      description:
        "Nimbus Data industrialise ses pipelines de données et cherche un data engineer pour reprendre une trentaine de DAG Airflow. Vous mettrez en place les tests et la supervision sur GCP.",
      skills: ["data engineering", "airflow", "testing", "gcp"],
      postedDay: "2026-11-20",
    });
    expect(fields[1]).toEqual(fields[0]);
    expect(fields[2]).toEqual(fields[0]);
    expect(offers[0]?.expiresAt?.toISOString().slice(0, 10)).toBe("2027-01-19");
    expect(offers[1]).toMatchObject({ lat: 45.764, lng: 4.8357 });
  });

  it("falls back to Open Graph and the page's readable text", async () => {
    const offer = await readOfferAt(config, `${base}/careers/node`, LOCAL);
    expect(offer).toMatchObject({
      title: "Node.js Backend Developer at Saltmarsh",
      remote: "full",
      rate: { min: 9500000, max: 11500000, currency: "USD", period: "year" },
    });
    expect(offer.description).toContain("catalogue sync");
    expect(offer.description).not.toContain("Home · Jobs");
  });

  it("honours robots.txt and refuses a bot-challenge page without retrying it", async () => {
    expect((await refusal(readOfferAt(config, `${base}/private/offer`, LOCAL))).code).toBe("import_robots_disallowed");
    served.length = 0;
    expect((await refusal(readOfferAt(config, `${base}/challenge`, LOCAL))).code).toBe("import_blocked");
    expect(served.filter((url) => url === "/challenge")).toHaveLength(1);
    expect((await refusal(readOfferAt(config, `${base}/cloudflare`, LOCAL))).code).toBe("import_blocked");
  });

  it("never reads a non-public address for a member", async () => {
    const error = await refusal(readOfferAt(config, `${base}/wttj/airflow`, { publicOnly: true }));
    expect(error.fields[0]).toMatchObject({ field: "url", code: "import_private_address" });
  });

  it("stores the import as a mission, and a second board's page of the same offer merges into it", async () => {
    const first = await importMission(ctx, config, undefined, { url: `${base}/wttj/airflow` }, LOCAL);
    expect(first.outcome).toBe("created");
    const second = await importMission(ctx, config, undefined, { url: `${base}/indeed/viewjob` }, LOCAL);
    expect(second.outcome).toBe("merged");
    expect(second.mission.id).toBe(first.mission.id);
    expect(second.mission.sources.map((s) => s.url)).toEqual([`${base}/wttj/airflow`, `${base}/indeed/viewjob`]);
  });

  it("imports pasted text", async () => {
    const result = await importMission(
      ctx,
      config,
      undefined,
      { text: "Développeur Symfony freelance\nMission de 4 mois à Nantes pour faire évoluer un cœur PHP Symfony 6. TJM 480 €." },
      LOCAL,
    );
    expect(result.mission).toMatchObject({
      title: "Développeur Symfony freelance",
      contractType: "freelance",
      rate: { min: 48000, max: 48000, currency: "EUR", period: "day" },
    });
    expect(result.mission.skills).toEqual(expect.arrayContaining(["symfony", "php"]));
  });

  it("an offer saying its hire will excel is no Excel mission; one asking for Excel is", async () => {
    const { mission } = await importMission(
      ctx,
      config,
      undefined,
      {
        text: "Freelance React developer\nA 3-month remote mission on our booking app. You will excel in a small team, and we want someone who can excel under deadlines. React and TypeScript.",
      },
      LOCAL,
    );
    expect(mission.skills).toEqual(expect.arrayContaining(["react", "typescript"]));
    expect(mission.skills).not.toContain("excel");
    const stored = await ctx.prisma.mission.findUniqueOrThrow({ where: { id: mission.id }, select: { skills: true } });
    expect(stored.skills).not.toContain("excel");
    const reporting = await importMission(
      ctx,
      config,
      undefined,
      { text: "Freelance financial analyst\nA 2-month mission building reports in Excel and VBA for our finance team, remote." },
      LOCAL,
    );
    expect(reporting.mission.skills).toContain("excel");
  });
});
