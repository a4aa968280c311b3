/**
 * Email + password accounts: registration, sign-in, email verification, password reset and
 * change, email change (with the password, undoable from the previous address), the member's
 * own account (read, update, erase).
 */

import { isUniqueViolation } from "../db/unique-violation.ts";
import { Conflict, Forbidden, Invalid, NotFound, Unauthorized } from "../errors/domain.ts";
import type { SessionEndReason } from "../events/bus.ts";
import type { Locale } from "../i18n/messages.ts";
import { eraseListingImageFiles } from "../listings/images.ts";
import { readPreferences } from "../profiles/preferences.ts";
import { type AccountsContext, nowOf } from "./context.ts";
import { consumeEmailToken, issueEmailToken, voidAddressTokens } from "./email-tokens.ts";
import { assertStrongPassword, decoyHash, hashPassword, verifyPassword } from "./passwords.ts";
import { announceSessionsEnded, revokeAllSessions, type SessionTokens, startSession } from "./sessions.ts";
import { toUserView, type UserView } from "./user-view.ts";

export type SignedIn = SessionTokens & { user: UserView };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function linkTo(ctx: AccountsContext, page: "verify-email" | "reset-password" | "undo-email-change", token: string): string {
  return `${ctx.config.publicUrl}/auth/${page}?token=${encodeURIComponent(token)}`;
}

async function sendVerification(ctx: AccountsContext, user: { id: string; email: string | null; name: string; locale: Locale }) {
  if (!user.email) return;
  const token = await issueEmailToken(ctx, user.id, "verify_email", user.email);
  await ctx.mailer.send({
    to: user.email,
    userId: user.id,
    locale: user.locale,
    template: "verify_email",
    params: { name: user.name, link: linkTo(ctx, "verify-email", token) },
  });
}

export async function register(
  ctx: AccountsContext,
  input: { email: string; password: string; name: string; locale?: Locale },
  userAgent?: string,
): Promise<SignedIn> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  assertStrongPassword(input.password, [email, name]);
  if (await ctx.prisma.user.findUnique({ where: { email } })) throw new Conflict("email_taken");
  const hash = await hashPassword(input.password);
  let user: Awaited<ReturnType<typeof ctx.prisma.user.create>>;
  try {
    user = await ctx.prisma.user.create({ data: { email, name, locale: input.locale ?? "fr", password: { create: { hash } } } });
  } catch (error) {
    // Two registrations raced for the same email: the unique index decides.
    if (isUniqueViolation(error)) throw new Conflict("email_taken");
    throw error;
  }
  await sendVerification(ctx, user);
  return { user: toUserView(user), ...(await startSession(ctx, user.id, userAgent)) };
}

/** Same error, and about the same time, for an unknown email and a wrong password. */
export async function login(ctx: AccountsContext, input: { email: string; password: string }, userAgent?: string): Promise<SignedIn> {
  const user = await ctx.prisma.user.findUnique({ where: { email: normalizeEmail(input.email) }, include: { password: true } });
  const hash = user?.password?.hash ?? (await decoyHash());
  const valid = await verifyPassword(hash, input.password);
  if (!user?.password || !valid || user.status !== "active") throw new Unauthorized("invalid_credentials");
  return { user: toUserView(user), ...(await startSession(ctx, user.id, userAgent)) };
}

export async function verifyEmail(ctx: AccountsContext, token: string): Promise<UserView> {
  const { userId, email } = await consumeEmailToken(ctx, token, "verify_email");
  // Only the address the link was mailed to becomes verified (the update matches nothing otherwise).
  const verified = await ctx.prisma.user.updateMany({ where: { id: userId, email }, data: { emailVerifiedAt: nowOf(ctx) } });
  if (verified.count === 0) throw new Invalid("invalid_email_token", [{ field: "token", code: "invalid_email_token" }]);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return toUserView(user);
}

export async function resendVerification(ctx: AccountsContext, userId: string): Promise<void> {
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.email) throw new Invalid("no_email");
  if (user.emailVerifiedAt) throw new Conflict("email_already_verified");
  await sendVerification(ctx, user);
}

/** Always succeeds from the caller's point of view: no account enumeration. */
export async function forgotPassword(ctx: AccountsContext, emailInput: string): Promise<void> {
  const user = await ctx.prisma.user.findUnique({ where: { email: normalizeEmail(emailInput) } });
  if (user?.status !== "active" || !user.email) return;
  const token = await issueEmailToken(ctx, user.id, "reset_password", user.email);
  await ctx.mailer.send({
    to: user.email,
    userId: user.id,
    locale: user.locale,
    template: "reset_password",
    params: { name: user.name, link: linkTo(ctx, "reset-password", token) },
  });
}

