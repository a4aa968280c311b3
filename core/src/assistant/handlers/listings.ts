/** Listings by chat: post (offer or want, with what is wanted in exchange), show, list, change, delete. */

import { CreateListingCommand, UpdateListingCommand } from "../../commands/listing-commands.ts";
import { Forbidden } from "../../errors/domain.ts";
import type { ListingView } from "../../listings/listing-view.ts";
import { createListing, deleteListing, getListing, listMyListings, updateListing } from "../../listings/listings.ts";
import { resolvePlace, suggestPlaces } from "../../places/gazetteer.ts";
import { type Dialog, explainBadRef, pickFromResults } from "../dialog.ts";
import type { Slots } from "../intents.ts";
import { bestNamed, namingWords } from "../named-target.ts";
import type { ReplyCard } from "../reply.ts";

export function listingCard(d: Dialog, listing: ListingView, distanceKm?: number | null): ReplyCard {
  const fields = [
    ...(listing.price ? [{ label: d.t("as_price"), value: d.money(listing.price.amount, listing.price.currency) }] : []),
    ...(listing.location?.place || listing.remote
      ? [
          {
            label: d.t("as_place"),
            value: [
              listing.remote ? d.t("as_where_remote") : listing.location?.place,
              distanceKm != null ? d.t("as_distance", { km: Math.round(distanceKm * 10) / 10 }) : "",
            ]
              .filter(Boolean)
              .join(", "),
          },
        ]
      : []),
    { label: d.t("as_owner"), value: listing.owner.name || d.t("account_deleted") },
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

const capitalized = (text: string) => {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
};

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
    ...(slots.price !== undefined ? { price: { amount: slots.price, currency: slots.currency ?? "EUR" } } : {}),
    ...(known.place ? { location: { place: known.place } } : {}),
    ...(slots.remote !== undefined ? { remote: slots.remote } : {}),
    ...(slots.shipping !== undefined ? { shipping: slots.shipping } : {}),
    ...(known.wants ? { wants: known.wants } : {}),
    locale: known.locale,
  };
}

export async function createListingTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.kind !== "offer" && slots.kind !== "want") {
    d.askFor("create_listing", slots, "kind", d.t("as_ask_kind"), {
      quickReplies: [
        d.quick(d.t("as_kind_offer"), "create_listing", { ...slots, kind: "offer" }),
        d.quick(d.t("as_kind_want"), "create_listing", { ...slots, kind: "want" }),
      ],
    });
    return;
  }
  const title = typeof slots.title === "string" ? slots.title.trim() : "";
  if (!title) {
    d.askFor("create_listing", slots, "title", d.t(slots.kind === "offer" ? "as_ask_title_offer" : "as_ask_title_want"));
    return;
  }
  let place = typeof slots.place === "string" ? slots.place : undefined;
  if (!place && slots.remote !== true) {
    const profile = await d.market.prisma.profile.findUnique({ where: { userId: d.userId }, select: { placeName: true } });
    place = profile?.placeName ?? undefined;
  }
  if (!place && slots.remote !== true) {
    d.askFor("create_listing", slots, "place", d.t("as_ask_place"));
    return;
  }
  if (place && !resolvePlace(place)) {
    const names = suggestPlaces(place);
    const { place: _unknown, ...rest } = slots;
    d.askFor(
      "create_listing",
      rest,
      "place",
      d.t("as_unknown_place", { place, suggestions: names.length ? d.t("as_place_suggestions", { list: names.join(", ") }) : "" }),
      { quickReplies: names.map((name) => ({ label: name, text: name })) },
    );
    return;
  }
  const wants = typeof slots.wants === "string" ? capitalized(slots.wants) : undefined;
  const input = createListingInputOf(slots, { title: capitalized(title), place, wants, locale: d.locale });
  const command = d.parse(CreateListingCommand, input, { intent: "create_listing", slots });
  if (!command) return;
  const { listing, exchangeWant } = await createListing(d.market, d.userId, command);
  const created = exchangeWant ? [listing, exchangeWant] : [listing];
  d.state.focus = { listingId: listing.id };
  const where = listing.remote ? d.t("as_where_remote") : d.t("as_where_place", { place: listing.location?.place ?? place ?? "" });
  const undo = d.action(d.t("as_undo"), "delete_listing", { listingIds: created.map((l) => l.id), confirmed: true, undo: true }, "danger");
  d.say(
    [
      d.t("as_listing_created", {
        title: listing.title,
        kind: d.t(listing.kind === "offer" ? "as_kind_offer_label" : "as_kind_want_label"),
        where,
      }),
      ...(exchangeWant ? [d.t("as_listing_created_wants", { wants: String(slots.wants).trim() })] : []),
    ].join(" "),
    { cards: [{ ...listingCard(d, listing), actions: [undo] }] },
  );
}

