/**
 * Core's listing forms as Discord modals, and a submitted modal back as plain values and the
 * photos to read. A modal holds at most 5 components (each a Label around one input), so:
 * - posting: kind (string select), title, category, description, photos; the price and the
 *   place come from `/relais post`'s options (carried in the modal's id), else none and the
 *   member's own place (core's defaults);
 * - editing: title, price, place, description, photos to add, filled with what the listing says
 *   (the kind of a posted listing does not change); a new category comes from `/relais edit`'s
 *   option (carried in the modal's id), else it stays.
 * The category is a text input, not a select: a select holds 25 options and the category tree
 * has more. What the member types is matched to a category's name in their language (accents
 * and case ignored) or its slug; anything else goes to core as typed, and core's command schema refuses it
 * under the field. Kind and category are checked by core's listing command, like every value.
 *
 * @see https://discord.com/developers/docs/components/reference#label
 * @see https://discord.com/developers/docs/components/reference#file-upload
 */
import { truncate } from "@relais/core/assistant/fit-reply";
import { type Locale, t } from "@relais/core/i18n/messages";
import type { FormField, ListingForm, ListingFormValues } from "@relais/core/listings/listing-form";
import { foldText } from "@relais/core/text/normalize";
import { ComponentType, TextInputStyle } from "discord-api-types/v10";
import { z } from "zod";

export const LISTING_MODAL_PREFIX = "relais_listing_create:";
export const EDIT_MODAL_PREFIX = "relais_listing_edit:";
/** The fields each modal shows, in order (at most 5: Discord's limit). */
const CREATE_FIELDS = ["kind", "title", "category", "description", "photos"];
const EDIT_FIELDS = ["title", "price", "place", "description", "photos"];
const TYPED_FIELDS = ["title", "category", "price", "place", "description"] as const;
const MODAL_LIMITS = { title: 45, label: 45, description: 100, value: 4000, files: 10, customId: 100, option: 100 } as const;

/** What `/relais post` said before the form opened: the kind, and the price and place to post with. */
export type PostPrefill = { kind: "offer" | "want"; price?: string; place?: string; category?: string };

function labelled(field: FormField, locale: Locale) {
  const hint = field.name === "category" ? t("lf_category_hint", locale) : "hint" in field ? field.hint : undefined;
  const base = {
    type: ComponentType.Label,
    label: truncate(field.label, MODAL_LIMITS.label),
    ...(hint ? { description: truncate(hint, MODAL_LIMITS.description) } : {}),
  };
  if (field.type === "images")
    return {
      ...base,
      component: {
        type: ComponentType.FileUpload,
        custom_id: field.name,
        min_values: 0,
        max_values: Math.min(field.maxFiles, MODAL_LIMITS.files),
        required: false,
      },
    };
  if (field.type === "choice" && field.name === "category") {
    // Typed (see above), prefilled with the category's name in the member's language.
    const initial = field.options.find((option) => option.value === field.initial)?.label;
    return {
      ...base,
      component: {
        type: ComponentType.TextInput,
        custom_id: field.name,
        style: TextInputStyle.Short,
        required: false,
        max_length: 60,
        ...(initial ? { value: initial } : {}),
      },
    };
  }
  if (field.type === "choice")
    return {
      ...base,
      component: {
        type: ComponentType.StringSelect,
        custom_id: field.name,
        min_values: field.required ? 1 : 0,
        max_values: 1,
        required: field.required,
        options: field.options.slice(0, 25).map((option) => ({
          label: truncate(option.label, MODAL_LIMITS.option),
          value: option.value.slice(0, MODAL_LIMITS.option),
          ...(option.value === field.initial ? { default: true } : {}),
        })),
      },
    };
  return {
    ...base,
    component: {
      type: ComponentType.TextInput,
      custom_id: field.name,
      style: field.type === "longtext" ? TextInputStyle.Paragraph : TextInputStyle.Short,
      required: field.required,
      max_length: Math.min(field.maxLength, MODAL_LIMITS.value),
      ...(field.initial ? { value: field.initial.slice(0, Math.min(field.maxLength, MODAL_LIMITS.value)) } : {}),
    },
  };
}

function componentsOf(form: ListingForm, names: string[], locale: Locale) {
  return names
    .map((name) => form.fields.find((field) => field.name === name))
    .filter((field): field is FormField => field !== undefined)
    .map((field) => labelled(field, locale));
}

/** `relais_listing_create:<kind>|<price>|<place>`, the place cut so the id stays within Discord's 100 characters. */
function createId(prefill: PostPrefill): string {
  const head = `${LISTING_MODAL_PREFIX}${prefill.kind}|${(prefill.price ?? "").replace(/\|/g, "").slice(0, 20)}|`;
  return head + (prefill.place ?? "").replace(/\|/g, " ").slice(0, MODAL_LIMITS.customId - head.length);
}

