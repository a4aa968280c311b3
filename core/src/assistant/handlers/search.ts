/** Searching listings and missions by chat, saving and applying to missions. */

import { DEFAULT_SEARCH_RADIUS_KM, SearchListingsCommand } from "../../commands/listing-commands.ts";
import { ApplyToMissionCommand, SearchMissionsCommand } from "../../commands/mission-commands.ts";
import { formatDate } from "../../i18n/dates.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import {
  applyToMission,
  getMission,
  listApplications,
  listSavedMissions,
  type MissionView,
  saveMission,
  searchMissions,
} from "../../missions/missions.ts";
import { searchListings } from "../../search/search-listings.ts";
import { foldText } from "../../text/normalize.ts";
import { type Dialog, explainBadRef, pickFromResults } from "../dialog.ts";
import type { Slots } from "../intents.ts";
import { intentClassifier } from "../nlu/classifier.ts";
import type { QuickReply, ReplyCard } from "../reply.ts";
import { listingCard } from "./listings.ts";
import { askedWhichPlace } from "./place-question.ts";

const PAGE = 5;
/** "Élargir à 50 km" after a search that found nothing: at least this, twice the radius searched, at most the cap. */
const WIDER_KM = 50;
const MAX_WIDER_KM = 200;

/** The query with each word the speller repairs ("guiatre" → "guitare"), or undefined when it changes nothing. */
function repairedQuery(q: string): string | undefined {
  const { speller } = intentClassifier();
  const words = q.split(/\s+/);
  const repaired = words.map((word) => {
    const folded = foldText(word);
    const fixed = speller.correct(folded);
    return fixed === folded ? word : fixed;
  });
  const joined = repaired.join(" ");
  return joined !== words.join(" ") ? joined : undefined;
}

/** The filters a search runs with beyond its words and place, said in its header, each with a button to drop it. */
function activeFilters(d: Dialog, slots: Slots): { text: string; remove: QuickReply[] } {
  const said: string[] = [];
  const remove: QuickReply[] = [];
  const { minPrice, maxPrice, radiusKm, ...rest } = slots;
  const currency = typeof slots.currency === "string" ? slots.currency : "EUR";
  if (maxPrice === 0) said.push(d.t("as_filter_free"));
  else if (typeof maxPrice === "number") said.push(d.t("as_filter_max_price", { price: d.money(maxPrice, currency) }));
  if (typeof minPrice === "number") said.push(d.t("as_filter_min_price", { price: d.money(minPrice, currency) }));
  if (typeof maxPrice === "number" || typeof minPrice === "number")
    remove.push(d.quick(d.t("as_filter_remove_price"), "search_listings", { ...rest, ...(radiusKm !== undefined ? { radiusKm } : {}) }));
  if (radiusKm !== undefined) {
    const { radiusKm: _radius, ...wider } = slots;
    remove.push(d.quick(d.t("as_filter_remove_radius"), "search_listings", wider));
  }
  return { text: said.length ? d.t("as_search_filters", { list: said.join(", ") }) : "", remove };
}

/**
 * "encore", "show me more", the Show more button: the last search's slots and where its next page starts, or
 * undefined (said to the member) when that search has no more.
 */
function nextPageOf(d: Dialog, intent: "search_listings" | "search_missions"): { slots: Slots; cursor: string } | undefined {
  const last = d.state.lastSearch;
  if (last?.intent === intent && last.nextCursor) return { slots: last.slots, cursor: last.nextCursor };
  d.say(d.t(last?.intent === intent ? "as_search_no_more" : "as_search_nothing_to_continue"));
  return undefined;
}

/** The Show more button of a page that has a next one. */
const moreButton = (d: Dialog, intent: "search_listings" | "search_missions", slots: Slots, nextCursor: string | null) =>
  nextCursor ? [d.quick(d.t("as_search_more"), intent, { ...slots, more: true })] : [];

