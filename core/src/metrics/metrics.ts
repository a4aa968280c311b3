/**
 * What a Relais process reports to Prometheus (prom-client), one registry per process (the
 * tests run several servers in one process, so nothing goes to prom-client's global registry).
 *
 * Counted where they happen: HTTP request latency by route pattern (api/src/http/metrics.ts),
 * assistant turn latency by engine, delivery attempts that failed by channel, connected
 * sockets. Read from the database at each scrape: the delivery outbox (pending rows and how
 * long the oldest due one has waited, per channel) and the job queue (jobs per queue and
 * state). Process metrics come from prom-client's collectDefaultMetrics (CPU, memory, event
 * loop lag, handles, GC).
 *
 * The outbox and queue gauges are the same in every instance (one database): sum the counters,
 * take the max of these.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { PrismaClient } from "../db/generated/client.ts";
import { DELIVERY_PROVIDERS } from "../delivery/channel-port.ts";
import type { JobQueue } from "../queue/job-queue.ts";

/** Channels the outbox worker sends; `socket` rows are pushed live and wait for an open socket, not for a worker. */
const OUTBOX_CHANNELS = DELIVERY_PROVIDERS.filter((channel) => channel !== "socket");
/** pg-boss's job states. */
export const JOB_STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;

export type TurnEngine = "local" | "llm";

export class RelaisMetrics {
  readonly registry = new Registry();
  readonly httpRequestDuration: Histogram<"method" | "route" | "status_code">;
  readonly turnDuration: Histogram<"engine">;
  readonly deliveryFailures: Counter<"channel" | "outcome">;
  readonly socketsConnected: Gauge;
  #onCollectError: (what: string, error: unknown) => void = () => {};

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequestDuration = new Histogram({
      name: "relais_http_request_duration_seconds",
      help: "HTTP requests by method, route pattern (not the raw path) and status code.",
      labelNames: ["method", "route", "status_code"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.turnDuration = new Histogram({
      name: "relais_assistant_turn_duration_seconds",
      help: "Assistant turns answered, from arrival to reply (waiting for the member's earlier turns included), by the engine that answered.",
      labelNames: ["engine"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.deliveryFailures = new Counter({
      name: "relais_delivery_failures_total",
      help: "Outbox delivery attempts that failed, by channel; outcome retried (will be tried again) or failed (given up).",
      labelNames: ["channel", "outcome"],
      registers,
    });
    this.socketsConnected = new Gauge({
      name: "relais_socketio_connected_sockets",
      help: "socket.io clients connected to this instance.",
      registers,
    });
  }

  /** Where a gauge that could not be read at a scrape is reported (its last value stays). */
  onCollectError(report: (what: string, error: unknown) => void): void {
    this.#onCollectError = report;
  }

  /** The outbox's depth and the wait of its oldest due row, per channel, read at each scrape. */
  watchDeliveries(prisma: PrismaClient): void {
    // Prisma stores UTC in timestamp columns without a zone: compare with UTC now, whatever the session's TimeZone.
    const rows = async () =>
      prisma.$queryRaw<{ channel: string; pending: number; oldest_due_seconds: number | null }[]>`
        SELECT "channel"::text AS channel, count(*)::int AS pending,
               extract(epoch FROM (now() AT TIME ZONE 'UTC') - min(coalesce("nextAttemptAt", "createdAt"))
                 FILTER (WHERE coalesce("nextAttemptAt", "createdAt") <= (now() AT TIME ZONE 'UTC')))::float8 AS oldest_due_seconds
        FROM "Delivery" WHERE "status" = 'pending' AND "channel" <> 'socket' GROUP BY "channel"`;
    // Both gauges read the same query once per scrape.
    let latest: Promise<Awaited<ReturnType<typeof rows>>> | undefined;
    const read = () => {
      latest ??= rows().finally(() => setImmediate(() => (latest = undefined)));
      return latest;
    };
    const report = this.#onCollectErrorRef();
    new Gauge({
      name: "relais_delivery_pending",
      help: "Outbox rows waiting to be sent (due or deferred), by channel.",
      labelNames: ["channel"],
      registers: [this.registry],
      async collect() {
        try {
          const byChannel = new Map((await read()).map((row) => [row.channel, row.pending]));
          for (const channel of OUTBOX_CHANNELS) this.set({ channel }, byChannel.get(channel) ?? 0);
        } catch (error) {
          report("relais_delivery_pending", error);
        }
      },
    });
    new Gauge({
      name: "relais_delivery_oldest_pending_age_seconds",
      help: "How long the oldest due outbox row has waited since it became due (created, or its retry time), by channel; 0 when none is due.",
      labelNames: ["channel"],
      registers: [this.registry],
      async collect() {
        try {
          const byChannel = new Map((await read()).map((row) => [row.channel, Math.max(0, row.oldest_due_seconds ?? 0)]));
          for (const channel of OUTBOX_CHANNELS) this.set({ channel }, byChannel.get(channel) ?? 0);
        } catch (error) {
          report("relais_delivery_oldest_pending_age_seconds", error);
        }
      },
    });
  }

  /** Jobs of each queue by state (pg-boss), read at each scrape. */
  watchJobs(queue: JobQueue): void {
    const report = this.#onCollectErrorRef();
    new Gauge({
      name: "relais_jobs",
      help: "Background jobs (pg-boss) by queue and state; completed, cancelled and failed ones are kept for pg-boss's retention period.",
      labelNames: ["queue", "state"],
      registers: [this.registry],
      async collect() {
        try {
          const counts = await queue.stateCounts();
          for (const name of queue.names())
            for (const state of JOB_STATES) this.set({ queue: name, state }, counts.get(name)?.get(state) ?? 0);
        } catch (error) {
          report("relais_jobs", error);
        }
      },
    });
  }

  observeTurn(engine: TurnEngine, seconds: number): void {
    this.turnDuration.observe({ engine }, seconds);
  }

  /** The text exposition format, and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  // The collect functions run with `this` bound to their gauge: they reach the reporter through this closure.
  #onCollectErrorRef(): (what: string, error: unknown) => void {
    return (what, error) => this.#onCollectError(what, error);
  }
}
