/**
 * HTTP for the job-board connectors and the URL import: undici with connect/header/body
 * timeouts, retries with exponential backoff through p-retry (429, 5xx, timeouts and network
 * errors; a `Retry-After` is waited for, or the request given up when it asks for longer than
 * we allow), a per-host rate limit through bottleneck, and a User-Agent naming Relais and a
 * contact URL. Every request is counted, so a source's quota can be enforced from its run log.
 * A host that cannot be resolved (no network, no such name) is not retried, and once a host is
 * unreachable (unresolvable or refusing connections) later requests to it fail at once: offline,
 * a board fails in one request instead of retrying every page.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import Bottleneck from "bottleneck";
import ipaddr from "ipaddr.js";
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
  /**
   * Refuse to connect to loopback, private, link-local and other non-public addresses (URLs a
   * member gives us: no reaching into our own network). Checked at connect time, so a redirect
   * or a DNS answer that changes cannot get around it.
   */
  publicOnly?: boolean;
};

export type HttpErrorCode = "http_status" | "malformed" | "timeout" | "network" | "too_large" | "rate_limited" | "private_address";

/** What went wrong with one request, after its retries; connectors count it and go on. */
export class SourceHttpError extends Error {
  readonly code: HttpErrorCode;
  readonly status?: number;
  readonly retryAfterMs?: number;
  /** The host itself cannot be reached (not resolved, connection refused): no other request to it will do better. */
  readonly unreachable: boolean;

  constructor(code: HttpErrorCode, message: string, status?: number, retryAfterMs?: number, unreachable = false) {
    super(message);
    this.code = code;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
    this.unreachable = unreachable;
    this.name = "SourceHttpError";
  }
}

/** DNS answers meaning "no such host" or "no resolver": retrying within seconds cannot help. */
const UNRESOLVED = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL"]);
const REFUSED = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH"]);

/** The system error code behind undici's "fetch failed" (an AggregateError when every address failed). */
function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code;
}

export type HttpResponse<T> = { status: number; headers: Headers; body: T; url: string };

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** True for an address on the public internet (not loopback, private, link-local, reserved…). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

class PrivateAddressError extends Error {
  readonly code = "EPRIVATEADDRESS";
}

/** dns.lookup that fails for non-public addresses (net.connect's `lookup` option). */
function publicLookup(
  hostname: string,
  options: { all?: boolean },
  callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
) {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused || addresses.length === 0) return callback(new PrivateAddressError(`${hostname} is not a public address`), []);
    if (options.all) return callback(null, addresses);
    const [first] = addresses as [LookupAddress];
    callback(null, first.address, first.family);
  });
}

export function userAgent(contactUrl: string): string {
  return `RelaisBot/0.1 (+${contactUrl})`;
}

export class SourceHttp {
  readonly #agent: Agent;
  readonly #limiters = new Map<string, Bottleneck>();
  readonly #options: SourceHttpOptions;
  /** Requests sent (each retry counts), for quotas and the run log. */
  requests = 0;
  /** Calls (request, getJson) that got a usable answer, and those that failed after their retries. */
  succeeded = 0;
  failed = 0;
  /** Hosts found unreachable, with the error later requests to them fail with (no request sent). */
  readonly #unreachable = new Map<string, SourceHttpError>();

  constructor(options: SourceHttpOptions) {
    this.#options = options;
    this.#agent = new Agent({
      connectTimeout: options.timeoutMs,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      ...(options.publicOnly ? { connect: { lookup: publicLookup } } : {}),
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
        // A member's URL: each redirect target is checked like the first URL (request()).
        redirect: this.#options.publicOnly ? "manual" : "follow",
      });
    } catch (error) {
      const name = (error as Error).name;
      const cause = (error as { cause?: { code?: string } }).cause;
      if (cause?.code === "EPRIVATEADDRESS") throw new AbortError(new SourceHttpError("private_address", `${url}: not a public address`));
      const code = causeCode(error);
      const { hostname, host } = new URL(url);
      if (code && UNRESOLVED.has(code))
        throw new AbortError(new SourceHttpError("network", `cannot resolve ${hostname}`, undefined, undefined, true));
      if (code && REFUSED.has(code)) throw new SourceHttpError("network", `${host} refused the connection`, undefined, undefined, true);
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

  /**
   * A request with the host's rate limit and retries; 4xx other than 429 come back to the
   * caller. With `publicOnly`, redirects are followed here (at most 5), each target checked.
   */
  async request(
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string; perSecond?: number } = {},
  ): Promise<HttpResponse<string>> {
    return this.#counted(() => this.#request(url, init));
  }

  async #counted<T>(call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      this.succeeded++;
      return result;
    } catch (error) {
      this.failed++;
      throw error;
    }
  }

  /** The first host found unreachable in this instance's requests, if any. */
  get unreachable(): SourceHttpError | undefined {
    return this.#unreachable.values().next().value;
  }

  async #request(
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string; perSecond?: number } = {},
  ): Promise<HttpResponse<string>> {
    if (!this.#options.publicOnly) return this.#requestOnce(url, init);
    let target = url;
    for (let hop = 0; hop <= 5; hop++) {
      const host = new URL(target).hostname.replace(/^\[|\]$/g, "");
      if (ipaddr.isValid(host) && !isPublicAddress(host)) throw new SourceHttpError("private_address", `${target}: not a public address`);
      const response = await this.#requestOnce(target, init);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return { ...response, url: target };
      target = new URL(location, target).toString();
    }
    throw new SourceHttpError("network", `${url}: too many redirects`);
  }

  async #requestOnce(
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string; perSecond?: number } = {},
  ): Promise<HttpResponse<string>> {
    const host = new URL(url).host;
    const known = this.#unreachable.get(host);
    if (known) throw known;
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
      if (error instanceof SourceHttpError && error.unreachable) this.#unreachable.set(host, error);
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
    return this.#counted(() => this.#getJson(url, init));
  }

  async #getJson(
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string; perSecond?: number } = {},
  ): Promise<HttpResponse<unknown>> {
    const response = await this.#request(url, { ...init, headers: { accept: "application/json", ...init.headers } });
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
