/**
 * Listings: create, read, update, delete, and a member's own list. Places are geocoded
 * offline, categories checked against the tree, every listing embedded: the vector is computed
 * first, then the row and its vector are written in one short transaction.
 */
import { assertNotGuest } from "../accounts/guests.ts";
import { embedBeforeWrite } from "../ai/embedder.ts";
import { CreateListingCommand, UpdateListingCommand } from "../commands/listing-commands.ts";
import { parseCommand } from "../commands/parse-command.ts";
import type { Prisma } from "../db/generated/client.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../errors/domain.ts";
import { t } from "../i18n/messages.ts";
import { announceWithdrawals, withdrawProposalsOfListing } from "../matching/matches.ts";
import { cursorArgs, type Page, toPage } from "../pagination.ts";
import { resolvePlace, suggestPlaces } from "../places/gazetteer.ts";
import { inferCategory } from "./category-inference.ts";
import { loadCategoryTree } from "./category-tree.ts";
import type { MarketContext } from "./context.ts";
import { eraseListingImageFiles } from "./images.ts";
import { LISTING_INCLUDE, type ListingView, listingEmbeddingText, toListingView } from "./listing-view.ts";

export type ListingLocationInput = { lat: number; lng: number } | { place: string };

export type ListingInput = CreateListingCommand;
export type CreatedListing = { listing: ListingView; exchangeWant: ListingView | null };

export type ListingPatch = UpdateListingCommand;

type LocationColumns = {
  placeName: string | null;
  postcode: string | null;
  countryCode: string | null;
  lat: number | null;
  lng: number | null;
};

/** A place name or coordinates → the columns; unknown places are refused with suggestions. */
export function locate(location: ListingLocationInput | null | undefined, field = "location.place"): LocationColumns {
  if (!location) return { placeName: null, postcode: null, countryCode: null, lat: null, lng: null };
  if ("place" in location) {
    const place = resolvePlace(location.place);
    if (!place) {
      const names = suggestPlaces(location.place);
      const suggestions = names.length > 0 ? `@place_suggestions` : "";
      const params = { place: location.place, suggestions, names: names.join(", ") };
      throw new Invalid("unknown_place", [{ field, code: "unknown_place", params }], params);
    }
    return { placeName: place.name, postcode: place.postcode, countryCode: place.countryCode, lat: place.lat, lng: place.lng };
  }
  return { placeName: null, postcode: null, countryCode: null, lat: location.lat, lng: location.lng };
}

async function categoryIdOf(ctx: MarketContext, slug: string): Promise<string> {
  const tree = await loadCategoryTree(ctx.prisma);
  const category = tree.bySlug.get(slug.trim().toLowerCase());
  if (category) return category.id;
  const roots = tree.children(null).flatMap((root) => tree.children(root.id).map((c) => c.slug));
  const params = { category: slug, suggestions: roots.slice(0, 8).join(", ") };
  throw new Invalid("unknown_category", [{ field: "category", code: "unknown_category", params }], params);
}

async function categoryKindOf(ctx: MarketContext, categoryId: string): Promise<string | undefined> {
  return (await loadCategoryTree(ctx.prisma)).byId.get(categoryId)?.kind;
}

async function checkWanted(ctx: MarketContext, ownerId: string, ids: string[] | undefined): Promise<{ id: string }[] | undefined> {
  if (!ids) return undefined;
  const unique = [...new Set(ids)];
  const found = await ctx.prisma.listing.count({
    where: { id: { in: unique }, kind: "offer", status: "active", ownerId: { not: ownerId } },
  });
  if (found !== unique.length) throw new Invalid("wanted_listing_invalid", [{ field: "wantedListingIds", code: "wanted_listing_invalid" }]);
  return unique.map((id) => ({ id }));
}

export async function storeVector(tx: Prisma.TransactionClient, listingId: string, vector: { literal: string; model: string }) {
  await tx.$executeRawUnsafe(
    `UPDATE "Listing" SET "embedding" = $1::vector, "embeddingModel" = $2 WHERE "id" = $3`,
    vector.literal,
    vector.model,
    listingId,
  );
}

const cleanTags = (tags: string[] | undefined) => [...new Set((tags ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean))];

/**
 * Posts a listing. The category is inferred from the title when not given, the place is the
 * member's own (their profile's) unless given or remote; an offer posted
 * "in exchange for" something comes with that want, in the same transaction (an offer without
 * the want it was posted with would mislead the matcher). Vectors are computed before the
 * transaction, so a slow embedder never holds a connection.
 */
