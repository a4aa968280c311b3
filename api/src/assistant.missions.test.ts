/**
 * Missions by chat over HTTP, in French and English, on the demo community: an offer brought in
 * from its link (JSON-LD page) or its pasted text and kept in the member's saved missions, a
 * challenge page and a robots.txt refusal that write nothing, "missions pour moi" ranked like
 * GET /me/missions, and applications tracked in the member's words ("j'ai candidaté à la mission
 * Airflow hier", "mark the data gig as interview") with their dates, notes and Undo — asserted on
 * the Application, ApplicationStatusChange, SavedMission and MissionSource rows.
 */
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

const PAGES = join(import.meta.dirname, "../../core/src/missions/import-pages");
let t: TestApi;
let pages: Server;
let base: string;
const token: Record<string, string> = {};
const userId: Record<string, string> = {};

type Turn = {
  replies: {
    text: string;
    cards?: { title: string; fields?: { label: string; value: string }[]; actions?: { id: string; label: string }[] }[];
    quickReplies?: { label: string; action?: string }[];
  }[];
  interpretation: { intent: string };
};

beforeAll(async () => {
  // A careers site on loopback: a JobPosting page, a bot challenge, a path robots.txt keeps for itself.
  pages = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/robots.txt") return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
    if (path === "/challenge") return res.writeHead(202, { "content-type": "text/html" }).end(readFileSync(join(PAGES, "challenge.html")));
    if (path === "/jobs/airflow" || path === "/private/airflow")
      return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(join(PAGES, "wttj-style.html")));
    res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  });
  pages.listen(0, "127.0.0.1");
  await once(pages, "listening");
  base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  // The test pages are on loopback, which members' imports refuse unless this is on.
  t = await startTestApi({ RELAIS_DEMO_DATA: "true", MISSIONS_IMPORT_PRIVATE_ADDRESSES: "true", MISSIONS_HTTP_TIMEOUT_MS: "5000" });
  for (const [name, locale] of [
    ["Léa Missions", "fr"],
    ["Sam Gigs", "en"],
  ] as const) {
    const res = await t.request("POST", "/api/v1/auth/register", {
      body: { email: `${locale}-missions-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale },
    });
    expect(res.status).toBe(201);
    token[name] = res.body.accessToken;
    userId[name] = res.body.user.id;
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
  pages?.close();
});

async function say(who: string, text: string): Promise<Turn> {
  const res = await t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { text } });
  expect(res.status, res.text).toBe(200);
  return res.body as Turn;
}

async function press(who: string, action: string | undefined): Promise<Turn> {
  expect(action).toBeDefined();
  const res = await t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { action } });
  expect(res.status, res.text).toBe(200);
  return res.body as Turn;
}

const allText = (turn: Turn) => turn.replies.map((r) => r.text).join("\n");
const prisma = () => t.core.db.prisma;
const savedTitles = async (who: string) =>
  (await prisma().savedMission.findMany({ where: { userId: userId[who] }, include: { mission: { select: { title: true } } } })).map(
    (s) => s.mission.title,
  );
const application = (who: string, title: string) =>
  prisma().application.findFirst({
    where: { userId: userId[who], mission: { title } },
    include: { history: { orderBy: { createdAt: "asc" } } },
  });
const daysAgo = (date: Date) => Math.round((Date.now() - date.getTime()) / 86_400_000);

describe("missions by chat", () => {
  it("fr: imports an offer from its link, keeps it saved, and Undo takes it out", async () => {
    const turn = await say("Léa Missions", `ajoute cette mission : ${base}/jobs/airflow`);
    expect(turn.interpretation.intent).toBe("import_mission");
    expect(allText(turn)).toContain("Mission ajoutée et sauvegardée : « Data Engineer Airflow »");
    const copy = await prisma().missionSource.findFirst({
      where: { source: "import", url: `${base}/jobs/airflow` },
      include: { mission: true },
    });
    expect(copy?.mission).toMatchObject({ title: "Data Engineer Airflow", company: "Nimbus Data", rateMinMinor: 55000, ratePeriod: "day" });
    expect(await savedTitles("Léa Missions")).toEqual(["Data Engineer Airflow"]);

    const undo = turn.replies[0]?.cards?.[0]?.actions?.find((a) => a.label === "Annuler");
    expect(allText(await press("Léa Missions", undo?.id))).toContain("n'est plus dans vos missions sauvegardées");
    expect(await savedTitles("Léa Missions")).toEqual([]);
    // Said again: the same mission, known already, saved again.
    expect(allText(await say("Léa Missions", `ajoute cette mission ${base}/jobs/airflow`))).toContain("Je connaissais déjà cette offre");
    expect(await prisma().missionSource.count({ where: { source: "import", url: `${base}/jobs/airflow` } })).toBe(1);
    expect(await savedTitles("Léa Missions")).toEqual(["Data Engineer Airflow"]);
  });

  it("en: imports pasted text; a challenge page and a robots.txt refusal write nothing", async () => {
    const pasted =
      "save this gig: Senior Kotlin developer\nAndroid banking app for a Nantes fintech, 6 months, remote-friendly. 600 € per day, start in January.";
    const turn = await say("Sam Gigs", pasted);
    expect(allText(turn)).toContain('Mission added and saved: "Senior Kotlin developer"');
    expect(await savedTitles("Sam Gigs")).toEqual(["Senior Kotlin developer"]);
    const kotlin = await prisma().mission.findFirst({ where: { title: "Senior Kotlin developer" } });
    expect(kotlin).toMatchObject({ rateMinMinor: 60000, ratePeriod: "day", status: "open" });

    const before = await prisma().missionSource.count({ where: { source: "import" } });
    expect(allText(await say("Sam Gigs", `save this job ${base}/challenge`))).toContain(
      "blocks automatic reading: paste the offer's text instead",
    );
    const robots = await say("Sam Gigs", `add this mission: ${base}/private/airflow`);
    expect(allText(robots)).toContain("does not allow robots to read this page");
    expect(await prisma().missionSource.count({ where: { source: "import" } })).toBe(before);
    expect(await savedTitles("Sam Gigs")).toEqual(["Senior Kotlin developer"]);
  });

  it("fr/en: missions for me come from the profile, ranked like GET /me/missions", async () => {
    expect(allText(await say("Sam Gigs", "any missions for me?"))).toContain("Your profile names no skill yet");
    await t.request("PATCH", "/api/v1/me/profile", { token: token["Léa Missions"], body: { skills: ["python", "airflow", "sql"] } });
    const turn = await say("Léa Missions", "des missions pour moi ?");
    expect(turn.interpretation.intent).toBe("search_missions");
    const rest = await t.request("GET", "/api/v1/me/missions?limit=5", {
      token: token["Léa Missions"],
      headers: { "accept-language": "fr" },
    });
    const cards = turn.replies[0]?.cards ?? [];
    expect(cards.map((c) => c.title)).toEqual(rest.body.items.map((i: { mission: { title: string } }) => i.mission.title));
    expect(cards[0]?.fields?.find((f) => f.label === "Pourquoi")?.value).toMatch(/^\d compétences? en commun : /);
    // A search with filters stays a search.
    expect((await say("Léa Missions", "des missions React à Lyon")).replies[0]?.text).not.toContain("d'après votre profil");
  });

  it("fr: 'j'ai candidaté à la mission Airflow hier' records it dated, a note follows, Undo goes back", async () => {
    // Her saved Airflow mission is the one she means (the demo's other Airflow mission is not hers).
    const applied = await say("Léa Missions", "j'ai candidaté à la mission Airflow hier");
    expect(applied.interpretation.intent).toBe("apply_mission");
    expect(allText(applied)).toMatch(/^C'est noté : « Data Engineer Airflow », envoyée \(le \d+(?:er)? \p{L}+\)/u);
    const row = await application("Léa Missions", "Data Engineer Airflow");
    expect(row?.status).toBe("applied");
    expect(daysAgo(row?.createdAt ?? new Date())).toBe(1);
    expect(row?.history.map((h) => h.toStatus)).toEqual(["applied"]);

    const interview = await say("Léa Missions", "j'ai un entretien pour la mission Airflow, note : appel avec Nina jeudi");
    expect(allText(interview)).toContain("avec la note « appel avec Nina jeudi »");
    const moved = await application("Léa Missions", "Data Engineer Airflow");
    expect(moved?.status).toBe("interviewing");
    expect(moved?.history.map((h) => [h.fromStatus, h.toStatus, h.note])).toEqual([
      [null, "applied", null],
      ["applied", "interviewing", "appel avec Nina jeudi"],
    ]);
    // "mes candidatures" shows the step, its date and its note.
    const list = await say("Léa Missions", "mes candidatures");
    const card = list.replies[0]?.cards?.find((c) => c.title === "Data Engineer Airflow") as
      | { subtitle?: string; text?: string }
      | undefined;
    expect(card?.subtitle).toMatch(/^Nimbus Data · entretien · \d+ \S+/);
    expect(card?.text).toBe("appel avec Nina jeudi");
    await press("Léa Missions", interview.replies[0]?.quickReplies?.find((q) => q.label === "Annuler")?.action);
    const back = await application("Léa Missions", "Data Engineer Airflow");
    expect(back?.status).toBe("applied");
    expect(back?.history).toHaveLength(1);
    // Nothing about another member's applications changed, and no notification was queued for her own words.
    expect(await prisma().delivery.count({ where: { userId: userId["Léa Missions"], kind: "application_update" } })).toBe(0);
  });

  it("en: 'mark the data gig as interview' asks which one when several fit, then records the chosen one", async () => {
    const turn = await say("Sam Gigs", "mark the data gig as interview");
    expect(turn.interpretation.intent).toBe("apply_mission");
    expect(turn.replies[0]?.text).toBe("Several missions fit. Which one?");
    const cards = turn.replies[0]?.cards ?? [];
    expect(cards.length).toBeGreaterThan(1);
    expect(await prisma().application.count({ where: { userId: userId["Sam Gigs"] } })).toBe(0);
    const chosen = cards[0];
    await press("Sam Gigs", chosen?.actions?.find((a) => a.label === "This one")?.id);
    const row = await application("Sam Gigs", chosen?.title ?? "");
    expect(row?.status).toBe("interviewing");
    expect(row?.history.map((h) => h.toStatus)).toEqual(["interviewing"]);
  });

  it("a mission found only by searching is shown first (fr); 'I applied … on Monday' to a saved one is dated (en)", async () => {
    // Sam's imported Kotlin mission is no mission of Léa's: found by search, it is a guess she confirms.
    const guess = await say("Léa Missions", "j'ai postulé à la mission Kotlin");
    expect(allText(guess)).toContain("Noter votre candidature pour « Senior Kotlin developer » : envoyée ?");
    expect(await application("Léa Missions", "Senior Kotlin developer")).toBeNull();
    await say("Léa Missions", "oui");
    expect((await application("Léa Missions", "Senior Kotlin developer"))?.status).toBe("applied");

    await say("Sam Gigs", "I applied to the Kotlin mission on Monday");
    const kotlin = await application("Sam Gigs", "Senior Kotlin developer");
    expect(kotlin?.status).toBe("applied");
    const age = daysAgo(kotlin?.createdAt ?? new Date());
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThanOrEqual(7);
    expect(kotlin?.createdAt.getUTCDay()).toBe(1);
    // A date to come is not something that happened: nothing changes.
    expect(allText(await say("Sam Gigs", "mark the Kotlin mission as interview tomorrow"))).toContain("This date is in the future");
    expect((await application("Sam Gigs", "Senior Kotlin developer"))?.status).toBe("applied");
  });
});
