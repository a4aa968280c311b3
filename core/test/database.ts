/** A fresh, migrated embedded database for one test file (a copy of the global template). */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { inject } from "vitest";
import "./global-setup.ts";

/**
 * The copy lives beside the template, so the run's teardown removes it with the template even
 * when a test keeps it until the end (a restart reuses it): test runs no longer fill /tmp.
 */
export function copyTemplateDataDir(): string {
  const dataDir = join(mkdtempSync(join(dirname(inject("templateDataDir")), "test-")), "data");
  cpSync(inject("templateDataDir"), dataDir, { recursive: true });
  rmSync(join(dataDir, "relais.lock"), { force: true });
  return dataDir;
}
