/** Matches (see, accept, decline) and messages (list, read, write) by chat. */
import { randomUUID } from "node:crypto";
import { SendMessageCommand } from "../../commands/messaging-commands.ts";
import { Conflict } from "../../errors/domain.ts";
import { getListing } from "../../listings/listings.ts";
import { listMyMatches, type MatchView, respondToMatch, undoMatchAnswer } from "../../matching/matches.ts";
import {
  type ConversationView,
  conversationsWith,
  getConversation,
  listConversations,
  listMessages,
  markRead,
  openConversation,
  sendMessage,
} from "../../messaging/conversations.ts";
import { unsendMessage } from "../../messaging/message-changes.ts";
import { findMembersByName, type MemberRef } from "../../profiles/members.ts";
import { foldText } from "../../text/normalize.ts";
import { type Dialog, explainBadRef, pickFromResults, sameName } from "../dialog.ts";
import type { Intent, Slots } from "../intents.ts";
import { bestNamed, namingWords } from "../named-target.ts";
import { ordinalIn } from "../nlu/slots.ts";
import { tokenize } from "../nlu/text.ts";
import type { ReplyCard } from "../reply.ts";
import { ask, type PendingQuestion } from "../session.ts";

// ---------------------------------------------------------------------------- matches

function matchCard(d: Dialog, match: MatchView): ReplyCard {
  const title =
    match.kind === "pair"
      ? d.t("as_match_title_pair")
      : match.kind === "cycle"
        ? d.t("as_match_title_cycle", { count: match.participants.length })
        : d.t("as_match_title_mission");
  return {
    title,
    subtitle: match.participants
      .filter((p) => p.id !== d.userId)
      .map((p) => p.name)
      .join(", "),
    text: match.explanation,
  };
}

export async function showMatchesTurn(d: Dialog): Promise<void> {
  // Open proposals and accepted exchanges (not yet completed): the card says who already accepted.
  const matches = (await listMyMatches(d.market, d.userId, d.locale)).filter((m) => m.status === "proposed" || m.status === "accepted");
  if (matches.length === 0) {
    d.say(d.t("as_no_matches"));
    return;
  }
  d.state.results = { kind: "matches", ids: matches.map((m) => m.id) };
  if (matches.length === 1) d.state.focus = { matchId: matches[0]?.id as string };
  d.say(d.t("as_matches", { count: matches.length }), {
    layout: "list",
    cards: matches.map((match) => ({
      ...matchCard(d, match),
      actions:
        match.status === "proposed" && match.participants.find((p) => p.id === d.userId)?.acceptance === "pending"
          ? [
              d.action(d.t("as_accept"), "accept_match", { matchId: match.id }, "primary"),
              d.action(d.t("as_decline"), "decline_match", { matchId: match.id }, "danger"),
            ]
          : [],
    })),
  });
}

/** One proposal of the last list ("the second one"), with its buttons. */
export async function showMatchTurn(d: Dialog, matchId: string): Promise<void> {
  const match = (await listMyMatches(d.market, d.userId, d.locale)).find((m) => m.id === matchId);
  if (!match) {
    d.say(d.t("as_no_matches"));
    return;
  }
  d.state.focus = { matchId };
  const actions =
    match.status === "proposed"
      ? [
          d.action(d.t("as_accept"), "accept_match", { matchId }, "primary"),
          d.action(d.t("as_decline"), "decline_match", { matchId }, "danger"),
        ]
      : [];
  d.say(matchCard(d, match).title, { cards: [{ ...matchCard(d, match), actions }] });
}