// ---------------------------------------------------------------------------- show and list

export async function showListingTurn(d: Dialog, listingId: string): Promise<void> {
  const listing = await getListing(d.market, listingId);
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
      actions: [d.action(d.t("as_delete"), "delete_listing", { listingId: listing.id }, "danger")],
    })),
  });
}

/** Lists the member's active listings with one button each, under `question`. */
function askWhichListing(d: Dialog, question: string, listings: ListingView[], intent: "delete_listing" | "update_listing", slots: Slots) {
  d.state.results = { kind: "my_listings", ids: listings.map((l) => l.id) };
  d.say(question, {
    layout: "list",
    cards: listings.map((listing) => ({
      title: listing.title,
      subtitle: d.t(`as_status_${listing.status}`),
      actions: [d.action(listing.title.slice(0, 40), intent, { ...slots, listingId: listing.id })],
    })),
  });
}

/**
 * The member's listing the message is about: an id from a button, "the second one", the one
 * the message names (or a question when several fit, or "none of yours" when none does), the
 * one in focus ("supprime-la"), or the only one.
 */
async function targetListing(d: Dialog, slots: Slots, intent: "delete_listing" | "update_listing"): Promise<ListingView | undefined> {
  let id = typeof slots.listingId === "string" ? slots.listingId : undefined;
  if (!id && slots.ref !== undefined) {
    id = pickFromResults(d, ["my_listings", "listings"], slots.ref);
    if (!id) {
      explainBadRef(d, slots.ref);
      return undefined;
    }
  }
  if (!id) {
    const active = (await listMyListings(d.market, d.userId, { limit: 50 })).items.filter((l) => l.status !== "closed");
    const said = namingWords(d.text);
    const named = bestNamed(
      said.map((w) => w.folded),
      active.map((listing) => ({ item: listing, texts: [listing.title] })),
    );
    if (named.length === 1) return named[0];
    // "la perceuse est partie, retire l'annonce": the listing named, never the last one instead.
    // (An edit's words are mostly the new values, so only a delete insists on its name.)
    if (said.length > 0 && intent === "delete_listing") {
      if (named.length === 0) {
        const name = said.map((w) => w.typed).join(" ");
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
  const listing = await targetListing(d, slots, "delete_listing");
  if (!listing) return;
  if (slots.confirmed !== true) {
    d.confirm("delete_listing", { listingId: listing.id }, d.t("as_confirm_delete", { title: listing.title }), listingCard(d, listing));
    return;
  }
  await deleteListing(d.market, d.userId, listing.id);
  if (d.state.focus?.listingId === listing.id) delete d.state.focus;
  d.say(d.t("as_listing_deleted", { title: listing.title }));
}

export async function updateListingTurn(d: Dialog, slots: Slots): Promise<void> {
  const listing = await targetListing(d, slots, "update_listing");
  if (!listing) return;
  const input = {
    ...(slots.price !== undefined ? { price: { amount: slots.price, currency: slots.currency ?? listing.price?.currency ?? "EUR" } } : {}),
    ...(slots.title !== undefined ? { title: slots.title } : {}),
    ...(slots.status !== undefined ? { status: slots.status } : {}),
  };
  const patch = d.parse(UpdateListingCommand, input);
  if (!patch) return;
  const changes = [
    ...(patch.price ? [`${d.t("as_price")} ${d.money(patch.price.amount, patch.price.currency)}`] : []),
    ...(patch.title ? [d.quote(patch.title)] : []),
    ...(patch.status ? [d.t(`as_status_${patch.status}`)] : []),
  ];
  d.state.focus = { listingId: listing.id };
  if (changes.length === 0) {
    d.say(d.t("as_update_what", { title: listing.title }));
    return;
  }
  const updated = await updateListing(d.market, d.userId, listing.id, patch);
  d.say(d.t("as_listing_updated", { title: updated.title, changes: changes.join(", ") }), { cards: [listingCard(d, updated)] });
}
