/**
 * Members of three apps talking through Relais (issue 18, acceptance 4): Nina in Teams, Zoé in
 * Slack, Dan in Discord. Each message one writes in their own app reaches the other in theirs —
 * Nina in her Teams personal chat, from the reference stored when she installed the app — once.
 * Real Agents SDK against the fake Bot Connector, real Bolt against the fake Slack, discord.js's
 * REST client against the fake Discord, the real delivery worker between them.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type DiscordMessage, fallbackText as discordText } from "../../discord/src/render.ts";
import {
  APPLICATION_ID,
  command,
  type Member as DiscordMember,
  postSigned as postDiscord,
  TEST_PUBLIC_KEY,
} from "../../discord/test/discord-requests.ts";
import { type FakeDiscord, startFakeDiscord } from "../../discord/test/fake-discord.ts";
import { type FakeSlack, startFakeSlack } from "../../slack/test/fake-slack.ts";
import { directMessage, postSigned as postSlack, TEST_SIGNING_SECRET } from "../../slack/test/slack-requests.ts";
import { fallbackTextOf, type TeamsMessage } from "../src/render.ts";
import { type FakeConnector, startFakeConnector } from "./fake-connector.ts";
import { type Member, personalConversationOf, personalInstall, personalMessage, postActivity } from "./teams-activities.ts";

let connector: FakeConnector;
let slack: FakeSlack;
let discord: FakeDiscord;
let t: TestApi;

const NINA: Member = { id: "29:1NinaPetitXyZ", aad: "99999999-8888-4777-8666-555555555555", name: "Nina Petit", locale: "fr-FR" };
const ZOE = { team: "T0RELAIS", user: "U0ZOE", channel: "D0ZOE" };
const DAN: DiscordMember = { id: "1120000000000000042", username: "dan", globalName: "Dan Moreau", locale: "fr" };
const DAN_DM = "1130000000000000042";

beforeAll(async () => {
  connector = await startFakeConnector();
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
      DISCORD_API_URL: discord.apiUrl,
    },
    { delivery: { pollMs: 100, baseBackoffMs: 300, maxBackoffMs: 1000, maxAttempts: 4 } },
  );
});

afterAll(async () => {
  await t?.close();
  await connector?.close();
  await slack?.close();
  await discord?.close();
});

const toNina = (text: string) =>
  connector.messages(personalConversationOf(NINA)).filter((call) => fallbackTextOf(call.activity as TeamsMessage).includes(text));

it("Teams ↔ Slack ↔ Discord: each message reaches the other member once, in their own app", async () => {
  // Nina installs the app in Teams; Zoé and Dan have each talked to Relais once.
  expect((await postActivity(t.url, personalInstall(NINA, connector.serviceUrl))).status).toBe(200);
  await postSlack(`${t.url}/slack/events`, directMessage("bonjour", ZOE));
  await slack.waitFor("chat.postMessage", (call) => call.args.channel === ZOE.channel);
  const hello = command("ask", { text: "bonjour" }, DAN, { dm: true, channel: DAN_DM });
  await postDiscord(`${t.url}/discord/interactions`, hello);
  await discord.waitFor(/^PATCH \/webhooks\//, (call) => call.route.includes(hello.token));

  // Zoé (Slack) → Nina (Teams): a new message in Nina's personal chat, from the stored reference.
  await postSlack(`${t.url}/slack/events`, directMessage("message Nina Petit: Salut Nina, la lampe est toujours là ?", ZOE));
  const fromZoe = await connector.waitFor(
    (call) => call.kind === "send" && fallbackTextOf(call.activity as TeamsMessage).includes("Salut Nina, la lampe est toujours là ?"),
  );
  expect(fromZoe.conversation).toBe(personalConversationOf(NINA));
  expect(fallbackTextOf(fromZoe.activity as TeamsMessage)).toMatch(/zoe|Zoé/i);

  // Nina (Teams) → Zoé (Slack).
  await postActivity(t.url, personalMessage("message zoe: Oui, passe demain", NINA, connector.serviceUrl));
  await slack.waitFor(
    "chat.postMessage",
    (call) => call.args.channel === ZOE.channel && String(call.args.text).includes("Oui, passe demain"),
  );

  // Dan (Discord) → Nina (Teams), and Nina (Teams) → Dan (Discord).
  await postDiscord(
    `${t.url}/discord/interactions`,
    command("ask", { text: "message Nina Petit: Je prends le vélo si tu veux" }, DAN, { dm: true, channel: DAN_DM }),
  );
  await connector.waitFor(
    (call) => call.kind === "send" && fallbackTextOf(call.activity as TeamsMessage).includes("Je prends le vélo si tu veux"),
  );
  await postActivity(t.url, personalMessage("message Dan Moreau: D'accord, samedi 10 h", NINA, connector.serviceUrl));
  await discord.waitFor(
    /^POST \/channels\/\d+\/messages$/,
    (call) => call.route === `/channels/${DAN_DM}/messages` && discordText(call.body as DiscordMessage).includes("D'accord, samedi 10 h"),
  );

  // Everything sent; each message delivered exactly once, in the recipient's own app.
  await t.channels.teams?.idle();
  await expect.poll(() => t.core.db.prisma.delivery.count({ where: { status: "pending" } }), { timeout: 10_000 }).toBe(0);
  expect(toNina("Salut Nina, la lampe est toujours là ?")).toHaveLength(1);
  expect(toNina("Je prends le vélo si tu veux")).toHaveLength(1);
  expect(slack.callsTo("chat.postMessage").filter((call) => String(call.args.text).includes("Oui, passe demain"))).toHaveLength(1);
  expect(
    discord
      .callsTo(/^POST \/channels\/\d+\/messages$/)
      .filter((call) => discordText(call.body as DiscordMessage).includes("D'accord, samedi 10 h")),
  ).toHaveLength(1);
  const bodies = (await t.core.db.prisma.message.findMany({ select: { body: true } })).map((m) => m.body);
  expect(bodies.sort()).toEqual(
    ["Salut Nina, la lampe est toujours là ?", "Oui, passe demain", "Je prends le vélo si tu veux", "D'accord, samedi 10 h"].sort(),
  );
});
