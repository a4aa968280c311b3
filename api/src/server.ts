/**
 * Starts the HTTP server: listening at once (so /readyz answers "starting"), then Relais
 * (`createRelais`: the core, accounts, assistant, channel ports and background workers), the
 * API router and real time once the database is ready. Used by `npm start`, the tests and the
 * benchmarks, so all three run the same server.
 */
import type { Server } from "node:http";
import { warmUpLocalEngine } from "@relais/core/assistant/warm-up";
import type { Core } from "@relais/core/boot";
import type { Config } from "@relais/core/config/index";
import { RelaisMetrics } from "@relais/core/metrics/metrics";
import { RedisLink } from "@relais/core/redis/redis";
import { createRelais, type Relais, type RelaisOptions } from "@relais/core/relais";
import { ensureDemoSite } from "@relais/core/widget/sites";
import { ensureWidgetBuilt } from "@relais/widget/build";
import type { Logger } from "pino";
import { createApiContext } from "./api-context.ts";
import { createApiRouter } from "./api-router.ts";
import { type CoreSlot, createApp } from "./app.ts";
import { type ChannelTestOptions, type RunningChannels, startChannels } from "./channels.ts";
import type { ApiContext } from "./http/api-context.ts";
import { answerClientErrorsAsProblems } from "./http/client-errors.ts";
import { startMetricsListener } from "./http/metrics.ts";
import { attachRealtime } from "./realtime.ts";
import { ownOriginsOf, SiteOrigins } from "./widget/site-origins.ts";

export type RunningServer = {
  server: Server;
  url: string;
  /** The private metrics listener's /metrics (METRICS_PORT), when configured. */
  metricsUrl: string | undefined;
  /** Resolves once the core is up and the API serves. */
  ready: Promise<{ core: Core; api: ApiContext; relais: Relais; channels: RunningChannels }>;
  close(): Promise<void>;
};

export async function startServer(
  config: Config,
  logger: Logger,
  options: { migrate?: boolean; onProgress?: (step: string) => void; channels?: ChannelTestOptions } & Pick<
    RelaisOptions,
    "workers" | "delivery" | "matchingDebounceMs" | "emailRetryDelaySeconds"
  > = {},
): Promise<RunningServer> {
  const slot: CoreSlot = { startingStep: "starting" };
  // One Redis link per process (REDIS_URL): rate limits from the first request, then the core's events and socket.io.
  const redis = config.redis ? new RedisLink(config.redis.url) : undefined;
  // Before the first request: the HTTP histogram counts from the start.
  const metrics = new RelaisMetrics();
  const { app, limits } = createApp(slot, logger, config, metrics, redis);
  const server: Server = await new Promise((resolve, reject) => {
    // Express 5 hands a listen error (a port already taken) to this callback rather than throwing it.
    const listening = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  answerClientErrorsAsProblems(server);
  let metricsListener: Awaited<ReturnType<typeof startMetricsListener>>;
  try {
    metricsListener = await startMetricsListener(metrics, config, (error) => logger.error({ err: error }, "metrics could not be read"));
  } catch (error) {
    server.close();
    await redis?.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`;

  // Built now if its sources changed (a fresh clone, a new release), while the core starts.
  const widget = ensureWidgetBuilt();
  widget.catch(() => {});
  let realtime: ReturnType<typeof attachRealtime> | undefined;
  let parts: { core: Core; api: ApiContext; relais: Relais; channels: RunningChannels } | undefined;
  let channels: RunningChannels | undefined;
  const ready = (async () => {
    const { onProgress, migrate, channels: channelOptions, ...relaisOptions } = options;
    const relais = await createRelais(config, {
      ...relaisOptions,
      ...(redis ? { redis } : {}),
      metrics,
      logger,
      migrate: migrate ?? true,
      onProgress: (step) => {
        slot.startingStep = step;
        onProgress?.(step);
      },
    });
    const api = createApiContext(relais, logger);
    // The widget's own pages (`/`, `/app`) use the demo site, which accepts PUBLIC_URL's origin
    // (stored) and the server's own addresses at its port (localhost, 127.0.0.1: what the log prints).
    await ensureDemoSite(relais.installations, config.publicUrl);
    const siteOrigins = new SiteOrigins(relais.installations, ownOriginsOf(config.host, port));
    await siteOrigins.refresh();
    // The assistant's warm-up (its model, dictionaries and towns, its understanding compiled) is part
    // of starting: no turn reaches an instance still compiling, and /readyz says so meanwhile.
    slot.startingStep = "warming up the assistant";
    onProgress?.(slot.startingStep);
    await warmUpLocalEngine(relais.core.market);
    slot.core = relais.core;
    slot.siteOrigins = siteOrigins;
    slot.router = createApiRouter(api, limits, siteOrigins, widget).router;
    realtime = attachRealtime(api, server, siteOrigins);
    // Chat platforms start only when configured: their webhooks join the HTTP server's routes and
    // their ChannelPorts join the delivery worker's registry.
    channels = await startChannels(api, logger, channelOptions);
    slot.webhooks = channels.webhooks;
    parts = { core: relais.core, api, relais, channels };
    return parts;
  })();
  ready.catch(() => {});

  return {
    server,
    url,
    metricsUrl: metricsListener?.url,
    ready,
    async close() {
      server.close();
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 5_000).unref();
      await ready.catch(() => undefined);
      await channels?.stop();
      await realtime?.close();
      await parts?.relais.close();
      await metricsListener?.close();
      await redis?.close();
    },
  };
}
