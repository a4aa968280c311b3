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
