/**
 * The seam between the delivery outbox and the chat platforms. Core decides *what* to send
 * (a neutral `Reply`), *to whom* and *when*; an adapter implements `ChannelPort` to put it on
 * its platform and nothing else. The delivery worker is the only caller: it retries, orders
 * and records, so a port makes exactly one platform call per method call and reports what
 * happened through the typed errors below.
 *
 * An adapter registers one port per provider in a `ChannelPortRegistry`
 * (`registry.register(port)`); rows for a provider with no registered port wait (they are
 * not failed), so a bot started later picks them up.
 */
import type { Reply } from "../assistant/reply.ts";
import type { ReplyLimits } from "../assistant/reply-limits.ts";
import type { DeliveryChannel } from "../db/generated/enums.ts";

/** The channels a delivery can go out on (the `DeliveryChannel` enum); `socket` is the in-process socket.io push. */
export type DeliveryProvider = DeliveryChannel;
export const DELIVERY_PROVIDERS = ["socket", "slack", "discord", "teams", "widget", "email"] as const satisfies readonly DeliveryProvider[];

/**
 * Where one member is reached proactively on one provider. `conversation` is the platform's
 * own address (a Slack/Discord DM channel id, a serialised Teams conversation reference, a
 * widget session, a user id for socket); `workspace` selects the `ChannelInstallation`
 * (credentials) when a provider has several.
 */
export type ChannelAddress = {
  provider: DeliveryProvider;
  /** Slack team id, Discord guild id, Teams tenant id; absent when the provider has one installation. */
  workspace?: string;
  conversation: string;
  /** Reply inside a thread, when the platform has them. */
  thread?: string;
  /** The Relais user the message is for (socket routing, logs). */
  userId: string;
  /** Only this platform user sees the message in a shared channel (Slack's ephemeral messages). */
  visibleTo?: string;
  /**
   * The request's own answer address, used as the platform gave it (Slack's `response_url`,
   * Discord's interaction webhook); the port posts there instead of `conversation`.
   */
  responseUrl?: string;
};

export type SentMessage = {
  /** The platform's id of the message, stored on the delivery so it can be updated later. */
  platformMessageId: string;
};

export type SendOptions = {
  /** The delivery id (a page suffix after the first page): the same on every retry of that send. */
  idempotencyKey: string;
  /**
   * 1 on the first try; more when an earlier try may have posted (the process died after the
   * platform answered, a timeout): a port whose platform has no idempotency key looks for its
   * earlier post before posting again.
   */
  attempt: number;
};

export type ChannelPort = {
  readonly provider: DeliveryProvider;
  /**
   * What one message may hold (the platform's table in reply-limits.ts). The worker fits each
   * Reply to it with `fitReply` before calling `send`, and only calls `update` when
   * `limits.update` is true (else it posts anew).
   */
  readonly limits: ReplyLimits;
  /**
   * Posts a new message. `idempotencyKey` is the delivery id: platforms that accept one (or
   * a fake that counts) can refuse a duplicate. Throws `ChannelRateLimited`,
   * `ChannelTransientError` or `ChannelPermanentError`; any other error counts as transient.
   */
  send(address: ChannelAddress, reply: Reply, options: SendOptions): Promise<SentMessage>;
  /** Replaces a message sent earlier (buttons pressed, proposal withdrawn). Same errors as `send`. */
  update(address: ChannelAddress, platformMessageId: string, reply: Reply): Promise<void>;
};

/** Base of the errors a port throws; `code` is stable (logs, `Delivery.lastError`). */
export abstract class ChannelError extends Error {
  abstract readonly retryable: boolean;
  readonly provider: DeliveryProvider;
  readonly code: string;

  constructor(provider: DeliveryProvider, code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.provider = provider;
    this.code = code;
    this.name = new.target.name;
  }
}

/** The platform said "too many requests": try again no sooner than `retryAfterMs`. */
export class ChannelRateLimited extends ChannelError {
  readonly retryable = true;
  readonly retryAfterMs: number;

  constructor(provider: DeliveryProvider, retryAfterMs: number, options?: ErrorOptions) {
    super(provider, "rate_limited", `${provider} rate limited: retry after ${retryAfterMs} ms`, options);
    this.retryAfterMs = retryAfterMs;
  }
}

/** Worth retrying with backoff: network error, timeout, 5xx. */
export class ChannelTransientError extends ChannelError {
  readonly retryable = true;
  /** When the platform said when to try again (a `Retry-After` on a 502, 504, 412…): never sooner. */
  retryAfterMs?: number;
}

/**
 * Retrying cannot help: the member blocked the bot, the channel was deleted, the
 * installation was revoked, the message is malformed. The delivery is marked `failed` at once.
 */
export class ChannelPermanentError extends ChannelError {
  readonly retryable = false;
}

/** Reads a `Retry-After` header (seconds or an HTTP date) into milliseconds; `fallbackMs` when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, fallbackMs: number, now: number = Date.now()): number {
  if (!header) return fallbackMs;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallbackMs : Math.max(0, date - now);
}

/** One port per provider. Adapters register theirs at start; the delivery worker looks them up. */
export class ChannelPortRegistry {
  readonly #ports = new Map<DeliveryProvider, ChannelPort>();

  /** Registers (or replaces, e.g. in tests) the port of `port.provider`. Returns an unregister function. */
  register(port: ChannelPort): () => void {
    this.#ports.set(port.provider, port);
    return () => {
      if (this.#ports.get(port.provider) === port) this.#ports.delete(port.provider);
    };
  }

  get(provider: DeliveryProvider): ChannelPort | undefined {
    return this.#ports.get(provider);
  }

  /** Providers that can send right now: the worker only claims rows for these. */
  providers(): DeliveryProvider[] {
    return [...this.#ports.keys()];
  }
}
