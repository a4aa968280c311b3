/**
 * A local fake of the remote side of Discord's REST API (`/api/v10/…`): channel messages (with
 * `enforce_nonce`: a second message with the same nonce answers the first one), interaction
 * webhooks (`POST …/webhooks/{app}/{token}`, `PATCH …/messages/@original|{id}`), DM channels,
 * command registration. It records every accepted call, answers like Discord (snowflake ids),
 * and can be told to fail: 429 with `retry_after` (body and `Retry-After` header) or a 5xx.
 * Tests wait for calls through `waitFor`, never by sleeping.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export type DiscordCall = {
  method: string;
  /** The route after `/api/v10`, with ids (`/channels/123/messages`). */
  route: string;
  body: Record<string, unknown>;
  query: URLSearchParams;
  authorization: string | undefined;
  at: number;
  /** What the fake answered (the message, with its id). */
  result?: Record<string, unknown>;
};

export type DiscordFault = { status: number; retryAfter?: number };

export type FakeDiscord = {
  url: string;
  /** The base to give Relais (`DISCORD_API_URL`). */
  apiUrl: string;
  calls: DiscordCall[];
  /** Calls whose `METHOD /route` matches. */
  callsTo(pattern: RegExp): DiscordCall[];
  /** The next answers to calls matching `pattern`, in order; then normal answers again. */
  failNext(pattern: RegExp, ...faults: DiscordFault[]): void;
  /** Calls answered with a fault, when they came. */
  refused: DiscordCall[];
  waitFor(pattern: RegExp, match?: (call: DiscordCall) => boolean, timeoutMs?: number): Promise<DiscordCall>;
  /** A file uploaded to Discord (a modal's photo); returns its CDN-like URL (GETs are recorded as `GET /attachments/<id>`). */
  addAttachment(id: string, bytes: Uint8Array, contentType: string): string;
  /** Gateway: resolves once a client has identified (READY and GUILD_CREATE sent). */
  gatewayReady(): Promise<void>;
  /** Gateway: sends a dispatch (`MESSAGE_CREATE`, `INTERACTION_CREATE`…) to the connected client. */
  dispatch(event: string, data: unknown): void;
  close(): Promise<void>;
};

