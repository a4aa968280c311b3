/** Match commands. Accepting, declining and completing carry only the match's id (the shared `Id` rule); a review carries this. */
import { z } from "zod";
import { Id } from "./fields.ts";

export const ReviewMatchCommand = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
  subjectId: Id.optional().describe("Who is reviewed; optional in a pair"),
});
export type ReviewMatchCommand = z.input<typeof ReviewMatchCommand>;
