/**
 * Discord's `ChannelPort`: the delivery worker's way to post a message in a member's DM (bot
 * token) or to answer an interaction through its webhook (the interaction token, valid 15
 * minutes: the deferred answer is `PATCH …/messages/@original`, the next ones follow-ups), and
 * to edit one. One REST call per port call; errors come out typed (rest.ts).
 *
 * Idempotency: a DM carries a nonce derived from the delivery key with `enforce_nonce`, so
 * Discord itself refuses to create a second message for a send that is tried again after its
 * outcome was lost (it answers with the first one).
 */
import { createHash } from "node:crypto";
import type { Reply } from "@relais/core/assistant/reply";
import { LIMITS } from "@relais/core/assistant/reply-limits";
import {
  type ChannelAddress,
  ChannelPermanentError,
  type ChannelPort,
  type SendOptions,
  type SentMessage,
} from "@relais/core/delivery/channel-port";
import type { REST } from "discord.js";
import { MessageFlags, Routes } from "discord-api-types/v10";
import { renderReply } from "./render.ts";
import { DISCORD_API_VERSION, toChannelError } from "./rest.ts";

/** Discord's nonce holds 25 characters: the delivery key, hashed. */
export function nonceOf(idempotencyKey: string): string {
  return createHash("sha256").update(idempotencyKey).digest("base64url").slice(0, 25);
}

/** The webhook URL an interaction is answered at (`…/messages/@original` edits its deferred answer). */
export function interactionWebhookUrl(apiUrl: string, applicationId: string, token: string, original: boolean): string {
  return `${apiUrl}/v${DISCORD_API_VERSION}${original ? Routes.webhookMessage(applicationId, token, "@original") : Routes.webhook(applicationId, token)}`;
}

export class DiscordChannelPort implements ChannelPort {
  readonly provider = "discord" as const;
  readonly limits = LIMITS.discord;

  private readonly rest: REST;
  private readonly apiUrl: string;

  constructor(rest: REST, apiUrl: string) {
    this.rest = rest;
    this.apiUrl = apiUrl;
  }

  async send(address: ChannelAddress, reply: Reply, options: SendOptions): Promise<SentMessage> {
    const message = renderReply(reply);
    const flags = ("flags" in message ? (message.flags ?? 0) : 0) | (reply.ephemeral ? MessageFlags.Ephemeral : 0);
    const body = { ...message, ...(flags ? { flags } : {}) };
    try {
      if (address.responseUrl) {
        const route = this.webhookRoute(address.responseUrl);
        const sent = route.endsWith("/messages/@original")
          ? await this.rest.patch(route, { body, auth: false })
          : await this.rest.post(route, { body, auth: false, query: new URLSearchParams({ wait: "true" }) });
        return { platformMessageId: String((sent as { id?: unknown }).id ?? "") };
      }
      const sent = (await this.rest.post(Routes.channelMessages(address.conversation), {
        body: {
          ...body,
          nonce: nonceOf(options.idempotencyKey),
          enforce_nonce: true,
          ...(address.thread ? { message_reference: { message_id: address.thread, fail_if_not_exists: false } } : {}),
        },
      })) as { id: string };
      return { platformMessageId: sent.id };
    } catch (error) {
      throw toChannelError(error);
    }
  }

  async update(address: ChannelAddress, platformMessageId: string, reply: Reply): Promise<void> {
    const body = renderReply(reply);
    try {
      if (address.responseUrl) {
        const base = this.webhookRoute(address.responseUrl).replace(/\/messages\/@original$/, "");
        await this.rest.patch(`${base}/messages/${platformMessageId}` as `/${string}`, { body, auth: false });
        return;
      }
      await this.rest.patch(Routes.channelMessage(address.conversation, platformMessageId), { body });
    } catch (error) {
      throw toChannelError(error);
    }
  }

  /** The REST route of an interaction webhook URL; only URLs of the configured API (the token must not leave). */
  private webhookRoute(url: string): `/${string}` {
    const base = `${this.apiUrl}/v${DISCORD_API_VERSION}`;
    // Stored URLs may come back percent-encoded (`%40original`): the route is the decoded path.
    const route = url.startsWith(`${base}/webhooks/`) ? decodeURIComponent(url.slice(base.length)) : undefined;
    if (!route) throw new ChannelPermanentError("discord", "foreign_webhook", "an interaction webhook outside DISCORD_API_URL");
    return route as `/${string}`;
  }
}
