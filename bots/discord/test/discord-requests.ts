/**
 * Interactions as Discord sends them: bodies shaped like captured payloads (a `/relais`
 * command in a server or a DM, a button press, a PING) and signed the way Discord signs them
 * (Ed25519 over `timestamp + body`) with a key pair made here; the public key goes to
 * `DISCORD_PUBLIC_KEY` as the developer portal shows it (64 hex characters).
 */
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

export const APPLICATION_ID = "1187654321098765432";
export const GUILD_ID = "1100000000000000001";
export const GENERAL_CHANNEL = "1100000000000000002";

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
/** The test application's public key, hex (as DISCORD_PUBLIC_KEY). */
export const TEST_PUBLIC_KEY = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url").toString("hex");
const otherKey = generateKeyPairSync("ed25519").privateKey;

export type DiscordRequest = { rawBody: string };
export type SignOptions = { key?: "test" | "other"; timestamp?: number };

export function signedHeaders(rawBody: string, options: SignOptions = {}): Record<string, string> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + rawBody), options.key === "other" ? otherKey : privateKey).toString("hex");
  return {
    "content-type": "application/json",
    "x-signature-ed25519": signature,
    "x-signature-timestamp": timestamp,
    "user-agent": "Discord-Interactions/1.0 (+https://discord.com)",
  };
}

export function postSigned(url: string, request: DiscordRequest, options: SignOptions = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: signedHeaders(request.rawBody, options), body: request.rawBody });
}

let counter = 0n;
/** A Discord id, unique in a test run. */
export function snowflake(): string {
  counter += 1n;
  return String(1_250_000_000_000_000_000n + BigInt(Date.now() % 1_000_000) * 1000n + counter);
}

export type Member = { id: string; username: string; globalName: string; locale: string; bot?: boolean };

const userObject = (m: Member) => ({
  avatar: null,
  avatar_decoration_data: null,
  clan: null,
  discriminator: "0",
  global_name: m.globalName,
  id: m.id,
  primary_guild: null,
  public_flags: 0,
  username: m.username,
  ...(m.bot ? { bot: true } : {}),
});

/** Where: a server's text channel, or the member's DM with the bot. */
export type Place = { dm: true; channel: string } | { dm: false; channel?: string };

function base(type: number, who: Member, where: Place, id: string) {
  const common = {
    app_permissions: "562949953601536",
    application_id: APPLICATION_ID,
    attachment_size_limit: 10_485_760,
    entitlement_sku_ids: [],
    entitlements: [],
    id,
    locale: who.locale,
    token: `aW50ZXJhY3Rpb246${id}${randomBytes(48).toString("base64url")}`,
    type,
    version: 1,
  };
  if (where.dm)
    return {
      ...common,
      authorizing_integration_owners: { "1": who.id },
      channel: { flags: 0, id: where.channel, last_message_id: null, recipients: [userObject(who)], type: 1 },
      channel_id: where.channel,
      context: 1,
      user: userObject(who),
    };
  const channel = where.channel ?? GENERAL_CHANNEL;
  return {
    ...common,
    authorizing_integration_owners: { "0": GUILD_ID },
    channel: {
      flags: 0,
      guild_id: GUILD_ID,
      id: channel,
      name: "général",
      nsfw: false,
      parent_id: null,
      permissions: "2248473465835073",
      position: 0,
      rate_limit_per_user: 0,
      topic: null,
      type: 0,
    },
    channel_id: channel,
    context: 0,
    guild: { features: [], id: GUILD_ID, locale: "fr" },
    guild_id: GUILD_ID,
    guild_locale: "fr",
    member: {
      avatar: null,
      banner: null,
      communication_disabled_until: null,
      deaf: false,
      flags: 0,
      joined_at: "2026-01-04T10:00:00.000000+00:00",
      mute: false,
      nick: null,
      pending: false,
      permissions: "2248473465835073",
      premium_since: null,
      roles: [],
      unusual_dm_activity_until: null,
      user: userObject(who),
    },
  };
}

export function ping(): DiscordRequest & { id: string } {
  const id = snowflake();
  return {
    id,
    rawBody: JSON.stringify({
      application_id: APPLICATION_ID,
      entitlements: [],
      id,
      token: `aW50ZXJhY3Rpb246${id}`,
      type: 1,
      user: null,
      version: 1,
    }),
  };
}

/** `/relais <sub> option:value…` (string options). */
export function command(
  sub: string,
  options: Record<string, string>,
  who: Member,
  where: Place = { dm: false },
  id = snowflake(),
): DiscordRequest & { id: string; token: string } {
  const body = {
    ...base(2, who, where, id),
    data: {
      id: "1190000000000000001",
      name: "relais",
      options: [{ name: sub, type: 1, options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })) }],
      type: 1,
    },
  };
  return { id, token: body.token, rawBody: JSON.stringify(body) };
}

