/**
 * Discord's request signature: Ed25519 over `timestamp + raw body` with the application's
 * public key (`X-Signature-Ed25519`, `X-Signature-Timestamp`), checked with Node's crypto.
 * A timestamp more than 5 minutes away is refused too, so a captured request cannot be
 * replayed later.
 *
 * @see https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** How far a request's timestamp may be from now. */
export const DISCORD_MAX_AGE_SECONDS = 5 * 60;

/** The application's public key (64 hex characters, as the developer portal shows it) as a key object. */
export function discordPublicKey(hex: string): KeyObject {
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(hex, "hex").toString("base64url") }, format: "jwk" });
}

export type SignatureCheck = { ok: true } | { ok: false; reason: "unsigned" | "bad_signature" | "stale" };

export function verifyDiscordSignature(
  key: KeyObject,
  headers: { signature: string | undefined; timestamp: string | undefined },
  rawBody: Buffer,
  nowMs: number = Date.now(),
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: "unsigned" };
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "bad_signature" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > DISCORD_MAX_AGE_SECONDS) return { ok: false, reason: "stale" };
  const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), rawBody]);
  return verify(null, signed, key, Buffer.from(signature, "hex")) ? { ok: true } : { ok: false, reason: "bad_signature" };
}
