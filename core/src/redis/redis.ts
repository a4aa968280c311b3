/**
 * The Redis a multi-instance deployment shares (REDIS_URL): one ioredis connection per use
 * (commands, the event bridge's subscription, socket.io's blocking stream reads), each
 * reconnecting by itself. `problem()` says why Redis is unusable right now, for /readyz.
 */
import { Redis, type RedisOptions, ReplyError } from "ioredis";

export type { Redis } from "ioredis";

/** Redis answered (an error reply such as NOSCRIPT), as opposed to Redis could not be reached. */
export const isRedisReply = (error: unknown): boolean => error instanceof (ReplyError as new () => Error);

const OPTIONS: RedisOptions = {
  // A command fails after one reconnection attempt instead of waiting for Redis indefinitely:
  // callers (rate limits, the event bridge) answer or retry on their own terms.
  maxRetriesPerRequest: 1,
  connectTimeout: 5_000,
};

export class RedisUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "RedisUnavailableError";
  }
}

export class RedisLink {
  readonly client: Redis;
  readonly #url: string;
  readonly #extra: Redis[] = [];
  #lastError: string | undefined;

  constructor(url: string) {
    this.#url = url;
    this.client = this.#connect("relais");
  }

  #connect(name: string, queueWhileDown = false): Redis {
    const client = new Redis(this.#url, {
      ...OPTIONS,
      connectionName: name,
      // Writes that must not be lost (socket.io packets, events) wait for Redis to come back.
      ...(queueWhileDown ? { maxRetriesPerRequest: null } : {}),
    });
    client.on("error", (error: Error & { code?: string }) => {
      this.#lastError = error.code ?? error.message;
    });
    client.on("ready", () => {
      if (client === this.client) this.#lastError = undefined;
    });
    return client;
  }

  /**
   * Another connection to the same Redis (a subscriber or a blocking reader needs its own).
   * `queueWhileDown`: its commands wait, in order, for Redis to come back instead of failing.
   */
  connection(name: string, options: { queueWhileDown?: boolean } = {}): Redis {
    const client = this.#connect(name, options.queueWhileDown);
    this.#extra.push(client);
    return client;
  }

  /** Undefined while Redis answers; otherwise why not (for /readyz). */
  problem(): string | undefined {
    if (this.client.status === "ready") return undefined;
    return this.#lastError ?? this.client.status;
  }

  /** Resolves once the main connection is ready; at start, an unreachable Redis stops Relais with one line. */
  async ready(): Promise<void> {
    if (this.client.status === "ready") return;
    try {
      await this.client.ping();
    } catch (error) {
      let where = "the configured server";
      try {
        const url = new URL(this.#url);
        where = `${url.hostname}:${url.port || 6379}`;
      } catch {}
      throw new RedisUnavailableError(`Cannot reach Redis at ${where} (REDIS_URL): ${this.#lastError ?? (error as Error).message}.`, {
        cause: error,
      });
    }
  }

  async close(): Promise<void> {
    for (const client of [this.client, ...this.#extra]) await closeConnection(client);
  }
}

/** QUIT when Redis answers; otherwise drop the connection (a QUIT queued for a Redis that is down would wait for it). */
export async function closeConnection(client: Redis): Promise<void> {
  if (client.status !== "ready") return client.disconnect();
  await client.quit().catch(() => client.disconnect());
}