async function targetMatch(d: Dialog, slots: Slots, intent: Intent): Promise<MatchView | undefined> {
  let id = typeof slots.matchId === "string" ? slots.matchId : undefined;
  if (!id && slots.ref !== undefined) {
    id = pickFromResults(d, ["matches"], slots.ref);
    if (!id) {
      explainBadRef(d, slots.ref);
      return undefined;
    }
  }
  const pending = await listMyMatches(d.market, d.userId, d.locale, "proposed");
  // "j'accepte l'échange avec jake": the swap with the member (or the item) named, never the one in focus instead.
  const said = id ? [] : namingWords(d.text);
  let question = d.t("as_which_match");
  let choices = pending;
  if (said.length > 0) {
    choices = bestNamed(
      said.map((w) => w.folded),
      pending.map((m) => ({
        item: m,
        texts: [
          ...m.participants.filter((p) => p.id !== d.userId).map((p) => p.name),
          ...m.steps.flatMap((s) => [s.offerTitle, s.wantTitle]),
        ],
      })),
    );
    if (choices.length === 1) return choices[0];
    if (choices.length === 0) {
      question = d.t("as_no_match_named", { name: d.echo(said.map((w) => w.typed).join(" ")) });
      choices = pending;
    }
  } else {
    id ??= d.state.focus?.matchId;
    if (!id && pending.length === 1) id = pending[0]?.id;
    const match =
      pending.find((m) => m.id === id) ?? (id ? (await listMyMatches(d.market, d.userId, d.locale)).find((m) => m.id === id) : undefined);
    if (match) return match;
  }
  if (pending.length === 0) {
    d.say(d.t("as_no_matches"));
    return undefined;
  }
  d.state.results = { kind: "matches", ids: choices.map((m) => m.id) };
  d.say(question, {
    layout: "list",
    cards: choices.map((m) => ({
      ...matchCard(d, m),
      actions: [d.action(d.t(intent === "accept_match" ? "as_accept" : "as_decline"), intent, { matchId: m.id })],
    })),
  });
  return undefined;
}

/** The Undo of an answer: a button on the reply, and what "annule" / "undo" typed next takes back. */
function undoAnswer(d: Dialog, intent: "accept_match" | "decline_match", matchId: string) {
  const slots = { matchId, undo: true };
  d.state.undo = { intent, slots };
  return d.action(d.t("as_undo"), intent, slots, "danger");
}

/** Takes back this member's accept or decline; an agreed swap says so and offers its conversation. */
async function undoAnswerTurn(d: Dialog, intent: "accept_match" | "decline_match", matchId: string): Promise<void> {
  let match: MatchView;
  try {
    match = await undoMatchAnswer(d.market, d.userId, matchId, d.locale);
  } catch (error) {
    if (!(error instanceof Conflict) || error.code !== "match_undo_agreed") throw error;
    const agreed = (await listMyMatches(d.market, d.userId, d.locale)).find((m) => m.id === matchId);
    d.say(d.t("as_match_undo_agreed"), {
      quickReplies: agreed?.conversationId
        ? [d.quick(d.t("as_open_swap_conversation"), "read_conversation", { conversationId: agreed.conversationId })]
        : [],
    });
    return;
  }
  d.state.focus = { matchId };
  d.say(d.t(intent === "accept_match" ? "as_match_accept_undone" : "as_match_decline_undone"), {
    cards: [
      {
        ...matchCard(d, match),
        actions: [
          d.action(d.t("as_accept"), "accept_match", { matchId }, "primary"),
          d.action(d.t("as_decline"), "decline_match", { matchId }, "danger"),
        ],
      },
    ],
  });
}

export async function acceptMatchTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.undo === true && typeof slots.matchId === "string") return undoAnswerTurn(d, "accept_match", slots.matchId);
  const match = await targetMatch(d, slots, "accept_match");
  if (!match) return;
  const updated = await respondToMatch(d.market, d.userId, match.id, "accept", d.locale);
  d.state.focus = { matchId: match.id, ...(updated.conversationId ? { conversationId: updated.conversationId } : {}) };
  // Undo while the others have not all answered; once everyone agreed, the swap stands.
  const undo = updated.status === "proposed" ? [undoAnswer(d, "accept_match", match.id)] : [];
  d.say(updated.status === "accepted" ? d.t("as_match_done") : d.t("as_match_accepted", { waiting: d.t("as_match_waiting") }), {
    cards: [{ ...matchCard(d, updated), ...(undo.length > 0 ? { actions: undo } : {}) }],
    ...(undo[0] ? { quickReplies: [{ label: undo[0].label, action: undo[0].id }] } : {}),
  });
}

export async function declineMatchTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.undo === true && typeof slots.matchId === "string") return undoAnswerTurn(d, "decline_match", slots.matchId);
  const match = await targetMatch(d, slots, "decline_match");
  if (!match) return;
  if (slots.confirmed !== true) {
    d.confirm("decline_match", { matchId: match.id }, d.t("as_confirm_decline", { explanation: match.explanation }));
    return;
  }
  await respondToMatch(d.market, d.userId, match.id, "decline", d.locale);
  if (d.state.focus?.matchId === match.id) delete d.state.focus;
  const undo = undoAnswer(d, "decline_match", match.id);
  d.say(d.t("as_match_declined"), { quickReplies: [{ label: undo.label, action: undo.id }] });
}

