/**
 * The gateway connection (discord.js 14): heartbeats, resumes and sharding are discord.js's;
 * Relais reads the raw dispatches it needs (MESSAGE_CREATE, INTERACTION_CREATE) and hands them
 * to the same translation as HTTP. Intents: servers, their messages and DMs; the privileged
 * Message Content intent is not asked for (DMs and mentions carry their text without it).
 * The gateway URL comes from `GET {DISCORD_API_URL}/v10/gateway/bot`.
 *
 * @see https://discord.com/developers/docs/events/gateway
 */
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { Logger } from "pino";
import { DISCORD_API_VERSION } from "./rest.ts";

export type GatewayHandlers = {
  onMessage(payload: unknown, botUserId: string): void;
  onInteraction(payload: unknown): void;
};

export async function connectGateway(options: { apiUrl: string; token: string; log: Logger; handlers: GatewayHandlers }): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: options.apiUrl, version: DISCORD_API_VERSION },
  });
  client.on(Events.Raw, (packet: { t?: string | null; d?: unknown }) => {
    const botUserId = client.user?.id;
    if (packet.t === "MESSAGE_CREATE" && botUserId) options.handlers.onMessage(packet.d, botUserId);
    else if (packet.t === "INTERACTION_CREATE") options.handlers.onInteraction(packet.d);
  });
  client.on(Events.Error, (error) => options.log.error({ err: error }, "discord gateway error"));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(options.token);
  await ready;
  return client;
}
