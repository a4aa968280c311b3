/** Mission commands: search, save, apply. */
import { z } from "zod";
import { MinorAmount, PlaceName, RadiusKm, SkillName } from "./fields.ts";

/** Around a place without a radius: the distance a freelancer commutes. */
export const DEFAULT_MISSION_RADIUS_KM = 50;

export const SearchMissionsCommand = z.strictObject({
  q: z.string().trim().max(200).optional().describe("Free text, French or English"),
  skills: z.array(SkillName).max(10).optional().describe("Skill names, e.g. ['react', 'typescript']"),
  remote: z.boolean().optional(),
  place: PlaceName.optional(),
  radiusKm: RadiusKm.optional().describe(`Around \`place\` (default ${DEFAULT_MISSION_RADIUS_KM}); remote missions always match`),
  minRate: MinorAmount.optional().describe("Minor units, compared with the mission's highest rate"),
  limit: z.number().int().min(1).max(100).default(20).describe("Items per page, 1 to 100 (default 20)."),
  cursor: z.string().min(1).max(200).optional().describe("`nextCursor` of the previous page."),
});
export type SearchMissionsCommand = z.input<typeof SearchMissionsCommand>;

export const ApplyToMissionCommand = z.strictObject({ coverLetter: z.string().trim().max(5000).optional() });
export type ApplyToMissionCommand = z.input<typeof ApplyToMissionCommand>;

/** Statuses a member reports about their own application (a draft is never reported). */
export const TRACKED_STATUSES = ["applied", "interviewing", "offered", "hired", "rejected", "withdrawn"] as const;

/**
 * "J'ai candidaté à la mission Airflow hier", "mark the devops mission as interview": the member
 * records where their application stands (applied elsewhere, on the board itself, counts too).
 */
export const TrackApplicationCommand = z.strictObject({
  status: z.enum(TRACKED_STATUSES).describe("Where the application stands now"),
  at: z.coerce.date().optional().describe("When it happened (default now); never in the future"),
  note: z.string().trim().min(1).max(1000).optional().describe("A note kept with this step (who called, what was said)"),
});
export type TrackApplicationCommand = z.input<typeof TrackApplicationCommand>;
