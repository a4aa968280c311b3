/**
 * Applies `prisma/migrations` with the real `prisma migrate deploy`, in a child process,
 * before the app opens the database (only one process may hold a PGlite folder, so the app
 * hands its lock token to the child and opens the folder after the child has closed it).
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCK_TOKEN_ENV } from "./data-dir-lock.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export class MigrationError extends Error {
  readonly output: string;

  constructor(message: string, output: string) {
    super(message);
    this.output = output;
    this.name = "MigrationError";
  }
}

function prismaCliPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
}

/** The line of the CLI's output that explains a failure best. */
function explain(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const best =
    lines.find((line) => /^Error: P\d{4}/.test(line) || /^P\d{4}:/.test(line)) ??
    lines.find((line) => /error/i.test(line) && !/^at /.test(line)) ??
    lines.at(-1);
  return best ?? "prisma migrate deploy failed without a message";
}

export type MigrateOptions = { driver: "pglite"; dataDir: string; lockToken: string } | { driver: "pg"; url: string };

export async function migrateDeploy(options: MigrateOptions): Promise<{ output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
  };
  if (options.driver === "pglite") {
    delete env.DATABASE_URL;
    env.RELAIS_DATA_DIR = options.dataDir;
    env[LOCK_TOKEN_ENV] = options.lockToken;
  } else {
    env.DATABASE_URL = options.url;
  }
  const child = spawn(process.execPath, [prismaCliPath(), "migrate", "deploy"], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new MigrationError(`Database migration failed: ${explain(output)}`, output);
  return { output };
}
