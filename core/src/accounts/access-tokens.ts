/**
 * Access tokens: short-lived JWTs (HS256, jose) carrying the user and the session (refresh
 * family). Verification pins the algorithm, issuer and audience, so `alg: none` and tokens
 * signed with another key or for another audience are refused.
 */
import { errors, jwtVerify, SignJWT } from "jose";
import { Unauthorized } from "../errors/domain.ts";

const ISSUER = "relais";
const AUDIENCE = "relais-api";

export type AccessClaims = { userId: string; sessionId: string; issuedAt: Date; expiresAt: Date };

export async function signAccessToken(
  secret: Uint8Array,
  userId: string,
  sessionId: string,
  ttlSeconds: number,
  now = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: sessionId, typ: "access" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secret);
}

export async function verifyAccessToken(secret: Uint8Array, token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE, typ: "JWT" });
    if (
      typeof payload.sub !== "string" ||
      typeof payload.sid !== "string" ||
      payload.typ !== "access" ||
      typeof payload.iat !== "number" ||
      typeof payload.exp !== "number"
    ) {
      throw new Unauthorized("invalid_token");
    }
    return { userId: payload.sub, sessionId: payload.sid, issuedAt: new Date(payload.iat * 1000), expiresAt: new Date(payload.exp * 1000) };
  } catch (error) {
    if (error instanceof Unauthorized) throw error;
    if (error instanceof errors.JOSEError) throw new Unauthorized("invalid_token", {}, { cause: error });
    throw new Unauthorized("invalid_token", {}, { cause: error });
  }
}
