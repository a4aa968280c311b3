/**
 * Conversations and messages, persisted first and then announced on the event bus (socket.io
 * and chat channels subscribe). A retried send with the same clientMessageId returns the
 * first message instead of a duplicate. Only members read or write; blocked members cannot
 * message each other.
 */
import { assertNotGuest } from "../accounts/guests.ts";
import { SendMessageCommand } from "../commands/messaging-commands.ts";
import { parseCommand } from "../commands/parse-command.ts";
import type { Prisma } from "../db/generated/client.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { enqueueMessageDeliveries } from "../delivery/enqueue.ts";
import { loadConversationRecipients } from "../delivery/recipients.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../errors/domain.ts";
import { type Locale, t } from "../i18n/messages.ts";
import type { MarketContext } from "../listings/context.ts";
import { decodeOffsetCursor, encodeOffsetCursor } from "../pagination.ts";
import { ownImageKeys, withOwnImagePaths } from "./attachments.ts";

export type MessageView = {
  id: string;
  seq: number;
  conversationId: string;
  sender: { id: string; name: string };
  /** "" once deleted: the message stays in the history as a tombstone. */
  body: string;
  attachments: unknown[];
  clientMessageId: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
};
export type ConversationView = {
  id: string;
  kind: "direct" | "group" | "match";
  title: string | null;
  members: { id: string; name: string; deleted: boolean; lastReadSeq: number }[];
  lastMessage: MessageView | null;
  unreadCount: number;
  matchId: string | null;
  /** The listing the conversation is about (the last one it was started from), if any. */
  listingId: string | null;
  listing: { id: string; title: string } | null;
  /** Archived by the reader: out of their default list until a new message arrives. */
  archived: boolean;
  createdAt: string;
};

export const MESSAGE_INCLUDE = { sender: { select: { id: true, name: true, status: true } } } as const;
export type MessageRow = Prisma.MessageGetPayload<{ include: typeof MESSAGE_INCLUDE }>;

/** A member who erased their account reads as "deleted member" in the reader's language. */
function displayName(user: { name: string; status: string }, locale: Locale): { name: string; deleted: boolean } {
  return user.status === "deleted" ? { name: t("account_deleted", locale), deleted: true } : { name: user.name, deleted: false };
}

export function toMessageView(row: MessageRow, locale: Locale = "en"): MessageView {
  return {
    id: row.id,
    seq: row.seq,
    conversationId: row.conversationId,
    sender: { id: row.sender.id, ...displayName(row.sender, locale) },
    body: row.deletedAt ? "" : row.body,
    attachments: !row.deletedAt && Array.isArray(row.attachments) ? row.attachments : [],
    clientMessageId: row.clientMessageId,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deleted: row.deletedAt !== null,
  };
}

export async function membership(ctx: MarketContext, conversationId: string, userId: string) {
  const member = await ctx.prisma.conversationMember.findUnique({ where: { conversationId_userId: { conversationId, userId } } });
  // Not a member: indistinguishable from a conversation that does not exist.
  if (!member || member.leftAt) throw new NotFound("not_found");
  return member;
}

