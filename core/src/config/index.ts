/**
 * The one place Relais reads its environment. Every variable is validated here with zod and
 * documented in `.env.example`; an invalid value stops the process with a line that names
 * the variable and says what is expected.
 */
import { isAbsolute, resolve } from "node:path";
import ipaddr from "ipaddr.js";
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

const wholeNumber = (fallback: number, min: number, max: number, unit = "") =>
  z
    .string()
    .trim()
    .default(String(fallback))
    .refine(
      (value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max,
      `expected a whole number${unit} between ${min} and ${max}`,
    )
    .transform(Number);

const optionalSecret = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const urlWithScheme = (schemes: string[], example: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return undefined;
      try {
        const url = new URL(value);
        if (schemes.includes(url.protocol)) return value.replace(/\/$/, "");
      } catch {
        // reported below
      }
      ctx.addIssue({ code: "custom", message: `expected a URL like ${example}` });
      return z.NEVER;
    });

const originList = z
  .string()
  .trim()
  .default("")
  .transform((value, ctx) => {
    const origins = value
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean);
    for (const origin of origins) {
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {
        // reported below
      }
      if (!url || url.origin !== origin.replace(/\/$/, "")) {
        ctx.addIssue({
          code: "custom",
          message: `"${origin}" is not an origin such as https://example.org (scheme, host and optional port, no path)`,
        });
        return z.NEVER;
      }
    }
    return origins.map((origin) => origin.replace(/\/$/, ""));
  });

/** A Slack token of one kind, recognised by its prefix (a bot token pasted as the app token is a common slip). */
const slackToken = (prefix: string, what: string) =>
  optionalSecret.refine((value) => value === undefined || value.startsWith(prefix), `expected ${what}, starting with ${prefix}`);

/** A Discord id (a "snowflake"): digits only. */
const snowflake = (what: string) =>
  optionalSecret.refine((value) => value === undefined || /^\d{15,21}$/.test(value), `expected ${what}: digits only`);