/**
 * Ends every way into the account but the password: sessions (except `keepSessionId`) and
 * personal access tokens — a leaked token must not outlive "I reset everything".
 */
async function lockOutOthers(ctx: AccountsContext, userId: string, reason: SessionEndReason, keepSessionId?: string) {
  // Sessions first: their end closes live sockets at once.
  await revokeAllSessions(ctx, userId, reason, keepSessionId);
  await ctx.prisma.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: nowOf(ctx) } });
}

/** Sets a new password from an emailed link, signs the member out everywhere and revokes their tokens. */
export async function resetPassword(ctx: AccountsContext, token: string, password: string): Promise<void> {
  // A weak password is refused before the link is used, so the member can try another.
  const { userId, user } = await consumeEmailToken(ctx, token, "reset_password", (stored) =>
    assertStrongPassword(password, [stored.email, stored.user.name]),
  );
  const hash = await hashPassword(password);
  await ctx.prisma.$transaction([
    ctx.prisma.passwordCredential.upsert({ where: { userId }, create: { userId, hash }, update: { hash } }),
    // Following the link proves the member reads this mailbox.
    ctx.prisma.user.update({ where: { id: userId }, data: { emailVerifiedAt: user.emailVerifiedAt ?? nowOf(ctx) } }),
    ctx.prisma.emailToken.updateMany({ where: { userId, purpose: "reset_password", usedAt: null }, data: { usedAt: nowOf(ctx) } }),
  ]);
  await lockOutOthers(ctx, userId, "password_reset");
}

/** Changes the password; other sessions are signed out and tokens revoked, the current session stays. */
export async function changePassword(
  ctx: AccountsContext,
  userId: string,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { password: true } });
  if (!user.password) throw new Forbidden("no_password");
  if (!(await verifyPassword(user.password.hash, input.currentPassword))) {
    throw new Invalid("wrong_password", [{ field: "currentPassword", code: "wrong_password" }]);
  }
  assertStrongPassword(input.newPassword, [user.email ?? "", user.name]);
  await ctx.prisma.passwordCredential.update({ where: { userId }, data: { hash: await hashPassword(input.newPassword) } });
  await lockOutOthers(ctx, userId, "password_changed", sessionId);
  if (user.email) {
    await ctx.mailer.send({
      to: user.email,
      userId,
      locale: user.locale,
      template: "password_changed",
      params: { name: user.name, link: `${ctx.config.publicUrl}/auth/forgot-password` },
    });
  }
}

export async function getMe(ctx: AccountsContext, userId: string): Promise<UserView> {
  const user = await ctx.prisma.user.findUnique({ where: { id: userId } });
  if (!user || user.status === "deleted") throw new NotFound("not_found");
  return toUserView(user);
}

/**
 * Changes the name or the account's language. A language the member chose before (their
 * preferences' `language`) follows it, so the preferences never name another one than the one
 * that answers.
 */
export async function updateMe(ctx: AccountsContext, userId: string, input: { name?: string; locale?: Locale }): Promise<UserView> {
  const user = await ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
      },
    });
    if (input.locale !== undefined) {
      const row = await tx.profile.findUnique({ where: { userId }, select: { preferences: true } });
      const preferences = readPreferences(row?.preferences);
      if (preferences.language !== undefined && preferences.language !== input.locale)
        await tx.profile.update({ where: { userId }, data: { preferences: { ...preferences, language: input.locale } } });
    }
    return updated;
  });
  return toUserView(user);
}

async function assertPassword(ctx: AccountsContext, userId: string, password: string | undefined) {
  const credential = await ctx.prisma.passwordCredential.findUnique({ where: { userId } });
  if (!credential) throw new Forbidden("no_password");
  if (password === undefined) throw new Invalid("current_password_required", [{ field: "currentPassword", code: "field_required" }]);
  if (!(await verifyPassword(credential.hash, password))) {
    throw new Invalid("wrong_password", [{ field: "currentPassword", code: "wrong_password" }]);
  }
}

/**
 * Changes the sign-in address, only with the current password: the new address is unverified
 * (a verification goes to it), links sent to the old one stop working, and the old address
 * gets a notice with a link that puts it back (valid 7 days).
 */
