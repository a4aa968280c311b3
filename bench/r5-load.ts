/**
 * R5 of the security probe (issue 10): 200 live sockets plus 50 requests a second for 60 s
 * against a Relais server on loopback; the acceptance is 0 errors.
 *
 *   npm run bench:r5                      # starts its own server (npm start's entry, demo data, temp folder)
 *   R5_URL=http://127.0.0.1:3000 npm run bench:r5   # an already running server (its API rate limit must allow 50 req/s)
 *
 * R5_SECONDS, R5_RATE and R5_SOCKETS change the run (60, 50, 200). Requests are sent on a
 * fixed schedule (open loop: a slow answer does not slow the next request down), a mix of
 * reads (search, a listing, categories, conversations, messages) and writes (messages to a
 * member whose sockets are listening). An error is any answer that is not 2xx, a network error,
 * a request without an answer after 15 s, a socket that cannot connect or is disconnected
 * during the run. Prints one JSON report; exits 1 when there was an error.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io, type Socket } from "socket.io-client";

const SECONDS = Number(process.env.R5_SECONDS ?? 60);
const RATE = Number(process.env.R5_RATE ?? 50);
const SOCKETS = Number(process.env.R5_SOCKETS ?? 200);
const MEMBERS = 20;
const TIMEOUT_MS = 15_000;
const PASSWORD = "R5-load-password-2026!";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

const rssMb = (pid: number | undefined) => {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
};

async function startOwnServer(): Promise<{ url: string; child: ChildProcess; root: string }> {
  const root = mkdtempSync(join(tmpdir(), "relais-r5-"));
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "api/src/main.ts"], {
    env: {
      ...process.env,
      RELAIS_DATA_DIR: join(root, "data"),
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "warn",
      // The load comes from one IP: the per-IP API limit (600/min) would answer 429 by design.
      RATE_LIMIT_API_PER_MINUTE: "1000000",
      RATE_LIMIT_SIGNUPS_PER_HOUR: "1000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { url, child, root };
    if (Date.now() > deadline) throw new Error("the server was not ready within 3 minutes");
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  const own = process.env.R5_URL ? undefined : await startOwnServer();
  const url = process.env.R5_URL ?? own!.url;
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const sockets: Socket[] = [];
  try {
    // Members, each with a conversation with the next one.
    const stamp = Date.now();
    const members: { token: string; id: string }[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const res = await call("POST", "/api/v1/auth/register", {
        email: `r5-${stamp}-${i}@bench.example`,
        password: PASSWORD,
        name: `Load ${i}`,
      });
      if (res.status !== 201) throw new Error(`sign-up answered ${res.status}`);
      members.push({ token: res.body.accessToken, id: res.body.user.id });
    }
    const conversations: { id: string; from: (typeof members)[number] }[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const from = members[i]!;
      const to = members[(i + 1) % MEMBERS]!;
      const res = await call("POST", "/api/v1/conversations", { memberIds: [to.id] }, from.token);
      if (res.status !== 201 && res.status !== 200) throw new Error(`conversation answered ${res.status}`);
      conversations.push({ id: res.body.id, from });
    }
    const listingIds: string[] = (await call("GET", "/api/v1/search?q=velo&limit=20")).body.items.map(
      (h: { listing: { id: string } }) => h.listing.id,
    );

    // 200 sockets, spread over the members; each counts what it receives.
    let socketErrors = 0;
    let pushes = 0;
    let running = true;
    await Promise.all(
      Array.from({ length: SOCKETS }, (_, i) => {
        const socket = io(url, {
          auth: { token: members[i % MEMBERS]!.token },
          transports: ["websocket"],
          reconnection: false,
          forceNew: true,
        });
        sockets.push(socket);
        socket.on("message", () => pushes++);
        socket.on("disconnect", () => {
          if (running) socketErrors++;
        });
        return new Promise<void>((resolve) => {
          socket.once("connect", () => resolve());
          socket.once("connect_error", () => {
            socketErrors++;
            resolve();
          });
        });
      }),
    );

    // The schedule: RATE requests a second for SECONDS seconds, a fixed mix.
    const kinds = ["search", "listing", "categories", "conversations", "message", "messages", "search", "message", "listing", "sync"];
    const latencies: number[] = [];
    const byKind: Record<string, number[]> = {};
    const errors: Record<string, number> = {};
    const rssBefore = rssMb(own?.child.pid);
    const total = SECONDS * RATE;
    const startedAt = performance.now();
    const inFlight: Promise<void>[] = [];
    for (let n = 0; n < total; n++) {
      const due = startedAt + (n * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const kind = kinds[n % kinds.length]!;
      const conversation = conversations[n % conversations.length]!;
      const request = (async () => {
        const t0 = performance.now();
        try {
          if (kind === "sync") {
            // A socket catches up on a conversation of its member.
            const index = n % sockets.length;
            const answer = (await sockets[index]!.timeout(TIMEOUT_MS).emitWithAck("sync", {
              conversationId: conversations[index % MEMBERS]!.id,
              after: 0,
            })) as { items?: unknown[]; error?: string };
            if (!Array.isArray(answer.items)) throw new Error(`sync ${answer.error}`);
          } else {
            const res =
              kind === "search"
                ? await call("GET", `/api/v1/search?q=${["velo", "guitare", "canapé", "developer", "perceuse"][n % 5]}&limit=10`)
                : kind === "listing"
                  ? await call("GET", `/api/v1/listings/${listingIds[n % Math.max(1, listingIds.length)] ?? "none"}`)
                  : kind === "categories"
                    ? await call("GET", "/api/v1/categories")
                    : kind === "conversations"
                      ? await call("GET", "/api/v1/conversations", undefined, conversation.from.token)
                      : kind === "messages"
                        ? await call(
                            "GET",
                            `/api/v1/conversations/${conversation.id}/messages?limit=20`,
                            undefined,
                            conversation.from.token,
                          )
                        : await call(
                            "POST",
                            `/api/v1/conversations/${conversation.id}/messages`,
                            { body: `load ${n}`, clientMessageId: `r5-${stamp}-${n}` },
                            conversation.from.token,
                          );
            if (res.status < 200 || res.status >= 300) throw new Error(`${kind} ${res.status}`);
          }
          const ms = performance.now() - t0;
          latencies.push(ms);
          byKind[kind] = [...(byKind[kind] ?? []), ms];
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          const key = `${error instanceof Error ? error.message.slice(0, 60) : String(error)}${cause ? ` (${cause.code ?? cause.message?.slice(0, 40)})` : ""}`;
          errors[key] = (errors[key] ?? 0) + 1;
        }
      })();
      inFlight.push(request);
    }
    await Promise.all(inFlight);
    const seconds = (performance.now() - startedAt) / 1000;
    running = false;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
    const requestErrors = Object.values(errors).reduce((a, b) => a + b, 0);
    const report = {
      target: own ? "own server (npm start entry, demo data)" : url,
      seconds: Math.round(seconds * 10) / 10,
      requests: total,
      perSecond: Math.round((total / seconds) * 10) / 10,
      sockets: SOCKETS,
      requestErrors,
      socketErrors,
      errors,
      latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) },
      p50ByKindMs: Object.fromEntries(
        Object.entries(byKind).map(([kind, values]) => [
          kind,
          Math.round((values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0) * 10) / 10,
        ]),
      ),
      pushesReceived: pushes,
      serverRssMb: { before: rssBefore, after: rssMb(own?.child.pid) },
      loadAverage: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
    };
    console.log(JSON.stringify(report, null, 2));
    process.exitCode = requestErrors + socketErrors === 0 ? 0 : 1;
  } finally {
    for (const socket of sockets) socket.disconnect();
    if (own) {
      own.child.kill("SIGTERM");
      await new Promise((r) => own.child.once("exit", r));
      rmSync(own.root, { recursive: true, force: true });
    }
  }
}

await main();
