/** Listing commands: post, change, search. The REST routes, the LLM tools and the chat handlers parse these. */
import { z } from "zod";
import {
  CategorySlug,
  Condition,
  Coordinates,
  Description,
  Id,
  ListingKind,
  ListingStatus,
  Locale,
  LocationInput,
  MinorAmount,
  Money,
  PlaceName,
  RadiusKm,
  Tags,
  Title,
} from "./fields.ts";

export const CreateListingCommand = z.strictObject({
  kind: ListingKind.describe("offer: given, sold, lent or taught; want: looked for"),
  title: Title.describe("What it is, in the member's words (e.g. 'vélo de course')"),
  description: Description.optional(),
  category: CategorySlug.optional().describe("Category slug (see /api/v1/categories); inferred from the title when left out."),
  tags: Tags.optional(),
  condition: Condition.optional(),
  price: Money.optional(),
  location: LocationInput.optional(),
  remote: z.boolean().optional(),
  shipping: z.boolean().optional(),
  locale: Locale.optional(),
  wantedListingIds: z.array(Id).max(20).optional().describe("Wants only: the exact offers that would do."),
  wants: Title.optional().describe("Offers only: what is wanted in exchange, posted as a want together with the offer (both or neither)."),
});
export type CreateListingCommand = z.input<typeof CreateListingCommand>;

export const UpdateListingCommand = z.strictObject({
  title: Title.optional(),
  description: Description.optional(),
  category: CategorySlug.optional(),
  tags: Tags.optional(),
  condition: Condition.nullable().optional(),
  price: Money.nullable().optional(),
  location: LocationInput.nullable().optional(),
  remote: z.boolean().optional(),
  shipping: z.boolean().optional(),
  locale: Locale.optional(),
  status: ListingStatus.optional(),
  wantedListingIds: z.array(Id).max(20).optional(),
});
export type UpdateListingCommand = z.input<typeof UpdateListingCommand>;

/** A centre (a place or a point) without a radius means "around there": the distance people travel for a swap. */
export const DEFAULT_SEARCH_RADIUS_KM = 30;

export const SearchListingsCommand = z.strictObject({
  q: z.string().trim().max(200).optional().describe("Free text, French or English; accents and small typos are fine."),
  kind: ListingKind.optional(),
  category: CategorySlug.optional().describe("Category slug; includes its sub-categories."),
  near: Coordinates.optional().describe("Centre as coordinates."),
  place: PlaceName.optional().describe("Centre as a place name (instead of near)."),
  radiusKm: RadiusKm.optional().describe(
    `0.1 to 1000 km around the centre; ${DEFAULT_SEARCH_RADIUS_KM} km when a centre is given without one.`,
  ),
  minPrice: MinorAmount.optional(),
  maxPrice: MinorAmount.optional(),
  condition: Condition.optional(),
  remote: z.boolean().optional(),
  sort: z.enum(["relevance", "distance", "recent", "price"]).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type SearchListingsCommand = z.input<typeof SearchListingsCommand>;
