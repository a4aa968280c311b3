import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["core/src/**/*.test.ts", "api/src/**/*.test.ts", "bots/**/*.test.ts", "widget/src/**/*.test.ts"],
    // Integration tests start real processes and databases: generous limits, forked workers.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    globalSetup: ["core/test/global-setup.ts"],
    maxWorkers: 2,
  },
});
