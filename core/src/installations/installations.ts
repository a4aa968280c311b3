/**
 * Chat workspace installations: the credentials Relais holds for one Slack team, Discord guild
 * or Teams tenant (bot token, refresh token, app id…), encrypted at rest with the key from
 * RELAIS_ENCRYPTION_KEY (see encryption-key.ts). Adapters save one when a workspace installs
 * the app, read it to build their platform client, and delete it when the app is removed.
 * `metadata` holds what is not secret (team name, bot user id) and is readable without the key.
 */
import { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { Invalid } from "../errors/domain.ts";
import { open, seal } from "./secret-box.ts";

export type InstallationProvider = "slack" | "discord" | "teams" | "widget";
export type InstallationsContext = { prisma: PrismaClient; encryptionKey: Uint8Array };

const SaveInput = z.strictObject({
  provider: z.enum(["slack", "discord", "teams", "widget"]),
  workspaceId: z.string().trim().min(1).max(200),
  /** Secrets as the platform gave them; JSON, at most 16 kB. */
  credentials: z.record(z.string(), z.unknown()).refine((c) => JSON.stringify(c).length <= 16_000, "credentials too large"),
  metadata: z
    .record(z.string(), z.unknown())
    .refine((m) => JSON.stringify(m).length <= 4000, "metadata too large")
    .optional(),
});
export type SaveInstallationInput = z.infer<typeof SaveInput>;

export type Installation = {
  provider: InstallationProvider;
  workspaceId: string;
  credentials: Record<string, unknown>;
  metadata: Record<string, unknown>;
  updatedAt: Date;
};

const contextOf = (provider: string, workspaceId: string) => `${provider}:${workspaceId}`;

/** Saves (or replaces, on reinstall) a workspace's credentials, encrypted. */
export async function saveInstallation(ctx: InstallationsContext, input: SaveInstallationInput): Promise<void> {
  const parsed = SaveInput.safeParse(input);
  if (!parsed.success)
    throw new Invalid(
      "invalid_request",
      parsed.error.issues.map((issue) => ({ field: issue.path.join(".") || "installation", code: "field_invalid" as const })),
    );
  const { provider, workspaceId, credentials, metadata = {} } = parsed.data;
  const secret = seal(ctx.encryptionKey, JSON.stringify(credentials), contextOf(provider, workspaceId));
  await ctx.prisma.channelInstallation.upsert({
    where: { provider_workspaceId: { provider, workspaceId } },
    create: { provider, workspaceId, secret, metadata: metadata as Prisma.InputJsonValue },
    update: { secret, metadata: metadata as Prisma.InputJsonValue },
  });
}

/** The workspace's credentials, decrypted; null when the app is not installed there. Throws SecretBoxError with another key. */
export async function getInstallation(
  ctx: InstallationsContext,
  provider: InstallationProvider,
  workspaceId: string,
): Promise<Installation | null> {
  const row = await ctx.prisma.channelInstallation.findUnique({ where: { provider_workspaceId: { provider, workspaceId } } });
  if (!row) return null;
  const credentials = JSON.parse(open(ctx.encryptionKey, row.secret, contextOf(provider, workspaceId))) as Record<string, unknown>;
  return {
    provider,
    workspaceId,
    credentials,
    metadata: (row.metadata ?? {}) as Record<string, unknown>,
    updatedAt: row.updatedAt,
  };
}

/** Forgets a workspace (the app was uninstalled or its tokens revoked). True when there was one. */
export async function deleteInstallation(ctx: InstallationsContext, provider: InstallationProvider, workspaceId: string): Promise<boolean> {
  const { count } = await ctx.prisma.channelInstallation.deleteMany({ where: { provider, workspaceId } });
  return count > 0;
}

/** The workspaces a provider is installed in, without their secrets. */
export async function listInstallations(
  ctx: InstallationsContext,
  provider: InstallationProvider,
): Promise<{ workspaceId: string; metadata: Record<string, unknown>; updatedAt: Date }[]> {
  const rows = await ctx.prisma.channelInstallation.findMany({ where: { provider }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({
    workspaceId: row.workspaceId,
    metadata: (row.metadata ?? {}) as Record<string, unknown>,
    updatedAt: row.updatedAt,
  }));
}
