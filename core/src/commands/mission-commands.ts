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