/** A button pressed (or an option chosen in the select) on a message the bot sent. */
export function componentPress(
  pressed: { customId: string; values?: string[] },
  message: { id: string; components: unknown[]; flags: number },
  who: Member,
  where: Place = { dm: false },
): DiscordRequest & { id: string; token: string } {
  const id = snowflake();
  const body = {
    ...base(3, who, where, id),
    data: { component_type: pressed.values ? 3 : 2, custom_id: pressed.customId, ...(pressed.values ? { values: pressed.values } : {}) },
    message: {
      application_id: APPLICATION_ID,
      attachments: [],
      author: { id: APPLICATION_ID, username: "Relais", bot: true, discriminator: "0" },
      channel_id: where.channel ?? GENERAL_CHANNEL,
      components: message.components,
      content: "",
      edited_timestamp: null,
      embeds: [],
      flags: message.flags,
      id: message.id,
      interaction_metadata: {
        id: snowflake(),
        type: 2,
        name: "relais search",
        command_type: 1,
        user: userObject(who),
        authorizing_integration_owners: where.dm ? { "1": who.id } : { "0": GUILD_ID },
      },
      mention_everyone: false,
      mentions: [],
      pinned: false,
      timestamp: new Date().toISOString(),
      tts: false,
      type: 20,
    },
  };
  return { id, token: body.token, rawBody: JSON.stringify(body) };
}

/** A member typing in an option of `/relais search` (autocomplete): `focused` is the option being typed. */
export function autocomplete(options: Record<string, string>, focused: string, who: Member, sub = "search"): DiscordRequest {
  const id = snowflake();
  const body = {
    ...base(4, who, { dm: false }, id),
    data: {
      id: "1190000000000000001",
      name: "relais",
      options: [
        {
          name: sub,
          type: 1,
          options: Object.entries(options).map(([name, value]) => ({
            name,
            type: 3,
            value,
            ...(name === focused ? { focused: true } : {}),
          })),
        },
      ],
      type: 1,
    },
  };
  return { rawBody: JSON.stringify(body) };
}

/** A submitted modal: text fields by custom id, and files uploaded in its file-upload field. */
export function modalSubmit(
  customId: string,
  /** Typed values, or the options chosen in a select (an array). */
  fields: Record<string, string | string[]>,
  files: { id: string; filename: string; contentType: string; size: number; url: string }[],
  who: Member,
): DiscordRequest & { id: string; token: string } {
  const id = snowflake();
  let componentId = 0;
  const body = {
    ...base(5, who, { dm: false }, id),
    data: {
      custom_id: customId,
      components: [
        ...Object.entries(fields).map(([name, value]) => ({
          type: 18,
          id: ++componentId,
          component:
            typeof value === "string"
              ? { type: 4, id: ++componentId, custom_id: name, value }
              : { type: 3, id: ++componentId, custom_id: name, values: value },
        })),
        { type: 18, id: ++componentId, component: { type: 19, id: ++componentId, custom_id: "photos", values: files.map((f) => f.id) } },
      ],
      resolved: {
        attachments: Object.fromEntries(
          files.map((f) => [
            f.id,
            { id: f.id, filename: f.filename, size: f.size, url: f.url, proxy_url: f.url, content_type: f.contentType, ephemeral: true },
          ]),
        ),
      },
    },
  };
  return { id, token: body.token, rawBody: JSON.stringify(body) };
}

/** A message as the gateway dispatches it (MESSAGE_CREATE): a DM to the bot, or a message in a server's channel. */
export function gatewayMessage(
  content: string,
  who: Member,
  where: Place,
  extra: { mentions?: string[]; replyTo?: string } = {},
): { id: string; data: Record<string, unknown> } {
  const id = snowflake();
  const channel = where.channel ?? GENERAL_CHANNEL;
  return {
    id,
    data: {
      type: extra.replyTo ? 19 : 0,
      tts: false,
      timestamp: new Date().toISOString(),
      referenced_message: null,
      pinned: false,
      nonce: snowflake(),
      mentions: (extra.mentions ?? []).map((m) => ({
        id: m,
        username: "Relais",
        discriminator: "0",
        bot: true,
        avatar: null,
        global_name: null,
        public_flags: 0,
      })),
      mention_roles: [],
      mention_everyone: false,
      id,
      flags: 0,
      embeds: [],
      edited_timestamp: null,
      content,
      components: [],
      channel_type: where.dm ? 1 : 0,
      channel_id: channel,
      author: userObject(who),
      attachments: [],
      ...(extra.replyTo ? { message_reference: { type: 0, channel_id: channel, message_id: extra.replyTo } } : {}),
      ...(where.dm
        ? {}
        : {
            guild_id: GUILD_ID,
            member: {
              avatar: null,
              banner: null,
              communication_disabled_until: null,
              deaf: false,
              flags: 0,
              joined_at: "2026-01-04T10:00:00.000000+00:00",
              mute: false,
              nick: null,
              pending: false,
              premium_since: null,
              roles: [],
            },
          }),
    },
  };
}