export async function createListing(ctx: MarketContext, ownerId: string, input: ListingInput): Promise<CreatedListing> {
  await assertNotGuest(ctx.prisma, ownerId);
  const command = parseCommand(CreateListingCommand, input);
  if (command.wants && command.kind !== "offer") throw new Invalid("invalid_request", [{ field: "wants", code: "wants_offer_only" }]);
  const categoryId = await categoryIdOf(ctx, command.category ?? inferCategory(command.title));
  const owner = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: ownerId },
    select: { locale: true, profile: { select: { placeName: true } } },
  });
  // Where the member lives, unless they said where it is or that it is done remotely.
  const home = owner.profile?.placeName;
  const location = locate(command.location ?? (command.remote || !home ? undefined : { place: home }));
  const wanted = command.kind === "want" ? await checkWanted(ctx, ownerId, command.wantedListingIds) : undefined;
  // Goods with no place and no shipping can never be found nearby nor matched by distance.
  if (location.lat === null && !command.shipping && !command.remote && (await categoryKindOf(ctx, categoryId)) === "goods")
    throw new Invalid("goods_need_place", [{ field: "location", code: "goods_need_place" }]);
  const locale = command.locale ?? owner.locale;
  const shared = { ownerId, ...location, remote: command.remote ?? false, shipping: command.shipping ?? false, locale };
  const title = command.title;
  const rows = [
    {
      ...shared,
      kind: command.kind,
      title,
      description: command.description ?? (command.wants ? t("as_swap_for", locale, { title, wants: command.wants }) : ""),
      categoryId,
      tags: cleanTags(command.tags),
      condition: command.condition ?? null,
      priceMinor: command.price?.amount ?? null,
      currency: command.price?.currency.toUpperCase() ?? null,
    },
    ...(command.wants
      ? [
          {
            ...shared,
            kind: "want" as const,
            title: command.wants,
            description: t("as_in_exchange_for", locale, { wants: command.wants, title }),
            categoryId: await categoryIdOf(ctx, inferCategory(command.wants)),
            tags: [],
          },
        ]
      : []),
  ];
  const vectors = await Promise.all(rows.map((row) => embedBeforeWrite(ctx.embedder, listingEmbeddingText(row))));
  const [listing, exchangeWant] = await ctx.prisma.$transaction(async (tx) => {
    const created = [];
    for (const [index, data] of rows.entries()) {
      const row = await tx.listing.create({ data: { ...data, ...(index === 0 && wanted ? { wantedOffers: { connect: wanted } } : {}) } });
      await storeVector(tx, row.id, vectors[index] as { literal: string; model: string });
      created.push(await tx.listing.findUniqueOrThrow({ where: { id: row.id }, include: LISTING_INCLUDE }));
    }
    return created;
  });
  for (const row of [listing, exchangeWant])
    if (row) ctx.events.publish("listing.changed", { listingId: row.id, ownerId, change: "created" });
  return {
    listing: toListingView(listing as NonNullable<typeof listing>),
    exchangeWant: exchangeWant ? toListingView(exchangeWant) : null,
  };
}

/**
 * A listing by id. `viewerId` (a member, or null for an anonymous visitor) asks as someone
 * seeing it from outside: a listing hidden pending review exists only for its owner.
 */
export async function getListing(ctx: MarketContext, id: string, viewerId?: string | null): Promise<ListingView> {
  const row = await ctx.prisma.listing.findUnique({ where: { id }, include: LISTING_INCLUDE });
  if (!row || (viewerId !== undefined && row.status === "hidden" && row.ownerId !== viewerId)) throw new NotFound("listing_not_found");
  return toListingView(row);
}

async function ownedListing(ctx: MarketContext, userId: string, id: string) {
  const row = await ctx.prisma.listing.findUnique({
    where: { id },
    select: {
      id: true,
      ownerId: true,
      kind: true,
      title: true,
      description: true,
      tags: true,
      status: true,
      categoryId: true,
      lat: true,
      remote: true,
      shipping: true,
    },
  });
  if (!row) throw new NotFound("listing_not_found");
  // Why 403 and not 404: the listing is public, only changing it is reserved to its author.
  if (row.ownerId !== userId) throw new Forbidden("not_owner");
  return row;
}

