/**
 * P10: the assistant's line readers on hostile lines of 12,000 characters (the longest turn it
 * reads), several shapes each: repeated words, repeated punctuation, no spaces, runs of spaces
 * (with and without a line break at the end, where a pattern that needs the end of the line fails
 * late). Each reader must stay linear: a shape twice as long costs about twice as much.
 */
import { MAX_TURN_CHARS } from "../core/src/assistant/assistant.ts";
import { categoryEditSaid } from "../core/src/assistant/handlers/category-edit.ts";
import { ownListingNamed, renameOf } from "../core/src/assistant/handlers/edit-lines.ts";
import { draftCorrection } from "../core/src/assistant/handlers/listing-draft.ts";
import { profileEdits } from "../core/src/assistant/handlers/profile-edits.ts";
import { reviewComment, tradeFollowUp } from "../core/src/assistant/handlers/trades.ts";
import { interpret } from "../core/src/assistant/nlu/interpret.ts";

/** `unit` repeated between `head` and `tail` up to `length` characters. */
function line(length: number, unit: string, head = "", tail = ""): string {
  const room = length - head.length - tail.length;
  return head + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + tail;
}

const SHAPES: Record<string, (length: number) => string> = {
  "words: « très sympa »": (n) => line(n, "très sympa "),
  "words: « my bike to »": (n) => line(n, "my bike to "),
  "words: « mon vélo en », then a line break": (n) => line(n, "mon vélo en ", "", "\nx"),
  "words: « titre », then a line break": (n) => line(n, "titre ", "", "\nx"),
  "words: « prix 120 »": (n) => line(n, "prix 120 "),
  "punctuation: ,,,": (n) => line(n, ","),
  "punctuation: ::: (spaced)": (n) => line(n, ": "),
  "punctuation: !!!": (n) => line(n, "!"),
  "no spaces: aaa": (n) => line(n, "a"),
  "spaces after « 5 étoiles »": (n) => line(n, " ", "5 étoiles", "x"),
  "spaces after « my »": (n) => line(n, " ", "my ", "x"),
  "spaces after « rename », then « to x » and a line break": (n) => line(n, " ", "rename", " to x\n"),
  "« to » repeated after « my », then a line break": (n) => line(n, " to", "my ", "\nx"),
  "lines of « my to »": (n) => line(n, "my to\n"),
  "spaces after « dans la catégorie », then a line break": (n) => line(n, " ", "dans la catégorie", "x\n"),
  "spaces after « leave »": (n) => line(n, " ", "leave", "x"),
  "spaces after « contact her », then a line break": (n) => line(n, " ", "contact her", "x\n"),
  // (session 43's patterns: a headline cut where a change of skills begins, where a member comes from)
  "« x et enlève » repeated after « mets comme titre : »": (n) => line(n, "x et enlève ", "mets comme titre : "),
  "« A- » repeated after « native speaker from »": (n) => line(n, "A-", "native speaker from ", "x"),
  // (session 44's patterns: a notice of a loss, homes sought, skills added in a clause, a group's need, thousands)
  "« chat » repeated after « PERDU »": (n) => line(n, "chat ", "PERDU ", "x"),
  "spaces after « je cherche des familles »": (n) => line(n, " ", "je cherche des familles", "pour les"),
  "« x y » repeated after « , add », then « to my »": (n) => line(n, "x y ", ", add ", " to my"),
  "« x » repeated after « the club », then « needs »": (n) => line(n, "x ", "the club ", " needs"),
  "« 000 » repeated after « moins de 40 »": (n) => line(n, " 000", "moins de 40", " l'unité"),
  "spaces after « pick up »": (n) => line(n, " ", "pick up", "x"),
  // (the independent review's finds: runs of spaces after a denied amount, a rate's floor, a headline's head)
  "spaces after « the lamp is not 5 »": (n) => line(n, " ", "the lamp is not 5", "x"),
  "spaces after « je vends un vélo min 5 »": (n) => line(n, " ", "je vends un vélo min 5", "x"),
  "spaces after « mets comme titre »": (n) => line(n, " ", "mets comme titre", "x"),
  // (session 41's find: a bound "set … again" read with overlapping spaces took 56 s on 200 of them)
  "spaces after « set the max to », then « again »": (n) => line(n, " ", "set the max to", " again"),
  "spaces after « tell Marc that »": (n) => line(n, " ", "tell Marc that", "x"),
  "words: « plein de trucs »": (n) => line(n, "plein de trucs "),
  "numbers: « 1 »": (n) => line(n, "1 "),
};

