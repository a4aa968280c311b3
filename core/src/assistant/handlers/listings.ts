/** Listings by chat: post (offer or want, with what is wanted in exchange), show, list, change, delete. */

import { randomUUID } from "node:crypto";
import { CreateListingCommand, UpdateListingCommand } from "../../commands/listing-commands.ts";
import { chooseTargets, loadRecipients } from "../../delivery/recipients.ts";
import { Forbidden } from "../../errors/domain.ts";
import { inferCategory } from "../../listings/category-inference.ts";
import { categoriesNamed } from "../../listings/category-names.ts";
import { loadCategoryTree } from "../../listings/category-tree.ts";
import { deleteListingKeepingUndo, readDeletedListing, restoreDeletedListing } from "../../listings/deleted-listing.ts";
import type { ListingView } from "../../listings/listing-view.ts";
import { createListing, deleteListing, getListing, listMyListings, updateListing } from "../../listings/listings.ts";
import { localCurrency } from "../../places/currency.ts";
import { resolvePlace } from "../../places/gazetteer.ts";
import { type Dialog, explainBadRef, pickFromResults } from "../dialog.ts";
import type { Slots } from "../intents.ts";
import { bestNamed, namingWords, wordsAfterDeterminer } from "../named-target.ts";
import { ordinalIn, priceChangeSaid } from "../nlu/slots.ts";
import { tokenize } from "../nlu/text.ts";
import type { ReplyCard } from "../reply.ts";
import { ask, type PendingQuestion, PendingQuestionSchema } from "../session.ts";
import {
  ADDED_TEXT,
  descriptionOf,
  descriptionSaid,
  isGiveaway,
  listingGuesses,
  namedCurrency,
  polishedTitle,
  textWorthKeeping,
  titleAsSaid,
  wantsAsSaid,
} from "./listing-draft.ts";
import { askedWhichPlace } from "./place-question.ts";

export function listingCard(d: Dialog, listing: ListingView, distanceKm?: number | null): ReplyCard {
  const fields = [
    ...(listing.price ? [{ label: d.t("as_price"), value: d.money(listing.price.amount, listing.price.currency) }] : []),
    ...(listing.location?.place || listing.remote
      ? [
          {
            label: d.t("as_place"),
            value: [
              listing.remote ? d.t("as_where_remote") : listing.location?.place,
              distanceKm != null
                ? distanceKm < 1
                  ? d.t("as_distance_near")
                  : d.t("as_distance", { km: Math.round(distanceKm * 10) / 10 })
                : "",
            ]
              .filter(Boolean)
              .join(", "),
          },
        ]
      : []),
    { label: d.t(listing.kind === "want" ? "as_wanted_by" : "as_owner"), value: listing.owner.name || d.t("account_deleted") },
    { label: d.t("as_category"), value: listing.category.label[d.locale] },
  ];
  return {
    title: listing.title,
    subtitle: d.t(listing.kind === "offer" ? "as_kind_offer_label" : "as_kind_want_label"),
    text: listing.description.length > 280 ? `${listing.description.slice(0, 277)}…` : listing.description,
    // The listing's title says what the photo shows (members do not write alt texts).
    ...(listing.images[0] ? { image: { url: `${d.deps.config.publicUrl}${listing.images[0].url}`, alt: listing.title } } : {}),
    fields,
  };
}

// ---------------------------------------------------------------------------- create

/** Chat slots (flat: place, price in minor units, currency) → the create-listing command's input. */
function createListingInputOf(
  slots: Slots,
  known: { title: string; place: string | undefined; wants: string | undefined; locale: "fr" | "en" },
) {
  return {
    kind: slots.kind,
    title: known.title,
    ...(typeof slots.description === "string" && slots.description.trim() ? { description: slots.description } : {}),
    ...(slots.category !== undefined ? { category: slots.category } : {}),
    ...(slots.condition !== undefined ? { condition: slots.condition } : {}),
    // A negative amount reaches the schema, which refuses it politely: a price is never dropped silently.
    ...(typeof slots.price === "number" ? { price: { amount: slots.price, currency: slots.currency ?? "EUR" } } : {}),
    ...(known.place ? { location: { place: known.place } } : {}),
    ...(slots.remote !== undefined ? { remote: slots.remote } : {}),
    ...(slots.shipping !== undefined ? { shipping: slots.shipping } : {}),
    ...(known.wants ? { wants: known.wants } : {}),
    locale: known.locale,
  };
}

/**
 * The fields as the member meant them, on the turn that states the posting: a giveaway is
 * free, their own words are the description, "X ou Y" stays whole and a merely possible
 * exchange publishes no want. Later turns (answers, corrections, buttons) keep what was read.
 */
