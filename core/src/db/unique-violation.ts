/**
 * One test for "a unique index refused this write" (SQLSTATE 23505), whichever driver and API
 * produced it: a Prisma P2002, a raw query's P2010 carrying the SQLSTATE, or a driver error that
 * reached us unmapped. Callers turn it into a `Conflict` (409) or answer with the row that won.
 */
import { isDriverAdapterError } from "@prisma/driver-adapter-utils";
import { Prisma } from "./generated/client.ts";

const UNIQUE_VIOLATION = "23505";

export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    const meta = error.meta as { code?: unknown } | undefined;
    return error.code === "P2010" && meta?.code === UNIQUE_VIOLATION;
  }
  if (typeof error !== "object" || error === null) return false;
  if (isDriverAdapterError(error)) {
    const cause = error.cause;
    return cause.kind === "UniqueConstraintViolation" || (cause.kind === "postgres" && cause.code === UNIQUE_VIOLATION);
  }
  return "code" in error && error.code === UNIQUE_VIOLATION;
}
