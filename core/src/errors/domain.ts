/**
 * Typed domain errors. Each carries a stable `code` (a message key of core/src/i18n) with
 * its parameters, so the API maps it once to problem+json and chat maps it to a polite reply,
 * both in the reader's language.
 */
import type { MessageKey } from "../i18n/messages.ts";

export type FieldError = { field: string; code: MessageKey; params?: Record<string, string | number> };

export abstract class DomainError extends Error {
  abstract readonly kind: "invalid" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "unavailable";
  readonly code: MessageKey;
  readonly params: Record<string, string | number>;

  constructor(code: MessageKey, params: Record<string, string | number> = {}, options?: ErrorOptions) {
    super(code, options);
    this.code = code;
    this.params = params;
    this.name = new.target.name;
  }
}

export class Invalid extends DomainError {
  readonly kind = "invalid" as const;
  readonly fields: FieldError[];

  constructor(code: MessageKey, fields: FieldError[] = [], params: Record<string, string | number> = {}) {
    super(code, params);
    this.fields = fields;
  }
}

export class Unauthorized extends DomainError {
  readonly kind = "unauthorized" as const;
}

export class Forbidden extends DomainError {
  readonly kind = "forbidden" as const;
}

export class NotFound extends DomainError {
  readonly kind = "not_found" as const;
}

export class Conflict extends DomainError {
  readonly kind = "conflict" as const;
}

export class RateLimited extends DomainError {
  readonly kind = "rate_limited" as const;
  readonly retryAfterSeconds: number;

  constructor(code: MessageKey, retryAfterSeconds: number, params: Record<string, string | number> = {}) {
    super(code, params);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class Unavailable extends DomainError {
  readonly kind = "unavailable" as const;
}
