/**
 * A member's own hold on a conversation. Archiving is personal and reversible: the conversation
 * leaves their default list and comes back by itself with the next message (anyone's). Leaving
 * a group ends their membership: they stop receiving it and the others see them gone. A
 * two-person conversation cannot be left (the pair keeps one conversation): it is archived, or
 * the other member blocked.
 */
import { ArchiveConversationCommand } from "../commands/messaging-commands.ts";
import { parseCommand } from "../commands/parse-command.ts";
import { Conflict } from "../errors/domain.ts";
import type { Locale } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import { type ConversationView, getConversation, membership } from "./conversations.ts";

export async function archiveConversation(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  input: ArchiveConversationCommand,
  locale: Locale = "en",
): Promise<ConversationView> {
  const { archived } = parseCommand(ArchiveConversationCommand, input);
  await membership(ctx, conversationId, userId);
  await ctx.prisma.conversationMember.update({
    where: { conversationId_userId: { conversationId, userId } },
    data: { archivedAt: archived ? new Date() : null },
  });
  return getConversation(ctx, userId, conversationId, locale);
}

export async function leaveConversation(ctx: MarketContext, userId: string, conversationId: string): Promise<void> {
  await membership(ctx, conversationId, userId);
  const conversation = await ctx.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { kind: true } });
  if (conversation.kind === "direct") throw new Conflict("conversation_leave_direct");
  const now = new Date();
  await ctx.prisma.$transaction([
    ctx.prisma.conversationMember.update({ where: { conversationId_userId: { conversationId, userId } }, data: { leftAt: now } }),
    // What was waiting to reach them from this conversation is moot now.
    ctx.prisma.delivery.updateMany({
      where: { userId, conversationId, status: "pending" },
      data: { status: "cancelled", lastError: "left_conversation" },
    }),
  ]);
  const members = await ctx.prisma.conversationMember.findMany({ where: { conversationId, leftAt: null }, select: { userId: true } });
  ctx.events.publish("conversation.left", { conversationId, userId, memberIds: [...members.map((m) => m.userId), userId] });
}
