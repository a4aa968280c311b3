/**
 * `relais db serve` with several real `pg` clients at once: their extended-protocol exchanges
 * never interleave, a transaction keeps the database until it ends, and a client that dies in
 * the middle of a transaction or an exchange leaves nothing behind and blocks nobody.
 */
import { once } from "node:events";
import { rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { dirname } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { type ServedDatabase, serveDatabase } from "./serve.ts";

let dataDir: string;
let served: ServedDatabase;
const clients: pg.Client[] = [];

async function client(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: served.url });
  c.on("error", () => {});
  await c.connect();
  clients.push(c);
  return c;
}

beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  served = await serveDatabase({ dataDir, port: 0 });
  const setup = await client();
  await setup.query("CREATE TABLE served_counter (id int PRIMARY KEY, n int NOT NULL)");
  await setup.query("INSERT INTO served_counter VALUES (1, 0)");
  await setup.query("CREATE TABLE served_rows (v int NOT NULL)");
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => {})));
  await served?.close();
  if (dataDir) rmSync(dirname(dataDir), { recursive: true, force: true });
});

describe("db serve", () => {
  it("answers parallel queries with different parameters from several clients, each with its own result", async () => {
    const three = await Promise.all([client(), client(), client()]);
    const checked = await Promise.all(
      three.map(async (who, k) => {
        const results: [unknown, unknown][] = [];
        for (let i = k; i < 60; i += 3) {
          // Different parameter counts on one unnamed statement: what interleaving broke.
          if (k === 0) results.push([(await who.query("SELECT $1::int + $2::int AS r", [i, 1])).rows[0]?.r, i + 1]);
          if (k === 1) results.push([(await who.query("SELECT $1::int + $2::int + $3::int AS r", [i, 1, 1])).rows[0]?.r, i + 2]);
          if (k === 2) results.push([(await who.query("SELECT $1::text AS r", [`q${i}`])).rows[0]?.r, `q${i}`]);
        }
        return results;
      }),
    );
    for (const [got, expected] of checked.flat()) expect(got).toBe(expected);
    expect(checked.flat()).toHaveLength(60);
  });

  it("runs concurrent transactions one after the other: no update is lost", async () => {
    const workers = await Promise.all([client(), client(), client()]);
    const increments = 15;
    await Promise.all(
      workers.map(async (w) => {
        for (let i = 0; i < increments; i++) {
          await w.query("BEGIN");
          const { rows } = await w.query<{ n: number }>("SELECT n FROM served_counter WHERE id = $1", [1]);
          await w.query("UPDATE served_counter SET n = $1 WHERE id = $2", [(rows[0]?.n ?? 0) + 1, 1]);
          await w.query("COMMIT");
        }
      }),
    );
    const check = await client();
    const { rows } = await check.query<{ n: number }>("SELECT n FROM served_counter WHERE id = 1");
    expect(rows[0]?.n).toBe(workers.length * increments);
  });

  it("holds the database for an open transaction: another client reads only what was committed", async () => {
    const [writer, reader] = await Promise.all([client(), client()]);
    await writer.query("BEGIN");
    await writer.query("INSERT INTO served_rows VALUES ($1)", [7]);
    const read = reader.query<{ count: string }>("SELECT count(*) FROM served_rows WHERE v = $1", [7]);
    let readDone = false;
    void read.then(() => {
      readDone = true;
    });
    // The writer goes on inside its transaction while the reader waits for it.
    await writer.query("INSERT INTO served_rows VALUES ($1)", [7]);
    expect(readDone).toBe(false);
    await writer.query("COMMIT");
    expect((await read).rows[0]?.count).toBe("2");
  });

  it("rolls back the transaction of a client that dies in it, and the others go on", async () => {
    const [doomed, other] = await Promise.all([client(), client()]);
    await doomed.query("BEGIN");
    await doomed.query("INSERT INTO served_rows VALUES ($1)", [42]);
    const waiting = other.query<{ count: string }>("SELECT count(*) FROM served_rows WHERE v = $1", [42]);
    // The process holding the transaction is killed: its connection drops without a word.
    (doomed as unknown as { connection: { stream: Socket } }).connection.stream.destroy();
    expect((await waiting).rows[0]?.count).toBe("0");
    const { rows } = await other.query<{ n: number }>("SELECT n FROM served_counter WHERE id = $1", [1]);
    expect(rows).toHaveLength(1);
  });

  it("drops the half-sent exchange of a client that dies before its Sync, without committing it", async () => {
    const other = await client();
    const socket = connect(served.port, "127.0.0.1");
    await once(socket, "connect");
    let received = Buffer.alloc(0);
    const waitFor = (type: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (received.includes(Buffer.from(type))) {
            socket.off("data", onData);
            resolve();
          }
        };
        const onData = (chunk: Buffer) => {
          received = Buffer.concat([received, chunk]);
          check();
        };
        socket.on("data", onData);
        check();
      });
    socket.write(startupMessage());
    await waitFor("Z");
    received = Buffer.alloc(0);
    // Parse, Bind, Execute and Flush of an INSERT: its row exists in the exchange's implicit
    // transaction, which only a Sync would commit.
    socket.write(Buffer.concat([parse("INSERT INTO served_rows VALUES (99)"), bind(), execute(), flush()]));
    await waitFor("C");
    const counted = other.query<{ count: string }>("SELECT count(*) FROM served_rows WHERE v = $1", [99]);
    socket.destroy();
    expect((await counted).rows[0]?.count).toBe("0");
  });
});

// Minimal frontend messages of the Postgres protocol, for the client that dies half-way.
function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const cstring = (s: string) => Buffer.concat([Buffer.from(s), Buffer.from([0])]);
function startupMessage(): Buffer {
  const body = Buffer.concat([
    Buffer.from([0, 3, 0, 0]),
    cstring("user"),
    cstring("postgres"),
    cstring("database"),
    cstring("postgres"),
    Buffer.from([0]),
  ]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([length, body]);
}
const parse = (sql: string) => message("P", Buffer.concat([cstring(""), cstring(sql), Buffer.from([0, 0])]));
const bind = () => message("B", Buffer.concat([cstring(""), cstring(""), Buffer.from([0, 0, 0, 0, 0, 0])]));
const execute = () => message("E", Buffer.concat([cstring(""), Buffer.from([0, 0, 0, 0])]));
const flush = () => message("H", Buffer.alloc(0));