// ---------------------------------------------------------------------------- messages

/** One member from a typed name; asks which when several match, says so when none. */
export async function memberNamed(d: Dialog, name: string, intent: Intent, slots: Slots): Promise<MemberRef | undefined> {
  const found = await findMembersByName(d.market, d.userId, name);
  const exact = found.filter((m) => sameName(m.name, name));
  const candidates = exact.length > 0 ? exact : found;
  if (candidates.length === 1) return candidates[0];
  // Several "Zoé", one of whom the member already talks with: that one.
  const contacts = candidates.filter((m) => m.contact);
  if (contacts.length === 1) return contacts[0];
  if (candidates.length === 0) {
    d.say(d.t("as_unknown_member", { name }));
    return undefined;
  }
  const { recipient: _name, ...rest } = slots;
  d.say(d.t("as_which_member", { name }), {
    quickReplies: candidates.map((m) => d.quick(m.name, intent, { ...rest, userId: m.id })),
  });
  return undefined;
}

export async function showConversationsTurn(d: Dialog): Promise<void> {
  const page = await listConversations(d.market, d.userId, { limit: 10 }, d.locale);
  if (page.items.length === 0) {
    d.say(d.t("as_no_conversations"));
    return;
  }
  d.state.results = { kind: "conversations", ids: page.items.map((c) => c.id) };
  d.say(d.t("as_conversations", { count: page.items.length }), {
    layout: "list",
    cards: page.items.map((c) => ({
      title: conversationLabel(d, c),
      ...(c.lastMessage
        ? {
            text: `${c.lastMessage.sender.id === d.userId ? d.t("as_you") : c.lastMessage.sender.name}: ${c.lastMessage.body.slice(0, 140)}`,
          }
        : {}),
      ...(c.unreadCount > 0 ? { subtitle: d.t("as_unread", { count: c.unreadCount }) } : {}),
      actions: [d.action(d.t("as_open"), "read_conversation", { conversationId: c.id })],
    })),
  });
}

export async function readConversationTurn(d: Dialog, slots: Slots): Promise<void> {
  let conversationId = typeof slots.conversationId === "string" ? slots.conversationId : undefined;
  if (!conversationId && slots.ref !== undefined && d.state.results?.kind === "conversations") {
    conversationId = pickFromResults(d, ["conversations"], slots.ref);
    if (!conversationId) return explainBadRef(d, slots.ref);
  }
  const conversations = conversationId ? [] : (await listConversations(d.market, d.userId, { limit: 50 }, d.locale)).items;
  // "la 2e conv" with no list on screen: the rank in the inbox as "mes conversations" lists it, never the unread one instead.
  // ("la dernière conv" is the latest, read below; "la conversation avec le vendeur de la 2e" names a listing's rank, not the inbox's)
  if (!conversationId && typeof slots.ref === "number" && !/\b(?:vendeu\w*|seller|owner|propri\w*|annonce|listing|ad)\b/i.test(d.text)) {
    conversationId = conversations[slots.ref - 1]?.id;
    if (!conversationId) {
      const count = conversations.length;
      d.say(
        count === 0
          ? d.t("as_no_conversations")
          : d.t(count === 1 ? "as_conversation_ref_out_of_range_one" : "as_conversation_ref_out_of_range", { count }),
      );
      return;
    }
  }
  if (!conversationId && typeof slots.recipient === "string") {
    const name = slots.recipient;
    // The name as typed, else the one thread whose other member it fits (accents, typos: "ouvre la conv avec jak").
    const fitting = bestNamed(
      namingWords(name).map((w) => w.folded),
      conversations.map((c) => ({ item: c, texts: c.members.filter((m) => m.id !== d.userId).map((m) => m.name) })),
    );
    const withName =
      conversations.find((c) =>
        c.members.some((m) => m.id !== d.userId && (sameName(m.name, name) || sameName(m.name.split(" ")[0] ?? "", name))),
      ) ?? (fitting.length === 1 ? fitting[0] : undefined);
    if (!withName) {
      d.say(d.t("as_no_conversation_with", { name }));
      return;
    }
    conversationId = withName.id;
  }
  // "read the last message": the conversation with unread messages, else the latest one.
  conversationId ??= d.state.focus?.conversationId ?? (conversations.find((c) => c.unreadCount > 0) ?? conversations[0])?.id;
  if (!conversationId) {
    d.say(d.t("as_no_conversations"));
    return;
  }
  const conversation = await getConversation(d.market, d.userId, conversationId, d.locale);
  // The latest ten, in order ("before" the largest seq reads backwards from the end).
  const messages = await listMessages(d.market, d.userId, conversationId, { before: 2_147_483_647, limit: 10 }, d.locale);
  const last = messages.items.at(-1);
  if (last) await markRead(d.market, d.userId, conversationId, last.id);
  const others = conversation.members.filter((m) => m.id !== d.userId);
  d.state.focus = {
    conversationId,
    readConversationId: conversationId,
    ...(others.length === 1 && others[0] ? { userId: others[0].id } : {}),
  };
  // An unsent message is gone for everyone: no empty "David: " line.
  const transcript = messages.items
    .filter((m) => !m.deleted)
    .map((m) => `${m.sender.id === d.userId ? d.t("as_you") : m.sender.name}: ${m.body}`)
    .join("\n");
  d.say(
    `${conversation.title ?? d.t("as_conversation_with", { names: others.map((m) => m.name).join(", ") })}\n${transcript || d.t("as_conversation_empty")}\n${d.t("as_conversation_hint")}`,
  );
}