/** express's `trust proxy`: false, true, a hop count, or addresses/subnets. */
const trustProxy = z
  .string()
  .trim()
  .default("false")
  .transform((value): boolean | number | string => {
    const lower = value.toLowerCase();
    if (["false", "0", "no", "off", ""].includes(lower)) return false;
    if (["true", "yes", "on"].includes(lower)) return true;
    if (/^\d+$/.test(value)) return Number(value);
    return value;
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

/** Job boards Relais reads missions from (names used by the CLI, the run log and the API). */
export const MISSION_SOURCE_NAMES = ["francetravail", "adzuna", "remotive", "remoteok", "arbeitnow", "himalayas", "freework"] as const;

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"], { message: "expected development, test or production" }).default("development"),
  HOST: z.string().trim().min(1, "expected a host name or address, e.g. 0.0.0.0").default("127.0.0.1"),
  PORT: wholeNumber(3000, 0, 65535),
  PUBLIC_URL: z.url({ message: "expected an absolute URL such as https://relais.example.org" }).optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "expected one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  DATABASE_URL: postgresUrl,
  DATABASE_CONNECT_TIMEOUT_MS: wholeNumber(5000, 100, 600_000, " of milliseconds"),
  REDIS_URL: urlWithScheme(["redis:", "rediss:"], "redis://localhost:6379"),
  RELAIS_DATA_DIR: z.string().trim().min(1, "expected a folder path").default("./data"),
  RELAIS_DEMO_DATA: booleanFlag("RELAIS_DEMO_DATA", true),
  RELAIS_REPORTS_TO_HIDE_LISTING: wholeNumber(3, 1, 100, " of reports"),
  // auth
  JWT_SECRET: optionalSecret.refine(
    (value) => value === undefined || value.length >= 32,
    "expected at least 32 characters (e.g. openssl rand -base64 48)",
  ),
  RELAIS_ENCRYPTION_KEY: optionalSecret.refine(
    (value) => value === undefined || decodeEncryptionKey(value) !== undefined,
    "expected 32 random bytes as base64 or 64 hex characters (e.g. openssl rand -base64 32)",
  ),
  ACCESS_TOKEN_TTL_SECONDS: wholeNumber(900, 60, 86_400, " of seconds"),
  REFRESH_TOKEN_TTL_DAYS: wholeNumber(30, 1, 365, " of days"),
  REFRESH_REUSE_GRACE_SECONDS: wholeNumber(0, 0, 60, " of seconds"),
  // email
  SMTP_URL: urlWithScheme(["smtp:", "smtps:"], "smtps://user:password@smtp.example.org:465"),
  EMAIL_FROM: z
    .string()
    .trim()
    .min(3, "expected a sender such as Relais <no-reply@example.org>")
    .default("Relais <no-reply@relais.localhost>"),
  // HTTP security
  CORS_ORIGINS: originList,
  TRUST_PROXY: trustProxy,
  HTTPS_REDIRECT: booleanFlag("HTTPS_REDIRECT", false),
  RATE_LIMIT_API_PER_MINUTE: wholeNumber(600, 1, 1_000_000),
  RATE_LIMIT_LOGIN_FAILURES: wholeNumber(5, 1, 1000),
  RATE_LIMIT_LOGIN_FAILURES_PER_IP: wholeNumber(10, 1, 100_000),
  RATE_LIMIT_LOGIN_WINDOW_MINUTES: wholeNumber(15, 1, 1440, " of minutes"),
  RATE_LIMIT_SIGNUPS_PER_HOUR: wholeNumber(50, 1, 100_000),
  RATE_LIMIT_GUESTS_PER_HOUR: wholeNumber(20, 1, 100_000),
  // observability
  METRICS_TOKEN: optionalSecret.refine(
    (value) => value === undefined || value.length >= 24,
    "expected at least 24 random characters (e.g. openssl rand -base64 32)",
  ),
  METRICS_PORT: z
    .string()
    .trim()
    .optional()
    .refine(
      (value) => value === undefined || value === "" || (/^\d+$/.test(value) && Number(value) <= 65535),
      "expected a port number between 0 and 65535",
    )
    .transform((value) => (value === undefined || value === "" ? undefined : Number(value))),
  METRICS_HOST: z.string().trim().default("127.0.0.1"),
  // images
  S3_BUCKET: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  S3_ENDPOINT: urlWithScheme(["https:", "http:"], "https://s3.fr-par.scw.cloud"),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: optionalSecret,
  S3_SECRET_ACCESS_KEY: optionalSecret,
  S3_FORCE_PATH_STYLE: booleanFlag("S3_FORCE_PATH_STYLE", true),
  // OAuth sign-in
  GITHUB_CLIENT_ID: optionalSecret,
  GITHUB_CLIENT_SECRET: optionalSecret,
  GITHUB_OAUTH_URL: urlWithScheme(["https:", "http:"], "https://github.com/login/oauth"),
  GITHUB_API_URL: urlWithScheme(["https:", "http:"], "https://api.github.com"),
  LINKEDIN_CLIENT_ID: optionalSecret,
  LINKEDIN_CLIENT_SECRET: optionalSecret,
  LINKEDIN_OAUTH_URL: urlWithScheme(["https:", "http:"], "https://www.linkedin.com/oauth/v2"),
  LINKEDIN_API_URL: urlWithScheme(["https:", "http:"], "https://api.linkedin.com"),
  OAUTH_SUCCESS_REDIRECT: urlWithScheme(["https:", "http:"], "https://relais.example.org/welcome"),
  // AI
  OPENAI_API_KEY: optionalSecret,
  OPENAI_BASE_URL: urlWithScheme(["https:", "http:"], "https://api.openai.com/v1"),
  OPENAI_CHAT_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  OPENAI_EMBEDDING_MODEL: z.string().trim().min(1).default("text-embedding-3-small"),
  OPENAI_TIMEOUT_MS: wholeNumber(20_000, 1000, 300_000, " of milliseconds"),
  OPENAI_MAX_RETRIES: wholeNumber(2, 0, 10),
  RELAIS_EMBEDDER: z.enum(["local", "openai"], { message: "expected local or openai" }).optional(),
  RELAIS_ASSISTANT_ENGINE: z.enum(["local", "llm"], { message: "expected local or llm" }).optional(),
  // Read by the local engine's model cache (core/src/assistant/nlu/model-cache.ts); checked here at start.
  RELAIS_CACHE_DIR: z.string().trim().min(1, "expected a folder path").optional(),
  RELAIS_ACTION_TTL_DAYS: wholeNumber(14, 1, 90, " of days"),
  // Slack
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_BOT_TOKEN: slackToken("xoxb-", "a bot token (OAuth & Permissions → Bot User OAuth Token)"),
  SLACK_APP_TOKEN: slackToken("xapp-", "an app-level token with connections:write (Basic Information → App-Level Tokens)"),
  SLACK_CLIENT_ID: optionalSecret,
  SLACK_CLIENT_SECRET: optionalSecret,
  SLACK_STATE_SECRET: optionalSecret.refine(
    (value) => value === undefined || value.length >= 16,
    "expected at least 16 random characters (e.g. openssl rand -base64 24)",
  ),
  SLACK_API_URL: urlWithScheme(["https:", "http:"], "https://slack.com/api/"),
  // Microsoft Teams (Azure Bot, single tenant)
  TEAMS_APP_ID: optionalSecret,
  TEAMS_APP_PASSWORD: optionalSecret,
  TEAMS_TENANT_ID: optionalSecret,
  TEAMS_OPENID_METADATA_URL: urlWithScheme(["https:", "http:"], "https://login.botframework.com/v1/.well-known/openidconfiguration"),
  // job boards (missions)
  FRANCE_TRAVAIL_API_URL: urlWithScheme(["https:", "http:"], "https://api.francetravail.io"),
  FRANCE_TRAVAIL_TOKEN_URL: urlWithScheme(
    ["https:", "http:"],
    "https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire",
  ),
  FRANCE_TRAVAIL_CLIENT_ID: optionalSecret,
  FRANCE_TRAVAIL_CLIENT_SECRET: optionalSecret,
  ADZUNA_API_URL: urlWithScheme(["https:", "http:"], "https://api.adzuna.com"),
  ADZUNA_APP_ID: optionalSecret,
  ADZUNA_APP_KEY: optionalSecret,
  ADZUNA_COUNTRY: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(at|au|be|br|ca|ch|de|es|fr|gb|in|it|mx|nl|nz|pl|sg|us|za)$/, "expected an Adzuna country code such as fr, gb or de")
    .default("fr"),
  ADZUNA_DAILY_QUOTA: wholeNumber(250, 1, 1_000_000, " of requests"),
  ADZUNA_MONTHLY_QUOTA: wholeNumber(2500, 1, 10_000_000, " of requests"),
  REMOTIVE_API_URL: urlWithScheme(["https:", "http:"], "https://remotive.com"),
  REMOTEOK_API_URL: urlWithScheme(["https:", "http:"], "https://remoteok.com"),
  ARBEITNOW_API_URL: urlWithScheme(["https:", "http:"], "https://www.arbeitnow.com"),
  HIMALAYAS_API_URL: urlWithScheme(["https:", "http:"], "https://himalayas.app"),
  FREEWORK_API_URL: urlWithScheme(["https:", "http:"], "https://www.free-work.com"),
  MISSIONS_SOURCES: z
    .string()
    .trim()
    .toLowerCase()
    .default("all")
    .transform((value, ctx) => {
      if (value === "all") return [...MISSION_SOURCE_NAMES];
      if (value === "none") return [];
      const names = value
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean);
      if (names.length === 0 || names.some((name) => !(MISSION_SOURCE_NAMES as readonly string[]).includes(name))) {
        ctx.addIssue({ code: "custom", message: `expected all, none or a comma-separated list of ${MISSION_SOURCE_NAMES.join(", ")}` });
        return z.NEVER;
      }
      return names;
    }),
  MISSIONS_SYNC_SCHEDULE: booleanFlag("MISSIONS_SYNC_SCHEDULE", false),
  MISSIONS_IMPORT_PRIVATE_ADDRESSES: booleanFlag("MISSIONS_IMPORT_PRIVATE_ADDRESSES", false),
  MISSIONS_HTTP_TIMEOUT_MS: wholeNumber(15_000, 100, 120_000, " of milliseconds"),
  MISSIONS_HTTP_RETRIES: wholeNumber(3, 0, 10),
  // "freework=30,adzuna=120": minutes between two scheduled runs of a board (the others keep theirs).
  MISSIONS_SYNC_EVERY_MINUTES: z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      const cadence: Record<string, number> = {};
      for (const part of value
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [name, minutes] = part.split("=").map((p) => p.trim());
        const every = Number(minutes);
        const regular = every < 60 ? 60 % every === 0 : every % 60 === 0 && 1440 % every === 0;
        if (name && minutes !== undefined && !(MISSION_SOURCE_NAMES as readonly string[]).includes(name)) {
          ctx.addIssue({
            code: "custom",
            message: `no board is called "${name}" ("${part}"): the boards are ${MISSION_SOURCE_NAMES.join(", ")}`,
          });
          return z.NEVER;
        }
        if (!name || !(MISSION_SOURCE_NAMES as readonly string[]).includes(name) || !Number.isInteger(every) || every < 15 || !regular) {
          ctx.addIssue({
            code: "custom",
            message: `expected board=minutes pairs such as freework=30,adzuna=120 (15, 20, 30 or a whole number of hours dividing a day), got "${part}"`,
          });
          return z.NEVER;
        }
        // Remotive's terms: at most 4 fetches a day.
        if (name === "remotive" && every < 360) {
          ctx.addIssue({ code: "custom", message: "remotive allows at most 4 fetches a day: 360 minutes or more" });
          return z.NEVER;
        }
        cadence[name] = every;
      }
      return cadence as Partial<Record<(typeof MISSION_SOURCE_NAMES)[number], number>>;
    }),
  MISSIONS_CONTACT_URL: urlWithScheme(["https:", "http:"], "https://relais.example.org/bot"),
  // Shown on /about/bot (the default MISSIONS_CONTACT_URL) so a job board's operator can write to the admin.
  MISSIONS_CONTACT_EMAIL: optionalSecret.refine(
    (value) => value === undefined || z.email().safeParse(value).success,
    "expected an email address such as admin@example.org",
  ),
  // Discord
  DISCORD_TOKEN: optionalSecret,
  DISCORD_APPLICATION_ID: snowflake("the application id (General Information → Application ID)"),
  DISCORD_PUBLIC_KEY: optionalSecret.refine(
    (value) => value === undefined || /^[0-9a-fA-F]{64}$/.test(value),
    "expected the public key (General Information → Public Key): 64 hexadecimal characters",
  ),
  DISCORD_API_URL: urlWithScheme(["https:", "http:"], "https://discord.com/api"),
  DISCORD_GUILD_ID: snowflake("a server id (Developer Mode → right-click the server → Copy Server ID)"),
  DISCORD_GATEWAY: z.enum(["on", "off"], { message: "expected on or off" }).default("on"),
});

