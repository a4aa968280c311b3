/** Slack's ChannelPort against the fake Slack: what it posts, and how Slack's refusals come out typed. */
import { ChannelPermanentError, ChannelRateLimited, ChannelTransientError } from "@relais/core/delivery/channel-port";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackChannelPort } from "../src/channel-port.ts";
import { createWebClient } from "../src/web-api.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";

let fake: FakeSlack;
let port: SlackChannelPort;
const address = { provider: "slack" as const, conversation: "C0GENERAL", userId: "u1", thread: "1764400000.000100" };

beforeAll(async () => {
  fake = await startFakeSlack();
  const client = createWebClient("xoxb-port", fake.apiUrl);
  port = new SlackChannelPort(async () => client);
});
afterAll(async () => {
  await fake?.close();
});

describe("Slack ChannelPort", () => {
  it("posts in the thread with blocks, the fallback text and the delivery key in the metadata", async () => {
    const sent = await port.send(address, { text: "Bonjour **Zoé**", format: "markdown" }, { idempotencyKey: "d-1", attempt: 1 });
    const call = fake.callsTo("chat.postMessage").at(-1);
    expect(sent.platformMessageId).toBe(call?.result?.ts);
    expect(call?.args).toMatchObject({ channel: "C0GENERAL", thread_ts: address.thread, text: "Bonjour **Zoé**" });
    expect(call?.args.metadata).toEqual({ event_type: "relais_delivery", event_payload: { key: "d-1" } });
    expect(JSON.stringify(call?.args.blocks)).toContain("Bonjour *Zoé*");
  });

  it("shows an ephemeral reply to one member only", async () => {
    const sent = await port.send(
      { ...address, visibleTo: "U0ZOE" },
      { text: "Rien que pour vous", ephemeral: true },
      { idempotencyKey: "d-e", attempt: 1 },
    );
    expect(sent.platformMessageId).toBe(fake.callsTo("chat.postEphemeral").at(-1)?.result?.message_ts);
    expect(fake.callsTo("chat.postEphemeral").at(-1)?.args).toMatchObject({
      channel: "C0GENERAL",
      user: "U0ZOE",
      text: "Rien que pour vous",
    });
  });

  it("answers through a response_url as given, and types its refusals too", async () => {
    const responseUrl = fake.responseUrl("port-cmd");
    fake.failNext("response_url:port-cmd", { status: 429, retryAfter: 3 }, { status: 502 }, { status: 404 });
    const limited = await port
      .send({ ...address, responseUrl }, { text: "Aide" }, { idempotencyKey: "d-r", attempt: 1 })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ChannelRateLimited);
    expect((limited as ChannelRateLimited).retryAfterMs).toBe(3000);
    const down = await port
      .send({ ...address, responseUrl }, { text: "Aide" }, { idempotencyKey: "d-r", attempt: 2 })
      .catch((e: unknown) => e);
    expect(down).toMatchObject({ retryable: true, code: "response_url_502" });
    const expired = await port
      .send({ ...address, responseUrl }, { text: "Aide" }, { idempotencyKey: "d-r", attempt: 3 })
      .catch((e: unknown) => e);
    expect(expired).toMatchObject({ retryable: false, code: "response_url_404" });
    expect(fake.callsTo("response_url:port-cmd")).toHaveLength(0);
    await port.send({ ...address, responseUrl }, { text: "Aide" }, { idempotencyKey: "d-r", attempt: 4 });
    expect(fake.callsTo("response_url:port-cmd").at(-1)?.args).toMatchObject({ response_type: "ephemeral", text: "Aide" });
    expect(fake.callsTo("chat.postMessage").filter((c) => c.args.text === "Aide")).toHaveLength(0);
  });

  it("turns Slack's refusals into typed delivery errors", async () => {
    fake.failNext("chat.postMessage", { status: 429, retryAfter: 2 });
    const limited = await port.send(address, { text: "x" }, { idempotencyKey: "d-2", attempt: 1 }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ChannelRateLimited);
    expect((limited as ChannelRateLimited).retryAfterMs).toBe(2000);
    fake.failNext("chat.postMessage", { status: 503 });
    expect(await port.send(address, { text: "x" }, { idempotencyKey: "d-3", attempt: 1 }).catch((e: unknown) => e)).toBeInstanceOf(
      ChannelTransientError,
    );
    fake.failNext("chat.postMessage", { error: "channel_not_found" });
    const gone = await port.send(address, { text: "x" }, { idempotencyKey: "d-4", attempt: 1 }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(ChannelPermanentError);
    expect((gone as ChannelPermanentError).code).toBe("channel_not_found");
  });

  it("on a retry, finds its earlier post in the thread instead of posting again", async () => {
    const first = await port.send(address, { text: "Une seule fois" }, { idempotencyKey: "d-5", attempt: 1 });
    const posts = fake.callsTo("chat.postMessage").length;
    const again = await port.send(address, { text: "Une seule fois" }, { idempotencyKey: "d-5", attempt: 2 });
    expect(again.platformMessageId).toBe(first.platformMessageId);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(posts);
    expect(fake.callsTo("conversations.replies").at(-1)?.args).toMatchObject({ channel: "C0GENERAL", ts: address.thread });
  });
});