/** "L'échange avec Sofia", "Conversation avec Jake — « Vélo »": two threads with one person read differently. */
export function conversationLabel(d: Dialog, c: ConversationView): string {
  const names = c.members
    .filter((m) => m.id !== d.userId)
    .map((m) => m.name.split(" ")[0] ?? m.name)
    .join(", ");
  if (c.title) return c.title;
  if (c.kind === "match") return d.t("as_conversation_swap", { names });
  const about = c.listing ? ` — ${d.quote(c.listing.title)}` : "";
  return `${d.t("as_conversation_with", { names })}${about}`;
}

/** "Which conversation?" with one button per thread; the message goes with the choice. */
function askWhichConversation(d: Dialog, choices: ConversationView[], body: string, question: string): void {
  d.state.results = { kind: "conversations", ids: choices.map((c) => c.id) };
  // A typed answer ("mathieu", "l'échange", "la deuxième") picks too: the labels are kept with the question.
  ask(d.state, "send_message", body ? { body } : {}, CONVERSATION_CHOICE, {
    choices: choices.map((c) => ({ id: c.id, label: conversationLabel(d, c) })),
  });
  d.say(question, {
    quickReplies: choices.map((c) => d.quick(conversationLabel(d, c), "send_message", { conversationId: c.id, ...(body ? { body } : {}) })),
  });
}

/** The question "which conversation?" waits for this answer. */
export const CONVERSATION_CHOICE = "conversation_choice";

const LABEL_FILLERS = new Set("avec with the les des une conversation conv thread fil celle celui one".split(" "));

/** The conversation a typed answer to "which conversation?" names: "la deuxième", "mathieu", "l'échange", or none. */
export function chosenConversation(question: PendingQuestion, text: string): string | undefined {
  const choices = (question.draft as { choices?: { id: string; label: string }[] } | undefined)?.choices;
  if (!Array.isArray(choices)) return undefined;
  const ref = ordinalIn(text, tokenize(text));
  if (typeof ref === "number") return choices[ref - 1]?.id;
  if (ref === "last") return choices.at(-1)?.id;
  const wordsOf = (value: string) =>
    foldText(value)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !LABEL_FILLERS.has(w));
  const said = wordsOf(text);
  if (said.length === 0) return undefined;
  const scored = choices.map((choice) => {
    const label = new Set(wordsOf(choice.label));
    return { id: choice.id, score: said.filter((w) => label.has(w)).length };
  });
  const best = Math.max(...scored.map((c) => c.score));
  const top = scored.filter((c) => c.score === best);
  return best > 0 && top.length === 1 ? top[0]?.id : undefined;
}

/** "réponds : …", "reply: …": an answer to someone, not a new thread. */
const REPLY = /^\s*(?:reply|r[ée]pon[ds]s?|answer|r[ée]ponse)\b/i;

/**
 * The conversation "réponds : …" answers: the one the member read last; else the only one with
 * unread messages; else the only one. Several possible → undefined after asking which.
 */