/** The modal (response type 9) posting a listing; the form comes filled with the command's kind and category. */
export function listingModal(form: ListingForm, prefill: PostPrefill, locale: Locale) {
  return {
    custom_id: createId(prefill),
    title: truncate(form.title, MODAL_LIMITS.title),
    components: componentsOf(form, CREATE_FIELDS, locale),
  };
}

/** The modal changing listing `listingId`, filled with what it says now (core's edit form); `category`: the command's. */
export function editListingModal(form: ListingForm, listingId: string, locale: Locale, category?: string) {
  const id = `${EDIT_MODAL_PREFIX}${listingId}`;
  return {
    custom_id: (category ? `${id}|${category.replace(/\|/g, "")}` : id).slice(0, MODAL_LIMITS.customId),
    title: truncate(form.title, MODAL_LIMITS.title),
    components: componentsOf(form, EDIT_FIELDS, locale),
  };
}

const Submitted = z.looseObject({
  custom_id: z.string().max(100),
  components: z
    .array(
      z.looseObject({
        type: z.number().int(),
        component: z
          .looseObject({
            custom_id: z.string().max(100),
            value: z.string().max(4000).optional(),
            values: z.array(z.string().max(100)).max(25).optional(),
          })
          .optional(),
      }),
    )
    .max(10),
  resolved: z
    .looseObject({
      attachments: z
        .record(
          z.string(),
          z.looseObject({
            id: z.string(),
            filename: z.string().max(255),
            content_type: z.string().max(100).optional(),
            size: z.number().int().nonnegative(),
            url: z.url(),
          }),
        )
        .optional(),
    })
    .optional(),
});

export type ModalFile = { id: string; name: string; mimeType: string; size: number; url: string };

export type SubmittedListing = {
  /** A new listing, or a change of the member's listing `listingId`. */
  mode: { kind: "create" } | { kind: "edit"; listingId: string };
  values: ListingFormValues;
  files: ModalFile[];
};

/** A submitted listing modal (create or edit): the typed and chosen values and the uploaded files (to be read). */
export function listingModalOf(data: unknown): SubmittedListing | undefined {
  const parsed = Submitted.safeParse(data);
  if (!parsed.success) return undefined;
  const id = parsed.data.custom_id;
  let mode: SubmittedListing["mode"];
  const values: ListingFormValues = {};
  if (id.startsWith(EDIT_MODAL_PREFIX) && id.length > EDIT_MODAL_PREFIX.length) {
    const [listingId = "", category = ""] = id.slice(EDIT_MODAL_PREFIX.length).split("|");
    mode = { kind: "edit", listingId };
    if (category.trim()) values.category = category;
  } else if (id.startsWith(LISTING_MODAL_PREFIX)) {
    mode = { kind: "create" };
    const [kind = "offer", price = "", place = ""] = id.slice(LISTING_MODAL_PREFIX.length).split("|");
    values.kind = kind;
    if (price.trim()) values.price = price;
    if (place.trim()) values.place = place;
  } else return undefined;
  const files: ModalFile[] = [];
  const attachments = parsed.data.resolved?.attachments ?? {};
  for (const { component } of parsed.data.components) {
    if (!component) continue;
    if (component.custom_id === "photos") {
      for (const fileId of component.values ?? []) {
        const file = attachments[fileId];
        if (file)
          files.push({
            id: fileId,
            name: file.filename,
            mimeType: file.content_type ?? "application/octet-stream",
            size: file.size,
            url: file.url,
          });
      }
    } else if (component.custom_id === "kind" && mode.kind === "create") {
      const chosen = component.values?.[0];
      if (chosen) values.kind = chosen;
    } else if ((TYPED_FIELDS as readonly string[]).includes(component.custom_id) && component.value?.trim())
      values[component.custom_id as (typeof TYPED_FIELDS)[number]] = component.value;
  }
  return { mode, values, files };
}

/**
 * The category the member typed, as core's slug: a category's name in the form's language
 * (accents and case ignored) or its slug. Unknown text is left as typed, for core to refuse.
 */
export function categoryOfTyped(typed: string | undefined, form: ListingForm): string | undefined {
  const text = typed?.trim();
  if (!text) return undefined;
  const field = form.fields.find((f) => f.name === "category");
  if (field?.type !== "choice") return text;
  const folded = foldText(text);
  const found = field.options.find((option) => foldText(option.label) === folded || option.value === folded);
  return found?.value ?? text;
}
