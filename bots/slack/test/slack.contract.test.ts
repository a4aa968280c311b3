/**
 * The adapter contract kit (bots/contract) run against Slack: the real Bolt receiver on a test
 * Relais, the real Web API client against the fake Slack, requests signed as Slack signs them.
 */
import { LIMITS } from "@relais/core/assistant/reply-limits";
import { afterAll, expect, vi } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { adapterContract } from "../../contract/adapter-contract.ts";
import { renderReply, type SlackMessage, slackViolations } from "../src/render.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { botEcho, directMessage, signedHeaders, TEST_SIGNING_SECRET } from "./slack-requests.ts";

const TEAM = "T0RELAIS";
/** The kit's user names ("ct-alice") as Slack user ids. */
const slackUser = (user: string) => `U${user.replace(/[^a-z0-9]/gi, "").toUpperCase()}`;
const dmOf = (user: string) => `D${user.replace(/[^a-z0-9]/gi, "").toUpperCase()}`;

let t: TestApi | undefined;
let fake: FakeSlack | undefined;

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

adapterContract(async () => {
  fake = await startFakeSlack();
  const slack = fake;
  t = await startTestApi({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: "xoxb-contract", SLACK_API_URL: slack.apiUrl });
  const test = t;
  const channel = test.api.relais.ports.get("slack");
  if (!channel) throw new Error("the Slack port is not registered");
  return {
    name: "slack",
    provider: "slack",
    limits: LIMITS.slack,
    inbound(message, options = {}) {
      const who = { team: TEAM, user: slackUser(message.user), channel: dmOf(message.user), id: message.eventId };
      const request = message.fromBot ? botEcho(message.text, who) : directMessage(message.text, who);
      const headers = signedHeaders(request.rawBody, request.contentType, {
        timestamp: Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0),
        ...(options.signature === "bad" ? { secret: "not-the-signing-secret" } : {}),
      });
      return new Request(`${test.url}/slack/events`, { method: "POST", headers, body: request.rawBody });
    },
    deliverInbound: (request) => fetch(request),
    settle: async () => {
      await test.channels.slack?.idle();
      await test.api.assistant.idle();
      // Answers go out through the delivery outbox: settled once none is waiting.
      await vi.waitFor(
        async () => expect(await test.core.db.prisma.delivery.count({ where: { channel: "slack", status: "pending" } })).toBe(0),
        { timeout: 15_000, interval: 50 },
      );
    },
    accepted: () =>
      slack.calls
        .filter((call) => call.method === "chat.postMessage" || call.method.startsWith("response_url:"))
        .map((call) => ({ conversation: String(call.args.channel ?? call.method), text: String(call.args.text ?? "") })),
    render: (reply) => renderReply(reply),
    nativeViolations: (payload) => slackViolations(payload as SlackMessage),
    fallbackText: (payload) => (payload as SlackMessage).text,
    port: channel,
    rateLimitNextSend: (seconds) => slack.failNext("chat.postMessage", { status: 429, retryAfter: seconds }),
    rateLimited: () => slack.faultsServed.get("chat.postMessage") ?? 0,
    prisma: test.core.db.prisma,
    externalIdOf: (user) => `${TEAM}:${slackUser(user)}`,
    directConversation: (user) => dmOf(user),
  };
});
