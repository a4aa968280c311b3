/**
 * Files sent in chat: a CV as text becomes a profile draft (the same flow as a pasted CV), a
 * photo goes to the listing in focus (the one just posted or shown, if it is the member's).
 * Photos are decoded and resized by the listing image service, which refuses anything else.
 */
import { addListingImage } from "../../listings/images.ts";
import type { Dialog } from "../dialog.ts";
import { IMAGE_TYPES, TEXT_TYPES, type TurnAttachment } from "../turn.ts";

const typeOf = (attachment: TurnAttachment) => attachment.mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
export const isImage = (attachment: TurnAttachment) => (IMAGE_TYPES as readonly string[]).includes(typeOf(attachment));
export const isText = (attachment: TurnAttachment) => (TEXT_TYPES as readonly string[]).includes(typeOf(attachment));

/** The text of the first text file (a CV), decoded as UTF-8 without a byte-order mark. */
export function attachedText(attachments: TurnAttachment[]): string | undefined {
  const file = attachments.find(isText);
  return file ? new TextDecoder("utf-8").decode(file.bytes).replace(/^\uFEFF/, "") : undefined;
}

/** Adds the turn's photos to the member's listing in focus, or asks which listing they are for. */
export async function attachPhotosTurn(d: Dialog, photos: TurnAttachment[]): Promise<void> {
  const listingId = d.state.focus?.listingId;
  const store = d.deps.images;
  const listing = listingId
    ? await d.market.prisma.listing.findFirst({ where: { id: listingId, ownerId: d.userId }, select: { id: true, title: true } })
    : null;
  if (!listing || !store) {
    d.say(d.t("as_photo_which_listing"));
    return;
  }
  for (const photo of photos) await addListingImage(d.market, store, d.userId, listing.id, Buffer.from(photo.bytes));
  d.say(d.t("as_photo_added", { count: photos.length, title: listing.title }));
}
