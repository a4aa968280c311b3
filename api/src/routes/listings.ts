/** /api/v1/listings, /api/v1/me/listings, /api/v1/categories, /api/v1/search. */
import { Condition, ListingStatus } from "@relais/core/commands/fields";
import {
  CreateListingCommand,
  DEFAULT_SEARCH_RADIUS_KM,
  SearchListingsCommand,
  UpdateListingCommand,
} from "@relais/core/commands/listing-commands";
import { Invalid } from "@relais/core/errors/domain";
import { loadCategoryTree } from "@relais/core/listings/category-tree";
import type { ImageStore } from "@relais/core/listings/image-store";
import { addListingImage, deleteListingImage, MAX_IMAGE_BYTES, reorderListingImages } from "@relais/core/listings/images";
import { listingSeenBy } from "@relais/core/listings/listing-view";
import { createListing, deleteListing, getListing, listMyListings, updateListing } from "@relais/core/listings/listings";
import { searchListings } from "@relais/core/search/search-listings";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { queryOf } from "../http/query.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { Id, IdParams } from "./schemas.ts";

const ListingSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["offer", "want"]),
    title: z.string(),
    description: z.string(),
    category: z.object({ slug: z.string(), label: z.object({ fr: z.string(), en: z.string() }) }),
    tags: z.array(z.string()),
    condition: Condition.nullable(),
    price: z.object({ amount: z.number().int(), currency: z.string() }).nullable(),
    location: z
      .object({
        place: z.string().nullable(),
        postcode: z.string().nullable(),
        countryCode: z.string().nullable(),
        lat: z.number(),
        lng: z.number(),
      })
      .nullable(),
    remote: z.boolean(),
    shipping: z.boolean(),
    status: z
      .enum([...ListingStatus.options, "hidden"])
      .describe("`hidden`: hidden pending review after several reports (only its owner sees it; a moderator's decision brings it back)"),
    locale: z.enum(["fr", "en"]),
    owner: z.object({ id: z.string(), name: z.string() }),
    images: z.array(
      z.object({
        id: z.string(),
        position: z.number().int(),
        url: z.string(),
        thumbnailUrl: z.string(),
        width: z.number().int(),
        height: z.number().int(),
      }),
    ),
    wantedListingIds: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Listing" });

type CategoryOut = { slug: string; kind: string; label: string; labels: { fr: string; en: string }; children: CategoryOut[] };
const Category: z.ZodType<CategoryOut> = z
  .object({
    slug: z.string(),
    kind: z.enum(["goods", "services", "skills"]),
    label: z.string().describe("In the caller's language"),
    labels: z.object({ fr: z.string(), en: z.string() }),
    get children() {
      return z.array(Category);
    },
  })
  .meta({ id: "Category" });

const SearchQuery = queryOf(SearchListingsCommand, ["near"], {
  near: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, "lat,lng")
    .optional()
    .describe("Centre as `lat,lng` (latitude between -90 and 90, longitude between -180 and 180)."),
});

const SearchResult = z
  .object({
    items: z.array(
      z.object({
        listing: ListingSchema,
        distanceKm: z.number().nullable(),
        score: z.number(),
        highlights: z.array(z.string()).describe("Snippets with the matched words in «»"),
      }),
    ),
    nextCursor: z.string().nullable(),
    radiusKm: z.number().nullable().describe("Radius applied around the centre (place or near), in km; null without a centre"),
    radiusDefaulted: z.boolean().describe(`true when no radiusKm was given and the default (${DEFAULT_SEARCH_RADIUS_KM} km) applied`),
    kind: z
      .enum(["offer", "want"])
      .nullable()
      .describe(
        "Kind searched: `kind`, else offers for words (wants when they ask who wants something: “qui cherche …”), else both (null)",
      ),
    closeOnly: z
      .boolean()
      .describe(
        "true when no listing matched the words: the items are the closest ones, not matches (“nothing exact — here are close ones”); false when there are no items",
      ),
  })
  .meta({ id: "SearchResult" });

