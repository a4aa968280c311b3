/**
 * The listing form as a Teams dialog (task module): core's neutral form drawn as an Adaptive
 * Card of inputs, opened by a `task/fetch` invoke and answered by a `task/submit` one. A refusal
 * keeps the dialog open with each message under its field and the member's values kept; a saved
 * form closes it. Photos are not asked here (an Adaptive Card has no file input): they are sent
 * in the chat, as everywhere else.
 *
 * @see https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/task-modules/task-modules-bots
 */
import type { FormField, ListingForm, ListingFormValues } from "@relais/core/listings/listing-form";
import { z } from "zod";
import { ADAPTIVE_CARD, type AdaptiveCard, type AdaptiveElement, DIALOG_LISTING, TEAMS_LIMITS } from "./render.ts";

/** Messages that open the dialog (the manifest's command list, in both languages). */
export const NEW_LISTING_COMMAND = /^(new listing|nouvelle annonce)$/i;
export const EDIT_LISTING_COMMAND = /^(edit (a )?listing|modifier (une )?annonce)$/i;
/** The Input.ChoiceSet of the member's listings on the "edit" card. */
export const LISTING_INPUT = DIALOG_LISTING;

const VALUE_FIELDS = ["kind", "title", "category", "price", "place", "description"] as const;

/** What a `task/fetch` or `task/submit` carries: which form, and the inputs' values. */
export const TaskData = z.looseObject({
  relaisForm: z.enum(["new", "edit"]),
  [LISTING_INPUT]: z.string().min(1).max(100).optional(),
  ...Object.fromEntries(VALUE_FIELDS.map((name) => [name, z.string().max(5000).optional()])),
});
export type TaskData = z.infer<typeof TaskData>;

export function valuesOf(data: TaskData): ListingFormValues {
  const values: ListingFormValues = {};
  for (const name of VALUE_FIELDS) {
    const value = (data as Record<string, unknown>)[name];
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

function inputOf(field: FormField, values: ListingFormValues): AdaptiveElement[] {
  const value = (values as Record<string, string | undefined>)[field.name] ?? ("initial" in field ? field.initial : undefined);
  const common = { id: field.name, label: field.label, isRequired: field.required };
  if (field.type === "choice")
    return [
      {
        type: "Input.ChoiceSet",
        ...common,
        style: "compact",
        choices: field.options.map((option) => ({ title: option.label, value: option.value })),
        ...(value !== undefined ? { value } : {}),
      },
    ];
  if (field.type === "images") return [];
  return [
    {
      type: "Input.Text",
      ...common,
      maxLength: field.maxLength,
      isMultiline: field.type === "longtext",
      ...(field.hint ? { placeholder: field.hint } : {}),
      ...(value !== undefined ? { value } : {}),
    },
  ];
}

/** The form as a card: one input per field, a refusal under its field, the submit button. */
export function formCard(
  form: ListingForm,
  data: { relaisForm: "new" | "edit"; listingId?: string },
  values: ListingFormValues = {},
  errors: Partial<Record<string, string>> = {},
): AdaptiveCard {
  const body: AdaptiveElement[] = [];
  for (const field of form.fields) {
    body.push(...inputOf(field, values));
    const error = errors[field.name];
    if (error) body.push({ type: "TextBlock", text: error, color: "Attention", size: "Small", spacing: "None", wrap: true });
  }
  body.push({
    type: "ActionSet",
    actions: [
      {
        type: "Action.Submit",
        title: form.submit,
        data: { relaisForm: data.relaisForm, ...(data.listingId ? { [LISTING_INPUT]: data.listingId } : {}) },
      },
    ],
  });
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: TEAMS_LIMITS.cardVersion,
    fallbackText: form.title,
    body,
  };
}

/** The `task/fetch` or refused `task/submit` answer: the dialog (still) open with this card. */
export function continueTask(title: string, card: AdaptiveCard) {
  return {
    task: { type: "continue", value: { title, width: "medium", height: "large", card: { contentType: ADAPTIVE_CARD, content: card } } },
  };
}

/** The saved form's answer: the dialog closes with this message. */
export function endTask(message: string) {
  return { task: { type: "message", value: message } };
}
