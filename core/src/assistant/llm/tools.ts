/**
 * The LLM engine's tools: one per intent, built from the command schemas of core/src/commands
 * (the ones REST takes and the handlers parse), so a title, a body, a price or a radius the
 * model sends obeys the rule a REST client's does. The tool form stays flat, like the local
 * engine's slots (a place name, an amount in minor units), and adds dialog references: earlier
 * results by position ("ref") and members by name, never by internal id.
 */
import { z } from "zod";
import { Currency, MessageBody, MinorAmount, PlaceName, ReportReason, SkillName } from "../../commands/fields.ts";
import { CreateListingCommand, SearchListingsCommand, UpdateListingCommand } from "../../commands/listing-commands.ts";
import { SearchMissionsCommand } from "../../commands/mission-commands.ts";
import { SetPreferencesCommand } from "../../commands/preference-commands.ts";
import { LinkAccountCommand, ReportMemberCommand, UpdateProfileCommand } from "../../commands/profile-commands.ts";
import { NOTIFICATION_KINDS, QuietHours } from "../../profiles/preferences.ts";
import type { Intent } from "../intents.ts";

const ref = z
  .union([z.number().int().min(1).max(50), z.literal("last")])
  .describe("Position in the last list shown (1 = first), or 'last'");
const money = (what: string) => MinorAmount.describe(`${what}, in minor units (cents): 12.50 € is 1250`);
const place = PlaceName.describe("Town or postcode, e.g. 'Lyon' or '69003'");
const recipient = z.string().trim().min(2).max(80).describe("The member's name as the user wrote it");
const profile = UpdateProfileCommand.shape;

export const TOOL_SCHEMAS = {
  create_listing: CreateListingCommand.pick({
    kind: true,
    title: true,
    description: true,
    category: true,
    condition: true,
    remote: true,
    shipping: true,
    wants: true,
  }).extend({
    place: place.optional(),
    price: money("Asking price").optional(),
    currency: Currency.optional(),
  }),
  update_listing: UpdateListingCommand.pick({ title: true, status: true, category: true }).extend({
    ref: ref.optional(),
    price: money("New price").optional(),
    currency: Currency.optional(),
  }),
  delete_listing: z.strictObject({ ref: ref.optional() }),
  my_listings: z.strictObject({}),
  search_listings: SearchListingsCommand.pick({
    q: true,
    place: true,
    radiusKm: true,
    minPrice: true,
    maxPrice: true,
    kind: true,
    sort: true,
    condition: true,
  }),
  show_listing: z.strictObject({ ref }),
  show_matches: z.strictObject({}),
  accept_match: z.strictObject({ ref: ref.optional() }),
  decline_match: z.strictObject({ ref: ref.optional() }),
  send_message: z.strictObject({
    recipient: recipient.optional().describe("Omit to write to the person in focus (the listing's owner, the conversation just read)"),
    body: MessageBody.optional(),
  }),
  show_conversations: z.strictObject({}),
  read_conversation: z.strictObject({ recipient: recipient.optional(), ref: ref.optional() }),
  show_profile: z.strictObject({ recipient: recipient.optional().describe("Omit for the user's own profile") }),
  update_profile: z.strictObject({
    headline: profile.headline.unwrap().unwrap().optional(),
    bio: profile.bio.unwrap().unwrap().optional(),
    skills: z.array(SkillName).max(50).optional().describe("Skills to add"),
    removeSkills: z.array(SkillName).max(50).optional(),
    languages: profile.languages.describe("ISO-639-1 codes"),
    dailyRate: money("Day rate").optional(),
    hourlyRate: money("Hourly rate").optional(),
    currency: Currency.optional(),
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
  set_preferences: SetPreferencesCommand.pick({ language: true, digest: true, maxDistanceKm: true, notificationChannels: true }).extend({
    quietStart: QuietHours.shape.start.optional().describe("Quiet hours start, HH:MM local time"),
    quietEnd: QuietHours.shape.end.optional().describe("Quiet hours end, HH:MM local time"),
    timeZone: QuietHours.shape.timeZone.optional().describe("IANA time zone of the quiet hours, e.g. Europe/Paris"),
    quietHoursOff: z.literal(true).optional().describe("true removes the quiet hours"),
    mute: z.array(z.enum(NOTIFICATION_KINDS)).max(5).optional().describe("Notification kinds to turn off"),
    unmute: z.array(z.enum(NOTIFICATION_KINDS)).max(5).optional().describe("Notification kinds to turn back on"),
  }),
  search_missions: SearchMissionsCommand.pick({ q: true, skills: true, remote: true, place: true, radiusKm: true, minRate: true }),
  save_mission: z.strictObject({ ref: ref.optional() }),
  apply_mission: z.strictObject({ ref: ref.optional() }),
  show_applications: z.strictObject({}),
  import_mission: z.strictObject({
    body: z.string().trim().min(8).max(20_000).describe("The offer's link (https://…) or its whole pasted text, title first"),
  }),
  link_account: z.strictObject({ code: LinkAccountCommand.shape.code.optional() }),
  report_user: z.strictObject({
    recipient: recipient.optional(),
    reason: ReportReason.optional(),
    details: ReportMemberCommand.shape.details,
  }),
} satisfies Partial<Record<Intent, z.ZodType>>;

export type ToolName = keyof typeof TOOL_SCHEMAS;

export const TOOL_DESCRIPTIONS: Record<ToolName, string> = {
  create_listing: "Post a listing for the user: something they offer (give, sell, lend, teach) or want. Ask for what is missing.",
  update_listing: "Change one of the user's listings (price, title, category slug from /api/v1/categories, pause/reactivate/close).",
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
  set_preferences:
    "Change the user's preferences: language, digest, maximum distance, notification channels, quiet hours, notification kinds turned off or on.",
  search_missions:
    "Search freelance missions by skills, remote, place and minimum rate; with no filter and the user asking for missions for them, the missions ranked against their profile.",
  save_mission: "Save a mission from the last list for later.",
  apply_mission:
    "Apply to a mission (the user is asked to confirm), or record a step the user reports in their words (applied elsewhere, interview, offer, hired, rejected, withdrawn; with its date and a note).",
  show_applications: "Show the user's applications and saved missions.",
  import_mission: "Bring in a job offer from its link or pasted text (robots.txt honoured) and save it for the user.",
  link_account: "Link this chat account with the user's other Relais account (gives or uses a 10-digit code).",
  report_user: "Report a member to the moderators (the user is asked to confirm).",
};
