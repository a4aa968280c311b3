/**
 * Website-widget sites: a site is what `<script src=".../widget.js" data-site="<key>">` names.
 * It lists the exact origins allowed to use the widget (the API answers no other), its looks
 * and default language, and a secret with which the host signs its own users in (identity.ts).
 * The secret is sealed at rest with RELAIS_ENCRYPTION_KEY, like chat installations.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Prisma, PrismaClient, WidgetSite } from "../db/generated/client.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { Conflict, Invalid, NotFound } from "../errors/domain.ts";
import { open, seal } from "../installations/secret-box.ts";

export type SitesContext = { prisma: PrismaClient; encryptionKey: Uint8Array };

/** The site `npm start` creates so `/` and `/app` work at once: it accepts PUBLIC_URL's origin. */
export const DEMO_SITE_KEY = "demo";

const SITE_KEY = /^[a-z0-9][a-z0-9_-]{2,62}$/;
const SITE_KEY_RULE = "3 to 63 characters among a-z 0-9 _ -, starting with a letter or digit (e.g. my-shop)";

/** An origin exactly as browsers send it: scheme, host, port when not the default; nothing else. */
export const Origin = z
  .string()
  .trim()
  .max(200)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value.replace(/\/$/, "");
    } catch {
      return false;
    }
  }, "an origin like https://example.org (scheme and host, a port if needed; no path, no wildcard)")
  .transform((value) => value.replace(/\/$/, ""));

export const SiteTheme = z.strictObject({
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional()
    .describe("Brand colour, #RRGGBB"),
  position: z.enum(["right", "left"]).optional(),
  scheme: z.enum(["light", "dark", "auto"]).optional(),
});
export type SiteTheme = z.infer<typeof SiteTheme>;

export const CreateSiteInput = z.strictObject({
  key: z.string().regex(SITE_KEY, SITE_KEY_RULE).optional().describe("3–63 of a-z 0-9 _ -; drawn at random when absent"),
  name: z.string().trim().min(1).max(120),
  allowedOrigins: z.array(Origin).min(1).max(50),
  theme: SiteTheme.optional(),
  defaultLocale: z.enum(["fr", "en"]).optional(),
});
export type CreateSiteInput = z.input<typeof CreateSiteInput>;

export type SiteView = {
  key: string;
  name: string;
  allowedOrigins: string[];
  theme: SiteTheme;
  defaultLocale: "fr" | "en";
  createdAt: string;
};

const contextOf = (key: string) => `widget-site:${key}`;

export function toSiteView(row: WidgetSite): SiteView {
  const theme = SiteTheme.safeParse(row.theme);
  return {
    key: row.key,
    name: row.name,
    allowedOrigins: row.allowedOrigins,
    theme: theme.success ? theme.data : {},
    defaultLocale: row.defaultLocale,
    createdAt: row.createdAt.toISOString(),
  };
}

const invalid = (error: z.ZodError) =>
  new Invalid(
    "invalid_request",
    error.issues.map((issue) => ({ field: issue.path.join(".") || "site", code: "field_invalid" as const })),
  );

/** Creates a site; its identity secret is returned this once (it is stored sealed). */
export async function createSite(ctx: SitesContext, input: CreateSiteInput): Promise<{ site: SiteView; secret: string }> {
  const parsed = CreateSiteInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { name, allowedOrigins, theme = {}, defaultLocale = "fr" } = parsed.data;
  const key =
    parsed.data.key ??
    `site_${randomBytes(9)
      .toString("base64url")
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "0")}`;
  const secret = randomBytes(32).toString("base64url");
  if (await ctx.prisma.widgetSite.findUnique({ where: { key }, select: { id: true } })) throw new Conflict("widget_site_exists", { key });
  const row = await ctx.prisma.widgetSite
    .create({
      data: {
        key,
        name,
        allowedOrigins: [...new Set(allowedOrigins)],
        theme: theme as Prisma.InputJsonValue,
        defaultLocale,
        secret: seal(ctx.encryptionKey, secret, contextOf(key)),
      },
    })
    .catch((error: unknown) => {
      // Created by another request or instance between the check and this write.
      throw isUniqueViolation(error) ? new Conflict("widget_site_exists", { key }) : error;
    });
  return { site: toSiteView(row), secret };
}

export async function findSite(ctx: Pick<SitesContext, "prisma">, key: string): Promise<SiteView | null> {
  if (!SITE_KEY.test(key)) return null;
  const row = await ctx.prisma.widgetSite.findUnique({ where: { key } });
  return row ? toSiteView(row) : null;
}

export async function listSites(ctx: Pick<SitesContext, "prisma">): Promise<SiteView[]> {
  const rows = await ctx.prisma.widgetSite.findMany({ orderBy: { createdAt: "asc" } });
  return rows.map(toSiteView);
}

/** The site's identity secret, opened; NotFound for an unknown key. */
export async function siteSecret(ctx: SitesContext, key: string): Promise<Uint8Array> {
  const row = SITE_KEY.test(key) ? await ctx.prisma.widgetSite.findUnique({ where: { key }, select: { secret: true } }) : null;
  if (!row) throw new NotFound("widget_site_not_found", { key });
  return new TextEncoder().encode(open(ctx.encryptionKey, row.secret, contextOf(key)));
}

/** Every origin some site accepts (the CORS allowlist of the widget's requests). */
export async function allOriginsOfSites(ctx: Pick<SitesContext, "prisma">): Promise<Set<string>> {
  const rows = await ctx.prisma.widgetSite.findMany({ select: { allowedOrigins: true } });
  return new Set(rows.flatMap((row) => row.allowedOrigins));
}

/**
 * The demo site of `npm start`'s own pages: created on first start, and PUBLIC_URL's origin
 * added when PUBLIC_URL changed since (earlier origins stay until an admin removes them).
 */
export async function ensureDemoSite(ctx: SitesContext, publicUrl: string): Promise<SiteView> {
  const origin = new URL(publicUrl).origin;
  const existing = await ctx.prisma.widgetSite.findUnique({ where: { key: DEMO_SITE_KEY } });
  if (!existing) {
    try {
      return (await createSite(ctx, { key: DEMO_SITE_KEY, name: "Relais", allowedOrigins: [origin], defaultLocale: "fr" })).site;
    } catch (error) {
      // Another process created it at the same moment.
      if (!(error instanceof Conflict)) throw error;
      return ensureDemoSite(ctx, publicUrl);
    }
  }
  if (existing.allowedOrigins.includes(origin)) return toSiteView(existing);
  const row = await ctx.prisma.widgetSite.update({
    where: { key: DEMO_SITE_KEY },
    data: { allowedOrigins: [...existing.allowedOrigins, origin] },
  });
  return toSiteView(row);
}
