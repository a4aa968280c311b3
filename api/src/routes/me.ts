/** /api/v1/me: the member's own account, identities and link codes. */
import * as accounts from "@relais/core/accounts/accounts";
import { createLinkCode, linkWithCode, listIdentities } from "@relais/core/accounts/identities";
import { Forbidden } from "@relais/core/errors/domain";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { DisplayName, Email, Locale, Password, User } from "./schemas.ts";

const Identity = z
  .object({
    id: z.string(),
    provider: z.enum(["slack", "discord", "teams", "widget", "github", "linkedin"]),
    externalId: z.string(),
    displayName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "Identity" });

export function meRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.accounts;
  const tags = ["me"];
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/me",
      summary: "My account",
      tags,
      auth: "user",
      responses: { 200: { description: "The signed-in member", schema: User } },
      async handler({ caller }) {
        return { status: 200, body: await accounts.getMe(ctx, caller!.userId) };
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/v1/me",
      summary: "Update my name, language or email",
      description:
        "Changing the email needs `currentPassword` and a signed-in session (never a personal access token: 403). The new address is unverified until its emailed link is opened; the previous address gets a notice with a link to take it back (7 days).",
      tags,
      auth: "user",
      body: z.strictObject({
        name: DisplayName.optional(),
        locale: Locale.optional(),
        email: Email.optional(),
        currentPassword: Password.optional().describe("Required to change `email`"),
      }),
      responses: {
        200: { description: "Updated account", schema: User },
        403: { description: "An email change with a personal access token, or an account without a password" },
        409: { description: "Email already used by another account" },
      },
      async handler({ caller, body }) {
        const { email, currentPassword, ...rest } = body;
        const userId = caller!.userId;
        if (email !== undefined) {
          const me = await accounts.getMe(ctx, userId);
          if (me.email !== accounts.normalizeEmail(email)) {
            if (caller?.kind !== "session") throw new Forbidden("email_change_needs_session");
            await accounts.changeEmail(ctx, userId, { email, ...(currentPassword !== undefined ? { currentPassword } : {}) });
          }
        }
        return { status: 200, body: await accounts.updateMe(ctx, userId, rest) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/v1/me",
      summary: "Delete my account and personal data",
      description: "Other members' conversations stay readable; my messages show as from “deleted member”.",
      tags,
      auth: "user",
      apiTokens: false,
      responses: { 204: { description: "Account erased" } },
      async handler({ caller }) {
        await accounts.deleteMe(ctx, caller!.userId);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/me/identities",
      summary: "My chat and sign-in identities",
      tags,
      auth: "user",
      responses: { 200: { description: "Identities", schema: z.object({ items: z.array(Identity) }).meta({ id: "IdentityList" }) } },
      async handler({ caller }) {
        return { status: 200, body: { items: await listIdentities(ctx, caller!.userId) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/me/link-codes",
      summary: "Get a 10-digit code to link another chat identity to this account",
      description:
        "Valid 10 minutes; 5 wrong tries at it, by anyone, and it stops working. Enter it from the other app (or POST /api/v1/me/identities/link signed in there). Digits only; spaces or dashes between them are accepted when entered.",
      tags,
      auth: "user",
      apiTokens: false,
      idempotent: { secretFields: ["code"] },
      responses: {
        201: {
          description: "The code",
          schema: z.object({ code: z.string().regex(/^\d{10}$/), expiresAt: z.string() }).meta({ id: "LinkCode" }),
        },
        409: { description: "A retry with the same Idempotency-Key: the code is shown once and not kept, so it is not replayed" },
      },
      async handler({ caller }) {
        return { status: 201, body: await createLinkCode(ctx, caller!.userId) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/me/identities/link",
      summary: "Join this account's identities to the account that made the code",
      description:
        "After linking, this account is retired and its sessions end: sign in to the other account. Wrong codes are limited per account (5 per 10 minutes), per client IP and for the whole instance (429 with Retry-After).",
      tags,
      auth: "user",
      apiTokens: false,
      body: z.strictObject({ code: z.string().trim().min(1).max(20) }),
      responses: {
        200: {
          description: "Linked",
          schema: z.object({ userId: z.string(), movedIdentities: z.number().int() }).meta({ id: "LinkResult" }),
        },
      },
      async handler({ req, caller, body }) {
        return { status: 200, body: await linkWithCode(ctx, caller!.userId, body.code, `ip:${req.ip}`) };
      },
    }),
  ];
}
