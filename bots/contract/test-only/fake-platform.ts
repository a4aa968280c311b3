/**
 * TEST ONLY. The remote side of the test-only webhook adapter: a local HTTP server on an
 * ephemeral port that accepts posted messages (once per idempotency key, as real platforms
 * with one do), and can answer the next post 429 with a Retry-After.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type FakePlatform = {
  url: string;
  accepted: { conversation: string; text: string; id: string }[];
  rateLimitNext(seconds: number): void;
  rateLimitedCount(): number;
  close(): Promise<void>;
};

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakePlatform(): Promise<FakePlatform> {
  const accepted: FakePlatform["accepted"] = [];
  const byKey = new Map<string, string>();
  const pending429: number[] = [];
  let refused = 0;
  const server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    if (req.method !== "POST" || req.url !== "/messages") return res.writeHead(404).end();
    const wait = pending429.shift();
    if (wait !== undefined) {
      refused += 1;
      return res.writeHead(429, { "retry-after": String(wait) }).end();
    }
    const key = String(req.headers["idempotency-key"] ?? "");
    const known = key ? byKey.get(key) : undefined;
    if (known) return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: known }));
    const message = JSON.parse(body) as { conversation: string; payload: { text: string } };
    const id = `m${accepted.length + 1}`;
    accepted.push({ conversation: message.conversation, text: message.payload.text, id });
    if (key) byKey.set(key, id);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted,
    rateLimitNext: (seconds) => pending429.push(seconds),
    rateLimitedCount: () => refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