function readPosting(d: Dialog, input: Slots): Slots {
  // Chosen after "publier ou chercher ?" (typed or pressed): the words that stated the posting, not the choice.
  const { postingText, ...slots } = input;
  const text = (typeof postingText === "string" ? postingText : d.text).trim();
  const first =
    text !== "" && (typeof postingText === "string" || d.previousPending === undefined || d.previousPending.awaiting === "title");
  // "post a want" states no posting yet: the answer to "what are you looking for?" will.
  if (!first || slots.read === true || typeof slots.title !== "string") return slots;
  const read: Slots = { ...slots, read: true, title: titleAsSaid(text, slots.title) };
  if (read.kind === "offer" && read.price === undefined && isGiveaway(text)) read.price = 0;
  // "120 bucks", "pour 300": an amount without the currency named; it will be the place's, shown first.
  if (typeof read.price === "number" && read.price > 0 && !namedCurrency(text)) read.currencyUnsaid = true;
  // More than the fields: the member's words describe it.
  if (read.description === undefined && textWorthKeeping(text, read)) read.description = descriptionOf(text).slice(0, 5000);
  if (typeof read.wants === "string") {
    const said = wantsAsSaid(text, read.wants);
    if (said.alternatives || said.tentative) {
      // Kept in the description; a want is published only when the member asks for one.
      delete read.wants;
      read.swapFor = said.wants;
    } else read.wants = said.wants;
  }
  return read;
}

/** "Je publie : « Table en chêne massif 6 places », 150 €, Lyon 3e, Meubles" with Publier / Modifier / Annuler. */
async function previewPosting(d: Dialog, slots: Slots, place: string | undefined): Promise<void> {
  const title = String(slots.title);
  const category = typeof slots.category === "string" ? slots.category : inferCategory(title);
  const node = (await loadCategoryTree(d.market.prisma)).bySlug.get(category);
  const details = [
    d.t(slots.kind === "offer" ? "as_kind_offer_label" : "as_kind_want_label"),
    ...(typeof slots.price === "number" && slots.price >= 0 ? [d.money(slots.price, String(slots.currency ?? "EUR")) || ""] : []),
    slots.remote === true ? d.t("as_where_remote") : (place ?? ""),
    ...(node ? [d.locale === "fr" ? node.labelFr : node.labelEn] : []),
  ].filter(Boolean);
  // The draft's own id: however many of its "Publier" buttons are pressed, it is published once
  const draftId = typeof slots.draftId === "string" ? slots.draftId : randomUUID();
  const draft: Slots = { ...slots, previewed: true, category, draftId, ...(place ? { place } : {}) };
  const lines = [d.t("as_listing_preview", { title: d.quote(title), details: details.join(", ") })];
  if (typeof slots.wants === "string")
    lines.push(d.t("as_listing_preview_wants", { wants: d.quote(polishedTitle(slots.wants, d.locale)) }));
  if (typeof slots.swapFor === "string") lines.push(d.t("as_listing_preview_swap_kept", { wants: d.quote(slots.swapFor) }));
  if (slots.currencyUnsaid === true && typeof slots.price === "number" && slots.price > 0) {
    const amount = d.money(slots.price, String(slots.currency ?? "EUR"));
    lines.push(d.t(slots.currencyOfPlace === true ? "as_listing_preview_currency" : "as_listing_preview_currency_default", { amount }));
  }
  lines.push(d.t("as_listing_preview_hint"));
  ask(d.state, "create_listing", draft, "confirm");
  const publish = d.action(d.t("as_publish"), "create_listing", { ...draft, confirmed: true }, "primary");
  const edit = d.action(d.t("as_edit"), "create_listing", { ...draft, editing: true });
  const cancel = d.action(d.t("as_cancel"), "cancel", {});
  d.say(lines.join("\n"), {
    cards: [
      {
        title,
        subtitle: details.join(" · "),
        ...(typeof slots.description === "string" ? { text: slots.description.slice(0, 280) } : {}),
        actions: [publish, edit, cancel],
      },
    ],
    quickReplies: [
      { label: publish.label, action: publish.id },
      { label: edit.label, action: edit.id },
      // A want before it is posted: what members already offer is one tap away (a search offers the reverse)
      ...(slots.kind === "want" ? [d.quick(d.t("as_draft_see_offers"), "search_listings", { q: title, ...(place ? { place } : {}) })] : []),
    ],
  });
}

/** The question a posting waits on ("Dans quelle ville ?"), asked again after a look elsewhere, or nothing when there is none. */
export function remindQuestion(d: Dialog, question: PendingQuestion): boolean {
  const title = typeof question.slots.title === "string" ? question.slots.title : undefined;
  const ask =
    question.awaiting === "place"
      ? d.t("as_ask_place")
      : question.awaiting === "kind"
        ? d.t("as_ask_kind")
        : question.awaiting === "title"
          ? d.t(question.slots.kind === "want" ? "as_ask_title_want" : "as_ask_title_offer")
          : undefined;
  if (question.intent !== "create_listing" || !ask) return false;
  d.say(title ? d.t("as_draft_question_waiting", { title: polishedTitle(title, d.locale), question: ask }) : ask);
  return true;
}

/** The question "is this number the price?" asked about a posting's draft waits for this answer. */
export const DRAFT_PRICE = "draft_price";

/**
 * "42" alone while a posting is previewed: a size, a year, a price? Asked, with Oui / Non; the
 * draft waits meanwhile, and "oui", the button or a plain number answering sets the price.
 */
export function askDraftPrice(d: Dialog, draft: Slots, amount: number): void {
  const priced = draftWithPrice(draft, amount);
  ask(d.state, "create_listing", draft, DRAFT_PRICE, { amount });
  d.say(d.t("as_draft_price_question", { amount: d.quote(String(amount / 100)), title: d.quote(String(draft.title ?? "")) }), {
    quickReplies: [d.quick(d.t("as_yes"), "create_listing", priced), d.quick(d.t("as_no"), "create_listing", draft)],
  });
}