/** The bot and the server the fake gateway announces. */
export const FAKE_BOT_ID = "1187654321098765432";
export const FAKE_GUILD = { id: "1100000000000000001", channel: "1100000000000000002" };

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const calls: DiscordCall[] = [];
  const refused: DiscordCall[] = [];
  const scripted: { pattern: RegExp; fault: DiscordFault }[] = [];
  const waiters: { pattern: RegExp; match: (call: DiscordCall) => boolean; resolve: (call: DiscordCall) => void }[] = [];
  /** Messages by channel and nonce: enforce_nonce answers the first one again. */
  const byNonce = new Map<string, Record<string, unknown>>();
  const attachments = new Map<string, { bytes: Uint8Array; contentType: string }>();
  // The gateway: HELLO, READY and GUILD_CREATE on IDENTIFY, heartbeats acknowledged.
  const gateway = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await once(gateway, "listening");
  const gatewayUrl = `ws://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  let socket: WebSocket | undefined;
  let sequence = 0;
  let identified = false;
  const readyWaiters: (() => void)[] = [];
  const sendDispatch = (event: string, data: unknown) => socket?.send(JSON.stringify({ op: 0, s: ++sequence, t: event, d: data }));
  gateway.on("connection", (ws) => {
    socket = ws;
    ws.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 41_250 } }));
    ws.on("message", (raw: Buffer) => {
      const packet = JSON.parse(raw.toString()) as { op: number; d: unknown };
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      if (packet.op !== 2) return;
      sendDispatch("READY", {
        v: 10,
        user: { id: FAKE_BOT_ID, username: "Relais", discriminator: "0", global_name: null, avatar: null, bot: true, flags: 0 },
        guilds: [{ id: FAKE_GUILD.id, unavailable: true }],
        session_id: "fake-session",
        resume_gateway_url: gatewayUrl,
        session_type: "normal",
        shard: [0, 1],
        application: { id: FAKE_BOT_ID, flags: 0 },
        private_channels: [],
        relationships: [],
        presences: [],
        user_settings: {},
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
      });
      sendDispatch("GUILD_CREATE", {
        id: FAKE_GUILD.id,
        name: "Relais test",
        icon: null,
        owner_id: "1120000000000000099",
        unavailable: false,
        joined_at: "2026-01-04T10:00:00.000000+00:00",
        large: false,
        member_count: 3,
        features: [],
        preferred_locale: "fr",
        roles: [
          {
            id: FAKE_GUILD.id,
            name: "@everyone",
            permissions: "2248473465835073",
            position: 0,
            color: 0,
            hoist: false,
            managed: false,
            mentionable: false,
            flags: 0,
          },
        ],
        channels: [
          {
            id: FAKE_GUILD.channel,
            type: 0,
            name: "général",
            position: 0,
            parent_id: null,
            permission_overwrites: [],
            nsfw: false,
            topic: null,
            rate_limit_per_user: 0,
            last_message_id: null,
          },
        ],
        threads: [],
        members: [],
        presences: [],
        voice_states: [],
        emojis: [],
        stickers: [],
        stage_instances: [],
        guild_scheduled_events: [],
        soundboard_sounds: [],
      });
      identified = true;
      for (const resolve of readyWaiters.splice(0)) resolve();
    });
  });
  let counter = 0n;
  const snowflake = () => {
    counter += 1n;
    return String((1_300_000_000_000_000_000n + counter).toString());
  };
  const message = (channelId: string, body: Record<string, unknown>) => ({
    id: snowflake(),
    channel_id: channelId,
    type: 0,
    content: body.content ?? "",
    components: body.components ?? [],
    flags: body.flags ?? 0,
    author: { id: "1187654321098765432", username: "Relais", bot: true },
    timestamp: new Date().toISOString(),
  });

  function answer(method: string, route: string, body: Record<string, unknown>): { status: number; body?: unknown } {
    const on = (verb: string, pattern: RegExp) => (method === verb ? pattern.exec(route) : null);
    const posted = on("POST", /^\/channels\/(\d+)\/messages$/);
    if (posted) {
      const key = `${posted[1]}:${String(body.nonce ?? "")}`;
      if (body.enforce_nonce && body.nonce && byNonce.has(key)) return { status: 200, body: byNonce.get(key) };
      const created = message(posted[1] ?? "", body);
      if (body.nonce) byNonce.set(key, created);
      return { status: 200, body: created };
    }
    const edited = on("PATCH", /^\/channels\/(\d+)\/messages\/(\d+)$/);
    if (edited) return { status: 200, body: { ...message(edited[1] ?? "", body), id: edited[2] } };
    if (on("POST", /^\/webhooks\/\d+\/[^/]+$/)) return { status: 200, body: message("0", body) };
    const webhookEdit = on("PATCH", /^\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/);
    if (webhookEdit)
      return { status: 200, body: { ...message("0", body), id: webhookEdit[1] === "@original" ? snowflake() : webhookEdit[1] } };
    if (on("POST", /^\/channels\/\d+\/typing$/)) return { status: 204 };
    if (on("POST", /^\/interactions\/\d+\/[^/]+\/callback$/)) return { status: 204 };
    if (on("GET", /^\/gateway\/bot$/))
      return {
        status: 200,
        body: {
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      };
    if (on("POST", /^\/users\/@me\/channels$/)) return { status: 200, body: { id: `9${String(body.recipient_id).slice(1)}`, type: 1 } };
    if (on("PUT", /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/))
      return { status: 200, body: (Array.isArray(body) ? body : [body]).map((c) => ({ ...(c as object), id: snowflake() })) };
    return { status: 404, body: { message: "Unknown route", code: 0 } };
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    if (req.method === "GET" && url.pathname.startsWith("/attachments/")) {
      const id = url.pathname.split("/")[2] ?? "";
      calls.push({
        method: "GET",
        route: `/attachments/${id}`,
        body: {},
        query: url.searchParams,
        authorization: req.headers.authorization,
        at: Date.now(),
      });
      const file = attachments.get(id);
      if (!file) res.writeHead(404).end();
      else res.writeHead(200, { "content-type": file.contentType }).end(Buffer.from(file.bytes));
      return;
    }
    const route = url.pathname.replace(/^\/api\/v10/, "");
    const method = req.method ?? "GET";
    let body: Record<string, unknown>;
    try {
      body = await readBody(req);
    } catch {
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ message: "400: Bad Request", code: 50109 }));
      return;
    }
    const call: DiscordCall = { method, route, body, query: url.searchParams, authorization: req.headers.authorization, at: Date.now() };
    const index = scripted.findIndex((s) => s.pattern.test(`${method} ${route}`));
    if (index >= 0) {
      const fault = scripted.splice(index, 1)[0]?.fault ?? { status: 500 };
      refused.push(call);
      if (fault.status === 429) {
        const retryAfter = fault.retryAfter ?? 1;
        res
          .writeHead(429, { "content-type": "application/json", "retry-after": String(Math.ceil(retryAfter)), "x-ratelimit-scope": "user" })
          .end(JSON.stringify({ message: "You are being rate limited.", retry_after: retryAfter, global: false }));
      } else res.writeHead(fault.status, { "content-type": "application/json" }).end(JSON.stringify({ message: "Server error", code: 0 }));
      return;
    }
    const answered = answer(method, route, body);
    if (answered.status < 300) {
      if (answered.body !== undefined) call.result = answered.body as Record<string, unknown>;
      calls.push(call);
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(`${method} ${route}`) && waiter.match(call)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(call);
        }
      }
    }
    // Discord answers "no content" with a real 204 and no JSON type.
    if (answered.body === undefined) res.writeHead(204).end();
    else res.writeHead(answered.status, { "content-type": "application/json" }).end(JSON.stringify(answered.body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiUrl: `${url}/api`,
    calls,
    callsTo: (pattern) => calls.filter((call) => pattern.test(`${call.method} ${call.route}`)),
    failNext(pattern, ...faults) {
      for (const fault of faults) scripted.push({ pattern, fault });
    },
    refused,
    addAttachment(id, bytes, contentType) {
      attachments.set(id, { bytes, contentType });
      return `${url}/attachments/${id}/photo?ex=67a1b2c3&is=67a06143&hm=5f3c`;
    },
    waitFor(pattern, match = () => true, timeoutMs = 20_000) {
      const seen = calls.find((call) => pattern.test(`${call.method} ${call.route}`) && match(call));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { pattern, match, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          if (!waiters.includes(waiter)) return;
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no ${pattern} call within ${timeoutMs} ms; calls: ${calls.map((c) => `${c.method} ${c.route}`).join(", ")}`));
        }, timeoutMs).unref();
      });
    },
    gatewayReady() {
      return identified ? Promise.resolve() : new Promise((resolve) => readyWaiters.push(resolve));
    },
    dispatch: sendDispatch,
    async close() {
      for (const client of gateway.clients) client.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
