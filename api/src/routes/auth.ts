/** /api/v1/auth: sign-up, sign-in, token refresh, sign-out, email verification, passwords. */
import * as accounts from "@relais/core/accounts/accounts";
import { revokeSession, rotateSession, sessionOfRefreshToken } from "@relais/core/accounts/sessions";
import { Unauthorized } from "@relais/core/errors/domain";
import type { Request, Response } from "express";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { localeOf } from "../http/problem.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import type { RateLimiters } from "../http/security.ts";
import { readSessionCookie, type SessionCookies } from "../http/session-cookie.ts";
import { DisplayName, Email, Locale, Password, SessionMode, SignedIn, Tokens } from "./schemas.ts";

type Deps = { api: ApiContext; cookies: SessionCookies; limits: RateLimiters };

/** Puts the refresh token where the client asked for it. */
function deliver(
  deps: Deps,
  req: Request,
  res: Response,
  mode: "token" | "cookie",
  session: { sessionId: string; refreshToken: string; accessToken: string },
) {
  if (mode === "cookie") {
    const csrfToken = deps.cookies.set(req, res, session, deps.api.config.auth.refreshTokenTtlDays);
    return { accessToken: session.accessToken, csrfToken };
  }
  return { accessToken: session.accessToken, refreshToken: session.refreshToken };
}

