/** One-time links sent by email (verify email, reset password): stored hashed, expiring, single use. */
import type { EmailTokenPurpose } from "../db/generated/client.ts";
import { Invalid } from "../errors/domain.ts";
import { type AccountsContext, nowOf } from "./context.ts";
import { randomToken, sha256 } from "./crypto.ts";

export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
};

export async function issueEmailToken(ctx: AccountsContext, userId: string, purpose: EmailTokenPurpose): Promise<string> {
  const token = randomToken();
  await ctx.prisma.emailToken.create({
    data: { userId, purpose, tokenHash: sha256(token), expiresAt: new Date(nowOf(ctx).getTime() + EMAIL_TOKEN_TTL_MS[purpose]) },
  });
  return token;
}

/** Marks the token used and returns its user; refuses unknown, expired or used tokens. */
export async function consumeEmailToken(ctx: AccountsContext, token: string, purpose: EmailTokenPurpose): Promise<string> {
  const now = nowOf(ctx);
  const stored = await ctx.prisma.emailToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!stored || stored.purpose !== purpose || stored.usedAt || stored.expiresAt <= now)
    throw new Invalid("invalid_email_token", [{ field: "token", code: "invalid_email_token" }]);
  const used = await ctx.prisma.emailToken.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
  if (used.count === 0) throw new Invalid("invalid_email_token", [{ field: "token", code: "invalid_email_token" }]);
  return stored.userId;
}
