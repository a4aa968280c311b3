/**
 * Migrates one embedded database with the real `prisma migrate deploy` before the tests; each
 * test file then starts from a copy of it (a copy takes milliseconds, a migration seconds).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config/index.ts";
import { openDatabase } from "../src/db/database.ts";

let root: string | undefined;

export async function setup(project: TestProject) {
  root = mkdtempSync(join(tmpdir(), "relais-template-"));
  const dataDir = join(root, "data");
  const db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database);
  await db.close();
  project.provide("templateDataDir", dataDir);
}

export function teardown() {
  if (root) rmSync(root, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDataDir: string;
  }
}
