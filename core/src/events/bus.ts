/**
 * The core's event bus. In-process by default (one Node process serves everything); with
 * REDIS_URL it is bridged to the other instances (events/redis-bridge.ts). Subscribers never
 * break the publisher: their errors are reported, not thrown.
 */
export type CoreEvents = {
  "listing.changed": { listingId: string; ownerId: string; change: "created" | "updated" | "deleted" };
  "message.created": { conversationId: string; messageId: string; seq: number; senderId: string; memberIds: string[] };
  /** Edited or deleted (a tombstone): clients replace the message they show. */
  "message.updated": { conversationId: string; messageId: string; memberIds: string[] };
  /** `userId` left a group conversation; `memberIds` includes them (their other devices drop it). */
  "conversation.left": { conversationId: string; userId: string; memberIds: string[] };
  "conversation.read": { conversationId: string; userId: string; seq: number; memberIds: string[] };
  "conversation.typing": { conversationId: string; userId: string; memberIds: string[] };
  "match.proposed": { matchId: string; userIds: string[] };
  "match.updated": { matchId: string; userIds: string[]; status: string };
  /** An open proposal was taken back because a listing it used changed or went away. */
  "match.withdrawn": { matchId: string; userIds: string[]; reason: "listing_changed" | "listing_deleted" };
  /**
   * Sign-in sessions stopped working: `sessionIds` lists the ended ones, or "all" for every
   * session of the member (reset, deletion, a link that retires the account). Live connections
   * of those sessions must close.
   */
  "session.ended": { userId: string; sessionIds: string[] | "all"; reason: SessionEndReason };
  /** Delivery rows were committed: the delivery worker wakes now rather than at its next poll. */
  "delivery.enqueued": { count: number };
};

export type SessionEndReason =
  | "logout"
  | "password_changed"
  | "password_reset"
  | "email_change_undone"
  | "account_deleted"
  | "account_linked"
  | "refresh_reused";

/**
 * "here": only events published in this process (what happened here, said once: the realtime
 * layer broadcasts it to every instance's sockets itself). "any" (default): also the events
 * other instances published, once a bridge relays them (`relayTo` / `receive`).
 */
export type SubscribeOptions = { origin?: "here" | "any" };

type Listener = { fn: (payload: never) => unknown; hereOnly: boolean };

export class EventBus {
  readonly #listeners = new Map<string, Listener[]>();
  #relay: (<K extends keyof CoreEvents>(event: K, payload: CoreEvents[K]) => void) | undefined;
  private readonly onError: (error: unknown, event: string) => void;

  constructor(onError: (error: unknown, event: string) => void = () => {}) {
    this.onError = onError;
  }

  publish<K extends keyof CoreEvents>(event: K, payload: CoreEvents[K]): void {
    this.#deliver(event, payload, true);
    this.#relay?.(event, payload);
  }

  /** An event another instance published (from the bridge): for the "any" listeners. */
  receive<K extends keyof CoreEvents>(event: K, payload: CoreEvents[K]): void {
    this.#deliver(event, payload, false);
  }

  /** The bridge to the other instances: every local publish is handed to it. */
  relayTo(relay: (<K extends keyof CoreEvents>(event: K, payload: CoreEvents[K]) => void) | undefined): void {
    this.#relay = relay;
  }

  #deliver<K extends keyof CoreEvents>(event: K, payload: CoreEvents[K], here: boolean) {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) {
      if (listener.hereOnly && !here) continue;
      try {
        const result = (listener.fn as (p: CoreEvents[K]) => unknown)(payload);
        if (result instanceof Promise) result.catch((error) => this.onError(error, event));
      } catch (error) {
        this.onError(error, event);
      }
    }
  }

  subscribe<K extends keyof CoreEvents>(
    event: K,
    listener: (payload: CoreEvents[K]) => unknown,
    options: SubscribeOptions = {},
  ): () => void {
    const entry: Listener = { fn: listener as (payload: never) => unknown, hereOnly: options.origin === "here" };
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), entry]);
    return () =>
      this.#listeners.set(
        event,
        (this.#listeners.get(event) ?? []).filter((l) => l !== entry),
      );
  }
}

/** Every event name (a Record, so adding an event without listing it here fails to compile). */
const EVENT_NAMES: Record<keyof CoreEvents, true> = {
  "listing.changed": true,
  "message.created": true,
  "message.updated": true,
  "conversation.left": true,
  "conversation.read": true,
  "conversation.typing": true,
  "match.proposed": true,
  "match.updated": true,
  "match.withdrawn": true,
  "session.ended": true,
  "delivery.enqueued": true,
};

export const isCoreEvent = (name: unknown): name is keyof CoreEvents => typeof name === "string" && Object.hasOwn(EVENT_NAMES, name);
