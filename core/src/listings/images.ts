/**
 * Listing images: checked to really be JPEG, PNG or WebP (by decoding, not by the name or
 * the declared type), resized with sharp to a display size and a thumbnail (WebP), stored in
 * the configured ImageStore (local disk or an S3-compatible bucket), ordered, at most 8.
 */
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import type { PrismaClient } from "../db/generated/client.ts";
import { Forbidden, Invalid, NotFound } from "../errors/domain.ts";
import type { MarketContext } from "./context.ts";
import type { ImageStore } from "./image-store.ts";
import { LISTING_INCLUDE, type ListingView, toListingView } from "./listing-view.ts";
import { getListing } from "./listings.ts";

export const MAX_IMAGES = 8;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const DISPLAY_PX = 1200;
const THUMB_PX = 320;
const ACCEPTED = new Set(["jpeg", "png", "webp"]);

async function ownListing(ctx: MarketContext, userId: string, listingId: string) {
  const view = await getListing(ctx, listingId);
  if (view.owner.id !== userId) throw new Forbidden("not_owner");
  return view;
}

/**
 * Refuses (`Invalid not_an_image`) bytes that are not a JPEG, PNG or WebP that decodes: a form
 * with photos checks them all before it writes anything.
 */
export async function checkImage(bytes: Buffer): Promise<void> {
  let format: string | undefined;
  try {
    format = (await sharp(bytes).metadata()).format;
    // Declares a format but may not decode (truncated, forged): decode it once, small.
    if (format && ACCEPTED.has(format)) await sharp(bytes).resize(8, 8, { fit: "inside" }).toBuffer();
  } catch {
    format = undefined;
  }
  if (!format || !ACCEPTED.has(format)) throw new Invalid("not_an_image", [{ field: "image", code: "not_an_image" }]);
}

export type RenderedImage = { display: { data: Buffer; info: sharp.OutputInfo }; thumb: Buffer };

/**
 * The one image pipeline (listing photos, message attachments): a real JPEG, PNG or WebP,
 * turned upright, resized to a display size and a thumbnail, re-encoded as WebP. Re-encoding
 * keeps no metadata: EXIF (GPS position, camera serial) never reaches other members.
 */
export async function renderImage(bytes: Buffer): Promise<RenderedImage> {
  await checkImage(bytes);
  try {
    const display = await sharp(bytes)
      .rotate()
      .resize(DISPLAY_PX, DISPLAY_PX, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(bytes).rotate().resize(THUMB_PX, THUMB_PX, { fit: "cover" }).webp({ quality: 75 }).toBuffer();
    return { display, thumb };
  } catch {
    // Declares a format but does not decode: truncated or forged.
    throw new Invalid("not_an_image", [{ field: "image", code: "not_an_image" }]);
  }
}

export async function addListingImage(
  ctx: MarketContext,
  store: ImageStore,
  userId: string,
  listingId: string,
  bytes: Buffer,
): Promise<ListingView> {
  await ownListing(ctx, userId, listingId);
  if ((await ctx.prisma.listingImage.count({ where: { listingId } })) >= MAX_IMAGES) throw tooManyImages();
  const { display, thumb } = await renderImage(bytes);
  const id = randomUUID();
  const displayKey = `listings/${listingId}/${id}.webp`;
  const thumbKey = `listings/${listingId}/${id}-thumb.webp`;
  await store.put(displayKey, display.data, "image/webp");
  await store.put(thumbKey, thumb, "image/webp");
  try {
    await ctx.prisma.$transaction(async (tx) => {
      // Parallel uploads to one listing take turns here (row lock on the listing), so the
      // count and the insert cannot interleave and the cap holds.
      await tx.$executeRaw`SELECT 1 FROM "Listing" WHERE id = ${listingId} FOR UPDATE`;
      const images = await tx.listingImage.findMany({ where: { listingId }, select: { position: true } });
      if (images.length >= MAX_IMAGES) throw tooManyImages();
      await tx.listingImage.create({
        data: {
          listingId,
          position: Math.max(-1, ...images.map((i) => i.position)) + 1,
          displayKey,
          thumbKey,
          mimeType: "image/webp",
          width: display.info.width,
          height: display.info.height,
          bytes: display.data.length,
        },
      });
    });
  } catch (error) {
    await store.delete(displayKey);
    await store.delete(thumbKey);
    throw error;
  }
  return toListingView(await ctx.prisma.listing.findUniqueOrThrow({ where: { id: listingId }, include: LISTING_INCLUDE }));
}

const tooManyImages = () =>
  new Invalid("too_many_images", [{ field: "image", code: "too_many_images", params: { max: MAX_IMAGES } }], { max: MAX_IMAGES });

/**
 * Erases the photo files of these listings (display and thumbnail), before their rows go:
 * a deleted listing's photos must not stay public at their old URLs.
 */
export async function eraseListingImageFiles(prisma: PrismaClient, store: ImageStore | undefined, listingIds: string[]): Promise<void> {
  if (!store || listingIds.length === 0) return;
  const images = await prisma.listingImage.findMany({
    where: { listingId: { in: listingIds } },
    select: { displayKey: true, thumbKey: true },
  });
  await Promise.all(images.flatMap((image) => [store.delete(image.displayKey), store.delete(image.thumbKey)]));
}

export async function deleteListingImage(
  ctx: MarketContext,
  store: ImageStore,
  userId: string,
  listingId: string,
  imageId: string,
): Promise<void> {
  await ownListing(ctx, userId, listingId);
  const image = await ctx.prisma.listingImage.findFirst({ where: { id: imageId, listingId } });
  if (!image) throw new NotFound("not_found");
  await ctx.prisma.listingImage.delete({ where: { id: imageId } });
  await store.delete(image.displayKey);
  await store.delete(image.thumbKey);
}

export async function reorderListingImages(
  ctx: MarketContext,
  userId: string,
  listingId: string,
  imageIds: string[],
): Promise<ListingView> {
  await ownListing(ctx, userId, listingId);
  const images = await ctx.prisma.listingImage.findMany({ where: { listingId } });
  const known = new Set(images.map((i) => i.id));
  if (imageIds.length !== images.length || new Set(imageIds).size !== imageIds.length || !imageIds.every((id) => known.has(id))) {
    throw new Invalid("image_order_mismatch", [{ field: "imageIds", code: "image_order_mismatch" }]);
  }
  await ctx.prisma.$transaction(imageIds.map((id, position) => ctx.prisma.listingImage.update({ where: { id }, data: { position } })));
  return toListingView(await ctx.prisma.listing.findUniqueOrThrow({ where: { id: listingId }, include: LISTING_INCLUDE }));
}