export async function searchListingsTurn(d: Dialog, said: Slots): Promise<void> {
  // (the towns offered when a place was asked are no filter of the search)
  const { placeChoices: _offered, more, ...asked } = said;
  const page = more === true ? nextPageOf(d, "search_listings") : undefined;
  if (more === true && !page) return;
  const stated = page?.slots ?? asked;
  let slots: Slots = stated;
  const q = typeof slots.q === "string" ? slots.q.trim() : "";
  const place = typeof slots.place === "string" ? slots.place : undefined;
  // "anything for free near me?", "des trucs gratuits ?": free things are a search of their own
  const freeThings = !q && !place && slots.maxPrice === 0;
  if (!q && !place && !freeThings) {
    d.askFor("search_listings", slots, "q", d.t("as_ask_query"));
    return;
  }
  if (place && askedWhichPlace(d, "search_listings", slots, place)) return;
  const radiusKm = slots.radiusKm;
  let center = place;
  if ((radiusKm !== undefined || freeThings) && !center) {
    const profile = await d.market.prisma.profile.findUnique({ where: { userId: d.userId }, select: { placeName: true } });
    center = profile?.placeName ?? undefined;
    // (free things with no town of the member's: everywhere)
    if (!center && radiusKm !== undefined) {
      d.askFor("search_listings", slots, "place", d.t("as_ask_place"));
      return;
    }
  }
  const command = d.parse(SearchListingsCommand, {
    ...(q ? { q } : {}),
    ...(center ? { place: center } : {}),
    ...(radiusKm !== undefined ? { radiusKm } : {}),
    ...(slots.kind !== undefined ? { kind: slots.kind } : {}),
    ...(slots.minPrice !== undefined ? { minPrice: slots.minPrice } : {}),
    ...(slots.maxPrice !== undefined ? { maxPrice: slots.maxPrice } : {}),
    ...(slots.sort !== undefined ? { sort: slots.sort } : {}),
    ...(slots.condition !== undefined ? { condition: slots.condition } : {}),
    ...(page ? { cursor: page.cursor } : {}),
    limit: PAGE,
  });
  if (!command) return;
  let result = await searchListings(d.market, d.userId, command);
  // "guiatre" finds nothing: the words as the speller repairs them ("guitare"), said in the header.
  let shownQ = q;
  if (result.items.length === 0 && q) {
    const repaired = repairedQuery(q);
    if (repaired) {
      const retry = await searchListings(d.market, d.userId, { ...command, q: repaired });
      if (retry.items.length > 0) {
        result = retry;
        shownQ = repaired;
        slots = { ...slots, q: repaired };
      }
    }
  }
  d.state.lastSearch = { intent: "search_listings", slots, ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}) };
  // The radius core applied, the default one included (the same rule as REST's).
  const where = center ? d.t("as_search_radius", { km: result.radiusKm ?? DEFAULT_SEARCH_RADIUS_KM, place: center }) : "";
  const label = shownQ ? d.echo(shownQ) : d.t("as_everything");
  const filters = activeFilters(d, slots);
  if (result.items.length === 0) {
    // A dead end offers the ways on as buttons: a wider radius, and a want others can answer.
    const radius = result.radiusKm ?? DEFAULT_SEARCH_RADIUS_KM;
    const wider = center && radius < MAX_WIDER_KM ? Math.min(MAX_WIDER_KM, Math.max(WIDER_KM, radius * 2)) : undefined;
    const ways = [
      ...(wider ? [d.quick(d.t("as_search_widen", { km: wider }), "search_listings", { ...slots, radiusKm: wider })] : []),
      ...(q ? [d.quick(d.t("as_search_post_want"), "create_listing", { kind: "want", title: q, ...(place ? { place } : {}) })] : []),
      ...filters.remove,
    ];
    d.say(d.t(ways.length ? "as_search_none" : "as_search_none_bare", { q: label, where: where + filters.text }), {
      ...(ways.length ? { quickReplies: ways } : {}),
    });
    return;
  }
  d.state.results = { kind: "listings", ids: result.items.map((hit) => hit.listing.id) };
  // The list is now what "him", "the seller" refer to, not the person last written to; "réponds" still answers the thread read.
  const read = d.state.focus?.readConversationId;
  d.state.focus = read ? { readConversationId: read } : undefined;
  const header = page
    ? "as_search_next_page"
    : result.closeOnly
      ? "as_search_close"
      : shownQ !== q
        ? "as_search_repaired"
        : "as_search_results";
  const quickReplies = [...moreButton(d, "search_listings", slots, result.nextCursor), ...filters.remove];
  d.say(d.t(header, { count: result.items.length, q: label, typed: d.echo(q), where: where + filters.text }), {
    ...(quickReplies.length ? { quickReplies } : {}),
    layout: "list",
    cards: result.items.map((hit) => ({
      ...listingCard(d, hit.listing, hit.distanceKm),
      actions: [
        d.action(d.t("as_view"), "show_listing", { listingId: hit.listing.id }),
        d.action(d.t("as_contact"), "send_message", { userId: hit.listing.owner.id, listingId: hit.listing.id }, "primary"),
      ],
    })),
  });
}

