/**
 * HTTP for the job-board connectors and the URL import: undici with connect/header/body
 * timeouts, retries with exponential backoff through p-retry (429, 5xx, timeouts and network
 * errors; a `Retry-After` is waited for, or the request given up when it asks for longer than
 * we allow), a per-host rate limit through bottleneck, and a User-Agent naming Relais and a
 * contact URL. Every request is counted, so a source's quota can be enforced from its run log.
 */
import Bottleneck from "bottleneck";
import pRetry, { AbortError } from "p-retry";
import { Agent, fetch } from "undici";
import { retryAfterMs } from "../delivery/channel-port.ts";

export type SourceHttpOptions = {
  /** Whole request, connect to last byte. */
  timeoutMs: number;
  /** Retries after the first attempt for 429, 5xx, timeouts and network errors. */
  retries: number;
  /** A Retry-After longer than this is not waited for: the request fails (and is counted). */
  maxRetryAfterMs: number;
  /** Contact URL in the User-Agent. */
  contactUrl: string;
  /** Requests per second allowed to one host (the lowest asked for a host wins). */
  perSecond: number;
  /** First backoff delay (doubles each retry). */
  minBackoffMs?: number;
};

export type HttpErrorCode = "http_status" | "malformed" | "timeout" | "network" | "too_large" | "rate_limited";

/** What went wrong with one request, after its retries; connectors count it and go on. */
export class SourceHttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "SourceHttpError";
  }
}

export type HttpResponse<T> = { status: number; headers: Headers; body: T; url: string };

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function userAgent(contactUrl: string): string {
  return `RelaisBot/0.1 (+${contactUrl})`;
}

export class SourceHttp {
  readonly #agent: Agent;
  readonly #limiters = new Map<string, Bottleneck>();
  readonly #options: SourceHttpOptions;
  /** Requests sent (each retry counts), for quotas and the run log. */
  requests = 0;

  constructor(options: SourceHttpOptions) {
    this.#options = options;
    this.#agent = new Agent({
      connectTimeout: options.timeoutMs,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  }

  #limiter(host: string, perSecond: number): Bottleneck {
    let limiter = this.#limiters.get(host);
    if (!limiter) {
      limiter = new Bottleneck({ maxConcurrent: 2, minTime: Math.ceil(1000 / perSecond) });
      this.#limiters.set(host, limiter);
    }
    return limiter;
  }

  /** One attempt: the status, headers and raw text; a retryable failure throws, a final one throws AbortError. */
  async #attempt(url: string, init: { method: string; headers: Record<string, string>; body?: string }) {
    this.requests++;
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(url, {
        ...init,
        headers: { "user-agent": userAgent(this.#options.contactUrl), ...init.headers },
        dispatcher: this.#agent,
        signal: AbortSignal.timeout(this.#options.timeoutMs),
        redirect: "follow",
      });
    } catch (error) {
      const name = (error as Error).name;
      const cause = (error as { cause?: { code?: string } }).cause;
      const timedOut = name === "TimeoutError" || cause?.code === "UND_ERR_HEADERS_TIMEOUT" || cause?.code === "UND_ERR_CONNECT_TIMEOUT";
      throw new SourceHttpError(timedOut ? "timeout" : "network", `${timedOut ? "timed out" : "network error"}: ${url}`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const name = (error as Error).name;
      throw new SourceHttpError(name === "TimeoutError" ? "timeout" : "network", `body of ${url}: ${(error as Error).message}`);
    }
    if (text.length > MAX_BODY_BYTES) throw new AbortError(new SourceHttpError("too_large", `${url}: answer over 8 MB`));
    if (response.status === 429 || response.status >= 500) {
      const header = response.headers.get("retry-after");
      const wait = header ? retryAfterMs(header, 0) : undefined;
      const error = new SourceHttpError(
        response.status === 429 ? "rate_limited" : "http_status",
        `HTTP ${response.status} from ${url}`,
        response.status,
        wait,
      );
      if (wait !== undefined && wait > this.#options.maxRetryAfterMs) throw new AbortError(error);
      throw error;
    }
    return { status: response.status, headers: response.headers as unknown as Headers, text, url: response.url || url };
  }

  /** A request with the host's rate limit and retries; 4xx other than 429 come back to the caller. */
  async request(
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string; perSecond?: number } = {},
  ): Promise<HttpResponse<string>> {
    const host = new URL(url).host;
    const limiter = this.#limiter(host, init.perSecond ?? this.#options.perSecond);
    const attempt = () =>
      limiter.schedule(() =>
        this.#attempt(url, { method: init.method ?? "GET", headers: init.headers ?? {}, ...(init.body ? { body: init.body } : {}) }),
      );
    const result = await pRetry(attempt, {
      retries: this.#options.retries,
      minTimeout: this.#options.minBackoffMs ?? 500,
      factor: 2,
      randomize: true,
      onFailedAttempt: async ({ error, retriesLeft }) => {
        // Honour Retry-After instead of our own backoff when the server names a delay.
        const wait = error instanceof SourceHttpError ? error.retryAfterMs : undefined;
        if (wait !== undefined && wait > 0 && retriesLeft > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      },
    }).catch((error: unknown) => {
      if (error instanceof SourceHttpError) throw error;
      throw new SourceHttpError("network", (error as Error).message);
    });
    return { status: result.status, headers: result.headers, body: result.text, url: result.url };
  }

  /**
   * JSON from `url`: a 2xx with a JSON body, `null` for 204. An HTML page (an error or a
   * challenge page served with 200), a body that does not parse, or another status throws.
   */
  async getJson(
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string; perSecond?: number } = {},
  ): Promise<HttpResponse<unknown>> {
    const response = await this.request(url, { ...init, headers: { accept: "application/json", ...init.headers } });
    if (response.status === 204) return { ...response, body: null };
    if (response.status < 200 || response.status >= 300)
      throw new SourceHttpError("http_status", `HTTP ${response.status} from ${url}`, response.status);
    const text = response.body.trimStart();
    if (text.startsWith("<")) throw new SourceHttpError("malformed", `${url} answered an HTML page instead of JSON`, response.status);
    try {
      return { ...response, body: JSON.parse(text) };
    } catch {
      throw new SourceHttpError("malformed", `${url} answered malformed JSON`, response.status);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.#limiters.values()].map((limiter) => limiter.disconnect()));
    await this.#agent.close();
  }
}
