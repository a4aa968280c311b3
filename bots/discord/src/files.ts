/**
 * Files a member uploads in a modal (listing photos): Discord hands out signed CDN links;
 * they are read from Discord's own file hosts only (or the configured API's origin, for tests
 * and proxies), within core's limits on count and size. All or nothing: a form whose photos
 * cannot all be read is not saved (the member is told).
 */
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@relais/core/assistant/turn";
import type { ModalFile } from "./modals.ts";

const DISCORD_FILE_HOSTS = new Set(["cdn.discordapp.com", "media.discordapp.net"]);

function trusted(url: string, apiUrl: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.origin === new URL(apiUrl).origin) return true;
    return parsed.protocol === "https:" && DISCORD_FILE_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

export async function readModalFiles(
  files: ModalFile[],
  apiUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<{ ok: true; bytes: Uint8Array[] } | { ok: false }> {
  if (files.length > MAX_ATTACHMENTS) return { ok: false };
  const bytes: Uint8Array[] = [];
  for (const file of files) {
    if (!trusted(file.url, apiUrl) || file.size > MAX_ATTACHMENT_BYTES) return { ok: false };
    const response = await fetchFn(file.url, { redirect: "error", signal: AbortSignal.timeout(15_000) }).catch(() => undefined);
    if (!response?.ok) return { ok: false };
    const read = new Uint8Array(await response.arrayBuffer());
    if (read.byteLength === 0 || read.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false };
    bytes.push(read);
  }
  return { ok: true, bytes };
}
