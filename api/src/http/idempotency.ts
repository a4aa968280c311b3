/**
 * `Idempotency-Key` on POSTs that create things: the first response is stored per member and
 * key, a retry with the same request gets it again (`Idempotent-Replayed: true`), the same
 * key with a different request is refused.
 *
 * The key is claimed (a row without response) before the request runs, so a retry that arrives
 * while the first is still running answers 409 "in progress" instead of running it twice. A
 * failed request releases its claim; a claim left by a crashed process expires.
 *
 * A response that carries a secret shown once (a new personal access token, a link code) is
 * stored without it, and its replay is a 409 saying so: the secret never rests in the database.
 */
import { sha256 } from "@relais/core/accounts/crypto";
import { Prisma } from "@relais/core/db/generated/client";
import { isUniqueViolation } from "@relais/core/db/unique-violation";
import type { Request } from "express";
import type { ApiContext } from "./api-context.ts";
import { HttpProblem } from "./problem.ts";
import type { RouteResult } from "./route.ts";

const KEY = /^[\x21-\x7e]{1,255}$/;
/** A claim older than this belongs to a request that died with its process: it can be retaken. */
const CLAIM_EXPIRY_MS = 60_000;

export async function withIdempotency(
  api: ApiContext,
  req: Request,
  userId: string,
  run: () => Promise<RouteResult>,
  secretFields: readonly string[] = [],
): Promise<RouteResult> {
  const key = req.get("Idempotency-Key");
  if (key === undefined) return run();
  if (!KEY.test(key)) throw new HttpProblem(400, "invalid_request");
  const prisma = api.core.db.prisma;
  const requestHash = sha256(`${req.method} ${req.path} ${JSON.stringify(req.body ?? null)}`);

  const claimed = await claim();
  if ("replay" in claimed) return claimed.replay;
  const claimId = claimed.id;
  const release = () => prisma.idempotencyKey.deleteMany({ where: { id: claimId, responseStatus: null } });
  let result: RouteResult;
  try {
    result = await run();
  } catch (error) {
    await release();
    throw error;
  }
  if (result.status >= 200 && result.status < 300) {
    await prisma.idempotencyKey.update({
      where: { id: claimId },
      data: {
        responseStatus: result.status,
        responseBody: (redact(result.body, secretFields) ?? Prisma.JsonNull) as Prisma.InputJsonValue,
      },
    });
  } else {
    // Only successes are replayed: a refused request may be corrected and sent again.
    await release();
  }
  return result;

  /** Our claim on the key, or the stored response to replay. */
  async function claim(): Promise<{ id: string } | { replay: RouteResult }> {
    try {
      return await prisma.idempotencyKey.create({
        data: { userId, key: key as string, method: req.method, path: req.path, requestHash },
        select: { id: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const stored = await prisma.idempotencyKey.findUnique({ where: { userId_key: { userId, key: key as string } } });
    // Released between our insert and this read: the client may simply retry.
    if (!stored) throw inProgress();
    if (stored.requestHash !== requestHash) throw new HttpProblem(422, "idempotency_mismatch");
    if (stored.responseStatus !== null) {
      if (secretFields.length > 0) throw new HttpProblem(409, "idempotent_secret_not_replayed");
      return { replay: { status: stored.responseStatus, body: stored.responseBody, headers: { "Idempotent-Replayed": "true" } } };
    }
    if (Date.now() - stored.createdAt.getTime() < CLAIM_EXPIRY_MS) throw inProgress();
    // Take over an expired claim, only if nobody else did since we read it.
    const retaken = await prisma.idempotencyKey.updateMany({
      where: { id: stored.id, responseStatus: null, createdAt: stored.createdAt },
      data: { createdAt: new Date() },
    });
    if (retaken.count !== 1) throw inProgress();
    return { id: stored.id };
  }
}

/** The body without its secret fields (top level). */
function redact(body: unknown, secretFields: readonly string[]): unknown {
  if (secretFields.length === 0 || !body || typeof body !== "object") return body;
  return Object.fromEntries(Object.entries(body).filter(([field]) => !secretFields.includes(field)));
}

function inProgress(): HttpProblem {
  return new HttpProblem(409, "idempotency_in_progress", {}, { "Retry-After": "1" });
}
