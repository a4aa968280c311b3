/**
 * Who is behind a website widget: a guest (a random session id the widget keeps in the host
 * page's storage), a member who typed their email and the code mailed to it, or a user of the
 * host site vouched for by a short-lived JWT the host signed with its site secret (HS256). A
 * JWT that is forged, expired, too long-lived or for another site signs nobody in: the widget
 * stays a guest.
 */
import { errors as joseErrors, jwtVerify } from "jose";
import { z } from "zod";
import { normalizeEmail } from "../accounts/accounts.ts";
import { type AccountsContext, nowOf } from "../accounts/context.ts";
import { randomDigits, sha256 } from "../accounts/crypto.ts";
import { EMAIL_TOKEN_TTL_MS } from "../accounts/email-tokens.ts";
import { isGuest } from "../accounts/guests.ts";
import { findOrCreateUserByIdentity } from "../accounts/identities.ts";
import { mergeUserInto } from "../accounts/merge-accounts.ts";
import { revokeAllSessions, type SessionTokens, startSession } from "../accounts/sessions.ts";
import { toUserView, type UserView } from "../accounts/user-view.ts";
import { Invalid } from "../errors/domain.ts";
import type { Locale } from "../i18n/messages.ts";
import { type SitesContext, siteSecret } from "./sites.ts";

/** Longest lifetime (exp − iat) of a host identity JWT: it proves a sign-in that just happened. */
export const HOST_JWT_MAX_LIFETIME_SECONDS = 3600;
const CLOCK_TOLERANCE_SECONDS = 30;

const HostClaims = z.object({
  sub: z.string().min(1).max(200),
  iat: z.number(),
  exp: z.number(),
  name: z.string().trim().min(1).max(80).optional(),
  email: z.email().max(320).optional(),
});
export type HostIdentity = { siteKey: string; userId: string; name?: string; email?: string };

export type HostJwtRefusal = "invalid" | "expired" | "too_long_lived" | "unknown_site";

/** The host user a JWT vouches for, or why it does not (the caller then treats the visitor as a guest). */
export async function verifyHostIdentity(
  sites: SitesContext,
  siteKey: string,
  token: string,
  now: Date = new Date(),
): Promise<{ ok: true; identity: HostIdentity } | { ok: false; reason: HostJwtRefusal }> {
  let secret: Uint8Array;
  try {
    secret = await siteSecret(sites, siteKey);
  } catch {
    return { ok: false, reason: "unknown_site" };
  }
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ["HS256"],
      requiredClaims: ["sub", "iat", "exp"],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: now,
    });
    const claims = HostClaims.safeParse(payload);
    if (!claims.success) return { ok: false, reason: "invalid" };
    if (claims.data.exp - claims.data.iat > HOST_JWT_MAX_LIFETIME_SECONDS) return { ok: false, reason: "too_long_lived" };
    return {
      ok: true,
      identity: {
        siteKey,
        userId: claims.data.sub,
        ...(claims.data.name ? { name: claims.data.name } : {}),
        ...(claims.data.email ? { email: normalizeEmail(claims.data.email) } : {}),
      },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof joseErrors.JWTExpired ? "expired" : "invalid" };
  }
}

export type WidgetSignIn = SessionTokens & { user: UserView };

/**
 * Signs a host-vouched user in: one widget identity per site and host user id. The host's email
 * is recorded on a new member only when no account has it yet — a site's secret never opens an
 * account someone made elsewhere.
 */
export async function signInHostUser(
  accounts: AccountsContext,
  identity: HostIdentity,
  locale: Locale,
  userAgent?: string,
): Promise<WidgetSignIn> {
  const { user, created } = await findOrCreateUserByIdentity(accounts, {
    provider: "widget",
    externalId: `site:${identity.siteKey}:${identity.userId}`,
    ...(identity.name ? { displayName: identity.name } : {}),
    locale,
  });
  let member = user;
  if (created && identity.email && !(await accounts.prisma.user.findUnique({ where: { email: identity.email }, select: { id: true } }))) {
    member = await accounts.prisma.user.update({ where: { id: user.id }, data: { email: identity.email } }).catch(() => user);
  }
  const session = await startSession(accounts, member.id, userAgent);
  return { ...session, user: toUserView(member) };
}