const READERS: Record<string, (text: string) => unknown> = {
  "interpret (the whole reading of a turn)": (text) => interpret(text, "fr"),
  reviewComment: (text) => reviewComment(text, ["ugo"], { bareRating: true }),
  draftCorrection: (text) => draftCorrection(text, "fr"),
  "ownListingNamed (was OWN_LISTING_EDIT)": (text) => ownListingNamed(text),
  renameOf: (text) => renameOf(text),
  categoryEditSaid: (text) => categoryEditSaid(text),
  tradeFollowUp: (text) => tradeFollowUp(text),
  profileEdits: (text) => profileEdits(text),
};

export type LongLinesBench = {
  length: number;
  rows: { shape: string; ms: Record<string, number> }[];
  /** The worst shape's time at twice the length over its time at the length, per reader. */
  doubling: Record<string, number>;
};

/** Median of `runs` timings of `run`, in milliseconds. */
function median(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

export function benchLongLines(runs = 5): LongLinesBench {
  // The intent model and the towns load once, before anything is timed.
  interpret("je vends un vélo à Lyon", "fr");
  const length = MAX_TURN_CHARS;
  const rows = Object.entries(SHAPES).map(([shape, make]) => {
    const text = make(length);
    return { shape, ms: Object.fromEntries(Object.entries(READERS).map(([name, read]) => [name, median(runs, () => read(text))])) };
  });
  const doubling = Object.fromEntries(
    Object.entries(READERS).map(([name, read]) => {
      const worst = rows.reduce((a, b) => ((b.ms[name] ?? 0) > (a.ms[name] ?? 0) ? b : a));
      const make = SHAPES[worst.shape] as (n: number) => string;
      const at = median(runs, () => read(make(length)));
      return [name, median(runs, () => read(make(2 * length))) / Math.max(at, 0.001)];
    }),
  );
  return { length, rows, doubling };
}

const ms = (value: number | undefined) => (value ?? 0).toFixed(1);

export function longLinesMarkdown(result: LongLinesBench): string {
  const names = Object.keys(READERS);
  return [
    "## P10 — the assistant's line readers on hostile 12,000-character lines",
    "",
    `Each reader on lines of ${result.length.toLocaleString("en")} characters (the longest turn the assistant reads), median of 5, in ms. Before session 10 the same lines took up to 0.9 s in \`reviewComment\` (spaces after a word), 0.8 s in \`OWN_LISTING_EDIT\` ("to" repeated, then a line break), 0.08 to 0.25 s in \`categoryEditSaid\`, \`tradeFollowUp\` and \`profileEdits\` (spaces after their words) and 8 minutes in \`draftCorrection\` ("rename", spaces, "to x" and a line break: its title and rename patterns tried every way of splitting the spaces). \`draftCorrection\` now reads fields only on lines the understanding reads whole (2,000 characters; a description is read at any length), so most of its time is \`interpret\`'s. Session 42 added \`interpret\` itself and four shapes: session 41 had found "set … again" taking 56 s on 200 spaces, and session 42 a bracket pattern retried at every space (0.19 s at 24,000 characters, 0.7 s at 48,000; now 10 ms at both).`,
    "",
    `| shape | ${names.join(" | ")} |`,
    `|---|${names.map(() => "---").join("|")}|`,
    ...result.rows.map((row) => `| ${row.shape} | ${names.map((name) => ms(row.ms[name])).join(" | ")} |`),
    "",
    `Twice as long (${(2 * result.length).toLocaleString("en")} characters, each reader's slowest shape), time × ${names
      .map((name) => `${name} ${(result.doubling[name] ?? 0).toFixed(1)}`)
      .join(", ")} (linear: about 2 or less; a reader that stops reading at a bound: about 1).`,
    "",
  ].join("\n");
}
