/**
 * Slack's `ChannelPort`: the delivery worker's way to post (`chat.postMessage`) and update
 * (`chat.update`) a message in a member's DM or a thread. One platform call per port call (plus
 * a history check on a retry, below); errors come out typed (web-api.ts).
 *
 * Slack has no idempotency key, so each message carries the delivery key in its metadata
 * (`relais_delivery`). When a delivery is tried again after an attempt whose outcome is unknown
 * (the process died after Slack answered, a timeout), the port first looks for a recent message
 * in that conversation with the key and answers its `ts` instead of posting twice.
 */

import type { Reply } from "@relais/core/assistant/reply";
import { LIMITS } from "@relais/core/assistant/reply-limits";
import type { ChannelAddress, ChannelPort, SendOptions, SentMessage } from "@relais/core/delivery/channel-port";
import type { WebClient } from "@slack/web-api";
import { renderReply } from "./render.ts";
import { toChannelError } from "./web-api.ts";

export const DELIVERY_EVENT_TYPE = "relais_delivery";
/** How far back a retry looks for its own earlier post. */
const HISTORY_LOOKBACK = 50;

/** The Web API client for a workspace (one bot token, or the installation of that team). */
export type ClientForWorkspace = (workspace: string | undefined) => Promise<WebClient>;

export class SlackChannelPort implements ChannelPort {
  readonly provider = "slack" as const;
  readonly limits = LIMITS.slack;

  constructor(private readonly clientFor: ClientForWorkspace) {}

  async send(address: ChannelAddress, reply: Reply, options: SendOptions): Promise<SentMessage> {
    const client = await this.clientFor(address.workspace);
    try {
      if ((options.attempt ?? 1) > 1) {
        const earlier = await this.findPosted(client, address, options.idempotencyKey);
        if (earlier) return { platformMessageId: earlier };
      }
      const message = renderReply(reply);
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

  /** A reply only `user` sees, in a channel (Slack keeps it out of everyone else's view and history). */
  async sendEphemeral(address: ChannelAddress, user: string, reply: Reply): Promise<void> {
    const client = await this.clientFor(address.workspace);
    const message = renderReply(reply);
    try {
      await client.chat.postEphemeral({
        channel: address.conversation,
        user,
        ...(address.thread ? { thread_ts: address.thread } : {}),
        text: message.text,
        blocks: message.blocks,
      });
    } catch (error) {
      throw toChannelError(error);
    }
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
