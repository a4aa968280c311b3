/**
 * The member's assistant history: every turn on every channel, as they saw it, newest first.
 * Written once per answered turn (a replayed retry adds nothing); read a page at a time.
 */
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { cursorArgs, type Page, toPage } from "../pagination.ts";
import type { Reply } from "./reply.ts";

export type HistoryTurn = {
  id: string;
  channel: string;
  text: string | null;
  pressed: boolean;
  replies: Reply[];
  intent: string;
  createdAt: string;
};

export type LoggedTurn = { userId: string; channel: string; text: string | null; pressed: boolean; replies: Reply[]; intent: string };

/** The write that logs `turn`, run in the turn's transaction. */
export function recordingTurn(prisma: PrismaClient, turn: LoggedTurn) {
  return prisma.assistantTurnLog.create({
    data: { ...turn, replies: turn.replies as unknown as Prisma.InputJsonValue },
    select: { id: true },
  });
}

export async function pageHistory(
  prisma: PrismaClient,
  userId: string,
  page: { limit: number; cursor?: string },
): Promise<Page<HistoryTurn>> {
  const rows = await prisma.assistantTurnLog.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...cursorArgs(page),
  });
  return toPage(rows, page.limit, (row) => ({
    id: row.id,
    channel: row.channel,
    text: row.text,
    pressed: row.pressed,
    replies: row.replies as unknown as Reply[],
    intent: row.intent,
    createdAt: row.createdAt.toISOString(),
  }));
}