async function memberIds(ctx: MarketContext, conversationId: string): Promise<string[]> {
  const rows = await ctx.prisma.conversationMember.findMany({ where: { conversationId, leftAt: null }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** Opens (or reuses, for two people) a conversation between the caller and others. */
type OpenInput = { memberIds: string[]; title?: string; listingId?: string; kind?: "direct" | "group" | "match"; matchId?: string };

export async function openConversation(
  ctx: MarketContext,
  userId: string,
  input: OpenInput,
  locale: Locale = "en",
): Promise<ConversationView> {
  return (await startConversation(ctx, userId, input, locale)).conversation;
}

/**
 * Opens a conversation, or reuses the one two members already have (`created: false`). Started
 * from a listing, the reused conversation is about that listing from now on.
 */
export async function startConversation(
  ctx: MarketContext,
  userId: string,
  input: OpenInput,
  locale: Locale = "en",
): Promise<{ conversation: ConversationView; created: boolean }> {
  await assertNotGuest(ctx.prisma, userId);
  const others = [...new Set(input.memberIds.filter((id) => id !== userId))];
  if (others.length === 0) throw new Invalid("invalid_request", [{ field: "memberIds", code: "field_invalid" }]);
  const found = await ctx.prisma.user.count({ where: { id: { in: others }, status: "active" } });
  if (found !== others.length) throw new Invalid("invalid_request", [{ field: "memberIds", code: "field_invalid" }]);
  const blocked = await ctx.prisma.block.count({
    where: {
      OR: [
        { blockerId: userId, blockedId: { in: others } },
        { blockerId: { in: others }, blockedId: userId },
      ],
    },
  });
  if (blocked > 0) throw new Forbidden("blocked");
  // An unknown listing would break the foreign key: say so instead.
  if (input.listingId && !(await ctx.prisma.listing.findUnique({ where: { id: input.listingId }, select: { id: true } }))) {
    throw new Invalid("listing_not_found", [{ field: "listingId", code: "listing_not_found" }]);
  }
  const kind = input.kind ?? (others.length === 1 ? "direct" : "group");
  const members = [userId, ...others];
  if (kind !== "direct") {
    const id = await insertConversation(ctx.prisma, {
      kind,
      members,
      title: input.title,
      listingId: input.listingId,
      matchId: input.matchId,
    });
    return { conversation: await getConversation(ctx, userId, id, locale), created: true };
  }
  if (others.length !== 1) throw new Invalid("invalid_request", [{ field: "memberIds", code: "field_invalid" }]);
  const directKey = directKeyOf(userId, others[0] as string);
  const reuse = async (id: string) => {
    if (input.listingId) await ctx.prisma.conversation.update({ where: { id }, data: { listingId: input.listingId } });
    return { conversation: await getConversation(ctx, userId, id, locale), created: false };
  };
  const existing = await ctx.prisma.conversation.findUnique({ where: { directKey }, select: { id: true } });
  if (existing) return reuse(existing.id);
  try {
    const id = await insertConversation(ctx.prisma, { kind, members, title: input.title, listingId: input.listingId, directKey });
    return { conversation: await getConversation(ctx, userId, id, locale), created: true };
  } catch (error) {
    // Both members opened it at the same moment: the unique pair key let one win; join it.
    if (!isUniqueViolation(error)) throw error;
    const winner = await ctx.prisma.conversation.findUniqueOrThrow({ where: { directKey }, select: { id: true } });
    return reuse(winner.id);
  }
}

/** The unique key of the direct conversation between two members, whoever opens it. */
export function directKeyOf(a: string, b: string): string {
  return [a, b].sort().join(":");
}

/** Writes a conversation and its members with `db` (the client or a caller's transaction). */
export async function insertConversation(
  db: Prisma.TransactionClient,
  input: {
    kind: "direct" | "group" | "match";
    members: string[];
    title?: string;
    listingId?: string;
    matchId?: string;
    directKey?: string;
  },
): Promise<string> {
  const conversation = await db.conversation.create({
    data: {
      kind: input.kind,
      title: input.title ?? null,
      listingId: input.listingId ?? null,
      directKey: input.directKey ?? null,
      members: { create: input.members.map((id) => ({ userId: id })) },
      ...(input.matchId ? { match: { connect: { id: input.matchId } } } : {}),
    },
    select: { id: true },
  });
  return conversation.id;
}

export async function getConversation(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  locale: Locale = "en",
): Promise<ConversationView> {
  await membership(ctx, conversationId, userId);
  const [view] = await conversationViews(ctx, userId, [conversationId], locale);
  if (!view) throw new NotFound("not_found");
  return view;
}

async function conversationViews(ctx: MarketContext, userId: string, ids: string[], locale: Locale): Promise<ConversationView[]> {
  const rows = await ctx.prisma.conversation.findMany({
    where: { id: { in: ids } },
    include: {
      members: { include: { user: { select: { id: true, name: true, status: true } } } },
      match: { select: { id: true } },
      listing: { select: { id: true, title: true } },
      // An unsent or deleted message is no one's last message, nor unread.
      messages: { where: { deletedAt: null }, orderBy: { seq: "desc" }, take: 1, include: MESSAGE_INCLUDE },
    },
  });
  const mine = new Map(rows.map((row) => [row.id, row.members.find((m) => m.userId === userId)]));
  // Every conversation's unread count in one statement, not one per conversation.
  const unread =
    rows.length === 0
      ? []
      : await ctx.prisma.message.groupBy({
          by: ["conversationId"],
          where: {
            senderId: { not: userId },
            deletedAt: null,
            OR: rows.map((row) => ({ conversationId: row.id, seq: { gt: mine.get(row.id)?.lastReadSeq ?? 0 } })),
          },
          _count: { _all: true },
        });
  const unreadOf = new Map(unread.map((group) => [group.conversationId, group._count._all]));
  const views = rows.map((row) => {
    const me = mine.get(row.id);
    const unreadCount = unreadOf.get(row.id) ?? 0;
    const last = row.messages[0];
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      members: row.members
        .filter((m) => !m.leftAt)
        .map((m) => ({ id: m.userId, ...displayName(m.user, locale), lastReadSeq: m.lastReadSeq })),
      lastMessage: last ? toMessageView(last, locale) : null,
      unreadCount,
      matchId: row.match?.id ?? null,
      listingId: row.listingId,
      listing: row.listing,
      archived: Boolean(me?.archivedAt),
      createdAt: row.createdAt.toISOString(),
    };
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  return views.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** My conversations, most recent activity first: the ones I did not archive, or only the archived ones. */
export async function listConversations(
  ctx: MarketContext,
  userId: string,
  page: { limit: number; cursor?: string; archived?: boolean },
  locale: Locale = "en",
): Promise<{ items: ConversationView[]; nextCursor: string | null }> {
  const offset = decodeOffsetCursor(page.cursor);
  const rows = await ctx.prisma.conversation.findMany({
    where: { members: { some: { userId, leftAt: null, archivedAt: page.archived ? { not: null } : null } } },
    orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { id: true },
    skip: offset,
    take: page.limit + 1,
  });
  const items = await conversationViews(
    ctx,
    userId,
    rows.slice(0, page.limit).map((r) => r.id),
    locale,
  );
  return { items, nextCursor: rows.length > page.limit ? encodeOffsetCursor(offset + page.limit) : null };
}

/** My conversations (not archived, not left) that `otherId` is still in, most recent first: where writing to them goes. */
export async function conversationsWith(
  ctx: MarketContext,
  userId: string,
  otherId: string,
  locale: Locale = "en",
  limit = 50,
): Promise<ConversationView[]> {
  const rows = await ctx.prisma.conversation.findMany({
    where: {
      AND: [{ members: { some: { userId, leftAt: null, archivedAt: null } } }, { members: { some: { userId: otherId, leftAt: null } } }],
    },
    orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { id: true },
    take: limit,
  });
  return rows.length === 0
    ? []
    : conversationViews(
        ctx,
        userId,
        rows.map((row) => row.id),
        locale,
      );
}

/** Messages in order; `after` = catch up from a seq (reconnect), `before` = older history. */
export async function listMessages(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  query: { after?: number; before?: number; limit: number },
  locale: Locale = "en",
): Promise<{ items: MessageView[]; nextCursor: string | null }> {
  await membership(ctx, conversationId, userId);
  const older = query.before !== undefined && query.after === undefined;
  const rows = await ctx.prisma.message.findMany({
    where: {
      conversationId,
      seq: { ...(query.after !== undefined ? { gt: query.after } : {}), ...(query.before !== undefined ? { lt: query.before } : {}) },
    },
    orderBy: { seq: older ? "desc" : "asc" },
    take: query.limit + 1,
    include: MESSAGE_INCLUDE,
  });
  const page = rows.slice(0, query.limit);
  if (older) page.reverse();
  const items = page.map((row) => toMessageView(row, locale));
  const edge = older ? items[0] : items.at(-1);
  return { items, nextCursor: rows.length > query.limit && edge ? String(edge.seq) : null };
}

/**
 * A retried send answers with the message already stored; the same clientMessageId for another
 * message (other conversation, body or attachments) is a client bug: 409, like a reused Idempotency-Key.
 */
function replayed(existing: MessageRow, conversationId: string, body: string, attachments: unknown[]) {
  if (existing.conversationId !== conversationId)
    throw new Invalid("invalid_request", [{ field: "clientMessageId", code: "field_invalid" }]);
  // Edited or deleted since: its first body is gone, so a late retry gets the message as it is now.
  if (existing.editedAt || existing.deletedAt) return { message: toMessageView(existing), created: false };
  if (existing.body !== body || JSON.stringify(existing.attachments ?? []) !== JSON.stringify(attachments))
    throw new Conflict("client_message_id_reused");
  return { message: toMessageView(existing), created: false };
}

export async function sendMessage(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  input: { body: string; clientMessageId: string; attachments?: unknown[] },
): Promise<{ message: MessageView; created: boolean }> {
  const command = parseCommand(SendMessageCommand, input);
  const body = command.body;
  const attachments = withOwnImagePaths(command.attachments ?? []);
  // A photo uploaded to another conversation is not this conversation's to show.
  if (ownImageKeys(attachments).some((image) => image.conversationId !== conversationId))
    throw new Invalid("invalid_request", [{ field: "attachments", code: "field_invalid" }]);
  await assertNotGuest(ctx.prisma, userId);
  await membership(ctx, conversationId, userId);
  const existing = await ctx.prisma.message.findUnique({
    where: { senderId_clientMessageId: { senderId: userId, clientMessageId: input.clientMessageId } },
    include: MESSAGE_INCLUDE,
  });
  if (existing) return replayed(existing, conversationId, body, attachments);
  // Members and how each is reached, in one statement (the outbox rows need it).
  const { memberIds: members, recipients } = await loadConversationRecipients(ctx.prisma, conversationId);
  const blocked = await ctx.prisma.block.count({
    where: {
      OR: [
        { blockerId: { in: members }, blockedId: userId },
        { blockerId: userId, blockedId: { in: members } },
      ],
    },
  });
  if (blocked > 0) throw new Forbidden("blocked");
  let row: MessageRow;
  let enqueued = 0;
  try {
    row = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.message.create({
        data: {
          conversationId,
          senderId: userId,
          clientMessageId: input.clientMessageId,
          body,
          attachments: attachments as Prisma.InputJsonValue,
        },
        include: MESSAGE_INCLUDE,
      });
      await tx.conversation.update({ where: { id: conversationId }, data: { lastMessageAt: created.createdAt } });
      // A new message brings an archived conversation back into everyone's list.
      await tx.conversationMember.updateMany({ where: { conversationId, archivedAt: { not: null } }, data: { archivedAt: null } });
      // The sender has read their own message.
      await tx.conversationMember.update({
        where: { conversationId_userId: { conversationId, userId } },
        data: { lastReadSeq: created.seq, lastReadAt: created.createdAt },
      });
      // The outbox: one row per recipient and channel, committed with the message.
      enqueued = await enqueueMessageDeliveries(tx, {
        messageId: created.id,
        conversationId,
        senderId: userId,
        recipients,
        now: created.createdAt,
      });
      return created;
    });
  } catch (error) {
    // The same send raced itself: answer with the one that won.
    if (isUniqueViolation(error)) {
      const winner = await ctx.prisma.message.findUniqueOrThrow({
        where: { senderId_clientMessageId: { senderId: userId, clientMessageId: input.clientMessageId } },
        include: MESSAGE_INCLUDE,
      });
      return replayed(winner, conversationId, body, attachments);
    }
    throw error;
  }
  ctx.events.publish("message.created", { conversationId, messageId: row.id, seq: row.seq, senderId: userId, memberIds: members });
  if (enqueued > 0) ctx.events.publish("delivery.enqueued", { count: enqueued });
  return { message: toMessageView(row), created: true };
}

/** Read receipt: everything up to that message is read. Never moves backwards. */
export async function markRead(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  messageId: string,
): Promise<{ lastReadSeq: number }> {
  const member = await membership(ctx, conversationId, userId);
  const message = await ctx.prisma.message.findUnique({ where: { id: messageId } });
  if (!message || message.conversationId !== conversationId)
    throw new Invalid("invalid_request", [{ field: "messageId", code: "field_invalid" }]);
  if (message.seq <= member.lastReadSeq) return { lastReadSeq: member.lastReadSeq };
  await ctx.prisma.$transaction([
    ctx.prisma.conversationMember.update({
      where: { conversationId_userId: { conversationId, userId } },
      data: { lastReadSeq: message.seq, lastReadAt: new Date() },
    }),
    ctx.prisma.delivery.updateMany({
      where: { userId, message: { conversationId, seq: { lte: message.seq } }, status: { not: "read" } },
      data: { status: "read" },
    }),
  ]);
  ctx.events.publish("conversation.read", { conversationId, userId, seq: message.seq, memberIds: await memberIds(ctx, conversationId) });
  return { lastReadSeq: message.seq };
}

export async function announceTyping(ctx: MarketContext, userId: string, conversationId: string): Promise<void> {
  await membership(ctx, conversationId, userId);
  ctx.events.publish("conversation.typing", { conversationId, userId, memberIds: await memberIds(ctx, conversationId) });
}

/**
 * The socket channel is delivered by the realtime layer itself (live, on `message.created`):
 * it marks that member's socket row sent once a connected client was handed the message. Only
 * a pending row changes, so a read row stays read and nothing is created.
 */
export async function markDelivered(ctx: MarketContext, messageId: string, userId: string): Promise<void> {
  await ctx.prisma.delivery.updateMany({
    where: { messageId, userId, channel: "socket", status: "pending" },
    data: { status: "sent", attempts: { increment: 1 }, sentAt: new Date() },
  });
}
