/**
 * The listing form chat apps show as a dialog (Slack modal; Discord and Teams forms later):
 * a neutral description of the fields, in the member's language, and its submission, which
 * goes through the same command and service as REST and the assistant. A refusal comes back
 * per field, in the member's language, so the dialog can show it next to the field; nothing
 * is written then.
 */
import { DomainError, Forbidden, Invalid, NotFound } from "../errors/domain.ts";
import { type Locale, t } from "../i18n/messages.ts";
import { loadCategoryTree } from "./category-tree.ts";
import type { MarketContext } from "./context.ts";
import { addListingImage, checkImage, MAX_IMAGES } from "./images.ts";
import { createListing, updateListing } from "./listings.ts";

export type FormField =
  | { name: string; label: string; type: "choice"; options: { value: string; label: string }[]; required: boolean; initial?: string }
  | { name: string; label: string; type: "text" | "longtext"; required: boolean; initial?: string; maxLength: number; hint?: string }
  /** Photos uploaded in the dialog; they go through the listing image service like REST uploads. */
  | { name: "photos"; label: string; type: "images"; required: false; maxFiles: number; fileTypes: string[]; hint?: string };

export type ListingForm = { title: string; submit: string; fields: FormField[] };

export type ListingFormValues = Partial<Record<"kind" | "title" | "category" | "price" | "place" | "description", string>>;

/** A form field a refusal can name: the values, and the photos. */
export type ListingFormField = keyof ListingFormValues | "photos";

export type ListingFormResult =
  | { ok: true; listingId: string; confirmation: string }
  | { ok: false; errors: Partial<Record<ListingFormField, string>> };

/** The photo field, when photos can be stored. */
function photosField(ctx: MarketContext, locale: Locale): FormField[] {
  if (!ctx.images) return [];
  return [
    {
      name: "photos",
      label: t("lf_photos", locale),
      type: "images",
      required: false,
      maxFiles: MAX_IMAGES,
      fileTypes: ["jpg", "jpeg", "png", "webp"],
      hint: t("lf_photos_hint", locale, { max: MAX_IMAGES }),
    },
  ];
}

/**
 * Checks every photo before anything is written (a form is saved whole or not at all); `room`
 * is how many more the listing can take.
 */
async function photoRefusal(photos: Uint8Array[], room: number, locale: Locale): Promise<string | undefined> {
  if (photos.length > room) return t("too_many_images", locale, { max: MAX_IMAGES });
  for (const photo of photos) {
    try {
      await checkImage(Buffer.from(photo));
    } catch (error) {
      if (error instanceof DomainError) return t(error.code, locale, error.params);
      throw error;
    }
  }
  return undefined;
}

async function addPhotos(ctx: MarketContext, userId: string, listingId: string, photos: Uint8Array[]): Promise<void> {
  const store = ctx.images;
  if (!store) return;
  for (const photo of photos) await addListingImage(ctx, store, userId, listingId, Buffer.from(photo));
}

/** A member's own listings that can be edited, newest first, for a "which one?" choice. */
export async function editableListings(ctx: MarketContext, userId: string): Promise<{ id: string; title: string }[]> {
  return ctx.prisma.listing.findMany({
    where: { ownerId: userId, status: { in: ["active", "paused"] } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, title: true },
  });
}

/** The form to change one of the member's listings, filled with what it says now. */
export async function editListingForm(ctx: MarketContext, userId: string, locale: Locale, listingId: string): Promise<ListingForm> {
  const listing = await ctx.prisma.listing.findUnique({
    where: { id: listingId },
    select: {
      ownerId: true,
      kind: true,
      title: true,
      description: true,
      priceMinor: true,
      placeName: true,
      category: { select: { slug: true } },
    },
  });
  if (!listing) throw new NotFound("listing_not_found");
  if (listing.ownerId !== userId) throw new Forbidden("not_owner");
  const price = listing.priceMinor === null ? undefined : (listing.priceMinor / 100).toFixed(listing.priceMinor % 100 === 0 ? 0 : 2);
  const form = await listingForm(ctx, locale, {
    kind: listing.kind,
    title: listing.title,
    category: listing.category.slug,
    ...(price !== undefined ? { price } : {}),
    ...(listing.placeName ? { place: listing.placeName } : {}),
    ...(listing.description ? { description: listing.description } : {}),
  });
  // The kind of a listing does not change once posted.
  return {
    ...form,
    title: t("lf_edit_title", locale),
    submit: t("lf_save", locale),
    fields: form.fields.filter((field) => field.name !== "kind"),
  };
}

