/**
 * Buttons that outlive a dialog turn. Each button (a card's action, a quick reply, a select
 * option, "more…") is a row: a random, unguessable id, the member it was shown to, what it runs
 * (an intent with its slots, or the next page of a long answer) and an expiry in days
 * (RELAIS_ACTION_TTL_DAYS), so a notification pressed days later still works. Only that member
 * can press it, from any of their linked chat identities; anyone else gets a polite refusal.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { INTENTS, type Intent, type Slots } from "./intents.ts";
import type { Reply } from "./reply.ts";

const SlotsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));
const PageSchema = z.looseObject({ text: z.string() });

export type ActionTarget = { intent: Intent; slots: Slots } | { page: Reply };
export type NewAction = { id: string; target: ActionTarget };
export type TakenAction =
  | { status: "ok"; target: ActionTarget }
  | { status: "expired" }
  /** Shown to another member: nothing is done. */
  | { status: "not_yours" };

/** 96 random bits, 16 URL-safe characters: fits every platform's id field (Discord's is 100). */
export function newActionId(): string {
  return randomBytes(12).toString("base64url");
}

export class ActionStore {
  private readonly prisma: PrismaClient;
  readonly ttlMs: number;

  constructor(prisma: PrismaClient, ttlMs: number) {
    this.prisma = prisma;
    this.ttlMs = ttlMs;
  }

  /** Stores buttons registered during a turn (or for a notification) for `userId`. */
  async save(userId: string, actions: NewAction[], options: { notification?: boolean; now?: Date } = {}): Promise<void> {
    const write = this.saving(userId, actions, options);
    if (write) await write;
  }

  /** The write that stores `actions` (none when there are none), to run alone or in a turn's transaction. */
  saving(
    userId: string,
    actions: NewAction[],
    options: { notification?: boolean; now?: Date } = {},
  ): Prisma.PrismaPromise<Prisma.BatchPayload> | undefined {
    if (actions.length === 0) return undefined;
    const now = options.now ?? new Date();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    const notification = options.notification ?? false;
    return this.prisma.assistantAction.createMany({
      data: actions.map(({ id, target }) =>
        "page" in target
          ? { id, userId, page: target.page as unknown as Prisma.InputJsonValue, notification, expiresAt }
          : { id, userId, intent: target.intent, slots: target.slots as Prisma.InputJsonValue, notification, expiresAt },
      ),
    });
  }

  /** One button for `userId` outside a dialog turn (a notification's Accept / Decline). */
  async create(userId: string, intent: Intent, slots: Slots): Promise<string> {
    const id = newActionId();
    await this.save(userId, [{ id, target: { intent, slots } }], { notification: true });
    return id;
  }

  /**
   * "Start over": the buttons the dialog showed stop working; a notification's stay. Awaited alone, or run in a
   * turn's transaction before the turn's own buttons are stored (a typed cancel).
   */
  forgetDialogButtons(userId: string): Prisma.PrismaPromise<Prisma.BatchPayload> {
    return this.prisma.assistantAction.deleteMany({ where: { userId, notification: false } });
  }

  /** What pressing `id` does for `userId`. A stored row that no longer reads right counts as expired. */
  async take(id: string, userId: string, now = new Date()): Promise<TakenAction> {
    const row = await this.prisma.assistantAction.findUnique({ where: { id } });
    if (!row || row.expiresAt <= now) return { status: "expired" };
    if (row.userId !== userId) return { status: "not_yours" };
    if (row.page !== null) {
      const page = PageSchema.safeParse(row.page);
      return page.success ? { status: "ok", target: { page: page.data as Reply } } : { status: "expired" };
    }
    const intent = z.enum(INTENTS).safeParse(row.intent);
    const slots = SlotsSchema.safeParse(row.slots);
    if (!intent.success || !slots.success) return { status: "expired" };
    return { status: "ok", target: { intent: intent.data, slots: slots.data } };
  }
}
