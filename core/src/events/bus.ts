/**
 * The core's event bus. In-process by default (one Node process serves everything); a
 * multi-instance deployment bridges it to Redis or Postgres LISTEN/NOTIFY. Subscribers never
 * break the publisher: their errors are reported, not thrown.
 */
import { EventEmitter } from "node:events";

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

export class EventBus {
  readonly #emitter = new EventEmitter({ captureRejections: false });
  constructor(private readonly onError: (error: unknown, event: string) => void = () => {}) {
    this.#emitter.setMaxListeners(1000);
  }

  publish<K extends keyof CoreEvents>(event: K, payload: CoreEvents[K]): void {
    for (const listener of this.#emitter.listeners(event)) {
      try {
        const result = (listener as (p: CoreEvents[K]) => unknown)(payload);
        if (result instanceof Promise) result.catch((error) => this.onError(error, event));
      } catch (error) {
        this.onError(error, event);
      }
    }
  }

  subscribe<K extends keyof CoreEvents>(event: K, listener: (payload: CoreEvents[K]) => unknown): () => void {
    this.#emitter.on(event, listener);
    return () => this.#emitter.off(event, listener);
  }
}
