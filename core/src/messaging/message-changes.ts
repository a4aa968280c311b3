/**
 * Editing and deleting one's own message. Only the author may; a deleted message stays in the
 * history as a tombstone (no text, no attachments, `deleted: true`) so replies around it keep
 * their sense and `seq` has no gap. Everyone hears the change live (`message.updated`), and each
 * chat app that announced the message gets it updated in place through the outbox, committed
 * with the change.
 *
 * Edits are allowed for 24 hours: long enough to fix a typo or a wrong time, short enough that
 * what the other side agreed to ("OK for 40 €") cannot be rewritten later; after that a
 * correction is a new message. Deleting has no limit: a member may always take their words back
 * (the tombstone shows that something was said).
 */
import { assertNotGuest } from "../accounts/guests.ts";
import { EditMessageCommand } from "../commands/messaging-commands.ts";
import { parseCommand } from "../commands/parse-command.ts";
import type { Prisma } from "../db/generated/client.ts";
import { enqueueMessageUpdates } from "../delivery/enqueue.ts";
import { Conflict, Forbidden, NotFound } from "../errors/domain.ts";
import type { Locale } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import { eraseMessageImages } from "./attachment-images.ts";
import { MESSAGE_INCLUDE, type MessageView, membership, toMessageView } from "./conversations.ts";

export const EDIT_WINDOW_HOURS = 24;

async function ownMessage(ctx: MarketContext, userId: string, conversationId: string, messageId: string) {
  await membership(ctx, conversationId, userId);
  const message = await ctx.prisma.message.findUnique({
    where: { id: messageId },
    select: { conversationId: true, senderId: true, createdAt: true, deletedAt: true, attachments: true },
  });
  if (!message || message.conversationId !== conversationId) throw new NotFound("not_found");
  if (message.senderId !== userId) throw new Forbidden("message_not_author");
  return message;
}

async function applyChange(
  ctx: MarketContext,
  conversationId: string,
  messageId: string,
  data: { body: string; editedAt?: Date; deletedAt?: Date; attachments?: [] },
  locale: Locale,
): Promise<MessageView> {
  const now = data.editedAt ?? data.deletedAt ?? new Date();
  let enqueued = 0;
  const row = await ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.message.update({ where: { id: messageId }, data, include: MESSAGE_INCLUDE });
    enqueued = await enqueueMessageUpdates(tx, { messageId, conversationId, now });
    return updated;
  });
  const members = await ctx.prisma.conversationMember.findMany({ where: { conversationId, leftAt: null }, select: { userId: true } });
  ctx.events.publish("message.updated", { conversationId, messageId, memberIds: members.map((m) => m.userId) });
  if (enqueued > 0) ctx.events.publish("delivery.enqueued", { count: enqueued });
  return toMessageView(row, locale);
}

export async function editMessage(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  messageId: string,
  input: EditMessageCommand,
  locale: Locale = "en",
): Promise<MessageView> {
  const { body } = parseCommand(EditMessageCommand, input);
  await assertNotGuest(ctx.prisma, userId);
  const message = await ownMessage(ctx, userId, conversationId, messageId);
  if (message.deletedAt) throw new Conflict("message_deleted");
  const now = new Date();
  if (now.getTime() - message.createdAt.getTime() > EDIT_WINDOW_HOURS * 3_600_000)
    throw new Conflict("message_edit_window", { hours: EDIT_WINDOW_HOURS });
  return applyChange(ctx, conversationId, messageId, { body, editedAt: now }, locale);
}

/** Deletes the text and attachments for good; the tombstone keeps the message's place. Deleting twice is a no-op. */
export async function deleteMessage(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  messageId: string,
  locale: Locale = "en",
): Promise<MessageView> {
  await assertNotGuest(ctx.prisma, userId);
  const message = await ownMessage(ctx, userId, conversationId, messageId);
  if (message.deletedAt) {
    const row = await ctx.prisma.message.findUniqueOrThrow({ where: { id: messageId }, include: MESSAGE_INCLUDE });
    return toMessageView(row, locale);
  }
  const tombstone = await applyChange(ctx, conversationId, messageId, { body: "", attachments: [], deletedAt: new Date() }, locale);
  // The photos it carried go too: their URLs answer 404 from now on.
  await eraseMessageImages(ctx.images, Array.isArray(message.attachments) ? message.attachments : []);
  return tombstone;
}

/** How long after sending an Undo may still take a message back (issue 12, principle 1). */
export const UNSEND_WINDOW_MINUTES = 5;

const APP_NAMES: Record<string, string> = { slack: "Slack", discord: "Discord", teams: "Microsoft Teams" };

/**
 * Undo of a send, for a short while: when no chat app has received the message (its deliveries
 * there still wait, none in a worker's hands), they are cancelled and the message is removed for
 * every member (the tombstone of deleteMessage), in one transaction. Once a chat app has it,
 * `message_already_delivered` says where: Relais cannot take it back from there.
 */
export async function unsendMessage(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  messageId: string,
  locale: Locale = "en",
): Promise<MessageView> {
  await assertNotGuest(ctx.prisma, userId);
  const message = await ownMessage(ctx, userId, conversationId, messageId);
  if (message.deletedAt) throw new Conflict("message_deleted");
  const now = new Date();
  if (now.getTime() - message.createdAt.getTime() > UNSEND_WINDOW_MINUTES * 60_000)
    throw new Conflict("message_unsend_window", { minutes: UNSEND_WINDOW_MINUTES });
  const row = await ctx.prisma.$transaction(async (tx) => {
    // Locked against the delivery worker: it skips these rows until this commits, then finds them cancelled.
    const deliveries = await tx.$queryRaw<{ channel: string; status: string; leaseUntil: Date | null }[]>`
      SELECT "channel"::text, "status"::text, "leaseUntil" FROM "Delivery" WHERE "messageId" = ${messageId} FOR UPDATE`;
    const reached = deliveries.filter(
      (d) =>
        d.channel !== "socket" &&
        (d.status === "sent" || d.status === "read" || (d.status === "pending" && d.leaseUntil !== null && d.leaseUntil > now)),
    );
    if (reached.length > 0)
      throw new Conflict("message_already_delivered", {
        apps: [...new Set(reached.map((d) => APP_NAMES[d.channel] ?? d.channel))].join(", "),
      });
    await tx.delivery.updateMany({ where: { messageId, status: "pending" }, data: { status: "cancelled", leaseUntil: null } });
    return tx.message.update({
      where: { id: messageId },
      data: { body: "", attachments: [] as Prisma.InputJsonValue, deletedAt: now },
      include: MESSAGE_INCLUDE,
    });
  });
  const members = await ctx.prisma.conversationMember.findMany({ where: { conversationId, leftAt: null }, select: { userId: true } });
  ctx.events.publish("message.updated", { conversationId, messageId, memberIds: members.map((m) => m.userId) });
  await eraseMessageImages(ctx.images, Array.isArray(message.attachments) ? message.attachments : []);
  return toMessageView(row, locale);
}
