import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./index.ts";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, "/srv/relais");
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected the configuration to be refused");
}

describe("configuration", () => {
  it("runs on embedded defaults with an empty environment", () => {
    const config = loadConfig({}, "/srv/relais");
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ driver: "pglite", dataDir: "/srv/relais/data" });
    expect(config.demoData).toBe(true);
    expect(config.publicUrl).toBe("http://localhost:3000");
  });

  it("switches to Postgres when DATABASE_URL is set", () => {
    const config = loadConfig({ DATABASE_URL: "postgresql://relais:pw@db:5432/relais" });
    expect(config.database).toEqual({ driver: "pg", url: "postgresql://relais:pw@db:5432/relais", connectTimeoutMs: 5000 });
  });

  it("names the variable and what is expected", () => {
    expect(problemsOf({ PORT: "abc" })).toEqual(['PORT="abc": expected a whole number between 0 and 65535']);
    expect(problemsOf({ PORT: "70000" })[0]).toContain("PORT=");
    expect(problemsOf({ DATABASE_URL: "mysql://db/relais" })).toEqual([
      'DATABASE_URL="mysql://db/relais": expected a postgresql:// URL, got the scheme "mysql:"',
    ]);
    expect(problemsOf({ DATABASE_URL: "not a url" })[0]).toContain("expected a URL like postgresql://");
    expect(problemsOf({ RELAIS_DEMO_DATA: "maybe" })[0]).toBe('RELAIS_DEMO_DATA="maybe": RELAIS_DEMO_DATA must be true or false');
    expect(problemsOf({ LOG_LEVEL: "loud" })[0]).toContain("expected one of fatal");
  });

  it("reports every invalid variable at once and never shows a password", () => {
    const problems = problemsOf({ PORT: "-1", DATABASE_URL: "ftp://admin:s3cret@db/x" });
    expect(problems).toHaveLength(2);
    expect(problems.join(" ")).not.toContain("s3cret");
    expect(problems.join(" ")).toContain("admin:***@");
  });
});

describe("Slack configuration", () => {
  const single = { SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5", SLACK_BOT_TOKEN: "xoxb-1-2-abc" };

  it("stays off without Slack variables", () => {
    expect(loadConfig({}).slack).toBeUndefined();
  });

  it("starts one workspace in HTTP mode with only the signing secret and the bot token", () => {
    expect(loadConfig(single).slack).toEqual({
      signingSecret: single.SLACK_SIGNING_SECRET,
      appToken: undefined,
      install: { kind: "single", botToken: "xoxb-1-2-abc" },
      apiUrl: "https://slack.com/api/",
    });
    expect(loadConfig({ ...single, SLACK_API_URL: "http://127.0.0.1:9999/api" }).slack?.apiUrl).toBe("http://127.0.0.1:9999/api/");
  });

  it("starts Socket Mode with a bot token and an app token, no signing secret needed", () => {
    const slack = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A1-2-x" }).slack;
    expect(slack?.appToken).toBe("xapp-1-A1-2-x");
    expect(slack?.signingSecret).toBeUndefined();
  });

  it("starts OAuth (many workspaces) with the client id, secret and state secret", () => {
    const slack = loadConfig({
      SLACK_SIGNING_SECRET: "s",
      SLACK_CLIENT_ID: "123.456",
      SLACK_CLIENT_SECRET: "c",
      SLACK_STATE_SECRET: "a-state-secret-of-24-chars",
    }).slack;
    expect(slack?.install).toEqual({ kind: "oauth", clientId: "123.456", clientSecret: "c", stateSecret: "a-state-secret-of-24-chars" });
  });

  it("refuses a half configuration with one line naming what is missing, never showing a token", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1" })).toEqual([
      "SLACK_SIGNING_SECRET=(unset): HTTP mode needs the signing secret (Basic Information → App Credentials), or set SLACK_APP_TOKEN for Socket Mode",
    ]);
    expect(problemsOf({ SLACK_SIGNING_SECRET: "s" })[0]).toMatch(/^SLACK_BOT_TOKEN=\(unset\)/);
    expect(problemsOf({ SLACK_APP_TOKEN: "xapp-1" })[0]).toMatch(/^SLACK_BOT_TOKEN=\(unset\)/);
    expect(problemsOf({ SLACK_SIGNING_SECRET: "s", SLACK_CLIENT_ID: "1.2" })).toEqual([
      "SLACK_CLIENT_SECRET, SLACK_STATE_SECRET=(unset): OAuth installation (many workspaces) needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together",
    ]);
    expect(
      problemsOf({ ...single, SLACK_CLIENT_ID: "1", SLACK_CLIENT_SECRET: "2", SLACK_STATE_SECRET: "a-state-secret-of-24-chars" })[0],
    ).toContain("not both");
    const swapped = problemsOf({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xapp-secret-value" });
    expect(swapped).toEqual([
      "SLACK_BOT_TOKEN=(hidden): expected a bot token (OAuth & Permissions → Bot User OAuth Token), starting with xoxb-",
    ]);
  });
});

