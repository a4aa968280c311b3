/**
 * The pages emailed links open: /auth/verify-email, /auth/reset-password and
 * /auth/undo-email-change. Plain HTML forms (no script, so the strict CSP holds), in the
 * reader's language, posting the token to the same core functions the REST API uses.
 */
import * as accounts from "@relais/core/accounts/accounts";
import { emailTokenLocale } from "@relais/core/accounts/email-tokens";
import { DomainError } from "@relais/core/errors/domain";
import { type Locale, localeFromAcceptLanguage, type MessageKey, t } from "@relais/core/i18n/messages";
import { escapeHtml } from "@relais/core/text/html";
import express, { type Request, type Response, Router } from "express";
import type { ApiContext } from "../http/api-context.ts";
import { ICON_LINK } from "./site-icon.ts";

function page(res: Response, locale: Locale, status: number, title: string, inner: string) {
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · Relais</title>${ICON_LINK}` +
        `<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}input,button{font:inherit;padding:.5rem;margin:.25rem 0;width:100%}</style></head>` +
        `<body><h1>${escapeHtml(title)}</h1>${inner}</body></html>`,
    );
}

const tokenField = (token: string) => `<input type="hidden" name="token" value="${escapeHtml(token)}">`;

export function accountPages(api: ApiContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: "4kb" });
  const browserLocale = (req: Request) => localeFromAcceptLanguage(req.get("accept-language"), "fr");
  /** The member's own language when the link names them, else the browser's. */
  const localeOf = async (req: Request, token: string | undefined): Promise<Locale> =>
    (token ? await emailTokenLocale(api.accounts, token) : undefined) ?? browserLocale(req);
  /** Where a member goes next: the web app, in their language. */
  const appLink = (locale: Locale) => `<p><a href="/app?lang=${locale}">${escapeHtml(t("page_open_app", locale))}</a></p>`;
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

  /** One emailed link: GET shows the form carrying its token, POST runs the core function. */
  const linkPage = (
    path: string,
    text: { title: MessageKey; intro?: MessageKey; button: MessageKey; done: MessageKey },
    withPassword: boolean,
    act: (token: string, password: string) => Promise<unknown>,
  ) => {
    router.get(path, async (req, res) => {
      const token = tokenOf(req.query.token);
      const locale = await localeOf(req, token);
      if (!token) return page(res, locale, 400, t(text.title, locale), `<p>${t("page_missing_token", locale)}</p>`);
      const intro = text.intro ? `<p>${t(text.intro, locale)}</p>` : "";
      const password = withPassword
        ? `<label>${t("page_reset_label", locale)}<input type="password" name="password" autocomplete="new-password" required minlength="10"></label>`
        : "";
      page(
        res,
        locale,
        200,
        t(text.title, locale),
        `${intro}<form method="post">${tokenField(token)}${password}<button>${t(text.button, locale)}</button></form>`,
      );
    });
    router.post(path, form, async (req, res) => {
      const token = tokenOf(req.body?.token);
      const locale = await localeOf(req, token);
      try {
        const password = typeof req.body?.password === "string" ? req.body.password.slice(0, 1024) : "";
        await act(token ?? "", password);
        page(res, locale, 200, t(text.title, locale), `<p role="status">${t(text.done, locale)}</p>${appLink(locale)}`);
      } catch (error) {
        failure(res, locale, t(text.title, locale), error);
      }
    });
  };

  linkPage("/auth/verify-email", { title: "page_verify_title", button: "page_verify_button", done: "page_verified" }, false, (token) =>
    accounts.verifyEmail(api.accounts, token),
  );
  linkPage(
    "/auth/reset-password",
    { title: "page_reset_title", button: "page_reset_button", done: "page_reset_done" },
    true,
    (token, password) => accounts.resetPassword(api.accounts, token, password),
  );
  linkPage(
    "/auth/undo-email-change",
    { title: "page_undo_title", intro: "page_undo_intro", button: "page_undo_button", done: "page_undo_done" },
    true,
    (token, password) => accounts.undoEmailChange(api.accounts, token, password),
  );
  return router;
}
