/**
 * One process per embedded data folder. PGlite has no cross-process locking and two
 * processes on one folder silently corrupt it, so we hold `relais.lock` (owner pid + token)
 * while the folder is open.
 *
 * Why not proper-lockfile: it decides staleness by mtime, so after a crash (SIGKILL, power
 * loss) a restart is refused until the stale window passes; checking whether the recorded
 * pid is alive (and not a zombie, and not a newer process with a reused pid) answers at once. A child we spawn on purpose (`prisma migrate deploy` before
 * the app opens the folder) inherits the right to the lock through RELAIS_DATA_LOCK_TOKEN.
 */
import { randomUUID } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = "relais.lock";
export const LOCK_TOKEN_ENV = "RELAIS_DATA_LOCK_TOKEN";

export class DataDirInUseError extends Error {
  readonly dataDir: string;
  readonly ownerPid: number;

  constructor(dataDir: string, ownerPid: number) {
    super(
      `The data folder ${dataDir} is already in use by another Relais process (pid ${ownerPid}). ` +
        "Stop that process first, or give this one its own RELAIS_DATA_DIR.",
    );
    this.dataDir = dataDir;
    this.ownerPid = ownerPid;
    this.name = "DataDirInUseError";
  }
}

export class DataDirNotWritableError extends Error {
  constructor(dataDir: string, cause: unknown) {
    const reason = cause instanceof Error && "code" in cause ? String(cause.code) : String(cause);
    super(`RELAIS_DATA_DIR=${dataDir} is not a writable folder (${reason}). Point RELAIS_DATA_DIR at a folder this user can write.`, {
      cause,
    });
    this.name = "DataDirNotWritableError";
  }
}

/** `startTime`: the owner's start time in clock ticks since boot (Linux), to tell it from a later process given the same pid. */
type LockContent = { pid: number; token: string; startTime?: string };

export type DataDirLock = { token: string; release(): void };

/**
 * The kernel's view of a process on Linux: its state letter and start time, or "gone".
 * Undefined where /proc does not exist (macOS): then only kill(pid, 0) can tell.
 */
function procStat(pid: number): { state: string; startTime: string } | "gone" | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", startTime: fields[19] ?? "" };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return existsSync("/proc/self/stat") ? "gone" : undefined;
    return undefined;
  }
}

/**
 * Whether the lock's owner still runs. A process killed with SIGKILL stays a zombie (state Z)
 * until its parent reaps it, and kill(pid, 0) succeeds on zombies: a supervisor's immediate
 * restart would be refused. Zombies and dead (X) processes are gone; so is a live process
 * whose start time differs from the owner's (the pid was reused).
 */
function isAlive(owner: LockContent): boolean {
  const stat = procStat(owner.pid);
  if (stat === "gone") return false;
  if (stat) {
    if (stat.state === "Z" || stat.state === "X" || stat.state === "x") return false;
    return owner.startTime === undefined || owner.startTime === stat.startTime;
  }
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(path: string): LockContent | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockContent>;
    if (typeof parsed.pid === "number" && typeof parsed.token === "string")
      return { pid: parsed.pid, token: parsed.token, ...(typeof parsed.startTime === "string" ? { startTime: parsed.startTime } : {}) };
  } catch {
    // unreadable or half-written lock: treated as stale
  }
  return undefined;
}

/** Creates the folder if needed and checks that it is writable. */
export function ensureWritableDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = join(dataDir, `.write-probe-${process.pid}`);
    closeSync(openSync(probe, "w"));
    rmSync(probe);
  } catch (error) {
    throw new DataDirNotWritableError(dataDir, error);
  }
}

/**
 * Takes the folder's lock, or joins it when this process was handed the owner's token.
 * Throws DataDirInUseError when a live process holds it.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  ensureWritableDir(dataDir);
  const path = join(dataDir, LOCK_FILE);
  const inherited = process.env[LOCK_TOKEN_ENV];
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = readLock(path);
    if (current) {
      if (inherited && current.token === inherited) return { token: inherited, release: () => {} };
      if (current.pid !== process.pid && isAlive(current)) throw new DataDirInUseError(dataDir, current.pid);
      rmSync(path, { force: true }); // stale: its owner is gone
    }
    const token = randomUUID();
    try {
      const fd = openSync(path, "wx");
      const own = procStat(process.pid);
      writeSync(fd, JSON.stringify({ pid: process.pid, token, ...(own && own !== "gone" ? { startTime: own.startTime } : {}) }));
      closeSync(fd);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue; // lost a race: look again
      throw new DataDirNotWritableError(dataDir, error);
    }
    let released = false;
    return {
      token,
      release() {
        if (released) return;
        released = true;
        if (readLock(path)?.token === token) rmSync(path, { force: true });
      },
    };
  }
  const owner = readLock(path);
  throw new DataDirInUseError(dataDir, owner?.pid ?? -1);
}