export async function updateListing(ctx: MarketContext, userId: string, id: string, input: ListingPatch): Promise<ListingView> {
  const patch = parseCommand(UpdateListingCommand, input);
  const current = await ownedListing(ctx, userId, id);
  // Hidden by reports: only a moderator's decision puts it back online.
  if (current.status === "hidden" && patch.status !== undefined) throw new Conflict("listing_hidden_pending_review");
  const categoryId = patch.category === undefined ? undefined : await categoryIdOf(ctx, patch.category);
  const location = patch.location === undefined ? undefined : locate(patch.location);
  const wanted = current.kind === "want" ? await checkWanted(ctx, userId, patch.wantedListingIds) : undefined;
  // As when posting: a change cannot take goods' place and shipping both away (nobody could find them nearby).
  const placed = location ? location.lat !== null : current.lat !== null;
  const takesAway = patch.location === null || patch.shipping === false || patch.remote === false;
  if (takesAway && !placed && !(patch.shipping ?? current.shipping) && !(patch.remote ?? current.remote)) {
    if ((await categoryKindOf(ctx, categoryId ?? current.categoryId)) === "goods")
      throw new Invalid("goods_need_place", [{ field: "location", code: "goods_need_place" }]);
  }
  const now = ctx.now?.() ?? new Date();
  const textChanged = patch.title !== undefined || patch.description !== undefined || patch.tags !== undefined;
  const vector = textChanged
    ? await embedBeforeWrite(
        ctx.embedder,
        listingEmbeddingText({
          title: patch.title?.trim() ?? current.title,
          description: patch.description?.trim() ?? current.description,
          tags: patch.tags !== undefined ? cleanTags(patch.tags) : current.tags,
        }),
      )
    : undefined;
  const row = await ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.listing.update({
      where: { id },
      data: {
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
        ...(categoryId ? { categoryId } : {}),
        ...(patch.tags !== undefined ? { tags: cleanTags(patch.tags) } : {}),
        ...(patch.condition !== undefined ? { condition: patch.condition } : {}),
        ...(patch.price !== undefined
          ? { priceMinor: patch.price?.amount ?? null, currency: patch.price?.currency.toUpperCase() ?? null }
          : {}),
        ...(location ?? {}),
        ...(patch.remote !== undefined ? { remote: patch.remote } : {}),
        ...(patch.shipping !== undefined ? { shipping: patch.shipping } : {}),
        ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(wanted ? { wantedOffers: { set: wanted } } : {}),
      },
    });
    if (vector) await storeVector(tx, updated.id, vector);
    // Proposals built on the old version no longer hold: withdrawn, and their members told.
    const withdrawn = await withdrawProposalsOfListing(tx, id, "listing_changed", now);
    return { listing: await tx.listing.findUniqueOrThrow({ where: { id }, include: LISTING_INCLUDE }), withdrawn };
  });
  announceWithdrawals(ctx, row.withdrawn);
  ctx.events.publish("listing.changed", { listingId: id, ownerId: userId, change: "updated" });
  return toListingView(row.listing);
}

export async function deleteListing(ctx: MarketContext, userId: string, id: string): Promise<void> {
  await ownedListing(ctx, userId, id);
  await eraseListingImageFiles(ctx.prisma, ctx.images, [id]);
  const withdrawn = await ctx.prisma.$transaction(async (tx) => {
    // Proposals that counted on this listing can no longer happen: withdrawn, and their members told.
    const withdrawals = await withdrawProposalsOfListing(tx, id, "listing_deleted", ctx.now?.() ?? new Date());
    await tx.listing.delete({ where: { id } });
    return withdrawals;
  });
  announceWithdrawals(ctx, withdrawn);
  ctx.events.publish("listing.changed", { listingId: id, ownerId: userId, change: "deleted" });
}

export async function listMyListings(
  ctx: MarketContext,
  userId: string,
  page: { limit: number; cursor?: string; status?: "active" | "paused" | "closed" | "traded"; kind?: "offer" | "want" },
): Promise<Page<ListingView>> {
  const rows = await ctx.prisma.listing.findMany({
    where: { ownerId: userId, ...(page.status ? { status: page.status } : {}), ...(page.kind ? { kind: page.kind } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: LISTING_INCLUDE,
    ...cursorArgs(page),
  });
  return toPage(rows, page.limit, toListingView);
}
