/**
 * The Slack Web API client as Relais uses it, and the one place its errors become the
 * delivery seam's typed errors. The client never retries by itself: the delivery worker owns
 * retries (backoff, `Retry-After`, the bound), so one port call is one platform call.
 */
import { ChannelPermanentError, ChannelRateLimited, ChannelTransientError } from "@relais/core/delivery/channel-port";
import { ErrorCode, type Logger, LogLevel, WebClient, type WebClientOptions } from "@slack/web-api";

/** Platform errors worth retrying: Slack's own trouble, not ours. Every other `error` is permanent. */
const TRANSIENT_PLATFORM_ERRORS = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"]);

/** Options for every client Relais creates: the API base from config, no retries of its own, 429 thrown. */
export function clientOptions(apiUrl: string, logger?: Logger): WebClientOptions {
  return {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    ...(logger ? { logger } : { logLevel: LogLevel.ERROR }),
  };
}

export function createWebClient(token: string, apiUrl: string, logger?: Logger): WebClient {
  return new WebClient(token, clientOptions(apiUrl, logger));
}

function codeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** Turns whatever the Web API client threw into a rate-limit, transient or permanent delivery error. */
export function toChannelError(error: unknown): Error {
  const code = codeOf(error);
  if (code === ErrorCode.RateLimitedError && typeof error === "object" && error !== null && "retryAfter" in error) {
    const seconds = Number(error.retryAfter);
    return new ChannelRateLimited("slack", Number.isFinite(seconds) ? seconds * 1000 : 1000, { cause: error });
  }
  if (code === ErrorCode.HTTPError && typeof error === "object" && error !== null && "statusCode" in error) {
    const status = Number(error.statusCode);
    if (status >= 500 || status === 408)
      return new ChannelTransientError("slack", `http_${status}`, `Slack answered ${status}`, { cause: error });
    return new ChannelPermanentError("slack", `http_${status}`, `Slack answered ${status}`, { cause: error });
  }
  if (code === ErrorCode.PlatformError && typeof error === "object" && error !== null && "data" in error) {
    const data = error.data as { error?: unknown };
    const slackError = typeof data.error === "string" ? data.error : "unknown_error";
    return TRANSIENT_PLATFORM_ERRORS.has(slackError)
      ? new ChannelTransientError("slack", slackError, `Slack refused: ${slackError}`, { cause: error })
      : new ChannelPermanentError("slack", slackError, `Slack refused: ${slackError}`, { cause: error });
  }
  // Network errors, timeouts and anything unknown: try again later.
  const message = error instanceof Error ? error.message : String(error);
  return new ChannelTransientError("slack", "network", `Slack unreachable: ${message}`, { cause: error });
}

/** The Slack error code of a failed call (`channel_not_found`…), when Slack gave one. */
export function platformErrorOf(error: unknown): string | undefined {
  if (codeOf(error) !== ErrorCode.PlatformError || typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const data = error.data as { error?: unknown };
  return typeof data.error === "string" ? data.error : undefined;
}
