/** /api/v1/listings, /api/v1/me/listings, /api/v1/categories, /api/v1/search. */
import { Invalid } from "@relais/core/errors/domain";
import { loadCategoryTree } from "@relais/core/listings/category-tree";
import type { ImageStore } from "@relais/core/listings/image-store";
import { addListingImage, deleteListingImage, MAX_IMAGE_BYTES, reorderListingImages } from "@relais/core/listings/images";
import { createListing, deleteListing, getListing, listMyListings, updateListing } from "@relais/core/listings/listings";
import { searchListings } from "@relais/core/search/search-listings";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { Id, IdParams, LocationInput } from "./schemas.ts";

const Condition = z.enum(["new", "like_new", "good", "fair", "poor"]);
const Status = z.enum(["active", "paused", "closed", "traded"]);
const Money = z.strictObject({
  amount: z.number().int().min(0).max(1_000_000_000).describe("Integer minor units (cents): 12.50 € is 1250."),
  currency: z.string().regex(/^[A-Za-z]{3}$/, "ISO 4217 code such as EUR"),
});
const Tags = z.array(z.string().trim().min(1).max(30)).max(10);
const Title = z.string().trim().min(3).max(120);
const Description = z.string().trim().max(5000);

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
    status: Status,
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

const numberParam = (min: number, max: number) => z.coerce.number().min(min).max(max);
const SearchQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe("Free text, French or English; accents and small typos are fine."),
  kind: z.enum(["offer", "want"]).optional(),
  category: z.string().max(60).optional().describe("Category slug; includes its sub-categories."),
  near: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, "lat,lng")
    .refine((value) => {
      const [lat = 0, lng = 0] = value.split(",").map(Number);
      return Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    }, "latitude between -90 and 90, longitude between -180 and 180")
    .optional()
    .describe("Centre as `lat,lng`."),
  place: z.string().trim().min(1).max(120).optional().describe("Centre as a place name (instead of near)."),
  radiusKm: numberParam(0.1, 1000).optional().describe("0.1 to 1000 km around the centre."),
  minPrice: z.coerce.number().int().min(0).optional().describe("Minor units."),
  maxPrice: z.coerce.number().int().min(0).optional().describe("Minor units."),
  condition: Condition.optional(),
  remote: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  sort: z.enum(["relevance", "distance", "recent", "price"]).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
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
      body: z.strictObject({
        kind: z.enum(["offer", "want"]),
        title: Title,
        description: Description.default(""),
        category: z.string().trim().min(1).max(60),
        tags: Tags.optional(),
        condition: Condition.optional(),
        price: Money.optional(),
        location: LocationInput.optional(),
        remote: z.boolean().optional(),
        shipping: z.boolean().optional(),
        locale: z.enum(["fr", "en"]).optional(),
        wantedListingIds: z.array(Id).max(20).optional().describe("Wants only: the exact offers that would do."),
      }),
      responses: { 201: { description: "Created", schema: ListingSchema } },
      async handler({ caller, body }) {
        return { status: 201, body: await createListing(ctx, caller!.userId, body) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/listings/:id",
      summary: "One listing",
      tags,
      auth: "none",
      params: IdParams,
      responses: { 200: { description: "The listing", schema: ListingSchema } },
      async handler({ params }) {
        return { status: 200, body: await getListing(ctx, params.id) };
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/v1/listings/:id",
      summary: "Change my listing (fields, or status active/paused/closed/traded)",
      tags,
      auth: "user",
      params: IdParams,
      body: z.strictObject({
        title: Title.optional(),
        description: Description.optional(),
        category: z.string().trim().min(1).max(60).optional(),
        tags: Tags.optional(),
        condition: Condition.nullable().optional(),
        price: Money.nullable().optional(),
        location: LocationInput.nullable().optional(),
        remote: z.boolean().optional(),
        shipping: z.boolean().optional(),
        locale: z.enum(["fr", "en"]).optional(),
        status: Status.optional(),
        wantedListingIds: z.array(Id).max(20).optional(),
      }),
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
      query: PageQuery.extend({ status: Status.optional(), kind: z.enum(["offer", "want"]).optional() }),
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
