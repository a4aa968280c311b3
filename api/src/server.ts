/**
 * Starts the HTTP server: listening at once (so /readyz answers "starting"), then the core,
 * the API router and real time once the database is ready. Used by `npm start`, the tests
 * and the benchmarks, so all three run the same server.
 */
import type { Server } from "node:http";
import { type SlackChannel, startSlack } from "@relais/bots/slack";
import { bootCore, type Core } from "@relais/core/boot";
import type { Config } from "@relais/core/config/index";
import type { Logger } from "pino";
import { createApiContext } from "./api-context.ts";
import { createApiRouter } from "./api-router.ts";
import { type CoreSlot, createApp } from "./app.ts";
import type { ApiContext } from "./http/api-context.ts";
import { answerClientErrorsAsProblems } from "./http/client-errors.ts";
import { attachRealtime } from "./realtime.ts";

export type RunningServer = {
  server: Server;
  url: string;
  /** Resolves once the core is up and the API serves. */
  ready: Promise<{ core: Core; api: ApiContext }>;
  close(): Promise<void>;
};

export async function startServer(
  config: Config,
  logger: Logger,
  options: { migrate?: boolean; onProgress?: (step: string) => void } = {},
): Promise<RunningServer> {
  const slot: CoreSlot = { startingStep: "starting" };
  const { app, limits } = createApp(slot, logger, config);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
    listening.once("error", reject);
  });
  answerClientErrorsAsProblems(server);
  const address = server.address();
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${typeof address === "object" && address ? address.port : config.port}`;

  let realtime: ReturnType<typeof attachRealtime> | undefined;
  let parts: { core: Core; api: ApiContext } | undefined;
  let slack: SlackChannel | undefined;
  const ready = (async () => {
    const core = await bootCore(
      config,
      (step) => {
        slot.startingStep = step;
        options.onProgress?.(step);
      },
      { migrate: options.migrate ?? true },
    );
    const api = await createApiContext(core, logger);
    slot.core = core;
    slot.router = createApiRouter(api, limits).router;
    realtime = attachRealtime(api, server);
    // Slack starts only when configured; its webhooks join the HTTP server's routes.
    if (config.slack) {
      slack = await startSlack({ config: config.slack, logger, core: { handle: (turn) => api.assistant.handle(turn) } });
      slot.webhooks = slack.router;
    }
    parts = { core, api };
    return parts;
  })();
  ready.catch(() => {});

  return {
    server,
    url,
    ready,
    async close() {
      server.close();
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 5_000).unref();
      await ready.catch(() => undefined);
      await slack?.stop();
      parts?.api.matching.stop();
      await realtime?.close();
      parts?.api.accounts.mailer.close();
      await parts?.core.db.close();
    },
  };
}
