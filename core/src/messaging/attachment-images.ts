/**
 * Photos sent in a conversation go through the listing photos' pipeline (real image checked by
 * decoding, upright, resized, WebP, EXIF gone) and are stored under the conversation
 * (`messages/<conversationId>/<uuid>.webp`). The upload answers with the attachment to send
 * with the message; its random name is the only way to the file, and deleting the message (or
 * the account's messages with the account) erases it.
 */
import { randomUUID } from "node:crypto";
import { assertNotGuest } from "../accounts/guests.ts";
import { Unavailable } from "../errors/domain.ts";
import type { MarketContext } from "../listings/context.ts";
import type { ImageStore } from "../listings/image-store.ts";
import { renderImage } from "../listings/images.ts";
import type { MessageAttachment } from "./attachments.ts";
import { ownImageKeys } from "./attachments.ts";
import { membership } from "./conversations.ts";

export async function uploadMessageImage(
  ctx: MarketContext,
  userId: string,
  conversationId: string,
  file: { bytes: Buffer; name?: string },
): Promise<MessageAttachment> {
  await assertNotGuest(ctx.prisma, userId);
  await membership(ctx, conversationId, userId);
  const store = requireStore(ctx.images);
  const { display, thumb } = await renderImage(file.bytes);
  const id = randomUUID();
  const displayKey = `messages/${conversationId}/${id}.webp`;
  const thumbKey = `messages/${conversationId}/${id}-thumb.webp`;
  await store.put(displayKey, display.data, "image/webp");
  await store.put(thumbKey, thumb, "image/webp");
  return {
    kind: "image",
    url: `/media/${displayKey}`,
    thumbnailUrl: `/media/${thumbKey}`,
    ...(file.name ? { name: file.name.slice(0, 200) } : {}),
    mimeType: "image/webp",
    bytes: display.data.length,
    width: display.info.width,
    height: display.info.height,
  };
}

/** Erases the uploaded images a deleted message carried. */
export async function eraseMessageImages(store: ImageStore | undefined, attachments: unknown[]): Promise<void> {
  if (!store) return;
  await Promise.all(ownImageKeys(attachments).map(({ key }) => store.delete(key)));
}

function requireStore(store: ImageStore | undefined): ImageStore {
  if (!store) throw new Unavailable("storage_unavailable");
  return store;
}
