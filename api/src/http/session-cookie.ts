/**
 * Browser sessions may keep the refresh token in an httpOnly cookie instead of JavaScript.
 * Requests authenticated by that cookie change state only with a CSRF token (csrf-csrf double
 * submit), bound to the session: the cookie holds "<sessionId>.<refreshToken>" so the binding
 * survives token rotation.
 */
import { doubleCsrf } from "csrf-csrf";
import type { Request, Response } from "express";
import type { ApiContext } from "./api-context.ts";
import { HttpProblem } from "./problem.ts";

export const REFRESH_COOKIE = "relais_session";
export const CSRF_HEADER = "x-csrf-token";

export type SessionCookie = { sessionId: string; refreshToken: string };

export function readSessionCookie(req: Request): SessionCookie | undefined {
  const value = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
  if (typeof value !== "string") return undefined;
  const dot = value.indexOf(".");
  if (dot <= 0) return undefined;
  return { sessionId: value.slice(0, dot), refreshToken: value.slice(dot + 1) };
}

export function createSessionCookies(api: ApiContext) {
  const secure = api.config.publicUrl.startsWith("https://");
  const cookieOptions = { httpOnly: true, secure, sameSite: "strict" as const, path: "/api/v1/auth" };
  const { generateCsrfToken, validateRequest } = doubleCsrf({
    getSecret: () => Buffer.from(api.accounts.jwtSecret).toString("base64"),
    getSessionIdentifier: (req) => readSessionCookie(req)?.sessionId ?? "",
    cookieName: secure ? "__Host-relais_csrf" : "relais_csrf",
    cookieOptions: { httpOnly: true, secure, sameSite: "strict", path: "/" },
    getCsrfTokenFromRequest: (req) => req.headers[CSRF_HEADER],
  });

  return {
    /** Sets the session cookie and returns a CSRF token bound to it. */
    set(req: Request, res: Response, session: { sessionId: string; refreshToken: string }, maxAgeDays: number): string {
      const value = `${session.sessionId}.${session.refreshToken}`;
      res.cookie(REFRESH_COOKIE, value, { ...cookieOptions, maxAge: maxAgeDays * 86_400_000 });
      (req.cookies as Record<string, string>)[REFRESH_COOKIE] = value;
      return generateCsrfToken(req, res, { overwrite: true });
    },
    clear(res: Response): void {
      res.clearCookie(REFRESH_COOKIE, cookieOptions);
    },
    csrfToken(req: Request, res: Response): string {
      return generateCsrfToken(req, res, { overwrite: true });
    },
    /** Throws 403 unless the request carries a valid CSRF token for its session cookie. */
    assertCsrf(req: Request): void {
      if (!validateRequest(req)) throw new HttpProblem(403, "csrf_invalid");
    },
  };
}

export type SessionCookies = ReturnType<typeof createSessionCookies>;
