/**
 * Widget sites on the embedded database: two instances starting at the same moment both get the
 * demo site (one row, no crash), and creating a key someone just took is a Conflict, not a 500.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { Conflict } from "../errors/domain.ts";
import { createSite, DEMO_SITE_KEY, ensureDemoSite } from "./sites.ts";

const dataDir = copyTemplateDataDir();
let db: Database;
beforeAll(async () => {
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
});
afterAll(async () => {
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

it("gives every instance starting at once the same demo site, created once", async () => {
  const ctx = { prisma: db.prisma, encryptionKey: randomBytes(32) };
  const sites = await Promise.all(Array.from({ length: 4 }, () => ensureDemoSite(ctx, "http://localhost:3000")));
  expect(new Set(sites.map((site) => site.key))).toEqual(new Set([DEMO_SITE_KEY]));
  expect(await db.prisma.widgetSite.count({ where: { key: DEMO_SITE_KEY } })).toBe(1);
});

it("answers Conflict when two admins create the same key at once", async () => {
  const ctx = { prisma: db.prisma, encryptionKey: randomBytes(32) };
  const input = { key: "club-velo", name: "Club vélo", allowedOrigins: ["https://club.example"] };
  const results = await Promise.allSettled([createSite(ctx, input), createSite(ctx, input)]);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
  expect(refused.reason).toBeInstanceOf(Conflict);
  expect(await db.prisma.widgetSite.count({ where: { key: "club-velo" } })).toBe(1);
});