/** The job-board connectors: base URLs (tests and proxies point them elsewhere), keys, quotas. */
export type MissionsConfig = {
  /** Sources allowed to run (MISSIONS_SOURCES); each still needs its keys. */
  enabled: (typeof MISSION_SOURCE_NAMES)[number][];
  /** The running server fetches each source on its cadence. */
  schedule: boolean;
  /** Minutes between scheduled runs, per board, where MISSIONS_SYNC_EVERY_MINUTES changes its connector's default. */
  everyMinutes: Partial<Record<(typeof MISSION_SOURCE_NAMES)[number], number>>;
  /** Members' imports may read private network addresses (an intranet's job pages); off on a public server. */
  importPrivateAddresses: boolean;
  timeoutMs: number;
  retries: number;
  /** In the User-Agent, so a board's operator can reach us. */
  contactUrl: string;
  /** The admin's address that /about/bot shows, when set. */
  contactEmail: string | undefined;
  francetravail: { apiUrl: string; tokenUrl: string; clientId: string | undefined; clientSecret: string | undefined };
  adzuna: {
    apiUrl: string;
    appId: string | undefined;
    appKey: string | undefined;
    country: string;
    dailyQuota: number;
    monthlyQuota: number;
  };
  remotive: { apiUrl: string };
  remoteok: { apiUrl: string };
  arbeitnow: { apiUrl: string };
  himalayas: { apiUrl: string };
  freework: { apiUrl: string };
};

