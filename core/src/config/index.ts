/**
 * The one place Relais reads its environment. Every variable is validated here with zod and
 * documented in `.env.example`; an invalid value stops the process with a line that names
 * the variable and says what is expected.
 */
import { isAbsolute, resolve } from "node:path";
import { z } from "zod";

const booleanFlag = (name: string, fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === "") return fallback;
      const normalized = value.trim().toLowerCase();
      if (["1", "true", "yes", "on"].includes(normalized)) return true;
      if (["0", "false", "no", "off"].includes(normalized)) return false;
      ctx.addIssue({ code: "custom", message: `${name} must be true or false` });
      return z.NEVER;
    });

const postgresUrl = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "") return undefined;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "expected a URL like postgresql://user:password@host:5432/relais" });
      return z.NEVER;
    }
    if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
      ctx.addIssue({ code: "custom", message: `expected a postgresql:// URL, got the scheme "${url.protocol}"` });
      return z.NEVER;
    }
    if (!url.hostname) {
      ctx.addIssue({ code: "custom", message: "the URL names no host (postgresql://user:password@host:5432/relais)" });
      return z.NEVER;
    }
    return value;
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"], { message: "expected development, test or production" }).default("development"),
  HOST: z.string().trim().min(1, "expected a host name or address, e.g. 0.0.0.0").default("127.0.0.1"),
  PORT: z
    .string()
    .trim()
    .default("3000")
    .refine((value) => /^\d+$/.test(value) && Number(value) <= 65535, "expected a whole number between 0 and 65535")
    .transform(Number),
  PUBLIC_URL: z.url({ message: "expected an absolute URL such as https://relais.example.org" }).optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "expected one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  DATABASE_URL: postgresUrl,
  DATABASE_CONNECT_TIMEOUT_MS: z
    .string()
    .trim()
    .default("5000")
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 100, "expected milliseconds (a whole number ≥ 100)")
    .transform(Number),
  RELAIS_DATA_DIR: z.string().trim().min(1, "expected a folder path").default("./data"),
  RELAIS_DEMO_DATA: booleanFlag("RELAIS_DEMO_DATA", true),
});

export type Config = {
  nodeEnv: "development" | "test" | "production";
  host: string;
  port: number;
  publicUrl: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  database: { driver: "pglite"; dataDir: string } | { driver: "pg"; url: string; connectTimeoutMs: number };
  demoData: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

/** Shows what the user wrote, but never a secret (a database URL's password). */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return "(unset)";
  if (name === "DATABASE_URL") return JSON.stringify(value.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@"));
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      return `${name}=${shown(name, env[name])}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.RELAIS_DATA_DIR) ? e.RELAIS_DATA_DIR : resolve(cwd, e.RELAIS_DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? { driver: "pg", url: e.DATABASE_URL, connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS }
      : { driver: "pglite", dataDir },
    demoData: e.RELAIS_DEMO_DATA,
  };
}
