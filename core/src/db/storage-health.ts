/**
 * Storage that cannot take writes — a full disk, a read-only or unwritable folder, a database
 * out of space — is not a bug in a request: callers should retry later, and the instance
 * should stop saying it is ready. This tells such failures apart, wherever they come from
 * (node:fs, the database driver, Prisma), and probes the folders Relais writes to.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDriverAdapterError } from "@prisma/driver-adapter-utils";
import { Prisma } from "./generated/client.ts";

/** node:fs codes of a storage that refuses writes. */
const FS_CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EIO"]);
/** SQLSTATEs: disk_full, insufficient_resources, io_error, data_corrupted is not ours to retry. */
const SQL_STATES = new Set(["53100", "53000", "58030"]);

/** The storage failure code behind an error ("ENOSPC", "53100", …), or undefined. */
export function storageFailureOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    // An fs error names its system call; a bare EPERM from elsewhere (process.kill) is not storage.
    if (typeof code === "string" && FS_CODES.has(code) && "syscall" in current) return code;
    if (typeof code === "string" && SQL_STATES.has(code)) return code;
    if (current instanceof Prisma.PrismaClientKnownRequestError) {
      const state = (current.meta as { code?: unknown } | undefined)?.code;
      if (typeof state === "string" && SQL_STATES.has(state)) return state;
    }
    if (isDriverAdapterError(current) && current.cause.kind === "postgres" && SQL_STATES.has(current.cause.code)) return current.cause.code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Writes and removes a small file in each folder; the first failure's code, or undefined when all take writes. */
export function unwritableStorage(folders: string[]): { folder: string; code: string } | undefined {
  for (const folder of folders) {
    const probe = join(folder, `.write-probe-${process.pid}`);
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(probe, "ok");
      rmSync(probe, { force: true });
    } catch (error) {
      return { folder, code: (error as NodeJS.ErrnoException).code ?? "EIO" };
    }
  }
  return undefined;
}
