/**
 * LLM answers streamed into Discord: one message, posted with the first words in reply to the
 * member and edited at most once a second, then replaced by the finished reply (components).
 * Real discord.js on the fake gateway, the LLM engine against a local fake of OpenAI's API.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../../api/test/fake-openai.ts";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type DiscordMessage, fallbackText } from "../src/render.ts";
import { APPLICATION_ID, gatewayMessage, type Member, TEST_PUBLIC_KEY } from "./discord-requests.ts";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.ts";

let fake: FakeDiscord;
let openai: FakeOpenAI;
let t: TestApi;

const ANSWER =
  "Bonjour Léa ! Je peux publier vos annonces, chercher ce qui vous intéresse près de chez vous, vous montrer les échanges possibles et vos messages. Que voulez-vous faire ?";
const LEA: Member = { id: "1120000000000000061", username: "lea", globalName: "Léa", locale: "fr" };
const DM = "1130000000000000061";

beforeAll(async () => {
  fake = await startFakeDiscord();
  openai = await startFakeOpenAI();
  t = await startTestApi({
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_PUBLIC_KEY: TEST_PUBLIC_KEY,
    DISCORD_TOKEN: "stream-bot-token",
    DISCORD_API_URL: fake.apiUrl,
    OPENAI_API_KEY: "sk-test",
    OPENAI_BASE_URL: `${openai.url}/v1`,
    OPENAI_MAX_RETRIES: "0",
    RELAIS_EMBEDDER: "local",
  });
  await fake.gatewayReady();
});

afterAll(async () => {
  await t?.close();
  await openai?.close();
  await fake?.close();
});

it("streams an LLM answer into one message edited at most once a second, then the finished reply replaces it", async () => {
  openai.script({ content: ANSWER });
  const dm = gatewayMessage("salut, tu fais quoi ?", LEA, { dm: true, channel: DM });
  fake.dispatch("MESSAGE_CREATE", dm.data);
  const first = await fake.waitFor(/^POST \/channels\/\d+\/messages$/, (call) => call.route === `/channels/${DM}/messages`);
  expect(ANSWER.startsWith(String(first.body.content))).toBe(true);
  expect(first.body.message_reference).toMatchObject({ message_id: dm.id });
  const id = String(first.result?.id);
  const final = await fake.waitFor(new RegExp(`^PATCH /channels/${DM}/messages/${id}$`), (call) => call.body.flags === 1 << 15);
  // The streamed text is cleared (content ""), the components carry the answer.
  const { content, ...drawn } = final.body;
  expect(content).toBe("");
  expect(fallbackText(drawn as unknown as DiscordMessage)).toContain("Que voulez-vous faire ?");
  await t.channels.discord?.idle();
  const edits = fake.callsTo(new RegExp(`^PATCH /channels/${DM}/messages/${id}$`)).filter((call) => call !== final);
  for (const [i, edit] of edits.entries()) expect(edit.at - (i === 0 ? first.at : (edits[i - 1]?.at ?? 0))).toBeGreaterThanOrEqual(990);
  // One message: nothing else posted in that DM, and no outbox copy of the answer.
  expect(fake.callsTo(/^POST \/channels\/\d+\/messages$/).filter((call) => call.route === `/channels/${DM}/messages`)).toHaveLength(1);
});
