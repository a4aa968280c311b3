/**
 * Cuts a neutral Reply to what one platform can show (reply-limits.ts), so adapters render
 * natively and never meet the platform's opaque 400. Nothing the member should read is lost:
 * - long labels and values are shortened with "…"; buttons whose id or URL the platform
 *   cannot carry are left out (a cut id would never come back);
 * - text longer than a message continues in the next message (`rest`, sent right after);
 * - cards, quick replies and select options past the limits move to `rest`, behind a
 *   "more…" quick reply whose id the caller stores with it (`restBehindMore`);
 * - the text fallback is always there: never empty, and the original text is split, never cut.
 */

import type { QuickReply, Reply, ReplyCard, ReplySelect } from "./reply.ts";
import { limitViolations, type ReplyLimits } from "./reply-limits.ts";
import { markdownToPlain } from "./reply-markdown.ts";

export type FitOptions = {
  /** The "more…" button for what does not fit: its id (the caller stores `rest` under it) and label. */
  more?: { id: string; label: string };
  /** Text of a page that only continues a list ("(suite)"); "…" when not given. */
  continued?: string;
};

export type FittedReply = {
  reply: Reply;
  /** What did not fit, itself to be fitted again; absent when everything fits. */
  rest?: Reply;
  /** `rest` is shown when the member presses `more` (else: send it right after `reply`). */
  restBehindMore: boolean;
};

export function fitReply(original: Reply, limits: ReplyLimits, options: FitOptions = {}): FittedReply {
  const reply = plainIfNeeded(original, limits);
  // Spaces around a message show nothing; trimmed, every split leaves text on both sides.
  const text = reply.text.trim() === "" ? fallbackText(reply, options) : reply.text.trim();
  const base: Reply = {
    text,
    ...(reply.format ? { format: reply.format } : {}),
    ...(reply.layout ? { layout: reply.layout } : {}),
    ...(reply.ephemeral ? { ephemeral: true } : {}),
    ...(reply.replaces && limits.update ? { replaces: reply.replaces } : {}),
  };
  const restBase: Reply = {
    text: options.continued ?? "…",
    ...(reply.format ? { format: reply.format } : {}),
    ...(reply.layout ? { layout: reply.layout } : {}),
    ...(reply.ephemeral ? { ephemeral: true } : {}),
  };

  // A text longer than one message: this page is its beginning, everything else follows.
  const textBudget = textBudgetOf(limits);
  if (text.length > textBudget) {
    const [head, tail] = splitText(text, textBudget);
    const { text: _text, replaces: _replaces, ...structure } = reply;
    return { reply: { ...base, text: head }, rest: { ...restBase, ...structure, text: tail }, restBehindMore: false };
  }

  const more: QuickReply | undefined =
    options.more && limits.quickReplies > 0
      ? { label: truncate(options.more.label, limits.buttonLabelChars), action: options.more.id }
      : undefined;
  const alone: Reply = { ...base, ...(more ? { quickReplies: [more] } : {}) };
  const cards = (reply.cards ?? []).map((card) => shrinkToFit(trimCard(card, limits), alone, limits));
  const quick = (reply.quickReplies ?? []).filter((q) => (q.action?.length ?? 0) <= limits.actionIdChars);
  const trimmedSelect = reply.select ? trimSelect(reply.select, limits) : undefined;
  const select = trimmedSelect && trimmedSelect.options.length > 0 ? trimmedSelect : undefined;

  let keepCards = Math.min(cards.length, limits.cards);
  let keepQuick = Math.min(quick.length, limits.quickReplies);
  let keepOptions = Math.min(select?.options.length ?? 0, limits.selectOptions);
  let keepSelect = select !== undefined && keepOptions > 0;
  for (;;) {
    const overflow =
      keepCards < cards.length ||
      keepQuick < quick.length ||
      (select !== undefined && (!keepSelect || keepOptions < select.options.length));
    const withMore = overflow && more !== undefined;
    if (withMore && keepQuick + 1 > limits.quickReplies) {
      keepQuick -= 1;
      continue;
    }
    const shownQuick = [...quick.slice(0, keepQuick).map((q) => ({ ...q, label: truncate(q.label, limits.buttonLabelChars) }))];
    if (withMore && more) shownQuick.push(more);
    const page: Reply = {
      ...base,
      ...(keepCards > 0 ? { cards: cards.slice(0, keepCards) } : {}),
      ...(shownQuick.length > 0 ? { quickReplies: shownQuick } : {}),
      ...(select && keepSelect ? { select: { ...select, options: select.options.slice(0, keepOptions) } } : {}),
    };
    const fits = limitViolations(page, limits).length === 0;
    // Shrink in an order that keeps each page useful: extra cards, then suggestions, then options.
    if (!fits && keepCards > 1) keepCards -= 1;
    else if (!fits && keepQuick > 0) keepQuick -= 1;
    else if (!fits && keepSelect && keepOptions > 1) keepOptions -= 1;
    else if (!fits && keepCards > 0) keepCards -= 1;
    else if (!fits && keepSelect) keepSelect = false;
    else if (!fits && text.length > 1) {
      // Only the text is left and still too big for the payload: send it alone, in two parts.
      const [head, tail] = splitText(text, Math.max(1, Math.floor(text.length / 2)));
      const { text: _text, replaces: _replaces, ...structure } = reply;
      return { reply: { ...base, text: head }, rest: { ...restBase, ...structure, text: tail }, restBehindMore: false };
    } else {
      if (!overflow) return { reply: page, restBehindMore: false };
      const rest: Reply = {
        ...restBase,
        ...(keepCards < cards.length ? { cards: (reply.cards ?? []).slice(keepCards) } : {}),
        ...(keepQuick < quick.length ? { quickReplies: quick.slice(keepQuick) } : {}),
        ...(select && !keepSelect ? { select } : {}),
        ...(select && keepSelect && keepOptions < select.options.length
          ? { select: { ...select, options: select.options.slice(keepOptions) } }
          : {}),
      };
      return { reply: page, rest, restBehindMore: withMore };
    }
  }
}