// ---------------------------------------------------------------------------- missions

export function missionCard(d: Dialog, mission: MissionView): ReplyCard {
  const rate =
    mission.rate.min !== null
      ? `${d.money(mission.rate.min, mission.rate.currency)}${mission.rate.max && mission.rate.max !== mission.rate.min ? `–${d.money(mission.rate.max, mission.rate.currency)}` : ""}${mission.rate.period === "day" ? d.t("as_per_day") : mission.rate.period === "hour" ? d.t("as_per_hour") : ""}`
      : "";
  return {
    title: mission.title,
    subtitle: [mission.company, mission.remote ? d.t("as_where_remote") : mission.place].filter(Boolean).join(" · "),
    text: mission.description.length > 280 ? `${mission.description.slice(0, 277)}…` : mission.description,
    url: mission.url,
    fields: [
      ...(rate ? [{ label: d.t("as_rate"), value: rate }] : []),
      ...(mission.skills.length ? [{ label: d.t("as_skills"), value: mission.skills.join(", ") }] : []),
    ],
  };
}

export function missionActions(d: Dialog, mission: MissionView) {
  return [
    ...(mission.saved ? [] : [d.action(d.t("as_save"), "save_mission", { missionId: mission.id })]),
    ...(mission.applied ? [] : [d.action(d.t("as_apply"), "apply_mission", { missionId: mission.id }, "primary")]),
  ];
}

