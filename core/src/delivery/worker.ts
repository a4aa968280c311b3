/**
 * The delivery worker: sends the outbox through the registered `ChannelPort`s.
 *
 * - **Claims** due rows with `FOR UPDATE SKIP LOCKED` and stamps a lease (`leaseUntil`), so
 *   two workers never hold one row, and a row whose worker died is claimed again once its
 *   lease has passed (resumes after a crash).
 * - **Order**: a row is claimed only when no earlier pending row of the same (recipient,
 *   channel, conversation) exists, so one conversation reaches a member in order, even across
 *   retries; other conversations are not held up.
 * - **Retries** transient failures with exponential backoff (jittered), never sooner than
 *   the platform's `Retry-After`; after `maxAttempts` — or at once on a permanent error — the
 *   row is `failed` with the reason in `lastError`.
 * - **Never twice**: a row is marked `sent` (with the platform's message id) only while still
 *   pending; the delivery id is the idempotency key of every platform call, so a crash between
 *   the platform's answer and the row's update resends under the same key, which the platform
 *   (or the adapter) recognises.
 *
 * The `socket` channel is not sent here: the realtime layer pushes it live (api/src/realtime.ts).
 * The rows are the queue itself (the transactional outbox the writes commit with): a job
 * library with its own tables (pg-boss) could not join those transactions.
 */

import type { ActionStore } from "../assistant/actions.ts";
import { fitReply } from "../assistant/fit-reply.ts";
import type { Reply } from "../assistant/reply.ts";
import type { Delivery, Prisma, PrismaClient } from "../db/generated/client.ts";
import type { EventBus } from "../events/bus.ts";
import {
  type ChannelAddress,
  ChannelError,
  type ChannelPort,
  type ChannelPortRegistry,
  ChannelRateLimited,
  ChannelTransientError,
} from "./channel-port.ts";
import { chatPlaceAddress } from "./chat-places.ts";
import { ReplyTarget } from "./enqueue.ts";
import { buildNotification } from "./notifications.ts";

export type DeliveryWorkerOptions = {
  /** Rows claimed per round (default 20). */
  batchSize?: number;
  /** How long a claim holds before another worker may take the row (default 60 s; longer than a port's timeout). */
  leaseMs?: number;
  /** How often to look for due rows when nothing wakes the worker (default 1 s). */
  pollMs?: number;
  /** Attempts before a row is `failed` (default 8: about four minutes of backoff). */
  maxAttempts?: number;
  /** First retry delay, doubled each attempt (default 1 s), capped at `maxBackoffMs` (default 15 min). */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Continuation pages of one long reply (default 4): the rest is left out. */
  maxPages?: number;
  /** Registers the buttons notifications carry (the assistant's store); without it, notifications have no buttons. */
  actions?: ActionStore;
  now?: () => Date;
  /** Told of each failed attempt: `retried` (tried again later) or `failed` (given up). Metrics count them. */
  onFailure?: (channel: string, outcome: "retried" | "failed") => void;
  log?: (level: "info" | "warn" | "error", fields: Record<string, unknown>, message: string) => void;
};

export type RoundReport = { claimed: number; sent: number; retried: number; failed: number; cancelled: number };

type Outcome = "sent" | "retried" | "failed" | "cancelled";

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);

export class DeliveryWorker {
  readonly #prisma: PrismaClient;
  readonly #events: EventBus | undefined;
  readonly #ports: ChannelPortRegistry;
  readonly #o: Required<Omit<DeliveryWorkerOptions, "log" | "actions" | "onFailure">> &
    Pick<DeliveryWorkerOptions, "log" | "actions" | "onFailure">;
  #timer: NodeJS.Timeout | undefined;
  #round: Promise<RoundReport> | undefined;
  #again = false;
  #started = false;
  #unsubscribe: (() => void) | undefined;

