/**
 * One place defines a route: its zod input and output schemas, auth, and handler. The same
 * definition mounts it on express (validating input, shaping output) and registers it in the
 * OpenAPI 3.1 document, so the document cannot drift from the code.
 */
import type { OpenAPIRegistry, RouteConfig } from "@asteasolutions/zod-to-openapi";
import { Forbidden, Unauthorized } from "@relais/core/errors/domain";
import { t } from "@relais/core/i18n/messages";
import { unstorableTextPaths } from "@relais/core/text/storable";
import type { NextFunction, Request, RequestHandler, Response, Router } from "express";
import multer from "multer";
import { z } from "zod";
import type { ApiContext } from "./api-context.ts";
import { type Caller, identifyCaller } from "./authenticate.ts";
import { withIdempotency } from "./idempotency.ts";
import { withAbsoluteMediaUrls } from "./media-urls.ts";
import { fieldErrorsOf, HttpProblem, localeOf, ProblemSchema, problem, sendProblem } from "./problem.ts";

type Method = "get" | "post" | "patch" | "put" | "delete";

export type RouteResult = { status: number; body?: unknown; headers?: Record<string, string>; redirect?: string };

export type HandlerInput<B, Q, P> = { req: Request; res: Response; body: B; query: Q; params: P; caller: Caller | undefined };

export type RouteDefinition<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> = {
  method: Method;
  /** Express form, e.g. "/api/v1/tokens/:id". */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** "user": a member or token is required; "optional": either; "none": public. */
  auth: "user" | "optional" | "none";
  /** Personal access tokens may call it (with the "read" scope for GET, "write" otherwise). Default true. */
  apiTokens?: boolean;
  body?: B;
  query?: Q;
  params?: P;
  responses: Record<number, { description: string; schema?: z.ZodType; headers?: Record<string, string> }>;
  /**
   * Honour `Idempotency-Key` (POSTs that create things). `secretFields`: top-level response
   * fields shown once; they are not stored, and a replay answers 409 instead.
   */
  idempotent?: boolean | { secretFields: string[] };
  /** Extra middleware that runs before validation (rate limits). */
  before?: RequestHandler[];
  /** Left out of the OpenAPI document (developer-only routes are added when enabled). */
  hidden?: boolean;
  /** multipart/form-data with one file in this field (available as req.file). */
  upload?: { field: string; maxBytes: number; description: string };
  handler: (input: HandlerInput<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<RouteResult>;
};

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

const PROBLEM_RESPONSES: Record<number, string> = {
  400: "Invalid input: `errors[]` names each invalid field.",
  401: "Missing, invalid or expired credentials.",
  403: "Not allowed.",
  404: "Not found.",
  409: "Conflict with the current state.",
  429: "Rate limited: see `Retry-After`.",
};

function validate<T extends z.ZodType>(
  req: Request,
  where: "body" | "query" | "params",
  schema: T | undefined,
  value: unknown,
): z.infer<T> {
  if (!schema) return undefined as z.infer<T>;
  // Checked before the schema so no transform (trim, default) can hide or strip them.
  const unstorable = unstorableTextPaths(value);
  if (unstorable.length > 0) {
    const locale = localeOf(req);
    throw Object.assign(new HttpProblem(400, "invalid_request"), {
      fieldErrors: unstorable.map((path) => ({
        field: [where, ...path].join("."),
        code: "field_characters",
        message: t("field_characters", locale),
      })),
    });
  }
  const parsed = schema.safeParse(value ?? (where === "body" ? undefined : {}));
  if (parsed.success) return parsed.data;
  throw Object.assign(new HttpProblem(400, "invalid_request"), { fieldErrors: fieldErrorsOf(req, where, parsed.error) });
}

// biome-ignore lint/suspicious/noExplicitAny: a list of routes mixes schema types; each is checked by defineRoute.
export type AnyRoute = RouteDefinition<any, any, any>;

/** Types one route from its schemas (handler inputs are inferred), for a list of routes. */
export function defineRoute<
  B extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodUndefined,
>(route: RouteDefinition<B, Q, P>): AnyRoute {
  return route as AnyRoute;
}

export function mountRoute<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>(
  api: ApiContext,
  router: Router,
  registry: OpenAPIRegistry,
  route: RouteDefinition<B, Q, P>,
): void {
  if (!route.hidden) registry.registerPath(openApiOf(route));
  const handle = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const caller = route.auth === "none" ? undefined : await identifyCaller(api, req);
      if (route.auth === "user" && !caller) throw new Unauthorized("unauthenticated");
      if (caller?.kind === "api_token") {
        if (route.apiTokens === false) throw new Forbidden("scope_required", { scope: "session" });
        const scope = route.method === "get" ? "read" : "write";
        if (!caller.scopes.includes(scope)) throw new Forbidden("scope_required", { scope });
      }
      const body = validate(req, "body", route.body, req.body);
      const query = validate(req, "query", route.query, req.query);
      const params = validate(req, "params", route.params, req.params);
      const run = () => route.handler({ req, res, body, query, params, caller });
      const secretFields = typeof route.idempotent === "object" ? route.idempotent.secretFields : [];
      const result = route.idempotent && caller ? await withIdempotency(api, req, caller.userId, run, secretFields) : await run();
      // A streaming handler (server-sent events) has answered by itself.
      if (res.headersSent) return;
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      if (result.redirect) {
        res.redirect(result.status, result.redirect);
        return;
      }
      const schema = route.responses[result.status]?.schema;
      if (result.body === undefined || !schema) {
        res.status(result.status).end();
        return;
      }
      res.status(result.status).json(withAbsoluteMediaUrls(schema.parse(result.body), api.config.publicUrl));
    } catch (error) {
      if (error instanceof HttpProblem && "fieldErrors" in error) {
        sendProblem(res, problem(req, 400, "invalid_request", {}, error.fieldErrors as never));
        return;
      }
      next(error);
    }
  };
  const upload: RequestHandler[] = [];
  if (route.upload) {
    const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: route.upload.maxBytes, files: 1, fields: 10 } }).single(
      route.upload.field,
    );
    // A malformed multipart body is the caller's mistake: 400, not a parser crash.
    upload.push((req, res, next) =>
      parse(req, res, (error?: unknown) =>
        next(error && (error as { name?: string }).name !== "MulterError" ? new HttpProblem(400, "invalid_request") : error),
      ),
    );
  }
  router[route.method](route.path, ...(route.before ?? []), ...upload, handle);
}