export function listingRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.core.market;
  const tags = ["listings"];
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/categories",
      summary: "The category tree (goods, services, freelance skills)",
      tags,
      auth: "none",
      responses: {
        200: {
          description: "Root categories with their children",
          schema: z.object({ items: z.array(Category) }).meta({ id: "CategoryTree" }),
        },
      },
      async handler({ req }) {
        const tree = await loadCategoryTree(ctx.prisma);
        const locale = (req as { locale?: "fr" | "en" }).locale ?? "en";
        const build = (parentId: string | null): CategoryOut[] =>
          tree.children(parentId).map((c) => ({
            slug: c.slug,
            kind: c.kind,
            label: locale === "fr" ? c.labelFr : c.labelEn,
            labels: { fr: c.labelFr, en: c.labelEn },
            children: build(c.id),
          }));
        return { status: 200, body: { items: build(null) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/listings",
      summary: "Post an offer or a want",
      description: "The place is geocoded offline; an unknown place or category is refused with suggestions. Money is in minor units.",
      tags,
      auth: "user",
      idempotent: true,
      body: CreateListingCommand,
      responses: {
        201: {
          description: "Created (with the want posted in exchange, when `wants` was given)",
          schema: ListingSchema.extend({ exchangeWant: ListingSchema.optional() }).meta({ id: "CreatedListing" }),
        },
      },
      async handler({ caller, body }) {
        const { listing, exchangeWant } = await createListing(ctx, caller!.userId, body);
        return { status: 201, body: { ...listing, ...(exchangeWant ? { exchangeWant } : {}) } };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/listings/:id",
      summary: "One listing",
      description: "Anyone may read it; its coordinates are rounded to about 1 km except for its owner.",
      tags,
      auth: "optional",
      params: IdParams,
      responses: { 200: { description: "The listing", schema: ListingSchema } },
      async handler({ params, caller }) {
        return { status: 200, body: listingSeenBy(await getListing(ctx, params.id, caller?.userId ?? null), caller?.userId) };
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/v1/listings/:id",
      summary: "Change my listing (fields, or status active/paused/closed/traded)",
      tags,
      auth: "user",
      params: IdParams,
      body: UpdateListingCommand,
      responses: { 200: { description: "Updated", schema: ListingSchema }, 403: { description: "Not the author" } },
      async handler({ caller, params, body }) {
        return { status: 200, body: await updateListing(ctx, caller!.userId, params.id, body) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/v1/listings/:id",
      summary: "Delete my listing",
      tags,
      auth: "user",
      params: IdParams,
      responses: { 204: { description: "Deleted" }, 403: { description: "Not the author" } },
      async handler({ caller, params }) {
        await deleteListing(ctx, caller!.userId, params.id);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/me/listings",
      summary: "My listings",
      tags,
      auth: "user",
      query: PageQuery.extend({ status: ListingStatus.optional(), kind: z.enum(["offer", "want"]).optional() }),
      responses: { 200: { description: "Newest first", schema: pageOf(ListingSchema, "ListingPage") } },
      async handler({ caller, query }) {
        return { status: 200, body: await listMyListings(ctx, caller!.userId, query) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/search",
      summary: "Search listings by text, filters and distance",
      description:
        "Full text in French and English (accents optional, plurals), typo tolerance and semantic recall, fused into one ranking. A category includes its sub-categories. Only active listings; your own are left out.",
      tags,
      auth: "optional",
      query: SearchQuery,
      responses: { 200: { description: "Results", schema: SearchResult } },
      async handler({ caller, query }) {
        const near = query.near ? { lat: Number(query.near.split(",")[0]), lng: Number(query.near.split(",")[1]) } : undefined;
        const { near: _near, ...rest } = query;
        return { status: 200, body: await searchListings(ctx, caller?.userId, { ...rest, ...(near ? { near } : {}) }) };
      },
    }),
  ];
}

export function listingImageRoutes(api: ApiContext, store: ImageStore): AnyRoute[] {
  const ctx = api.core.market;
  const tags = ["listings"];
  return [
    defineRoute({
      method: "post",
      path: "/api/v1/listings/:id/images",
      summary: "Add an image to my listing (JPEG, PNG or WebP, 10 MB at most, 8 per listing)",
      description:
        "Resized to a display size (1200 px) and a thumbnail (320 px), both WebP. A file that is not really an image is refused.",
      tags,
      auth: "user",
      params: IdParams,
      upload: { field: "image", maxBytes: MAX_IMAGE_BYTES, description: "The image file" },
      responses: { 201: { description: "The listing with its images", schema: ListingSchema }, 413: { description: "Image over 10 MB" } },
      async handler({ req, caller, params }) {
        const file = (req as { file?: { buffer: Buffer } }).file;
        if (!file) throw new Invalid("image_required", [{ field: "image", code: "image_required" }]);
        return { status: 201, body: await addListingImage(ctx, store, caller!.userId, params.id, file.buffer) };
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/v1/listings/:id/images/order",
      summary: "Reorder my listing's images",
      tags,
      auth: "user",
      params: IdParams,
      body: z.strictObject({ imageIds: z.array(Id).max(8) }),
      responses: { 200: { description: "The listing", schema: ListingSchema } },
      async handler({ caller, params, body }) {
        return { status: 200, body: await reorderListingImages(ctx, caller!.userId, params.id, body.imageIds) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/v1/listings/:id/images/:imageId",
      summary: "Delete an image of my listing",
      tags,
      auth: "user",
      params: z.strictObject({ id: Id, imageId: Id }),
      responses: { 204: { description: "Deleted" } },
      async handler({ caller, params }) {
        await deleteListingImage(ctx, store, caller!.userId, params.id, params.imageId);
        return { status: 204 };
      },
    }),
  ];
}
