/**
 * Core's neutral forms as Slack modals, and a submitted modal's state back as plain values.
 * Block ids are the form's field names, so Slack shows a refusal next to its field.
 *
 * @see https://docs.slack.dev/surfaces/modals
 */
import { truncate } from "@relais/core/assistant/fit-reply";
import type { FormField, ListingForm } from "@relais/core/listings/listing-form";
import type { InputBlock, ModalView, PlainTextOption } from "@slack/types";
import { z } from "zod";
import type { SlackFile } from "./to-turn.ts";

export const LISTING_MODAL = "relais_listing_create";
export const EDIT_LISTING_MODAL = "relais_listing_edit";
/** The Home tab's "Edit a listing" select: its options are the member's listings. */
export const OPEN_EDIT_LISTING = "relais_open_edit_listing";
/** The Home tab's "New listing" button and the message shortcut that opens the modal. */
export const OPEN_LISTING_MODAL = "relais_open_listing_form";
export const POST_AS_OFFER_SHORTCUT = "relais_post_as_offer";
const VALUE = "value";

/** Slack's modal limits: title and buttons 24 characters, 100 blocks, 100 options a select. */
const MODAL_LIMITS = { title: 24, options: 100, optionText: 75, label: 2000, initialValue: 3000, files: 10 } as const;

function option(value: string, label: string): PlainTextOption {
  return { text: { type: "plain_text", text: truncate(label, MODAL_LIMITS.optionText) }, value };
}

function inputOf(field: FormField): InputBlock {
  const label = { type: "plain_text" as const, text: truncate(field.label, MODAL_LIMITS.label) };
  if (field.type === "images") {
    // Slack's file_input: uploaded into Slack (10 MB each, 10 at most), read back with the bot token (files:read).
    return {
      type: "input",
      block_id: field.name,
      label,
      optional: true,
      ...(field.hint ? { hint: { type: "plain_text" as const, text: field.hint } } : {}),
      element: {
        type: "file_input",
        action_id: VALUE,
        filetypes: field.fileTypes,
        max_files: Math.min(field.maxFiles, MODAL_LIMITS.files),
      },
    };
  }
  if (field.type === "choice") {
    const options = field.options.slice(0, MODAL_LIMITS.options).map((o) => option(o.value, o.label));
    const initial = options.find((o) => o.value === field.initial);
    return {
      type: "input",
      block_id: field.name,
      label,
      optional: !field.required,
      element: { type: "static_select", action_id: VALUE, options, ...(initial ? { initial_option: initial } : {}) },
    };
  }
  return {
    type: "input",
    block_id: field.name,
    label,
    optional: !field.required,
    ...(field.hint ? { hint: { type: "plain_text" as const, text: field.hint } } : {}),
    element: {
      type: "plain_text_input",
      action_id: VALUE,
      multiline: field.type === "longtext",
      max_length: field.maxLength,
      ...(field.initial ? { initial_value: field.initial.slice(0, Math.min(field.maxLength, MODAL_LIMITS.initialValue)) } : {}),
    },
  };
}

export function formModal(form: ListingForm, callbackId: string, privateMetadata?: string): ModalView {
  return {
    type: "modal",
    callback_id: callbackId,
    ...(privateMetadata ? { private_metadata: privateMetadata } : {}),
    title: { type: "plain_text", text: truncate(form.title, MODAL_LIMITS.title) },
    submit: { type: "plain_text", text: truncate(form.submit, MODAL_LIMITS.title) },
    blocks: form.fields.map(inputOf),
  };
}

const StateValue = z.looseObject({
  value: z.string().nullable().optional(),
  selected_option: z.looseObject({ value: z.string() }).nullable().optional(),
});
const ViewState = z.looseObject({
  view: z.looseObject({ state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), StateValue)) }) }),
});

/** A submitted modal's values by field name (text, or the chosen option's value). */
export function formValuesOf(body: unknown): Record<string, string> {
  const parsed = ViewState.safeParse(body);
  if (!parsed.success) return {};
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(parsed.data.view.state.values)) {
    const state = actions[VALUE];
    const value = state?.selected_option?.value ?? state?.value;
    if (typeof value === "string" && value !== "") values[blockId] = value;
  }
  return values;
}

const UploadedFile = z.looseObject({
  id: z.string().min(1).max(40),
  name: z.string().max(255).optional(),
  mimetype: z.string().max(100).optional(),
  size: z.number().int().nonnegative().optional(),
  url_private_download: z.url().optional(),
  url_private: z.url().optional(),
});
const FilesState = z.looseObject({
  view: z.looseObject({
    state: z.looseObject({
      values: z.record(z.string(), z.record(z.string(), z.looseObject({ files: z.array(UploadedFile).max(10).optional() }))),
    }),
  }),
});

/** The files uploaded in a modal's file_input (the `photos` field), to be read with the bot token. */
export function formFilesOf(body: unknown): SlackFile[] {
  const parsed = FilesState.safeParse(body);
  if (!parsed.success) return [];
  const files = parsed.data.view.state.values.photos?.[VALUE]?.files ?? [];
  return files.map((file) => ({
    id: file.id,
    name: file.name ?? file.id,
    mimeType: file.mimetype ?? "application/octet-stream",
    ...(file.size !== undefined ? { size: file.size } : {}),
    ...((file.url_private_download ?? file.url_private) ? { url: file.url_private_download ?? file.url_private } : {}),
  }));
}

const ListingId = z.string().min(1).max(100);
/** A select's chosen option (the Home tab), or a button's value (a listing card's "Modifier"). */
const EditChoice = z.looseObject({
  actions: z.array(z.looseObject({ selected_option: z.looseObject({ value: ListingId }).optional(), value: ListingId.optional() })).min(1),
});
const PrivateMetadata = z.looseObject({ view: z.looseObject({ private_metadata: z.string().min(1).max(100) }) });

/** The listing chosen in the Home tab's "Edit a listing" select, or whose "Modifier" button was pressed. */
export function chosenListingOf(body: unknown): string | undefined {
  const parsed = EditChoice.safeParse(body);
  const action = parsed.success ? parsed.data.actions[0] : undefined;
  return action?.selected_option?.value ?? action?.value;
}

/** The listing an edit modal is about (kept in the modal's private metadata). */
export function editedListingOf(body: unknown): string | undefined {
  const parsed = PrivateMetadata.safeParse(body);
  return parsed.success ? parsed.data.view.private_metadata : undefined;
}
