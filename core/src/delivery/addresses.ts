/**
 * Where an identity can be written to first. Adapters call this when the platform tells them
 * (Slack `conversations.open`, a Discord DM channel, a Teams conversation reference from any
 * activity, a widget session), so a notification days later knows where to go. Validated: a
 * malformed address is refused rather than stored.
 */
import { z } from "zod";
import { Prisma, type PrismaClient } from "../db/generated/client.ts";
import { Invalid, NotFound } from "../errors/domain.ts";

export const IdentityAddress = z
  .strictObject({
    /** Slack/Discord DM channel id, widget session id. */
    dmChannelId: z.string().trim().min(1).max(200).nullable().optional(),
    /** Teams: the conversation reference (serviceUrl, conversation, bot, tenant) as Teams gave it. */
    conversationReference: z.record(z.string(), z.unknown()).nullable().optional(),
    /** Slack team, Discord guild, Teams tenant. */
    workspaceId: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .refine((a) => JSON.stringify(a.conversationReference ?? null).length <= 8000, "conversation reference too large");
export type IdentityAddressInput = z.infer<typeof IdentityAddress>;

export async function rememberIdentityAddress(prisma: PrismaClient, identityId: string, address: IdentityAddressInput): Promise<void> {
  const parsed = IdentityAddress.safeParse(address);
  if (!parsed.success) throw new Invalid("invalid_request", [{ field: "address", code: "field_invalid" }]);
  const { dmChannelId, conversationReference, workspaceId } = parsed.data;
  const data: Prisma.IdentityUpdateManyMutationInput = {
    ...(dmChannelId !== undefined ? { dmChannelId } : {}),
    ...(conversationReference !== undefined
      ? { conversationReference: conversationReference === null ? Prisma.DbNull : (conversationReference as Prisma.InputJsonValue) }
      : {}),
    ...(workspaceId !== undefined ? { workspaceId } : {}),
  };
  const updated = await prisma.identity.updateMany({ where: { id: identityId }, data });
  if (updated.count === 0) throw new NotFound("not_found");
}
