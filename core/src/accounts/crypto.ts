/** Random secrets and their stored form (SHA-256): tokens are shown once and never stored. */
import { createHash, randomBytes, randomInt } from "node:crypto";

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** `length` random decimal digits (uniform: crypto randomInt). */
export function randomDigits(length: number): string {
  let digits = "";
  while (digits.length < length) digits += String(randomInt(0, 1_000_000)).padStart(6, "0");
  return digits.slice(0, length);
}
