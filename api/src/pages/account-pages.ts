/**
 * The pages emailed links open: /auth/verify-email, /auth/reset-password and
 * /auth/undo-email-change. Plain HTML
 * forms (no script, so the strict CSP holds), in the reader's language, posting the token to
 * the same core functions the REST API uses.
 */
import * as accounts from "@relais/core/accounts/accounts";
import { DomainError } from "@relais/core/errors/domain";
import { type Locale, localeFromAcceptLanguage, type MessageKey, t } from "@relais/core/i18n/messages";
import { escapeHtml } from "@relais/core/text/html";
import express, { type Request, type Response, Router } from "express";
import type { ApiContext } from "../http/api-context.ts";

function page(res: Response, locale: Locale, status: number, title: string, inner: string) {
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · Relais</title>` +
        `<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}input,button{font:inherit;padding:.5rem;margin:.25rem 0;width:100%}</style></head>` +
        `<body><h1>${escapeHtml(title)}</h1>${inner}</body></html>`,
    );
}

const tokenField = (token: string) => `<input type="hidden" name="token" value="${escapeHtml(token)}">`;

export function accountPages(api: ApiContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: "4kb" });
  const localeOf = (req: Request) => localeFromAcceptLanguage(req.get("accept-language"), "fr");
  const failure = (res: Response, locale: Locale, title: string, error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
    const messages =
      error instanceof DomainError && "fields" in error
        ? (error.fields as { code: MessageKey; params?: Record<string, string | number> }[])
        : [];
    const detail = messages.length > 0 ? messages.map((f) => t(f.code, locale, f.params)).join(" ") : t(error.code, locale, error.params);
    page(res, locale, 400, title, `<p role="alert">${escapeHtml(detail)}</p>`);
  };
  const tokenOf = (value: unknown) => (typeof value === "string" && value.length >= 10 && value.length <= 200 ? value : undefined);

  router.get("/auth/verify-email", (req, res) => {
    const locale = localeOf(req);
    const token = tokenOf(req.query.token);
    if (!token) return page(res, locale, 400, t("page_verify_title", locale), `<p>${t("page_missing_token", locale)}</p>`);
    page(
      res,
      locale,
      200,
      t("page_verify_title", locale),
      `<form method="post">${tokenField(token)}<button>${t("page_verify_button", locale)}</button></form>`,
    );
  });
  router.post("/auth/verify-email", form, async (req, res) => {
    const locale = localeOf(req);
    try {
      await accounts.verifyEmail(api.accounts, tokenOf(req.body?.token) ?? "");
      page(res, locale, 200, t("page_verify_title", locale), `<p role="status">${t("page_verified", locale)}</p>`);
    } catch (error) {
      failure(res, locale, t("page_verify_title", locale), error);
    }
  });
  router.get("/auth/reset-password", (req, res) => {
    const locale = localeOf(req);
    const token = tokenOf(req.query.token);
    if (!token) return page(res, locale, 400, t("page_reset_title", locale), `<p>${t("page_missing_token", locale)}</p>`);
    page(
      res,
      locale,
      200,
      t("page_reset_title", locale),
      `<form method="post">${tokenField(token)}<label>${t("page_reset_label", locale)}<input type="password" name="password" autocomplete="new-password" required minlength="10"></label><button>${t("page_reset_button", locale)}</button></form>`,
    );
  });
  router.post("/auth/reset-password", form, async (req, res) => {
    const locale = localeOf(req);
    try {
      const password = typeof req.body?.password === "string" ? req.body.password.slice(0, 1024) : "";
      await accounts.resetPassword(api.accounts, tokenOf(req.body?.token) ?? "", password);
      page(res, locale, 200, t("page_reset_title", locale), `<p role="status">${t("page_reset_done", locale)}</p>`);
    } catch (error) {
      failure(res, locale, t("page_reset_title", locale), error);
    }
  });
  router.get("/auth/undo-email-change", (req, res) => {
    const locale = localeOf(req);
    const token = tokenOf(req.query.token);
    if (!token) return page(res, locale, 400, t("page_undo_title", locale), `<p>${t("page_missing_token", locale)}</p>`);
    page(
      res,
      locale,
      200,
      t("page_undo_title", locale),
      `<p>${t("page_undo_intro", locale)}</p><form method="post">${tokenField(token)}<label>${t("page_reset_label", locale)}<input type="password" name="password" autocomplete="new-password" required minlength="10"></label><button>${t("page_undo_button", locale)}</button></form>`,
    );
  });
  router.post("/auth/undo-email-change", form, async (req, res) => {
    const locale = localeOf(req);
    try {
      const password = typeof req.body?.password === "string" ? req.body.password.slice(0, 1024) : "";
      await accounts.undoEmailChange(api.accounts, tokenOf(req.body?.token) ?? "", password);
      page(res, locale, 200, t("page_undo_title", locale), `<p role="status">${t("page_undo_done", locale)}</p>`);
    } catch (error) {
      failure(res, locale, t("page_undo_title", locale), error);
    }
  });
  return router;
}
