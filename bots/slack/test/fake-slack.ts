/**
 * A local fake of the remote side of Slack: the Web API (`POST /api/<method>`, form-encoded or
 * JSON, `Authorization: Bearer`) and `response_url` endpoints. It records every call, answers
 * like Slack does (ids, `ts`, `ok`), and can be told to fail: 429 with `Retry-After`, 5xx,
 * `{ok:false,error}`, or a method Slack does not know (to test fallbacks). Tests wait for calls
 * through `waitFor`, never by sleeping.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export type FakeCall = {
  method: string;
  /** Form fields and JSON bodies alike; `blocks`, `view`… are parsed when they are JSON strings. */
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** What the fake answered (the posted message's `ts`…). */
  result?: Record<string, unknown>;
};

/** One scripted answer instead of the normal one. */
export type FakeFault = { status: number; retryAfter?: number } | { error: string };

export type FakeUser = { id: string; team_id: string; name: string; real_name: string; locale?: string; tz?: string; is_bot?: boolean };

export type FakeSlack = {
  url: string;
  /** The Web API base to give the client (`SLACK_API_URL`). */
  apiUrl: string;
  calls: FakeCall[];
  callsTo(method: string): FakeCall[];
  /** The next answers of `method`, in order; then normal answers again. */
  failNext(method: string, ...faults: FakeFault[]): void;
  /** Every answer of `method` is this fault until `heal(method)`. */
  failAlways(method: string, fault: FakeFault): void;
  heal(method: string): void;
  /** A user `users.info` knows. */
  addUser(user: FakeUser): void;
  /** A file Slack keeps for a shared message; returns its `url_private_download` (GETs are recorded as `file:<id>`). */
  addFile(id: string, bytes: Uint8Array, mimeType: string): string;
  /** Resolves with the first call (past or future) to `method` that `match` accepts. */
  waitFor(method: string, match?: (call: FakeCall) => boolean, timeoutMs?: number): Promise<FakeCall>;
  /** A `response_url` served by this fake; calls to it are recorded as method `response_url:<id>`. */
  responseUrl(id: string): string;
  /**
   * Socket Mode: `apps.connections.open` hands out this fake's WebSocket, which says hello. Sends
   * an Events API envelope over it and resolves with the client's acknowledgement.
   */
  pushEvent(payload: unknown, type?: "events_api" | "slash_commands" | "interactive"): Promise<{ envelope_id: string }>;
  /** Resolves once a Socket Mode client is connected. */
  socketConnected(): Promise<void>;
  /** How many answers were refused or failed, per method. */
  faultsServed: Map<string, number>;
  /** The calls answered with a fault, when they came (a retry's delay is measured from them). */
  refused: FakeCall[];
  /**
   * The next call to `method` that `match` accepts is carried out (recorded, in the history) but
   * its answer is held back for ever: the caller never learns it succeeded. Resolves with it.
   */
  holdAnswer(method: string, match?: (call: FakeCall) => boolean): Promise<FakeCall>;
  close(): Promise<void>;
};

/** What Slack's `auth.test` says about the bot in tests. */
export const FAKE_BOT = { team_id: "T0RELAIS", user_id: "U0BOT", bot_id: "B0BOT", team: "Relais test" };

