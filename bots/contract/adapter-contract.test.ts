/**
 * The contract kit proves itself on the test-only webhook adapter (bots/contract/test-only),
 * mounted on a test Relais with a local fake platform and a signing key made here. The real
 * adapters call `adapterContract` the same way with theirs.
 */
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { startTestApi, type TestApi } from "../../api/test/harness.ts";
import { adapterContract } from "./adapter-contract.ts";
import { type FakePlatform, startFakePlatform } from "./test-only/fake-platform.ts";
import { signTestWebhook, TestOnlyWebhookAdapter, type TestWebhookPayload } from "./test-only/webhook-adapter.ts";

let t: TestApi | undefined;
let platform: FakePlatform | undefined;

afterAll(async () => {
  await t?.close();
  await platform?.close();
});

adapterContract(async () => {
  t = await startTestApi();
  platform = await startFakePlatform();
  const fake = platform;
  const secret = randomBytes(32).toString("hex");
  const assistant = t.api.assistant;
  const adapter = new TestOnlyWebhookAdapter({ secret, botUser: "ct-bot", platformUrl: fake.url, assistant });
  return {
    name: "test-only webhook",
    provider: adapter.provider,
    limits: adapter.limits,
    inbound(message, options = {}) {
      const body = JSON.stringify({
        id: message.eventId,
        user: message.user,
        text: message.text,
        ...(message.fromBot ? { bot: true } : {}),
      });
      const timestamp = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
      const key = options.signature === "bad" ? randomBytes(32).toString("hex") : secret;
      return new Request("http://relais.test/test-webhook", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-test-timestamp": String(timestamp),
          "x-test-signature": signTestWebhook(key, timestamp, body),
        },
        body,
      });
    },
    deliverInbound: (request) => adapter.handleWebhook(request),
    settle: () => assistant.idle(),
    accepted: () => fake.accepted.map(({ conversation, text }) => ({ conversation, text })),
    render: (reply) => adapter.render(reply),
    nativeViolations: (payload) => TestOnlyWebhookAdapter.nativeViolations(payload as TestWebhookPayload),
    fallbackText: (payload) => (payload as TestWebhookPayload).text,
    port: adapter.port,
    rateLimitNextSend: (seconds) => fake.rateLimitNext(seconds),
    rateLimited: () => fake.rateLimitedCount(),
    prisma: t.core.db.prisma,
    externalIdOf: (user) => adapter.externalIdOf(user),
    directConversation: (user) => adapter.conversationOf(user),
  };
});