export async function changeEmail(
  ctx: AccountsContext,
  userId: string,
  input: { email: string; currentPassword?: string },
): Promise<UserView> {
  const current = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const email = normalizeEmail(input.email);
  if (email === current.email) return toUserView(current);
  await assertPassword(ctx, userId, input.currentPassword);
  let undoToken: string | undefined;
  let user: Awaited<ReturnType<typeof ctx.prisma.user.update>>;
  try {
    user = await ctx.prisma.$transaction(async (tx) => {
      await voidAddressTokens(ctx, userId, tx);
      if (current.email) undoToken = await issueEmailToken(ctx, userId, "undo_email_change", current.email, tx);
      return tx.user.update({ where: { id: userId }, data: { email, emailVerifiedAt: null } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("email_taken");
    throw error;
  }
  await sendVerification(ctx, user);
  if (current.email && undoToken) {
    await ctx.mailer.send({
      to: current.email,
      userId,
      locale: user.locale,
      template: "email_changed",
      params: { name: user.name, email, link: linkTo(ctx, "undo-email-change", undoToken) },
    });
  }
  return toUserView(user);
}

/**
 * From the notice sent to the previous address: puts that address back (verified: the link
 * proves the mailbox), sets a new password (whoever changed the address knew the old one),
 * ends every session, revokes tokens, and drops GitHub/LinkedIn sign-ins linked since.
 */
export async function undoEmailChange(ctx: AccountsContext, token: string, password: string): Promise<UserView> {
  // Checked before the link is used: a weak password or a taken address must not burn it.
  const { userId, email, issuedAt } = await consumeEmailToken(ctx, token, "undo_email_change", async (stored) => {
    if (stored.user.status !== "active") throw new Invalid("invalid_email_token", [{ field: "token", code: "invalid_email_token" }]);
    assertStrongPassword(password, [stored.email, stored.user.name]);
    const taken = await ctx.prisma.user.findUnique({ where: { email: stored.email } });
    if (taken && taken.id !== stored.userId) throw new Conflict("email_taken");
  });
  const hash = await hashPassword(password);
  const user = await ctx.prisma.$transaction(async (tx) => {
    await voidAddressTokens(ctx, userId, tx);
    // Later changes' undo links would move the address away again; earlier ones stay usable.
    await tx.emailToken.updateMany({
      where: { userId, purpose: "undo_email_change", usedAt: null, createdAt: { gte: issuedAt } },
      data: { usedAt: nowOf(ctx) },
    });
    await tx.identity.deleteMany({ where: { userId, provider: { in: ["github", "linkedin"] }, createdAt: { gte: issuedAt } } });
    await tx.passwordCredential.upsert({ where: { userId }, create: { userId, hash }, update: { hash } });
    return tx.user.update({ where: { id: userId }, data: { email, emailVerifiedAt: nowOf(ctx) } });
  });
  await lockOutOthers(ctx, userId, "email_change_undone");
  return toUserView(user);
}

/**
 * Erases the member's personal data. The user row stays, nameless, so the conversations of
 * other members keep their messages, shown as from "deleted member".
 */
export async function deleteMe(ctx: AccountsContext, userId: string): Promise<void> {
  const now = nowOf(ctx);
  // Photos first: if anything fails after, the listings stay (retry), but nothing stays public.
  const owned = await ctx.prisma.listing.findMany({ where: { ownerId: userId }, select: { id: true } });
  await eraseListingImageFiles(
    ctx.prisma,
    ctx.images,
    owned.map((l) => l.id),
  );
  await ctx.prisma.$transaction(async (tx) => {
    const listingIds = (await tx.listing.findMany({ where: { ownerId: userId }, select: { id: true } })).map((l) => l.id);
    await tx.match.updateMany({
      where: {
        status: "proposed",
        OR: [{ participants: { some: { userId } } }, { items: { some: { offerListingId: { in: listingIds } } } }],
      },
      data: { status: "expired" },
    });
    await tx.listing.deleteMany({ where: { ownerId: userId } });
    await tx.identity.deleteMany({ where: { userId } });
    await tx.passwordCredential.deleteMany({ where: { userId } });
    await tx.refreshTokenFamily.deleteMany({ where: { userId } });
    await tx.emailToken.deleteMany({ where: { userId } });
    await tx.linkCode.deleteMany({ where: { userId } });
    await tx.linkAttempt.deleteMany({ where: { userId } });
    await tx.apiToken.deleteMany({ where: { userId } });
    await tx.idempotencyKey.deleteMany({ where: { userId } });
    await tx.profile.deleteMany({ where: { userId } });
    await tx.savedMission.deleteMany({ where: { userId } });
    await tx.application.deleteMany({ where: { userId } });
    await tx.assistantSession.deleteMany({ where: { userId } });
    await tx.emailOutbox.deleteMany({ where: { userId } });
    await tx.block.deleteMany({ where: { blockerId: userId } });
    await tx.user.update({
      where: { id: userId },
      data: { email: null, emailVerifiedAt: null, name: "", status: "deleted", deletedAt: now },
    });
  });
  announceSessionsEnded(ctx, userId, "account_deleted");
}
