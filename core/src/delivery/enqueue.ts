/**
 * Writes the outbox: `Delivery` rows, always with the transaction client of the write they
 * announce, so a message, a proposal or an acceptance and its deliveries commit together or
 * not at all. The delivery worker sends them; callers publish `delivery.enqueued` after the
 * commit so it wakes at once instead of at its next poll.
 */
import { z } from "zod";
import type { Reply } from "../assistant/reply.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import type { DeliveryChannel } from "../db/generated/enums.ts";
import type { EventBus } from "../events/bus.ts";
import type { NotificationKind } from "../profiles/preferences.ts";
import { quietUntil } from "./quiet-hours.ts";
import { chooseTargets, loadRecipients, type Recipient } from "./recipients.ts";

type Tx = Prisma.TransactionClient | PrismaClient;

/** Pushes wait for the end of quiet hours; the app's live socket is not a push. */
function dueAt(recipient: Recipient, channel: DeliveryChannel, now: Date): Date | null {
  return channel === "socket" ? null : quietUntil(recipient.preferences.quietHours, now);
}

/** Who, where and when, for each channel `recipient` hears `kind` on. */
function targetRows(recipient: Recipient, kind: NotificationKind, now: Date) {
  return chooseTargets(recipient, kind).map((target) => ({
    userId: target.userId,
    channel: target.channel,
    identityId: target.identityId,
    nextAttemptAt: dueAt(recipient, target.channel, now),
  }));
}

async function writeRows(tx: Tx, data: Prisma.DeliveryCreateManyInput[]): Promise<number> {
  if (data.length === 0) return 0;
  return (await tx.delivery.createMany({ data, skipDuplicates: true })).count;
}

/** One row per recipient (never the sender) and channel for a new message. Returns the number written. */
export async function enqueueMessageDeliveries(
  tx: Tx,
  input: { messageId: string; conversationId: string; senderId: string; recipients: Recipient[]; now: Date },
): Promise<number> {
  const data = input.recipients
    .filter((r) => r.userId !== input.senderId)
    .flatMap((recipient) =>
      targetRows(recipient, "message", input.now).map((row) => ({
        ...row,
        kind: "message" as const,
        messageId: input.messageId,
        conversationId: input.conversationId,
      })),
    );
  return writeRows(tx, data);
}

/**
 * A message was edited or deleted: one row for each chat channel that announced it (or will),
 * so the worker updates the platform message in place. Socket clients hear `message.updated` live.
 */
export async function enqueueMessageUpdates(tx: Tx, input: { messageId: string; conversationId: string; now: Date }): Promise<number> {
  const announced = await tx.delivery.findMany({
    where: { messageId: input.messageId, kind: "message", channel: { not: "socket" }, status: { in: ["pending", "sent", "read"] } },
    select: { userId: true, channel: true, identityId: true },
  });
  return writeRows(
    tx,
    announced.map((row) => ({
      ...row,
      kind: "message_updated" as const,
      conversationId: input.conversationId,
      payload: { messageId: input.messageId },
    })),
  );
}

/**
 * A notification about a match or an application to each of `userIds` on their push channels
 * (the socket already hears these as live events). A kind written twice for the same match,
 * member and channel is written once.
 */
export async function enqueueNotifications(
  tx: Tx,
  input: {
    kind: Exclude<NotificationKind, "message" | "mission_alert">;
    userIds: string[];
    matchId?: string;
    applicationId?: string;
    now: Date;
  },
): Promise<number> {
  const recipients = await loadRecipients(tx, input.userIds);
  const data = recipients.flatMap((recipient) =>
    targetRows(recipient, input.kind, input.now)
      .filter((row) => row.channel !== "socket")
      .map((row) => ({ ...row, kind: input.kind, matchId: input.matchId ?? null, applicationId: input.applicationId ?? null })),
  );
  return writeRows(tx, data);
}

/**
 * Where a reply goes when it is not the identity's DM: the place the member spoke (a channel
 * and thread), or the request's own answer address. Checked before it is stored.
 */
export const ReplyTarget = z.strictObject({
  conversation: z.string().trim().min(1).max(200),
  thread: z.string().trim().min(1).max(200).optional(),
  workspace: z.string().trim().min(1).max(200).optional(),
  visibleTo: z.string().trim().min(1).max(200).optional(),
  responseUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
});
export type ReplyTarget = z.infer<typeof ReplyTarget>;

/**
 * A Reply built in advance (an assistant answer delivered after the platform's deadline, or
 * the answer to a turn, so the platform's refusals are retried like any delivery), to one
 * identity's channel: its DM, or `target`. `conversationId` orders it with the other rows of
 * that conversation.
 */
export async function enqueueReply(
  tx: Tx,
  input: {
    userId: string;
    identityId: string;
    channel: Exclude<DeliveryChannel, "socket" | "email">;
    reply: Reply;
    conversationId?: string;
    target?: ReplyTarget;
  },
): Promise<string> {
  const target = input.target ? ReplyTarget.parse(input.target) : undefined;
  const row = await tx.delivery.create({
    data: {
      kind: "reply",
      userId: input.userId,
      identityId: input.identityId,
      channel: input.channel,
      payload: input.reply as unknown as Prisma.InputJsonValue,
      conversationId: input.conversationId ?? null,
      ...(target ? { target: target as Prisma.InputJsonValue } : {}),
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * The answers to one turn, in order, as `reply` rows committed together, then the worker woken:
 * a platform that refuses one (429, 5xx) sees it again with the outbox's backoff and bound.
 */
export async function enqueueAnswers(
  ctx: { prisma: PrismaClient; events?: EventBus },
  input: {
    userId: string;
    identityId: string;
    channel: Exclude<DeliveryChannel, "socket" | "email">;
    replies: Reply[];
    target?: ReplyTarget;
  },
): Promise<string[]> {
  if (input.replies.length === 0) return [];
  const { replies, ...rest } = input;
  const ids = await ctx.prisma.$transaction(async (tx) => {
    const written: string[] = [];
    for (const reply of replies) written.push(await enqueueReply(tx, { ...rest, reply }));
    return written;
  });
  ctx.events?.publish("delivery.enqueued", { count: ids.length });
  return ids;
}
