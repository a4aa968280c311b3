/**
 * One chat turn as a platform sends it, once its adapter has verified and translated it:
 * who speaks, where (provider, workspace, conversation, thread, direct or not), what (text, a
 * pressed button, attachments), the platform's event id (a retried event carries the same
 * one) and when it arrived. Validated here, so every adapter gets the same refusals.
 */
import { z } from "zod";
import type { IdentityProvider } from "../db/generated/client.ts";
import type { Locale } from "../i18n/messages.ts";
import type { ReplyPlatform } from "./reply-limits.ts";

export type TurnIdentity = { provider: IdentityProvider; externalId: string; displayName?: string };

/** Where the turn was said. Dialog context (lists shown, questions asked) is kept per conversation. */
export type TurnChannel = {
  provider: ReplyPlatform;
  /** Slack team, Discord guild, Teams tenant; absent when the provider has one installation. */
  workspace?: string;
  /** The platform's conversation (channel, DM, group chat); "" for the REST API. */
  conversation: string;
  thread?: string;
  /** A one-to-one conversation with the bot. */
  direct: boolean;
  /** The message a pressed button was on: a reply to the press may replace it. */
  messageId?: string;
};

/**
 * A file sent with the turn: a photo for a listing, a CV. Adapters download it (they hold the
 * platform's token) and pass the bytes; `url` only says where it came from.
 */
export type TurnAttachment = { name: string; mimeType: string; bytes: Uint8Array; url?: string };

export type Turn = {
  identity: TurnIdentity;
  /** The platform's id of this event; a retry within 10 minutes is answered once. */
  inboundId?: string;
  channel?: TurnChannel;
  text?: string;
  action?: string;
  attachments?: TurnAttachment[];
  locale?: Locale;
  receivedAt?: Date;
  /** Where the turn comes from, for abuse budgets (over HTTP: "ip:<client IP>"). */
  source?: string;
};

/** Photos a listing takes (decoded and checked again by the image service) and CVs we can read. */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export const TEXT_TYPES = ["text/plain", "text/markdown"] as const;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 8;

/** Printable, no control characters: ids end up in keys, logs and message ids. */
const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}\p{Cs}]+$/u);

const ChannelSchema = z.strictObject({
  provider: z.enum(["slack", "discord", "teams", "widget", "rest"]),
  workspace: Id.optional(),
  conversation: z
    .string()
    .max(500)
    .regex(/^[^\p{Cc}\p{Cs}]*$/u),
  thread: Id.optional(),
  direct: z.boolean(),
  messageId: Id.optional(),
});

export type AttachmentProblem = "attachment_type" | "attachment_too_big" | "attachment_empty" | "attachment_count";

/** Why an attachment is refused (the member is told, politely, and nothing is done). */
export function attachmentProblem(attachments: TurnAttachment[]): AttachmentProblem | undefined {
  if (attachments.length > MAX_ATTACHMENTS) return "attachment_count";
  for (const attachment of attachments) {
    const type = attachment.mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
    if (!(IMAGE_TYPES as readonly string[]).includes(type) && !(TEXT_TYPES as readonly string[]).includes(type)) return "attachment_type";
    if (attachment.bytes.byteLength === 0) return "attachment_empty";
    if (attachment.bytes.byteLength > MAX_ATTACHMENT_BYTES) return "attachment_too_big";
  }
  return undefined;
}

const AttachmentSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^\p{Cc}\p{Cs}/\\]+$/u),
  mimeType: z.string().min(1).max(100),
  bytes: z.instanceof(Uint8Array),
  url: z.url({ protocol: /^https$/ }).optional(),
});

/** What an adapter may hand in: its own mistakes (bad ids, a path as a file name) are refused loudly. */
export const TurnEnvelopeSchema = z.object({
  inboundId: Id.optional(),
  channel: ChannelSchema.optional(),
  attachments: z.array(AttachmentSchema).max(50).optional(),
  receivedAt: z.date().optional(),
});

/** The dialog state's key: one per conversation (and thread); "" where there is only one (REST, a widget session). */
export function conversationKeyOf(channel: TurnChannel | undefined): string {
  if (!channel || channel.provider === "rest" || channel.conversation === "") return "";
  return [channel.provider, channel.workspace ?? "", channel.conversation, channel.thread ?? ""].join("|");
}