/** The draft with `amount` as its price, in the place's currency unless the member named one. */
export function draftWithPrice(draft: Slots, amount: number): Slots {
  return { ...draft, price: amount, ...(typeof draft.currency === "string" ? {} : { currencyUnsaid: true }) };
}

/** A posting shown earlier that still waits while another is on screen: said, with its own Publish button. */
export function remindDraft(d: Dialog, draft: PendingQuestion): void {
  if (draft.intent !== "create_listing" || draft.awaiting !== "confirm" || typeof draft.slots.title !== "string") return;
  const publish = d.action(d.t("as_publish"), "create_listing", { ...draft.slots, confirmed: true }, "primary");
  d.say(d.t("as_draft_still_waiting", { title: draft.slots.title }), {
    cards: [
      {
        title: draft.slots.title,
        ...(typeof draft.slots.description === "string" ? { text: draft.slots.description.slice(0, 280) } : {}),
        actions: [publish],
      },
    ],
  });
}

export async function createListingTurn(d: Dialog, input: Slots): Promise<void> {
  if (typeof input.restore === "string") return restoreListingTurn(d, input.restore);
  const stated = typeof input.postingText === "string" ? input.postingText : d.text;
  let slots = readPosting(d, input);
  if (slots.withoutPrice === true) {
    // "sans prix" while the posting is previewed.
    const { price: _price, withoutPrice: _without, ...rest } = slots;
    slots = rest;
  }
  if (slots.editing === true) {
    // "Modifier": the draft stays as it is, and the next message corrects it.
    const { editing: _editing, ...draft } = slots;
    ask(d.state, "create_listing", draft, "confirm");
    d.say(d.t("as_listing_edit_what"));
    return;
  }
  if (slots.kind !== "offer" && slots.kind !== "want") {
    d.askFor("create_listing", slots, "kind", d.t("as_ask_kind"), {
      quickReplies: [
        d.quick(d.t("as_kind_offer"), "create_listing", { ...slots, kind: "offer" }),
        d.quick(d.t("as_kind_want"), "create_listing", { ...slots, kind: "want" }),
      ],
    });
    return;
  }
  const rawTitle = typeof slots.title === "string" ? slots.title.trim() : "";
  if (!rawTitle) {
    d.askFor("create_listing", slots, "title", d.t(slots.kind === "offer" ? "as_ask_title_offer" : "as_ask_title_want"));
    return;
  }
  const title = polishedTitle(rawTitle, d.locale);
  slots = { ...slots, title };
  let place = typeof slots.place === "string" ? slots.place : undefined;
  const placeStated = place !== undefined;
  if (!place && slots.remote !== true) {
    const profile = await d.market.prisma.profile.findUnique({ where: { userId: d.userId }, select: { placeName: true } });
    place = profile?.placeName ?? undefined;
  }
  if (!place && slots.remote !== true) {
    d.askFor("create_listing", slots, "place", d.t("as_ask_place"));
    return;
  }
  if (place && askedWhichPlace(d, "create_listing", slots, place)) return;
  // Money said without its currency is in the currency of the place (Lyon: euros), unless the place has none we know.
  if (slots.currencyUnsaid === true) {
    const local = place ? localCurrency(resolvePlace(place)?.countryCode) : undefined;
    slots = local ? { ...slots, currency: local, currencyOfPlace: true } : { ...slots, currencyOfPlace: false };
  }
  // The same rule as REST, before a preview as before a write: a preview never shows what cannot be published.
  const wants = typeof slots.wants === "string" ? polishedTitle(slots.wants, d.locale) : undefined;
  const command = d.parse(CreateListingCommand, createListingInputOf(slots, { title, place, wants, locale: d.locale }), {
    intent: "create_listing",
    slots,
  });
  if (!command) {
    // A correction refused ("description: " and 10,000 characters): nothing changed, and the draft shown before still waits.
    const shown = d.previousPending;
    if (!d.state.pending && shown?.intent === "create_listing" && shown.awaiting === "confirm") d.state.pending = shown;
    return;
  }
  if (slots.confirmed !== true) {
    const first = slots.previewed !== true && d.previousPending?.awaiting !== "place";
    const guesses = first ? listingGuesses(stated, slots, placeStated) : [];
    // A currency nobody named is shown whatever turn completes the posting (an answered place too).
    if (slots.previewed === true || guesses.length > 0 || slots.currencyUnsaid === true) {
      await previewPosting(d, slots, place);
      return;
    }
  }
  const draftId = typeof slots.draftId === "string" ? slots.draftId : undefined;
  if (draftId && d.state.published?.includes(draftId)) {
    d.say(d.t("as_listing_already_published", { title: d.quote(title) }));
    return;
  }
  const { listing, exchangeWant } = await createListing(d.market, d.userId, command);
  if (draftId) d.state.published = [...(d.state.published ?? []), draftId].slice(-PUBLISHED_KEPT);
  const created = exchangeWant ? [listing, exchangeWant] : [listing];
  d.state.focus = { listingId: listing.id };
  const where = listing.remote ? d.t("as_where_remote") : d.t("as_where_place", { place: listing.location?.place ?? place ?? "" });
  const undoSlots = { listingIds: created.map((l) => l.id), confirmed: true, undo: true };
  const undo = d.action(d.t("as_undo"), "delete_listing", undoSlots, "danger");
  // "annule" / "undo" typed next does what the button does.
  d.state.undo = { intent: "delete_listing", slots: undoSlots };
  d.say(
    [
      d.t("as_listing_created", {
        title: listing.title,
        kind: d.t(listing.kind === "offer" ? "as_kind_offer_label" : "as_kind_want_label"),
        where,
        next: d.t((await pushedMatches(d)) ? "as_listing_next_notified" : "as_listing_next_ask"),
      }),
      ...(exchangeWant ? [d.t("as_listing_created_wants", { wants: exchangeWant.title })] : []),
    ].join(" "),
    { cards: [{ ...listingCard(d, listing), actions: [undo] }] },
  );
}

