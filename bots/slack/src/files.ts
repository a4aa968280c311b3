/**
 * Files a member shares with a message (a photo for a listing, a CV): Slack keeps them private,
 * so they are downloaded with the workspace's bot token and handed to core as bytes. Only from
 * Slack's own file hosts (or the configured API's origin, for tests and proxies), within core's
 * limits on count and size; a file that cannot be read is left out (core then says what it got).
 */
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type TurnAttachment } from "@relais/core/assistant/turn";
import type { SlackFile } from "./to-turn.ts";

const SLACK_FILE_HOSTS = /(^|\.)(slack\.com|slack-edge\.com|slack-gov\.com)$/;

function trusted(url: string, apiUrl: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.origin === new URL(apiUrl).origin) return true;
    return parsed.protocol === "https:" && SLACK_FILE_HOSTS.test(parsed.hostname);
  } catch {
    return false;
  }
}

export async function downloadFiles(
  files: SlackFile[],
  token: string,
  apiUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<TurnAttachment[]> {
  const attachments: TurnAttachment[] = [];
  for (const file of files.slice(0, MAX_ATTACHMENTS)) {
    if (!file.url || !trusted(file.url, apiUrl) || (file.size ?? 0) > MAX_ATTACHMENT_BYTES) continue;
    const response = await fetchFn(file.url, { headers: { authorization: `Bearer ${token}` }, redirect: "error" }).catch(() => undefined);
    if (!response?.ok) continue;
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength === 0 || bytes.byteLength > MAX_ATTACHMENT_BYTES) continue;
    attachments.push({
      name: file.name.replace(/[/\\\p{Cc}]/gu, "_").slice(0, 255) || file.id,
      mimeType: file.mimeType,
      bytes,
      ...(file.url.startsWith("https:") ? { url: file.url } : {}),
    });
  }
  return attachments;
}
