/**
 * Worker locks on a real Postgres server (the Debian postgresql package, when installed):
 * two processes' lock sessions — one takes a worker's lock, the other is refused it until the
 * first lets go or its connection dies, which the first is told about.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdvisoryLocks, lockKey } from "./advisory-locks.ts";

const BIN = "/usr/lib/postgresql/15/bin";
const root = process.getuid?.() === 0;
// Postgres refuses to run as root: as root the server runs as "nobody" through runuser.
const available = existsSync(join(BIN, "initdb")) && (!root || existsSync("/usr/sbin/runuser") || existsSync("/sbin/runuser"));

let folder: string;
let url: string;
const run = (command: string, args: string[]) =>
  root
    ? execFileSync("runuser", ["-u", "nobody", "--", join(BIN, command), ...args], { stdio: "ignore" })
    : execFileSync(join(BIN, command), args, { stdio: "ignore" });

describe.skipIf(!available)("advisory locks on Postgres", () => {
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "relais-pg-"));
    if (root) chownSync(folder, 65534, 65534);
    run("initdb", ["-D", join(folder, "data"), "-U", "relais", "--auth=trust", "-E", "UTF8"]);
    // A Unix socket in the test's own folder: no TCP port at all.
    run("pg_ctl", ["-D", join(folder, "data"), "-o", `-c listen_addresses='' -k ${folder}`, "-w", "start"]);
    url = `postgresql://relais@localhost/postgres?host=${encodeURIComponent(folder)}`;
  });
  afterAll(() => {
    if (!folder) return;
    try {
      run("pg_ctl", ["-D", join(folder, "data"), "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  const open = () => AdvisoryLocks.open({ driver: "pg", url, connectTimeoutMs: 5000 });

  it("gives each worker's lock to one session; the other takes it over when the first closes", async () => {
    const first = await open();
    const second = await open();
    try {
      expect(await first.tryAcquire("delivery")).toBe(true);
      expect(await first.tryAcquire("delivery")).toBe(true);
      expect(await second.tryAcquire("delivery")).toBe(false);
      expect(await second.tryAcquire("matching")).toBe(true);
      expect(await first.tryAcquire("matching")).toBe(false);
      await first.close();
      expect(await second.tryAcquire("delivery")).toBe(true);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("tells the holder its locks are gone when its connection dies, and the lock is free again", async () => {
    const holder = await open();
    const other = await open();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      expect(await holder.tryAcquire("email")).toBe(true);
      const lost = new Promise<string[]>((resolve) => holder.onLost(resolve));
      // Kill the holder's backend and wait until it is gone: the server drops its session locks with it.
      await admin.query(
        `SELECT pg_terminate_backend(pid, 10000) FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::bigint::oid AND objid = $2::bigint::oid`,
        [0x52454c41, lockKey("email") >>> 0],
      );
      expect(await lost).toEqual(["email"]);
      expect(await other.tryAcquire("email")).toBe(true);
    } finally {
      await admin.end();
      await holder.close();
      await other.close();
    }
  });
});
