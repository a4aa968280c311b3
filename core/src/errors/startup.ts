/**
 * Errors that stop Relais before it serves anything. Each carries a message a person can act
 * on; the process prints that one line and exits non-zero instead of a stack trace.
 */
import { ConfigError } from "../config/index.ts";
import { DataDirInUseError, DataDirNotWritableError } from "../db/data-dir-lock.ts";
import { DatabaseUnavailableError } from "../db/database.ts";
import { MigrationError } from "../db/migrate.ts";
import { DataDirCorruptError } from "../db/pglite.ts";
import { RedisUnavailableError } from "../redis/redis.ts";

const KNOWN = [
  ConfigError,
  DataDirInUseError,
  DataDirNotWritableError,
  DataDirCorruptError,
  DatabaseUnavailableError,
  MigrationError,
  RedisUnavailableError,
];

/** One line explaining why Relais could not start; `undefined` for a bug (print the stack). */
export function startupProblem(error: unknown): string | undefined {
  if (KNOWN.some((type) => error instanceof type)) return (error as Error).message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") {
    const { port, address } = error as NodeJS.ErrnoException & { port?: number; address?: string };
    return `Port ${port ?? "?"} on ${address ?? "this host"} is already in use: stop what listens there or set PORT to a free port.`;
  }
  if (code === "EACCES" && (error as { syscall?: string }).syscall === "listen") {
    return "Not allowed to listen on that port (ports below 1024 need privileges): set PORT to 1024 or above.";
  }
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return `HOST cannot be used to listen: ${(error as Error).message}.`;
  return undefined;
}

/** Prints the reason Relais cannot start and exits with status 1. */
export function exitWithStartupError(error: unknown, program = "relais"): never {
  const problem = startupProblem(error);
  if (problem) process.stderr.write(`${program}: ${problem}\n`);
  else process.stderr.write(`${program}: unexpected error while starting\n${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}
