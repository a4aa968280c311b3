/**
 * The gateway bot end to end: real discord.js 14 connected to a local fake gateway (HELLO,
 * IDENTIFY → READY + GUILD_CREATE, heartbeats) and REST API, with dispatches shaped like real
 * Discord captures. A DM and a mention answered with components (typing shown first); a
 * server message without a mention ignored; `/relais search` with options, a button click and a
 * modal submission with a photo arriving as INTERACTION_CREATE over the gateway, answered
 * through the interaction callback.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerMember, startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type DiscordMessage, fallbackText } from "../src/render.ts";
import {
  APPLICATION_ID,
  command,
  componentPress,
  GENERAL_CHANNEL,
  gatewayMessage,
  type Member,
  modalSubmit,
  TEST_PUBLIC_KEY,
} from "./discord-requests.ts";
import { type DiscordCall, type FakeDiscord, startFakeDiscord } from "./fake-discord.ts";

let fake: FakeDiscord;
let t: TestApi;

const LEA: Member = { id: "1120000000000000051", username: "lea", globalName: "Léa", locale: "fr" };
const LEA_DM = "1130000000000000051";
const textOf = (call: DiscordCall) => fallbackText(call.body as DiscordMessage);

beforeAll(async () => {
  fake = await startFakeDiscord();
  t = await startTestApi({
    RELAIS_DEMO_DATA: "true",
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_PUBLIC_KEY: TEST_PUBLIC_KEY,
    DISCORD_TOKEN: "gateway-bot-token",
    DISCORD_API_URL: fake.apiUrl,
  });
  await fake.gatewayReady();
});

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe("Discord gateway bot (discord.js)", () => {
  it("connects with the bot token through GET /gateway/bot", () => {
    const lookup = fake.callsTo(/^GET \/gateway\/bot$/);
    expect(lookup.length).toBeGreaterThan(0);
    expect(lookup[0]?.authorization).toBe("Bot gateway-bot-token");
  });

  it("answers a DM with listing cards as components, in reply to it, 'typing…' first", async () => {
    const dm = gatewayMessage("je cherche un vélo vers Lyon", LEA, { dm: true, channel: LEA_DM });
    fake.dispatch("MESSAGE_CREATE", dm.data);
    const answer = await fake.waitFor(/^POST \/channels\/\d+\/messages$/, (call) => call.route === `/channels/${LEA_DM}/messages`);
    expect(answer.authorization).toBe("Bot gateway-bot-token");
    expect(answer.body.flags).toBe(1 << 15);
    expect((answer.body.components as { type: number }[]).some((c) => c.type === 17)).toBe(true);
    expect(textOf(answer)).toMatch(/vélo|velo/i);
    expect(answer.body.message_reference).toMatchObject({ message_id: dm.id });
    const typing = fake.callsTo(new RegExp(`^POST /channels/${LEA_DM}/typing$`));
    expect(typing).toHaveLength(1);
    expect(typing[0]?.at).toBeLessThanOrEqual(answer.at);
    const identity = await t.core.db.prisma.identity.findUniqueOrThrow({
      where: { provider_externalId: { provider: "discord", externalId: LEA.id } },
    });
    expect(identity.dmChannelId).toBe(LEA_DM);
  });

  it("answers a mention in a server channel in reply to it; a message without a mention is left alone", async () => {
    const ignored = gatewayMessage("quelqu'un a une perceuse ?", LEA, { dm: false });
    fake.dispatch("MESSAGE_CREATE", ignored.data);
    const mention = gatewayMessage(`<@${APPLICATION_ID}> aide`, LEA, { dm: false }, { mentions: [APPLICATION_ID] });
    fake.dispatch("MESSAGE_CREATE", mention.data);
    const answer = await fake.waitFor(/^POST \/channels\/\d+\/messages$/, (call) => call.route === `/channels/${GENERAL_CHANNEL}/messages`);
    expect(answer.body.message_reference).toMatchObject({ message_id: mention.id });
    expect(textOf(answer)).toMatch(/sais faire/);
    await t.channels.discord?.idle();
    await expect.poll(() => t.core.db.prisma.delivery.count({ where: { channel: "discord", status: "pending" } })).toBe(0);
    expect(
      fake.callsTo(/^POST \/channels\/\d+\/messages$/).filter((c) => c.route === `/channels/${GENERAL_CHANNEL}/messages`),
    ).toHaveLength(1);
  });

  it("/relais search with options over the gateway: answered through the callback (the cards in it, or deferred then the cards); a button click runs once", async () => {
    const search = command("search", { query: "vélo", place: "Lyon" }, LEA);
    fake.dispatch("INTERACTION_CREATE", JSON.parse(search.rawBody));
    const callback = await fake.waitFor(/^POST \/interactions\/\d+\/[^/]+\/callback$/, (call) => call.route.includes(search.id));
    // Within 2 s the answer is the callback itself (type 4); a slower turn is deferred (type 5) and edits it.
    expect([4, 5]).toContain(callback.body.type);
    const shown =
      callback.body.type === 4
        ? { body: callback.body.data as Record<string, unknown>, id: "1300000000000000999" }
        : await fake
            .waitFor(/^PATCH \/webhooks\//, (call) => call.route.includes(search.token))
            .then((call) => ({
              body: call.body,
              id: String(call.result?.id),
            }));
    expect(fallbackText(shown.body as unknown as DiscordMessage)).toMatch(/vélo|velo/i);

    const components = shown.body.components as unknown[];
    const [, customId = ""] = JSON.stringify(components).match(/"custom_id":"([^"]+)"/) ?? [];
    const press = componentPress({ customId }, { id: shown.id, components, flags: Number(shown.body.flags) }, LEA);
    fake.dispatch("INTERACTION_CREATE", JSON.parse(press.rawBody));
    const updated = await fake.waitFor(/^POST \/interactions\/\d+\/[^/]+\/callback$/, (call) => call.route.includes(press.id));
    expect(updated.body.type).toBe(7);
    expect(JSON.stringify(updated.body)).not.toContain(`"custom_id":"${customId}"`);
    const followUp = await fake.waitFor(/^POST \/webhooks\//, (call) => call.route.includes(press.token));
    expect(textOf(followUp).length).toBeGreaterThan(0);
  });

  it("a reply to a DM the bot delivered (a REST member's message) lands in that Relais conversation", async () => {
    const bob = await registerMember(t, "Bob");
    const lea = await t.core.db.prisma.identity.findUniqueOrThrow({
      where: { provider_externalId: { provider: "discord", externalId: LEA.id } },
    });
    const opened = await t.request("POST", "/api/v1/conversations", { token: bob.token, body: { memberIds: [lea.userId] } });
    const conversationId = opened.body.id as string;
    const sent = await t.request("POST", `/api/v1/conversations/${conversationId}/messages`, {
      token: bob.token,
      body: { body: "Ta tente est encore libre ?", clientMessageId: "gw-1" },
    });
    expect(sent.status).toBe(201);
    const delivered = await fake.waitFor(/^POST \/channels\/\d+\/messages$/, (call) => textOf(call).includes("Ta tente est encore libre"));
    expect(delivered.route).toBe(`/channels/${LEA_DM}/messages`);
    const reply = gatewayMessage("Oui, jusqu'à dimanche", LEA, { dm: true, channel: LEA_DM }, { replyTo: String(delivered.result?.id) });
    fake.dispatch("MESSAGE_CREATE", reply.data);
    await expect
      .poll(async () =>
        (await t.request("GET", `/api/v1/conversations/${conversationId}/messages`, { token: bob.token })).body.items.map(
          (m: { body: string }) => m.body,
        ),
      )
      .toEqual(["Ta tente est encore libre ?", "Oui, jusqu'à dimanche"]);
  });

  it("a modal submitted over the gateway with a photo → a listing with that photo", async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#aa5522" } })
      .png()
      .toBuffer();
    const url = fake.addAttachment("1140000000000000051", photo, "image/png");
    const submitted = modalSubmit(
      "relais_listing_create:offer",
      { title: "Tente Quechua 3 places", price: "60", place: "Grenoble" },
      [{ id: "1140000000000000051", filename: "tente.png", contentType: "image/png", size: photo.byteLength, url }],
      LEA,
    );
    fake.dispatch("INTERACTION_CREATE", JSON.parse(submitted.rawBody));
    const confirmation = await fake.waitFor(/^PATCH \/webhooks\//, (call) => call.route.includes(submitted.token));
    expect(textOf(confirmation)).toContain("Tente Quechua 3 places");
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({
      where: { title: "Tente Quechua 3 places" },
      include: { images: true },
    });
    expect(listing.images).toHaveLength(1);
  });
});