async function replyTarget(d: Dialog, body: string): Promise<string | undefined> {
  const read = d.state.focus?.readConversationId;
  const { items } = await listConversations(d.market, d.userId, { limit: 20 }, d.locale);
  // "reply: thanks Jake" names who it is for: a thread without Jake is not the one, whatever was read.
  const said = new Set(namingWords(body).map((w) => w.folded));
  const named = items.filter((c) => c.members.some((m) => m.id !== d.userId && m.name.split(" ").some((part) => said.has(foldText(part)))));
  if (named.length > 0 && !named.some((c) => c.id === read)) {
    if (named.length === 1 && !read) return named[0]?.id;
    const readOne = items.find((c) => c.id === read);
    askWhichConversation(d, [...named, ...(readOne ? [readOne] : [])], body, d.t("as_which_conversation"));
    return undefined;
  }
  if (read) return read;
  const unread = items.filter((c) => c.unreadCount > 0);
  const only = unread.length === 1 ? unread[0] : items.length === 1 ? items[0] : undefined;
  if (only) return only.id;
  if (items.length === 0) {
    d.say(d.t("as_no_conversations"));
    return undefined;
  }
  askWhichConversation(d, unread.length > 1 ? unread : items, body, d.t("as_which_conversation"));
  return undefined;
}

/**
 * Who "him", "le vendeur", "the second one" is while a list of search results is the newest
 * thing shown (a search drops the focus): the ordinal one's owner, or the single result's;
 * several and no ordinal → asks which, with a button per result (undefined). "none" when the
 * focus is newer than the list (a listing or conversation opened since).
 */
async function shownListingOwner(
  d: Dialog,
  slots: Slots,
  body: string,
): Promise<{ userId: string; listingId: string } | "none" | undefined> {
  const ids = d.state.results?.ids ?? [];
  // "contacte le deuxième : …": the ordinal said in the instruction, not in the message itself.
  const instruction = body && d.text.includes(body) ? d.text.slice(0, d.text.lastIndexOf(body)) : d.text;
  const ref = slots.ref ?? ordinalIn(instruction, tokenize(instruction));
  let id: string | undefined;
  if (ref !== undefined) {
    id = pickFromResults(d, ["listings"], ref);
    if (!id) {
      explainBadRef(d, ref);
      return undefined;
    }
  } else if (d.state.focus?.userId || d.state.focus?.conversationId) return "none";
  else if (ids.length === 1) id = ids[0];
  if (id) {
    const listing = await getListing(d.market, id, d.userId).catch(() => undefined);
    if (listing && listing.owner.id !== d.userId) return { userId: listing.owner.id, listingId: listing.id };
    if (listing) {
      d.say(d.t("as_contact_own_listing"));
      return undefined;
    }
  }
  const listings = (await Promise.all(ids.slice(0, 10).map((i) => getListing(d.market, i, d.userId).catch(() => undefined)))).filter(
    (l) => l !== undefined && l.owner.id !== d.userId,
  );
  if (listings.length === 0) return "none";
  d.say(d.t("as_which_result_contact"), {
    quickReplies: listings.map((l) =>
      d.quick(`${l?.title.slice(0, 30)} (${l?.owner.name.split(" ")[0]})`, "send_message", {
        userId: l?.owner.id as string,
        listingId: l?.id as string,
        ...(body ? { body } : {}),
      }),
    ),
  });
  return undefined;
}

