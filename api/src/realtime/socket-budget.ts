/**
 * The event budget of one socket (rate-limiter-flexible token buckets, in memory, keyed by
 * socket id): HTTP has its per-IP limiter, and without this one socket could queue thousands
 * of `sync` reads and slow every other request down.
 *
 * - `sync`: a burst of 30 (a reconnect catching up on many conversations), then 3 a second;
 *   at most 2 running at once per socket, the others admitted wait their turn.
 * - `typing`: one announcement per conversation every 3 s, at most 10 per 10 s per socket;
 *   the rest is dropped (typing is a hint, nobody needs every keystroke).
 * - `authenticate` (a fresh token): 5 per minute.
 * A socket that keeps going after being refused (100 refusals in 10 s) is disconnected.
 */
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { Socket } from "socket.io";

export type BudgetedEvent = "sync" | "typing" | "authenticate";

export const SOCKET_LIMITS = {
  sync: { points: 30, duration: 10 },
  syncConcurrency: 2,
  typingPerConversation: { points: 1, duration: 3 },
  typing: { points: 10, duration: 10 },
  authenticate: { points: 5, duration: 60 },
  refusalsBeforeDisconnect: { points: 100, duration: 10 },
} as const;

const consumes = async (limiter: RateLimiterMemory, key: string) => {
  try {
    await limiter.consume(key);
    return true;
  } catch {
    return false;
  }
};

export class SocketBudget {
  readonly #sync = new RateLimiterMemory({ keyPrefix: "sync", ...SOCKET_LIMITS.sync });
  readonly #typing = new RateLimiterMemory({ keyPrefix: "typing", ...SOCKET_LIMITS.typing });
  readonly #typingPerConversation = new RateLimiterMemory({ keyPrefix: "typing-c", ...SOCKET_LIMITS.typingPerConversation });
  readonly #authenticate = new RateLimiterMemory({ keyPrefix: "auth", ...SOCKET_LIMITS.authenticate });
  readonly #refusals = new RateLimiterMemory({ keyPrefix: "refused", ...SOCKET_LIMITS.refusalsBeforeDisconnect });
  readonly #slots = new Map<string, { running: number; waiting: (() => void)[] }>();

  /** Whether the socket may emit this event now; a refusal counts towards disconnection (typing excepted). */
  async allow(socket: Socket, event: BudgetedEvent, conversationId?: string): Promise<boolean> {
    if (event === "typing") {
      return (await consumes(this.#typingPerConversation, `${socket.id}:${conversationId}`)) && (await consumes(this.#typing, socket.id));
    }
    if (await consumes(event === "sync" ? this.#sync : this.#authenticate, socket.id)) return true;
    if (!(await consumes(this.#refusals, socket.id))) socket.disconnect(true);
    return false;
  }

  /**
   * Waits for one of the socket's concurrent slots for `event` (admitted events are few: the
   * token bucket bounds how many can wait). Call the returned function when done.
   */
  async enter(socket: Socket, event: "sync"): Promise<() => void> {
    const key = `${event}:${socket.id}`;
    const slot = this.#slots.get(key) ?? { running: 0, waiting: [] };
    this.#slots.set(key, slot);
    if (slot.running >= SOCKET_LIMITS.syncConcurrency) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    else slot.running += 1;
    return () => {
      const next = slot.waiting.shift();
      if (next) next();
      else if (--slot.running === 0) this.#slots.delete(key);
    };
  }

  forget(socketId: string): void {
    this.#slots.delete(`sync:${socketId}`);
  }
}