/** The form to post a listing, prefilled (e.g. from a message the member chose to post as an offer). */
export async function listingForm(ctx: MarketContext, locale: Locale, initial: ListingFormValues = {}): Promise<ListingForm> {
  const tree = await loadCategoryTree(ctx.prisma);
  const categories = [...tree.bySlug.values()]
    .filter((node) => node.parentId !== null)
    .map((node) => ({ value: node.slug, label: locale === "fr" ? node.labelFr : node.labelEn }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return {
    title: t("lf_title", locale),
    submit: t("lf_submit", locale),
    fields: [
      {
        name: "kind",
        label: t("lf_kind", locale),
        type: "choice",
        required: true,
        initial: initial.kind ?? "offer",
        options: [
          { value: "offer", label: t("as_kind_offer", locale) },
          { value: "want", label: t("as_kind_want", locale) },
        ],
      },
      {
        name: "title",
        label: t("lf_listing_title", locale),
        type: "text",
        required: true,
        maxLength: 120,
        ...(initial.title ? { initial: initial.title } : {}),
      },
      {
        name: "category",
        label: t("lf_category", locale),
        type: "choice",
        required: false,
        options: categories,
        ...(initial.category ? { initial: initial.category } : {}),
      },
      {
        name: "price",
        label: t("lf_price", locale),
        type: "text",
        required: false,
        maxLength: 20,
        hint: t("lf_price_hint", locale),
        ...(initial.price ? { initial: initial.price } : {}),
      },
      {
        name: "place",
        label: t("lf_place", locale),
        type: "text",
        required: false,
        maxLength: 120,
        hint: t("lf_place_hint", locale),
        ...(initial.place ? { initial: initial.place } : {}),
      },
      {
        name: "description",
        label: t("lf_description", locale),
        type: "longtext",
        required: false,
        maxLength: 3000,
        ...(initial.description ? { initial: initial.description } : {}),
      },
      ...photosField(ctx, locale),
    ],
  };
}

/** "120", "12,50", "12.5 €" → minor units; undefined when it is not an amount. */
export function priceToMinor(text: string): number | undefined {
  const match = /^\s*(\d{1,7})(?:[.,](\d{1,2}))?\s*(?:€|eur|euros?)?\s*$/i.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

const FORM_FIELD_OF: Record<string, keyof ListingFormValues> = {
  kind: "kind",
  title: "title",
  category: "category",
  price: "price",
  "price.amount": "price",
  location: "place",
  "location.place": "place",
  description: "description",
};

/** Changes one of the member's listings from the edit form, or says per field what is wrong (nothing written). */
export async function submitEditListingForm(
  ctx: MarketContext,
  userId: string,
  locale: Locale,
  listingId: string,
  values: ListingFormValues,
  photos: Uint8Array[] = [],
): Promise<ListingFormResult> {
  const price = values.price?.trim() ? priceToMinor(values.price) : undefined;
  if (values.price?.trim() && price === undefined) return { ok: false, errors: { price: t("lf_price_invalid", locale) } };
  const held = await ctx.prisma.listingImage.count({ where: { listingId, listing: { ownerId: userId } } });
  const refused = await photoRefusal(photos, MAX_IMAGES - held, locale);
  if (refused) return { ok: false, errors: { photos: refused } };
  try {
    const updated = await updateListing(ctx, userId, listingId, {
      title: values.title ?? "",
      description: values.description?.trim() ?? "",
      ...(values.category ? { category: values.category } : {}),
      price: price !== undefined ? { amount: price, currency: "EUR" } : null,
      location: values.place?.trim() ? { place: values.place.trim() } : null,
    });
    await addPhotos(ctx, userId, updated.id, photos);
    return { ok: true, listingId: updated.id, confirmation: t("lf_saved", locale, { title: updated.title }) };
  } catch (error) {
    return { ok: false, errors: formErrorsOf(error, locale) };
  }
}

function formErrorsOf(error: unknown, locale: Locale): Partial<Record<ListingFormField, string>> {
  if (!(error instanceof Invalid)) {
    if (error instanceof DomainError) return { title: t(error.code, locale, error.params) };
    throw error;
  }
  const errors: Partial<Record<ListingFormField, string>> = {};
  for (const field of error.fields) {
    const name = FORM_FIELD_OF[field.field.replace(/^body\./, "")] ?? "title";
    errors[name] ??= t(field.code, locale, field.params ?? {});
  }
  if (Object.keys(errors).length === 0) errors.title = t(error.code, locale, error.params);
  return errors;
}

/** Posts the listing the form describes, or says per field what is wrong (nothing written). */
export async function submitListingForm(
  ctx: MarketContext,
  userId: string,
  locale: Locale,
  values: ListingFormValues,
  photos: Uint8Array[] = [],
): Promise<ListingFormResult> {
  const price = values.price?.trim() ? priceToMinor(values.price) : undefined;
  if (values.price?.trim() && price === undefined) return { ok: false, errors: { price: t("lf_price_invalid", locale) } };
  const refused = await photoRefusal(photos, MAX_IMAGES, locale);
  if (refused) return { ok: false, errors: { photos: refused } };
  // Checked by the listing command like every other value: an unknown kind is refused under its field.
  const kind = (values.kind ?? "offer") as "offer" | "want";
  try {
    const created = await createListing(ctx, userId, {
      kind,
      title: values.title ?? "",
      ...(values.description?.trim() ? { description: values.description } : {}),
      ...(values.category ? { category: values.category } : {}),
      ...(price !== undefined ? { price: { amount: price, currency: "EUR" } } : {}),
      ...(values.place?.trim() ? { location: { place: values.place.trim() } } : {}),
      locale,
    });
    await addPhotos(ctx, userId, created.listing.id, photos);
    const where = values.place?.trim() ? `— ${values.place.trim()}` : "";
    return {
      ok: true,
      listingId: created.listing.id,
      confirmation: t("as_listing_created", locale, { title: created.listing.title, kind: t(`as_kind_${kind}_label`, locale), where }),
    };
  } catch (error) {
    return { ok: false, errors: formErrorsOf(error, locale) };
  }
}
