/**
 * Runs a command's schema on outside input. A refusal becomes an `Invalid` naming each field
 * with a message key and its parameters, so the API answers 400 problem+json and chat a
 * polite sentence, both in the reader's language, from the same issues.
 */
import type { z } from "zod";
import { type FieldError, Invalid } from "../errors/domain.ts";
import type { MessageKey } from "../i18n/messages.ts";

/** One field error per zod issue; `prefix` is where the value came from (`body`, `query`…). */
export function fieldErrorsOf(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = [...(prefix ? [prefix] : []), ...issue.path.map(String)].join(".");
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, code: "field_unknown" }));
    let code: MessageKey = "field_invalid";
    const params: Record<string, string | number> = {};
    if (issue.code === "invalid_type") {
      if (issue.input === undefined) code = "field_required";
      else {
        code = "field_type";
        params.expected = issue.expected;
      }
    } else if (issue.code === "too_big" && issue.origin === "string") {
      code = "field_too_long";
      params.max = Number(issue.maximum);
    } else if (issue.code === "too_small" && issue.origin === "string") {
      code = "field_too_short";
      params.min = Number(issue.minimum);
    } else if (issue.code === "too_big" && issue.origin === "number") {
      code = "field_too_big";
      params.max = Number(issue.maximum);
    } else if (issue.code === "too_small" && issue.origin === "number") {
      code = "field_too_small";
      params.min = Number(issue.minimum);
    } else if (issue.code === "too_big" && issue.origin === "array") {
      code = "field_too_many";
      params.max = Number(issue.maximum);
    } else if (issue.code === "invalid_value") {
      code = "field_one_of";
      params.values = issue.values.map(String).join(", ");
    } else if (issue.code === "invalid_format" && issue.format === "email") {
      code = "field_email";
    } else if (issue.message) {
      params.detail = issue.message;
    }
    return [{ field: base, code, params }];
  });
}

/** The command's value, or `Invalid("invalid_request")` naming every refused field. */
export function parseCommand<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new Invalid("invalid_request", fieldErrorsOf(parsed.error));
}
