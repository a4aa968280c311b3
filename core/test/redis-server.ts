/**
 * A real Redis for tests: Debian's `redis-server` (installed by .ci/run) on a free loopback
 * port, in a temporary folder, without persistence. `stop()` kills it (an outage), `start()`
 * brings it back on the same port; `close()` also removes the folder.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.ts";

export type TestRedis = { url: string; port: number; stop(): Promise<void>; start(): Promise<void>; close(): Promise<void> };

export async function startRedisServer(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), "relais-redis-"));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const server = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = server;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        if (output.includes("Ready to accept connections")) {
          server.stdout?.off("data", onData);
          resolve();
        }
      };
      server.stdout?.on("data", onData);
      server.once("exit", (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
      server.once("error", reject);
    });
    server.stdout?.resume();
    server.stderr?.resume();
  };
  const stop = async () => {
    const server = child;
    child = undefined;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = once(server, "exit");
    server.kill("SIGKILL");
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