/**
 * Fits every reply of a turn: continuations follow at once, overflow behind "more…" is
 * handed back in `held` for the caller to store under its id (the next page, fitted again
 * when pressed).
 */
export function fitReplies(
  replies: Reply[],
  limits: ReplyLimits,
  options: { moreLabel: string; continued: string; newId: () => string },
): { replies: Reply[]; held: { id: string; reply: Reply }[] } {
  const out: Reply[] = [];
  const held: { id: string; reply: Reply }[] = [];
  for (const reply of replies) {
    let next: Reply | undefined = reply;
    while (next) {
      const id = options.newId();
      const fitted = fitReply(next, limits, { more: { id, label: options.moreLabel }, continued: options.continued });
      out.push(fitted.reply);
      next = undefined;
      if (fitted.rest && fitted.restBehindMore) held.push({ id, reply: fitted.rest });
      else next = fitted.rest;
    }
  }
  return { replies: out, held };
}

// ---------------------------------------------------------------------------- helpers

function textBudgetOf(limits: ReplyLimits): number {
  // A platform counting bytes: the text alone must leave room for a card or two.
  return limits.payloadBytes === undefined ? limits.textChars : Math.min(limits.textChars, Math.floor(limits.payloadBytes / 4));
}

function plainIfNeeded(reply: Reply, limits: ReplyLimits): Reply {
  if (reply.format !== "markdown" || limits.markdown) return reply;
  const { format: _format, ...rest } = reply;
  return {
    ...rest,
    text: markdownToPlain(reply.text),
    ...(reply.cards
      ? { cards: reply.cards.map((card) => (card.text !== undefined ? { ...card, text: markdownToPlain(card.text) } : card)) }
      : {}),
  };
}

