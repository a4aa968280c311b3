/**
 * The core's event bus. In-process by default (one Node process serves everything); a
 * multi-instance deployment bridges it to Redis or Postgres LISTEN/NOTIFY. Subscribers never
 * break the publisher: their errors are reported, not thrown.
 */
import { EventEmitter } from "node:events";

export type CoreEvents = {
  "listing.changed": { listingId: string; ownerId: string; change: "created" | "updated" | "deleted" };
  "message.created": { conversationId: string; messageId: string; seq: number; senderId: string; memberIds: string[] };
  "conversation.read": { conversationId: string; userId: string; seq: number; memberIds: string[] };
  "conversation.typing": { conversationId: string; userId: string; memberIds: string[] };
  "match.proposed": { matchId: string; userIds: string[] };
  "match.updated": { matchId: string; userIds: string[]; status: string };
};

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
