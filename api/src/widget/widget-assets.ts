/**
 * The website widget's files and the web app, served by the API: `/widget.js` (the launcher a
 * page embeds; cached 5 minutes so a new release reaches every page soon), the panel at
 * `/widget/<version>/panel.js` (named by its content hash, cached for a year, immutable), and
 * the pages `/` (the community page embedding the widget with a plain script tag) and `/app`
 * (the same widget full page). The pages run under the strict CSP the widget promises to
 * respect: `default-src 'self'; style-src 'self'; script-src 'self'`.
 */
import type { Locale } from "@relais/core/i18n/messages";
import { localeFromAcceptLanguage, t } from "@relais/core/i18n/messages";
import { escapeHtml } from "@relais/core/text/html";
import { DEMO_SITE_KEY } from "@relais/core/widget/sites";
import { panelPath, type WidgetBuild } from "@relais/widget/build";
import { type Request, type Response, Router } from "express";
import type { Logger } from "pino";
import { ICON_LINK } from "../pages/site-icon.ts";

export const PAGE_CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

const PAGE_CSS = `
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1f;background:#f6f6f9}
header,main{max-width:44rem;margin:0 auto;padding:1rem 1.25rem}
header{display:flex;justify-content:space-between;align-items:center}
header a{color:#1d4fb8}
h1{font-size:1.7rem;line-height:1.25}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
main a.app{display:inline-block;margin-top:1rem;padding:.6rem 1rem;border-radius:8px;background:#1d5bd6;color:#fff;text-decoration:none}
`;

const localeOfPage = (req: Request): Locale => {
  const asked = req.query.lang;
  if (asked === "fr" || asked === "en") return asked;
  return localeFromAcceptLanguage(req.get("accept-language"), "fr");
};

function page(res: Response, locale: Locale, title: string, body: string, script: string) {
  res
    .status(200)
    .type("html")
    .set({ "Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache" })
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
        `<title>${escapeHtml(title)}</title>${ICON_LINK}<link rel="stylesheet" href="/site.css"></head><body>${body}` +
        `<noscript><p>${escapeHtml(t("web_noscript", locale))}</p></noscript>${script}</body></html>`,
    );
}

export function widgetAssets(build: Promise<WidgetBuild>, logger: Logger): Router {
  const router = Router();
  build.catch((error) => logger.error({ err: error }, "the widget could not be built: /widget.js answers 503"));
  const built = async (res: Response) => {
    try {
      return await build;
    } catch {
      res.status(503).set("Retry-After", "60").type("text/plain").send("widget unavailable");
      return undefined;
    }
  };
  const script = (res: Response, body: Buffer, cache: string) =>
    res
      .status(200)
      .type("text/javascript; charset=utf-8")
      // Any page may load the widget's scripts; what they may then ask is decided per site.
      .set({ "Cache-Control": cache, "Cross-Origin-Resource-Policy": "cross-origin" })
      .send(body);

  router.get("/widget.js", async (_req, res) => {
    const widget = await built(res);
    if (widget) script(res, widget.launcher, "public, max-age=300");
  });
  router.get("/widget/:version/panel.js", async (req, res, next) => {
    const widget = await built(res);
    if (!widget) return;
    if (req.path !== panelPath(widget.version)) return next();
    script(res, widget.panel, "public, max-age=31536000, immutable");
  });
  router.get("/site.css", (_req, res) => {
    res.type("text/css; charset=utf-8").set("Cache-Control", "public, max-age=3600").send(PAGE_CSS);
  });

  const embed = (locale: Locale, mode?: "page") =>
    `<script src="/widget.js" data-site="${DEMO_SITE_KEY}" data-locale="${locale}"${mode ? ` data-mode="${mode}"` : ""} async></script>`;

  router.get("/", (req, res) => {
    const locale = localeOfPage(req);
    const other: Locale = locale === "fr" ? "en" : "fr";
    page(
      res,
      locale,
      t("web_home_title", locale),
      `<header><strong>Relais</strong><a href="/?lang=${other}" lang="${other}" hreflang="${other}">${escapeHtml(t("web_home_other_language", locale))}</a></header>` +
        `<main><h1>${escapeHtml(t("web_home_title", locale))}</h1><p>${escapeHtml(t("web_home_intro", locale))}</p>` +
        `<p>${escapeHtml(t("web_home_how", locale))}</p><a class="app" href="/app?lang=${locale}">${escapeHtml(t("web_home_app", locale))}</a></main>`,
      embed(locale),
    );
  });
  router.get("/app", (req, res) => {
    const locale = localeOfPage(req);
    page(
      res,
      locale,
      t("web_app_title", locale),
      `<h1 class="sr-only">${escapeHtml(t("web_app_title", locale))}</h1>`,
      embed(locale, "page"),
    );
  });
  return router;
}