  constructor(ctx: { prisma: PrismaClient; events?: EventBus }, ports: ChannelPortRegistry, options: DeliveryWorkerOptions = {}) {
    this.#prisma = ctx.prisma;
    this.#events = ctx.events;
    this.#ports = ports;
    this.#o = {
      batchSize: options.batchSize ?? 20,
      leaseMs: options.leaseMs ?? 60_000,
      pollMs: options.pollMs ?? 1000,
      maxAttempts: options.maxAttempts ?? 8,
      baseBackoffMs: options.baseBackoffMs ?? 1000,
      maxBackoffMs: options.maxBackoffMs ?? 15 * 60_000,
      maxPages: options.maxPages ?? 4,
      now: options.now ?? (() => new Date()),
      log: options.log,
      actions: options.actions,
      onFailure: options.onFailure,
    };
  }

  /** Polls, and wakes at once when rows are committed in this process (`delivery.enqueued`). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#unsubscribe = this.#events?.subscribe("delivery.enqueued", () => this.wake());
    this.#schedule(0);
  }

  wake(): void {
    if (!this.#started) return;
    if (this.#round) this.#again = true;
    else this.#schedule(0);
  }

  /** Stops polling and waits for the round in flight (its rows end sent, retried or failed). */
  async stop(): Promise<void> {
    this.#started = false;
    this.#unsubscribe?.();
    if (this.#timer) clearTimeout(this.#timer);
    await this.#round?.catch(() => undefined);
  }

  #schedule(ms: number) {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#tick(), ms);
    this.#timer.unref?.();
  }

  async #tick() {
    if (!this.#started || this.#round) return;
    this.#again = false;
    this.#round = this.runOnce();
    let report: RoundReport | undefined;
    try {
      report = await this.#round;
    } catch (error) {
      this.#o.log?.("error", { err: errorText(error) }, "delivery round failed");
    } finally {
      this.#round = undefined;
    }
    if (!this.#started) return;
    const more = this.#again || (report !== undefined && report.claimed === this.#o.batchSize);
    this.#schedule(more ? 0 : this.#o.pollMs);
  }

  /** One round: claim due rows of channels with a port, send each, record the outcome. */
  async runOnce(): Promise<RoundReport> {
    const report: RoundReport = { claimed: 0, sent: 0, retried: 0, failed: 0, cancelled: 0 };
    // The socket channel is pushed live by the realtime layer, never from here.
    const channels = this.#ports.providers().filter((p) => p !== "socket");
    if (channels.length === 0) return report;
    const rows = await this.#claim(channels);
    report.claimed = rows.length;
    for (const row of rows) report[await this.#deliver(row)]++;
    return report;
  }

  async #claim(channels: string[]): Promise<Delivery[]> {
    const now = this.#o.now();
    const claimed = await this.#prisma.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE "Delivery" AS d SET "leaseUntil" = $1::timestamp(3), "attempts" = d."attempts" + 1, "updatedAt" = $2::timestamp(3)
       WHERE d."id" IN (
         SELECT c."id" FROM "Delivery" c
         WHERE c."status" = 'pending' AND c."channel"::text = ANY($3::text[])
           AND (c."nextAttemptAt" IS NULL OR c."nextAttemptAt" <= $2::timestamp(3))
           AND (c."leaseUntil" IS NULL OR c."leaseUntil" <= $2::timestamp(3))
           AND NOT EXISTS (
             SELECT 1 FROM "Delivery" e
             WHERE e."userId" = c."userId" AND e."channel" = c."channel" AND e."status" = 'pending'
               AND e."conversationId" IS NOT DISTINCT FROM c."conversationId" AND e."seq" < c."seq")
         ORDER BY c."seq"
         LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING d."id"`,
      new Date(now.getTime() + this.#o.leaseMs).toISOString(),
      now.toISOString(),
      channels,
      this.#o.batchSize,
    );
    if (claimed.length === 0) return [];
    return this.#prisma.delivery.findMany({ where: { id: { in: claimed.map((c) => c.id) } }, orderBy: { seq: "asc" } });
  }

  async #deliver(row: Delivery): Promise<Outcome> {
    const port = this.#ports.get(row.channel);
    if (!port) {
      // Unregistered since the claim: give the row back untouched.
      await this.#prisma.delivery.updateMany({
        where: { id: row.id, status: "pending" },
        data: { leaseUntil: null, attempts: { decrement: 1 } },
      });
      return "retried";
    }
    try {
      const address = await this.#address(row);
      if (!address) return await this.#finish(row, "failed", "unreachable: the identity has no address to write to");
      const built = await buildNotification(this.#prisma, row, this.#o.actions);
      if ("skip" in built) return await this.#finish(row, "cancelled", built.skip);
      const platformMessageId = await this.#send(port, address, row, built.reply);
      const marked = await this.#prisma.delivery.updateMany({
        where: { id: row.id, status: "pending" },
        data: { status: "sent", externalMessageId: platformMessageId, sentAt: this.#o.now(), leaseUntil: null, lastError: null },
      });
      if (marked.count === 0) this.#o.log?.("warn", { deliveryId: row.id }, "delivery sent but the row changed meanwhile");
      return "sent";
    } catch (error) {
      return this.#failure(row, error);
    }
  }

  /**
   * Posts the reply (fitted to the platform), or updates the platform message it corrects: the
   * proposal a withdrawal is about, the message an edit or deletion is about. A platform that
   * cannot update gets it as a new message.
   */
  async #send(port: ChannelPort, address: ChannelAddress, row: Delivery, reply: Reply): Promise<string> {
    const announced = port.limits.update ? await this.#announcement(row) : undefined;
    if (announced) {
      await port.update(address, announced, fitReply(reply, port.limits).reply);
      return announced;
    }
    let next: Reply | undefined = reply;
    let first: string | undefined;
    for (let page = 0; next && page < this.#o.maxPages; page++) {
      const fitted = fitReply(next, port.limits);
      // Each page has its own key, stable across retries: a resent page is recognised.
      const sent = await port.send(address, fitted.reply, {
        idempotencyKey: page === 0 ? row.id : `${row.id}.${page}`,
        attempt: row.attempts,
      });
      first ??= sent.platformMessageId;
      next = fitted.rest;
    }
    return first ?? "";
  }

  /** The platform id of the message this row corrects, when it was posted. */
  async #announcement(row: Delivery): Promise<string | undefined> {
    const mine = { userId: row.userId, channel: row.channel, externalMessageId: { not: null } };
    let where: Prisma.DeliveryWhereInput | undefined;
    if (row.kind === "match_withdrawn" && row.matchId) where = { ...mine, matchId: row.matchId, kind: "match_proposed" };
    const messageId = (row.payload as { messageId?: unknown } | null)?.messageId;
    if (row.kind === "message_updated" && typeof messageId === "string") where = { ...mine, messageId, kind: "message" };
    if (!where) return undefined;
    const original = await this.#prisma.delivery.findFirst({ where, select: { externalMessageId: true } });
    return original?.externalMessageId ?? undefined;
  }

  async #address(row: Delivery): Promise<ChannelAddress | null> {
    if (!row.identityId) return null;
    const identity = await this.#prisma.identity.findUnique({
      where: { id: row.identityId },
      select: { userId: true, dmChannelId: true, conversationReference: true, workspaceId: true },
    });
    // An identity moved to another account (linking) no longer speaks for this member.
    if (!identity || identity.userId !== row.userId) return null;
    // An answer to a turn goes where the member spoke, not to their DM.
    const target = row.kind === "reply" && row.target !== null ? ReplyTarget.safeParse(row.target) : undefined;
    if (target && !target.success) return null;
    if (target?.success) {
      // A shared place the app was added to (a Teams channel, a group chat) is written to with its stored address.
      const place = await chatPlaceAddress(this.#prisma, row.channel, target.data.conversation);
      return { provider: row.channel, userId: row.userId, ...target.data, ...(place ? { conversation: place } : {}) };
    }
    // A Teams conversation reference says everything a proactive message needs (its service URL too): it comes first.
    const conversation =
      identity.conversationReference !== null ? JSON.stringify(identity.conversationReference) : (identity.dmChannelId ?? undefined);
    if (!conversation) return null;
    return {
      provider: row.channel,
      conversation,
      userId: row.userId,
      ...(identity.workspaceId ? { workspace: identity.workspaceId } : {}),
    };
  }

  async #finish(row: Delivery, status: "failed" | "cancelled", reason: string): Promise<Outcome> {
    await this.#prisma.delivery.updateMany({
      where: { id: row.id, status: "pending" },
      data: { status, lastError: reason.slice(0, 500), leaseUntil: null },
    });
    if (status === "failed") this.#o.onFailure?.(row.channel, "failed");
    this.#o.log?.(status === "failed" ? "warn" : "info", { deliveryId: row.id, channel: row.channel, reason }, `delivery ${status}`);
    return status;
  }

  async #failure(row: Delivery, error: unknown): Promise<Outcome> {
    const retryable = error instanceof ChannelError ? error.retryable : true;
    if (!retryable || row.attempts >= this.#o.maxAttempts) return this.#finish(row, "failed", errorText(error));
    const backoff = Math.min(this.#o.maxBackoffMs, this.#o.baseBackoffMs * 2 ** Math.max(0, row.attempts - 1));
    const jittered = Math.round(backoff * (0.8 + Math.random() * 0.4));
    const asked =
      error instanceof ChannelRateLimited ? error.retryAfterMs : error instanceof ChannelTransientError ? error.retryAfterMs : undefined;
    const wait = asked !== undefined ? Math.max(asked, jittered) : jittered;
    await this.#prisma.delivery.updateMany({
      where: { id: row.id, status: "pending" },
      data: { nextAttemptAt: new Date(this.#o.now().getTime() + wait), leaseUntil: null, lastError: errorText(error) },
    });
    this.#o.onFailure?.(row.channel, "retried");
    this.#o.log?.(
      "warn",
      { deliveryId: row.id, channel: row.channel, attempts: row.attempts, retryInMs: wait },
      "delivery will be retried",
    );
    return "retried";
  }
}