export type Config = {
  nodeEnv: "development" | "test" | "production";
  host: string;
  port: number;
  publicUrl: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  database: { driver: "pglite"; dataDir: string } | { driver: "pg"; url: string; connectTimeoutMs: number };
  /** Set: several instances share events, socket.io rooms, rate limits and turn order through this Redis. */
  redis: { url: string } | undefined;
  demoData: boolean;
  /** Independent reports (by distinct members, an unverified email counting half) that hide a listing pending review. */
  reportsToHideListing: number;
  auth: {
    /** Undefined: a random secret is generated once and kept in the data folder (not in production). */
    jwtSecret: string | undefined;
    /**
     * AES-256-GCM key for secrets stored in the database (channel installations). Undefined:
     * generated once and kept in the data folder (not in production).
     */
    encryptionKey: Uint8Array | undefined;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    refreshReuseGraceSeconds: number;
  };
  email: { smtpUrl: string | undefined; from: string };
  /**
   * GET /metrics (Prometheus). With `token`, the main port serves it to `Authorization: Bearer
   * <token>`; with `listener`, a second port on a private address serves it (asking the token
   * too when one is set). Neither: not served.
   */
  metrics: { token: string | undefined; listener: { host: string; port: number } | undefined };
  http: {
    corsOrigins: string[];
    trustProxy: boolean | number | string;
    httpsRedirect: boolean;
    rateLimits: {
      apiPerMinute: number;
      loginFailures: number;
      /** Failed sign-ins per IP across every email (password spraying). */
      loginFailuresPerIp: number;
      loginWindowMinutes: number;
      signupsPerHour: number;
      guestsPerHour: number;
    };
  };
  images: {
    /** Unset: local disk (RELAIS_DATA_DIR/media). */
    s3:
      | { bucket: string; endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean }
      | undefined;
  };
  oauth: {
    github: OAuthProviderConfig | undefined;
    linkedin: OAuthProviderConfig | undefined;
    successRedirect: string;
  };
  ai: {
    /** Set: the LLM engine and, unless RELAIS_EMBEDDER=local, OpenAI embeddings. */
    openai:
      | { apiKey: string; baseUrl: string | undefined; chatModel: string; embeddingModel: string; timeoutMs: number; maxRetries: number }
      | undefined;
    embedder: "local" | "openai";
    assistantEngine: "local" | "llm";
    /** How long a button (in a reply or a notification) can still be pressed. */
    actionTtlDays: number;
    /** Public GitHub REST API, for profile writing from a username. */
    githubApiUrl: string;
  };
  /** Unset: Slack does not start. */
  slack: SlackConfig | undefined;
  /** Unset: Teams does not start (production without TEAMS_APP_ID). */
  teams: TeamsConfig | undefined;
  missions: MissionsConfig;
  /** Unset: Discord does not start. */
  discord: DiscordConfig | undefined;
  dataDir: string;
};

