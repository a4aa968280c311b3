/**
 * Sign-in sessions: a refresh-token family per sign-in, rotated on every refresh. A refresh
 * token is single use: presenting one that was already used (outside the configured grace
 * window, zero by default) means it leaked, so the whole family is revoked — the newest token
 * and every access token of the session stop working.
 */
import { Unauthorized } from "../errors/domain.ts";
import type { SessionEndReason } from "../events/bus.ts";
import { signAccessToken, verifyAccessToken } from "./access-tokens.ts";
import { type AccountsContext, nowOf } from "./context.ts";
import { randomToken, sha256 } from "./crypto.ts";

export type SessionTokens = { accessToken: string; refreshToken: string; sessionId: string };

const DAY_MS = 86_400_000;

async function issueRefreshToken(ctx: AccountsContext, familyId: string): Promise<string> {
  const token = `rt_${randomToken()}`;
  await ctx.prisma.refreshToken.create({
    data: { familyId, tokenHash: sha256(token), expiresAt: new Date(nowOf(ctx).getTime() + ctx.config.auth.refreshTokenTtlDays * DAY_MS) },
  });
  return token;
}

function accessTokenFor(ctx: AccountsContext, userId: string, sessionId: string) {
  return signAccessToken(ctx.jwtSecret, userId, sessionId, ctx.config.auth.accessTokenTtlSeconds, nowOf(ctx));
}

export async function startSession(ctx: AccountsContext, userId: string, userAgent?: string): Promise<SessionTokens> {
  const family = await ctx.prisma.refreshTokenFamily.create({ data: { userId, userAgent: userAgent?.slice(0, 300) ?? null } });
  return {
    sessionId: family.id,
    refreshToken: await issueRefreshToken(ctx, family.id),
    accessToken: await accessTokenFor(ctx, userId, family.id),
  };
}

/** Ends one session; live connections of it are told through `session.ended`. */
export async function revokeSession(ctx: AccountsContext, sessionId: string, reason: SessionEndReason): Promise<void> {
  const family = await ctx.prisma.refreshTokenFamily.findUnique({ where: { id: sessionId }, select: { userId: true } });
  if (!family) return;
  const ended = await ctx.prisma.refreshTokenFamily.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: nowOf(ctx), revokedReason: reason },
  });
  if (ended.count > 0) ctx.events.publish("session.ended", { userId: family.userId, sessionIds: [sessionId], reason });
}

/** Ends every session of the member, or every one but `keepSessionId` (the one changing the password). */
export async function revokeAllSessions(
  ctx: AccountsContext,
  userId: string,
  reason: SessionEndReason,
  keepSessionId?: string,
): Promise<void> {
  const where = { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) };
  const ending = await ctx.prisma.refreshTokenFamily.findMany({ where, select: { id: true } });
  await ctx.prisma.refreshTokenFamily.updateMany({ where, data: { revokedAt: nowOf(ctx), revokedReason: reason } });
  // Without a kept session, sessions started while this ran are ended too: say "all".
  const sessionIds = keepSessionId ? ending.map((f) => f.id) : "all";
  if (sessionIds === "all" || sessionIds.length > 0) ctx.events.publish("session.ended", { userId, sessionIds, reason });
}

/** Announces the end of every session of a member whose session rows were erased (account deleted). */
export function announceSessionsEnded(ctx: AccountsContext, userId: string, reason: SessionEndReason): void {
  ctx.events.publish("session.ended", { userId, sessionIds: "all", reason });
}

/** Exchanges a refresh token for a new pair; detects reuse. */
export async function rotateSession(ctx: AccountsContext, refreshToken: string): Promise<SessionTokens & { userId: string }> {
  const now = nowOf(ctx);
  const stored = await ctx.prisma.refreshToken.findUnique({
    where: { tokenHash: sha256(refreshToken) },
    include: { family: { include: { user: true } } },
  });
  if (!stored || stored.family.revokedAt || stored.expiresAt <= now || stored.family.user.status !== "active") {
    throw new Unauthorized("invalid_refresh_token");
  }
  const { family } = stored;
  if (stored.usedAt) {
    const graceMs = ctx.config.auth.refreshReuseGraceSeconds * 1000;
    if (graceMs === 0 || now.getTime() - stored.usedAt.getTime() > graceMs) {
      await revokeSession(ctx, family.id, "refresh_reused");
      throw new Unauthorized("refresh_token_reused");
    }
  } else {
    // Only one concurrent request may consume the token; the loser is treated as a reuse.
    const consumed = await ctx.prisma.refreshToken.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
    if (consumed.count === 0 && ctx.config.auth.refreshReuseGraceSeconds === 0) {
      await revokeSession(ctx, family.id, "refresh_reused");
      throw new Unauthorized("refresh_token_reused");
    }
  }
  return {
    userId: family.userId,
    sessionId: family.id,
    refreshToken: await issueRefreshToken(ctx, family.id),
    accessToken: await accessTokenFor(ctx, family.userId, family.id),
  };
}

/** The session a refresh token belongs to (for logout with only the refresh token). */
export async function sessionOfRefreshToken(
  ctx: AccountsContext,
  refreshToken: string,
): Promise<{ sessionId: string; userId: string } | undefined> {
  const stored = await ctx.prisma.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) }, include: { family: true } });
  return stored ? { sessionId: stored.familyId, userId: stored.family.userId } : undefined;
}

/**
 * Checks an access token and that its user and session are still alive: a deleted or
 * suspended member, or a signed-out session, gets 401 even with an unexpired token.
 */
export async function authenticateAccessToken(
  ctx: AccountsContext,
  token: string,
): Promise<{ userId: string; sessionId: string; expiresAt: Date }> {
  const claims = await verifyAccessToken(ctx.jwtSecret, token);
  const family = await ctx.prisma.refreshTokenFamily.findUnique({ where: { id: claims.sessionId }, include: { user: true } });
  if (!family || family.userId !== claims.userId || family.revokedAt || family.user.status !== "active")
    throw new Unauthorized("invalid_token");
  // A token signed with a longer life than configured (only possible with the key) still ends at the configured one.
  const longest = claims.issuedAt.getTime() + ctx.config.auth.accessTokenTtlSeconds * 1000;
  const expiresAt = new Date(Math.min(claims.expiresAt.getTime(), longest));
  if (expiresAt <= nowOf(ctx)) throw new Unauthorized("invalid_token");
  return { userId: claims.userId, sessionId: claims.sessionId, expiresAt };
}
