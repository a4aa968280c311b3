/**
 * Chat identities: a member who writes from Slack, Discord, Teams or the widget is a user at
 * once (found or created from the channel identity). Identities join one account with a
 * one-time 10-digit code, valid 10 minutes. Its first 4 digits find the code, the other 6 are
 * its secret, so wrong tries count against the code they aim at: 5 and the code is dead,
 * whoever typed them. Wrong tries are also budgeted per requester (5 per 10 minutes), per
 * source — the client IP, since guest identities cost nothing — and instance-wide (LinkGuard).
 */
import type { IdentityProvider, User } from "../db/generated/client.ts";
import { Invalid, RateLimited } from "../errors/domain.ts";
import type { Locale } from "../i18n/messages.ts";
import { cleanDisplayName } from "../text/display-name.ts";
import { type AccountsContext, nowOf } from "./context.ts";
import { randomDigits, sha256 } from "./crypto.ts";
import { LINK_CODE_DIGITS, linkCodeIn } from "./link-code-format.ts";
import { mergeUserInto } from "./merge-accounts.ts";
import { revokeAllSessions } from "./sessions.ts";

/** The name of a member whose chat app gave none: a placeholder, never said back as theirs ("Bonjour Nouveau membre !"). */
export const PLACEHOLDER_NAME = { fr: "Nouveau membre", en: "New member" } as const;

/** Whether a stored name is that placeholder (in either language) rather than the member's own. */
export const isPlaceholderName = (name: string): boolean => name === PLACEHOLDER_NAME.fr || name === PLACEHOLDER_NAME.en;

export const LINK_CODE_TTL_MS = 10 * 60_000;
/** Wrong tries per requester per 10 minutes. */
export const LINK_MAX_FAILURES = 5;
/** Wrong tries that kill a code, whoever typed them. */
export const LINK_CODE_MAX_FAILURES = 5;
const LOOKUP_DIGITS = 4;

const CHANNEL_FORMATS: Partial<Record<IdentityProvider, RegExp>> = {
  slack: /^[A-Z0-9]+:[A-Z0-9]+$/i, // team:user
  discord: /^\d{5,25}$/, // snowflake
  teams: /^[\w.-]+:[\w:.-]+$/, // tenant:aadObjectId (or tenant:29:… when Teams gives no object id)
  widget: /^[\w-]{8,128}$/, // session
};

export type ChannelIdentity = { provider: IdentityProvider; externalId: string };

/** "slack:T1:U1" → { provider: "slack", externalId: "T1:U1" }; undefined when malformed. */
export function parseChannelIdentity(value: string): ChannelIdentity | undefined {
  const separator = value.indexOf(":");
  if (separator < 0) return undefined;
  const provider = value.slice(0, separator) as IdentityProvider;
  const externalId = value.slice(separator + 1);
  const format = CHANNEL_FORMATS[provider];
  return format?.test(externalId) ? { provider, externalId } : undefined;
}

/**
 * The member's stored preferences, read with the user in the same statement (every assistant turn
 * needs them for the language the member chose): `null` when there is no profile yet.
 */
const PREFERENCES = { profile: { select: { preferences: true } } } as const;

/** A user read with `PREFERENCES` (and `LATEST_IDENTITY`), split into the user and its stored preferences. */
function withPreferences<T extends { profile: { preferences: unknown } | null; identities?: unknown }>(row: T) {
  const { profile, identities: _latest, ...user } = row;
  return { user, preferences: profile?.preferences ?? null };
}

/** The member's identity seen last: whether this turn's identity already is, in the same statement. */
const LATEST_IDENTITY = { identities: { select: { id: true }, orderBy: { lastSeenAt: "desc" }, take: 1 } } as const;

/**
 * `lastSeenAt` says which of a member's identities spoke last (where a notification goes), to the minute: an identity
 * that already is the member's latest and was seen less than a minute ago is not written again on every turn.
 */