describe("Teams configuration", () => {
  const full = {
    TEAMS_APP_ID: "5d7c2a2e-1c54-4d7a-9a47-0c1d9b8f3e21",
    TEAMS_APP_PASSWORD: "pw~secret",
    TEAMS_TENANT_ID: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  };

  it("runs in anonymous development mode without an app id, and not at all in production", () => {
    expect(loadConfig({}).teams).toEqual({ mode: "anonymous" });
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(32), RELAIS_ENCRYPTION_KEY: "a".repeat(64) }).teams).toBeUndefined();
  });

  it("checks tokens with the app id, password and tenant, against the Bot Framework's OpenID configuration unless told otherwise", () => {
    expect(loadConfig(full).teams).toEqual({
      mode: "authenticated",
      appId: full.TEAMS_APP_ID,
      appPassword: full.TEAMS_APP_PASSWORD,
      tenantId: full.TEAMS_TENANT_ID,
      openIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
    });
    const local = loadConfig({ ...full, TEAMS_OPENID_METADATA_URL: "http://127.0.0.1:9999/openid" }).teams;
    expect(local?.mode === "authenticated" && local.openIdMetadataUrl).toBe("http://127.0.0.1:9999/openid");
  });

  it("refuses a half configuration with one line naming what is missing, never showing the password", () => {
    expect(problemsOf({ TEAMS_APP_ID: full.TEAMS_APP_ID })).toEqual([
      "TEAMS_APP_PASSWORD, TEAMS_TENANT_ID=(unset): Teams needs TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID together (Azure Bot → Configuration), or none of them",
    ]);
    expect(problemsOf({ TEAMS_APP_PASSWORD: "pw~secret" })[0]).toMatch(/^TEAMS_APP_ID, TEAMS_TENANT_ID=\(unset\)/);
    expect(problemsOf({ ...full, TEAMS_OPENID_METADATA_URL: "nope" }).join(" ")).not.toContain("pw~secret");
  });
});

describe("Discord configuration", () => {
  const http = { DISCORD_APPLICATION_ID: "1187654321098765432", DISCORD_PUBLIC_KEY: "a".repeat(64) };

  it("stays off without Discord variables", () => {
    expect(loadConfig({}).discord).toBeUndefined();
  });

  it("serves HTTP interactions with only the application id and the public key; the token adds the gateway", () => {
    expect(loadConfig(http).discord).toEqual({
      applicationId: http.DISCORD_APPLICATION_ID,
      publicKey: "a".repeat(64),
      token: undefined,
      apiUrl: "https://discord.com/api",
      guildId: undefined,
      gateway: false,
    });
    expect(loadConfig({ ...http, DISCORD_TOKEN: "bot-token" }).discord?.gateway).toBe(true);
    expect(loadConfig({ ...http, DISCORD_TOKEN: "bot-token", DISCORD_GATEWAY: "off" }).discord?.gateway).toBe(false);
    expect(loadConfig({ ...http, DISCORD_API_URL: "http://127.0.0.1:9/api/" }).discord?.apiUrl).toBe("http://127.0.0.1:9/api");
  });

  it("refuses a half configuration with one line naming what is missing", () => {
    expect(problemsOf({ DISCORD_PUBLIC_KEY: "a".repeat(64) })).toEqual([
      "DISCORD_APPLICATION_ID=(unset): Discord needs the application id (General Information → Application ID)",
    ]);
    expect(problemsOf({ DISCORD_APPLICATION_ID: http.DISCORD_APPLICATION_ID })[0]).toMatch(/^DISCORD_PUBLIC_KEY=\(unset\)/);
    expect(problemsOf({ ...http, DISCORD_PUBLIC_KEY: "not-hex" })[0]).toMatch(/^DISCORD_PUBLIC_KEY=\(hidden\): expected the public key/);
    expect(problemsOf({ ...http, DISCORD_GUILD_ID: "my-server" })[0]).toMatch(/^DISCORD_GUILD_ID="my-server": expected a server id/);
    expect(problemsOf({ DISCORD_APPLICATION_ID: http.DISCORD_APPLICATION_ID, DISCORD_TOKEN: "t", DISCORD_GATEWAY: "off" })[0]).toMatch(
      /^DISCORD_PUBLIC_KEY=\(unset\): with DISCORD_GATEWAY=off/,
    );
  });
});

