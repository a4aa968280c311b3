/** /api/v1/conversations: persisted messaging (real time over socket.io, see realtime.ts). */
import {
  ArchiveConversationCommand,
  EditMessageCommand,
  SendMessageCommand,
  StartConversationCommand,
} from "@relais/core/commands/messaging-commands";
import { Invalid } from "@relais/core/errors/domain";
import { MAX_IMAGE_BYTES } from "@relais/core/listings/images";
import { archiveConversation, leaveConversation } from "@relais/core/messaging/archive";
import { uploadMessageImage } from "@relais/core/messaging/attachment-images";
import {
  getConversation,
  listConversations,
  listMessages,
  markRead,
  sendMessage,
  startConversation,
} from "@relais/core/messaging/conversations";
import {
  deleteMessage,
  EDIT_WINDOW_HOURS,
  editMessage,
  UNSEND_WINDOW_MINUTES,
  unsendMessage,
} from "@relais/core/messaging/message-changes";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { localeOf } from "../http/problem.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { Id, IdParams } from "./schemas.ts";

const Attachment = z
  .object({
    kind: z.literal("image"),
    url: z.string(),
    thumbnailUrl: z.string(),
    name: z.string().optional(),
    mimeType: z.string(),
    bytes: z.number().int(),
    width: z.number().int(),
    height: z.number().int(),
  })
  .meta({ id: "UploadedAttachment" });

const MessageParams = z.strictObject({ id: Id, messageId: Id });

