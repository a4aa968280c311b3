/**
 * `relais db serve`: the embedded database (PGlite) served over TCP, so several local processes
 * (two Relais instances, the multi-instance tests) can share it through `DATABASE_URL`.
 *
 * pglite-socket's own server queues single protocol messages: two clients' extended-protocol
 * exchanges (Parse, Bind, Execute, Sync) interleave on PGlite's one session, and the second
 * client's Parse replaces the first one's unnamed statement ("bind message supplies 2
 * parameters, but prepared statement "" requires 3"). Its connection handler, which frames the
 * messages and follows the socket, is reused as it is; the queue behind it is ours: a client
 * owns the database from its first message to the end of its exchange (`Sync`, a simple
 * `Query`), and for as long as it has a transaction open. A client that dies while it owns the
 * database has its exchange closed and its transaction rolled back, then the next one goes on.
 *
 * PGlite is one Postgres session: what is per-session on a real server is shared by every
 * client here (session advisory locks, `SET`, named prepared statements, LISTEN/NOTIFY, which
 * do not cross connections at all). Relais uses none of these to coordinate processes.
 */
import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler } from "@electric-sql/pglite-socket";
import { acquireDataDirLock } from "./data-dir-lock.ts";
import { openMigratedPGlite } from "./migrate.ts";

/** The startup message carries protocol 3.0 where other messages carry their type byte. */
const PROTOCOL_3 = 196608;
/** Sync, simple Query and Terminate close an exchange; so does the startup message. */
const EXCHANGE_ENDS = new Set(["S", "Q", "X"].map((c) => c.charCodeAt(0)));
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

function endsExchange(message: Uint8Array): boolean {
  if (message.length >= 8 && new DataView(message.buffer, message.byteOffset, message.byteLength).getInt32(4) === PROTOCOL_3) return true;
  return EXCHANGE_ENDS.has(message[0] ?? 0);
}

type Pending = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
};

/**
 * The queue pglite-socket's handlers feed (same three methods as its own): whole exchanges and
 * whole transactions, one client at a time, in arrival order otherwise.
 */
export class ExchangeQueue {
  readonly #db: PGlite;
  #pending: Pending[] = [];
  /** The client whose exchange or transaction is open; null when the database is free. */
  #owner: number | null = null;
  #running: Promise<void> | undefined;
  #closed = false;

  constructor(db: PGlite) {
    this.#db = db;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ handlerId, message, onData, resolve, reject });
      this.#pump();
    });
  }

  #pump() {
    if (this.#running || this.#closed) return;
    const index = this.#owner === null ? 0 : this.#pending.findIndex((p) => p.handlerId === this.#owner);
    const next = index === -1 ? undefined : this.#pending[index];
    if (!next) return;
    this.#pending.splice(index, 1);
    this.#owner = next.handlerId;
    this.#running = this.#run(next).finally(() => {
      this.#running = undefined;
      this.#pump();
    });
  }

  async #run(item: Pending) {
    let bytes = 0;
    try {
      await this.#db.runExclusive(() =>
        this.#db.execProtocolRawStream(item.message, {
          onRawData: (data) => {
            bytes += data.length;
            item.onData(data);
          },
        }),
      );
      item.resolve(bytes);
    } catch (error) {
      item.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (endsExchange(item.message) && !this.#db.isInTransaction() && this.#owner === item.handlerId) this.#owner = null;
  }

  getQueueLength(): number {
    return this.#pending.length;
  }

  /** The client is gone: what it still had queued is dropped. */
  clearQueueForHandler(handlerId: number): void {
    const dropped = this.#pending.filter((p) => p.handlerId === handlerId);
    this.#pending = this.#pending.filter((p) => p.handlerId !== handlerId);
    for (const p of dropped) p.reject(new Error("client disconnected"));
  }

  /**
   * The client is gone while it owned the database: its half-sent exchange is closed and its
   * transaction rolled back, as Postgres does when a connection drops, then the others go on.
   */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    await this.#running;
    if (this.#owner !== handlerId || this.#closed) return;
    // ROLLBACK aborts an open block or an extended exchange's implicit transaction; Sync ends an
    // exchange left in its error state (where the ROLLBACK itself was skipped), then once more.
    await this.#db.exec("ROLLBACK").catch(() => {});
    await this.#db.runExclusive(() => this.#db.execProtocolRaw(SYNC)).catch(() => {});
    if (this.#db.isInTransaction()) await this.#db.exec("ROLLBACK").catch(() => {});
    if (this.#owner === handlerId) this.#owner = null;
    this.#pump();
  }

  /** Before the database closes: nothing more runs, the exchange in flight ends first. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#pending.splice(0)) p.reject(new Error("the database is closing"));
    await this.#running;
  }
}

export type ServedDatabase = {
  /** `postgresql://…` for other processes' DATABASE_URL. */
  url: string;
  port: number;
  close(): Promise<void>;
};

export type ServeOptions = {
  /** RELAIS_DATA_DIR: its lock is held while serving, so no other process opens the folder. */
  dataDir: string;
  host?: string;
  /** 0 picks a free port (the URL says which). */
  port?: number;
  onProgress?: (step: string) => void;
};

/** Migrates the embedded database, then serves it until `close()`. */
export async function serveDatabase(options: ServeOptions): Promise<ServedDatabase> {
  const host = options.host ?? "127.0.0.1";
  const progress = options.onProgress ?? (() => {});
  const lock = acquireDataDirLock(options.dataDir);
  let db: PGlite | undefined;
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  try {
    const pglite = await openMigratedPGlite(options.dataDir, lock.token, progress);
    db = pglite;
    const queue = new ExchangeQueue(pglite);
    const listening = createServer((socket) => {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
      // The handler's queue option is typed as pglite-socket's private class; ours has its methods.
      const handler = new PGLiteSocketHandler({
        queryQueue: queue as unknown as ConstructorParameters<typeof PGLiteSocketHandler>[0]["queryQueue"],
        closeOnDetach: true,
      });
      handler.attach(socket).catch(() => socket.destroy());
    });
    server = listening;
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(options.port ?? 5432, host, () => resolve());
    });
    const address = listening.address();
    const port = typeof address === "object" && address ? address.port : (options.port ?? 5432);
    const urlHost = host.includes(":") ? `[${host}]` : host;
    let closed = false;
    return {
      url: `postgresql://postgres:postgres@${urlHost}:${port}/postgres?sslmode=disable`,
      port,
      async close() {
        if (closed) return;
        closed = true;
        await new Promise<void>((resolve) => {
          listening.close(() => resolve());
          for (const socket of sockets) socket.destroy();
        });
        await queue.close();
        await pglite.close();
        lock.release();
      },
    };
  } catch (error) {
    server?.close();
    await db?.close().catch(() => {});
    lock.release();
    throw error;
  }
}
