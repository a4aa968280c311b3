/**
 * Slack's `ChannelPort`: the delivery worker's way to post (`chat.postMessage`) and update
 * (`chat.update`) a message in a member's DM or a thread, an ephemeral message
 * (`chat.postEphemeral`), or a slash command's answer (its `response_url`). One platform call per port call (plus
 * a history check on a retry, below); errors come out typed (web-api.ts).
 *
 * Slack has no idempotency key, so each message carries the delivery key in its metadata
 * (`relais_delivery`). When a delivery is tried again after an attempt whose outcome is unknown
 * (the process died after Slack answered, a timeout), the port first looks for a recent message
 * in that conversation with the key and answers its `ts` instead of posting twice.
 */

import type { Reply } from "@relais/core/assistant/reply";
import { LIMITS } from "@relais/core/assistant/reply-limits";
import {
  type ChannelAddress,
  ChannelPermanentError,
  type ChannelPort,
  ChannelRateLimited,
  ChannelTransientError,
  retryAfterMs,
  type SendOptions,
  type SentMessage,
} from "@relais/core/delivery/channel-port";
import type { WebClient } from "@slack/web-api";
import { renderReply } from "./render.ts";
import { toChannelError } from "./web-api.ts";

export const DELIVERY_EVENT_TYPE = "relais_delivery";
/** How far back a retry looks for its own earlier post. */
const HISTORY_LOOKBACK = 50;
const RESPONSE_URL_TIMEOUT_MS = 10_000;
/** A 429 from a response_url without Retry-After: wait this long. */
const RESPONSE_URL_RETRY_MS = 1000;

/** The Web API client for a workspace (one bot token, or the installation of that team). */
export type ClientForWorkspace = (workspace: string | undefined) => Promise<WebClient>;

export class SlackChannelPort implements ChannelPort {
  readonly provider = "slack" as const;
  readonly limits = LIMITS.slack;

  private readonly clientFor: ClientForWorkspace;

  constructor(clientFor: ClientForWorkspace) {
    this.clientFor = clientFor;
  }

  async send(address: ChannelAddress, reply: Reply, options: SendOptions): Promise<SentMessage> {
    // The request's own answer address (a slash command's response_url): used as Slack gave it.
    if (address.responseUrl) return this.respond(address.responseUrl, reply);
    const client = await this.clientFor(address.workspace);
    const message = renderReply(reply);
    try {
      // Meant for one member in a shared channel: only they see it (Slack keeps no history of it to look up).
      if (address.visibleTo) {
        const result = await client.chat.postEphemeral({
          channel: address.conversation,
          user: address.visibleTo,
          ...(address.thread ? { thread_ts: address.thread } : {}),
          text: message.text,
          blocks: message.blocks,
        });
        return { platformMessageId: String(result.message_ts ?? "") };
      }
      if ((options.attempt ?? 1) > 1) {
        const earlier = await this.findPosted(client, address, options.idempotencyKey);
        if (earlier) return { platformMessageId: earlier };
      }
      const result = await client.chat.postMessage({
        channel: address.conversation,
        ...(address.thread ? { thread_ts: address.thread } : {}),
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { key: options.idempotencyKey } },
      });
      return { platformMessageId: String(result.ts) };
    } catch (error) {
      throw toChannelError(error);
    }
  }

  /** Posts to a `response_url` (valid 30 minutes, 5 uses): an answer only the member who asked sees. */
  private async respond(responseUrl: string, reply: Reply): Promise<SentMessage> {
    const message = renderReply(reply);
    let response: Response;
    try {
      response = await fetch(responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks }),
        signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
      });
    } catch (error) {
      throw toChannelError(error);
    }
    await response.body?.cancel();
    if (response.ok) return { platformMessageId: "" };
    if (response.status === 429)
      throw new ChannelRateLimited("slack", retryAfterMs(response.headers.get("retry-after"), RESPONSE_URL_RETRY_MS));
    const code = `response_url_${response.status}`;
    if (response.status >= 500 || response.status === 408)
      throw new ChannelTransientError("slack", code, `Slack's response_url answered ${response.status}`);
    // 404/410: the URL expired or was used up; nothing a retry can fix.
    throw new ChannelPermanentError("slack", code, `Slack's response_url answered ${response.status}`);
  }

  async update(address: ChannelAddress, platformMessageId: string, reply: Reply): Promise<void> {
    const client = await this.clientFor(address.workspace);
    const message = renderReply(reply);
    try {
      await client.chat.update({ channel: address.conversation, ts: platformMessageId, text: message.text, blocks: message.blocks });
    } catch (error) {
      throw toChannelError(error);
    }
  }

  private async findPosted(client: WebClient, address: ChannelAddress, key: string): Promise<string | undefined> {
    const history = address.thread
      ? await client.conversations.replies({
          channel: address.conversation,
          ts: address.thread,
          limit: HISTORY_LOOKBACK,
          include_all_metadata: true,
        })
      : await client.conversations.history({ channel: address.conversation, limit: HISTORY_LOOKBACK, include_all_metadata: true });
    const found = history.messages?.find(
      (message) =>
        message.metadata?.event_type === DELIVERY_EVENT_TYPE && (message.metadata.event_payload as { key?: unknown })?.key === key,
    );
    return found?.ts;
  }
}
