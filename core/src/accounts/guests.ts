/**
 * Website visitors talk to the assistant as guests: a random session id from the widget maps
 * to a `widget` identity and a member row with no email. Guests may search, browse and ask;
 * publishing, messaging and reporting wait until they give an email (sign up, or sign in and
 * link), because a guest costs nothing to create and nobody can be reached behind it.
 */
import { jwtVerify, SignJWT } from "jose";
import type { PrismaClient } from "../db/generated/client.ts";
import { Forbidden, Unauthorized } from "../errors/domain.ts";
import { type AccountsContext, nowOf } from "./context.ts";

/**
 * Whether a guest session id looks drawn at random rather than typed: ids are at least 22
 * characters of A-Z a-z 0-9 _ - (≥ 128 bits), and a random one never has few distinct
 * characters, a repeated block or a long run ("aaaa…", "abcabc…", "0123456789…").
 */
export function isUnguessableGuestSession(id: string): boolean {
  if (!/^[A-Za-z0-9_-]{22,128}$/.test(id)) return false;
  if (new Set(id).size < 12) return false;
  if (/^(.{1,64}?)\1+$/.test(id)) return false;
  let run = 1;
  for (let i = 1; i < id.length; i++) {
    const step = id.charCodeAt(i) - id.charCodeAt(i - 1);
    run = step === 0 || step === 1 ? run + 1 : 1;
    if (run >= 6) return false;
  }
  return true;
}

/** A member known only through website-widget sessions, with no email: a guest. */
/** True once a website visitor's session has spoken to Relais (a widget identity exists for it). */
export async function isKnownGuestSession(prisma: PrismaClient, guestSession: string): Promise<boolean> {
  const identity = await prisma.identity.findUnique({
    where: { provider_externalId: { provider: "widget", externalId: guestSession } },
    select: { id: true },
  });
  return identity !== null;
}

export async function isGuest(prisma: PrismaClient, userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { email: true, identities: { select: { provider: true } } },
  });
  if (!user || user.email !== null || user.identities.length === 0) return false;
  return user.identities.every((identity) => identity.provider === "widget");
}

/** Refuses a write a guest may not make; the assistant says it as an invitation to sign up or sign in. */
export async function assertNotGuest(prisma: PrismaClient, userId: string): Promise<void> {
  if (await isGuest(prisma, userId)) throw new Forbidden("guest_sign_up_first");
}

// Guest socket tokens: a guest has no session to sign in with, so the widget trades its
// session header for a short-lived token (same key, its own audience: never an API bearer)
// that lets a socket receive the pushes of that guest, and nobody else's.
const GUEST_AUDIENCE = "relais-guest-socket";
const ISSUER = "relais";

export async function issueGuestSocketToken(
  ctx: AccountsContext,
  externalId: string,
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const identity = await ctx.prisma.identity.findUnique({
    where: { provider_externalId: { provider: "widget", externalId } },
    select: { id: true, userId: true },
  });
  // A widget session linked into a member's account signs in as that member instead.
  if (!identity || !(await isGuest(ctx.prisma, identity.userId))) throw new Forbidden("guest_sign_up_first");
  const issuedAt = Math.floor(nowOf(ctx).getTime() / 1000);
  const expiresAt = issuedAt + ctx.config.auth.accessTokenTtlSeconds;
  const token = await new SignJWT({ idn: identity.id, typ: "guest" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(identity.userId)
    .setIssuer(ISSUER)
    .setAudience(GUEST_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(ctx.jwtSecret);
  return { token, expiresAt: new Date(expiresAt * 1000), userId: identity.userId };
}

/** The guest a socket token stands for, while its identity is still a guest's; 401 otherwise. */
export async function authenticateGuestSocketToken(
  ctx: AccountsContext,
  token: string,
): Promise<{ userId: string; identityId: string; expiresAt: Date }> {
  let claims: { sub?: unknown; idn?: unknown; typ?: unknown; exp?: unknown };
  try {
    ({ payload: claims } = await jwtVerify(token, ctx.jwtSecret, { algorithms: ["HS256"], issuer: ISSUER, audience: GUEST_AUDIENCE }));
  } catch (error) {
    throw new Unauthorized("invalid_token", {}, { cause: error });
  }
  if (typeof claims.sub !== "string" || typeof claims.idn !== "string" || claims.typ !== "guest" || typeof claims.exp !== "number")
    throw new Unauthorized("invalid_token");
  const identity = await ctx.prisma.identity.findUnique({
    where: { id: claims.idn },
    select: { userId: true, user: { select: { status: true } } },
  });
  if (!identity || identity.userId !== claims.sub || identity.user.status !== "active" || !(await isGuest(ctx.prisma, claims.sub)))
    throw new Unauthorized("invalid_token");
  return { userId: claims.sub, identityId: claims.idn, expiresAt: new Date(claims.exp * 1000) };
}
