/**
 * What a browser meets on the pages the API serves (found by a newcomer running the README):
 * the pages have an icon and /favicon.ico is no 404; text answers (widget.js, pages, JSON) go
 * out compressed to a client that accepts it, while a server-sent event stream and socket.io
 * are left as they were.
 */
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerMember, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await t?.close();
});

/** The bytes as sent on the wire (fetch would unpack them), with the response's headers. */
function raw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${t.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the site icon", () => {
  it("every page links to the icon, which is served; /favicon.ico answers 204 instead of a 404", async () => {
    for (const path of ["/", "/app", "/auth/verify-email?token=x"]) {
      const page = await t.request("GET", path);
      expect(page.text).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    }
    // The API reference (swagger-ui-express) links it too, not Swagger's own icons.
    const docs = await t.request("GET", "/docs/");
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('<link rel="icon" href="/favicon.svg" />');
    expect(docs.text).not.toContain("favicon-32x32.png");
    const icon = await t.request("GET", "/favicon.svg");
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(icon.text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const legacy = await t.request("GET", "/favicon.ico");
    expect(legacy.status).toBe(204);
    expect(legacy.text).toBe("");
  });
});

describe("compression", () => {
  it("widget.js goes out gzip- or brotli-compressed to a browser that accepts it, the same script once unpacked", async () => {
    const plain = await raw("/widget.js", { "accept-encoding": "identity" });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const gzip = await raw("/widget.js", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(gzip.bytes).equals(plain.bytes)).toBe(true);
    expect(gzip.bytes.length).toBeLessThan(plain.bytes.length / 2);
    const brotli = await raw("/widget.js", { "accept-encoding": "br" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(brotli.bytes).equals(plain.bytes)).toBe(true);
    // The pages and JSON answers too.
    expect((await raw("/api/v1/openapi.json", { "accept-encoding": "gzip" })).headers["content-encoding"]).toBe("gzip");
  });

  it("a server-sent event stream is not compressed (its events would wait in the buffer), and socket.io still connects", async () => {
    const response = await fetch(`${t.url}/api/v1/assistant/messages`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        "accept-encoding": "gzip, br",
        "x-relais-guest-session": "compression-guest-session-0001",
      },
      body: JSON.stringify({ text: "bonjour", locale: "fr" }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(response.headers.get("content-encoding")).toBeNull();
    const events = (await response.text()).split("\n\n").filter(Boolean);
    expect(events.at(-1)).toMatch(/^event: turn\ndata: \{"replies":\[\{"text":"/);

    const member = await registerMember(t, "Polling");
    for (const transports of [["polling"], ["websocket"]] as const) {
      const socket = io(t.url, {
        auth: { token: member.token },
        transports: [...transports],
        reconnection: false,
        forceNew: true,
        extraHeaders: { "accept-encoding": "gzip, br" },
      });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", resolve);
        socket.once("connect_error", reject);
      });
      expect(socket.connected).toBe(true);
    }
  });
});
