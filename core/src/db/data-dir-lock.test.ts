import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
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
