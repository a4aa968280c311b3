/**
 * RFC 9457 problem details. Every error the API returns is `application/problem+json`, in
 * the reader's language, with `errors[]` naming each invalid field. Domain errors are mapped
 * here, once.
 */
import { fieldErrorsOf as commandFieldErrors } from "@relais/core/commands/parse-command";
import { DomainError, type FieldError, Invalid, RateLimited } from "@relais/core/errors/domain";
import { type Locale, type MessageKey, t } from "@relais/core/i18n/messages";
import type { Request, Response } from "express";
import { z } from "zod";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.string().optional() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

export type Problem = z.infer<typeof ProblemSchema>;

/** `title` in the reader's language, as `detail` is (issue 13): one key per status. */
const TITLED_STATUSES = new Set([400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503]);
const titleOf = (status: number, locale: Locale) =>
  t(TITLED_STATUSES.has(status) ? (`http_title_${status}` as MessageKey) : "http_title_other", locale);

const STATUS_OF_KIND: Record<DomainError["kind"], number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

export class HttpProblem extends Error {
  readonly status: number;
  readonly code: MessageKey;
  readonly params: Record<string, string | number>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: MessageKey,
    params: Record<string, string | number> = {},
    headers: Record<string, string> = {},
    options?: ErrorOptions,
  ) {
    super(code, options);
    this.status = status;
    this.code = code;
    this.params = params;
    this.headers = headers;
  }
}

export function localeOf(req: Request): Locale {
  return (req as Request & { locale?: Locale }).locale ?? "en";
}

export function problem(
  req: Request,
  status: number,
  code: MessageKey,
  params: Record<string, string | number> = {},
  errors?: Problem["errors"],
): Problem {
  return {
    type: "about:blank",
    title: titleOf(status, localeOf(req)),
    status,
    detail: t(code, localeOf(req), params),
    instance: req.originalUrl.split("?")[0],
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(res: Response, body: Problem, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(body.status).type("application/problem+json").send(JSON.stringify(body));
}

/** Domain and HTTP errors → problem; anything else is ours: 500, logged by the caller. */
export function problemFromError(req: Request, error: unknown): { body: Problem; headers: Record<string, string> } | undefined {
  if (error instanceof HttpProblem) return { body: problem(req, error.status, error.code, error.params), headers: error.headers };
  if (error instanceof DomainError) {
    const status = STATUS_OF_KIND[error.kind];
    const locale = localeOf(req);
    const errors =
      error instanceof Invalid
        ? error.fields.map((f) => ({ field: requestPathOf(req, f.field), code: f.code, message: fieldMessage(f, locale) }))
        : undefined;
    const headers: Record<string, string> = error instanceof RateLimited ? { "Retry-After": String(error.retryAfterSeconds) } : {};
    return { body: problem(req, status, error.code, error.params, errors), headers };
  }
  return undefined;
}

const LOCATIONS = ["params", "query", "body"] as const;

/**
 * One convention for `errors[].field` on every route: where the value was sent, then its path
 * (`body.price.amount`, `query.cursor`, `params.id`), as zod refusals already say. Core names a
 * command's field (`location.place`): it is found where the request carried it, else in the
 * body (the query for reads).
 */
export function requestPathOf(req: Request, field: string): string {
  const [top = ""] = field.split(".");
  if ((LOCATIONS as readonly string[]).includes(top) || top === "header" || top === "headers") return field;
  const carried = LOCATIONS.find((where) => {
    const value: unknown = req[where];
    return typeof value === "object" && value !== null && Object.hasOwn(value, top);
  });
  const where = carried ?? (req.method === "GET" || req.method === "DELETE" ? "query" : "body");
  return field ? `${where}.${field}` : where;
}

/** zod issues → field errors in the reader's language (the same keys chat uses). */
export function fieldErrorsOf(req: Request, where: "body" | "query" | "params", error: z.ZodError): Problem["errors"] {
  const locale = localeOf(req);
  return commandFieldErrors(error, where).map((f) => ({ field: f.field, code: f.code, message: fieldMessage(f, locale) }));
}

function fieldMessage({ code, params = {} }: FieldError, locale: Locale): string {
  return code === "field_invalid" && params.detail ? `${t("field_invalid", locale)} ${params.detail}` : t(code, locale, params);
}
