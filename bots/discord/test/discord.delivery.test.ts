/**
 * A Discord member and a Slack member talking through Relais, each in their own app: a message
 * Zoé writes in Slack reaches Dan as a DM from the bot in Discord (through the outbox; Discord
 * answering 429 with `retry_after` first), his answer said in Discord reaches her as a DM in
 * Slack; each message once. Real Bolt and Web API client against the fake Slack, discord.js's
 * REST client against the fake Discord.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type FakeSlack, startFakeSlack } from "../../slack/test/fake-slack.ts";
import { directMessage, postSigned as postSignedSlack, TEST_SIGNING_SECRET } from "../../slack/test/slack-requests.ts";
import { type DiscordMessage, fallbackText } from "../src/render.ts";
import { APPLICATION_ID, command, type Member, postSigned, TEST_PUBLIC_KEY } from "./discord-requests.ts";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.ts";

let slack: FakeSlack;
let discord: FakeDiscord;
let t: TestApi;

const ZOE = { team: "T0RELAIS", user: "U0ZOE", channel: "D0ZOE" };
const DAN: Member = { id: "1120000000000000042", username: "dan", globalName: "Dan Moreau", locale: "fr" };
const DAN_DM = "1130000000000000042";

beforeAll(async () => {
  slack = await startFakeSlack();
  slack.addUser({ id: "U0ZOE", team_id: "T0RELAIS", name: "zoe", real_name: "Zoé Martin", locale: "fr-FR" });
  discord = await startFakeDiscord();
  t = await startTestApi(
    {
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_API_URL: slack.apiUrl,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_PUBLIC_KEY: TEST_PUBLIC_KEY,
      DISCORD_TOKEN: "discord-bot-token",
      DISCORD_GATEWAY: "off",
      DISCORD_API_URL: discord.apiUrl,
    },
    // Commands deferred, their answers through the outbox (see discord.http.test.ts).
    { delivery: { pollMs: 100, baseBackoffMs: 300, maxBackoffMs: 1000, maxAttempts: 4 }, channels: { discord: { deferAfterMs: 0 } } },
  );
});

afterAll(async () => {
  await t?.close();
  await slack?.close();
  await discord?.close();
});

it("Slack member ↔ Discord member: each message delivered once in the other's app, Discord's 429 retry_after respected", async () => {
  // Both have talked to Relais once: each one's DM with the app is known.
  await postSignedSlack(`${t.url}/slack/events`, directMessage("bonjour", ZOE));
  await slack.waitFor("chat.postMessage", (call) => call.args.channel === ZOE.channel);
  const hello = command("ask", { text: "bonjour" }, DAN, { dm: true, channel: DAN_DM });
  await postSigned(`${t.url}/discord/interactions`, hello);
  await discord.waitFor(/^PATCH \/webhooks\//, (call) => call.route.includes(hello.token));
  const dan = await t.core.db.prisma.identity.findUniqueOrThrow({
    where: { provider_externalId: { provider: "discord", externalId: DAN.id } },
  });
  expect(dan.dmChannelId).toBe(DAN_DM);

  // Zoé writes to Dan from Slack; Discord refuses the first DM with a 429.
  discord.failNext(/^POST \/channels\/\d+\/messages$/, { status: 429, retryAfter: 1 });
  await postSignedSlack(`${t.url}/slack/events`, directMessage("message Dan Moreau: Salut Dan, ton vélo est toujours dispo ?", ZOE));
  const toDan = await discord.waitFor(/^POST \/channels\/\d+\/messages$/, (call) => call.route === `/channels/${DAN_DM}/messages`);
  expect(toDan.authorization).toBe("Bot discord-bot-token");
  const shown = fallbackText(toDan.body as DiscordMessage);
  expect(shown).toContain("Salut Dan, ton vélo est toujours dispo ?");
  expect(shown).toMatch(/zoe|Zoé/i); // who wrote, as Slack names her
  const refused = discord.refused.find((call) => call.route === `/channels/${DAN_DM}/messages`);
  expect(toDan.at - (refused?.at ?? Number.NaN)).toBeGreaterThanOrEqual(1000);
  expect(toDan.body.nonce).toBe(refused?.body.nonce); // the retry carries the same idempotency nonce
  expect(discord.callsTo(/^POST \/channels\/\d+\/messages$/).filter((call) => call.route === `/channels/${DAN_DM}/messages`)).toHaveLength(
    1,
  );

  // Dan answers from Discord (over HTTP interactions: a slash command naming her as Slack shows her); Zoé gets it in Slack, once.
  const reply = command("ask", { text: "message zoe: Oui, passe samedi" }, DAN, { dm: true, channel: DAN_DM });
  await postSigned(`${t.url}/discord/interactions`, reply);
  const toZoe = await slack.waitFor(
    "chat.postMessage",
    (call) => call.args.channel === ZOE.channel && String(call.args.text).includes("Oui, passe samedi"),
  );
  expect(String(toZoe.args.text)).toContain("Dan");
  await t.channels.discord?.idle();
  await expect.poll(() => t.core.db.prisma.delivery.count({ where: { status: "pending" } })).toBe(0);
  expect(slack.callsTo("chat.postMessage").filter((call) => String(call.args.text).includes("Oui, passe samedi"))).toHaveLength(1);
  const messages = await t.core.db.prisma.message.findMany({ orderBy: { createdAt: "asc" }, select: { body: true, conversationId: true } });
  expect(messages.map((m) => m.body)).toEqual(["Salut Dan, ton vélo est toujours dispo ?", "Oui, passe samedi"]);
  expect(new Set(messages.map((m) => m.conversationId)).size).toBe(1);
});
