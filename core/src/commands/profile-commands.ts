/**
 * Profile commands: update the profile, report a member, link an account. Preferences have
 * their own schema next to the profile service (SetPreferencesCommand re-exports it).
 */
import { z } from "zod";
import { Id, LanguageCode, LinkCode, LocationInput, MinorAmount, ReportReason, SkillName } from "./fields.ts";

export const UpdateProfileCommand = z.strictObject({
  headline: z.string().trim().max(140).nullable().optional(),
  bio: z.string().trim().max(5000).nullable().optional(),
  skills: z.array(SkillName).max(50).optional(),
  languages: z.array(LanguageCode).max(10).optional(),
  rates: z
    .strictObject({
      hourly: MinorAmount.nullable().optional(),
      daily: MinorAmount.nullable().optional(),
      currency: z
        .string()
        .regex(/^[A-Za-z]{3}$/)
        .nullable()
        .optional(),
    })
    .optional(),
  location: LocationInput.nullable().optional(),
  remote: z.boolean().optional(),
});

export const ReportMemberCommand = z.strictObject({
  reason: ReportReason,
  details: z.string().trim().max(2000).optional(),
  listingId: Id.optional(),
  messageId: Id.optional(),
  block: z.boolean().optional().describe("Also block the member (no more messages either way), in the same step"),
});
export type ReportMemberCommand = z.input<typeof ReportMemberCommand>;

export const LinkAccountCommand = z.strictObject({
  code: LinkCode.describe("The 10-digit code from the other account (shown as two groups of five)"),
});
export type LinkAccountCommand = z.input<typeof LinkAccountCommand>;
