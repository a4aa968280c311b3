/**
 * The adapter contract kit (bots/contract) run against Discord: HTTP interactions signed with a
 * key pair made in the test, answers through the outbox and discord.js's REST client to the
 * fake Discord. A chat message is `/relais ask text:<message>` in the member's DM with the bot.
 */
import { createHash } from "node:crypto";
import { LIMITS } from "@relais/core/assistant/reply-limits";
import { afterAll, expect, vi } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { adapterContract } from "../../contract/adapter-contract.ts";
import { type DiscordMessage, discordViolations, fallbackText, renderReply } from "../src/render.ts";
import { APPLICATION_ID, command, signedHeaders, TEST_PUBLIC_KEY } from "./discord-requests.ts";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.ts";

/** The kit's names ("ct-alice", "ct-good-1") as Discord ids: digits, the same for the same name. */
const idOf = (name: string, prefix: string) =>
  `${prefix}${(BigInt(`0x${createHash("sha256").update(name).digest("hex").slice(0, 15)}`) % 10n ** 17n).toString().padStart(17, "0")}`;
const userId = (user: string) => idOf(user, "11");
const dmOf = (user: string) => idOf(user, "13");

let t: TestApi | undefined;
let fake: FakeDiscord | undefined;

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

adapterContract(async () => {
  fake = await startFakeDiscord();
  const discord = fake;
  t = await startTestApi(
    {
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_PUBLIC_KEY: TEST_PUBLIC_KEY,
      DISCORD_TOKEN: "contract-bot-token",
      DISCORD_GATEWAY: "off",
      DISCORD_API_URL: discord.apiUrl,
    },
    // The kit reads what reached Discord's API: every answer deferred and sent through the outbox.
    { channels: { discord: { deferAfterMs: 0 } } },
  );
  const test = t;
  const port = test.api.relais.ports.get("discord");
  if (!port) throw new Error("the Discord port is not registered");
  const sends = /^(POST|PATCH) \/(webhooks|channels)\//;
  return {
    name: "discord",
    provider: "discord",
    limits: LIMITS.discord,
    inbound(message, options = {}) {
      const who = {
        id: userId(message.user),
        username: message.user,
        globalName: message.user,
        locale: "fr",
        ...(message.fromBot ? { bot: true } : {}),
      };
      const request = command("ask", { text: message.text }, who, { dm: true, channel: dmOf(message.user) }, idOf(message.eventId, "12"));
      const headers = signedHeaders(request.rawBody, {
        timestamp: Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0),
        ...(options.signature === "bad" ? { key: "other" as const } : {}),
      });
      return new Request(`${test.url}/discord/interactions`, { method: "POST", headers, body: request.rawBody });
    },
    deliverInbound: (request) => fetch(request),
    settle: async () => {
      await test.channels.discord?.idle();
      await test.api.assistant.idle();
      // Answers go out through the delivery outbox: settled once none is waiting.
      await vi.waitFor(
        async () => expect(await test.core.db.prisma.delivery.count({ where: { channel: "discord", status: "pending" } })).toBe(0),
        { timeout: 15_000, interval: 50 },
      );
    },
    accepted: () =>
      discord.calls
        .filter((call) => sends.test(`${call.method} ${call.route}`))
        .map((call) => ({
          // An interaction's answers share its webhook (its token); a DM is its channel.
          conversation: call.route.split("/").slice(0, 4).join("/"),
          text: fallbackText(call.body as DiscordMessage),
        })),
    render: (reply) => renderReply(reply),
    nativeViolations: (payload) => discordViolations(payload as DiscordMessage),
    fallbackText: (payload) => fallbackText(payload as DiscordMessage),
    port,
    rateLimitNextSend: (seconds) => discord.failNext(/^POST \/channels\/\d+\/messages$/, { status: 429, retryAfter: seconds }),
    rateLimited: () => discord.refused.filter((call) => /^\/channels\/\d+\/messages$/.test(call.route)).length,
    prisma: test.core.db.prisma,
    externalIdOf: (user) => userId(user),
    directConversation: (user) => dmOf(user),
  };
});
