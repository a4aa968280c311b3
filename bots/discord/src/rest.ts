/**
 * Discord's REST API as Relais uses it (discord.js's REST client: per-route buckets from
 * Discord's rate-limit headers), and the one place its errors become the delivery seam's typed
 * errors. The client never waits out a 429 or retries a 5xx by itself: the delivery worker
 * owns retries (backoff, `retry_after`, the bound), so one port call is one platform call.
 */
import { ChannelPermanentError, ChannelRateLimited, ChannelTransientError } from "@relais/core/delivery/channel-port";
import { DiscordAPIError, HTTPError, RateLimitError, REST } from "discord.js";

/** Discord's REST API version every call uses (`{DISCORD_API_URL}/v10/…`). */
export const DISCORD_API_VERSION = "10";

export function createRest(apiUrl: string, token?: string): REST {
  const rest = new REST({ api: apiUrl, version: DISCORD_API_VERSION, rejectOnRateLimit: () => true, retries: 0, timeout: 10_000 });
  return token ? rest.setToken(token) : rest;
}

/** Turns whatever the REST client threw into a rate-limit, transient or permanent delivery error. */
export function toChannelError(error: unknown): Error {
  if (error instanceof RateLimitError) return new ChannelRateLimited("discord", Math.max(0, Math.ceil(error.retryAfter)), { cause: error });
  if (error instanceof HTTPError)
    return new ChannelTransientError("discord", `http_${error.status}`, `Discord answered ${error.status}`, { cause: error });
  if (error instanceof DiscordAPIError) {
    const code = `discord_${error.code}`;
    if (error.status >= 500 || error.status === 408)
      return new ChannelTransientError("discord", code, `Discord answered ${error.status}`, { cause: error });
    // 403 (the member closed their DMs), 404 (unknown channel, expired interaction token), 400.
    return new ChannelPermanentError("discord", code, `Discord refused (${error.status}): ${error.message}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ChannelTransientError("discord", "network", `Discord unreachable: ${message}`, { cause: error });
}
