/**
 * The contract every chat adapter runs: a vitest suite factory. An adapter's test calls
 * `adapterContract(() => harness)` with its real adapter mounted on a test Relais and a local
 * fake of its platform, signing requests with keys made in the test. The suite checks what
 * every platform needs of an adapter, the same way for all:
 * - signatures: a good one is accepted; a bad one, a stale one (6 minutes old) → 401, nothing done;
 * - the bot's own messages are ignored (no answer to itself);
 * - a replayed event (same event id) is answered once;
 * - every Reply shape (reply-shapes.ts), fitted to the adapter's LIMITS, renders within the
 *   platform's native limits with a non-empty text fallback;
 * - through the delivery outbox, a platform answering 429 (Retry-After) then 200 gets the
 *   message once, no sooner than it asked.
 */
import { fitReplies } from "@relais/core/assistant/fit-reply";
import type { Reply } from "@relais/core/assistant/reply";
import { limitViolations, type ReplyLimits } from "@relais/core/assistant/reply-limits";
import type { PrismaClient } from "@relais/core/db/generated/client";
import { rememberIdentityAddress } from "@relais/core/delivery/addresses";
import { type ChannelPort, ChannelPortRegistry, type DeliveryProvider } from "@relais/core/delivery/channel-port";
import { enqueueReply } from "@relais/core/delivery/enqueue";
import { DeliveryWorker } from "@relais/core/delivery/worker";
import { beforeAll, describe, expect, it } from "vitest";
import { REPLY_SHAPES } from "./reply-shapes.ts";

/** An inbound chat message, as the platform would send it (the harness shapes and signs it). */
export type ContractMessage = { eventId: string; user: string; text: string; fromBot?: boolean };
export type SigningOptions = { signature?: "good" | "bad"; ageSeconds?: number };

export type ContractHarness = {
  name: string;
  provider: Exclude<DeliveryProvider, "socket" | "email">;
  limits: ReplyLimits;
  /** A platform request carrying `message`, signed with the test's key (or badly, or long ago). */
  inbound(message: ContractMessage, options?: SigningOptions): Request;
  /** Sends the request to the adapter's webhook route, as the platform would. */
  deliverInbound(request: Request): Promise<Response>;
  /** Resolves once everything the adapter started has finished (answers posted or failed). */
  settle(): Promise<void>;
  /** Messages the fake platform accepted from the adapter, oldest first. */
  accepted(): { conversation: string; text: string }[];
  /** The adapter's renderer: a fitted Reply → the platform's payload. */
  render(reply: Reply): unknown;
  /** What the payload breaks of the platform's own limits (empty when it fits). */
  nativeViolations(payload: unknown): string[];
  /** The text a notification or a text-only client shows for the payload. */
  fallbackText(payload: unknown): string;
  /** The adapter's ChannelPort, talking to the fake platform. */
  port: ChannelPort;
  /** The fake platform answers the next send 429 with `Retry-After: seconds`. */
  rateLimitNextSend(seconds: number): void;
  /** How many sends the fake platform refused with 429. */
  rateLimited(): number;
  /** The database of the test Relais; a platform user's identity id (`Identity.externalId`) and DM. */
  prisma: PrismaClient;
  externalIdOf(user: string): string;
  directConversation(user: string): string;
};