export async function sendMessageTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.undo === true && typeof slots.messageId === "string" && typeof slots.conversationId === "string") {
    await unsendMessage(d.market, d.userId, slots.conversationId, slots.messageId, d.locale);
    d.say(d.t("as_message_unsent"));
    return;
  }
  let userId = typeof slots.userId === "string" ? slots.userId : undefined;
  let conversationId = typeof slots.conversationId === "string" ? slots.conversationId : undefined;
  let name: string | undefined;
  // The conversation's view when this turn already read or opened it (not read a second time).
  let known: ConversationView | undefined;
  const body = typeof slots.body === "string" ? slots.body.trim() : "";
  if (!userId && !conversationId && typeof slots.recipient === "string") {
    const member = await memberNamed(d, slots.recipient, "send_message", slots);
    if (!member) return;
    userId = member.id;
    name = member.name;
  }
  // "réponds : …" answers the conversation read, or asks which one; never a guess at a person.
  if (!userId && !conversationId && REPLY.test(d.text)) {
    conversationId = await replyTarget(d, body);
    if (!conversationId) return;
  }
  // "contacte le deuxième", "contact him" under a list of results: that listing's owner.
  if (!userId && !conversationId && d.state.results?.kind === "listings") {
    const shown = await shownListingOwner(d, slots, body);
    if (!shown) return;
    if (shown !== "none") {
      userId = shown.userId;
      slots = { ...slots, listingId: shown.listingId };
    }
  }
  // "tell the owner of the second listing …" with no list of listings on screen: which one is not known, no guess
  if (!userId && !conversationId && slots.ref !== undefined) return explainBadRef(d, slots.ref);
  // "contact her": whoever is in focus (the listing's owner, the conversation read).
  if (!userId && !conversationId) {
    conversationId = d.state.focus?.conversationId;
    userId = conversationId ? undefined : d.state.focus?.userId;
  }
  if (!userId && !conversationId) {
    d.askFor("send_message", slots, "recipient", d.t("as_ask_recipient"));
    return;
  }
  // One thread per pair and topic (principle 8): writing to someone already talked with goes into
  // that conversation (the swap's, or the direct one); with several, the member picks.
  if (!conversationId && userId && typeof slots.listingId !== "string") {
    const other = userId;
    const shared = await conversationsWith(d.market, d.userId, other, d.locale);
    if (shared.length === 1) {
      known = shared[0];
      conversationId = known?.id;
    } else if (shared.length > 1) {
      askWhichConversation(
        d,
        shared,
        body,
        d.t("as_which_thread", { name: name ?? shared[0]?.members.find((m) => m.id === other)?.name ?? "" }),
      );
      return;
    }
  }
  let listingId = typeof slots.listingId === "string" ? slots.listingId : undefined;
  // The listing on screen is the new thread's topic only when it is the recipient's ("contact
  // her" under her card): never the member's own, nor a third member's they happened to look at.
  if (!listingId && userId && d.state.focus?.listingId) {
    const focused = await getListing(d.market, d.state.focus.listingId, d.userId).catch(() => undefined);
    if (focused?.owner.id === userId) listingId = focused.id;
  }
  // No conversation exists without a message: a new thread is opened with the first message, never before
  // ("contacte-le" then "annule" left an empty thread with a stranger in "mes messages").
  if (!conversationId && userId && !body) {
    const other = userId;
    name ??= (await d.market.prisma.user.findUnique({ where: { id: other }, select: { name: true } }))?.name ?? "";
    d.state.focus = { ...(d.state.focus ?? {}), userId: other };
    d.askFor("send_message", { userId: other, ...(listingId ? { listingId } : {}) }, "body", d.t("as_ask_body", { name }));
    return;
  }
  if (!conversationId && userId) {
    known = await openConversation(d.market, d.userId, { memberIds: [userId], ...(listingId ? { listingId } : {}) }, d.locale);
    conversationId = known.id;
    name = known.members.find((m) => m.id === userId)?.name ?? name;
  }
  const conversation = known ?? (await getConversation(d.market, d.userId, conversationId as string, d.locale));
  name ??= conversation.members
    .filter((m) => m.id !== d.userId)
    .map((m) => m.name)
    .join(", ");
  const { readConversationId, ...focus } = d.state.focus ?? {};
  d.state.focus = {
    ...focus,
    conversationId: conversation.id,
    ...(readConversationId === conversation.id ? { readConversationId } : {}),
    ...(userId ? { userId } : {}),
  };
  if (!body) {
    d.askFor("send_message", { conversationId: conversation.id }, "body", d.t("as_ask_body", { name }));
    return;
  }
  // A retried chat event carries the same inbound id: the same client id, so never a second message.
  const command = d.parse(
    SendMessageCommand,
    { body, clientMessageId: d.turn.inboundId ?? randomUUID() },
    { intent: "send_message", slots: { conversationId: conversation.id, body } },
  );
  if (!command) return;
  const { message } = await sendMessage(d.market, d.userId, conversation.id, command);
  // Undo for a few minutes, while no chat app has it yet (unsendMessage says so honestly after).
  const undo = { intent: "send_message" as const, slots: { conversationId: conversation.id, messageId: message.id, undo: true } };
  d.state.undo = undo;
  const button = d.quick(d.t("as_undo"), undo.intent, undo.slots);
  d.say(d.t("as_message_sent", { name, body: message.body }), { quickReplies: [button] });
}
