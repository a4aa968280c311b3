/**
 * A tiny chat platform on loopback for delivery tests: `POST /messages` posts a message into a
 * conversation and answers its id; like Discord's `nonce` + `enforce_nonce`, a repeated
 * `Idempotency-Key` answers the message already posted instead of posting again. A script
 * can answer 429 (with `Retry-After`), 5xx or 4xx for given attempts. `HttpChannelPort` is our
 * `ChannelPort` talking to it, as a real adapter talks to its platform's HTTP API.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Reply } from "../src/assistant/reply.ts";
import { LIMITS } from "../src/assistant/reply-limits.ts";
import {
  type ChannelAddress,
  ChannelPermanentError,
  type ChannelPort,
  ChannelRateLimited,
  ChannelTransientError,
  type DeliveryProvider,
  retryAfterMs,
  type SendOptions,
} from "../src/delivery/channel-port.ts";

export type PostedMessage = { id: string; key: string; conversation: string; text: string; reply: Reply; at: number };
export type PlatformRequest = { key: string; at: number; status: number; from: string };
/** What to answer the n-th request (1-based) carrying `key`; undefined: post normally. */
export type Script = (key: string, attempt: number) => { status: number; headers?: Record<string, string> } | undefined;

export type FakeChatPlatform = {
  url: string;
  posted: PostedMessage[];
  requests: PlatformRequest[];
  /** Resolves when `predicate` holds after a request (checked at once too). */
  until(predicate: () => boolean): Promise<void>;
  /** Runs after every answered request (the crash test kills its worker from here). */
  onAnswered?: (request: PlatformRequest) => void;
  /** Runs when a request arrives, before it is handled: a promise holds it (a sender killed while it waits). */
  onArrived?: (request: { key: string; from: string }) => Promise<void> | undefined;
  close(): Promise<void>;
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

export async function startFakeChatPlatform(script: Script = () => undefined): Promise<FakeChatPlatform> {
  const posted: PostedMessage[] = [];
  const requests: PlatformRequest[] = [];
  const attempts = new Map<string, number>();
  const waiters: { predicate: () => boolean; resolve: () => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.predicate()) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  let platform: FakeChatPlatform;
  const server: Server = createServer(async (req, res) => {
    const key = String(req.headers["idempotency-key"] ?? "");
    const from = String(req.headers["x-sender"] ?? "");
    await platform.onArrived?.({ key, from });
    if (req.destroyed) return;
    const body = (await readJson(req)) as { conversation: string; reply: Reply; messageId?: string };
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const at = Date.now();
    const scripted = script(key, attempt);
    let status = 200;
    if (scripted) {
      status = scripted.status;
      res.writeHead(status, { "content-type": "application/json", ...scripted.headers });
      res.end(JSON.stringify({ ok: false }));
    } else if (req.url === "/messages/update") {
      const message = posted.find((m) => m.id === body.messageId);
      status = message ? 200 : 404;
      if (message) Object.assign(message, { text: body.reply.text, reply: body.reply });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: Boolean(message) }));
    } else {
      let message = posted.find((m) => m.key === key);
      if (!message) {
        message = { id: `m${posted.length + 1}`, key, conversation: body.conversation, text: body.reply.text, reply: body.reply, at };
        posted.push(message);
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, id: message.id }));
    }
    const request = { key, at, status, from };
    requests.push(request);
    platform.onAnswered?.(request);
    check();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  platform = {
    url,
    posted,
    requests,
    until(predicate) {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ predicate, resolve }));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return platform;
}

/** Our ChannelPort for the fake platform: HTTP status → the typed errors the worker acts on. */
export function httpChannelPort(url: string, provider: DeliveryProvider = "discord", sender = ""): ChannelPort {
  const call = async (path: string, key: string, body: unknown) => {
    let res: Response;
    try {
      res = await fetch(`${url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": key, "x-sender": sender },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new ChannelTransientError(provider, "network", "platform unreachable", { cause: error });
    }
    if (res.status === 429) throw new ChannelRateLimited(provider, retryAfterMs(res.headers.get("retry-after"), 1000));
    if (res.status >= 500) throw new ChannelTransientError(provider, `http_${res.status}`, `platform answered ${res.status}`);
    if (res.status >= 400) throw new ChannelPermanentError(provider, `http_${res.status}`, `platform answered ${res.status}`);
    return (await res.json()) as { id?: string };
  };
  return {
    provider,
    limits: LIMITS.discord,
    async send(address: ChannelAddress, reply: Reply, options: SendOptions) {
      const answer = await call("/messages", options.idempotencyKey, { conversation: address.conversation, reply });
      return { platformMessageId: String(answer.id) };
    },
    async update(address: ChannelAddress, platformMessageId: string, reply: Reply) {
      await call("/messages/update", `update:${platformMessageId}`, {
        conversation: address.conversation,
        messageId: platformMessageId,
        reply,
      });
    },
  };
}