const Message = z
  .object({
    id: z.string(),
    seq: z.number().int().describe("Strictly increasing: resume with ?after=<last seq>"),
    conversationId: z.string(),
    sender: z.object({ id: z.string(), name: z.string(), deleted: z.boolean() }),
    body: z.string().describe('"" once deleted'),
    attachments: z
      .array(
        z
          .object({
            kind: z.enum(["image", "file", "link"]),
            url: z.string().describe("https: address, or the absolute URL of a photo uploaded to the conversation"),
            thumbnailUrl: z.string().optional(),
            name: z.string().optional(),
            mimeType: z.string().optional(),
            bytes: z.number().int().optional(),
            width: z.number().int().optional(),
            height: z.number().int().optional(),
          })
          .meta({ id: "MessageAttachment" }),
      )
      .describe("Empty once the message is deleted"),
    clientMessageId: z.string(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    deleted: z.boolean().describe("A tombstone: the author deleted it (no text, no attachments)"),
  })
  .meta({ id: "Message" });
const Conversation = z
  .object({
    id: z.string(),
    kind: z.enum(["direct", "group", "match"]),
    title: z.string().nullable(),
    members: z.array(z.object({ id: z.string(), name: z.string(), deleted: z.boolean(), lastReadSeq: z.number().int() })),
    lastMessage: Message.nullable(),
    unreadCount: z.number().int(),
    matchId: z.string().nullable(),
    listingId: z.string().nullable().describe("The listing the conversation is about (the last one it was started from)"),
    listing: z.object({ id: z.string(), title: z.string() }).nullable().describe("That listing, to show what the conversation is about"),
    archived: z.boolean().describe("Archived by me: out of my default list until a new message arrives"),
    createdAt: z.string(),
  })
  .meta({ id: "Conversation" });

export function conversationRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.core.market;
  const tags = ["messaging"];
  return [
    defineRoute({
      method: "post",
      path: "/api/v1/conversations",
      summary: "Start a conversation (reuses the existing one for two people)",
      description:
        "201 when a conversation was created; 200 with the existing one when two members already have one (it then carries the listing given).",
      tags,
      auth: "user",
      idempotent: true,
      body: StartConversationCommand,
      responses: {
        201: { description: "The new conversation", schema: Conversation },
        200: { description: "The conversation the two members already had", schema: Conversation },
      },
      async handler({ req, caller, body }) {
        const { conversation, created } = await startConversation(ctx, caller!.userId, body, localeOf(req));
        return { status: created ? 201 : 200, body: conversation };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/conversations",
      summary: "My conversations, with unread counts and the last message",
      tags,
      auth: "user",
      query: PageQuery.extend({
        archived: z
          .enum(["true", "false"])
          .default("false")
          .transform((value) => value === "true")
          .describe("true: only the conversations I archived"),
      }),
      responses: {
        200: { description: "Most recent activity first", schema: pageOf(Conversation, "ConversationPage") },
      },
      async handler({ req, caller, query }) {
        return { status: 200, body: await listConversations(ctx, caller!.userId, query, localeOf(req)) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/conversations/:id",
      summary: "One of my conversations",
      tags,
      auth: "user",
      params: IdParams,
      responses: { 200: { description: "The conversation", schema: Conversation } },
      async handler({ req, caller, params }) {
        return { status: 200, body: await getConversation(ctx, caller!.userId, params.id, localeOf(req)) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/conversations/:id/messages",
      summary: "Messages: after a seq (catching up), before a seq (history), or the latest",
      description:
        "Oldest first. Without `after`/`before`: the latest page. `nextCursor` continues in the same direction (older pages from the latest or `before`, newer ones from `after`), passed as `cursor` like on every list.",
      tags,
      auth: "user",
      params: IdParams,
      query: z.strictObject({
        after: z.coerce.number().int().min(0).optional(),
        before: z.coerce.number().int().min(1).optional(),
        cursor: z
          .string()
          .regex(/^[ab]\d{1,10}$/, "field_invalid")
          .optional()
          .describe("`nextCursor` of the previous page"),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      responses: {
        200: { description: "Oldest first", schema: pageOf(Message, "MessagePage") },
      },
      async handler({ req, caller, params, query }) {
        const { cursor, ...range } = query;
        // The cursor says which way the pages go: "b<seq>" older than seq, "a<seq>" newer.
        if (cursor) Object.assign(range, cursor.startsWith("a") ? { after: Number(cursor.slice(1)) } : { before: Number(cursor.slice(1)) });
        const older = range.after === undefined;
        const page = await listMessages(
          ctx,
          caller!.userId,
          params.id,
          older && range.before === undefined ? { ...range, before: 2 ** 31 - 1 } : range,
          localeOf(req),
        );
        return { status: 200, body: { ...page, nextCursor: page.nextCursor === null ? null : `${older ? "b" : "a"}${page.nextCursor}` } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/conversations/:id/messages",
      summary: "Send a message (the same clientMessageId again returns the first one, 200)",
      tags,
      auth: "user",
      params: IdParams,
      body: SendMessageCommand,
      responses: {
        201: { description: "Sent", schema: Message },
        200: { description: "Already sent (same clientMessageId)", schema: Message },
        409: { description: "This clientMessageId was used for another message (client_message_id_reused)" },
      },
      async handler({ caller, params, body }) {
        const { message, created } = await sendMessage(ctx, caller!.userId, params.id, body);
        return { status: created ? 201 : 200, body: message };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/conversations/:id/attachments",
      summary: "Upload a photo to send in this conversation (then send a message with the attachment returned)",
      description:
        "JPEG, PNG or WebP up to 10 MB, checked by decoding; resized (1200 px, 320 px thumbnail) and re-encoded as WebP, so no EXIF metadata (GPS position) is kept. Only members of the conversation; its URL is random and stops working when the message is deleted.",
      tags,
      auth: "user",
      params: IdParams,
      upload: { field: "image", maxBytes: MAX_IMAGE_BYTES, description: "The image file" },
      responses: {
        201: { description: "The attachment, for `attachments` of the next message", schema: Attachment },
        413: { description: "Image over 10 MB (`image_too_large`)" },
      },
      async handler({ caller, params, req }) {
        const file = (req as { file?: { buffer: Buffer; originalname?: string } }).file;
        if (!file) throw new Invalid("image_required", [{ field: "image", code: "image_required" }]);
        const attachment = await uploadMessageImage(ctx, caller!.userId, params.id, {
          bytes: file.buffer,
          ...(file.originalname ? { name: file.originalname } : {}),
        });
        return { status: 201, body: attachment };
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/v1/conversations/:id/messages/:messageId",
      summary: `Edit my message (within ${EDIT_WINDOW_HOURS} hours of sending it)`,
      description:
        "Members see the new text live (socket `message_updated`) and in the chat apps that announced it (updated in place). " +
        "Someone else's message: 403 `message_not_author`; a deleted one or too late: 409.",
      tags,
      auth: "user",
      params: MessageParams,
      body: EditMessageCommand,
      responses: {
        200: { description: "The message as edited", schema: Message },
        409: { description: "Deleted (`message_deleted`), or sent too long ago (`message_edit_window`)" },
      },
      async handler({ req, caller, params, body }) {
        return { status: 200, body: await editMessage(ctx, caller!.userId, params.id, params.messageId, body, localeOf(req)) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/v1/conversations/:id/messages/:messageId",
      summary: "Delete my message: it stays in the history as a tombstone (deleted: true, no text)",
      description: "Members see the tombstone live (socket `message_updated`); chat apps that announced it say it was deleted.",
      tags,
      auth: "user",
      params: MessageParams,
      responses: { 200: { description: "The tombstone", schema: Message } },
      async handler({ req, caller, params }) {
        return { status: 200, body: await deleteMessage(ctx, caller!.userId, params.id, params.messageId, localeOf(req)) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/conversations/:id/messages/:messageId/unsend",
      summary: `Undo a send (within ${UNSEND_WINDOW_MINUTES} minutes): its chat-app deliveries are cancelled and it is removed for everyone`,
      description:
        "Only while no chat app (Slack, Discord, Teams) has received it: then 409 `message_already_delivered`, naming where. " +
        "Removed like a delete (a tombstone), live on sockets.",
      tags,
      auth: "user",
      params: MessageParams,
      responses: {
        200: { description: "The tombstone", schema: Message },
        409: { description: "Already delivered to a chat app, too old, or already deleted" },
      },
      async handler({ req, caller, params }) {
        return { status: 200, body: await unsendMessage(ctx, caller!.userId, params.id, params.messageId, localeOf(req)) };
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/v1/conversations/:id",
      summary: "Archive a conversation (or bring it back): it leaves my default list until a new message arrives",
      tags,
      auth: "user",
      params: IdParams,
      body: ArchiveConversationCommand,
      responses: { 200: { description: "The conversation", schema: Conversation } },
      async handler({ req, caller, params, body }) {
        return { status: 200, body: await archiveConversation(ctx, caller!.userId, params.id, body, localeOf(req)) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/conversations/:id/leave",
      summary: "Leave a group conversation (a two-person one is archived instead: 409)",
      tags,
      auth: "user",
      params: IdParams,
      responses: {
        204: { description: "Left: I no longer receive it" },
        409: { description: "A direct conversation (`conversation_leave_direct`)" },
      },
      async handler({ caller, params }) {
        await leaveConversation(ctx, caller!.userId, params.id);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/conversations/:id/read",
      summary: "Read receipt: everything up to this message is read",
      tags,
      auth: "user",
      params: IdParams,
      body: z.strictObject({ messageId: Id }),
      responses: {
        200: { description: "Read position", schema: z.object({ lastReadSeq: z.number().int() }).meta({ id: "ReadPosition" }) },
      },
      async handler({ caller, params, body }) {
        return { status: 200, body: await markRead(ctx, caller!.userId, params.id, body.messageId) };
      },
    }),
  ];
}
