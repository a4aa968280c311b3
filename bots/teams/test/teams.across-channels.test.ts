/**
 * One Relais conversation with three members in three apps (issue 18, acceptance 4): Nina in
 * Teams, Zoé in Slack, Dan in Discord. Nina links her Teams chat to her Relais account with a
 * code, opens a group conversation with Zoé and Dan from the web app and writes first; then each
 * answers in their own app, in the thread of the message Relais delivered there (a Slack thread
 * reply, a Discord reply, a Teams reply), and every message reaches each other member once, in
 * their own app. Real Agents SDK against the fake Bot Connector, real Bolt against the fake Slack,
 * real discord.js (gateway and REST) against the fake Discord, the real delivery worker between.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type DiscordMessage, fallbackText as discordText } from "../../discord/src/render.ts";
import { APPLICATION_ID, type Member as DiscordMember, gatewayMessage, TEST_PUBLIC_KEY } from "../../discord/test/discord-requests.ts";
import { type FakeDiscord, startFakeDiscord } from "../../discord/test/fake-discord.ts";
import { type FakeSlack, startFakeSlack } from "../../slack/test/fake-slack.ts";
import { directMessage, postSigned as postSlack, TEST_SIGNING_SECRET } from "../../slack/test/slack-requests.ts";
import { fallbackTextOf, type TeamsMessage } from "../src/render.ts";
import { type ConnectorCall, type FakeConnector, startFakeConnector } from "./fake-connector.ts";
import { type Member, personalConversationOf, personalInstall, personalMessage, postActivity, TENANT } from "./teams-activities.ts";

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
  await discord.gatewayReady();
});

afterAll(async () => {
  await t?.close();
  await connector?.close();
  await slack?.close();
  await discord?.close();
});

const teamsText = (call: ConnectorCall) => fallbackTextOf(call.activity as TeamsMessage);
const toNina = (text: string) => connector.messages(personalConversationOf(NINA)).filter((call) => teamsText(call).includes(text));
const toZoe = (text: string) =>
  slack.callsTo("chat.postMessage").filter((call) => call.args.channel === ZOE.channel && String(call.args.text).includes(text));
const toDan = (text: string) =>
  discord
    .callsTo(/^POST \/channels\/\d+\/messages$/)
    .filter((call) => call.route === `/channels/${DAN_DM}/messages` && discordText(call.body as DiscordMessage).includes(text));
const userOf = async (provider: "teams" | "slack" | "discord", externalId: string) =>
  (await t.core.db.prisma.identity.findUniqueOrThrow({ where: { provider_externalId: { provider, externalId } } })).userId;

it("a Teams, a Slack and a Discord member in one conversation: each message reaches each other member once, in their own app", async () => {
  // Each has met Relais in their app: Nina installed it in Teams, Zoé and Dan wrote to it.
  expect((await postActivity(t.url, personalInstall(NINA, connector.serviceUrl))).status).toBe(200);
  await postSlack(`${t.url}/slack/events`, directMessage("bonjour", ZOE));
  await slack.waitFor("chat.postMessage", (call) => call.args.channel === ZOE.channel);
  discord.dispatch("MESSAGE_CREATE", gatewayMessage("bonjour", DAN, { dm: true, channel: DAN_DM }).data);
  await discord.waitFor(/^POST \/channels\/\d+\/messages$/, (call) => call.route === `/channels/${DAN_DM}/messages`);

  // Nina's web account takes her Teams chat: a code made on the web, typed in Teams.
  const signedUp = await t.request("POST", "/api/v1/auth/register", {
    body: { email: "nina.petit@example.org", password: STRONG_PASSWORD, name: "Nina Petit", locale: "fr" },
  });
  expect(signedUp.status).toBe(201);
  const nina = { token: signedUp.body.accessToken as string, id: signedUp.body.user.id as string };
  const code = await t.request("POST", "/api/v1/me/link-codes", { token: nina.token });
  expect(code.status).toBe(201);
  await postActivity(t.url, personalMessage(code.body.code, NINA, connector.serviceUrl));
  await expect.poll(() => userOf("teams", `${TENANT}:${NINA.aad}`).catch(() => undefined)).toBe(nina.id);

  // She opens a conversation with Zoé and Dan and writes first, from the web app.
  const zoeId = await userOf("slack", `${ZOE.team}:${ZOE.user}`);
  const danId = await userOf("discord", DAN.id);
  const opened = await t.request("POST", "/api/v1/conversations", { token: nina.token, body: { memberIds: [zoeId, danId] } });
  expect(opened.status).toBe(201);
  expect(opened.body.kind).toBe("group");
  const conversationId = opened.body.id as string;
  const first = "Qui veut la lampe de chevet ?";
  expect(
    (
      await t.request("POST", `/api/v1/conversations/${conversationId}/messages`, {
        token: nina.token,
        body: { body: first, clientMessageId: "nina-1" },
      })
    ).status,
  ).toBe(201);

  // Zoé answers in the thread of the DM Slack received.
  const firstToZoe = await slack.waitFor(
    "chat.postMessage",
    (call) => call.args.channel === ZOE.channel && String(call.args.text).includes(first),
  );
  const fromZoe = "Moi, je passe ce soir";
  await postSlack(`${t.url}/slack/events`, directMessage(fromZoe, { ...ZOE, threadTs: String(firstToZoe.result?.ts) }));

  // Dan answers Zoé's message where Discord showed it to him: a reply to that DM.
  const zoeToDan = await discord.waitFor(
    /^POST \/channels\/\d+\/messages$/,
    (call) => call.route === `/channels/${DAN_DM}/messages` && discordText(call.body as DiscordMessage).includes(fromZoe),
  );
  const fromDan = "Je peux la déposer demain";
  discord.dispatch(
    "MESSAGE_CREATE",
    gatewayMessage(fromDan, DAN, { dm: true, channel: DAN_DM }, { replyTo: String(zoeToDan.result?.id) }).data,
  );

  // Nina answers Dan in Teams: a reply to the message Relais sent to her personal chat.
  const danToNina = await connector.waitFor((call) => call.kind === "send" && teamsText(call).includes(fromDan));
  expect(danToNina.conversation).toBe(personalConversationOf(NINA));
  const fromNina = "Parfait, merci à vous deux";
  await postActivity(t.url, personalMessage(fromNina, NINA, connector.serviceUrl, { replyToId: danToNina.id }));
  await slack.waitFor("chat.postMessage", (call) => call.args.channel === ZOE.channel && String(call.args.text).includes(fromNina));
  await discord.waitFor(
    /^POST \/channels\/\d+\/messages$/,
    (call) => call.route === `/channels/${DAN_DM}/messages` && discordText(call.body as DiscordMessage).includes(fromNina),
  );

  // Everything sent: the four messages in one conversation, each shown once to each other member
  // in their own app (with the sender named), never echoed to its sender.
  await t.channels.teams?.idle();
  await t.channels.discord?.idle();
  await expect.poll(() => t.core.db.prisma.delivery.count({ where: { status: "pending" } }), { timeout: 10_000 }).toBe(0);
  const messages = await t.core.db.prisma.message.findMany({ where: { conversationId }, orderBy: { seq: "asc" } });
  expect(messages.map((m) => [m.senderId, m.body])).toEqual([
    [nina.id, first],
    [zoeId, fromZoe],
    [danId, fromDan],
    [nina.id, fromNina],
  ]);
  expect([toNina(first), toZoe(first), toDan(first)].map((calls) => calls.length)).toEqual([0, 1, 1]);
  expect([toNina(fromZoe), toZoe(fromZoe), toDan(fromZoe)].map((calls) => calls.length)).toEqual([1, 0, 1]);
  expect([toNina(fromDan), toZoe(fromDan), toDan(fromDan)].map((calls) => calls.length)).toEqual([1, 1, 0]);
  expect([toNina(fromNina), toZoe(fromNina), toDan(fromNina)].map((calls) => calls.length)).toEqual([0, 1, 1]);
  expect(teamsText(toNina(fromZoe)[0] as ConnectorCall)).toMatch(/zoe|Zoé/i);
  expect(String(toZoe(fromDan)[0]?.args.text)).toMatch(/Dan/);
  expect(discordText(toDan(fromNina)[0]?.body as DiscordMessage)).toMatch(/Nina/);

  // The outbox's own account: one chat delivery per message and other member, on that member's app.
  const deliveries = await t.core.db.prisma.delivery.findMany({
    where: { kind: "message", messageId: { in: messages.map((m) => m.id) }, channel: { in: ["teams", "slack", "discord"] } },
    select: { messageId: true, userId: true, channel: true, status: true, externalMessageId: true },
  });
  const channelOf: Record<string, string> = { [nina.id]: "teams", [zoeId]: "slack", [danId]: "discord" };
  // Answering in a thread reads the conversation up to there: what a member answered after is "read".
  const answeredLater = (member: string, seq: number) => messages.some((later) => later.senderId === member && later.seq > seq);
  const expected = messages.flatMap((m) =>
    [nina.id, zoeId, danId]
      .filter((member) => member !== m.senderId)
      .map((member) => `${m.body} → ${member}@${channelOf[member]}: ${answeredLater(member, m.seq) ? "read" : "sent"}`),
  );
  const byId = new Map(messages.map((m) => [m.id, m.body]));
  expect(deliveries.map((d) => `${byId.get(d.messageId ?? "")} → ${d.userId}@${d.channel}: ${d.status}`).sort()).toEqual(expected.sort());
  expect(deliveries.every((d) => d.externalMessageId)).toBe(true);
});
