/**
 * Inbound dedupe: chat platforms retry an event they think was lost (Slack after 3 s, Teams,
 * Discord on a timeout), so one inbound event id is answered once. The first turn claims
 * (identity, event id) in the database, so a retry reaching another process or arriving after
 * a restart is recognised too; the retry gets the first answer, or nothing while it is being
 * written, never a second action. Rows live 10 minutes (Slack's retry window is shorter); the
 * hourly expiries job (core/src/maintenance/expiries.ts) deletes the expired ones.
 */
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";

export const INBOUND_TTL_MS = 10 * 60_000;

export type InboundClaim = { kind: "first"; id: string } | { kind: "replay"; result: unknown | undefined };

export class InboundDedupe {
  private readonly prisma: PrismaClient;

  constructor(prisma: PrismaClient) {
    this.prisma = prisma;
  }

  /** Claims the event for this turn, or says it was already seen (with the first answer once written). */
  async claim(identityId: string, inboundId: string, now = new Date()): Promise<InboundClaim> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const row = await this.prisma.inboundTurn.create({
          data: { identityId, inboundId, expiresAt: new Date(now.getTime() + INBOUND_TTL_MS) },
          select: { id: true },
        });
        return { kind: "first", id: row.id };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      const seen = await this.prisma.inboundTurn.findUnique({ where: { identityId_inboundId: { identityId, inboundId } } });
      if (seen && seen.expiresAt > now) return { kind: "replay", result: seen.status === "answered" ? seen.result : undefined };
      // Seen more than 10 minutes ago: a new event that reuses the id. Forget the old one, claim again.
      await this.prisma.inboundTurn.deleteMany({ where: { identityId, inboundId, expiresAt: { lte: now } } });
    }
    return { kind: "replay", result: undefined };
  }

  /** Stores the answer a retry will get. */
  async answered(id: string, result: Prisma.InputJsonValue): Promise<void> {
    await this.prisma.inboundTurn.update({ where: { id }, data: { status: "answered", result } });
  }
}
