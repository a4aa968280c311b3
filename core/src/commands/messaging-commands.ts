/** Messaging commands: start a conversation, send a message. */
import { z } from "zod";
import { MessageAttachment } from "../messaging/attachments.ts";
import { Id, MessageBody } from "./fields.ts";

export const StartConversationCommand = z.strictObject({
  memberIds: z.array(Id).min(1).max(20),
  title: z.string().trim().max(120).optional(),
  listingId: Id.optional(),
});
export type StartConversationCommand = z.input<typeof StartConversationCommand>;

export const SendMessageCommand = z.strictObject({
  body: MessageBody,
  clientMessageId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w.:-]+$/)
    .describe("Chosen by the client: sending the same one again returns the first message instead of a duplicate."),
  attachments: z.array(MessageAttachment).max(10).optional(),
});
export type SendMessageCommand = z.input<typeof SendMessageCommand>;

/** Edit one's own message: the new text (attachments stay as they were). */
export const EditMessageCommand = z.strictObject({ body: MessageBody });
export type EditMessageCommand = z.input<typeof EditMessageCommand>;

/** Archive (or bring back) a conversation in my own list. */
export const ArchiveConversationCommand = z.strictObject({
  archived: z.boolean().describe("true: out of my default list until a new message arrives; false: back now"),
});
export type ArchiveConversationCommand = z.input<typeof ArchiveConversationCommand>;