/**
 * Whether a proposed swap reaches this member without their asking: a chat app the delivery
 * worker pushes to (the live socket is only a view the member has open). Only then does the
 * assistant promise to tell them.
 */
async function pushedMatches(d: Dialog): Promise<boolean> {
  const [recipient] = await loadRecipients(d.market.prisma, [d.userId]);
  return recipient !== undefined && chooseTargets(recipient, "match_proposed").some((target) => target.channel !== "socket");
}

// ---------------------------------------------------------------------------- show and list

export async function showListingTurn(d: Dialog, listingId: string): Promise<void> {
  // Seen as this member: a listing hidden pending review exists only for its owner.
  const listing = await getListing(d.market, listingId, d.userId);
  const actions =
    listing.owner.id === d.userId
      ? [d.action(d.t("as_delete"), "delete_listing", { listingId: listing.id }, "danger")]
      : [d.action(d.t("as_contact"), "send_message", { userId: listing.owner.id, listingId: listing.id }, "primary")];
  d.state.focus = { listingId: listing.id, userId: listing.owner.id };
  d.say(listing.title, { cards: [{ ...listingCard(d, listing), actions }] });
}

export async function myListingsTurn(d: Dialog): Promise<void> {
  const page = await listMyListings(d.market, d.userId, { limit: 10 });
  if (page.items.length === 0) {
    d.say(d.t("as_no_listings"));
    return;
  }
  d.state.results = { kind: "my_listings", ids: page.items.map((l) => l.id) };
  d.say(d.t("as_my_listings", { count: page.items.length }), {
    layout: "list",
    cards: page.items.map((listing) => ({
      ...listingCard(d, listing),
      subtitle: `${d.t(listing.kind === "offer" ? "as_kind_offer_label" : "as_kind_want_label")} · ${d.t(`as_status_${listing.status}`)}`,
      actions: [
        // Chat apps with forms open the listing's edit form from this button; elsewhere the assistant asks what to change.
        d.action(d.t("as_edit_listing"), "update_listing", { listingId: listing.id }, undefined, {
          kind: "edit_listing",
          listingId: listing.id,
        }),
        d.action(d.t("as_delete"), "delete_listing", { listingId: listing.id }, "danger"),
      ],
    })),
  });
}

/**
 * Lists the member's listings with one button each, under `question`, and waits for the choice:
 * a button, "the road bike", "la deuxième". An edit carries the words that asked for it (its
 * new description, "back online"), so the choice applies exactly what was said; a draft the
 * question interrupted (`resume`) waits again once the choice is made.
 */
export function askWhichListing(
  d: Dialog,
  question: string,
  listings: ListingView[],
  intent: "delete_listing" | "update_listing",
  slots: Slots,
  resume?: PendingQuestion,
) {
  const ids = listings.map((l) => l.id);
  const choice: Slots = intent === "update_listing" && d.text && slots.editText === undefined ? { ...slots, editText: d.text } : slots;
  d.state.results = { kind: "my_listings", ids };
  ask(d.state, intent, choice, LISTING_CHOICE, { ids, ...(resume ? { resume } : {}) });
  d.say(question, {
    layout: "list",
    cards: listings.map((listing) => ({
      title: listing.title,
      subtitle: [d.t(`as_status_${listing.status}`), listing.price ? d.money(listing.price.amount, listing.price.currency) : ""]
        .filter(Boolean)
        .join(" · "),
      actions: [d.action(listing.title.slice(0, 40), intent, { ...choice, listingId: listing.id })],
    })),
  });
}

/** The question "which of your listings?" waits for this answer. */
export const LISTING_CHOICE = "listing_choice";
/** How many published drafts a conversation remembers (its buttons live for days, a conversation has few drafts). */
const PUBLISHED_KEPT = 20;

/** The draft a "which of your listings?" question interrupted, to wait again once it is answered. */
export function interruptedDraft(question: PendingQuestion | undefined): PendingQuestion | undefined {
  if (question?.awaiting !== LISTING_CHOICE) return undefined;
  const resume = (question.draft as { resume?: unknown } | undefined)?.resume;
  return PendingQuestionSchema.safeParse(resume).data;
}

/** The listing a typed answer to "which of your listings?" picks: "la deuxième", "the road bike", or none. */
export async function chosenListing(d: Dialog, question: PendingQuestion, text: string): Promise<string | undefined> {
  const ids = (question.draft as { ids?: unknown } | undefined)?.ids;
  if (!Array.isArray(ids)) return undefined;
  const ref = ordinalIn(text, tokenize(text));
  if (typeof ref === "number") return ids[ref - 1];
  if (ref === "last") return ids.at(-1);
  const shown = (await listMyListings(d.market, d.userId, { limit: 50 })).items.filter((l) => ids.includes(l.id));
  const named = bestNamed(
    namingWords(text).map((w) => w.folded),
    shown.map((listing) => ({ item: listing, texts: [listing.title] })),
  );
  return named.length === 1 ? named[0]?.id : undefined;
}