export function adapterContract(setup: () => Promise<ContractHarness> | ContractHarness): void {
  let h: ContractHarness;
  beforeAll(async () => {
    h = await setup();
  });

  const newAnswers = async (run: () => Promise<void>) => {
    const before = h.accepted().length;
    await run();
    await h.settle();
    return h.accepted().slice(before);
  };

  describe("adapter contract: signatures", () => {
    it("accepts a well-signed message and answers it", async () => {
      const answers = await newAnswers(async () => {
        const response = await h.deliverInbound(h.inbound({ eventId: "ct-good-1", user: "ct-alice", text: "aide" }));
        expect(response.status).toBeLessThan(300);
      });
      expect(answers.length).toBeGreaterThan(0);
      expect(answers[0]?.text.length).toBeGreaterThan(0);
    });

    it("refuses a bad signature with 401 and does nothing", async () => {
      const answers = await newAnswers(async () => {
        const response = await h.deliverInbound(h.inbound({ eventId: "ct-bad-1", user: "ct-alice", text: "aide" }, { signature: "bad" }));
        expect(response.status).toBe(401);
      });
      expect(answers).toEqual([]);
    });

    it("refuses a stale signature (6 minutes old) with 401 and does nothing", async () => {
      const answers = await newAnswers(async () => {
        const response = await h.deliverInbound(h.inbound({ eventId: "ct-stale-1", user: "ct-alice", text: "aide" }, { ageSeconds: 360 }));
        expect(response.status).toBe(401);
      });
      expect(answers).toEqual([]);
    });
  });

  describe("adapter contract: turns", () => {
    it("ignores the bot's own messages", async () => {
      const answers = await newAnswers(async () => {
        const response = await h.deliverInbound(h.inbound({ eventId: "ct-self-1", user: "ct-bot", text: "aide", fromBot: true }));
        expect(response.status).toBeLessThan(300);
      });
      expect(answers).toEqual([]);
    });

    it("answers a replayed event once", async () => {
      const message = { eventId: "ct-replay-1", user: "ct-bob", text: "aide" };
      const answers = await newAnswers(async () => {
        expect((await h.deliverInbound(h.inbound(message))).status).toBeLessThan(300);
        expect((await h.deliverInbound(h.inbound(message))).status).toBeLessThan(300);
      });
      const once = await newAnswers(async () => {
        expect((await h.deliverInbound(h.inbound(message))).status).toBeLessThan(300);
      });
      expect(answers.length).toBeGreaterThan(0);
      expect(new Set(answers.map((a) => a.conversation)).size).toBe(1);
      expect(once).toEqual([]);
      // One answer: the replies of one turn, not two turns' worth.
      const fresh = await newAnswers(async () => {
        expect((await h.deliverInbound(h.inbound({ ...message, eventId: "ct-replay-2" }))).status).toBeLessThan(300);
      });
      expect(answers.length).toBe(fresh.length);
    });
  });

  describe("adapter contract: every Reply shape within the platform's limits", () => {
    for (const [shape, reply] of Object.entries(REPLY_SHAPES)) {
      it(shape, () => {
        // Every page the member can reach: sent at once, or behind "more…" (fitted again when pressed).
        let id = 0;
        const pages: Reply[] = [];
        for (let queue = [reply]; queue.length > 0; ) {
          const { replies, held } = fitReplies(queue, h.limits, {
            moreLabel: "More…",
            continued: "(continued)",
            newId: () => `more-${++id}`,
          });
          pages.push(...replies);
          queue = held.map((x) => x.reply);
        }
        for (const page of pages) {
          expect(limitViolations(page, h.limits)).toEqual([]);
          const payload = h.render(page);
          expect(h.nativeViolations(payload)).toEqual([]);
          expect(h.fallbackText(payload).trim()).not.toBe("");
        }
      });
    }
  });

  describe("adapter contract: delivery through the outbox", () => {
    it("a 429 with Retry-After, then 200: sent once, no sooner than asked", async () => {
      // ct-alice spoke in the signature tests: her identity exists.
      const identity = await h.prisma.identity.findFirstOrThrow({
        where: { provider: h.provider, externalId: h.externalIdOf("ct-alice") },
      });
      await rememberIdentityAddress(h.prisma, identity.id, { dmChannelId: h.directConversation("ct-alice") });
      const text = `Rappel : votre échange de samedi (${Date.now()})`;
      const deliveryId = await enqueueReply(h.prisma, {
        userId: identity.userId,
        identityId: identity.id,
        channel: h.provider,
        reply: { text },
      });
      const ports = new ChannelPortRegistry();
      ports.register(h.port);
      let clock = new Date();
      const worker = new DeliveryWorker({ prisma: h.prisma }, ports, { now: () => clock, baseBackoffMs: 100 });
      const sentWith = () => h.accepted().filter((m) => m.text.includes(text));
      const refusedBefore = h.rateLimited();
      h.rateLimitNextSend(2);

      await worker.runOnce();
      expect(h.rateLimited()).toBe(refusedBefore + 1);
      expect(sentWith()).toEqual([]);
      const waiting = await h.prisma.delivery.findUniqueOrThrow({ where: { id: deliveryId } });
      expect(waiting.status).toBe("pending");
      expect(waiting.nextAttemptAt!.getTime() - clock.getTime()).toBeGreaterThanOrEqual(2000);

      clock = new Date(clock.getTime() + 1000);
      await worker.runOnce();
      expect(sentWith()).toEqual([]);

      clock = new Date(waiting.nextAttemptAt!.getTime() + 1);
      await worker.runOnce();
      await worker.runOnce();
      expect(sentWith()).toHaveLength(1);
      const sent = await h.prisma.delivery.findUniqueOrThrow({ where: { id: deliveryId } });
      expect(sent.status).toBe("sent");
      expect(sent.externalMessageId).toBeTruthy();
    });
  });
}
