/**
 * Passwords: argon2id hashes (@node-rs/argon2, OWASP parameters) and a strength check
 * (zxcvbn-ts with its common-password dictionary) that says why a password is refused.
 */
import { hash, verify } from "@node-rs/argon2";
import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { Invalid } from "../errors/domain.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { foldText } from "../text/normalize.ts";

zxcvbnOptions.setOptions({ dictionary, graphs: adjacencyGraphs });

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Argon2id, m=19 MiB, t=2, p=1 (OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown: same timing. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
}

/** Throws Invalid on the `password` field, with the reason, when the password is too weak. */
export function assertStrongPassword(password: string, personal: string[] = []): void {
  const fail = (code: MessageKey, params: Record<string, string | number> = {}): never => {
    throw new Invalid(code, [{ field: "password", code, params }], params);
  };
  if (password.length < PASSWORD_MIN_LENGTH) fail("password_too_short", { min: PASSWORD_MIN_LENGTH });
  if (password.length > PASSWORD_MAX_LENGTH) fail("password_too_long", { max: PASSWORD_MAX_LENGTH });
  const personalWords = personal.flatMap((value) => foldText(value).split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 3);
  // Mostly made of one's own name or email: refused even when long.
  const compact = foldText(password).replace(/[^a-z0-9]/g, "");
  const own = personalWords.filter((word) => word.length >= 4 && compact.includes(word)).reduce((sum, word) => sum + word.length, 0);
  if (own > 0 && compact.length - own < 8) fail("password_too_weak", { reason: "@password_reason_personal" });
  const result = zxcvbn(password, personalWords);
  if (result.score >= 3) return;
  const patterns = result.sequence.map((match) => ("dictionaryName" in match ? match.dictionaryName : match.pattern));
  const reason: MessageKey = patterns.includes("userInputs")
    ? "password_reason_personal"
    : patterns.includes("passwords")
      ? "password_reason_common"
      : "password_reason_pattern";
  fail("password_too_weak", { reason: `@${reason}` });
}
