/**
 * Dialog state per chat identity, kept in the AssistantSession table so a conversation
 * survives a restart: what is being asked, the last results ("the second one"), what is in
 * focus ("contact her"), the buttons shown (their ids are only valid for this identity and
 * for a day), and a bounded history for the LLM engine's memory.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client.ts";
import type { Locale } from "../i18n/messages.ts";
import { INTENTS, type Intent, type Slots } from "./intents.ts";

const SlotsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));

const StateSchema = z.object({
  pending: z
    .object({ intent: z.enum(INTENTS), slots: SlotsSchema, awaiting: z.string(), expiresAt: z.string(), draft: z.unknown().optional() })
    .optional(),
  results: z
    .object({ kind: z.enum(["listings", "my_listings", "missions", "matches", "conversations", "members"]), ids: z.array(z.string()) })
    .optional(),
  focus: z
    .object({
      listingId: z.string().optional(),
      userId: z.string().optional(),
      conversationId: z.string().optional(),
      missionId: z.string().optional(),
      matchId: z.string().optional(),
    })
    .optional(),
  lastSearch: z.object({ intent: z.enum(["search_listings", "search_missions"]), slots: SlotsSchema }).optional(),
  actions: z.array(z.object({ id: z.string(), intent: z.enum(INTENTS), slots: SlotsSchema, expiresAt: z.string() })).default([]),
});
export type DialogState = z.infer<typeof StateSchema>;
export type PendingQuestion = NonNullable<DialogState["pending"]>;

const HistorySchema = z.array(z.object({ role: z.enum(["user", "assistant"]), text: z.string() }));
export type HistoryEntry = z.infer<typeof HistorySchema>[number];

const ACTION_TTL_MS = 24 * 3600_000;
const PENDING_TTL_MS = 30 * 60_000;
const MAX_ACTIONS = 60;
const MAX_HISTORY = 20;

export type Session = {
  id: string;
  identityId: string;
  userId: string;
  locale: Locale | null;
  state: DialogState;
  history: HistoryEntry[];
};

export async function loadSession(prisma: PrismaClient, identityId: string, userId: string): Promise<Session> {
  const upsert = () => prisma.assistantSession.upsert({ where: { identityId }, create: { identityId, userId }, update: {} });
  // Two first messages at once both try to create the row: the loser reads the winner's.
  const row = await upsert().catch(upsert);
  // A state written by an older version (or damaged) is dropped, never trusted.
  const state = StateSchema.safeParse(row.state).data ?? { actions: [] };
  const history = HistorySchema.safeParse(row.history).data ?? [];
  const now = Date.now();
  state.actions = state.actions.filter((action) => Date.parse(action.expiresAt) > now);
  if (state.pending && Date.parse(state.pending.expiresAt) <= now) delete state.pending;
  // The identity says who speaks; a session row left on another member (an account merged
  // elsewhere) is taken over, never trusted.
  return {
    id: row.id,
    identityId,
    userId,
    locale: row.locale,
    state: row.userId === userId ? state : { actions: [] },
    history: row.userId === userId ? history : [],
  };
}

export async function saveSession(prisma: PrismaClient, session: Session): Promise<void> {
  await prisma.assistantSession.update({
    where: { id: session.id },
    data: {
      userId: session.userId,
      locale: session.locale,
      state: session.state as object,
      history: session.history.slice(-MAX_HISTORY) as object,
    },
  });
}

export async function forgetSession(prisma: PrismaClient, identityId: string): Promise<void> {
  await prisma.assistantSession.deleteMany({ where: { identityId } });
}

/** Registers a button: its id is random and only this identity's session can run it. */
export function registerAction(state: DialogState, intent: Intent, slots: Slots): string {
  const id = randomBytes(9).toString("base64url");
  state.actions.push({ id, intent, slots, expiresAt: new Date(Date.now() + ACTION_TTL_MS).toISOString() });
  if (state.actions.length > MAX_ACTIONS) state.actions.splice(0, state.actions.length - MAX_ACTIONS);
  return id;
}

export function takeAction(state: DialogState, id: string) {
  return state.actions.find((action) => action.id === id);
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
