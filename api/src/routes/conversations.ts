/** /api/v1/conversations: persisted messaging (real time over socket.io, see realtime.ts). */
import { SendMessageCommand, StartConversationCommand } from "@relais/core/commands/messaging-commands";
import {
  getConversation,
  listConversations,
  listMessages,
  markRead,
  sendMessage,
  startConversation,
} from "@relais/core/messaging/conversations";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { localeOf } from "../http/problem.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { Id, IdParams } from "./schemas.ts";

const Message = z
  .object({
    id: z.string(),
    seq: z.number().int().describe("Strictly increasing: resume with ?after=<last seq>"),
    conversationId: z.string(),
    sender: z.object({ id: z.string(), name: z.string(), deleted: z.boolean() }),
    body: z.string(),
    attachments: z.array(z.unknown()),
    clientMessageId: z.string(),
    createdAt: z.string(),
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
      query: z.strictObject({
        limit: z.coerce.number().int().min(1).max(100).default(20),
        cursor: z
          .string()
          .regex(/^\d{1,6}$/)
          .optional(),
      }),
      responses: {
        200: {
          description: "Most recent activity first",
          schema: z.object({ items: z.array(Conversation), nextCursor: z.string().nullable() }).meta({ id: "ConversationPage" }),
        },
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
      tags,
      auth: "user",
      params: IdParams,
      query: z.strictObject({
        after: z.coerce.number().int().min(0).optional(),
        before: z.coerce.number().int().min(1).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      responses: {
        200: {
          description: "Oldest first",
          schema: z.object({ items: z.array(Message), nextCursor: z.string().nullable() }).meta({ id: "MessagePage" }),
        },
      },
      async handler({ req, caller, params, query }) {
        const latest = query.after === undefined && query.before === undefined;
        return {
          status: 200,
          body: await listMessages(ctx, caller!.userId, params.id, latest ? { ...query, before: 2 ** 31 - 1 } : query, localeOf(req)),
        };
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
