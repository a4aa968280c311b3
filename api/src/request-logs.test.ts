/** Request logs at info: one short line per request (method, url, status), not every header. */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { Writable } from "node:stream";
import { loadConfig } from "@relais/core/config/index";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../core/test/database.ts";
import { startServer } from "./server.ts";

const lines: Record<string, unknown>[] = [];
let running: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;

beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({
    RELAIS_DATA_DIR: dataDir,
    RELAIS_DEMO_DATA: "false",
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    HOST: "127.0.0.1",
    PORT: "0",
  });
  running = await startServer(config, pino({ level: "info" }, sink), { migrate: false });
  await running.ready;
});
afterAll(async () => {
  await running?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

describe("request logs", () => {
  it("log method, url and status at info, without request or response headers", async () => {
    const res = await fetch(`${running.url}/api/v1/categories`, { headers: { authorization: "Bearer not-a-real-token-123" } });
    expect(res.status).toBeLessThan(500);
    await expect.poll(() => lines.find((l) => (l.req as { url?: string } | undefined)?.url === "/api/v1/categories")).toBeDefined();
    const line = lines.find((l) => (l.req as { url?: string } | undefined)?.url === "/api/v1/categories")!;
    expect(line.req).toEqual({ id: expect.any(String), method: "GET", url: "/api/v1/categories" });
    expect(line.res).toEqual({ statusCode: res.status });
    expect(JSON.stringify(lines)).not.toContain("not-a-real-token");
  });
});
