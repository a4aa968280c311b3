/** A fresh, migrated embedded database for one test file (a copy of the global template). */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import "./global-setup.ts";

export function copyTemplateDataDir(): string {
  const dataDir = join(mkdtempSync(join(tmpdir(), "relais-test-")), "data");
  cpSync(inject("templateDataDir"), dataDir, { recursive: true });
  rmSync(join(dataDir, "relais.lock"), { force: true });
  return dataDir;
}
