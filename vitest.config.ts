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
    // A worker runs its files one after another on the modules it already loaded (Prisma's client,
    // the assistant's model, the gazetteer): the suite runs in half the time. Every file builds its
    // own database, server and members, so no file depends on another's state; a test that needs a
    // fresh process (a module's load-once cache) starts one itself.
    isolate: false,
  },
});