export function authRoutes(deps: Deps): AnyRoute[] {
  const { api, cookies, limits } = deps;
  const ctx = api.accounts;
  const tags = ["auth"];
  return [
    defineRoute({
      method: "post",
      path: "/api/v1/auth/register",
      summary: "Create an account with email and password",
      description: "Sends a verification email. A weak password is refused with the reason.",
      tags,
      auth: "none",
      before: [limits.signup],
      body: z.strictObject({
        email: Email,
        password: Password,
        name: DisplayName,
        locale: Locale.optional(),
        session: SessionMode,
      }),
      responses: {
        201: { description: "Account created and signed in", schema: SignedIn },
        409: { description: "Email already registered" },
      },
      async handler({ req, res, body }) {
        const signedIn = await accounts.register(ctx, { ...body, locale: body.locale ?? localeOf(req) }, req.get("user-agent"));
        return { status: 201, body: { user: signedIn.user, ...deliver(deps, req, res, body.session, signedIn) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/login",
      summary: "Sign in with email and password",
      description:
        "Same 401 for an unknown email and a wrong password. Repeated failures for one IP and email, or for one IP across emails, get 429.",
      tags,
      auth: "none",
      before: limits.login,
      body: z.strictObject({ email: Email, password: Password, session: SessionMode }),
      responses: { 200: { description: "Signed in", schema: SignedIn } },
      async handler({ req, res, body }) {
        const signedIn = await accounts.login(ctx, body, req.get("user-agent"));
        return { status: 200, body: { user: signedIn.user, ...deliver(deps, req, res, body.session, signedIn) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/refresh",
      summary: "Exchange a refresh token for new tokens (rotation)",
      description:
        "Each refresh token works once. Presenting one again revokes its whole session. Without a body token, the session cookie is used and `X-CSRF-Token` is required.",
      tags,
      auth: "none",
      body: z.strictObject({ refreshToken: z.string().min(10).max(200).optional() }).optional(),
      responses: { 200: { description: "New tokens", schema: Tokens } },
      async handler({ req, res, body }) {
        if (body?.refreshToken) {
          const rotated = await rotateSession(ctx, body.refreshToken);
          return { status: 200, body: { accessToken: rotated.accessToken, refreshToken: rotated.refreshToken } };
        }
        const cookie = readSessionCookie(req);
        if (!cookie) throw new Unauthorized("invalid_refresh_token");
        cookies.assertCsrf(req);
        try {
          const rotated = await rotateSession(ctx, cookie.refreshToken);
          return { status: 200, body: deliver(deps, req, res, "cookie", rotated) };
        } catch (error) {
          cookies.clear(res);
          throw error;
        }
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/logout",
      summary: "Sign out (end this session)",
      description:
        "Ends the session of the bearer access token, of the given refresh token, or of the session cookie (with `X-CSRF-Token`).",
      tags,
      auth: "optional",
      apiTokens: false,
      body: z.strictObject({ refreshToken: z.string().min(10).max(200).optional() }).optional(),
      responses: { 204: { description: "Signed out" } },
      async handler({ req, res, body, caller }) {
        if (caller?.kind === "session") {
          await revokeSession(ctx, caller.sessionId, "logout");
        } else if (body?.refreshToken) {
          const session = await sessionOfRefreshToken(ctx, body.refreshToken);
          if (!session) throw new Unauthorized("invalid_refresh_token");
          await revokeSession(ctx, session.sessionId, "logout");
        } else {
          const cookie = readSessionCookie(req);
          if (!cookie) throw new Unauthorized("unauthenticated");
          cookies.assertCsrf(req);
          const session = await sessionOfRefreshToken(ctx, cookie.refreshToken);
          if (session) await revokeSession(ctx, session.sessionId, "logout");
        }
        cookies.clear(res);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/auth/csrf",
      summary: "A CSRF token for the current session cookie",
      tags,
      auth: "none",
      responses: {
        200: { description: "Token to send as X-CSRF-Token", schema: z.object({ csrfToken: z.string() }).meta({ id: "CsrfToken" }) },
      },
      async handler({ req, res }) {
        if (!readSessionCookie(req)) throw new Unauthorized("unauthenticated");
        return { status: 200, body: { csrfToken: cookies.csrfToken(req, res) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/verify-email",
      summary: "Confirm an email address with the emailed token",
      tags,
      auth: "none",
      body: z.strictObject({ token: z.string().min(10).max(200) }),
      responses: { 200: { description: "Email verified", schema: z.object({ user: SignedIn.shape.user }) } },
      async handler({ body }) {
        return { status: 200, body: { user: await accounts.verifyEmail(ctx, body.token) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/resend-verification",
      summary: "Send the verification email again",
      tags,
      auth: "user",
      apiTokens: false,
      responses: { 202: { description: "Email sent" } },
      async handler({ caller }) {
        await accounts.resendVerification(ctx, caller!.userId);
        return { status: 202 };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/forgot-password",
      summary: "Email a password-reset link",
      description:
        "Always 202, whether or not the email has an account, and answered before the account is looked up (the email follows through the outbox).",
      tags,
      auth: "none",
      before: [limits.passwordReset],
      body: z.strictObject({ email: Email }),
      responses: { 202: { description: "If the account exists, a link was sent" } },
      async handler({ res, body }) {
        // The same work for every address before answering (none): looking the account up and
        // writing the email to the outbox happen once the answer is sent, so timing tells nothing.
        res.once("finish", () => {
          accounts.forgotPassword(ctx, body.email).catch((error) => api.logger.error({ err: error }, "password reset request failed"));
        });
        return { status: 202 };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/reset-password",
      summary: "Choose a new password with the emailed token",
      description:
        "The token works once and expires after an hour. Every session of the account is ended and its personal access tokens are revoked.",
      tags,
      auth: "none",
      body: z.strictObject({ token: z.string().min(10).max(200), password: Password }),
      responses: { 204: { description: "Password changed; sign in again" } },
      async handler({ body }) {
        await accounts.resetPassword(ctx, body.token, body.password);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/undo-email-change",
      summary: "Take back the previous email address with the link sent to it",
      description:
        "The link in the notice sent to the previous address when the email changes (valid 7 days, once). Puts that address back as verified, sets this new password, ends every session and revokes personal access tokens.",
      tags,
      auth: "none",
      body: z.strictObject({ token: z.string().min(10).max(200), password: Password }),
      responses: {
        200: { description: "Address restored; sign in again", schema: z.object({ user: SignedIn.shape.user }) },
        409: { description: "Another account took that address meanwhile" },
      },
      async handler({ body }) {
        return { status: 200, body: { user: await accounts.undoEmailChange(ctx, body.token, body.password) } };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/auth/change-password",
      summary: "Change the password",
      description: "Other sessions are ended and personal access tokens revoked; this session stays.",
      tags,
      auth: "user",
      apiTokens: false,
      body: z.strictObject({ currentPassword: Password, newPassword: Password }),
      responses: { 204: { description: "Password changed" } },
      async handler({ body, caller }) {
        if (caller?.kind !== "session") throw new Unauthorized("unauthenticated");
        await accounts.changePassword(ctx, caller.userId, caller.sessionId, body);
        return { status: 204 };
      },
    }),
  ];
}
