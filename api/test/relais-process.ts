/** Starts Relais exactly as `npm start` does (same entry point), for end-to-end tests. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type RelaisProcess = {
  child: ChildProcess;
  port: number;
  output(): string;
  stderr(): string;
  exited: Promise<number | null>;
};

export function startRelais(env: Record<string, string>, port: number): RelaisProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "api/src/main.ts"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, port, exited, output: () => stdout + stderr, stderr: () => stderr };
}

/** Polls /healthz until 200; returns the body and how long it took. */
export async function waitForHealthy(relais: RelaisProcess, timeoutMs = 60_000): Promise<{ body: unknown; ms: number }> {
  const started = Date.now();
  let exitCode: number | null | undefined;
  void relais.exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() - started < timeoutMs) {
    if (exitCode !== undefined) throw new Error(`Relais exited (${exitCode}) before being healthy:\n${relais.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${relais.port}/healthz`);
      if (response.status === 200) return { body: await response.json(), ms: Date.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Relais not healthy after ${timeoutMs} ms:\n${relais.output()}`);
}

export async function stopRelais(relais: RelaisProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  relais.child.kill(signal);
  return relais.exited;
}
