/** Workspace credentials are stored encrypted, open only with their key and for their own row, and the key is configured safely. */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { type ConfigError, loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { Invalid } from "../errors/domain.ts";
import { resolveEncryptionKey } from "./encryption-key.ts";
import { deleteInstallation, getInstallation, type InstallationsContext, listInstallations, saveInstallation } from "./installations.ts";
import { SecretBoxError } from "./secret-box.ts";

let db: Database;
let dataDir: string;
let ctx: InstallationsContext;
beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  ctx = { prisma: db.prisma, encryptionKey: randomBytes(32) };
});
afterAll(async () => {
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

describe("channel installations", () => {
  it("stores credentials encrypted and reads them back; a reinstall replaces them; uninstall forgets them", async () => {
    const token = "xoxb-1234-secret-token";
    await saveInstallation(ctx, { provider: "slack", workspaceId: "T1", credentials: { botToken: token }, metadata: { team: "Acme" } });
    const row = await db.prisma.channelInstallation.findUniqueOrThrow({
      where: { provider_workspaceId: { provider: "slack", workspaceId: "T1" } },
    });
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(token);
    expect(Buffer.from(row.secret.split(".")[3] ?? "", "base64url").toString("utf8")).not.toContain(token);
    expect((await getInstallation(ctx, "slack", "T1"))?.credentials).toEqual({ botToken: token });

    await saveInstallation(ctx, { provider: "slack", workspaceId: "T1", credentials: { botToken: "xoxb-new" } });
    expect((await getInstallation(ctx, "slack", "T1"))?.credentials).toEqual({ botToken: "xoxb-new" });
    expect(await listInstallations(ctx, "slack")).toEqual([{ workspaceId: "T1", metadata: {}, updatedAt: expect.any(Date) }]);

    expect(await deleteInstallation(ctx, "slack", "T1")).toBe(true);
    expect(await getInstallation(ctx, "slack", "T1")).toBeNull();
    expect(await deleteInstallation(ctx, "slack", "T1")).toBe(false);
  });

  it("does not open with another key, nor when copied onto another workspace's row", async () => {
    await saveInstallation(ctx, { provider: "discord", workspaceId: "G1", credentials: { botToken: "g1" } });
    await saveInstallation(ctx, { provider: "discord", workspaceId: "G2", credentials: { botToken: "g2" } });
    await expect(getInstallation({ ...ctx, encryptionKey: randomBytes(32) }, "discord", "G1")).rejects.toBeInstanceOf(SecretBoxError);
    const g1 = await db.prisma.channelInstallation.findUniqueOrThrow({
      where: { provider_workspaceId: { provider: "discord", workspaceId: "G1" } },
    });
    await db.prisma.channelInstallation.update({
      where: { provider_workspaceId: { provider: "discord", workspaceId: "G2" } },
      data: { secret: g1.secret },
    });
    await expect(getInstallation(ctx, "discord", "G2")).rejects.toBeInstanceOf(SecretBoxError);
  });

  it("refuses malformed input and writes nothing", async () => {
    await expect(saveInstallation(ctx, { provider: "slack", workspaceId: " ", credentials: { a: 1 } })).rejects.toBeInstanceOf(Invalid);
    await expect(saveInstallation(ctx, { provider: "irc" as "slack", workspaceId: "W", credentials: { a: 1 } })).rejects.toBeInstanceOf(
      Invalid,
    );
    expect(await db.prisma.channelInstallation.count({ where: { workspaceId: { in: [" ", "W"] } } })).toBe(0);
  });
});

describe("RELAIS_ENCRYPTION_KEY", () => {
  const problemsOf = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it("accepts 32 bytes as base64 or hex, refuses anything else without echoing it, and is required in production", () => {
    const key = randomBytes(32);
    expect(loadConfig({ RELAIS_ENCRYPTION_KEY: key.toString("base64") }).auth.encryptionKey).toEqual(Uint8Array.from(key));
    expect(loadConfig({ RELAIS_ENCRYPTION_KEY: key.toString("hex") }).auth.encryptionKey).toEqual(Uint8Array.from(key));
    expect(loadConfig({ RELAIS_ENCRYPTION_KEY: key.toString("base64url") }).auth.encryptionKey).toEqual(Uint8Array.from(key));
    expect(problemsOf({ RELAIS_ENCRYPTION_KEY: "too-short-key" })).toEqual([
      "RELAIS_ENCRYPTION_KEY=(hidden): expected 32 random bytes as base64 or 64 hex characters (e.g. openssl rand -base64 32)",
    ]);
    expect(problemsOf({ RELAIS_ENCRYPTION_KEY: randomBytes(16).toString("base64") })).toHaveLength(1);
    expect(problemsOf({ NODE_ENV: "production", JWT_SECRET: "x".repeat(40) })).toEqual([
      "RELAIS_ENCRYPTION_KEY=(unset): required in production (32 random bytes: openssl rand -base64 32)",
    ]);
  });

  it("in development, generates a key once in the data folder, with a warning, and keeps it", () => {
    const folder = mkdtempSync(join(tmpdir(), "relais-key-"));
    try {
      const config = loadConfig({ RELAIS_DATA_DIR: folder });
      const warnings: string[] = [];
      const first = resolveEncryptionKey(config, (m) => warnings.push(m));
      const second = resolveEncryptionKey(config, (m) => warnings.push(m));
      expect(first).toHaveLength(32);
      expect(second).toEqual(first);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("RELAIS_ENCRYPTION_KEY is not set");
      expect(existsSync(join(folder, "secrets", "encryption-key"))).toBe(true);
      expect(readFileSync(join(folder, "secrets", "encryption-key"), "utf8")).toBe(Buffer.from(first).toString("base64"));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
