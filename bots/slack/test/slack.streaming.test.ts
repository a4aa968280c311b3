/**
 * LLM answers streamed into Slack as they are written: natively (chat.startStream /
 * appendStream / stopStream), or, where Slack says the method is not there, by posting the
 * first words and updating the message. Real Bolt, real Web API client, the LLM engine against
 * a local fake of OpenAI's API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../../api/test/fake-openai.ts";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { directMessage, postSigned, TEST_SIGNING_SECRET } from "./slack-requests.ts";

let fake: FakeSlack;
let openai: FakeOpenAI;
let t: TestApi;

const ANSWER =
  "Bonjour Zoé ! Je peux publier vos annonces, chercher ce qui vous intéresse près de chez vous, vous montrer les échanges possibles et vos messages. Que voulez-vous faire ?";

type Chunk = { type: string; text?: string };
const chunkText = (chunks: unknown) => ((chunks ?? []) as Chunk[]).map((c) => c.text ?? "").join("");

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.addUser({ id: "U0ZOE", team_id: "T0RELAIS", name: "zoe", real_name: "Zoé Martin", locale: "fr-FR" });
  openai = await startFakeOpenAI();
  t = await startTestApi({
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: fake.apiUrl,
    OPENAI_API_KEY: "sk-test",
    OPENAI_BASE_URL: `${openai.url}/v1`,
    OPENAI_MAX_RETRIES: "0",
    RELAIS_EMBEDDER: "local",
  });
});

afterAll(async () => {
  await t?.close();
  await openai?.close();
  await fake?.close();
});

describe("Slack streaming of LLM answers", () => {
  it("streams natively into the thread of the member's message: start, appends, stop; the whole answer, posted once", async () => {
    openai.script({ content: ANSWER });
    const request = directMessage("salut, tu fais quoi ?", { team: "T0RELAIS", user: "U0ZOE", channel: "D0ZOE" });
    await postSigned(`${t.url}/slack/events`, request);
    const stopped = await fake.waitFor("chat.stopStream");
    await t.channels.slack?.idle();
    const started = fake.callsTo("chat.startStream");
    expect(started).toHaveLength(1);
    expect(started[0]?.args).toMatchObject({
      channel: "D0ZOE",
      thread_ts: request.ts,
      recipient_user_id: "U0ZOE",
      recipient_team_id: "T0RELAIS",
    });
    const appended = fake.callsTo("chat.appendStream");
    expect(appended.length).toBeGreaterThan(0);
    const streamed = [started[0]?.args.chunks, ...appended.map((c) => c.args.chunks), stopped.args.chunks].map(chunkText).join("");
    expect(streamed).toBe(ANSWER);
    expect(stopped.args.ts).toBe(started[0]?.result?.ts);
    expect(fake.callsTo("chat.postMessage").filter((c) => String(c.args.text).includes("Que voulez-vous faire"))).toHaveLength(0);
  });

  it("falls back to post + update where Slack has no streaming", async () => {
    fake.failAlways("chat.startStream", { error: "unknown_method" });
    openai.script({ content: ANSWER });
    const request = directMessage("et sinon ?", { team: "T0RELAIS", user: "U0ZOE", channel: "D0ZOE" });
    const from = fake.calls.length;
    await postSigned(`${t.url}/slack/events`, request);
    const first = await fake.waitFor("chat.postMessage", (c) => fake.calls.indexOf(c) >= from && c.args.thread_ts === request.ts);
    await t.channels.slack?.idle();
    // The words written so far (all of them, with a fake as fast as this one), then the finished reply.
    expect(ANSWER.startsWith(String(first.args.text))).toBe(true);
    const updates = fake.callsTo("chat.update").filter((c) => c.args.ts === first.result?.ts);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.at(-1)?.args.text).toBe(ANSWER);
    expect(fake.calls.slice(from).filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
    fake.heal("chat.startStream");
  });

  it("a stream Slack refuses to close (429) loses nothing: the whole answer is posted once through the outbox", async () => {
    fake.failNext("chat.stopStream", { status: 429, retryAfter: 1 });
    openai.script({ content: ANSWER });
    const request = directMessage("tu es là ?", { team: "T0RELAIS", user: "U0ZOE", channel: "D0ZOE" });
    const from = fake.calls.length;
    await postSigned(`${t.url}/slack/events`, request);
    const posted = await fake.waitFor("chat.postMessage", (c) => fake.calls.indexOf(c) >= from && c.args.thread_ts === request.ts);
    expect(fake.faultsServed.get("chat.stopStream")).toBe(1);
    expect(posted.args.text).toBe(ANSWER);
    await t.channels.slack?.idle();
    expect(fake.calls.slice(from).filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
    await expect
      .poll(async () => (await t.core.db.prisma.delivery.findFirst({ where: { externalMessageId: String(posted.result?.ts) } }))?.status)
      .toBe("sent");
  });
});