describe("job-board configuration", () => {
  it("reads the boards' list, keys and base URLs, and refuses a bad value in one line", () => {
    expect(loadConfig({}).missions.enabled).toEqual([
      "francetravail",
      "adzuna",
      "remotive",
      "remoteok",
      "arbeitnow",
      "himalayas",
      "freework",
    ]);
    expect(loadConfig({ MISSIONS_SOURCES: "none" }).missions.enabled).toEqual([]);
    expect(loadConfig({ MISSIONS_SOURCES: "Remotive, freework" }).missions.enabled).toEqual(["remotive", "freework"]);
    expect(loadConfig({ REMOTIVE_API_URL: "http://127.0.0.1:9/" }).missions.remotive.apiUrl).toBe("http://127.0.0.1:9");
    expect(loadConfig({}).missions.adzuna).toMatchObject({ apiUrl: "https://api.adzuna.com", country: "fr", dailyQuota: 250 });
    expect(() => loadConfig({ MISSIONS_SOURCES: "remotive,monster" })).toThrow(
      /MISSIONS_SOURCES="remotive,monster": expected all, none or/,
    );
    expect(() => loadConfig({ ADZUNA_APP_ID: "x" })).toThrow(/ADZUNA_APP_KEY=\(unset\): set both ADZUNA_APP_ID and ADZUNA_APP_KEY/);
    expect(() => loadConfig({ FRANCE_TRAVAIL_TOKEN_URL: "not a url" })).toThrow(/FRANCE_TRAVAIL_TOKEN_URL/);
    expect(() => loadConfig({ ADZUNA_COUNTRY: "xx" })).toThrow(/ADZUNA_COUNTRY="xx": expected an Adzuna country code/);
    expect(loadConfig({ MISSIONS_SYNC_EVERY_MINUTES: "freework=30, adzuna=120" }).missions.everyMinutes).toEqual({
      freework: 30,
      adzuna: 120,
    });
    expect(loadConfig({}).missions.everyMinutes).toEqual({});
    expect(() => loadConfig({ MISSIONS_SYNC_EVERY_MINUTES: "remotive=60" })).toThrow(/remotive allows at most 4 fetches a day/);
    // An unknown board is named, with the boards there are.
    expect(() => loadConfig({ MISSIONS_SYNC_EVERY_MINUTES: "foo=30" })).toThrow(
      'no board is called "foo" ("foo=30"): the boards are francetravail, adzuna, remotive, remoteok, arbeitnow, himalayas, freework',
    );
    expect(() => loadConfig({ MISSIONS_SYNC_EVERY_MINUTES: "freework=30,monster=60" })).toThrow(/no board is called "monster"/);
    expect(() => loadConfig({ MISSIONS_SYNC_EVERY_MINUTES: "freework=7" })).toThrow(/expected board=minutes pairs/);
    expect(() => loadConfig({ MISSIONS_SYNC_EVERY_MINUTES: "freework=90" })).toThrow(/expected board=minutes pairs/);
  });
});

describe("metrics", () => {
  it("are off by default; a token serves them on the main port, METRICS_PORT on a private address", () => {
    expect(loadConfig({}).metrics).toEqual({ token: undefined, listener: undefined });
    const token = "0123456789abcdefghijklmnopqrstuv";
    expect(loadConfig({ METRICS_TOKEN: token }).metrics).toEqual({ token, listener: undefined });
    expect(loadConfig({ METRICS_PORT: "9464" }).metrics.listener).toEqual({ host: "127.0.0.1", port: 9464 });
    expect(loadConfig({ METRICS_PORT: "9464", METRICS_HOST: "10.0.3.7" }).metrics.listener).toEqual({ host: "10.0.3.7", port: 9464 });
    expect(loadConfig({ METRICS_PORT: "9464", METRICS_HOST: "0.0.0.0", METRICS_TOKEN: token }).metrics.listener?.host).toBe("0.0.0.0");
  });

  it("refuses a short token, a public address, and every interface without a token, never showing the token", () => {
    const token = "0123456789abcdefghijklmnopqrstuv";
    expect(() => loadConfig({ METRICS_TOKEN: "short-token" })).toThrow(/METRICS_TOKEN=\(hidden\): expected at least 24 random characters/);
    expect(() => loadConfig({ METRICS_PORT: "9464", METRICS_HOST: "8.8.8.8" })).toThrow(
      /METRICS_HOST="8.8.8.8": the metrics port serves without a token only on a loopback or private address/,
    );
    expect(() => loadConfig({ METRICS_PORT: "9464", METRICS_HOST: "0.0.0.0" })).toThrow(/every interface needs METRICS_TOKEN/);
    // With a token set, the refusal does not blame a missing token: a public address is refused either way.
    let refusal = "";
    try {
      loadConfig({ METRICS_PORT: "9464", METRICS_HOST: "8.8.8.8", METRICS_TOKEN: token });
    } catch (error) {
      refusal = String(error);
    }
    expect(refusal).toMatch(
      /METRICS_HOST="8\.8\.8\.8": .*never on one public address: set 0\.0\.0\.0 \(the token is then asked for\) or a private address/,
    );
    expect(refusal).not.toMatch(/without a token/);
    expect(refusal).not.toContain(token);
    expect(() => loadConfig({ METRICS_PORT: "99999" })).toThrow(/METRICS_PORT.*expected a port number/);
  });
});
