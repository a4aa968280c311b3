/**
 * What a message may carry besides its text. Clients render attachment URLs as links and
 * images, so only `https:` is accepted: `javascript:`, `data:`, `file:` or `vbscript:` would be
 * a stored script or a local file one click away for every member of the conversation.
 */
import { z } from "zod";

/**
 * A photo uploaded to this API for a conversation (POST /conversations/{id}/attachments), by
 * its path or by the absolute URL the API answered with (stored as the path).
 */
export const OWN_MESSAGE_IMAGE = /^(?:https?:\/\/[^/\s]{1,255})?\/media\/messages\/([\w-]{1,64})\/([\w-]{36})(-thumb)?\.webp$/;

export const MessageAttachment = z.strictObject({
  kind: z.enum(["image", "file", "link"]),
  url: z
    .union([z.url({ protocol: /^https$/ }).max(2000), z.string().regex(OWN_MESSAGE_IMAGE)])
    .describe("An https: address, or the url of an image uploaded to the conversation"),
  thumbnailUrl: z.string().regex(OWN_MESSAGE_IMAGE).optional().describe("Uploaded images: their thumbnail"),
  name: z.string().max(200).optional(),
  mimeType: z.string().max(100).optional(),
  bytes: z.number().int().min(0).optional(),
  width: z.number().int().min(1).optional(),
  height: z.number().int().min(1).optional(),
});

export type MessageAttachment = z.infer<typeof MessageAttachment>;

/** Store keys of the uploaded images among these attachments. */
export function ownImageKeys(attachments: unknown[]): { key: string; conversationId: string }[] {
  return attachments.flatMap((attachment) => {
    const { url, thumbnailUrl } = (attachment ?? {}) as { url?: unknown; thumbnailUrl?: unknown };
    return [url, thumbnailUrl].flatMap((value) => {
      if (typeof value !== "string") return [];
      const match = OWN_MESSAGE_IMAGE.exec(value);
      return match?.[1] ? [{ key: value.slice(value.indexOf("/media/") + "/media/".length), conversationId: match[1] }] : [];
    });
  });
}

/** Uploaded photos are stored by their path (the API makes them absolute again when it answers). */
export function withOwnImagePaths<T extends MessageAttachment>(attachments: T[]): T[] {
  const path = (value: string) => (OWN_MESSAGE_IMAGE.test(value) ? value.slice(value.indexOf("/media/")) : value);
  return attachments.map((a) => ({ ...a, url: path(a.url), ...(a.thumbnailUrl ? { thumbnailUrl: path(a.thumbnailUrl) } : {}) }));
}
