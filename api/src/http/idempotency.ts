/**
 * `Idempotency-Key` on POSTs that create things: the first response is stored per member and
 * key, a retry with the same request gets it again (`Idempotent-Replayed: true`), the same
 * key with a different request is refused.
 */
import { sha256 } from "@relais/core/accounts/crypto";
import type { Prisma } from "@relais/core/db/generated/client";
import { isUniqueViolation } from "@relais/core/db/unique-violation";
import type { Request } from "express";
import type { ApiContext } from "./api-context.ts";
import { HttpProblem } from "./problem.ts";
import type { RouteResult } from "./route.ts";

const KEY = /^[\x21-\x7e]{1,255}$/;

export async function withIdempotency(
  api: ApiContext,
  req: Request,
  userId: string,
  run: () => Promise<RouteResult>,
): Promise<RouteResult> {
  const key = req.get("Idempotency-Key");
  if (key === undefined) return run();
  if (!KEY.test(key)) throw new HttpProblem(400, "invalid_request");
  const prisma = api.core.db.prisma;
  const requestHash = sha256(`${req.method} ${req.path} ${JSON.stringify(req.body ?? null)}`);
  const replay = (stored: { requestHash: string; responseStatus: number; responseBody: unknown }): RouteResult => {
    if (stored.requestHash !== requestHash) throw new HttpProblem(422, "idempotency_mismatch");
    return { status: stored.responseStatus, body: stored.responseBody, headers: { "Idempotent-Replayed": "true" } };
  };
  const existing = await prisma.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
  if (existing) return replay(existing);
  const result = await run();
  if (result.status >= 200 && result.status < 300) {
    try {
      await prisma.idempotencyKey.create({
        data: {
          userId,
          key,
          method: req.method,
          path: req.path,
          requestHash,
          responseStatus: result.status,
          responseBody: (result.body ?? null) as Prisma.InputJsonValue,
        },
      });
    } catch (error) {
      // A concurrent retry stored its response first: answer with that one.
      if (isUniqueViolation(error)) {
        const stored = await prisma.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
        if (stored) return replay(stored);
      }
      throw error;
    }
  }
  return result;
}
