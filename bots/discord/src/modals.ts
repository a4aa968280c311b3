/**
 * Core's listing form as a Discord modal, and a submitted modal back as plain values and the
 * photos to read. A modal holds 5 fields: title, price, place, description and a file upload
 * for the photos (the kind comes from the command; the category is inferred from the title, as
 * when a listing is posted in a sentence).
 *
 * @see https://discord.com/developers/docs/components/reference#file-upload
 */
import { truncate } from "@relais/core/assistant/fit-reply";
import type { FormField, ListingForm, ListingFormValues } from "@relais/core/listings/listing-form";
import { ComponentType, TextInputStyle } from "discord-api-types/v10";
import { z } from "zod";

export const LISTING_MODAL_PREFIX = "relais_listing_create:";
/** The form fields a Discord modal shows (at most 5). */
const MODAL_FIELDS = ["title", "price", "place", "description", "photos"];
const MODAL_LIMITS = { title: 45, label: 45, description: 100, value: 4000, files: 10 } as const;

function labelled(field: FormField) {
  const base = {
    type: ComponentType.Label,
    label: truncate(field.label, MODAL_LIMITS.label),
    ...("hint" in field && field.hint ? { description: truncate(field.hint, MODAL_LIMITS.description) } : {}),
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
  if (field.type === "choice") return undefined;
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

/** The modal (response type 9) posting a listing of `kind`. */
export function listingModal(form: ListingForm, kind: "offer" | "want") {
  return {
    custom_id: `${LISTING_MODAL_PREFIX}${kind}`,
    title: truncate(form.title, MODAL_LIMITS.title),
    components: MODAL_FIELDS.map((name) => form.fields.find((field) => field.name === name))
      .filter((field): field is FormField => field !== undefined)
      .map(labelled)
      .filter((component) => component !== undefined),
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
            values: z.array(z.string().max(30)).max(10).optional(),
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

/** A submitted listing modal: its kind, the typed values and the uploaded files (to be read). */
export function listingModalOf(data: unknown): { kind: "offer" | "want"; values: ListingFormValues; files: ModalFile[] } | undefined {
  const parsed = Submitted.safeParse(data);
  if (!parsed.success || !parsed.data.custom_id.startsWith(LISTING_MODAL_PREFIX)) return undefined;
  const kind = parsed.data.custom_id.slice(LISTING_MODAL_PREFIX.length) === "want" ? "want" : "offer";
  const values: ListingFormValues = { kind };
  const files: ModalFile[] = [];
  const attachments = parsed.data.resolved?.attachments ?? {};
  for (const { component } of parsed.data.components) {
    if (!component) continue;
    if (component.custom_id === "photos") {
      for (const id of component.values ?? []) {
        const file = attachments[id];
        if (file)
          files.push({
            id,
            name: file.filename,
            mimeType: file.content_type ?? "application/octet-stream",
            size: file.size,
            url: file.url,
          });
      }
    } else if (["title", "price", "place", "description"].includes(component.custom_id) && component.value?.trim())
      values[component.custom_id as "title" | "price" | "place" | "description"] = component.value;
  }
  return { kind, values, files };
}
