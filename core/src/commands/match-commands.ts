/** Match commands: accept, decline or complete a proposal (by id), review a participant. */
import { z } from "zod";
import { Id } from "./fields.ts";

export const MatchTargetCommand = z.strictObject({ matchId: Id });
export type MatchTargetCommand = z.input<typeof MatchTargetCommand>;

export const ReviewMatchCommand = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
  subjectId: Id.optional().describe("Who is reviewed; optional in a pair"),
});
export type ReviewMatchCommand = z.input<typeof ReviewMatchCommand>;
