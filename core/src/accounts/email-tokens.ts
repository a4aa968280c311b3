/**
 * One-time links sent by email (verify email, reset password, undo an email change): stored
 * hashed, expiring, single use, and bound to the address they were sent to — a link acts only
 * while the account still has that address, so a token mailed to A never verifies B.
 */
import type { EmailTokenPurpose, Prisma, User } from "../db/generated/client.ts";
import { Invalid } from "../errors/domain.ts";
import type { Locale } from "../i18n/messages.ts";
import { type AccountsContext, nowOf } from "./context.ts";
import { randomToken, sha256 } from "./crypto.ts";

export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
  undo_email_change: 7 * 24 * 3_600_000,
  widget_sign_in: 15 * 60_000,
};

type Db = Pick<Prisma.TransactionClient, "emailToken">;

export async function issueEmailToken(
  ctx: AccountsContext,
  userId: string,
  purpose: EmailTokenPurpose,
  email: string,
  db: Db = ctx.prisma,
): Promise<string> {
  const token = randomToken();
  await db.emailToken.create({
    data: { userId, purpose, email, tokenHash: sha256(token), expiresAt: new Date(nowOf(ctx).getTime() + EMAIL_TOKEN_TTL_MS[purpose]) },
  });
  return token;
}

/**
 * The language of the member a link was mailed to, so the page it opens speaks it (not the
 * browser's). Reading it uses nothing up; an unknown token has none.
 */
export async function emailTokenLocale(ctx: AccountsContext, token: string): Promise<Locale | undefined> {
  const stored = await ctx.prisma.emailToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { user: { select: { locale: true } } },
  });
  return stored?.user.locale ?? undefined;
}

const invalidToken = () => new Invalid("invalid_email_token", [{ field: "token", code: "invalid_email_token" }]);

type StoredToken = { userId: string; email: string; issuedAt: Date; user: User };

/**
 * Marks the token used and returns its user and address; refuses unknown, expired or used
 * tokens, and verify or reset links whose address is no longer the account's. `beforeUse`
 * checks what the caller was given (a new password, say) while the link is still unused, so a
 * mistake there does not burn the link.
 */
export async function consumeEmailToken(
  ctx: AccountsContext,
  token: string,
  purpose: EmailTokenPurpose,
  beforeUse: (stored: StoredToken) => Promise<void> | void = () => {},
): Promise<StoredToken> {
  const now = nowOf(ctx);
  const stored = await ctx.prisma.emailToken.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!stored?.email || stored.purpose !== purpose || stored.usedAt || stored.expiresAt <= now) throw invalidToken();
  // Verify and reset links act on the address they were mailed to, never on a later one.
  if (purpose !== "undo_email_change" && stored.user.email !== stored.email) throw invalidToken();
  const found = { userId: stored.userId, email: stored.email, issuedAt: stored.createdAt, user: stored.user };
  await beforeUse(found);
  const used = await ctx.prisma.emailToken.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
  if (used.count === 0) throw invalidToken();
  return found;
}

/** Voids the member's unused verify and reset links (the address they were sent to changed). */
export async function voidAddressTokens(ctx: AccountsContext, userId: string, db: Db = ctx.prisma): Promise<void> {
  await db.emailToken.updateMany({
    where: { userId, purpose: { in: ["verify_email", "reset_password"] }, usedAt: null },
    data: { usedAt: nowOf(ctx) },
  });
}
