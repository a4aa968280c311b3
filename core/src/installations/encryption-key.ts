/**
 * The key that encrypts secrets at rest: RELAIS_ENCRYPTION_KEY when set (required in
 * production); otherwise generated once into the data folder, with a warning, so development
 * restarts can still read what they stored.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Config, decodeEncryptionKey } from "../config/index.ts";

export function resolveEncryptionKey(config: Config, warn: (message: string) => void = () => {}): Uint8Array {
  if (config.auth.encryptionKey) return config.auth.encryptionKey;
  const folder = join(config.dataDir, "secrets");
  const file = join(folder, "encryption-key");
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
    chmodSync(file, 0o600);
    warn(`RELAIS_ENCRYPTION_KEY is not set: generated a development key in ${file}. Set RELAIS_ENCRYPTION_KEY in production.`);
  }
  const key = decodeEncryptionKey(readFileSync(file, "utf8"));
  if (!key)
    throw new Error(`${file} does not hold a 32-byte key: delete it to generate a new one (stored installations will need reinstalling).`);
  return key;
}
