/** /api/v1/tokens: personal access tokens for integrators. */
import { createApiToken, listApiTokens, revokeApiToken } from "@relais/core/accounts/api-tokens";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { Id } from "./schemas.ts";

const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.enum(["read", "write"])),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken" });

export function tokenRoutes(api: ApiContext): AnyRoute[] {
  const ctx = api.accounts;
  const tags = ["tokens"];
  return [
    defineRoute({
      method: "post",
      path: "/api/v1/tokens",
      summary: "Create a personal access token",
      description: "The token is shown once, in this response; only its hash is stored. Use it as `Authorization: Bearer rel_pat_…`.",
      tags,
      auth: "user",
      apiTokens: false,
      idempotent: { secretFields: ["token"] },
      body: z.strictObject({
        name: z.string().trim().min(1).max(100),
        scopes: z
          .array(z.enum(["read", "write"]))
          .min(1)
          .max(2),
        expiresInDays: z.number().int().min(1).max(3650).optional(),
      }),
      responses: {
        201: { description: "Token created", schema: z.object({ token: z.string(), apiToken: ApiToken }).meta({ id: "CreatedApiToken" }) },
        409: { description: "A retry with the same Idempotency-Key: the token is shown once and not kept, so it is not replayed" },
      },
      async handler({ caller, body }) {
        return { status: 201, body: await createApiToken(ctx, caller!.userId, body) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/tokens",
      summary: "List my personal access tokens",
      tags,
      auth: "user",
      apiTokens: false,
      query: PageQuery,
      responses: { 200: { description: "Tokens, newest first", schema: pageOf(ApiToken, "ApiTokenPage") } },
      async handler({ caller, query }) {
        return { status: 200, body: await listApiTokens(ctx, caller!.userId, query) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/v1/tokens/:id",
      summary: "Revoke a personal access token",
      tags,
      auth: "user",
      apiTokens: false,
      params: z.strictObject({ id: Id }),
      responses: { 204: { description: "Revoked" } },
      async handler({ caller, params }) {
        await revokeApiToken(ctx, caller!.userId, params.id);
        return { status: 204 };
      },
    }),
  ];
}