const SEEN_PRECISION_MS = 60_000;
function seenRecently(ctx: AccountsContext, identity: { id: string; lastSeenAt: Date }, user: { identities: { id: string }[] }): boolean {
  return user.identities[0]?.id === identity.id && +nowOf(ctx) - +identity.lastSeenAt < SEEN_PRECISION_MS;
}

export async function findOrCreateUserByIdentity(
  ctx: AccountsContext,
  identity: ChannelIdentity & { displayName?: string; locale?: Locale },
): Promise<{ user: User; identityId: string; created: boolean; preferences?: unknown }> {
  const where = { provider_externalId: { provider: identity.provider, externalId: identity.externalId } };
  const existing = await ctx.prisma.identity.findUnique({ where, include: { user: { include: { ...PREFERENCES, ...LATEST_IDENTITY } } } });
  if (existing) {
    const displayName = identity.displayName ?? existing.displayName;
    if (displayName !== existing.displayName || !seenRecently(ctx, existing, existing.user))
      await ctx.prisma.identity.update({ where: { id: existing.id }, data: { lastSeenAt: nowOf(ctx), displayName } });
    return { ...withPreferences(existing.user), identityId: existing.id, created: false };
  }
  const name = cleanDisplayName(identity.displayName ?? "") || PLACEHOLDER_NAME[identity.locale === "en" ? "en" : "fr"];
  try {
    const user = await ctx.prisma.user.create({
      data: {
        name,
        locale: identity.locale ?? "fr",
        identities: { create: { provider: identity.provider, externalId: identity.externalId, displayName: identity.displayName ?? null } },
      },
      include: { identities: true },
    });
    return { user, identityId: user.identities[0]?.id ?? "", created: true };
  } catch {
    // The same identity's first two messages raced: the other one created it.
    const raced = await ctx.prisma.identity.findUniqueOrThrow({ where, include: { user: true } });
    return { user: raced.user, identityId: raced.id, created: false };
  }
}

