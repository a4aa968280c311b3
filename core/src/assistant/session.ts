/**
 * Dialog state per chat identity and conversation, kept in the AssistantSession table so a
 * conversation survives a restart: what is being asked, the last results ("the second one"),
 * what is in focus ("contact her") and a bounded history for the LLM engine's memory. The
 * buttons shown live in their own table (actions.ts), so no turn can overwrite another's.
 *
 * Turns of one identity are serialised in process; across processes each save is a
 * compare-and-set on `version`: a save that lost the race merges, field by field, what this
 * turn changed into what the other one wrote, and never throws either away.
 */
import { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import type { Locale } from "../i18n/messages.ts";
import { INTENTS, type Intent, type Slots } from "./intents.ts";

const SlotsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));

/** A question the assistant asked and the next message may answer. */
export const PendingQuestionSchema = z.object({
  intent: z.enum(INTENTS),
  slots: SlotsSchema,
  awaiting: z.string(),
  expiresAt: z.string(),
  draft: z.unknown().optional(),
});

const StateSchema = z.object({
  pending: PendingQuestionSchema.optional(),
  results: z
    .object({ kind: z.enum(["listings", "my_listings", "missions", "matches", "conversations", "members"]), ids: z.array(z.string()) })
    .optional(),
  focus: z
    .object({
      listingId: z.string().optional(),
      userId: z.string().optional(),
      conversationId: z.string().optional(),
      /** The conversation the member last read: what "réponds : …" answers. */
      readConversationId: z.string().optional(),
      missionId: z.string().optional(),
      matchId: z.string().optional(),
    })
    .optional(),
  /** The last search, and where its next page starts when it has one ("encore", "show me more", the Show more button). */
  lastSearch: z
    .object({ intent: z.enum(["search_listings", "search_missions"]), slots: SlotsSchema, nextCursor: z.string().max(200).optional() })
    .optional(),
  /** What "annule" / "undo" typed right after a write takes back (the write's Undo button). */
  undo: z.object({ intent: z.enum(INTENTS), slots: SlotsSchema }).optional(),
  /** The drafts last published: a second "Publier" of one of them (an old button, "oui" after the button) writes nothing. */
  published: z.array(z.string()).optional(),
});
export type DialogState = z.infer<typeof StateSchema>;
export type PendingQuestion = NonNullable<DialogState["pending"]>;

const HistorySchema = z.array(z.object({ role: z.enum(["user", "assistant"]), text: z.string() }));
export type HistoryEntry = z.infer<typeof HistorySchema>[number];

const PENDING_TTL_MS = 30 * 60_000;
const MAX_HISTORY = 20;
const STATE_KEYS = ["pending", "results", "focus", "lastSearch", "undo"] as const;

export type Session = {
  id: string;
  identityId: string;
  conversationKey: string;
  userId: string;
  locale: Locale | null;
  state: DialogState;
  history: HistoryEntry[];
  /** The row's version this turn started from, and what it read then (for the merge). */
  version: number;
  base: { state: DialogState; historyLength: number };
};

type SessionRow = { id: string; userId: string; locale: Locale | null; state: unknown; history: unknown; version: number };

function readRow(row: SessionRow, userId: string, now = Date.now()) {
  // A state written by an older version (or damaged) is dropped, never trusted.
  const state: DialogState = StateSchema.safeParse(row.state).data ?? {};
  const history = HistorySchema.safeParse(row.history).data ?? [];
  if (state.pending && Date.parse(state.pending.expiresAt) <= now) delete state.pending;
  // The identity says who speaks; a session row left on another member (an account merged
  // elsewhere) is taken over, never trusted.
  return row.userId === userId ? { state, history } : { state: {}, history: [] };
}

export async function loadSession(prisma: PrismaClient, identityId: string, userId: string, conversationKey = ""): Promise<Session> {
  const where = { identityId_conversationKey: { identityId, conversationKey } };
  // Read first: an upsert is a transaction of three statements, on every turn.
  const find = () => prisma.assistantSession.findUnique({ where });
  const create = () => prisma.assistantSession.create({ data: { identityId, conversationKey, userId } });
  // Two first messages at once both try to create the row: the loser reads the winner's.
  const row =
    (await find()) ??
    (await create().catch(async (error: unknown) => {
      const raced = await find();
      if (!raced) throw error;
      return raced;
    }));
  const { state, history } = readRow(row, userId);
  return {
    id: row.id,
    identityId,
    conversationKey,
    userId,
    locale: row.locale,
    state,
    history,
    version: row.version,
    base: { state: structuredClone(state), historyLength: history.length },
  };
}

/**
 * Saves the turn's state; if another process saved first, merges this turn's changes into its state.
 * `alongside` (the turn's buttons and its log line) is written in the same transaction as the first
 * try, so a turn's state, buttons and log land together, at the cost of one transaction.
 */
export async function saveSession(prisma: PrismaClient, session: Session, alongside: Prisma.PrismaPromise<unknown>[] = []): Promise<void> {
  const update = () =>
    prisma.assistantSession.updateMany({
      where: { id: session.id, version: session.version },
      data: {
        userId: session.userId,
        locale: session.locale,
        state: session.state as object,
        history: session.history.slice(-MAX_HISTORY) as object,
        version: { increment: 1 },
      },
    });
  for (let attempt = 0; attempt < 5; attempt++) {
    const { count } =
      attempt === 0 && alongside.length > 0
        ? ((await prisma.$transaction([update(), ...alongside]))[0] as Prisma.BatchPayload)
        : await update();
    if (count === 1) {
      session.version += 1;
      session.base = { state: structuredClone(session.state), historyLength: session.history.length };
      return;
    }
    const theirs = await prisma.assistantSession.findUnique({ where: { id: session.id } });
    if (!theirs) return; // The member's account was deleted while this turn ran: nothing to keep.
    mergeInto(session, theirs);
  }
  throw new Error("assistant session kept changing under this turn");
}

/** Keeps what the other writer saved, and on top of it what this turn changed. */
function mergeInto(session: Session, theirs: SessionRow): void {
  const fresh = readRow(theirs, session.userId);
  const merged: DialogState = { ...fresh.state };
  for (const key of STATE_KEYS) {
    const changed = JSON.stringify(session.state[key]) !== JSON.stringify(session.base.state[key]);
    if (changed) {
      if (session.state[key] === undefined) delete merged[key];
      else Object.assign(merged, { [key]: session.state[key] });
    }
  }
  const added = session.history.slice(session.base.historyLength);
  session.state = merged;
  session.history = [...fresh.history, ...added];
  session.version = theirs.version;
  session.base = { state: structuredClone(fresh.state), historyLength: fresh.history.length };
}

/**
 * Forgets the dialog state of an identity in every conversation ("start over"). The row stays, emptied,
 * with the member's language: the next turn reads it in one statement instead of creating it again. A
 * turn still running meanwhile finds the version moved and keeps only what it changed itself.
 */
export async function forgetSession(prisma: PrismaClient, identityId: string): Promise<void> {
  await prisma.assistantSession.updateMany({
    where: { identityId },
    data: { state: {}, history: [], version: { increment: 1 } },
  });
}

export function ask(state: DialogState, intent: Intent, slots: Slots, awaiting: string, draft?: unknown) {
  state.pending = {
    intent,
    slots,
    awaiting,
    expiresAt: new Date(Date.now() + PENDING_TTL_MS).toISOString(),
    ...(draft !== undefined ? { draft } : {}),
  };
}