function openApiOf(route: RouteDefinition<z.ZodType, z.ZodType, z.ZodType>): RouteConfig {
  const responses: RouteConfig["responses"] = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.headers
        ? {
            headers: Object.fromEntries(
              Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }]),
            ),
          }
        : {}),
      ...(response.schema ? { content: { "application/json": { schema: response.schema } } } : {}),
    };
  }
  const problems = [400, 429, ...(route.auth === "user" ? [401, 403] : []), ...(route.params ? [404] : [])];
  for (const status of problems) {
    responses[status] ??= {
      description: PROBLEM_RESPONSES[status] ?? "Error",
      content: { "application/problem+json": { schema: ProblemSchema } },
    };
  }
  responses.default ??= { description: "Error", content: { "application/problem+json": { schema: ProblemSchema } } };
  return {
    method: route.method,
    path: toOpenApiPath(route.path),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    ...(route.auth === "user" ? { security: [{ bearer: [] }] } : route.auth === "optional" ? { security: [{ bearer: [] }, {}] } : {}),
    request: {
      ...(route.body ? { body: { required: true, content: { "application/json": { schema: route.body } } } } : {}),
      ...(route.upload
        ? {
            body: {
              required: true,
              content: {
                "multipart/form-data": {
                  schema: z.object({ [route.upload.field]: z.string().meta({ format: "binary", description: route.upload.description }) }),
                },
              },
            },
          }
        : {}),
      ...(route.query ? { query: route.query as never } : {}),
      ...(route.params ? { params: route.params as never } : {}),
      ...(route.idempotent
        ? {
            headers: z.object({
              "Idempotency-Key": z.string().min(1).max(255).optional().describe("Replays the first response of a retried request."),
            }) as never,
          }
        : {}),
    },
    responses,
  };
}
