/** What anyone sees of a listing. */
import type { Prisma } from "../db/generated/client.ts";
import { t } from "../i18n/messages.ts";

export const LISTING_INCLUDE = {
  category: true,
  owner: { select: { id: true, name: true, status: true } },
  images: { orderBy: { position: "asc" } },
  wantedOffers: { select: { id: true } },
} as const satisfies Prisma.ListingInclude;

export type ListingRow = Prisma.ListingGetPayload<{ include: typeof LISTING_INCLUDE }>;

export type ListingView = {
  id: string;
  kind: "offer" | "want";
  title: string;
  description: string;
  category: { slug: string; label: { fr: string; en: string } };
  tags: string[];
  condition: "new" | "like_new" | "good" | "fair" | "poor" | null;
  price: { amount: number; currency: string } | null;
  location: { place: string | null; postcode: string | null; countryCode: string | null; lat: number; lng: number } | null;
  remote: boolean;
  shipping: boolean;
  status: "active" | "paused" | "closed" | "traded" | "hidden";
  locale: "fr" | "en";
  owner: { id: string; name: string };
  images: { id: string; position: number; url: string; thumbnailUrl: string; width: number; height: number }[];
  wantedListingIds: string[];
  createdAt: string;
  updatedAt: string;
};

export function toListingView(row: ListingRow): ListingView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    category: { slug: row.category.slug, label: { fr: row.category.labelFr, en: row.category.labelEn } },
    tags: row.tags,
    condition: row.condition,
    price: row.priceMinor === null || !row.currency ? null : { amount: row.priceMinor, currency: row.currency },
    location:
      row.lat === null || row.lng === null
        ? null
        : { place: row.placeName, postcode: row.postcode, countryCode: row.countryCode, lat: row.lat, lng: row.lng },
    remote: row.remote,
    shipping: row.shipping,
    status: row.status,
    locale: row.locale,
    owner: { id: row.owner.id, name: row.owner.status === "deleted" ? "" : row.owner.name },
    images: row.images.map((image) => ({
      id: image.id,
      position: image.position,
      url: `/media/${image.displayKey}`,
      thumbnailUrl: `/media/${image.thumbKey}`,
      width: image.width,
      height: image.height,
    })),
    wantedListingIds: row.wantedOffers.map((offer) => offer.id),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A listing as someone other than its owner sees it: its point rounded to 2 decimals (a grid
 * of about 1 km), so a public listing does not give away a home address. The owner sees the
 * exact point.
 */
export function listingSeenBy(view: ListingView, viewerId: string | undefined): ListingView {
  if (!view.location || view.owner.id === viewerId) return view;
  return { ...view, location: { ...view.location, lat: roundToKm(view.location.lat), lng: roundToKm(view.location.lng) } };
}

const roundToKm = (degrees: number) => Math.round(degrees * 100) / 100;

/** The text embedded for a listing (also used by the demo seed). */
/**
 * The description written for a swap posted in one go ("Trépied — à échanger contre : Casque
 * audio") names the other item: embedded, it would make each side look like what it is swapped
 * for, so matching and search see only what the member wrote about the item itself.
 */
function isGeneratedSwapText(title: string, description: string): boolean {
  return (["fr", "en"] as const).some(
    (locale) =>
      description.startsWith(t("as_swap_for", locale, { title, wants: "" })) ||
      description.startsWith(t("as_in_exchange_for", locale, { wants: title, title: "" })),
  );
}

export function listingEmbeddingText(listing: { title: string; tags: string[]; description: string }): string {
  const description = isGeneratedSwapText(listing.title, listing.description) ? "" : listing.description;
  return `${listing.title}. ${listing.tags.join(" ")}. ${description}`;
}
