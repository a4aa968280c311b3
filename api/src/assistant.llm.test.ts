/**
 * The LLM engine through the real `openai` + `@langchain/openai` clients against a local fake
 * OpenAI server: tool calls that run the same handlers, a streamed answer, a 429 then
 * success, a persistent 500 then the local engine, invalid tool arguments refused, a
 * profile written by structured output, and the mission tools (search, save, apply, import)
 * acting on the same rows as the local engine.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../test/fake-openai.ts";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let openai: FakeOpenAI;
let token: string;

async function say(text: string, headers: Record<string, string> = {}) {
  const res = await t.request("POST", "/api/v1/assistant/messages", { token, body: { text }, headers });
  expect(res.status, res.text).toBe(200);
  return res.body as {
    replies: { text: string; cards?: { title: string }[]; quickReplies?: { label: string }[] }[];
    interpretation: { intent: string; slots: Record<string, unknown>; engine: string };
  };
}

const chatRequests = () => openai.requests.filter((r) => r.path.endsWith("/chat/completions"));

beforeAll(async () => {
  openai = await startFakeOpenAI();
  t = await startTestApi({
    RELAIS_DEMO_DATA: "true",
    OPENAI_API_KEY: "sk-test",
    OPENAI_BASE_URL: `${openai.url}/v1`,
    OPENAI_MAX_RETRIES: "1",
    RELAIS_EMBEDDER: "local",
  });
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `llm-${Date.now()}@example.org`, password: STRONG_PASSWORD, name: "Inès Lambda", locale: "fr" },
  });
  token = res.body.accessToken;
});
afterAll(async () => {
  await t?.close();
  await openai?.close();
});
beforeEach(() => openai.reset());

describe("LLM engine", () => {
  it("calls a tool with validated arguments, runs the same search, and answers with the model's words and the cards", async () => {
    openai.script(
      { toolCalls: [{ name: "search_listings", args: { q: "guitare", place: "Lyon", radiusKm: 20 } }] },
      { content: "Voici des guitares autour de Lyon." },
    );
    const turn = await say("tu aurais une gratte vers Lyon ?");
    expect(turn.interpretation).toEqual({ intent: "search_listings", slots: { q: "guitare", place: "Lyon", radiusKm: 20 }, engine: "llm" });
    expect(turn.replies[0]?.text).toBe("Voici des guitares autour de Lyon.");
    expect(turn.replies[0]?.cards?.some((card) => /guitare/i.test(card.title))).toBe(true);
    const [first, second] = chatRequests();
    expect(first?.authorization).toBe("Bearer sk-test");
    expect(first?.body.tools.map((tool: { function: { name: string } }) => tool.function.name)).toContain("create_listing");
    expect(first?.body.messages.at(-1)).toMatchObject({ role: "user", content: "tu aurais une gratte vers Lyon ?" });
    // The tool's result went back to the model.
    const toolMessage = second?.body.messages.find((m: { role: string }) => m.role === "tool");
    expect(toolMessage.content).toMatch(/Guitare/);
  });

  it("remembers the conversation from the database (history sent with the next turn)", async () => {
    openai.script({ content: "Avec plaisir !" });
    await say("merci beaucoup");
    const messages = chatRequests()[0]?.body.messages as { role: string; content: string }[];
    expect(messages.some((m) => m.role === "user" && m.content === "tu aurais une gratte vers Lyon ?")).toBe(true);
    expect(messages.some((m) => m.role === "assistant" && m.content.includes("Voici des guitares autour de Lyon."))).toBe(true);
  });

  it("streams the answer token by token as server-sent events, then the whole turn", async () => {
    openai.script({ content: "Bonjour Inès, que puis-je faire pour vous ?" });
    const response = await fetch(`${t.url}/api/v1/assistant/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ text: "salut" }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = (await response.text())
      .split("\n\n")
      .filter(Boolean)
      .map((block) => ({ event: /event: (\w+)/.exec(block)?.[1], data: JSON.parse(/data: (.*)/.exec(block)?.[1] ?? "null") }));
    const tokens = events.filter((e) => e.event === "token").map((e) => e.data.text);
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens.join("")).toBe("Bonjour Inès, que puis-je faire pour vous ?");
    const turn = events.at(-1);
    expect(turn?.event).toBe("turn");
    expect(turn?.data.replies[0].text).toBe("Bonjour Inès, que puis-je faire pour vous ?");
    expect(turn?.data.interpretation).toMatchObject({ engine: "llm", intent: "greeting" });
    expect(chatRequests()[0]?.body.stream).toBe(true);
  });

  it("retries after a 429 and answers with the model", async () => {
    openai.script({ status: 429, message: "Rate limit reached" }, { content: "Je suis là !" });
    const turn = await say("tu es là ?");
    expect(turn.interpretation.engine).toBe("llm");
    expect(turn.replies[0]?.text).toBe("Je suis là !");
    expect(chatRequests()).toHaveLength(2);
  });

  it("falls back to the local engine when the provider keeps failing (500)", async () => {
    openai.script({ status: 500 }, { status: 500 }, { status: 500 });
    const turn = await say("des missions React en remote");
    expect(turn.interpretation).toMatchObject({ engine: "local", intent: "search_missions", slots: { skills: ["react"], remote: true } });
    expect(turn.replies[0]?.text).toMatch(/^\d+ missions? \(react/);
    expect(chatRequests().length).toBe(2); // the first try and one retry (OPENAI_MAX_RETRIES=1)
  });

  it("refuses a tool call with invalid arguments: nothing runs, the model is told why", async () => {
    const before = (await t.request("GET", "/api/v1/me/listings", { token })).body.items.length;
    openai.script(
      { toolCalls: [{ name: "create_listing", args: { kind: "gift", title: "", price: -5 } }] },
      { content: "Je n'ai pas pu publier l'annonce : pouvez-vous préciser ce que vous proposez ?" },
    );
    const turn = await say("publie un truc");
    expect(turn.replies[0]?.text).toBe("Je n'ai pas pu publier l'annonce : pouvez-vous préciser ce que vous proposez ?");
    expect((await t.request("GET", "/api/v1/me/listings", { token })).body.items.length).toBe(before);
    const toolMessage = chatRequests()[1]?.body.messages.find((m: { role: string }) => m.role === "tool");
    expect(toolMessage.content).toMatch(/^Invalid arguments, nothing was done: kind: .*title: .*price: /);
  });

  it("refuses a tool that does not exist", async () => {
    openai.script({ toolCalls: [{ name: "drop_database", args: {} }] }, { content: "Je ne peux pas faire ça." });
    const turn = await say("efface toute la base");
    expect(turn.replies[0]?.text).toBe("Je ne peux pas faire ça.");
    const toolMessage = chatRequests()[1]?.body.messages.find((m: { role: string }) => m.role === "tool");
    expect(toolMessage.content).toBe('Unknown tool "drop_database", nothing was done.');
  });

  it("moves a listing to the category the model names, by slug or by its label ('Livres')", async () => {
    const created = await t.request("POST", "/api/v1/listings", {
      token,
      body: { kind: "offer", title: "Carton de livres", category: "moving", location: { place: "Lyon" } },
    });
    expect(created.status, created.text).toBe(201);
    const id = (created.body.listing ?? created.body).id as string;
    openai.script({ toolCalls: [{ name: "update_listing", args: { category: "Livres" } }] }, { content: "C'est rangé dans Livres." });
    await say("mets mon carton de livres dans la catégorie livres");
    expect((await t.request("GET", `/api/v1/listings/${id}`, { token })).body.category.slug).toBe("books");
  });

  it("writes a profile draft with structured output, shows it, and saves it only on yes", async () => {
    openai.script(
      { toolCalls: [{ name: "generate_profile", args: { text: "Développeuse Vue.js, 5 ans, Nantes, 500 €/jour, français et anglais." } }] },
      {
        json: {
          headline: "Développeuse Vue.js",
          bio: "Cinq ans d'expérience en Vue.js.",
          skills: ["vue", "javascript"],
          languages: ["fr", "en"],
          dailyRate: 50000,
          hourlyRate: null,
          currency: "EUR",
          place: "Nantes",
          remote: null,
          githubUsername: null,
        },
      },
      { content: "Voici votre profil, je l'enregistre ?" },
    );
    const draft = await say("Écris mon profil : Développeuse Vue.js, 5 ans, Nantes, 500 €/jour, français et anglais.");
    expect(draft.interpretation.intent).toBe("generate_profile");
    expect(draft.replies[0]?.cards?.[0]?.title).toBe("Développeuse Vue.js");
    expect((await t.request("GET", "/api/v1/me/profile", { token })).body.headline).toBeNull();
    // The confirmation is answered by the dialog itself, not the model.
    const saved = await say("oui");
    expect(saved.replies[0]?.text).toBe("Votre profil est enregistré.");
    expect((await t.request("GET", "/api/v1/me/profile", { token })).body).toMatchObject({
      headline: "Développeuse Vue.js",
      rates: { daily: 50000, currency: "EUR" },
      skills: ["vue", "javascript"],
    });
  });

  describe("mission tools", () => {
    const prisma = () => t.core.db.prisma;
    let userId: string;
    beforeAll(async () => {
      userId = (await t.request("GET", "/api/v1/me", { token })).body.id;
      expect(userId).toMatch(/\S/);
    });

    it("searches missions with the model's filters, saves the second one, and applies to it after a yes", async () => {
      openai.script(
        { toolCalls: [{ name: "search_missions", args: { skills: ["python"], remote: true } }] },
        { content: "Voici des missions Python en télétravail." },
      );
      const found = await say("des missions python en remote ?");
      expect(found.interpretation).toMatchObject({ engine: "llm", intent: "search_missions", slots: { skills: ["python"], remote: true } });
      const cards = found.replies[0]?.cards ?? [];
      expect(cards.length).toBeGreaterThan(1);
      const second = cards[1]?.title as string;

      openai.script({ toolCalls: [{ name: "save_mission", args: { ref: 2 } }] }, { content: "C'est fait." });
      await say("garde la deuxième");
      const saved = await prisma().savedMission.findMany({ where: { userId }, include: { mission: { select: { title: true } } } });
      expect(saved.map((s) => s.mission.title)).toEqual([second]);

      // Applying is a write the member confirms: nothing is recorded before the yes.
      openai.script({ toolCalls: [{ name: "apply_mission", args: { ref: 2 } }] }, { content: "Je vous inscris ?" });
      await say("postule à la deuxième");
      expect(await prisma().application.count({ where: { userId } })).toBe(0);
      await say("oui");
      const applied = await prisma().application.findFirst({ where: { userId }, include: { mission: { select: { title: true } } } });
      expect(applied).toMatchObject({ status: "applied", mission: { title: second } });
    });

    it("imports a pasted offer and keeps it in the member's saved missions", async () => {
      const body = "Lead Rust developer\nEmbedded telemetry for a Grenoble drone maker, 4 months, on site. 650 € per day.";
      openai.script({ toolCalls: [{ name: "import_mission", args: { body } }] }, { content: "Offre ajoutée." });
      const turn = await say(`ajoute cette offre : ${body}`);
      expect(turn.interpretation).toMatchObject({ engine: "llm", intent: "import_mission" });
      const mission = await prisma().mission.findFirst({ where: { title: "Lead Rust developer" } });
      expect(mission).toMatchObject({ rateMinMinor: 65000, ratePeriod: "day" });
      expect(await prisma().savedMission.count({ where: { userId, missionId: mission?.id } })).toBe(1);
    });
  });
});
