/**
 * After a swap is agreed, by chat: "c'est bon on a fait l'échange" marks the hand-over done,
 * "je mets 5 étoiles à Jake" reviews the other member (issue 12, principle 7, row A31). The
 * swap is the one the member names, or their only one; several → a question with buttons.
 */
import { ReviewMatchCommand } from "../../commands/match-commands.ts";
import { completeMatch, listMyMatches, type MatchView, reviewMatch } from "../../matching/matches.ts";
import type { Dialog } from "../dialog.ts";
import type { Intent, Slots } from "../intents.ts";
import { bestNamed, namingWords } from "../named-target.ts";

/** Words of a trade follow-up that name no one: "fait", "étoiles", "review"… */
const TRADE_WORDS = new Set(
  "fait faite termine terminee effectue bon bien etoile etoiles star stars review avis note leave laisse laisser mets donne give done finished completed complete mark marque c'est est on a avons with pour for".split(
    " ",
  ),
);

/** The swap the words name (a member's name or an item), or the only one in `statuses`; else asks with buttons. */
async function targetTrade(d: Dialog, slots: Slots, statuses: MatchView["status"][], intent: Intent): Promise<MatchView | undefined> {
  const all = (await listMyMatches(d.market, d.userId, d.locale)).filter((m) => m.kind !== "mission");
  if (typeof slots.matchId === "string") return all.find((m) => m.id === slots.matchId);
  const open = all.filter((m) => statuses.includes(m.status));
  const said = namingWords(d.text).filter((w) => !TRADE_WORDS.has(w.folded));
  let choices = open;
  if (said.length > 0) {
    const named = bestNamed(
      said.map((w) => w.folded),
      open.map((m) => ({
        item: m,
        texts: [
          ...m.participants.filter((p) => p.id !== d.userId).map((p) => p.name),
          ...m.steps.flatMap((s) => [s.offerTitle, s.wantTitle]),
        ],
      })),
    );
    if (named.length > 0) choices = named;
  }
  if (choices.length === 1) return choices[0];
  if (choices.length === 0) {
    d.say(d.t(intent === "complete_match" ? "as_no_trade_to_complete" : "as_no_trade_to_review"));
    return undefined;
  }
  d.state.results = { kind: "matches", ids: choices.map((m) => m.id) };
  d.say(d.t("as_which_trade"), {
    quickReplies: choices.map((m) =>
      d.quick(
        m.participants
          .filter((p) => p.id !== d.userId)
          .map((p) => p.name)
          .join(", "),
        intent,
        { ...slots, matchId: m.id },
      ),
    ),
  });
  return undefined;
}

const firstNames = (d: Dialog, match: MatchView) =>
  match.participants
    .filter((p) => p.id !== d.userId)
    .map((p) => p.name.split(" ")[0] ?? p.name)
    .join(", ");

export async function completeMatchTurn(d: Dialog, slots: Slots): Promise<void> {
  const match = await targetTrade(d, slots, ["accepted"], "complete_match");
  if (!match) return;
  const done = await completeMatch(d.market, d.userId, match.id, d.locale);
  d.state.focus = { matchId: done.id };
  const names = firstNames(d, done);
  if (done.status === "completed") {
    const others = done.participants.filter((p) => p.id !== d.userId);
    d.say(d.t("as_trade_completed", { names }), {
      quickReplies:
        others.length === 1 ? [5, 4, 3].map((rating) => d.quick("★".repeat(rating), "review_member", { matchId: done.id, rating })) : [],
    });
  } else d.say(d.t("as_trade_completed_waiting", { names }));
  // "swap done! leave a 5 star review for sofia": the review follows in the same turn.
  if (typeof slots.rating === "number") await reviewMemberTurn(d, { ...slots, matchId: done.id });
}

export async function reviewMemberTurn(d: Dialog, slots: Slots): Promise<void> {
  const match = await targetTrade(d, slots, ["completed", "accepted"], "review_member");
  if (!match) return;
  const names = firstNames(d, match);
  if (match.status !== "completed") {
    d.say(d.t("as_review_after_completion", { names }));
    return;
  }
  const rating = typeof slots.rating === "number" ? slots.rating : undefined;
  if (rating === undefined) {
    d.askFor("review_member", { matchId: match.id }, "rating", d.t("as_ask_rating", { names }), {
      quickReplies: [5, 4, 3, 2, 1].map((r) => d.quick("★".repeat(r), "review_member", { matchId: match.id, rating: r })),
    });
    return;
  }
  const others = match.participants.filter((p) => p.id !== d.userId);
  const said = namingWords(d.text).map((w) => w.folded);
  const subject =
    others.length === 1
      ? others[0]
      : bestNamed(
          said,
          others.map((p) => ({ item: p, texts: [p.name] })),
        )[0];
  const command = d.parse(ReviewMatchCommand, {
    rating,
    ...(typeof slots.comment === "string" && slots.comment.trim() ? { comment: slots.comment } : {}),
    ...(subject && others.length > 1 ? { subjectId: subject.id } : {}),
  });
  if (!command) return;
  await reviewMatch(d.market, d.userId, match.id, command);
  d.say(d.t("as_reviewed", { name: subject?.name.split(" ")[0] ?? names, rating }));
}

/** "c'est bon on a fait l'échange", "l'échange avec sofia est fait", "swap done!", "we did the trade". */
const COMPLETED =
  /(?<!\p{L})(?:on a fait l'?[ée]change|l'?[ée]change (?:avec [\p{L}-]+(?: [\p{L}-]+)? )?(?:est )?(?:fait|termin[ée]|effectu[ée])|[ée]change (?:fait|termin[ée])|c'est fait|swap(?:ped)? (?:is )?done|swap done|trade (?:is )?(?:done|complete)|we (?:did|made|completed|finished) the (?:swap|trade|exchange)|done with the swap|marque (?:l'[ée]change|le match) comme (?:fait|termin[ée])|mark (?:the )?(?:swap|trade) (?:as )?(?:done|complete[d]?))(?!\p{L})/iu;
/** "5 étoiles", "5 stars", "5/5", "a 5 star review". */
const RATING = /(?<!\p{N})([1-5])\s*(?:[ée]toiles?|stars?|\/\s*5|★)/iu;
const REVIEW_WORDS = /(?<!\p{L})(?:avis|review|note|[ée]toiles?|stars?|rate|rating)(?!\p{L})/iu;

/** A trade follow-up read from the text, or undefined. */
export function tradeFollowUp(text: string): { intent: "complete_match" | "review_member"; slots: Slots } | undefined {
  const rating = RATING.exec(text)?.[1];
  const slots: Slots = rating ? { rating: Number(rating) } : {};
  const comment = /:\s*(\S.*)$/s.exec(text)?.[1];
  if (comment && rating) slots.comment = comment.trim();
  if (COMPLETED.test(text)) return { intent: "complete_match", slots };
  if (rating && REVIEW_WORDS.test(text)) return { intent: "review_member", slots };
  return undefined;
}
