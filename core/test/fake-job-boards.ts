/**
 * The job boards on loopback: replays the recorded answers of core/src/missions/connectors/
 * recorded (routes.json: path, a subset of the query, status, headers, body file), logs every
 * request, and can be told to fail a route the next n times: malformed JSON, an HTML error
 * page, 429 with Retry-After, 500, or no answer at all (a timeout).
 */
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export const RECORDED_DIR = join(import.meta.dirname, "../src/missions/connectors/recorded");

type Route = {
  method?: string;
  path: string;
  query?: Record<string, string>;
  status?: number;
  headers?: Record<string, string>;
  file?: string;
};
export type Fault = "malformed" | "html" | "429" | "500" | "timeout";
export type BoardRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

export type FakeJobBoards = {
  url: string;
  requests: BoardRequest[];
  /** The next `times` requests to `path` (whose query holds `query`) fail with `fault`. */
  fail(path: string, query: Record<string, string>, fault: Fault, times?: number, retryAfterSeconds?: number): void;
  /** Serves `body` (JSON) for this route instead of the recording, until reset. */
  override(path: string, query: Record<string, string>, body: unknown, status?: number, headers?: Record<string, string>): void;
  reset(): void;
  close(): Promise<void>;
};

function matches(route: { path: string; query?: Record<string, string> }, path: string, query: URLSearchParams): boolean {
  if (route.path !== path) return false;
  // "*": the parameter is present (any value); "!": it is absent.
  return Object.entries(route.query ?? {}).every(([key, value]) =>
    value === "*" ? query.has(key) : value === "!" ? !query.has(key) : query.get(key) === value,
  );
}

export async function startFakeJobBoards(): Promise<FakeJobBoards> {
  const routes = JSON.parse(readFileSync(join(RECORDED_DIR, "routes.json"), "utf8")) as Route[];
  const requests: BoardRequest[] = [];
  let faults: { path: string; query: Record<string, string>; fault: Fault; left: number; retryAfter: number }[] = [];
  let overrides: (Route & { body: unknown })[] = [];
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://boards.test");
      const request = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(request);
      const fault = faults.find((f) => f.left > 0 && matches(f, url.pathname, url.searchParams));
      if (fault) {
        fault.left--;
        switch (fault.fault) {
          case "timeout":
            hanging.add(res);
            return;
          case "malformed":
            res.writeHead(200, { "content-type": "application/json" }).end('{"jobs": [{"id": 1, "title": "cut off');
            return;
          case "html":
            res
              .writeHead(502, { "content-type": "text/html" })
              .end("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");
            return;
          case "429":
            res
              .writeHead(429, { "content-type": "application/json", "retry-after": String(fault.retryAfter) })
              .end('{"error":"rate limited"}');
            return;
          case "500":
            res.writeHead(500, { "content-type": "application/json" }).end('{"error":"internal"}');
            return;
        }
      }
      const override = overrides.find((o) => matches(o, url.pathname, url.searchParams));
      if (override) {
        res
          .writeHead(override.status ?? 200, { "content-type": "application/json", ...override.headers })
          .end(JSON.stringify(override.body));
        return;
      }
      const route = routes.find((r) => (r.method ?? "GET") === request.method && matches(r, url.pathname, url.searchParams));
      if (!route) {
        res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
        return;
      }
      if (!route.file) {
        res.writeHead(route.status ?? 204, route.headers ?? {}).end();
        return;
      }
      res
        .writeHead(route.status ?? 200, { "content-type": "application/json; charset=utf-8", ...route.headers })
        .end(readFileSync(join(RECORDED_DIR, route.file)));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail(path, query, fault, times = 1, retryAfterSeconds = 0) {
      faults.push({ path, query, fault, left: times, retryAfter: retryAfterSeconds });
    },
    override(path, query, body, status, headers) {
      overrides.push({ path, query, body, ...(status ? { status } : {}), ...(headers ? { headers } : {}) });
    },
    reset() {
      faults = [];
      overrides = [];
      requests.length = 0;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** Environment pointing every connector at the fake boards, with test keys. */
export function boardsEnv(url: string): Record<string, string> {
  return {
    FRANCE_TRAVAIL_API_URL: url,
    FRANCE_TRAVAIL_TOKEN_URL: `${url}/connexion/oauth2/access_token?realm=/partenaire`,
    FRANCE_TRAVAIL_CLIENT_ID: "relais-test",
    FRANCE_TRAVAIL_CLIENT_SECRET: "relais-test-secret",
    ADZUNA_API_URL: url,
    ADZUNA_APP_ID: "test-app",
    ADZUNA_APP_KEY: "test-key",
    REMOTIVE_API_URL: url,
    REMOTEOK_API_URL: url,
    ARBEITNOW_API_URL: url,
    HIMALAYAS_API_URL: url,
    FREEWORK_API_URL: url,
    MISSIONS_CONTACT_URL: "https://relais.example.org/bot",
  };
}
