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

/** `script`: npm start's entry by default; the multi-instance tests run api/test/instance.ts. */
export function startRelais(env: Record<string, string>, port: number, script = "api/src/main.ts"): RelaisProcess {
  const child = spawn(process.execPath, [script], {
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

/**
 * Resolves when the process has printed `text` (stdout or stderr): on the output event itself,
 * no polling. Rejects if the process exits first, or after `timeoutMs` (a bound, not a wait:
 * generous, as a cold start with migrations took over 60 s on a shared 2-core machine).
 */
export function waitForOutput(relais: RelaisProcess, text: string, timeoutMs = 150_000): Promise<void> {
  if (relais.output().includes(text)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const streams = [relais.child.stdout, relais.child.stderr];
    const done = (error?: Error) => {
      clearTimeout(timer);
      for (const stream of streams) stream?.off("data", check);
      relais.child.off("exit", exited);
      if (error) reject(error);
      else resolve();
    };
    // Registered after startRelais' own listeners, so output() already holds this chunk.
    const check = () => {
      if (relais.output().includes(text)) done();
    };
    const exited = (code: number | null) => done(new Error(`Relais exited (${code}) before printing "${text}":\n${relais.output()}`));
    const timer = setTimeout(
      () => done(new Error(`Relais did not print "${text}" within ${timeoutMs} ms:\n${relais.output()}`)),
      timeoutMs,
    );
    for (const stream of streams) stream?.on("data", check);
    relais.child.once("exit", exited);
    check();
  });
}

/** The line Relais logs once it serves everything (api/src/main.ts). */
export const READY_LINE = "Relais is ready on";

/** Waits for Relais to say it is ready, then checks /healthz; returns the body and how long it took. */
export async function waitForHealthy(relais: RelaisProcess, timeoutMs = 150_000): Promise<{ body: unknown; ms: number }> {
  const started = Date.now();
  await waitForOutput(relais, READY_LINE, timeoutMs);
  const response = await fetch(`http://127.0.0.1:${relais.port}/healthz`);
  if (response.status !== 200) throw new Error(`Relais said ready but /healthz answered ${response.status}:\n${relais.output()}`);
  return { body: await response.json(), ms: Date.now() - started };
}

export async function stopRelais(relais: RelaisProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  relais.child.kill(signal);
  return relais.exited;
}