/**
 * Microsoft Teams through an Azure Bot (single tenant): activities on POST /api/messages, each
 * one's Bot Framework token checked against the keys the OpenID configuration lists. Without
 * an app id, outside production, anonymous development mode (the Bot Framework Emulator's):
 * no token asked, no token sent.
 */
export type TeamsConfig =
  | { mode: "anonymous" }
  | { mode: "authenticated"; appId: string; appPassword: string; tenantId: string; openIdMetadataUrl: string };

/**
 * Slack: HTTP mode (events on POST /slack/events, checked with the signing secret) unless an
 * app-level token selects Socket Mode. One workspace with a bot token, or many with OAuth.
 */
export type SlackConfig = {
  /** Required in HTTP mode; Socket Mode does not sign requests. */
  signingSecret: string | undefined;
  /** Set: Socket Mode (no public URL needed). */
  appToken: string | undefined;
  install: { kind: "single"; botToken: string } | { kind: "oauth"; clientId: string; clientSecret: string; stateSecret: string };
  /** Web API base, ending with a slash. */
  apiUrl: string;
};

/**
 * Discord: HTTP interactions (`POST /discord/interactions`, checked with the public key) need
 * the application id and public key; the bot token adds proactive DMs and, unless
 * `DISCORD_GATEWAY=off`, the gateway connection.
 */
export type DiscordConfig = {
  applicationId: string;
  /** Set: the HTTP interactions endpoint is served. */
  publicKey: string | undefined;
  /** Set: REST as the bot (DMs through the outbox, command registration) and the gateway. */
  token: string | undefined;
  /** REST base without the version (`https://discord.com/api`); calls add `/v10`. */
  apiUrl: string;
  /** Commands registered in this server only (instant), instead of globally. */
  guildId: string | undefined;
  gateway: boolean;
};

export type OAuthProviderConfig = { clientId: string; clientSecret: string; oauthUrl: string; apiUrl: string };

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
    this.problems = problems;
    this.name = "ConfigError";
  }
}

/** RELAIS_ENCRYPTION_KEY as bytes: 32 bytes written as base64 (standard or URL-safe) or as 64 hex characters. */
export function decodeEncryptionKey(value: string): Uint8Array | undefined {
  const text = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Uint8Array.from(Buffer.from(text, "hex"));
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    if (bytes.length === 32) return Uint8Array.from(bytes);
  }
  return undefined;
}

