/**
 * LLM answers streamed in a Teams personal chat as Teams' streaming protocol asks: an
 * informative update, then the text as it is written (typing activities carrying `streaminfo`
 * with one stream id and growing sequence numbers), then the final message; in a channel, one
 * plain message. Real Agents SDK (StreamingResponse) against the fake Bot Connector, the LLM
 * engine against a local fake of OpenAI's API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../../api/test/fake-openai.ts";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type ConnectorCall, type FakeConnector, startFakeConnector } from "./fake-connector.ts";
import { CHANNEL, channelMention, personalConversationOf, personalMessage, postActivity, SAM, ZOE } from "./teams-activities.ts";

let connector: FakeConnector;
let openai: FakeOpenAI;
let t: TestApi;

const ANSWER =
  "Bonjour Zoé ! Je peux publier vos annonces, chercher ce qui vous intéresse près de chez vous, vous montrer les échanges possibles et vos messages. Que voulez-vous faire ?";

type StreamInfo = { type: string; streamType?: string; streamSequence?: number; streamId?: string };
const streamInfoOf = (call: ConnectorCall): StreamInfo | undefined =>
  (call.activity.entities ?? []).find((entity: StreamInfo) => entity.type === "streaminfo");

beforeAll(async () => {
  connector = await startFakeConnector();
  openai = await startFakeOpenAI();
  t = await startTestApi(
    { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_MAX_RETRIES: "0", RELAIS_EMBEDDER: "local" },
    { channels: { teams: { streamDelayMs: 20 } } },
  );
});

afterAll(async () => {
  await t?.close();
  await openai?.close();
  await connector?.close();
});

describe("Teams streaming of LLM answers", () => {
  it("streams in the personal chat: informative update, chunks under one stream id, then the final message", async () => {
    // A model writing a word every 30 ms: several updates go out before the answer is finished.
    openai.script({ content: ANSWER, pauseMs: 30 });
    const conversation = personalConversationOf(ZOE);
    const from = connector.calls.length;
    expect((await postActivity(t.url, personalMessage("salut, tu fais quoi ?", ZOE, connector.serviceUrl))).status).toBe(200);
    await t.channels.teams?.idle();
    const streamed = connector.calls.slice(from).filter((call) => call.conversation === conversation && streamInfoOf(call));
    const kinds = streamed.map((call) => streamInfoOf(call)?.streamType);
    expect(kinds[0]).toBe("informative");
    expect(kinds.filter((kind) => kind === "streaming").length).toBeGreaterThan(0);
    expect(kinds.at(-1)).toBe("final");
    // One stream: the first update's message id, carried by every later one; sequences grow.
    const streamId = streamed[0]?.id;
    for (const call of streamed.slice(1)) expect(streamInfoOf(call)?.streamId).toBe(streamId);
    const sequences = streamed.slice(0, -1).map((call) => streamInfoOf(call)?.streamSequence ?? 0);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    const final = streamed.at(-1)!;
    expect(final.activity.type).toBe("message");
    expect(final.activity.text).toBe(ANSWER);
    // The answer is the stream's final message, not posted a second time.
    const plain = connector.calls.slice(from).filter((call) => call.activity.type === "message" && !streamInfoOf(call));
    expect(plain).toEqual([]);
  });

  it("answers a channel mention with one plain message, no stream", async () => {
    openai.script({ content: "Hello Sam! I can post your listings and search for you." });
    const from = connector.calls.length;
    const activity = channelMention("hi, what do you do?", SAM, connector.serviceUrl);
    expect((await postActivity(t.url, activity)).status).toBe(200);
    await t.channels.teams?.idle();
    const inThread = connector.calls.slice(from).filter((call) => call.conversation === `${CHANNEL};messageid=${activity.id}`);
    expect(inThread.filter(streamInfoOf)).toEqual([]);
    const messages = inThread.filter((call) => call.activity.type === "message");
    expect(messages).toHaveLength(1);
    expect(messages[0]?.activity.text).toContain("Hello Sam");
  });
});
