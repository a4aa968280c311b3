/** Personal access tokens for integrators: shown once, stored hashed, scoped read/write. */
import type { ApiTokenScope } from "../db/generated/client.ts";
import { NotFound, Unauthorized } from "../errors/domain.ts";
import { cursorArgs, type Page, toPage } from "../pagination.ts";
import { type AccountsContext, nowOf } from "./context.ts";
import { randomToken, sha256 } from "./crypto.ts";

export const API_TOKEN_PREFIX = "rel_pat_";

export type ApiTokenView = {
  id: string;
  name: string;
  scopes: ApiTokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

type ApiTokenRow = { id: string; name: string; scopes: ApiTokenScope[]; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null };

function toView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

export async function createApiToken(
  ctx: AccountsContext,
  userId: string,
  input: { name: string; scopes: ApiTokenScope[]; expiresInDays?: number },
): Promise<{ token: string; apiToken: ApiTokenView }> {
  const token = `${API_TOKEN_PREFIX}${randomToken()}`;
  const expiresAt = input.expiresInDays ? new Date(nowOf(ctx).getTime() + input.expiresInDays * 86_400_000) : null;
  const row = await ctx.prisma.apiToken.create({
    data: { userId, name: input.name.trim(), scopes: [...new Set(input.scopes)], tokenHash: sha256(token), expiresAt },
  });
  return { token, apiToken: toView(row) };
}

/** Newest first, cursor = id of the last token of the previous page. */
export async function listApiTokens(
  ctx: AccountsContext,
  userId: string,
  page: { limit: number; cursor?: string },
): Promise<Page<ApiTokenView>> {
  const rows = await ctx.prisma.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...cursorArgs(page),
  });
  return toPage(rows, page.limit, toView);
}

/** Only the owner may revoke; another member's token id is "not found". */
export async function revokeApiToken(ctx: AccountsContext, userId: string, id: string): Promise<void> {
  const result = await ctx.prisma.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: nowOf(ctx) } });
  if (result.count === 0) throw new NotFound("not_found");
}

export async function authenticateApiToken(ctx: AccountsContext, token: string): Promise<{ userId: string; scopes: ApiTokenScope[] }> {
  const row = await ctx.prisma.apiToken.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  const now = nowOf(ctx);
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.status !== "active")
    throw new Unauthorized("invalid_token");
  // Last use is informative: at most one write a minute per token.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await ctx.prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { userId: row.userId, scopes: row.scopes };
}
