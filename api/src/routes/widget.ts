/**
 * /api/v1/widget: what the website widget needs besides the assistant and conversations —
 * its site's settings, signing in (a host's identity JWT, or an email and the code mailed to
 * it), and the admins' site management. Every widget route refuses an origin its site does
 * not list (403, and no CORS header: the browser shows the page nothing).
 */

import { Forbidden } from "@relais/core/errors/domain";
import { assertAdmin } from "@relais/core/profiles/reports";
import { requestEmailCode, signInHostUser, verifyEmailCode, verifyHostIdentity } from "@relais/core/widget/identity";
import { CreateSiteInput, createSite, findSite, listSites, SiteTheme } from "@relais/core/widget/sites";
import type { Request } from "express";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { localeOf } from "../http/problem.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { widgetCodeLimiter } from "../http/security.ts";
import { foreignOriginOf, type SiteOrigins } from "../widget/site-origins.ts";
import { GUEST_SESSION_HEADER, guestIdentityOf } from "./assistant.ts";
import { Email, Locale, User } from "./schemas.ts";

const SiteKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{2,62}$/)
  .describe("The site's key (`data-site`)");

const Site = z
  .object({
    key: z.string(),
    name: z.string(),
    allowedOrigins: z.array(z.string()),
    theme: SiteTheme,
    defaultLocale: Locale,
    createdAt: z.string(),
  })
  .meta({ id: "WidgetSite" });

const PublicSite = z
  .object({ key: z.string(), name: z.string(), theme: SiteTheme, defaultLocale: Locale })
  .meta({ id: "WidgetSiteSettings" });

const WidgetSession = z
  .object({
    kind: z.enum(["guest", "member"]),
    reason: z.enum(["invalid", "expired", "too_long_lived", "unknown_site"]).optional().describe("Why an identity token was not accepted"),
    user: User.optional(),
    accessToken: z.string().optional(),
    refreshToken: z.string().optional(),
  })
  .meta({ id: "WidgetSession" });

type Deps = { api: ApiContext; origins: SiteOrigins };

/** Refuses a browser page whose origin the site does not list. */
async function assertSiteOrigin(origins: SiteOrigins, req: Request, siteKey: string): Promise<void> {
  if (!(await origins.siteAccepts(siteKey, foreignOriginOf(req)))) throw new Forbidden("widget_origin_refused");
}

export function widgetRoutes({ api, origins }: Deps): AnyRoute[] {
  const tags = ["widget"];
  const sites = api.relais.installations;
  const codeLimits = widgetCodeLimiter({ redis: api.relais.redis, logger: api.logger });
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/widget/sites/:key",
      summary: "A site's public settings (looks, default language), for the widget",
      description: "403 `widget_origin_refused` when the calling page's origin is not one of the site's.",
      tags,
      auth: "none",
      params: z.strictObject({ key: SiteKey }),
      responses: { 200: { description: "Settings", schema: PublicSite } },
      async handler({ req, params }) {
        await assertSiteOrigin(origins, req, params.key);
        const site = await findSite(sites, params.key);
        if (!site) throw new Forbidden("widget_origin_refused");
        return {
          status: 200,
          body: { key: site.key, name: site.name, theme: site.theme, defaultLocale: site.defaultLocale },
          headers: { "Cache-Control": "no-cache" },
        };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/widget/sessions",
      summary: "Sign a host site's user in with its identity JWT, or stay a guest",
      description:
        "`identityToken`: an HS256 JWT the host signed with the site secret (`sub`, `iat`, `exp` at most one hour after `iat`, optional `name` and `email`). A valid one answers `kind: member` with tokens; a forged, expired or too long-lived one answers `kind: guest` with the reason — never that user.",
      tags,
      auth: "none",
      body: z.strictObject({ site: SiteKey, identityToken: z.string().min(10).max(4096), locale: Locale.optional() }),
      responses: { 200: { description: "Who the widget is now", schema: WidgetSession } },
      async handler({ req, body }) {
        await assertSiteOrigin(origins, req, body.site);
        const verified = await verifyHostIdentity(sites, body.site, body.identityToken);
        if (!verified.ok) return { status: 200, body: { kind: "guest", reason: verified.reason } };
        const signedIn = await signInHostUser(api.accounts, verified.identity, body.locale ?? localeOf(req), req.get("user-agent"));
        return {
          status: 200,
          body: { kind: "member", user: signedIn.user, accessToken: signedIn.accessToken, refreshToken: signedIn.refreshToken },
        };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/widget/email-code",
      summary: "Mail a 6-digit sign-in code to the address a guest typed",
      description: `For the guest of \`${GUEST_SESSION_HEADER}\`. The answer is the same whether or not an account has that address.`,
      tags,
      auth: "none",
      before: [codeLimits.request],
      body: z.strictObject({ site: SiteKey, email: Email, locale: Locale.optional() }),
      responses: { 202: { description: "Code sent", schema: z.object({ expiresAt: z.string() }) } },
      async handler({ req, body }) {
        await assertSiteOrigin(origins, req, body.site);
        const guest = guestIdentityOf(req);
        const sent = await requestEmailCode(api.accounts, guest.externalId, body.email, body.locale ?? localeOf(req));
        return { status: 202, body: { expiresAt: sent.expiresAt.toISOString() } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/widget/email-code/verify",
      summary: "Sign up or sign in with the code: the guest's history follows",
      description:
        "A new address makes the guest a member with it; an address that has an account moves the guest's conversations, messages and listings into it. Answers tokens for that member.",
      tags,
      auth: "none",
      before: codeLimits.verify,
      body: z.strictObject({ site: SiteKey, email: Email, code: z.string().max(20) }),
      responses: { 200: { description: "Signed in", schema: WidgetSession } },
      async handler({ req, body }) {
        await assertSiteOrigin(origins, req, body.site);
        const guest = guestIdentityOf(req);
        const signedIn = await verifyEmailCode(api.accounts, guest.externalId, body.email, body.code.trim(), req.get("user-agent"));
        return {
          status: 200,
          body: { kind: "member", user: signedIn.user, accessToken: signedIn.accessToken, refreshToken: signedIn.refreshToken },
        };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/admin/widget/sites",
      summary: "Create a widget site (admins); its identity secret is shown once",
      tags: ["admin"],
      auth: "user",
      apiTokens: false,
      body: CreateSiteInput,
      responses: {
        201: {
          description: "Created",
          schema: z.object({ site: Site, secret: z.string().describe("Signs identity JWTs (HS256); shown once") }),
        },
        403: { description: "Not an admin" },
      },
      async handler({ body, caller }) {
        await assertAdmin(api.core.db.prisma, caller!.userId);
        const created = await createSite(sites, body);
        await origins.refresh();
        return { status: 201, body: created };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/admin/widget/sites",
      summary: "Widget sites (admins)",
      tags: ["admin"],
      auth: "user",
      responses: { 200: { description: "Sites", schema: z.object({ items: z.array(Site) }) }, 403: { description: "Not an admin" } },
      async handler({ caller }) {
        await assertAdmin(api.core.db.prisma, caller!.userId);
        return { status: 200, body: { items: await listSites(sites) } };
      },
    }),
  ];
}
