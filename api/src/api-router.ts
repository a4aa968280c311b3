/**
 * Everything served once the core is up: the REST API under /api/v1, its OpenAPI document
 * and reference page, the developer outbox, and the pages emailed links open.
 */
import { Router } from "express";
import swaggerUi from "swagger-ui-express";
import type { ApiContext } from "./http/api-context.ts";
import { mountRoute } from "./http/route.ts";
import type { RateLimiters } from "./http/security.ts";
import { createSessionCookies } from "./http/session-cookie.ts";
import { createRegistry, generateDocument } from "./openapi.ts";
import { accountPages } from "./pages/account-pages.ts";
import { authRoutes } from "./routes/auth.ts";
import { conversationRoutes } from "./routes/conversations.ts";
import { devRoutes } from "./routes/dev.ts";
import { listingRoutes } from "./routes/listings.ts";
import { matchRoutes } from "./routes/matches.ts";
import { meRoutes } from "./routes/me.ts";
import { oauthRoutes } from "./routes/oauth.ts";
import { tokenRoutes } from "./routes/tokens.ts";
import { userRoutes } from "./routes/users.ts";

export function createApiRouter(api: ApiContext, limits: RateLimiters) {
  const router = Router();
  const registry = createRegistry();
  const cookies = createSessionCookies(api);
  const routes = [
    ...authRoutes({ api, cookies, limits }),
    ...oauthRoutes({ api, cookies }),
    ...meRoutes(api),
    ...tokenRoutes(api),
    ...listingRoutes(api),
    ...matchRoutes(api),
    ...conversationRoutes(api),
    ...userRoutes(api),
    ...(api.config.nodeEnv === "production" ? [] : devRoutes(api)),
  ];
  for (const route of routes) mountRoute(api, router, registry, route);
  const document = generateDocument(registry, api.config.publicUrl);
  router.get("/api/v1/openapi.json", (_req, res) => {
    res.json(document);
  });
  router.use("/docs", swaggerUi.serveFiles(document), swaggerUi.setup(document, { customSiteTitle: "Relais API" }));
  router.use(accountPages(api));
  return { router, document };
}
