/**
 * Teams' `ChannelPort`: the delivery worker's way to post and update a message in a member's
 * personal chat with the app, from the conversation reference stored when the member first
 * wrote or installed the app (`Identity.conversationReference`), through the SDK's proactive
 * `continueConversation`: it works after a restart, from the database alone. One Bot
 * Connector call per port call; its refusals come out typed (429 and 412/502/504 with their
 * `Retry-After`, the rest permanent), and the worker retries.
 *
 * The Bot Connector takes no idempotency key and lets a bot read no history: a send whose
 * outcome was lost (the process died after Teams answered) may be posted again on its retry.
 *
 * @see https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 * @see https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit (429, 412, 502, 504: retry with backoff)
 */

import { Activity, type ConversationReference } from "@microsoft/agents-activity";
import type { CloudAdapter, ConnectorClient } from "@microsoft/agents-hosting";
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
import { z } from "zod";
import { renderReply } from "./render.ts";

/** What a stored reference must hold to write to its conversation again. */
export const StoredReference = z.looseObject({
  serviceUrl: z.url({ protocol: /^https?$/ }),
  channelId: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
  agent: z.looseObject({ id: z.string() }).optional(),
  user: z.looseObject({ id: z.string() }).optional(),
});

/** Statuses Teams asks to retry after a while (throttling, a conversation being changed, its gateway). */
const RETRYABLE = new Set([408, 412, 500, 502, 503, 504]);

/** Turns what the Bot Connector call threw into a rate-limit, transient or permanent delivery error. */
export function toChannelError(error: unknown): Error {
  const response = (error as { response?: { status?: unknown; headers?: unknown } } | undefined)?.response;
  const status = typeof response?.status === "number" ? response.status : undefined;
  if (status === undefined) {
    const message = error instanceof Error ? error.message : String(error);
    return new ChannelTransientError("teams", "network", `Teams unreachable: ${message}`, { cause: error });
  }
  const headers = response?.headers instanceof Headers ? response.headers : undefined;
  const retryAfter = headers?.get("retry-after");
  if (status === 429) return new ChannelRateLimited("teams", retryAfterMs(retryAfter, 1000), { cause: error });
  if (RETRYABLE.has(status)) {
    const transient = new ChannelTransientError("teams", `http_${status}`, `Teams answered ${status}`, { cause: error });
    if (retryAfter) transient.retryAfterMs = retryAfterMs(retryAfter, 1000);
    return transient;
  }
  // 401/403 (the app was removed, the member blocked it), 404 (no such conversation), 400.
  return new ChannelPermanentError("teams", `http_${status}`, `Teams refused: ${status}`, { cause: error });
}

export class TeamsChannelPort implements ChannelPort {
  readonly provider = "teams" as const;
  readonly limits = LIMITS.teams;

  /** `appId` undefined: anonymous development mode (no token on outgoing calls). */
  private readonly adapter: CloudAdapter;
  private readonly appId: string | undefined;

  constructor(adapter: CloudAdapter, appId: string | undefined) {
    this.adapter = adapter;
    this.appId = appId;
  }

  /** A new message in the conversation (not a reply to anything: `POST …/activities`). */
  async send(address: ChannelAddress, reply: Reply, _options: SendOptions): Promise<SentMessage> {
    const reference = referenceOf(address);
    const id = await this.#inConversation(reference, async (client) => {
      const sent = await client.sendToConversation(reference.conversation.id, activityFor(reference, reply));
      return sent?.id;
    });
    if (!id) throw new ChannelTransientError("teams", "no_id", "Teams gave no message id");
    return { platformMessageId: id };
  }

  async update(address: ChannelAddress, platformMessageId: string, reply: Reply): Promise<void> {
    const reference = referenceOf(address);
    await this.#inConversation(reference, async (client) => {
      await client.updateActivity(reference.conversation.id, platformMessageId, activityFor(reference, reply, platformMessageId));
      return platformMessageId;
    });
  }

  /**
   * Runs `write` with the Bot Connector client of a proactive turn in the reference's
   * conversation (the SDK gets the token); the SDK's turn-error handler never sees a failure.
   */
  async #inConversation(
    reference: ConversationReference,
    write: (client: ConnectorClient) => Promise<string | undefined>,
  ): Promise<string | undefined> {
    let result: string | undefined;
    let failure: unknown;
    try {
      await this.adapter.continueConversation(this.appId ? { aud: this.appId } : { aud: undefined }, reference, async (context) => {
        try {
          result = await write(context.turnState.get<ConnectorClient>(this.adapter.ConnectorClientKey));
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined) throw toChannelError(failure);
    return result;
  }
}

/** The message activity of a reply, addressed as the reference says (from the app, to the member). */
function activityFor(reference: ConversationReference, reply: Reply, id?: string): Activity {
  return Activity.fromObject({
    ...renderReply(reply),
    ...(id ? { id } : {}),
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    conversation: reference.conversation,
    ...(reference.agent ? { from: reference.agent } : {}),
    ...(reference.user ? { recipient: reference.user } : {}),
  });
}

/** The stored reference of an address (a thread of a channel is a conversation of its own: `;messageid=`). */
export function referenceOf(address: ChannelAddress): ConversationReference {
  let parsed: unknown;
  try {
    parsed = JSON.parse(address.conversation);
  } catch {
    parsed = undefined;
  }
  const reference = StoredReference.safeParse(parsed);
  if (!reference.success) throw new ChannelPermanentError("teams", "bad_reference", "not a Teams conversation reference");
  const { activityId: _reply, ...rest } = reference.data as ConversationReference & { activityId?: string };
  if (address.thread && !rest.conversation.id.includes(";messageid="))
    return { ...rest, conversation: { ...rest.conversation, id: `${rest.conversation.id};messageid=${address.thread}` } };
  return rest as ConversationReference;
}