/** Shows what the user wrote, but never a secret (a database URL's password). */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return "(unset)";
  if (/SECRET|TOKEN|PASSWORD|_KEY$/.test(name)) return "(hidden)";
  if (name === "DATABASE_URL" || name === "SMTP_URL" || name === "REDIS_URL")
    return JSON.stringify(value.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@"));
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function oauthProvider(
  clientId: string | undefined,
  clientSecret: string | undefined,
  oauthUrl: string,
  apiUrl: string,
): OAuthProviderConfig | undefined {
  return clientId && clientSecret ? { clientId, clientSecret, oauthUrl, apiUrl } : undefined;
}

type Env = z.infer<typeof EnvSchema>;

/** A half configuration stops the start with one line naming what is missing (nothing runs on a guess). */
/**
 * The metrics port answers without a token only on an address the outside cannot reach: a
 * loopback or private one. Every interface (0.0.0.0, ::) is accepted with METRICS_TOKEN only.
 */
function metricsProblems(e: Env): string[] {
  if (e.METRICS_PORT === undefined) return [];
  const host = e.METRICS_HOST;
  if (host === "localhost") return [];
  if (!ipaddr.isValid(host)) return [`METRICS_HOST="${host}": expected an IP address (127.0.0.1, 10.0.0.5, ::1)`];
  const range = ipaddr.process(host).range();
  if (["loopback", "private", "uniqueLocal", "linkLocal"].includes(range)) return [];
  if (range === "unspecified" && e.METRICS_TOKEN) return [];
  // A token does not make a public address acceptable: the README's rule is loopback or private, or every interface with the token.
  if (e.METRICS_TOKEN)
    return [
      `METRICS_HOST="${host}": the metrics port listens on a loopback or private address, or on every interface (0.0.0.0) with METRICS_TOKEN, never on one public address: set 0.0.0.0 (the token is then asked for) or a private address`,
    ];
  return [
    `METRICS_HOST="${host}": the metrics port serves without a token only on a loopback or private address${
      range === "unspecified" ? " (every interface needs METRICS_TOKEN)" : ""
    }`,
  ];
}

function slackProblems(e: Env): string[] {
  const oauth = [e.SLACK_CLIENT_ID, e.SLACK_CLIENT_SECRET, e.SLACK_STATE_SECRET];
  const anyOauth = oauth.some(Boolean);
  const anySlack = anyOauth || Boolean(e.SLACK_SIGNING_SECRET || e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN);
  if (!anySlack) return [];
  if (anyOauth && !oauth.every(Boolean)) {
    const missing = (["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const).filter((name) => !e[name]);
    return [
      `${missing.join(", ")}=(unset): OAuth installation (many workspaces) needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together`,
    ];
  }
  if (anyOauth && e.SLACK_BOT_TOKEN)
    return [
      "SLACK_BOT_TOKEN: set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID/SECRET/STATE_SECRET (OAuth, many workspaces), not both",
    ];
  if (!anyOauth && !e.SLACK_BOT_TOKEN)
    return [
      "SLACK_BOT_TOKEN=(unset): Slack needs SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (OAuth)",
    ];
  // OAuth always needs the HTTP routes (/slack/install, /slack/oauth_redirect), hence requests Slack signs.
  if (!e.SLACK_SIGNING_SECRET && (!e.SLACK_APP_TOKEN || anyOauth))
    return [
      `SLACK_SIGNING_SECRET=(unset): ${anyOauth ? "OAuth" : "HTTP mode"} needs the signing secret (Basic Information → App Credentials)${anyOauth ? "" : ", or set SLACK_APP_TOKEN for Socket Mode"}`,
    ];
  return [];
}

const TEAMS_VARIABLES = ["TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID"] as const;

function teamsProblems(e: Env): string[] {
  const missing = TEAMS_VARIABLES.filter((name) => !e[name]);
  if (missing.length === 0 || missing.length === TEAMS_VARIABLES.length) return [];
  return [
    `${missing.join(", ")}=(unset): Teams needs TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID together (Azure Bot → Configuration), or none of them`,
  ];
}

function teamsConfig(e: Env): TeamsConfig | undefined {
  if (e.TEAMS_APP_ID && e.TEAMS_APP_PASSWORD && e.TEAMS_TENANT_ID)
    return {
      mode: "authenticated",
      appId: e.TEAMS_APP_ID,
      appPassword: e.TEAMS_APP_PASSWORD,
      tenantId: e.TEAMS_TENANT_ID,
      openIdMetadataUrl: e.TEAMS_OPENID_METADATA_URL ?? "https://login.botframework.com/v1/.well-known/openidconfiguration",
    };
  // As the Bot Framework Emulator expects; never in production, where every activity must carry a token.
  return e.NODE_ENV === "production" ? undefined : { mode: "anonymous" };
}

/** Discord's half configurations, one line each (nothing starts on a guess). */
function discordProblems(e: Env): string[] {
  const any = Boolean(e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID || e.DISCORD_PUBLIC_KEY || e.DISCORD_GUILD_ID);
  if (!any) return [];
  if (!e.DISCORD_APPLICATION_ID)
    return ["DISCORD_APPLICATION_ID=(unset): Discord needs the application id (General Information → Application ID)"];
  if (!e.DISCORD_PUBLIC_KEY && !e.DISCORD_TOKEN)
    return [
      "DISCORD_PUBLIC_KEY=(unset): Discord needs DISCORD_PUBLIC_KEY (HTTP interactions) or DISCORD_TOKEN (the bot: gateway and DMs), or both",
    ];
  if (!e.DISCORD_PUBLIC_KEY && e.DISCORD_GATEWAY === "off")
    return ["DISCORD_PUBLIC_KEY=(unset): with DISCORD_GATEWAY=off, interactions come over HTTP and need the public key"];
  return [];
}

function discordConfig(e: Env): DiscordConfig | undefined {
  if (!e.DISCORD_APPLICATION_ID || (!e.DISCORD_PUBLIC_KEY && !e.DISCORD_TOKEN)) return undefined;
  return {
    applicationId: e.DISCORD_APPLICATION_ID,
    publicKey: e.DISCORD_PUBLIC_KEY?.toLowerCase(),
    token: e.DISCORD_TOKEN,
    apiUrl: e.DISCORD_API_URL ?? "https://discord.com/api",
    guildId: e.DISCORD_GUILD_ID,
    gateway: e.DISCORD_GATEWAY === "on" && Boolean(e.DISCORD_TOKEN),
  };
}

function slackConfig(e: Env): SlackConfig | undefined {
  const install: SlackConfig["install"] | undefined = e.SLACK_BOT_TOKEN
    ? { kind: "single", botToken: e.SLACK_BOT_TOKEN }
    : e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
      ? { kind: "oauth", clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET, stateSecret: e.SLACK_STATE_SECRET }
      : undefined;
  if (!install) return undefined;
  return {
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    install,
    apiUrl: `${e.SLACK_API_URL ?? "https://slack.com/api"}/`,
  };
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
  const problems: string[] = [];
  if (e.NODE_ENV === "production" && !e.JWT_SECRET)
    problems.push("JWT_SECRET=(unset): required in production (at least 32 random characters)");
  if (e.NODE_ENV === "production" && !e.RELAIS_ENCRYPTION_KEY)
    problems.push("RELAIS_ENCRYPTION_KEY=(unset): required in production (32 random bytes: openssl rand -base64 32)");
  for (const [provider, id, secret] of [
    ["GITHUB", e.GITHUB_CLIENT_ID, e.GITHUB_CLIENT_SECRET],
    ["LINKEDIN", e.LINKEDIN_CLIENT_ID, e.LINKEDIN_CLIENT_SECRET],
  ] as const) {
    if (Boolean(id) !== Boolean(secret))
      problems.push(
        `${provider}_CLIENT_${id ? "SECRET" : "ID"}=(unset): set both ${provider}_CLIENT_ID and ${provider}_CLIENT_SECRET, or neither`,
      );
  }
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY))
    problems.push(
      "S3_SECRET_ACCESS_KEY=(unset): set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (then the SDK's usual credential chain applies)",
    );
  if (!e.OPENAI_API_KEY && e.RELAIS_EMBEDDER === "openai") problems.push('RELAIS_EMBEDDER="openai": needs OPENAI_API_KEY');
  if (!e.OPENAI_API_KEY && e.RELAIS_ASSISTANT_ENGINE === "llm") problems.push('RELAIS_ASSISTANT_ENGINE="llm": needs OPENAI_API_KEY');
  problems.push(...slackProblems(e));
  problems.push(...teamsProblems(e));
  for (const [name, id, secret] of [
    ["FRANCE_TRAVAIL_CLIENT", e.FRANCE_TRAVAIL_CLIENT_ID, e.FRANCE_TRAVAIL_CLIENT_SECRET],
    ["ADZUNA_APP", e.ADZUNA_APP_ID, e.ADZUNA_APP_KEY],
  ] as const) {
    if (Boolean(id) !== Boolean(secret)) {
      const [first, second] = name === "ADZUNA_APP" ? ["ID", "KEY"] : ["ID", "SECRET"];
      problems.push(`${name}_${id ? second : first}=(unset): set both ${name}_${first} and ${name}_${second}, or neither`);
    }
  }
  problems.push(...discordProblems(e));
  problems.push(...metricsProblems(e));
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = isAbsolute(e.RELAIS_DATA_DIR) ? e.RELAIS_DATA_DIR : resolve(cwd, e.RELAIS_DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? { driver: "pg", url: e.DATABASE_URL, connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS }
      : { driver: "pglite", dataDir },
    redis: e.REDIS_URL ? { url: e.REDIS_URL } : undefined,
    demoData: e.RELAIS_DEMO_DATA,
    reportsToHideListing: e.RELAIS_REPORTS_TO_HIDE_LISTING,
    dataDir,
    ai: {
      openai: e.OPENAI_API_KEY
        ? {
            apiKey: e.OPENAI_API_KEY,
            baseUrl: e.OPENAI_BASE_URL,
            chatModel: e.OPENAI_CHAT_MODEL,
            embeddingModel: e.OPENAI_EMBEDDING_MODEL,
            timeoutMs: e.OPENAI_TIMEOUT_MS,
            maxRetries: e.OPENAI_MAX_RETRIES,
          }
        : undefined,
      embedder: e.RELAIS_EMBEDDER ?? (e.OPENAI_API_KEY ? "openai" : "local"),
      assistantEngine: e.RELAIS_ASSISTANT_ENGINE ?? (e.OPENAI_API_KEY ? "llm" : "local"),
      actionTtlDays: e.RELAIS_ACTION_TTL_DAYS,
      githubApiUrl: e.GITHUB_API_URL ?? "https://api.github.com",
    },
    slack: slackConfig(e),
    teams: teamsConfig(e),
    missions: {
      enabled: e.MISSIONS_SOURCES as MissionsConfig["enabled"],
      schedule: e.MISSIONS_SYNC_SCHEDULE,
      importPrivateAddresses: e.MISSIONS_IMPORT_PRIVATE_ADDRESSES,
      everyMinutes: e.MISSIONS_SYNC_EVERY_MINUTES,
      timeoutMs: e.MISSIONS_HTTP_TIMEOUT_MS,
      retries: e.MISSIONS_HTTP_RETRIES,
      contactUrl: e.MISSIONS_CONTACT_URL ?? `${publicUrl}/about/bot`,
      contactEmail: e.MISSIONS_CONTACT_EMAIL,
      francetravail: {
        apiUrl: e.FRANCE_TRAVAIL_API_URL ?? "https://api.francetravail.io",
        tokenUrl: e.FRANCE_TRAVAIL_TOKEN_URL ?? "https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire",
        clientId: e.FRANCE_TRAVAIL_CLIENT_ID,
        clientSecret: e.FRANCE_TRAVAIL_CLIENT_SECRET,
      },
      adzuna: {
        apiUrl: e.ADZUNA_API_URL ?? "https://api.adzuna.com",
        appId: e.ADZUNA_APP_ID,
        appKey: e.ADZUNA_APP_KEY,
        country: e.ADZUNA_COUNTRY,
        dailyQuota: e.ADZUNA_DAILY_QUOTA,
        monthlyQuota: e.ADZUNA_MONTHLY_QUOTA,
      },
      remotive: { apiUrl: e.REMOTIVE_API_URL ?? "https://remotive.com" },
      remoteok: { apiUrl: e.REMOTEOK_API_URL ?? "https://remoteok.com" },
      arbeitnow: { apiUrl: e.ARBEITNOW_API_URL ?? "https://www.arbeitnow.com" },
      himalayas: { apiUrl: e.HIMALAYAS_API_URL ?? "https://himalayas.app" },
      freework: { apiUrl: e.FREEWORK_API_URL ?? "https://www.free-work.com" },
    },
    discord: discordConfig(e),
    auth: {
      jwtSecret: e.JWT_SECRET,
      encryptionKey: e.RELAIS_ENCRYPTION_KEY ? decodeEncryptionKey(e.RELAIS_ENCRYPTION_KEY) : undefined,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      refreshReuseGraceSeconds: e.REFRESH_REUSE_GRACE_SECONDS,
    },
    email: { smtpUrl: e.SMTP_URL, from: e.EMAIL_FROM },
    metrics: {
      token: e.METRICS_TOKEN,
      listener: e.METRICS_PORT !== undefined ? { host: e.METRICS_HOST, port: e.METRICS_PORT } : undefined,
    },
    http: {
      corsOrigins: e.CORS_ORIGINS,
      trustProxy: e.TRUST_PROXY,
      httpsRedirect: e.HTTPS_REDIRECT,
      rateLimits: {
        apiPerMinute: e.RATE_LIMIT_API_PER_MINUTE,
        loginFailures: e.RATE_LIMIT_LOGIN_FAILURES,
        loginFailuresPerIp: e.RATE_LIMIT_LOGIN_FAILURES_PER_IP,
        loginWindowMinutes: e.RATE_LIMIT_LOGIN_WINDOW_MINUTES,
        signupsPerHour: e.RATE_LIMIT_SIGNUPS_PER_HOUR,
        guestsPerHour: e.RATE_LIMIT_GUESTS_PER_HOUR,
      },
    },
    images: {
      s3: e.S3_BUCKET
        ? {
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
            ...(e.S3_ACCESS_KEY_ID ? { accessKeyId: e.S3_ACCESS_KEY_ID } : {}),
            ...(e.S3_SECRET_ACCESS_KEY ? { secretAccessKey: e.S3_SECRET_ACCESS_KEY } : {}),
          }
        : undefined,
    },
    oauth: {
      github: oauthProvider(
        e.GITHUB_CLIENT_ID,
        e.GITHUB_CLIENT_SECRET,
        e.GITHUB_OAUTH_URL ?? "https://github.com/login/oauth",
        e.GITHUB_API_URL ?? "https://api.github.com",
      ),
      linkedin: oauthProvider(
        e.LINKEDIN_CLIENT_ID,
        e.LINKEDIN_CLIENT_SECRET,
        e.LINKEDIN_OAUTH_URL ?? "https://www.linkedin.com/oauth/v2",
        e.LINKEDIN_API_URL ?? "https://api.linkedin.com",
      ),
      successRedirect: e.OAUTH_SUCCESS_REDIRECT ?? `${publicUrl}/`,
    },
  };
}