const codeHash = (userId: string, code: string) => sha256(`widget:${userId}:${code}`);

/**
 * Mails a 6-digit code to the address a guest typed in the widget. Earlier unused codes of
 * that guest stop working. Says nothing about whether an account has that address.
 */
export async function requestEmailCode(
  accounts: AccountsContext,
  guestSession: string,
  emailInput: string,
  locale: Locale,
): Promise<{ expiresAt: Date }> {
  const email = normalizeEmail(emailInput);
  const { user } = await findOrCreateUserByIdentity(accounts, { provider: "widget", externalId: guestSession, locale });
  const code = randomDigits(6);
  const now = nowOf(accounts);
  const expiresAt = new Date(now.getTime() + EMAIL_TOKEN_TTL_MS.widget_sign_in);
  await accounts.prisma.$transaction([
    accounts.prisma.emailToken.updateMany({ where: { userId: user.id, purpose: "widget_sign_in", usedAt: null }, data: { usedAt: now } }),
    accounts.prisma.emailToken.create({
      data: { userId: user.id, purpose: "widget_sign_in", email, tokenHash: codeHash(user.id, code), expiresAt },
    }),
  ]);
  await accounts.mailer.send({
    to: email,
    userId: user.id,
    locale,
    template: "widget_code",
    params: { name: "", link: `${accounts.config.publicUrl}/app`, code },
  });
  return { expiresAt };
}

/**
 * The code typed back: the guest becomes a member with that (now verified) address, or, when
 * an account already has it, the guest's history (conversations, messages, listings, dialog)
 * moves into that account. Either way the widget is signed in as the member.
 */
export async function verifyEmailCode(
  accounts: AccountsContext,
  guestSession: string,
  emailInput: string,
  code: string,
  userAgent?: string,
): Promise<WidgetSignIn> {
  const email = normalizeEmail(emailInput);
  const wrong = () => new Invalid("widget_code_invalid", [{ field: "body.code", code: "widget_code_invalid" }]);
  const identity = await accounts.prisma.identity.findUnique({
    where: { provider_externalId: { provider: "widget", externalId: guestSession } },
    select: { userId: true },
  });
  if (!identity || !/^\d{6}$/.test(code)) throw wrong();
  const guestId = identity.userId;
  const now = nowOf(accounts);
  const memberId = await accounts.prisma.$transaction(async (tx) => {
    const used = await tx.emailToken.updateMany({
      where: { tokenHash: codeHash(guestId, code), purpose: "widget_sign_in", email, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count === 0) throw wrong();
    const owner = await tx.user.findUnique({ where: { email }, select: { id: true, status: true } });
    if (owner && owner.id !== guestId) {
      if (owner.status !== "active") throw wrong();
      await mergeUserInto(tx, guestId, owner.id);
      await tx.user.update({ where: { id: guestId }, data: { status: "deleted", deletedAt: now, name: "" } });
      await tx.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: now } });
      return owner.id;
    }
    await tx.user.update({ where: { id: guestId }, data: { email, emailVerifiedAt: now } });
    return guestId;
  });
  if (memberId !== guestId) await revokeAllSessions(accounts, guestId, "account_linked");
  const member = await accounts.prisma.user.findUniqueOrThrow({ where: { id: memberId } });
  const session = await startSession(accounts, member.id, userAgent);
  return { ...session, user: toUserView(member) };
}

/** Whether this guest session is still a guest (not yet signed up). */
export async function guestSessionIsGuest(accounts: AccountsContext, guestSession: string): Promise<boolean> {
  const identity = await accounts.prisma.identity.findUnique({
    where: { provider_externalId: { provider: "widget", externalId: guestSession } },
    select: { userId: true },
  });
  return identity ? isGuest(accounts.prisma, identity.userId) : true;
}