export async function listIdentities(ctx: AccountsContext, userId: string) {
  // The REST assistant's own identity is a detail of the API, not a way the member signs in.
  const rows = await ctx.prisma.identity.findMany({ where: { userId, provider: { not: "api" } }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({
    id: row.id,
    provider: row.provider,
    externalId: row.externalId,
    displayName: row.displayName,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** A new code for `userId`; earlier unused codes of that member stop working. */
export async function createLinkCode(ctx: AccountsContext, userId: string): Promise<{ code: string; expiresAt: string }> {
  const now = nowOf(ctx);
  await ctx.prisma.linkCode.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = randomDigits(LINK_CODE_DIGITS);
    const lookup = code.slice(0, LOOKUP_DIGITS);
    // The lookup digits are unique among live codes, so a wrong try aims at one code.
    if (await ctx.prisma.linkCode.findFirst({ where: { lookup, usedAt: null, expiresAt: { gt: now } } })) continue;
    const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
    await ctx.prisma.linkCode.create({ data: { userId, codeHash: sha256(code), lookup, expiresAt } });
    return { code, expiresAt: expiresAt.toISOString() };
  }
  throw new Error("could not draw a free link code");
}

const invalidCode = () => new Invalid("link_code_invalid", [{ field: "code", code: "link_code_invalid" }]);

/** A wrong code: counted for the requester, the source, the instance, and the code it aimed at. */
async function recordWrongCode(ctx: AccountsContext, requesterId: string, source: string, lookup: string | undefined) {
  await ctx.prisma.linkAttempt.create({ data: { userId: requesterId, success: false } });
  await ctx.linkGuard.recordFailure(source);
  if (!lookup) return;
  const now = nowOf(ctx);
  const live = { lookup, usedAt: null, expiresAt: { gt: now } };
  await ctx.prisma.linkCode.updateMany({ where: live, data: { failures: { increment: 1 } } });
  await ctx.prisma.linkCode.updateMany({ where: { ...live, failures: { gte: LINK_CODE_MAX_FAILURES } }, data: { usedAt: now } });
}

/**
 * The requester enters a code made by another account: the requester's identities and
 * everything it did or received (see merge-accounts.ts) move to that account in one
 * transaction, and the requester's now-empty user is retired. `source`
 * names where the try comes from (the client IP over HTTP); without one, the requester.
 */
export async function linkWithCode(
  ctx: AccountsContext,
  requesterId: string,
  code: string,
  source = `user:${requesterId}`,
): Promise<{ userId: string; movedIdentities: number }> {
  const now = nowOf(ctx);
  const since = new Date(now.getTime() - LINK_CODE_TTL_MS);
  const failures = await ctx.prisma.linkAttempt.findMany({
    where: { userId: requesterId, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
  });
  if (failures.length >= LINK_MAX_FAILURES) {
    const oldest = failures[0]?.createdAt ?? now;
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + LINK_CODE_TTL_MS - now.getTime()) / 1000));
    throw new RateLimited("link_too_many_tries", retryAfterSeconds, { minutes: Math.ceil(retryAfterSeconds / 60) });
  }
  await ctx.linkGuard.assertAllowed(source);
  const typed = linkCodeIn(code);
  const exact = typed !== undefined && typed.length === code.replace(/[\s.-]/g, "").length ? typed : undefined;
  const lookup = exact?.slice(0, LOOKUP_DIGITS);
  const candidates = lookup ? await ctx.prisma.linkCode.findMany({ where: { lookup, usedAt: null, expiresAt: { gt: now } } }) : [];
  const found = exact ? candidates.find((c) => c.codeHash === sha256(exact)) : undefined;
  if (!found) {
    await recordWrongCode(ctx, requesterId, source, lookup);
    throw invalidCode();
  }
  if (found.userId === requesterId) throw new Invalid("link_code_own", [{ field: "code", code: "link_code_own" }]);
  const ownerId = found.userId;
  const moved = await ctx.prisma.$transaction(async (tx) => {
    const used = await tx.linkCode.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
    if (used.count === 0) throw invalidCode();
    await tx.linkAttempt.create({ data: { userId: requesterId, success: true } });
    const identities = await tx.identity.count({ where: { userId: requesterId } });
    await mergeUserInto(tx, requesterId, ownerId);
    await tx.user.update({ where: { id: requesterId }, data: { status: "deleted", deletedAt: now, name: "" } });
    return identities;
  });
  // The requester's account is retired: its sessions end (sign in to the other account).
  await revokeAllSessions(ctx, requesterId, "account_linked");
  return { userId: ownerId, movedIdentities: moved };
}

/**
 * The REST assistant's identity of a signed-in member (one per account, created on first use).
 * Every turn over the API asks for it, so the usual case is one read (the user, their preferences and whether
 * this identity is their latest, in one statement) and at most one update a minute: an upsert is a transaction
 * of four statements, twice the cost of a turn's own work on the embedded database.
 */
export async function apiIdentityOf(
  ctx: AccountsContext,
  userId: string,
): Promise<{ user: User; identityId: string; preferences?: unknown }> {
  const where = { provider_externalId: { provider: "api" as const, externalId: userId } };
  const seen = await ctx.prisma.identity.findUnique({
    where,
    select: { id: true, lastSeenAt: true, user: { include: { ...PREFERENCES, ...LATEST_IDENTITY } } },
  });
  if (seen) {
    if (!seenRecently(ctx, seen, seen.user)) await ctx.prisma.identity.update({ where: { id: seen.id }, data: { lastSeenAt: nowOf(ctx) } });
    return { ...withPreferences(seen.user), identityId: seen.id };
  }
  const upsert = () =>
    ctx.prisma.identity.upsert({
      where,
      create: { provider: "api", externalId: userId, userId },
      update: { lastSeenAt: nowOf(ctx) },
      include: { user: true },
    });
  // Two first turns at once on Postgres: the loser's insert hits the unique key, and its retry updates.
  const identity = await upsert().catch((error: unknown) => {
    if ((error as { code?: unknown }).code === "P2002") return upsert();
    throw error;
  });
  return { user: identity.user, identityId: identity.id };
}
