/**
 * The LLM engine's tools: one per intent, with the same slot names as the local engine and
 * the REST API, validated by these zod schemas before anything runs. Tools refer to earlier
 * results by position ("ref") and to members by name, never by internal id.
 */
import { z } from "zod";
import type { Intent } from "../intents.ts";

const ref = z
  .union([z.number().int().min(1).max(50), z.literal("last")])
  .describe("Position in the last list shown (1 = first), or 'last'");
const money = (what: string) => z.number().int().min(0).max(100_000_000).describe(`${what}, in minor units (cents): 12.50 € is 1250`);
const place = z.string().trim().min(2).max(120).describe("Town or postcode, e.g. 'Lyon' or '69003'");
const recipient = z.string().trim().min(2).max(80).describe("The member's name as the user wrote it");

export const TOOL_SCHEMAS = {
  create_listing: z.strictObject({
    kind: z.enum(["offer", "want"]).describe("offer: the user gives/sells/lends it; want: the user looks for it"),
    title: z.string().trim().min(2).max(120).describe("What it is, in the user's words (e.g. 'vélo de course')"),
    place: place.optional(),
    remote: z.boolean().optional(),
    price: money("Asking price").optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    wants: z.string().trim().min(2).max(120).optional().describe("What the user wants in exchange, if a swap"),
    condition: z.enum(["new", "like_new", "good", "fair", "poor"]).optional(),
    description: z.string().trim().max(5000).optional(),
  }),
  update_listing: z.strictObject({
    ref: ref.optional(),
    price: money("New price").optional(),
    title: z.string().trim().min(3).max(120).optional(),
    status: z.enum(["active", "paused", "closed"]).optional(),
  }),
  delete_listing: z.strictObject({ ref: ref.optional() }),
  my_listings: z.strictObject({}),
  search_listings: z.strictObject({
    q: z.string().trim().max(200).optional().describe("What to look for, in the user's words"),
    place: place.optional(),
    radiusKm: z.number().min(1).max(500).optional(),
    minPrice: money("Minimum price").optional(),
    maxPrice: money("Maximum price").optional(),
    kind: z.enum(["offer", "want"]).optional().describe("offer: things offered (default); want: what people look for"),
    sort: z.enum(["price"]).optional(),
  }),
  show_listing: z.strictObject({ ref }),
  show_matches: z.strictObject({}),
  accept_match: z.strictObject({ ref: ref.optional() }),
  decline_match: z.strictObject({ ref: ref.optional() }),
  send_message: z.strictObject({
    recipient: recipient.optional().describe("Omit to write to the person in focus (the listing's owner, the conversation just read)"),
    body: z.string().trim().min(1).max(4000).optional(),
  }),
  show_conversations: z.strictObject({}),
  read_conversation: z.strictObject({ recipient: recipient.optional(), ref: ref.optional() }),
  show_profile: z.strictObject({ recipient: recipient.optional().describe("Omit for the user's own profile") }),
  update_profile: z.strictObject({
    headline: z.string().trim().max(120).optional(),
    bio: z.string().trim().max(1500).optional(),
    skills: z.array(z.string().trim().min(1).max(40)).max(25).optional().describe("Skills to add"),
    removeSkills: z.array(z.string().trim().min(1).max(40)).max(25).optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .max(10)
      .optional()
      .describe("ISO-639-1 codes"),
    dailyRate: money("Day rate").optional(),
    hourlyRate: money("Hourly rate").optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    place: place.optional(),
    remote: z.boolean().optional(),
  }),
  generate_profile: z.strictObject({
    text: z.string().trim().min(20).max(12_000).optional().describe("The CV or description the user pasted"),
    githubUsername: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,39}$/)
      .optional(),
  }),
  set_preferences: z.strictObject({
    language: z.enum(["fr", "en"]).optional(),
    digest: z.enum(["none", "daily", "weekly"]).optional(),
    maxDistanceKm: z.number().int().min(1).max(1000).optional(),
  }),
  search_missions: z.strictObject({
    q: z.string().trim().max(200).optional(),
    skills: z.array(z.string().trim().min(1).max(40)).max(10).optional().describe("Lower-case skill names, e.g. ['react']"),
    remote: z.boolean().optional(),
    place: place.optional(),
    minRate: money("Minimum day rate").optional(),
  }),
  save_mission: z.strictObject({ ref: ref.optional() }),
  apply_mission: z.strictObject({ ref: ref.optional() }),
  show_applications: z.strictObject({}),
  link_account: z.strictObject({
    code: z
      .string()
      .regex(/^\d{5}[ -]?\d{5}$/)
      .optional()
      .describe("The 10-digit code from the other account (shown as two groups of five)"),
  }),
  report_user: z.strictObject({
    recipient: recipient.optional(),
    reason: z.enum(["spam", "scam", "harassment", "inappropriate", "prohibited_item", "other"]).optional(),
  }),
} satisfies Partial<Record<Intent, z.ZodType>>;

export type ToolName = keyof typeof TOOL_SCHEMAS;

export const TOOL_DESCRIPTIONS: Record<ToolName, string> = {
  create_listing: "Post a listing for the user: something they offer (give, sell, lend, teach) or want. Ask for what is missing.",
  update_listing: "Change one of the user's listings (price, title, pause/reactivate/close).",
  delete_listing: "Delete one of the user's listings (the user is asked to confirm).",
  my_listings: "List the user's own listings.",
  search_listings: "Search the listings of other members by words, place, radius and price.",
  show_listing: "Show one item of the last list shown (listing, mission, match or conversation).",
  show_matches: "Show the swaps proposed to the user (two-way or more).",
  accept_match: "Accept a proposed swap.",
  decline_match: "Decline a proposed swap (the user is asked to confirm).",
  send_message: "Send a message to a member, by name, or to the person in focus.",
  show_conversations: "List the user's conversations with unread counts.",
  read_conversation: "Read the latest messages of a conversation.",
  show_profile: "Show the user's profile, or another member's public profile.",
  update_profile: "Change fields of the user's freelance profile.",
  generate_profile: "Write a profile draft from a pasted CV or a GitHub username; the user confirms before it is saved.",
  set_preferences: "Change the user's preferences: language, digest, maximum distance.",
  search_missions: "Search freelance missions by skills, remote, place and minimum rate.",
  save_mission: "Save a mission from the last list for later.",
  apply_mission: "Apply to a mission (the user is asked to confirm).",
  show_applications: "Show the user's applications and saved missions.",
  link_account: "Link this chat account with the user's other Relais account (gives or uses a 10-digit code).",
  report_user: "Report a member to the moderators (the user is asked to confirm).",
};
