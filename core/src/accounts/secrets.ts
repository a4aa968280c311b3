/**
 * The key that signs access tokens. From JWT_SECRET when set (required in production);
 * otherwise generated once and kept in the data folder, so development restarts keep sessions.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config/index.ts";
import { randomToken } from "./crypto.ts";

export function resolveJwtSecret(config: Config): Uint8Array {
  if (config.auth.jwtSecret) return new TextEncoder().encode(config.auth.jwtSecret);
  const folder = join(config.dataDir, "secrets");
  const file = join(folder, "jwt-secret");
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, randomToken(48), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return new TextEncoder().encode(readFileSync(file, "utf8").trim());
}