export async function searchMissionsTurn(d: Dialog, said: Slots): Promise<void> {
  const { more, ...asked } = said;
  const page = more === true ? nextPageOf(d, "search_missions") : undefined;
  if (more === true && !page) return;
  const slots = page?.slots ?? asked;
  const skills = Array.isArray(slots.skills) ? slots.skills : [];
  const command = d.parse(SearchMissionsCommand, {
    ...(typeof slots.q === "string" && slots.q.trim() ? { q: slots.q } : {}),
    ...(skills.length ? { skills } : {}),
    ...(slots.remote !== undefined ? { remote: slots.remote } : {}),
    ...(slots.place !== undefined ? { place: slots.place } : {}),
    ...(slots.radiusKm !== undefined ? { radiusKm: slots.radiusKm } : {}),
    ...(slots.minRate !== undefined ? { minRate: slots.minRate } : {}),
    ...(page ? { cursor: page.cursor } : {}),
    limit: PAGE,
  });
  if (!command) return;
  const result = await searchMissions(d.market, d.userId, command);
  d.state.lastSearch = { intent: "search_missions", slots, ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}) };
  const filters = [
    skills.join(", "),
    slots.remote === true ? d.t("as_where_remote") : "",
    typeof slots.place === "string" ? d.t("as_where_place", { place: slots.place }) : "",
    typeof slots.minRate === "number" ? `≥ ${d.money(slots.minRate, "EUR")}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const shown = filters ? ` (${filters})` : "";
  if (result.items.length === 0) {
    d.say(d.t("as_no_missions", { filters: shown }));
    return;
  }
  d.state.results = { kind: "missions", ids: result.items.map((m) => m.id) };
  const quickReplies = moreButton(d, "search_missions", slots, result.nextCursor);
  d.say(d.t(page ? "as_missions_next_page" : "as_missions", { count: result.total, filters: shown }), {
    ...(quickReplies.length ? { quickReplies } : {}),
    layout: "list",
    cards: result.items.map((mission) => ({ ...missionCard(d, mission), actions: missionActions(d, mission) })),
  });
}

export async function showMissionTurn(d: Dialog, missionId: string): Promise<void> {
  const mission = await getMission(d.market, d.userId, missionId);
  d.state.focus = { missionId: mission.id };
  d.say(mission.title, { cards: [{ ...missionCard(d, mission), actions: missionActions(d, mission) }] });
}

function targetMission(d: Dialog, slots: Slots): string | undefined {
  if (typeof slots.missionId === "string") return slots.missionId;
  if (slots.ref !== undefined) {
    const id = pickFromResults(d, ["missions"], slots.ref);
    if (!id) explainBadRef(d, slots.ref);
    return id;
  }
  if (d.state.focus?.missionId) return d.state.focus.missionId;
  const results = d.state.results;
  if (results?.kind === "missions" && results.ids.length === 1) return results.ids[0];
  d.say(d.t("as_which_mission"));
  return undefined;
}

export async function saveMissionTurn(d: Dialog, slots: Slots): Promise<void> {
  const missionId = targetMission(d, slots);
  if (!missionId) return;
  const mission = await saveMission(d.market, d.userId, missionId);
  d.state.focus = { missionId };
  d.say(d.t("as_mission_saved", { title: mission.title }), {
    quickReplies: mission.applied ? [] : [d.quick(d.t("as_apply"), "apply_mission", { missionId })],
  });
}

export async function applyMissionTurn(d: Dialog, slots: Slots): Promise<void> {
  const missionId = targetMission(d, slots);
  if (!missionId) return;
  const mission = await getMission(d.market, d.userId, missionId);
  d.state.focus = { missionId };
  // A message to keep with the application ("oui, et ajoute ce message : …"): kept, and said so.
  const coverLetter = typeof slots.coverLetter === "string" && slots.coverLetter.trim() ? slots.coverLetter.trim() : undefined;
  if (slots.confirmed !== true) {
    d.confirm(
      "apply_mission",
      { missionId, ...(coverLetter ? { coverLetter } : {}) },
      d.t(coverLetter ? "as_confirm_apply_letter" : "as_confirm_apply", {
        title: mission.title,
        company: mission.company ?? mission.source,
        letter: coverLetter ?? "",
      }),
      missionCard(d, mission),
    );
    return;
  }
  const command = d.parse(ApplyToMissionCommand, coverLetter ? { coverLetter } : {});
  if (!command) return;
  await applyToMission(d.market, d.userId, missionId, command);
  d.say(d.t(coverLetter ? "as_applied_letter" : "as_applied", { title: mission.title, url: mission.url }));
}

export async function showApplicationsTurn(d: Dialog): Promise<void> {
  const [applications, saved] = await Promise.all([listApplications(d.market, d.userId, 10), listSavedMissions(d.market, d.userId, 10)]);
  if (applications.length === 0 && saved.length === 0) {
    d.say(d.t("as_no_applications"));
    return;
  }
  if (applications.length > 0)
    d.say(d.t("as_applications", { count: applications.length }), {
      layout: "list",
      cards: applications.map((a) => {
        // The last step the member recorded: its date, and its note when there is one.
        const last = a.history.at(-1);
        const day = last ? formatDate(new Date(last.at), d.locale, "shortDay") : undefined;
        return {
          title: a.mission.title,
          subtitle: [a.mission.company, d.t(`as_application_${a.status}` as MessageKey), day].filter(Boolean).join(" · "),
          ...(last?.note ? { text: last.note } : {}),
          url: a.mission.url,
        };
      }),
    });
  if (saved.length > 0) {
    d.state.results = { kind: "missions", ids: saved.map((m) => m.id) };
    d.say(d.t("as_saved_missions", { count: saved.length }), {
      layout: "list",
      cards: saved.map((mission) => ({ ...missionCard(d, mission), actions: missionActions(d, mission) })),
    });
  }
}
