/**
 * Shared conversations where the app was added — a Teams team's channel, a group chat — and how
 * to write there later: adapters remember one when the platform says the app was added (or
 * when someone first speaks to it there) and forget it when the app is removed. A delivery
 * aimed at that conversation (a reply target) is then written with the stored address, so a
 * proactive message reaches the channel after a restart, from the database alone. Validated:
 * a malformed place is refused rather than stored.
 */
import { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import type { DeliveryChannel } from "../db/generated/enums.ts";
import { Invalid } from "../errors/domain.ts";

export const ChatPlaceInput = z.strictObject({
  provider: z.enum(["slack", "discord", "teams"]),
  externalId: z.string().trim().min(1).max(200),
  kind: z.enum(["channel", "group"]),
  workspaceId: z.string().trim().min(1).max(200).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  /** What the platform's port needs to write there (Teams: the conversation reference). */
  address: z.record(z.string(), z.unknown()).refine((a) => JSON.stringify(a).length <= 8000, "address too large"),
});
export type ChatPlaceInput = z.infer<typeof ChatPlaceInput>;

/** Remembers (or refreshes, and brings back after a removal) a place the app is in. */
export async function rememberChatPlace(prisma: PrismaClient, input: ChatPlaceInput): Promise<void> {
  const parsed = ChatPlaceInput.safeParse(input);
  if (!parsed.success) throw new Invalid("invalid_request", [{ field: "place", code: "field_invalid" }]);
  const { provider, externalId, kind, workspaceId, name, address } = parsed.data;
  const data = {
    kind,
    workspaceId: workspaceId ?? null,
    ...(name ? { name } : {}),
    address: address as Prisma.InputJsonValue,
    removedAt: null,
  };
  await prisma.chatPlace.upsert({
    where: { provider_externalId: { provider, externalId } },
    create: { provider, externalId, ...data },
    update: data,
  });
}

/** The app was removed from the place: nothing goes there any more. */
export async function forgetChatPlace(prisma: PrismaClient, provider: DeliveryChannel, externalId: string): Promise<void> {
  await prisma.chatPlace.updateMany({ where: { provider, externalId, removedAt: null }, data: { removedAt: new Date() } });
}

/** The stored address of a place the app is still in, serialised for a ChannelPort; undefined otherwise. */
export async function chatPlaceAddress(prisma: PrismaClient, provider: DeliveryChannel, externalId: string): Promise<string | undefined> {
  const place = await prisma.chatPlace.findUnique({
    where: { provider_externalId: { provider, externalId } },
    select: { address: true, removedAt: true },
  });
  return place && !place.removedAt ? JSON.stringify(place.address) : undefined;
}
