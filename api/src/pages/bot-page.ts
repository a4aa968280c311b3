/**
 * /about/bot: the page the missions bot's User-Agent points job boards at (MISSIONS_CONTACT_URL's
 * default) — what RelaisBot is, what it reads and how often with this configuration, and how to
 * reach the admin. French or English by `?lang=` or Accept-Language; plain HTML, no script.
 */
import type { Config } from "@relais/core/config/index";
import { type Locale, localeFromAcceptLanguage, t } from "@relais/core/i18n/messages";
import { SOURCE_NAMES } from "@relais/core/missions/offer";
import { syncPlan } from "@relais/core/missions/schedule";
import { sourceState } from "@relais/core/missions/sync";
import { escapeHtml } from "@relais/core/text/html";
import { type Request, Router } from "express";
import { ICON_LINK } from "./site-icon.ts";

const localeOf = (req: Request): Locale =>
  req.query.lang === "fr" || req.query.lang === "en" ? req.query.lang : localeFromAcceptLanguage(req.get("accept-language"), "en");

/** The boards that run with this configuration, with their cadence (or only on an admin's request). */
function boardLines(config: Config, locale: Locale): string[] {
  return SOURCE_NAMES.filter((board) => sourceState(config.missions, board) === null).map((board) =>
    config.missions.schedule
      ? t("bot_page_every", locale, { board, minutes: syncPlan(board, config.missions).everyMinutes })
      : t("bot_page_on_demand", locale, { board }),
  );
}

export function botPage(config: Config): Router {
  const router = Router();
  router.get("/about/bot", (req, res) => {
    const locale = localeOf(req);
    const text = (key: Parameters<typeof t>[0], params?: Record<string, string | number>) => escapeHtml(t(key, locale, params));
    const boards = boardLines(config, locale);
    const email = config.missions.contactEmail;
    const contact = email
      ? `${text("bot_page_contact")} <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>`
      : text("bot_page_no_contact");
    res
      .status(200)
      .type("html")
      .set({ "Content-Language": locale, "Cache-Control": "public, max-age=3600", Vary: "Accept-Language" })
      .send(
        `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${text("bot_page_title")}</title>${ICON_LINK}` +
          `<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head>` +
          `<body><h1>${text("bot_page_title")}</h1><p>${text("bot_page_what", { host: new URL(config.publicUrl).host })}</p><p>${text("bot_page_reads")}</p>` +
          (boards.length > 0
            ? `<p>${text("bot_page_boards")}</p><ul>${boards.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`
            : `<p>${text("bot_page_no_board")}</p>`) +
          `<p>${contact}</p></body></html>`,
      );
  });
  return router;
}
