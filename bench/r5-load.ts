/**
 * R5 of the security probe (issue 10): 200 live sockets plus 50 requests a second for 60 s
 * against a Relais server on loopback; the acceptance is 0 errors.
 *
 *   npm run bench:r5                      # starts its own server (npm start's entry, demo data, temp folder)
 *   R5_URL=http://127.0.0.1:3000 npm run bench:r5   # an already running server (its API rate limit must allow 50 req/s)
 *   R5_INSTANCES=2 npm run bench:r5       # two instances of its own: redis-server, `relais db serve`, npm start twice
 *   R5_URL=http://a:3000,http://b:3000     # several running instances of one deployment
 *
 * With several instances, members, sockets and requests are spread over them in turn: a
 * message written on one instance is pushed to sockets held by the others (through Redis).
 * R5_SECONDS, R5_RATE and R5_SOCKETS change the run (60, 50, 200). Requests are sent on a
 * fixed schedule (open loop: a slow answer does not slow the next request down), a mix of
 * reads (search, a listing, categories, conversations, messages) and writes (messages to a
 * member whose sockets are listening). An error is any answer that is not 2xx, a network error,
 * a request without an answer after 15 s, a socket that cannot connect or is disconnected
 * during the run. Prints one JSON report; exits 1 when there was an error.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io, type Socket } from "socket.io-client";
import { freePort, startSharedBackends } from "./deployment.ts";

const SECONDS = Number(process.env.R5_SECONDS ?? 60);
const RATE = Number(process.env.R5_RATE ?? 50);
const SOCKETS = Number(process.env.R5_SOCKETS ?? 200);
const INSTANCES = Number(process.env.R5_INSTANCES ?? 1);
const MEMBERS = 20;
const TIMEOUT_MS = 15_000;
const PASSWORD = "R5-load-password-2026!";

const rssMb = (pid: number | undefined) => {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
};

type Own = { urls: string[]; children: ChildProcess[]; root: string; stop?: () => Promise<void> };

/** One instance (npm start's entry) with its own folder; the others' settings come in `env`. */
async function startInstance(root: string, name: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["api/src/main.ts"], {
    env: {
      ...process.env,
      RELAIS_DATA_DIR: join(root, name),
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "warn",
      // The load comes from one IP: the per-IP API limit (600/min) would answer 429 by design.
      RATE_LIMIT_API_PER_MINUTE: "1000000",
      RATE_LIMIT_SIGNUPS_PER_HOUR: "1000",
      ...env,
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
    if (ready) return { url, child };
    if (Date.now() > deadline) throw new Error("the server was not ready within 3 minutes");
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * One instance on the embedded database; or `count` instances of one deployment: Debian's
 * redis-server and `relais db serve` (the demo community loaded by the first instance).
 */
async function startOwnDeployment(count: number): Promise<Own> {
  const root = mkdtempSync(join(tmpdir(), "relais-r5-"));
  if (count <= 1) {
    const one = await startInstance(root, "data", {});
    return { urls: [one.url], children: [one.child], root };
  }
  const backends = await startSharedBackends(root);
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  // One after the other: the first loads the demo community, the next find it there.
  for (let i = 0; i < count; i++) {
    const instance = await startInstance(root, `instance-${i + 1}`, backends.env);
    children.push(instance.child);
    urls.push(instance.url);
  }
  return { urls, children, root, stop: () => backends.stop() };
}

async function main() {
  const own = process.env.R5_URL ? undefined : await startOwnDeployment(INSTANCES);
  const urls = process.env.R5_URL ? process.env.R5_URL.split(",").map((u) => u.trim()) : own!.urls;
  // The n-th request, member or socket goes to instance n mod count.
  const urlOf = (n: number) => urls[n % urls.length]!;
  let sent = 0;
  const call = async (method: string, path: string, body?: unknown, token?: string, n = sent++) => {
    const res = await fetch(`${urlOf(n)}${path}`, {
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
        const socket = io(urlOf(i), {
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
    const serverPids = own ? own.children.map((child) => child.pid) : [];
    const rssBefore = serverPids.map(rssMb);
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
      target: own
        ? INSTANCES > 1
          ? `${INSTANCES} instances (npm start entry, demo data) on relais db serve and redis-server`
          : "own server (npm start entry, demo data)"
        : urls.join(", "),
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
      serverRssMb: { before: rssBefore, after: serverPids.map(rssMb) },
      loadAverage: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
    };
    console.log(JSON.stringify(report, null, 2));
    process.exitCode = requestErrors + socketErrors === 0 ? 0 : 1;
  } finally {
    for (const socket of sockets) socket.disconnect();
    if (own) {
      // The instances, then the database server and Redis they use.
      for (const child of own.children) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      await own.stop?.();
      rmSync(own.root, { recursive: true, force: true });
    }
  }
}

await main();
