/**
 * What several Relais instances share, for the benchmarks that run two: Debian's redis-server
 * and `relais db serve` (the embedded database served over TCP), both on free loopback ports
 * in `root`. `stop()` ends them (after the instances that use them).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** Resolves with the first match of `pattern` (its first group, if any) in what `child` prints. */
export function printed(child: ChildProcess, pattern: RegExp): Promise<string> {
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const match = pattern.exec(out);
      if (match) resolve(match[1] ?? match[0]);
    });
    child.once("exit", (code) => reject(new Error(`${child.spawnfile} exited (${code}) before printing ${pattern}`)));
  });
}

export type SharedBackends = {
  env: { DATABASE_URL: string; REDIS_URL: string; JWT_SECRET: string; RELAIS_ENCRYPTION_KEY: string };
  stop(): Promise<void>;
};

export async function startSharedBackends(root: string): Promise<SharedBackends> {
  const children: ChildProcess[] = [];
  const redisPort = await freePort();
  const redis = spawn(
    "redis-server",
    ["--port", String(redisPort), "--bind", "127.0.0.1", "--dir", root, "--save", "", "--appendonly", "no"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(redis);
  await printed(redis, /Ready to accept connections/);
  const db = spawn(process.execPath, ["core/src/cli/relais.ts", "db", "serve", "--port", "0"], {
    env: { ...process.env, RELAIS_DATA_DIR: join(root, "db") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(db);
  const databaseUrl = await printed(db, /DATABASE_URL=(\S+)\n/);
  return {
    env: {
      DATABASE_URL: databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      JWT_SECRET: "bench-shared-secret-0123456789abcdefghijklmn",
      RELAIS_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString("base64"),
    },
    async stop() {
      for (const child of children.reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
    },
  };
}