/**
 * The member's listing the message is about: an id from a button, "the second one", the one
 * the message names (or a question when several fit, or "none of yours" when none does), the
 * one in focus ("supprime-la"), or the only one.
 */
/**
 * The words that may name the listing: not the new values an edit sets ("renomme-la en Vélo de
 * ville" names none of the member's listings, even one called "Vélo"), each value's words taken
 * off from the end, where it was said.
 */
function namingWordsOf(text: string, values: unknown[]): ReturnType<typeof namingWords> {
  const said = namingWords(text).filter((w) => !EDIT_WORDS.has(w.folded));
  for (const value of values)
    if (typeof value === "string")
      for (const word of namingWords(value)) {
        const at = said.map((w) => w.folded).lastIndexOf(word.folded);
        if (at >= 0) said.splice(at, 1);
      }
  return said;
}

/** "c'est vendu", "it's sold", "mon tapis est parti", "plus dispo": the member states the thing is gone, asking nothing. */
const SALE_FACT =
  /(?<!\p{L})(?:vendue?s?|sold|partie?s?|gone|plus\s+dispo(?:nible)?s?|(?:no\s+longer|not)\s+available|d[ée]j[àa]\s+pris)(?!\p{L})/iu;
/** Words that ask for the deletion outright: "supprime", "delete", "retire l'annonce". */
const DELETE_REQUEST =
  /(?<!\p{L})(?:supprime[rz]?|efface[rz]?|enl[èe]ve[rz]?|retire[rz]?|vire[rz]?|delete|remove|erase|take\s+down)(?!\p{L})/iu;
/** Words of a sale fact that name no listing: "vendu", "sold", "gone", "plus dispo", "marque … comme". */
const SALE_WORDS = new Set(
  (
    "vendu vendue vendus vendues sold parti partie partis parties gone dispo disponible disponibles available longer deja already " +
    "plus pas vente sale not no any anymore more isn aren sont are desole sorry marque marquer mark comme as elle il it its c'est est is was"
  ).split(" "),
);

