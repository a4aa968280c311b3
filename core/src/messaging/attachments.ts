/**
 * What a message may carry besides its text. Clients render attachment URLs as links and
 * images, so only `https:` is accepted: `javascript:`, `data:`, `file:` or `vbscript:` would be
 * a stored script or a local file one click away for every member of the conversation.
 */
import { z } from "zod";

export const MessageAttachment = z.strictObject({
  kind: z.enum(["image", "file", "link"]),
  url: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .describe("An https: address"),
  name: z.string().max(200).optional(),
  mimeType: z.string().max(100).optional(),
  bytes: z.number().int().min(0).optional(),
});

export type MessageAttachment = z.infer<typeof MessageAttachment>;