/** A reply with no text still gets one: its cards' titles, or the continuation mark. */
function fallbackText(reply: Reply, options: FitOptions): string {
  const titles = (reply.cards ?? []).map((card) => card.title.trim()).filter(Boolean);
  return titles.length > 0 ? titles.join("\n") : (options.continued ?? "…");
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${safeCut(text, max - 1).trimEnd()}…`;
}

/** Cuts at `end` without splitting a surrogate pair (an emoji cut in half shows as garbage). */
function safeCut(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/**
 * Splits a trimmed text at the last paragraph, line, sentence or word boundary before `max`
 * (a hard cut when there is none): both parts are non-empty and only spaces are lost.
 */
export function splitText(text: string, max: number): [string, string] {
  const window = text.slice(0, max + 1);
  const floor = Math.floor(max / 2);
  let cut = -1;
  for (const boundary of ["\n\n", "\n", ". ", " "]) {
    const at = window.lastIndexOf(boundary);
    if (at >= floor && at + (boundary === ". " ? 1 : 0) <= max) {
      cut = at + (boundary === ". " ? 1 : 0);
      break;
    }
  }
  if (cut <= 0) cut = Math.max(1, safeCut(text, max).length);
  return [text.slice(0, cut).trimEnd(), text.slice(cut).trimStart()];
}

function trimCard(card: ReplyCard, limits: ReplyLimits): ReplyCard {
  const actions = (card.actions ?? [])
    .filter((action) => action.id.length <= limits.actionIdChars)
    .map((action) => ({ ...action, label: truncate(action.label, limits.buttonLabelChars) }));
  const links = (card.links ?? [])
    .filter((link) => link.url.length <= limits.urlChars)
    .map((link) => ({ ...link, label: truncate(link.label, limits.buttonLabelChars) }))
    .slice(0, Math.max(0, limits.buttonsPerCard - actions.length));
  const fields = (card.fields ?? [])
    .slice(0, limits.fieldsPerCard)
    .map((field) => ({ label: truncate(field.label, limits.fieldLabelChars), value: truncate(field.value, limits.fieldValueChars) }));
  return {
    title: truncate(card.title, limits.cardTitleChars),
    ...(card.subtitle !== undefined ? { subtitle: truncate(card.subtitle, limits.cardTitleChars) } : {}),
    ...(card.text !== undefined ? { text: truncate(card.text, limits.cardTextChars) } : {}),
    ...(card.image && card.image.url.length <= limits.urlChars
      ? { image: { url: card.image.url, alt: truncate(card.image.alt, limits.altTextChars) } }
      : {}),
    ...(card.url !== undefined && card.url.length <= limits.urlChars ? { url: card.url } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(actions.length > 0 ? { actions: actions.slice(0, limits.buttonsPerCard) } : {}),
    ...(links.length > 0 ? { links } : {}),
  };
}

/** A card must fit on a page by itself (with the text and "more…"), else the pages would never end. */
function shrinkToFit(card: ReplyCard, alone: Reply, limits: ReplyLimits): ReplyCard {
  let current = card;
  for (;;) {
    if (limitViolations({ ...alone, cards: [current] }, limits).length === 0) return current;
    if (current.fields && current.fields.length > 0) {
      const fields = current.fields.slice(0, -1);
      const { fields: _fields, ...rest } = current;
      current = fields.length > 0 ? { ...rest, fields } : rest;
    } else if (current.text && current.text.length > 1)
      current = { ...current, text: truncate(current.text, Math.floor(current.text.length / 2)) };
    else if (current.subtitle) {
      const { subtitle: _subtitle, ...rest } = current;
      current = rest;
    } else if (current.title.length > 1) current = { ...current, title: truncate(current.title, Math.floor(current.title.length / 2)) };
    else return current;
  }
}

function trimSelect(select: ReplySelect, limits: ReplyLimits): ReplySelect {
  return {
    placeholder: truncate(select.placeholder, limits.selectLabelChars),
    options: select.options
      .filter((option) => option.action.length <= limits.actionIdChars)
      .map((option) => ({
        label: truncate(option.label, limits.selectLabelChars),
        action: option.action,
        ...(option.description !== undefined ? { description: truncate(option.description, limits.selectLabelChars) } : {}),
      })),
  };
}