const JSON_FIELDS = new Set(["blocks", "attachments", "view", "prompts", "chunks", "metadata", "user_ids"]);

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  if ((req.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // kept as text: what the client sent
      }
    }
    args[key] = value;
  }
  return args;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const scripted = new Map<string, FakeFault[]>();
  const always = new Map<string, FakeFault>();
  const users = new Map<string, FakeUser>();
  const files = new Map<string, { bytes: Uint8Array; mimeType: string }>();
  /** Messages posted, per channel, oldest first (for conversations.history / replies). */
  const history = new Map<string, Record<string, unknown>[]>();
  const faultsServed = new Map<string, number>();
  const refused: FakeCall[] = [];
  const holds: { method: string; match: (call: FakeCall) => boolean; resolve: (call: FakeCall) => void }[] = [];
  const waiters: { method: string; match: (call: FakeCall) => boolean; resolve: (call: FakeCall) => void }[] = [];
  let counter = 0;
  // Socket Mode: one WebSocket server, the latest client connected to it.
  const sockets = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await once(sockets, "listening");
  let socket: WebSocket | undefined;
  const connectedWaiters: (() => void)[] = [];
  sockets.on("connection", (ws) => {
    socket = ws;
    ws.send(
      JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake-slack" }, connection_info: { app_id: "A0RELAIS" } }),
    );
    for (const resolve of connectedWaiters.splice(0)) resolve();
  });
  const nextTs = () => {
    counter += 1;
    return `${1_764_400_000 + counter}.${String(counter).padStart(6, "0")}`;
  };

  function answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof args.channel === "string" ? args.channel : undefined;
    switch (method) {
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/link/?ticket=fake` };
      case "oauth.v2.access":
        // Token rotation: a refresh token exchanged for a new bot token (12 hours).
        if (args.grant_type === "refresh_token")
          return {
            ok: true,
            access_token: `xoxb-rotated-${String(args.refresh_token).slice(-4)}`,
            refresh_token: `xoxe-1-next-${counter}`,
            token_type: "bot",
            expires_in: 43_200,
            team: { id: "T0ROTATE", name: "Rotating team" },
            enterprise: null,
            is_enterprise_install: false,
          };
        // The code Slack gave the browser, exchanged for the workspace's bot token.
        return {
          ok: true,
          app_id: "A0RELAIS",
          authed_user: { id: "U0ADMIN" },
          scope: "chat:write,im:history",
          token_type: "bot",
          access_token: `xoxb-${String(args.code)}`,
          bot_user_id: "U0BOT",
          team: {
            id: String(args.code)
              .toUpperCase()
              .replace(/[^A-Z0-9]/g, ""),
            name: "Installed team",
          },
          enterprise: null,
          is_enterprise_install: false,
        };
      case "auth.test":
        return { ok: true, url: "https://relais-test.slack.com/", ...FAKE_BOT, user: "relais" };
      case "users.info": {
        const user = users.get(String(args.user));
        return user
          ? {
              ok: true,
              user: {
                id: user.id,
                team_id: user.team_id,
                name: user.name,
                real_name: user.real_name,
                is_bot: user.is_bot ?? false,
                tz: user.tz ?? "Europe/Paris",
                locale: user.locale,
                profile: { real_name: user.real_name, display_name: user.name },
              },
            }
          : { ok: false, error: "user_not_found" };
      }
      case "conversations.open": {
        const user = String(args.users ?? "").split(",")[0] ?? "";
        return { ok: true, channel: { id: `D${user.replace(/^U/, "")}` } };
      }
      case "chat.postMessage":
      case "chat.startStream": {
        const ts = nextTs();
        const message = {
          type: "message",
          ts,
          text: args.text,
          blocks: args.blocks,
          bot_id: FAKE_BOT.bot_id,
          ...(typeof args.thread_ts === "string" ? { thread_ts: args.thread_ts } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
        };
        if (channel) history.set(channel, [...(history.get(channel) ?? []), message]);
        return { ok: true, channel, ts, message };
      }
      case "conversations.history": {
        const messages = (history.get(String(channel)) ?? []).filter((m) => !m.thread_ts).reverse();
        // Slack leaves metadata out unless include_all_metadata is asked for.
        const withMetadata = String(args.include_all_metadata) === "true";
        return {
          ok: true,
          has_more: false,
          messages: messages.map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m)),
        };
      }
      case "conversations.replies": {
        const messages = (history.get(String(channel)) ?? []).filter((m) => m.ts === args.ts || m.thread_ts === args.ts);
        const withMetadata = String(args.include_all_metadata) === "true";
        return {
          ok: true,
          has_more: false,
          messages: messages.map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m)),
        };
      }
      case "chat.update":
      case "chat.appendStream":
      case "chat.stopStream":
        return { ok: true, channel, ts: args.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "views.publish":
      case "views.open":
      case "views.update":
        return { ok: true, view: { id: `V${nextTs().replace(".", "")}`, ...(args.view as object) } };
      default:
        return { ok: true };
    }
  }

  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    if (req.method === "GET" && path.startsWith("/files/")) {
      const id = path.slice(7);
      calls.push({ method: `file:${id}`, args: {}, token: req.headers.authorization?.replace(/^Bearer /, ""), at: Date.now() });
      const file = files.get(id);
      // Slack answers a download without the right token with its sign-in page, not the file.
      if (!file || req.headers.authorization !== "Bearer xoxb-test-token") {
        res.writeHead(file ? 302 : 404, file ? { location: "https://slack.com/signin" } : {}).end();
        return;
      }
      res.writeHead(200, { "content-type": file.mimeType }).end(Buffer.from(file.bytes));
      return;
    }
    const args = await readBody(req).catch(() => ({}));
    const method = path.startsWith("/api/") ? path.slice(5) : path.startsWith("/response/") ? `response_url:${path.slice(10)}` : path;
    const auth = req.headers.authorization;
    const call: FakeCall = { method, args, token: auth?.replace(/^Bearer /, ""), at: Date.now() };
    const queue = scripted.get(method);
    const fault = queue?.shift() ?? always.get(method);
    if (fault) {
      faultsServed.set(method, (faultsServed.get(method) ?? 0) + 1);
      refused.push(call);
      if ("status" in fault) {
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
        res
          .writeHead(fault.status, headers)
          .end(JSON.stringify({ ok: false, error: fault.status === 429 ? "ratelimited" : "fatal_error" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: fault.error }));
      return;
    }
    // Only calls Slack accepted are recorded: a test asserts what a member sees.
    const body = method.startsWith("response_url:") ? { ok: true } : answer(method, args);
    call.result = body;
    calls.push(call);
    for (const waiter of [...waiters]) {
      if (waiter.method === method && waiter.match(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
    const hold = holds.find((h) => h.method === method && h.match(call));
    if (hold) {
      holds.splice(holds.indexOf(hold), 1);
      hold.resolve(call);
      return; // done on Slack's side; the answer never leaves
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    failNext(method, ...faults) {
      scripted.set(method, [...(scripted.get(method) ?? []), ...faults]);
    },
    failAlways(method, fault) {
      always.set(method, fault);
    },
    heal(method) {
      always.delete(method);
      scripted.delete(method);
    },
    addUser(user) {
      users.set(user.id, user);
    },
    addFile(id, bytes, mimeType) {
      files.set(id, { bytes, mimeType });
      return `${url}/files/${id}`;
    },
    waitFor(method, match = () => true, timeoutMs = 20_000) {
      const seen = calls.find((call) => call.method === method && match(call));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { method, match, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          if (!waiters.includes(waiter)) return;
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no ${method} call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(", ")}`));
        }, timeoutMs).unref();
      });
    },
    responseUrl: (id) => `${url}/response/${id}`,
    socketConnected() {
      return socket ? Promise.resolve() : new Promise((resolve) => connectedWaiters.push(resolve));
    },
    pushEvent(payload, type = "events_api") {
      const ws = socket;
      if (!ws) return Promise.reject(new Error("no Socket Mode client connected"));
      const envelopeId = `env-${++counter}`;
      return new Promise((resolve) => {
        const onMessage = (data: Buffer) => {
          const message = JSON.parse(data.toString()) as { envelope_id?: string };
          if (message.envelope_id !== envelopeId) return;
          ws.off("message", onMessage);
          resolve({ envelope_id: envelopeId });
        };
        ws.on("message", onMessage);
        ws.send(
          JSON.stringify({ envelope_id: envelopeId, payload, type, accepts_response_payload: false, retry_attempt: 0, retry_reason: "" }),
        );
      });
    },
    faultsServed,
    refused,
    holdAnswer(method, match = () => true) {
      return new Promise((resolve) => holds.push({ method, match, resolve }));
    },
    async close() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
