/** /api/v1/auth/oauth/{github|linkedin}: sign in with a provider (state + PKCE). */
import { beginOAuth, completeOAuth, OAUTH_PROVIDERS } from "@relais/core/accounts/oauth";
import { startSession } from "@relais/core/accounts/sessions";
import { toUserView } from "@relais/core/accounts/user-view";
import { Invalid } from "@relais/core/errors/domain";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import type { SessionCookies } from "../http/session-cookie.ts";
import { SignedIn } from "./schemas.ts";

const STATE_COOKIE = "relais_oauth";
const STATE_COOKIE_PATH = "/api/v1/auth/oauth";

const Provider = z.strictObject({ provider: z.enum(OAUTH_PROVIDERS as ["github", "linkedin"]) });

export function oauthRoutes(deps: { api: ApiContext; cookies: SessionCookies }): AnyRoute[] {
  const { api, cookies } = deps;
  const ctx = api.accounts;
  const secure = api.config.publicUrl.startsWith("https://");
  const tags = ["auth"];
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/auth/oauth/:provider",
      summary: "Start signing in with GitHub or LinkedIn",
      description: "Redirects to the provider. 404 when the provider is not configured on this instance.",
      tags,
      auth: "none",
      params: Provider,
      responses: { 302: { description: "Redirect to the provider's consent page", headers: { Location: "Provider authorization URL" } } },
      async handler({ res, params }) {
        const { url, state, codeVerifier } = beginOAuth(ctx, params.provider);
        res.cookie(STATE_COOKIE, JSON.stringify({ provider: params.provider, state, codeVerifier }), {
          httpOnly: true,
          secure,
          sameSite: "lax", // the provider brings the browser back with a top-level GET
          path: STATE_COOKIE_PATH,
          maxAge: 10 * 60_000,
        });
        return { status: 302, redirect: url };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/auth/oauth/:provider/callback",
      summary: "Provider callback: creates or links the account and signs in",
      description:
        "With `Accept: application/json` the tokens are returned; otherwise the session cookie is set and the browser is sent to OAUTH_SUCCESS_REDIRECT. The account is the one holding this identity, else the one with the same verified email, else a new one.",
      tags,
      auth: "none",
      params: Provider,
      query: z.object({
        code: z.string().min(1).max(2048).optional(),
        state: z.string().min(1).max(512).optional(),
        error: z.string().max(200).optional(),
        error_description: z.string().max(1000).optional(),
      }),
      responses: {
        200: { description: "Signed in (JSON clients)", schema: SignedIn },
        302: { description: "Signed in (browsers): redirect with the session cookie set", headers: { Location: "OAUTH_SUCCESS_REDIRECT" } },
      },
      async handler({ req, res, params, query }) {
        const label = params.provider === "github" ? "GitHub" : "LinkedIn";
        let stored: { provider?: string; state?: string; codeVerifier?: string } = {};
        try {
          stored = JSON.parse(String((req.cookies as Record<string, string>)[STATE_COOKIE] ?? "{}"));
        } catch {
          stored = {};
        }
        res.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
        if (query.error) throw new Invalid("oauth_failed", [], { provider: label, reason: query.error_description ?? query.error });
        if (!query.code || !query.state || stored.provider !== params.provider || stored.state !== query.state || !stored.codeVerifier) {
          throw new Invalid("oauth_state_mismatch");
        }
        const { user } = await completeOAuth(ctx, params.provider, query.code, stored.codeVerifier);
        const session = await startSession(ctx, user.id, req.get("user-agent"));
        if (req.accepts(["html", "json"]) === "json") {
          return { status: 200, body: { user: toUserView(user), accessToken: session.accessToken, refreshToken: session.refreshToken } };
        }
        cookies.set(req, res, session, api.config.auth.refreshTokenTtlDays);
        return { status: 302, redirect: api.config.oauth.successRedirect };
      },
    }),
  ];
}
