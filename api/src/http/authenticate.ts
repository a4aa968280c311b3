/**
 * Who is calling: a member's access token (JWT) or an integrator's personal access token,
 * both as `Authorization: Bearer …`. Anything malformed, expired, forged or belonging to a
 * deleted member is 401.
 */
import { API_TOKEN_PREFIX, authenticateApiToken } from "@relais/core/accounts/api-tokens";
import { authenticateAccessToken } from "@relais/core/accounts/sessions";
import { Unauthorized } from "@relais/core/errors/domain";
import type { Request } from "express";
import type { ApiContext } from "./api-context.ts";

export type Caller =
  | { kind: "session"; userId: string; sessionId: string }
  | { kind: "api_token"; userId: string; scopes: ("read" | "write")[] };

export function bearerOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer ([\w.~+/=-]{10,4096})$/.exec(header.trim());
  if (!match?.[1]) throw new Unauthorized("invalid_token");
  return match[1];
}

export async function identifyCaller(api: ApiContext, req: Request): Promise<Caller | undefined> {
  const token = bearerOf(req);
  if (!token) return undefined;
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const { userId, scopes } = await authenticateApiToken(api.accounts, token);
    return { kind: "api_token", userId, scopes };
  }
  const { userId, sessionId } = await authenticateAccessToken(api.accounts, token);
  return { kind: "session", userId, sessionId };
}
