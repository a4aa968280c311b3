/**
 * TEST ONLY. A local fake of the Bot Connector service Teams gives bots as `serviceUrl`
 * (`https://smba.trafficmanager.net/emea/`): it serves the v3 conversation API under a region
 * path, so a client that drops the path finds nothing; it records what it receives (with the
 * `Authorization` header), answers message ids, and can refuse the next sends with a status
 * and a `Retry-After`. Tests wait on its calls (`waitFor`), never by sleeping.
 */
import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export const REGION_PATH = "/emea/";

export type ConnectorCall = {
  kind: "send" | "reply" | "update";
  conversation: string;
  /** The activity answered (reply), or updated (update). */
  activityId?: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read any part of the activity they sent.
  activity: any;
  authorization: string | undefined;
  /** The id the fake gave the message. */
  id: string;
};

export type FakeConnector = {
  /** The `serviceUrl` to put in activities (region path included, trailing slash as Teams writes it). */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** Messages (not typing or stream updates): what a member sees. */
  messages(conversation?: string): ConnectorCall[];
  waitFor(match: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  /** The next `count` writes are answered `status` (with `Retry-After: retryAfter` seconds when given). */
  failNext(status: number, options?: { retryAfter?: number; count?: number }): void;
  faultsServed(): number;
  /** Requests outside the region path (a client that lost it). */
  strays: string[];
  close(): Promise<void>;
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : {};
}

const ROUTE = /^v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?$/;

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const strays: string[] = [];
  const faults: { status: number; retryAfter?: number }[] = [];
  const events = new EventEmitter();
  let served = 0;
  let next = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    if (!url.pathname.startsWith(REGION_PATH)) {
      strays.push(`${req.method} ${url.pathname}`);
      return res.writeHead(404).end();
    }
    const route = ROUTE.exec(url.pathname.slice(REGION_PATH.length));
    if (!route || (req.method !== "POST" && req.method !== "PUT")) return res.writeHead(404).end();
    const activity = (await readJson(req)) as { type?: string };
    const fault = activity.type === "typing" ? undefined : faults.shift();
    if (fault) {
      served += 1;
      return res
        .writeHead(fault.status, {
          "content-type": "application/json",
          ...(fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {}),
        })
        .end(JSON.stringify({ error: { code: "Throttled", message: "fake fault" } }));
    }
    const conversation = decodeURIComponent(route[1] ?? "");
    const activityId = route[2] ? decodeURIComponent(route[2]) : undefined;
    const kind = req.method === "PUT" ? "update" : activityId ? "reply" : "send";
    const id = kind === "update" ? (activityId ?? "") : `1${String(Date.now()).slice(-9)}${String(++next).padStart(4, "0")}`;
    const call: ConnectorCall = {
      kind,
      conversation,
      ...(activityId ? { activityId } : {}),
      activity,
      authorization: req.headers.authorization,
      id,
    };
    calls.push(call);
    events.emit("call", call);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}${REGION_PATH}`,
    calls,
    strays,
    messages: (conversation) =>
      calls.filter(
        (call) =>
          call.activity.type === "message" &&
          !(call.activity.entities ?? []).some(
            (e: { type?: string; streamType?: string }) => e.type === "streaminfo" && e.streamType !== "final",
          ) &&
          (conversation === undefined || call.conversation === conversation),
      ),
    waitFor(match, timeoutMs = 60_000) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off("call", listener);
          const seen = calls
            .slice(-4)
            .map(
              (call) =>
                `${call.kind} ${call.activity.type} ${JSON.stringify(call.activity.text ?? call.activity.attachments?.[0]?.content ?? "").slice(0, 160)}`,
            );
          reject(new Error(`no matching Bot Connector call within ${timeoutMs} ms (${calls.length} calls; last: ${seen.join(" | ")})`));
        }, timeoutMs);
        const listener = (call: ConnectorCall) => {
          if (!match(call)) return;
          clearTimeout(timer);
          events.off("call", listener);
          resolve(call);
        };
        events.on("call", listener);
      });
    },
    failNext(status, options = {}) {
      for (let i = 0; i < (options.count ?? 1); i++)
        faults.push({ status, ...(options.retryAfter !== undefined ? { retryAfter: options.retryAfter } : {}) });
    },
    faultsServed: () => served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
