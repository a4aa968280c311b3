/**
 * After a swap is agreed, by chat: "c'est bon on a fait l'échange" marks the hand-over done,
 * "je mets 5 étoiles à Jake" reviews the other member (issue 12, principle 7, row A31). The
 * swap is the one the member names, or their only one; several → a question with buttons.
 */
import { ReviewMatchCommand } from "../../commands/match-commands.ts";
import { completeMatch, listMyMatches, type MatchView, reviewMatch } from "../../matching/matches.ts";
import { foldText } from "../../text/normalize.ts";
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

export async function reviewMemberTurn(d: Dialog, input: Slots): Promise<void> {
  // The words that asked for the review travel with its questions (which swap? how many stars?),
  // so what they said about the member is still there when the review is written.
  const slots: Slots = d.text && typeof input.reviewText !== "string" ? { ...input, reviewText: d.text } : input;
  const match = await targetTrade(d, slots, ["completed", "accepted"], "review_member");
  if (!match) return;
  const names = firstNames(d, match);
  if (match.status !== "completed") {
    d.say(d.t("as_review_after_completion", { names }));
    return;
  }
  const rating = typeof slots.rating === "number" ? slots.rating : undefined;
  const kept: Slots = typeof slots.reviewText === "string" ? { reviewText: slots.reviewText } : {};
  if (rating === undefined) {
    d.askFor("review_member", { matchId: match.id, ...kept }, "rating", d.t("as_ask_rating", { names }), {
      quickReplies: [5, 4, 3, 2, 1].map((r) => d.quick("★".repeat(r), "review_member", { matchId: match.id, rating: r, ...kept })),
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
  const comment = typeof slots.comment === "string" ? slots.comment.trim() : commentOfReview(d, slots, others);
  const command = d.parse(ReviewMatchCommand, {
    rating,
    ...(comment ? { comment } : {}),
    ...(subject && others.length > 1 ? { subjectId: subject.id } : {}),
  });
  if (!command) return;
  await reviewMatch(d.market, d.userId, match.id, command);
  const name = subject?.name.split(" ")[0] ?? names;
  d.say(
    command.comment
      ? d.t("as_reviewed_with_comment", { name, rating, comment: d.quote(d.echo(command.comment)) })
      : d.t("as_reviewed", { name, rating }),
  );
}

/**
 * What the member said about the other one, from the words that asked for the review and, when
 * the stars were asked for, the answer ("4, friendly but late"): never lost, never the rating
 * or the instruction itself.
 */
function commentOfReview(d: Dialog, slots: Slots, others: { name: string }[]): string | undefined {
  const names = others.flatMap((p) => namingWords(p.name).map((w) => w.folded));
  const first = typeof slots.reviewText === "string" ? slots.reviewText : "";
  const answer = d.text && d.text !== first ? d.text : "";
  const parts = [reviewComment(first, names), reviewComment(answer, names, { bareRating: d.previousPending?.awaiting === "rating" })];
  const said = parts.filter((part): part is string => Boolean(part)).join(", ");
  return said || undefined;
}

/** "c'est bon on a fait l'échange", "l'échange avec sofia est fait", "swap done!", "we did the trade". */
const COMPLETED =
  /(?<!\p{L})(?:on a fait l'?[ée]change|l'?[ée]change (?:avec [\p{L}-]+(?: [\p{L}-]+)? )?(?:est )?(?:fait|termin[ée]|effectu[ée])|[ée]change (?:fait|termin[ée])|c'est fait|swap(?:ped)? (?:is )?done|swap done|trade (?:is )?(?:done|complete)|we (?:did|made|completed|finished) the (?:swap|trade|exchange)|done with the swap|marque (?:l'[ée]change|le match) comme (?:fait|termin[ée])|mark (?:the )?(?:swap|trade) (?:as )?(?:done|complete[d]?))(?!\p{L})/iu;
/** "5 étoiles", "5 stars", "5/5", "a 5 star review". */
const RATING = /(?<!\p{N})([1-5])\s*(?:[ée]toiles?|stars?|\/\s*5|★)/iu;
const REVIEW_WORDS = /(?<!\p{L})(?:avis|review|note|[ée]toiles?|stars?|rate|rating)(?!\p{L})/iu;

/** "je veux laisser un avis pour nora", "leave a review for jake": a review asked for, its stars asked next. */
const REVIEW_REQUEST =
  /(?<!\p{L})(?:laisse[rz]?|donne[rz]?|mettre|mets|[ée]cri(?:re|s|vez)|leave|write|give|post)\s+(?:(?:un|une|a|an|my|mon)\s*)?(?:avis|review|note|feedback|commentaire|rating)\s+(?:pour|[àa]|sur|for|to|on|about)\s+\p{L}/iu;

/** A trade follow-up read from the text, or undefined (its comment is read when the review is written). */
export function tradeFollowUp(text: string): { intent: "complete_match" | "review_member"; slots: Slots } | undefined {
  const rating = RATING.exec(text)?.[1];
  const slots: Slots = rating ? { rating: Number(rating) } : {};
  if (COMPLETED.test(text)) return { intent: "complete_match", slots };
  if (rating && REVIEW_WORDS.test(text)) return { intent: "review_member", slots };
  if (REVIEW_REQUEST.test(text)) return { intent: "review_member", slots };
  return undefined;
}

/**
 * Where a review's clauses part: "5 étoiles, très sympa", "4 stars - friendly but late", "… ; ponctuel".
 * The spaces before a break stay on the clause (trimmed off), never tried by the pattern: `\s*` on
 * that side tried every run of spaces from each of its spaces (0.3 s on a 12,000-character line).
 */
const CLAUSE_BREAK = /(?:[,;.!?]+|\s[-–—]\s)\s*/u;
/** "5 étoiles", "4 stars", "5/5", "★★★★", "cinq étoiles": the rating said in a clause. */
const RATING_SAID =
  /(?<![\p{L}\p{N}])(?:[1-5]|un|une|deux|trois|quatre|cinq|one|two|three|four|five)\s*(?:[ée]toiles?|stars?|\/\s*5)(?!\p{L})|★{1,5}/iu;
/** "4, friendly but late" answering "how many stars?": the bare number opening the answer is the rating. */
const BARE_RATING = /^\s*[1-5](?:\s*\/\s*5)?(?!\p{N})/u;
/** Words said to the assistant around a review, never about the member: "je mets", "leave a review for", "merci". */
const INSTRUCTION_WORDS = new Set(
  (
    "je j i i'd i'll id ill mets met mettre donne donner laisse laisser leave give gave rate note noter evalue evaluer review reviews avis " +
    "a an un une une the le la les l de du des d for pour to a au with avec et and star stars etoile etoiles rating please stp svp merci thanks " +
    "thank you thx ok oui yes voila here's here is c'est it's its beaucoup much lot"
  ).split(" "),
);

/**
 * The comment in a review's words: every clause that is not the rating, the instruction to the
 * assistant, the swap's completion or the member's name ("5 étoiles, très sympa et ponctuel" →
 * "très sympa et ponctuel"; "je laisse 5 étoiles à ugo : super échange" → "super échange";
 * "4 stars for nora, lovely person" → "lovely person"). What follows a colon is said whole.
 */
export function reviewComment(text: string, names: string[], options: { bareRating?: boolean } = {}): string | undefined {
  const colon = /:\s*(\S[\s\S]*)$/u.exec(text);
  const head = colon ? text.slice(0, colon.index) : text;
  const parts: string[] = [];
  const isName = new Set(names);
  const instructionOnly = (clause: string) =>
    namingWords(clause).every((w) => INSTRUCTION_WORDS.has(w.folded) || TRADE_WORDS.has(w.folded) || isName.has(w.folded));
  head
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .forEach((clause, index) => {
      const rated = RATING_SAID.exec(clause) ?? (options.bareRating && index === 0 ? BARE_RATING.exec(clause) : null);
      // The words after the rating say something unless they only say for whom: "5 étoiles très sympa" / "5 étoiles à ugo".
      const rest = rated ? clause.slice(rated.index + rated[0].length) : clause;
      if (!rated && (COMPLETED.test(clause) || REVIEW_WORDS.test(clause))) return;
      if (rest.trim() && !instructionOnly(rest)) parts.push(rated ? withoutRecipient(rest, isName) : rest.trim());
    });
  if (colon?.[1]?.trim()) parts.push(colon[1].trim());
  const comment = parts.filter(Boolean).join(", ");
  return comment || undefined;
}

const RECIPIENT_LEAD = /^(?:[àa]|pour|for|to)$/iu;

/** "for nora lovely person" → "lovely person": the words naming whom the stars are for are not the comment. */
function withoutRecipient(words: string, names: Set<string>): string {
  const said = words.trim().split(/\s+/u);
  // "à camille", "for sam b": whom the stars are for, by a name the swap may not spell that way.
  if (RECIPIENT_LEAD.test(said[0] ?? "") && said.length <= 3) return "";
  let start = 0;
  while (start < said.length) {
    const word = namingWords(said[start] ?? "")[0]?.folded ?? foldedPunctuation(said[start] ?? "");
    if (INSTRUCTION_WORDS.has(word) || names.has(word) || word === "") start++;
    else break;
  }
  return said.slice(start).join(" ");
}

const foldedPunctuation = (word: string) => (/^[\p{P}\p{S}]+$/u.test(word) ? "" : foldText(word));
