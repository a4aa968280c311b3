/**
 * How fast a `/relais` command is answered over HTTP interactions, with the LLM engine against a
 * local fake of OpenAI's API: a turn done within 2 s is answered in the HTTP response itself
 * (type 4, nothing through the webhook); a longer one gets "thinking…" (type 5) at about 2 s,
 * then the LLM's words edit that deferred answer through the interaction webhook at most once
 * a second, and the finished reply (components) replaces them.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../../api/test/fake-openai.ts";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type DiscordMessage, fallbackText } from "../src/render.ts";
import { APPLICATION_ID, command, type Member, postSigned, TEST_PUBLIC_KEY } from "./discord-requests.ts";
import { type DiscordCall, type FakeDiscord, startFakeDiscord } from "./fake-discord.ts";

let fake: FakeDiscord;
let openai: FakeOpenAI;
let t: TestApi;

const NOE: Member = { id: "1120000000000000071", username: "noe", globalName: "Noé", locale: "fr" };
const SLOW_ANSWER =
  "Bonjour Noé ! Pour une tente, regardez les annonces de sport et plein air près de chez vous ; je peux aussi publier une demande pour vous si rien ne convient aujourd'hui.";

const answersTo = (token: string) => (call: DiscordCall) => call.route.startsWith(`/webhooks/${APPLICATION_ID}/${token}`);

beforeAll(async () => {
  fake = await startFakeDiscord();
  openai = await startFakeOpenAI();
  t = await startTestApi({
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_PUBLIC_KEY: TEST_PUBLIC_KEY,
    DISCORD_API_URL: fake.apiUrl,
    OPENAI_API_KEY: "sk-test",
    OPENAI_BASE_URL: `${openai.url}/v1`,
    OPENAI_MAX_RETRIES: "0",
    RELAIS_EMBEDDER: "local",
  });
  // The first turn of a process loads the local engine's models (seconds of CPU): done before timing anything.
  openai.script({ content: "Bonjour !" });
  await postSigned(`${t.url}/discord/interactions`, command("ask", { text: "salut" }, NOE, { dm: true, channel: "1130000000000000071" }));
  await t.channels.discord?.idle();
  await vi.waitFor(async () => expect(await t.core.db.prisma.delivery.count({ where: { channel: "discord", status: "pending" } })).toBe(0));
});

afterAll(async () => {
  await t?.close();
  await openai?.close();
  await fake?.close();
});

async function send(request: { rawBody: string }) {
  const started = Date.now();
  const response = await postSigned(`${t.url}/discord/interactions`, request);
  return {
    status: response.status,
    body: (await response.json()) as { type: number; data: Record<string, unknown> },
    ms: Date.now() - started,
  };
}

it("a command done within 2 s is answered in the HTTP response itself, nothing through the webhook", async () => {
  openai.script({ content: "Bonjour Noé ! Que cherchez-vous ?" });
  const request = command("ask", { text: "bonjour" }, NOE, { dm: true, channel: "1130000000000000071" });
  const response = await send(request);
  expect(response.status).toBe(200);
  expect(response.body.type).toBe(4);
  expect(response.body.data.flags).toBe(1 << 15); // Components V2, not ephemeral
  expect(fallbackText(response.body.data as unknown as DiscordMessage)).toContain("Que cherchez-vous ?");
  await t.channels.discord?.idle();
  expect(fake.calls.filter(answersTo((JSON.parse(request.rawBody) as { token: string }).token))).toEqual([]);
  expect(
    await t.core.db.prisma.delivery.count({ where: { channel: "discord", createdAt: { gte: new Date(Date.now() - response.ms - 1000) } } }),
  ).toBe(0);
});

it("a longer one is deferred at about 2 s, then the LLM's words edit the deferred answer at most once a second, and the reply replaces them", async () => {
  openai.script({ content: SLOW_ANSWER, pauseMs: 150 });
  const request = command("ask", { text: "je cherche une tente" }, NOE, { dm: true, channel: "1130000000000000071" });
  const response = await send(request);
  expect(response.body).toEqual({ type: 5, data: {} });
  expect(response.ms).toBeGreaterThanOrEqual(1900);
  expect(response.ms).toBeLessThan(3000);
  const original = (call: DiscordCall) => answersTo(request.token)(call) && call.route.endsWith("/messages/@original");
  const final = await fake.waitFor(/^PATCH \/webhooks\//, (call) => original(call) && call.body.flags === 1 << 15, 20_000);
  expect(final.authorization).toBeUndefined(); // the interaction token is the credential
  // The streamed text is cleared (content ""), the components carry the answer.
  const { content, ...drawn } = final.body;
  expect(content).toBe("");
  expect(fallbackText(drawn as unknown as DiscordMessage)).toContain("si rien ne convient aujourd'hui");
  await t.channels.discord?.idle();
  const edits = fake.calls.filter((call) => call.method === "PATCH" && original(call) && call !== final);
  // Streamed: the words as they came, each edit a longer beginning of the answer, a second apart at least.
  expect(edits.length).toBeGreaterThanOrEqual(2);
  for (const [i, edit] of edits.entries()) {
    expect(SLOW_ANSWER.startsWith(String(edit.body.content))).toBe(true);
    if (i > 0) expect(edit.at - (edits[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(990);
  }
  expect(String(edits.at(-1)?.body.content).length).toBeGreaterThan(String(edits[0]?.body.content).length);
  // Only edits of the one deferred answer: no follow-up message, no outbox copy.
  expect(fake.calls.filter((call) => answersTo(request.token)(call) && call.method === "POST")).toEqual([]);
});
