/**
 * Runs a command's schema on outside input. A refusal becomes an `Invalid` naming each field
 * with a message key and its parameters, so the API answers 400 problem+json and chat a
 * polite sentence, both in the reader's language, from the same issues.
 */
import type { z } from "zod";
import { type FieldError, Invalid } from "../errors/domain.ts";
import { MESSAGES, type MessageKey } from "../i18n/messages.ts";
import { unstorableTextPaths } from "../text/storable.ts";

const isFieldMessage = (message: string): message is MessageKey => message.startsWith("field_") && message in MESSAGES;

/** One field error per zod issue; `prefix` is where the value came from (`body`, `query`…). */
export function fieldErrorsOf(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = [...(prefix ? [prefix] : []), ...issue.path.map(String)].join(".");
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, code: "field_unknown" }));
    let code: MessageKey = "field_invalid";
    const params: Record<string, string | number> = {};
    if (isFieldMessage(issue.message)) {
      // A rule that names its own message ("must be a whole number of cents").
      code = issue.message;
    } else if (issue.code === "invalid_type") {
      // zod reports no input by default: a missing value is the one "received undefined".
      if (issue.input === undefined && /received undefined$/.test(issue.message)) code = "field_required";
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

/**
 * A command's input through its schema. Text Postgres cannot store (U+0000, lone surrogates)
 * is refused first, naming the field, before a transform (trim, default) could hide it: the
 * same refusal the HTTP layer gives, for chat and LLM input too.
 */
export function checkCommand<T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; data: z.output<T> } | { ok: false; fields: FieldError[] } {
  const unstorable = unstorableTextPaths(input);
  if (unstorable.length > 0) return { ok: false, fields: unstorable.map((path) => ({ field: path.join("."), code: "field_characters" })) };
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fields: fieldErrorsOf(parsed.error) };
}

/** The command's value, or `Invalid("invalid_request")` naming every refused field. */
export function parseCommand<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const checked = checkCommand(schema, input);
  if (checked.ok) return checked.data;
  throw new Invalid("invalid_request", checked.fields);
}
