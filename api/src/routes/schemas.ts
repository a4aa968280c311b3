/** Schemas shared by several routes. */
import { Id } from "@relais/core/commands/fields";
import { DISPLAY_NAME_FORBIDDEN } from "@relais/core/text/display-name";
import { z } from "zod";

export const Email = z.email().max(320).describe("Email address");
export const Locale = z.enum(["fr", "en"]);

export const User = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    emailVerified: z.boolean(),
    name: z.string(),
    locale: Locale,
    role: z.enum(["member", "admin"]),
    createdAt: z.string().describe("ISO-8601, UTC"),
  })
  .meta({ id: "User" });

export const SessionMode = z
  .enum(["token", "cookie"])
  .default("token")
  .describe(
    '"token": the refresh token is in the response body. "cookie": it is set as an httpOnly cookie and a `csrfToken` is returned instead.',
  );

export const SignedIn = z
  .object({
    user: User,
    accessToken: z.string().describe("JWT for `Authorization: Bearer`, short-lived."),
    refreshToken: z.string().optional().describe("Single-use; absent in cookie mode."),
    csrfToken: z.string().optional().describe("Cookie mode only: send as `X-CSRF-Token` with cookie-authenticated requests."),
  })
  .meta({ id: "SignedIn" });

export const Tokens = z
  .object({ accessToken: z.string(), refreshToken: z.string().optional(), csrfToken: z.string().optional() })
  .meta({ id: "Tokens" });

export const Password = z.string().min(1).max(1024);

/** The id of a resource: one rule for routes, LLM tools and chat (core/src/commands/fields.ts). */
export { Id } from "@relais/core/commands/fields";

/** `{id}` path parameter of every resource. */
export const IdParams = z.strictObject({ id: Id });

/** A member's display name: 1 to 100 characters, no control characters (they would reach emails). */
export const DisplayName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((name) => !DISPLAY_NAME_FORBIDDEN.test(name), { message: "control characters are not allowed" });
