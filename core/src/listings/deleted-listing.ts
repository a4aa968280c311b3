/**
 * A listing deleted by its owner, as it was, so that an Undo can put it back: the same id, kind,
 * texts, category, price, place, status, creation date and wanted offers, and the conversations
 * and reports that were about it linked again. Its proposals were withdrawn with it; the matching
 * round proposes again once it is back. Its photos are not kept: a deleted listing's photos must
 * not stay public at their old URLs, so they go for good (the owner is told before deleting).
 */
import { z } from "zod";
import { embedBeforeWrite } from "../ai/embedder.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { NotFound } from "../errors/domain.ts";
import { inferCategory } from "./category-inference.ts";
import { loadCategoryTree } from "./category-tree.ts";
import type { MarketContext } from "./context.ts";
import { LISTING_INCLUDE, type ListingView, listingEmbeddingText, toListingView } from "./listing-view.ts";
import { deleteListing, storeVector } from "./listings.ts";

const DeletedListingSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["offer", "want"]),
  title: z.string(),
  description: z.string(),
  categoryId: z.string(),
  tags: z.array(z.string()),
  condition: z.enum(["new", "like_new", "good", "fair", "poor"]).nullable(),
  priceMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  placeName: z.string().nullable(),
  postcode: z.string().nullable(),
  countryCode: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  remote: z.boolean(),
  shipping: z.boolean(),
  status: z.enum(["active", "paused", "closed", "traded", "hidden"]),
  locale: z.enum(["fr", "en"]),
  createdAt: z.iso.datetime(),
  wantedOfferIds: z.array(z.string()),
  conversationIds: z.array(z.string()),
  reportIds: z.array(z.string()),
  /** How many photos went with it (they are not restored). */
  photos: z.number().int().min(0),
});

export type DeletedListing = z.infer<typeof DeletedListingSchema>;

/** Deletes the member's listing (as `deleteListing` does) and returns it as it was, for an Undo. */
export async function deleteListingKeepingUndo(ctx: MarketContext, userId: string, id: string): Promise<DeletedListing> {
  const row = await ctx.prisma.listing.findUnique({
    where: { id },
    include: {
      wantedOffers: { select: { id: true } },
      conversations: { select: { id: true } },
      reports: { select: { id: true } },
      _count: { select: { images: true } },
    },
  });
  if (!row) throw new NotFound("listing_not_found");
  // deleteListing checks the owner and refuses anyone else's listing; the snapshot is only returned after it.
  await deleteListing(ctx, userId, id);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    categoryId: row.categoryId,
    tags: row.tags,
    condition: row.condition,
    priceMinor: row.priceMinor,
    currency: row.currency,
    placeName: row.placeName,
    postcode: row.postcode,
    countryCode: row.countryCode,
    lat: row.lat,
    lng: row.lng,
    remote: row.remote,
    shipping: row.shipping,
    status: row.status,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    wantedOfferIds: row.wantedOffers.map((offer) => offer.id),
    conversationIds: row.conversations.map((conversation) => conversation.id),
    reportIds: row.reports.map((report) => report.id),
    photos: row._count.images,
  };
}

/** A stored snapshot read back (from a button or the dialog state); undefined when it does not read right. */
export function readDeletedListing(value: unknown): DeletedListing | undefined {
  return DeletedListingSchema.safeParse(value).data;
}

/**
 * Puts a deleted listing back for its owner, as it was. Undefined when it is already back (an
 * Undo pressed twice restores it once). Links to what no longer exists (a wanted offer deleted
 * since, a conversation erased) are left out; links that others changed since are left as they are.
 */
export async function restoreDeletedListing(ctx: MarketContext, userId: string, deleted: DeletedListing): Promise<ListingView | undefined> {
  if (await ctx.prisma.listing.findUnique({ where: { id: deleted.id }, select: { id: true } })) return undefined;
  const { wantedOfferIds, conversationIds, reportIds, photos: _photos, createdAt, ...columns } = deleted;
  // A category removed since (rare: categories are seeded): the listing is not lost for it, it goes where its title says.
  const tree = await loadCategoryTree(ctx.prisma);
  const categoryId = tree.byId.has(columns.categoryId)
    ? columns.categoryId
    : (tree.bySlug.get(inferCategory(columns.title))?.id ?? columns.categoryId);
  const vector = await embedBeforeWrite(ctx.embedder, listingEmbeddingText(columns));
  const wanted = await ctx.prisma.listing.findMany({ where: { id: { in: wantedOfferIds } }, select: { id: true } });
  // (two Undo presses at once: the second meets the first's row and restores nothing more)
  const row = await ctx.prisma
    .$transaction(async (tx) => {
      await tx.listing.create({
        data: { ...columns, categoryId, ownerId: userId, createdAt: new Date(createdAt), wantedOffers: { connect: wanted } },
      });
      await storeVector(tx, deleted.id, vector);
      await tx.conversation.updateMany({ where: { id: { in: conversationIds }, listingId: null }, data: { listingId: deleted.id } });
      await tx.report.updateMany({ where: { id: { in: reportIds }, listingId: null }, data: { listingId: deleted.id } });
      return tx.listing.findUniqueOrThrow({ where: { id: deleted.id }, include: LISTING_INCLUDE });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    });
  if (!row) return undefined;
  ctx.events.publish("listing.changed", { listingId: row.id, ownerId: userId, change: "created" });
  return toListingView(row);
}