/** "plus dispo", "n'est plus disponible", "no longer available", "isn't available anymore", "plus en vente". */
const NO_LONGER_AVAILABLE =
  /(?<!\p{L})(?:plus\s+(?:dispo(?:nible)?s?|en\s+vente)|no\s+longer\s+(?:available|for\s+sale)|(?:not|(?:is|are|was)n['’]?t)\s+(?:available|for\s+sale)\s+any\s*more)(?!\p{L})/iu;
/** The verb just before it says whose availability it is: the member's ("je suis", "I'm") or a thing's ("est", "it's"). */
const MEMBER_VERB = /^(?:suis|serai|serais|sommes|am|i['’]?m|im)$/iu;
const THING_VERB = /^(?!(?:s?he|who)['’]s$)(?:est|sont|etait|était|c['’]est|n['’]est|is|are|was|its|\p{L}+['’]s)$/iu;

/**
 * "mon vélo est plus dispo", "the desk is no longer available", "c'est plus dispo": the same
 * fact as "c'est vendu", about a thing. "je suis plus dispo le mardi", "I'm not available
 * anymore on weekends" are about the member (their profile), and a line that says no verb
 * ("plus dispo le mardi") or asks ("… plus dispo ?") is neither: left to what the words say.
 */
export function thingNoLongerAvailable(text: string): boolean {
  const found = NO_LONGER_AVAILABLE.exec(text);
  if (!found || text.includes("?") || DELETE_REQUEST.test(text)) return false;
  // The two words before the phrase hold its verb: "est", "n'est", "is"; "ne suis", "I'm".
  const before = text
    .slice(0, found.index)
    .split(/\s+/u)
    .filter(Boolean)
    .slice(-3)
    .filter((word) => !/^(?:ne|n['’]|not|pas|jamais|really|vraiment|d[ée]j[àa]|already)$/iu.test(word));
  // "isn't available anymore" says its verb itself.
  const verb = /^(?:is|are|was)n/iu.test(found[0]) ? found[0] : (before.at(-1) ?? "");
  return !MEMBER_VERB.test(verb) && (THING_VERB.test(verb) || /^(?:is|are|was)n/iu.test(verb));
}

export function saleFact(text: string): boolean {
  return (SALE_FACT.test(text) && !DELETE_REQUEST.test(text)) || thingNoLongerAvailable(text);
}

const MY_LAST = /\b(?:my (?:last|latest|most recent|newest)|ma derni[èe]re|mon dernier)\b/i;

async function targetListing(d: Dialog, slots: Slots, intent: "delete_listing" | "update_listing"): Promise<ListingView | undefined> {
  let id = typeof slots.listingId === "string" ? slots.listingId : undefined;
  // "my last listing", "ma dernière annonce" with no list on screen: the one posted last
  if (!id && slots.ref === "last" && !pickFromResults(d, ["my_listings", "listings"], "last") && MY_LAST.test(d.text))
    id = (await listMyListings(d.market, d.userId, { limit: 50 })).items.find((l) => l.status !== "closed")?.id;
  if (!id && slots.ref !== undefined) {
    id = pickFromResults(d, ["my_listings", "listings"], slots.ref);
    if (!id) {
      explainBadRef(d, slots.ref);
      return undefined;
    }
  }
  if (!id) {
    const active = (await listMyListings(d.market, d.userId, { limit: 50 })).items.filter((l) => l.status !== "closed");
    const said = namingWordsOf(
      d.text,
      intent === "update_listing" ? [slots.title, slots.description, descriptionEdit(d.text, ""), slots.categoryText] : [],
    ).filter((w) => !(intent === "delete_listing" && SALE_WORDS.has(w.folded) && saleFact(d.text)));
    const named = bestNamed(
      said.map((w) => w.folded),
      active.map((listing) => ({ item: listing, texts: [listing.title] })),
    );
    if (named.length === 1) return named[0];
    // "change the price of my bike" with a city bike and a road bike: which one, never the last one shown.
    if (named.length > 1) {
      askWhichListing(d, d.t("as_which_listing"), named, intent, slots);
      return undefined;
    }
    // "la perceuse est partie, retire l'annonce", "change the price of my kayak": the listing named,
    // never the last one instead. (An edit's other words may be its values: it insists only on a
    // thing it names after "my", "the", "la"….)
    const things = wordsAfterDeterminer(d.text);
    if (said.length > 0 && (intent === "delete_listing" || said.some((w) => things.has(w.folded)))) {
      if (named.length === 0) {
        const name = d.echo(said.map((w) => w.typed).join(" "));
        if (active.length === 0) d.say(d.t("as_no_listings"));
        else askWhichListing(d, d.t("as_no_listing_named", { name }), active, intent, slots);
        return undefined;
      }
      askWhichListing(d, d.t("as_which_listing"), named, intent, slots);
      return undefined;
    }
    if (d.state.focus?.listingId) {
      const focused = await getListing(d.market, d.state.focus.listingId).catch(() => undefined);
      if (focused?.owner.id === d.userId && focused.status !== "closed") id = focused.id;
    }
    if (!id) {
      if (active.length === 1) id = active[0]?.id;
      else if (active.length === 0) {
        d.say(d.t("as_no_listings"));
        return undefined;
      } else {
        askWhichListing(d, d.t("as_which_listing"), active, intent, slots);
        return undefined;
      }
    }
  }
  const listing = await getListing(d.market, id as string);
  if (listing.owner.id !== d.userId) throw new Forbidden("as_not_yours");
  return listing;
}

export async function deleteListingTurn(d: Dialog, slots: Slots): Promise<void> {
  // "Undo" right after posting: the listings just created, no question asked.
  if (Array.isArray(slots.listingIds) && slots.undo === true) {
    const titles: string[] = [];
    for (const id of slots.listingIds) {
      const listing = await getListing(d.market, id).catch(() => undefined);
      if (!listing || listing.owner.id !== d.userId) continue;
      await deleteListing(d.market, d.userId, id);
      titles.push(listing.title);
    }
    d.say(d.t("as_listing_undone", { title: titles.join(", ") }));
    return;
  }
  // "c'est vendu", "the drill is sold": a fact, not a request (kept through "which one?"); what a yes would do is on the buttons.
  const sold = slots.sold === true || (d.text !== "" && saleFact(d.text));
  const listing = await targetListing(d, sold ? { ...slots, sold: true } : slots, "delete_listing");
  if (!listing) return;
  if (slots.confirmed !== true) {
    // Its photos cannot come back with an Undo (they must not stay public): said before, when it has some.
    const question = [
      d.t(sold ? "as_confirm_delete_sold" : "as_confirm_delete", { title: listing.title }),
      ...(listing.images.length > 0 ? [d.t("as_confirm_delete_photos")] : []),
    ].join(" ");
    if (sold)
      d.confirm("delete_listing", { listingId: listing.id }, question, listingCard(d, listing), undefined, {
        yes: "as_delete",
        no: "as_keep",
      });
    else d.confirm("delete_listing", { listingId: listing.id }, question, listingCard(d, listing));
    return;
  }
  const deleted = await deleteListingKeepingUndo(d.market, d.userId, listing.id);
  if (d.state.focus?.listingId === listing.id) delete d.state.focus;
  // Undo (the button, or "annule" / "undo" typed next) puts it back as it was, like every other Undo.
  const undoSlots: Slots = { restore: JSON.stringify(deleted) };
  const undo = d.action(d.t("as_undo"), "create_listing", undoSlots);
  d.state.undo = { intent: "create_listing", slots: undoSlots };
  d.say(d.t("as_listing_deleted", { title: listing.title }), { cards: [{ title: listing.title, actions: [undo] }] });
}

/** The Undo of a delete: the listing back as it was (its photos excepted, erased with it), once. */
async function restoreListingTurn(d: Dialog, restore: string): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(restore);
  } catch {
    parsed = undefined;
  }
  const deleted = readDeletedListing(parsed);
  if (!deleted) {
    d.say(d.t("as_action_expired"));
    return;
  }
  const restored = await restoreDeletedListing(d.market, d.userId, deleted);
  if (!restored) {
    d.say(d.t("as_listing_restored_already", { title: deleted.title }));
    return;
  }
  d.state.focus = { listingId: restored.id };
  const lines = [d.t("as_listing_restored", { title: restored.title })];
  if (deleted.photos > 0) lines.push(d.t("as_listing_restored_photos"));
  d.say(lines.join(" "), { cards: [listingCard(d, restored)] });
}

/** Words of an edit that say what to change, never which listing ("change the price of my bike"). */
export const EDIT_WORDS = new Set(
  (
    "prix price titre title nom name tarif rename renomme renommer change changer modifie modifier passe passer mets mettre set " +
    "make baisse baisser lower drop raise augmente augmenter description descriptif euros euro eur dollars bucks gratuit free sans " +
    "without pause online ligne remets back instead plutot est coute cost costs photo photos ville town lieu place " +
    "categorie category rubrique section mauvaise wrong dans into under sous move deplace range classe"
  ).split(" "),
);

/** Money said as a deposit: "caution 20€", "20 pounds deposit", "les 20e c'est juste la caution". */
const DEPOSIT_WORDS = "caution|d[ée]p[ôo]t de garantie|deposit";

/**
 * The price an edit's words set: none for a description edit (its words describe, "…, caution
 * 20€" included), none for an amount said as a deposit — free when the line says so ("c'est
 * gratuit, les 20e c'est juste la caution").
 */
function priceSaidIn(text: string, price: unknown): number | undefined {
  if (typeof price !== "number") return undefined;
  if (descriptionSaid(text) || ADDED_TEXT.test(text)) return undefined;
  const amount = String(price / 100);
  const deposit = new RegExp(
    `(?:(?:${DEPOSIT_WORDS})\\W+(?:[\\p{L}]+\\W+){0,3}${amount}(?!\\d))|(?:(?<!\\d)${amount}\\s*(?:€|e|eur|euros?|£|pounds?|\\$|dollars?|chf|francs?)?\\W+(?:[\\p{L}]+\\W+){0,4}(?:${DEPOSIT_WORDS}))`,
    "iu",
  );
  if (!deposit.test(text)) return price;
  return isGiveaway(text) ? 0 : undefined;
}

/** The listing's new description: what was said replaces it, or goes at its end when added. */
function descriptionEdit(text: string, current: string): string | undefined {
  const said = descriptionSaid(text);
  // ("pour la commode, précise que les poignées sont d'origine": words added, with no word "description")
  const added = said ? undefined : ADDED_TEXT.exec(text)?.[1]?.trim();
  if (added) return current.trim() ? `${current.trim()}\n${added}` : added;
  if (!said) return undefined;
  return said.appending && current.trim() ? `${current.trim()}\n${said.text}` : said.text;
}

const DESCRIPTION_WORD = /\b(?:description|descriptif)\b/iu;

const BACK_ONLINE = /\b(back online|online again|remets?(?:-la|-le| la| le)? en ligne|de nouveau en ligne|republish|reactivate|unpause)\b/i;

/**
 * The category the member's words name for a listing or a draft ("livres", "it's furniture"):
 * one, or a question with a button per category they may mean (every category of the same side
 * of the tree when they name none), nothing changed and undefined. `choose` is what a button does.
 */
async function categoryAsked(
  d: Dialog,
  said: string,
  current: { title: string; category: string },
  choose: (slug: string) => { intent: "update_listing" | "create_listing"; slots: Slots },
): Promise<string | undefined> {
  const tree = await loadCategoryTree(d.market.prisma);
  const named = said ? categoriesNamed(tree, said) : [];
  if (named.length === 1) return named[0]?.slug;
  const label = (slug: string) => {
    const node = tree.bySlug.get(slug);
    return node ? (d.locale === "fr" ? node.labelFr : node.labelEn) : slug;
  };
  const root = (slug: string): string => {
    const node = tree.bySlug.get(slug);
    const parent = node?.parentId ? tree.byId.get(node.parentId) : undefined;
    return parent ? root(parent.slug) : slug;
  };
  const side = root(current.category);
  const choices =
    named.length > 1
      ? named.map((node) => node.slug)
      : [...tree.bySlug.values()].filter((node) => node.slug !== side && root(node.slug) === side).map((node) => node.slug);
  const question = d.t(named.length > 1 ? "as_which_category" : said ? "as_unknown_category" : "as_ask_category", {
    said: d.quote(d.echo(said)),
    title: d.quote(current.title),
  });
  const options = choices.map((slug) => {
    const pressed = choose(slug);
    return { label: label(slug), action: d.action(label(slug), pressed.intent, pressed.slots).id };
  });
  if (options.length <= MAX_CATEGORY_BUTTONS) d.say(question, { quickReplies: options });
  else d.say(question, { select: { placeholder: d.t("as_category"), options } });
  // A listing's question is answered by a button or typed ("outils", "board games"); a draft's stays the draft's.
  const listingId = choose(current.category).slots.listingId;
  if (typeof listingId === "string") ask(d.state, "update_listing", { listingId }, CATEGORY_CHOICE);
  return undefined;
}

/** The question "which category?" about one of the member's listings waits for this answer. */
export const CATEGORY_CHOICE = "category_choice";

/** "catégorie : meubles" while a posting is previewed: the draft shown again in that category, or the question. */
export async function draftCategoryTurn(d: Dialog, draft: Slots, said: string): Promise<void> {
  const title = typeof draft.title === "string" ? draft.title : "";
  const current = typeof draft.category === "string" ? draft.category : inferCategory(title);
  const category = await categoryAsked(d, said, { title, category: current }, (slug) => ({
    intent: "create_listing",
    slots: { ...draft, category: slug },
  }));
  if (category) await createListingTurn(d, { ...draft, category });
}

/** More categories than a row of buttons holds go in a select. */
const MAX_CATEGORY_BUTTONS = 5;

export async function updateListingTurn(d: Dialog, asked: Slots): Promise<void> {
  const listing = await targetListing(d, asked, "update_listing");
  if (!listing) return;
  let slots = asked;
  // A category said by its name where a slug was expected (the LLM's "Meubles"): read as the member's words.
  if (typeof slots.category === "string" && !(await loadCategoryTree(d.market.prisma)).bySlug.has(slots.category)) {
    const { category, ...rest } = slots;
    slots = { ...rest, categoryText: category };
  }
  if (typeof slots.categoryText === "string" && slots.category === undefined) {
    d.state.focus = { listingId: listing.id };
    const category = await categoryAsked(d, slots.categoryText, { title: listing.title, category: listing.category.slug }, (slug) => ({
      intent: "update_listing",
      slots: { listingId: listing.id, category: slug },
    }));
    if (!category) return;
    slots = { ...slots, category };
  }
  if (typeof slots.category === "string" && slots.category === listing.category.slug) {
    d.state.focus = { listingId: listing.id };
    d.say(d.t("as_category_already", { title: d.quote(listing.title), category: listing.category.label[d.locale] }));
    return;
  }
  // The words that asked for the edit: this turn's, or those of the turn that asked "which one?".
  const text = typeof slots.editText === "string" ? slots.editText : d.text;
  const description =
    typeof slots.description === "string" ? slots.description : text ? descriptionEdit(text, listing.description) : undefined;
  const status = slots.status ?? (text && BACK_ONLINE.test(text) ? "active" : undefined);
  // A rename's new title is everything after "en"/"to" (quotes and all): polished like a new posting's.
  // (never from the words of a description edit: a long description is refused as a description, not as a title)
  const title =
    typeof slots.title === "string" && description === undefined && !(text && DESCRIPTION_WORD.test(text))
      ? polishedTitle(slots.title, d.locale)
      : undefined;
  // "set the price to 120 bucks": the listing's currency, since the member named none (a button carries its own).
  // "baisse de 20€", "drop it by 10": the listing's own price moved by that much, in its currency (never below zero).
  const change = text ? priceChangeSaid(text, tokenize(text)) : undefined;
  const changed = change !== undefined && listing.price && listing.price.amount + change >= 0 ? listing.price.amount + change : undefined;
  const currency = change !== undefined ? listing.price?.currency : text && !namedCurrency(text) ? undefined : slots.currency;
  const price = change !== undefined ? changed : text ? priceSaidIn(text, slots.price) : slots.price;
  const input = {
    ...(slots.withoutPrice === true
      ? { price: null }
      : typeof price === "number"
        ? {
            price: {
              amount: price,
              currency: currency ?? listing.price?.currency ?? localCurrency(listing.location?.countryCode) ?? "EUR",
            },
          }
        : {}),
    ...(title !== undefined ? { title } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(typeof slots.category === "string" ? { category: slots.category } : {}),
  };
  const patch = d.parse(UpdateListingCommand, input);
  if (!patch) return;
  const changes = [
    ...(patch.price ? [`${d.t("as_price")} ${d.money(patch.price.amount, patch.price.currency)}`] : []),
    ...(patch.price === null ? [d.t("as_removed", { what: d.t("as_price") })] : []),
    // The old title, so the member sees which listing was renamed.
    ...(patch.title ? [d.t("as_renamed_from", { title: d.quote(listing.title) })] : []),
    ...(patch.status ? [d.t(`as_status_${patch.status}`)] : []),
    ...(patch.description !== undefined ? [d.t("as_changed_description")] : []),
    ...(patch.category ? [d.t("as_changed_category", { from: listing.category.label[d.locale] })] : []),
  ];
  d.state.focus = { listingId: listing.id };
  // ("baisse de 20€" on a listing at 15 €, or with no price): said why nothing changed, never a guess
  if (change !== undefined && changed === undefined) {
    d.say(
      listing.price && listing.price.amount > 0
        ? d.t("as_price_change_impossible", {
            title: listing.title,
            price: d.money(listing.price.amount, listing.price.currency),
            change: d.money(Math.abs(change), listing.price.currency),
          })
        : d.t("as_price_change_no_price", { title: listing.title }),
    );
    return;
  }
  if (changes.length === 0) {
    d.say(d.t("as_update_what", { title: listing.title }));
    return;
  }
  const updated = await updateListing(d.market, d.userId, listing.id, patch);
  // Undo puts back what was there before this change.
  const before: Slots = {
    listingId: listing.id,
    ...(patch.price !== undefined
      ? listing.price
        ? { price: listing.price.amount, currency: listing.price.currency }
        : { withoutPrice: true }
      : {}),
    ...(patch.title ? { title: listing.title } : {}),
    ...(patch.status ? { status: listing.status } : {}),
    ...(patch.description !== undefined ? { description: listing.description } : {}),
    ...(patch.category ? { category: listing.category.slug } : {}),
  };
  const undo = d.action(d.t("as_undo"), "update_listing", before);
  d.state.undo = { intent: "update_listing", slots: before };
  d.say(d.t("as_listing_updated", { title: updated.title, changes: changes.join(", ") }), {
    cards: [{ ...listingCard(d, updated), actions: [undo] }],
  });
}
