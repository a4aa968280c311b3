import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirInUseError, DataDirNotWritableError, LOCK_FILE, LOCK_TOKEN_ENV } from "./data-dir-lock.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  delete process.env[LOCK_TOKEN_ENV];
});

function tempDir() {
  return mkdtempSync(join(tmpdir(), "relais-lock-"));
}

describe("data folder lock", () => {
  it("refuses a folder held by another live process, naming its pid", async () => {
    const dir = tempDir();
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    cleanups.push(() => sleeper.kill());
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: sleeper.pid, token: "other" }));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dir)).toThrow(`pid ${sleeper.pid}`);
  });

  it("takes over the lock of a process that died without releasing it", async () => {
    const dir = tempDir();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.once("exit", resolve));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead.pid, token: "gone" }));
    const lock = acquireDataDirLock(dir);
    cleanups.push(() => lock.release());
    expect(lock.token).not.toBe("gone");
  });

  it("takes over at once from a zombie owner (killed, not yet reaped by its parent) — issue 10 L8", async () => {
    const dir = tempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    // A server (sleep 1000) whose parent then becomes `sleep 1000`, which never reaps a child;
    // killing the server with SIGKILL leaves it a zombie, as after `kill -9` under a supervisor.
    const parent = spawn("sh", ["-c", "sleep 1000 & echo $!; exec sleep 1000"]);
    cleanups.push(() => parent.kill("SIGKILL"));
    const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString()))));
    await expect.poll(() => readFileSync(`/proc/${parent.pid}/comm`, "utf8").trim(), { timeout: 10_000 }).toBe("sleep");
    process.kill(zombie, "SIGKILL");
    await expect.poll(() => readFileSync(`/proc/${zombie}/stat`, "utf8").split(") ")[1]?.[0], { timeout: 10_000 }).toBe("Z");
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: zombie, token: "killed" }));
    const lock = acquireDataDirLock(dir);
    cleanups.push(() => lock.release());
    expect(lock.token).not.toBe("killed");
  });

  it("tells a live owner from a later process that was given the same pid", () => {
    const dir = tempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const lock = acquireDataDirLock(dir);
    const written = JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"));
    expect(written).toMatchObject({ pid: process.pid, startTime: expect.stringMatching(/^\d+$/) });
    lock.release();
    // A live process (our parent) recorded with another start time: the recorded owner is gone.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, token: "old", startTime: "1" }));
    const taken = acquireDataDirLock(dir);
    cleanups.push(() => taken.release());
    expect(taken.token).not.toBe("old");
    // The same process with its real start time is alive: refused.
    const real = readFileSync(`/proc/${process.ppid}/stat`, "utf8").split(") ")[1]?.split(" ")[19];
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, token: "live", startTime: real }));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
  });

  it("lets the child we hand the token to in, and removes the file on release", () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, token: lock.token })); // as if held by a live owner (pid 1)
    process.env[LOCK_TOKEN_ENV] = lock.token;
    expect(acquireDataDirLock(dir).token).toBe(lock.token);
    delete process.env[LOCK_TOKEN_ENV];
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("says when the folder cannot be written", () => {
    const file = join(tempDir(), "a-file");
    writeFileSync(file, "");
    expect(() => acquireDataDirLock(join(file, "data"))).toThrow(DataDirNotWritableError);
    expect(() => acquireDataDirLock(join(file, "data"))).toThrow(/not a writable folder \(ENOTDIR\)/);
  });
});
