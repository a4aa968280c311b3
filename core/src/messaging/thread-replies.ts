/**
 * Members talking across channels: a message delivered to a member's chat app (a Slack DM, a
 * Discord DM…) can be answered right there, in its thread. The answer joins the Relais
 * conversation the delivered message belongs to, and answering counts as having read it.
 * Only the member the message was delivered to can answer it this way.
 */
import type { DeliveryChannel } from "../db/generated/enums.ts";
import { recipientLocale } from "../delivery/notifications.ts";
import { t } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import { markRead, sendMessage } from "./conversations.ts";

export type ThreadReply = {
  conversationId: string;
  messageId: string;
  /** False when this very answer was already sent (a platform retry): say nothing again. */
  created: boolean;
  confirmation: string;
};

/**
 * When `thread` is the platform id of a message Relais delivered to `userId` on `channel`,
 * sends `body` to that conversation as `userId` and says so in their language; else undefined
 * (the turn is for the assistant).
 */
export async function replyInDeliveredThread(
  ctx: MarketContext,
  input: { userId: string; channel: DeliveryChannel; thread: string; body: string; clientMessageId: string },
): Promise<ThreadReply | undefined> {
  const delivered = await ctx.prisma.delivery.findFirst({
    where: { userId: input.userId, channel: input.channel, externalMessageId: input.thread, kind: "message", messageId: { not: null } },
    select: { message: { select: { id: true, conversationId: true } } },
  });
  const original = delivered?.message;
  if (!original) return undefined;
  await markRead(ctx, input.userId, original.conversationId, original.id);
  const { message, created } = await sendMessage(ctx, input.userId, original.conversationId, {
    body: input.body,
    clientMessageId: input.clientMessageId,
  });
  const others = await ctx.prisma.conversationMember.findMany({
    where: { conversationId: original.conversationId, leftAt: null, userId: { not: input.userId } },
    select: { user: { select: { name: true } } },
  });
  const locale = await recipientLocale(ctx.prisma, input.userId);
  return {
    conversationId: original.conversationId,
    messageId: message.id,
    created,
    confirmation: t("nt_thread_reply_sent", locale, { names: others.map((o) => o.user.name).join(", ") }),
  };
}
