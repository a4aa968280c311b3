/**
 * The local engine: understands a message (core/src/assistant/nlu), keeps the dialog going
 * (answers to its own questions, confirmations, "the second one", "contact her", "plutôt à
 * Bordeaux") and runs the intent's handler. No key, no download, no network.
 */
import { isPlaceholderName } from "../accounts/identities.ts";
import type { Locale, MessageKey } from "../i18n/messages.ts";
import { categoriesNamed } from "../listings/category-names.ts";
import { loadCategoryTree } from "../listings/category-tree.ts";
import type { ListingView } from "../listings/listing-view.ts";
import { listMyListings } from "../listings/listings.ts";
import { findMembersByName } from "../profiles/members.ts";
import { foldText } from "../text/normalize.ts";
import type { Dialog } from "./dialog.ts";
import { explainBadRef, pickFromResults } from "./dialog.ts";
import { categoryEditSaid, searchesOrPosts } from "./handlers/category-edit.ts";
import { ownListingNamed, renameOf } from "./handlers/edit-lines.ts";
import { answerSaysMore, correctedDraft, DESCRIPTION_GIVEN, descriptionSaid, draftCorrection } from "./handlers/listing-draft.ts";
import {
  askDraftPrice,
  askWhichListing,
  CATEGORY_CHOICE,
  chosenListing,
  createListingTurn,
  DRAFT_PRICE,
  deleteListingTurn,
  draftCategoryTurn,
  draftWithPrice,
  EDIT_WORDS,
  interruptedDraft,
  LISTING_CHOICE,
  myListingsTurn,
  remindDraft,
  remindQuestion,
  showListingTurn,
  thingNoLongerAvailable,
  updateListingTurn,
} from "./handlers/listings.ts";
import { applyOrTrackTurn, importMissionTurn, saveOrImportTurn, searchOrForMeTurn } from "./handlers/missions-chat.ts";
import {
  generateProfileTurn,
  linkAccountTurn,
  reportUserTurn,
  setPreferencesTurn,
  showProfileTurn,
  updateProfileTurn,
} from "./handlers/profile.ts";
import { profileEdits } from "./handlers/profile-edits.ts";
import { searchListingsTurn, showApplicationsTurn, showMissionTurn } from "./handlers/search.ts";
import {
  acceptMatchTurn,
  CONVERSATION_CHOICE,
  chosenConversation,
  declineMatchTurn,
  readConversationTurn,
  sendMessageTurn,
  showConversationsTurn,
  showMatchesTurn,
  showMatchTurn,
} from "./handlers/social.ts";
import { completeMatchTurn, reviewMemberTurn, tradeFollowUp } from "./handlers/trades.ts";
import type { Intent, Interpretation, Slots } from "./intents.ts";
import { bestNamed, namingWords, wordsAfterDeterminer } from "./named-target.ts";
import { intentClassifier } from "./nlu/classifier.ts";
import { isAffirmation, isNegation } from "./nlu/confirmation.ts";
import { ACCOUNT_LINKING, interpret, LOOKING_FOR_A_THING, MAX_ANALYSED_CHARS, OPENS_WITH_OFFER } from "./nlu/interpret.ts";
import { extractSlots, ordinalIn, placeIn } from "./nlu/slots.ts";
import { smallTalk } from "./nlu/small-talk.ts";
import { localeMarkers, tokenize } from "./nlu/text.ts";
import { ask, type PendingQuestion } from "./session.ts";

async function greeting(d: Dialog) {
  const user = await d.market.prisma.user.findUnique({ where: { id: d.userId }, select: { name: true } });
  const name = user?.name && !isPlaceholderName(user.name) ? user.name : undefined;
  d.say(name ? d.t("as_greeting", { name }) : d.t("as_greeting_anonymous"), {
    quickReplies: [
      // "Je cherche…" asks what, rather than searching a bike the member never mentioned.
      d.quick(d.t("as_qr_search_label"), "search_listings", {}),
      { label: d.t("as_qr_matches"), text: d.t("as_qr_matches") },
      { label: d.t("as_qr_help"), text: d.t("as_qr_help") },
    ],
  });
}

/** "the second one": whatever the last list was (listings, missions, matches, conversations). */
/** Words of "open the one with …" that name nobody. */
const OPENING_WORDS = new Set(
  "open ouvre ouvrir show montre voir see read lis lire conv convo conversation conversations thread chat fil discussion messages".split(
    " ",
  ),
);

/** The thing a listing is opened by: "l'annonce de la luge en bois", "the listing for the kayak". */
const LISTING_NAMED =
  /(?:l'annonce|l’annonce|la fiche|the listing|the ad)\s+(?:de la|de l'|de l’|du|des|de|d'|d’|for the|for|of the|of)\s*([^?!.]{2,60})/i;

async function showFromResults(d: Dialog, slots: Slots) {
  if (typeof slots.listingId === "string") return showListingTurn(d, slots.listingId);
  if (typeof slots.missionId === "string") return showMissionTurn(d, slots.missionId);
  const kind = d.state.results?.kind;
  const id = pickFromResults(
    d,
    ["listings", "my_listings", "missions", "matches", "conversations"],
    slots.ref ?? (d.state.results?.ids.length === 1 ? 1 : undefined),
  );
  // "open the one with cam" after "my messages": the thread of the member named.
  if (!id && slots.ref === undefined && kind === "conversations") {
    const named = namingWords(d.text).filter((w) => !OPENING_WORDS.has(w.folded));
    if (named.length > 0) return readConversationTurn(d, { recipient: named.map((w) => w.typed).join(" ") });
  }
  // "can you pull up the one in Laval", "celle à Nantes": the one listing of the list in the town named
  const town = !id && slots.ref === undefined && kind === "listings" ? placeIn(d.text, tokenize(d.text)) : undefined;
  if (town) {
    const there = await d.market.prisma.listing.findMany({
      where: { id: { in: d.state.results?.ids ?? [] }, placeName: { equals: town, mode: "insensitive" } },
      select: { id: true },
    });
    if (there.length === 1 && there[0]) return showListingTurn(d, there[0].id);
  }
  // "affiche l'annonce de la luge en bois": the listing of the list that fits the thing named, else a search for it
  const named = !id && slots.ref === undefined ? LISTING_NAMED.exec(d.text.trim())?.[1]?.trim() : undefined;
  if (named) {
    const shown = kind === "listings" ? (d.state.results?.ids ?? []) : [];
    const titled = await d.market.prisma.listing.findMany({ where: { id: { in: shown } }, select: { id: true, title: true } });
    const fitting = bestNamed(
      namingWords(named).map((w) => w.folded),
      titled.map((l) => ({ item: l.id, texts: [l.title] })),
    );
    if (fitting.length === 1 && fitting[0]) return showListingTurn(d, fitting[0]);
    return searchListingsTurn(d, { q: named });
  }
  if (!id) return explainBadRef(d, slots.ref);
  if (kind === "missions") return showMissionTurn(d, id);
  if (kind === "conversations") return readConversationTurn(d, { conversationId: id });
  if (kind === "matches") return showMatchTurn(d, id);
  return showListingTurn(d, id);
}

const HANDLERS: Record<Exclude<Intent, "cancel" | "unknown">, (d: Dialog, slots: Slots) => Promise<void>> = {
  greeting: (d) => greeting(d),
  help: async (d) => d.say(d.t("as_help")),
  create_listing: createListingTurn,
  update_listing: updateListingTurn,
  delete_listing: deleteListingTurn,
  my_listings: (d) => myListingsTurn(d),
  search_listings: searchListingsTurn,
  show_listing: showFromResults,
  show_matches: (d) => showMatchesTurn(d),
  accept_match: acceptMatchTurn,
  decline_match: declineMatchTurn,
  complete_match: completeMatchTurn,
  review_member: reviewMemberTurn,
  send_message: sendMessageTurn,
  show_conversations: (d) => showConversationsTurn(d),
  read_conversation: readConversationTurn,
  show_profile: showProfileTurn,
  update_profile: updateProfileTurn,
  generate_profile: generateProfileTurn,
  set_preferences: setPreferencesTurn,
  search_missions: searchOrForMeTurn,
  save_mission: saveOrImportTurn,
  apply_mission: applyOrTrackTurn,
  show_applications: (d) => showApplicationsTurn(d),
  import_mission: importMissionTurn,
  link_account: linkAccountTurn,
  report_user: reportUserTurn,
};

/** Runs one intent with its slots (from a message, a button, or the LLM engine's tool call). */
export async function runIntent(d: Dialog, intent: Intent, slots: Slots): Promise<void> {
  // "annule" / "undo" typed right after a write, no question open: the write's Undo, as its button does.
  const undo = d.state.undo;
  delete d.state.undo;
  if (intent === "cancel" && undo && d.state.pending === undefined) {
    await HANDLERS[undo.intent as Exclude<Intent, "cancel" | "unknown">](d, undo.slots);
    return;
  }
  // "annule" to "which bike?" asked while a posting waited: the question goes, the posting still waits.
  const interrupted = intent === "cancel" ? interruptedDraft(d.state.pending) : undefined;
  if (interrupted) {
    d.state.pending = interrupted;
    d.say(d.t("as_draft_kept_listing"));
    return;
  }
  if (intent === "cancel") {
    // "annule" starts over: the question, the last search and its filters, the list and the focus all go.
    const had = d.state.pending !== undefined || d.state.lastSearch !== undefined;
    // ("no wait, don't delete it": the Yes shown with the question deletes nothing when pressed later)
    d.buttonsCalledOff = true;
    delete d.state.pending;
    delete d.state.lastSearch;
    delete d.state.results;
    delete d.state.focus;
    d.say(d.t(had ? "as_cancelled" : "as_nothing_to_cancel"));
    return;
  }
  if (intent === "unknown") {
    const talk = d.text ? smallTalk(d.text) : undefined;
    if (talk) {
      d.say(d.t(talk));
      return;
    }
    d.say(d.t("as_unknown"), {
      quickReplies: [
        { label: d.t("as_qr_help"), text: d.t("as_qr_help") },
        { label: d.t("as_qr_listings"), text: d.t("as_qr_listings") },
      ],
    });
    return;
  }
  // Whatever was asked is answered or replaced now; a handler asks again if it still needs something.
  d.previousPending = d.state.pending;
  delete d.state.pending;
  await HANDLERS[intent](d, slots);
  // "Which bike?" asked while a posting waited: once answered, the posting waits again.
  const draft = interruptedDraft(d.previousPending);
  if (draft && !d.state.pending) d.state.pending = draft;
  // The Publish button of a posting shown earlier: the one waiting now still waits.
  const waiting = d.previousPending;
  if (
    intent === "create_listing" &&
    slots.confirmed === true &&
    waiting?.intent === "create_listing" &&
    waiting.awaiting === "confirm" &&
    waiting.slots.title !== slots.title
  )
    d.state.pending ??= waiting;
}

/** Questions that hold a draft the member wrote: never dropped by a turn the engine cannot place. */
const DRAFTS = new Set<Intent>(["create_listing", "generate_profile"]);
/** Intents that only show something: they may run while a draft waits. */
const LOOKING = new Set<Intent>([
  "my_listings",
  "search_listings",
  "show_matches",
  "show_conversations",
  "read_conversation",
  "show_profile",
  "search_missions",
  "show_applications",
  "help",
]);
/** Never run on a message that comes while a draft waits: "there's no day rate, remove it" is not a delete. */
const DESTRUCTIVE = new Set<Intent>(["delete_listing", "decline_match", "report_user", "update_listing"]);

/** Below this confidence a message does not replace a pending confirmation. */
const CLEAR_REQUEST = 0.6;

/** Reads the answer to the assistant's own question into the slot it asked for. */
/**
 * The town chosen among the ones offered: by its rank ("le premier", "la 2e", "the second one") or by
 * words of its name that only one of them has ("sur mer", "billancourt"); never another town that
 * happens to be called so ("Mer" in Loir-et-Cher).
 */
function placeChosen(text: string, pending?: NonNullable<Dialog["state"]["pending"]>): string | undefined {
  const choices = Array.isArray(pending?.slots.placeChoices) ? pending.slots.placeChoices.filter((c) => typeof c === "string") : [];
  if (choices.length === 0) return undefined;
  const ref = ordinalIn(text, tokenize(text));
  if (typeof ref === "number") return choices[ref - 1];
  if (ref === "last") return choices.at(-1);
  const wordsOf = (name: string) =>
    foldText(name)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const said = wordsOf(text.replace(/^(?:oui|ouais|yes|yep|yeah|ok)\b[\s,!.]*/i, "")).filter(
    (w) => !["a", "au", "in", "at", "la", "le", "the"].includes(w),
  );
  if (said.length === 0) return undefined;
  const matching = choices.filter((choice) => said.every((w) => wordsOf(choice).includes(w)));
  return matching.length === 1 ? matching[0] : undefined;
}

function answerFor(awaiting: string, intent: Intent, text: string, pending?: NonNullable<Dialog["state"]["pending"]>): Slots | undefined {
  const tokens = tokenize(text);
  const trimmed = text.trim();
  switch (awaiting) {
    case "kind": {
      const { kind } = extractSlots("create_listing", text, tokens);
      if (kind) return { kind };
      if (/\b(offre|offer|propos|donn|vend|sell|give)/i.test(text)) return { kind: "offer" };
      if (/\b(cherch|want|need|besoin|demand|look)/i.test(text)) return { kind: "want" };
      return undefined;
    }
    case "title": {
      const slots = extractSlots("create_listing", text, tokens);
      // "somebody to help me move a sofa and a fridge" answers "what are you looking for?" whole, not as "help".
      const short = trimmed.split(/\s+/).length <= 12 && slots.price === undefined && slots.place === undefined;
      const extracted = typeof slots.title === "string" ? slots.title : undefined;
      const title =
        extracted && !(short && extracted.split(/\s+/).length * 2 < trimmed.split(/\s+/).length)
          ? extracted
          : trimmed.replace(/^(?:an?|the|un|une|des|du|le|la|les)\s+/i, "").replace(/[.!?]+$/, "");
      // "je vends mon vélo …" after "what are you looking for?" says its own kind; a bare item keeps the asked one.
      const { kind, ...rest } = slots;
      const stated = kind !== undefined && /\b(vend|sell|donn|give|cherche|looking|need|besoin|propos|offer|offr)/i.test(text);
      return { ...rest, title, ...(stated ? { kind } : {}) };
    }
    case "place": {
      if (/\b(remote|[àa] distance|en ligne|online|t[ée]l[ée]travail)\b/i.test(text)) return { remote: true };
      // "oui villeurbanne", "le premier", "yes the second one", "sur mer" after "Did you mean: Villeurbanne, …?".
      const chosen = placeChosen(text, pending);
      if (chosen) return { place: chosen };
      const choices = Array.isArray(pending?.slots.placeChoices) ? pending.slots.placeChoices : [];
      const rest = trimmed.replace(/^(?:oui|ouais|yes|yep|yeah|ok)\b[\s,!.]*/i, "");
      if (rest !== trimmed && !rest && choices[0]) return { place: choices[0] };
      const said = rest || trimmed;
      return { place: placeIn(said, tokenize(said)) ?? said.replace(/^(?:[àa]|in|at|near|vers|sur)\s+/i, "") };
    }
    case "q": {
      const slots = extractSlots(intent, text, tokens);
      return { ...slots, q: typeof slots.q === "string" ? slots.q : trimmed };
    }
    case "text": {
      const github = extractSlots("generate_profile", text, tokens).githubUsername;
      if (github && trimmed.split(/\s+/).length <= 4) return { githubUsername: github };
      if (/^@?[A-Za-z0-9-]{1,39}$/.test(trimmed)) return { githubUsername: trimmed.replace(/^@/, "") };
      return { text: trimmed };
    }
    case "body":
      return { body: trimmed };
    case "rating": {
      const stars = /\b([1-5])\b/.exec(trimmed)?.[1];
      return stars ? { rating: Number(stars) } : undefined;
    }
    case "recipient": {
      const named = trimmed.replace(/^(?:[àa]|to)\s+/i, "");
      if (intent !== "report_user") return { recipient: named };
      // "cam, she keeps spamming me" answers "whom, and why?": the name, then the reason in the member's words.
      const name = named.split(/\s*[,;:]\s*|\s+(?=(?:she|he|they|il|elle|ils|because|parce|car|who|qui)\b)/i)[0]?.trim() ?? named;
      const reason = extractSlots("report_user", text, tokens).reason;
      return { recipient: name, ...(reason ? { reason } : {}), ...(name !== named ? { details: trimmed } : {}) };
    }
    default:
      return undefined;
  }
}

/** Questions whose answer is any text at all (a message, a CV): never read as a new request. */
const FREE_TEXT_ANSWERS = new Set(["body", "text"]);

/** Intents that clearly start something new even while a question is open. */
const INTERRUPTING = new Set<Intent>([
  "help",
  "my_listings",
  "show_matches",
  "show_conversations",
  "show_profile",
  "search_missions",
  "show_applications",
  "set_preferences",
  "link_account",
]);

type Reading = { intent: Intent; slots: Slots };

/** "Vous voulez publier une annonce ou chercher une annonce ?" with one button per reading. */
function askWhichIntent(d: Dialog, firstRead: Reading, secondRead: Reading): void {
  const label = (intent: Intent) => d.t(`as_intent_${intent}` as MessageKey);
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  // A posting chosen on the next turn ("je la vends", the button) is read from the words that stated it.
  const withText = (reading: Reading): Reading =>
    reading.intent === "create_listing" && d.text ? { ...reading, slots: { ...reading.slots, postingText: d.text } } : reading;
  const first = withText(firstRead);
  const second = withText(secondRead);
  ask(d.state, first.intent, first.slots, "intent_choice", { alternative: second });
  d.say(d.t("as_clarify_intent", { a: lower(label(first.intent)), b: lower(label(second.intent)) }), {
    quickReplies: [d.quick(label(first.intent), first.intent, first.slots), d.quick(label(second.intent), second.intent, second.slots)],
  });
}

/** The reading a typed answer picks: by its own intent, an ordinal, or the words of a label. */
function chosenIntent(pending: NonNullable<Dialog["state"]["pending"]>, text: string, answer: Interpretation): Reading | undefined {
  const draft = pending.draft as { alternative?: Reading } | undefined;
  const first: Reading = { intent: pending.intent, slots: pending.slots };
  const second = draft?.alternative;
  if (!second) return undefined;
  const ref = ordinalIn(text, tokenize(text));
  if (ref === 1) return first;
  if (ref === 2 || ref === "last") return second;
  // A reading chosen by a request of its own ("any lamps in Nantes?" while "search or post?" waits) is
  // that request: what it says replaces what the question held (a new posting is read from its own words)
  // (a thing of its own — "any lamps?" — is a new request with only its own filters: read as if no question was asked)
  for (const reading of [first, second]) {
    if (answer.intent !== reading.intent) continue;
    if (Object.keys(answer.slots).length === 0) return reading;
    if (answer.slots.title !== undefined || answer.slots.q !== undefined) return undefined;
    return { intent: reading.intent, slots: { ...reading.slots, ...answer.slots } };
  }
  const folded = foldText(text);
  for (const reading of [first, second]) {
    const words = INTENT_WORDS[reading.intent];
    if (words?.test(folded)) return reading;
  }
  return undefined;
}

/** Short answers naming a reading: "publier", "chercher", "post it", "search". */
const INTENT_WORDS: Partial<Record<Intent, RegExp>> = {
  create_listing: /\b(publi|poste|post|vend|sell|donn|give|offr|offer|propos)/,
  search_listings: /\b(cherch|search|look|find|trouv|voir les annonces)/,
  update_listing: /\b(modif|edit|change|annonce)/,
  update_profile: /\b(profil)/,
  send_message: /\b(envoi|send|ecri|write|message)/,
  read_conversation: /\b(lire|lis|read|ouvr|open)/,
  search_missions: /\b(mission|gig|job)/,
};

const SHORT_ENGLISH = new Set(["i", "my", "is", "it", "to", "of", "we", "ve", "ll"]);
const SHORT_FRENCH = new Set(["je", "j", "ai", "tu", "il", "un", "du", "le", "la", "et", "ma", "qu"]);

/**
 * The language to answer in (issue 12, principle 6): the member's (their conversation's, else
 * their account's) unless the message is clearly in the other one. Short words ("a", "ok",
 * "in", "à" typed without its accent) tell nothing, so "velo a lyon" from a French member is
 * answered in French. A whole sentence in the other language switches for the next turns too;
 * a word or two ("annule", "thx") is answered in its language once, and the member's stays.
 * Back to the account's own language, one clear word is enough.
 */
function replyLocale(current: Locale, account: Locale | undefined, text: string): { reply: Locale; kept: Locale } {
  const all = tokenize(text);
  const tokens = all.filter((token) => token.folded.length >= 3);
  const markers = localeMarkers(tokens);
  // Short words only one language has ("I'm", "my", "je", "j'ai") and English "-ing" forms count too:
  // "I'm giving away a baby cot, Ikea Sniglar, in Leeds" is a whole English sentence.
  const fr = markers.fr + all.filter((token) => SHORT_FRENCH.has(token.folded)).length;
  const en =
    markers.en +
    all.filter((token) => SHORT_ENGLISH.has(token.folded)).length +
    (all.some((token) => /^[a-z]{3,}ing$/.test(token.folded)) ? 1 : 0);
  const other: Locale = fr > en ? "fr" : "en";
  const margin = Math.abs(fr - en);
  if (margin === 0 || other === current) return { reply: current, kept: current };
  if (other === account || margin >= 3 || (margin >= 2 && tokens.length >= 4)) return { reply: other, kept: other };
  if (margin >= 2) return { reply: other, kept: current };
  return { reply: current, kept: current };
}

/** Words that make a distance a standing preference ("mes matchs dans les 10 km", "toujours à 10 km max"). */
const PREFERENCE_WORDS =
  /\b(pr[ée]f[ée]rences?|toujours|par d[ée]faut|d[ée]sormais|dor[ée]navant|matchs?|notifications?|alertes?|always|by default|from now on|default|matches|alerts?)\b/i;
/** "supprime le filtre de prix", "remove the distance filter", "enlève les filtres". */
const FILTER_REMOVAL =
  /^\s*(?:et\s+|and\s+)?(supprimez?|enl[èe]ve[sz]?|retirez?|vire[sz]?|remove|drop|clear|reset)\b.*\b(filtres?|filters?|limites?|limits?|plafond|cap)\b/i;

/** The last listing search with a filter this message adds or removes, or undefined. */
function searchFilterChange(d: Dialog, text: string, interpretation: Interpretation): Slots | undefined {
  const last = d.state.lastSearch;
  if (last?.intent !== "search_listings") return undefined;
  if (FILTER_REMOVAL.test(text) && tokenize(text).length <= 8) {
    const price = /\b(prix|price|€|euros?|budget|cher|cheap)\b/i.test(text);
    const distance = /\b(rayon|distance|km|radius|loin|far)\b/i.test(text);
    const { maxPrice: _max, minPrice: _min, radiusKm: _radius, ...rest } = last.slots;
    return {
      ...rest,
      ...(!price && distance
        ? { ...(_max !== undefined ? { maxPrice: _max } : {}), ...(_min !== undefined ? { minPrice: _min } : {}) }
        : {}),
      ...(price && !distance && _radius !== undefined ? { radiusKm: _radius } : {}),
    };
  }
  const km = interpretation.slots.maxDistanceKm;
  if (
    interpretation.intent === "set_preferences" &&
    typeof km === "number" &&
    Object.keys(interpretation.slots).length === 1 &&
    !PREFERENCE_WORDS.test(text)
  )
    return { ...last.slots, radiusKm: km };
  return undefined;
}

const RENAME = /\b(?:title|titre|name|nom|rename|renomme[rz]?)\b/i;

/**
 * An edit said while a draft waits that names one of the member's existing listings ("rename
 * the drill to Bosch PSR drill", "le prix de la perceuse c'est 35 €", "change the price of my
 * bike to 90"): its slots and the listings its words fit best. Undefined when it names nothing
 * or names the draft's own thing as well as any listing: then it corrects the draft.
 */
async function editOfNamedListing(
  d: Dialog,
  text: string,
  draft: Slots,
): Promise<{ slots: Slots; among: ListingView[]; unmatched?: { name: string; listings: ListingView[] } } | undefined> {
  const described = descriptionSaid(text);
  // Longer than what the understanding reads, a line names no listing to edit, except as a description (read whole above).
  if (!described && text.length > MAX_ANALYSED_CHARS) return undefined;
  const renamed = renameOf(text);
  const own = ownListingNamed(text);
  const newCategory = categoryEditSaid(text);
  let naming: string;
  let slots: Slots;
  if (described) {
    // The new words are read from the edit's text when it runs; only which listing is decided here.
    if (!described.naming) return undefined;
    naming = described.naming;
    slots = {};
  } else if (renamed) {
    naming = renamed.naming;
    slots = { title: renamed.title };
  } else if (newCategory !== undefined) {
    // "mets mon bureau dans la catégorie meubles" while a chair waits: the desk, named by the words that are not the category's.
    const category = new Set(namingWords(newCategory).map((w) => w.folded));
    naming = namingWords(text)
      .filter((w) => !category.has(w.folded))
      .map((w) => w.typed)
      .join(" ");
    slots = { categoryText: newCategory };
  } else if (own?.naming && own.title && RENAME.test(text)) {
    naming = own.naming;
    slots = { title: own.title.trim() };
  } else {
    // "je vends ma lampe 20 €", "selling my bedside lamp for £20": another posting, no edit of a lamp listed before
    if (OPENS_WITH_OFFER.test(text.trim())) return undefined;
    const { title: _title, ...rest } = extractSlots("update_listing", text, tokenize(text));
    if (Object.keys(rest).length === 0) return undefined;
    naming = own?.naming ?? text;
    slots = rest;
  }
  // A town said with the edit ("le prix c'est 120 € à Lyon") names no listing; a thing that is also a town's name ("vélo") does.
  const placeWords = new Set(townSaidIn(naming));
  const words = namingWords(naming)
    .map((w) => w.folded)
    .filter((w) => !EDIT_WORDS.has(w) && !placeWords.has(w));
  if (words.length === 0) return undefined;
  const active = (await listMyListings(d.market, d.userId, { limit: 50 })).items.filter((l) => l.status !== "closed");
  const named = bestNamed<ListingView | "draft">(words, [
    ...active.map((listing) => ({ item: listing, texts: [listing.title] })),
    { item: "draft" as const, texts: [typeof draft.title === "string" ? draft.title : ""] },
  ]);
  const listings = named.filter((item): item is ListingView => item !== "draft");
  if (named.includes("draft")) return undefined;
  if (listings.length > 0) return { slots, among: listings };
  // "change the price of my kayak to 90" with no kayak: it names neither the draft nor a listing — asked, never guessed.
  const things = wordsAfterDeterminer(text);
  const thing = words.filter((w) => things.has(w));
  if (thing.length === 0 || active.length === 0) return undefined;
  return { slots, among: [], unmatched: { name: thing.join(" "), listings: active } };
}

const PLACE_LEADS = new Set(["a", "in", "at", "near", "vers", "around", "sur"]);

/** The words of a town the text places something in ("à Lyon", "in Leeds"), never a bare word that happens to be one. */
function townSaidIn(text: string): string[] {
  const tokens = tokenize(text);
  const place = placeIn(text, tokens);
  const first = place ? foldText(place).split(/[^\p{L}\p{N}]+/u)[0] : undefined;
  const at = tokens.findIndex((token) => token.folded === first);
  return place && at > 0 && PLACE_LEADS.has(tokens[at - 1]?.folded ?? "") ? namingWords(place).map((w) => w.folded) : [];
}

async function isMemberName(d: Dialog, name: string): Promise<boolean> {
  return (await findMembersByName(d.market, d.userId, name)).length > 0;
}

/**
 * The answer to "who do you want to write to?": a member's name, or a short name-shaped answer
 * (an unknown one is said so); else a clear request of another kind ("new"); else the message
 * itself ("Bonjour, il a combien de kilomètres ?"), with the question asked again.
 */
async function recipientAnswer(d: Dialog, text: string, interpretation: Interpretation, pending: PendingQuestion): Promise<Slots | "new"> {
  const named = text
    .trim()
    .replace(/^(?:[àa]|to)\s+/i, "")
    .replace(/[.!]+$/, "");
  if (await isMemberName(d, named)) return { ...pending.slots, recipient: named };
  const other = interpretation.intent !== "unknown" && interpretation.intent !== "send_message";
  // Clear: the model is sure, or the line asks nothing and carries what its request needs, with no
  // second reading ("mets une annonce : je vends mon vélo 150 € à Lyon"); a question is a message.
  const carriesItsRequest = !text.includes("?") && !interpretation.alternative && Object.keys(interpretation.slots).length >= 2;
  if (other && (interpretation.confidence >= CLEAR_REQUEST || carriesItsRequest)) return "new";
  if (named.split(/\s+/).length <= 3 && !/[?,;:!]/.test(named)) return { ...pending.slots, recipient: named };
  return { ...pending.slots, body: text.trim() };
}

/** "undo", "annule ça", "cancel that": what takes back the write just made (the NLU reads "undo" as nothing). */
const UNDO_TEXT = /^\s*(?:undo(?: (?:it|that))?|annule(?:r|z)?(?: (?:ça|ca|le|la|cela))?|cancel(?: (?:it|that))?)\s*[.!]*\s*$/iu;
/** "undo!! I didn't want to send that", "oups annule, pas voulu": the undo said first, whatever follows. */
const UNDO_FIRST =
  /^\s*(?:(?:oops|oups|mince|zut|damn|argh|no+n?|no)[\s,!.]+)?(?:undo|annule(?:r|z)?|cancel)(?:\s+(?:it|that|this|ça|ca|le|la|cela|(?:the|that|ce|le) message))?\s*(?:[!.,;:]+|$)/iu;
/** "I didn't want to send that, undo": a regret said with the undo. */
const REGRET = /\b(?:didn'?t|did not) (?:want|mean)|\bby mistake\b|\bpar erreur\b|\bpas voulu\b/iu;

/**
 * "never mind", "laisse tomber", "non finalement", "actually no", "hmm actually never mind, too
 * expensive": a change of mind opening the line cancels what was being asked, whatever reason
 * follows. "Never mind the delay, …" (a thing after it) is a message, not one.
 */
const CHANGE_OF_MIND =
  /^\s*(?:(?:hmm+|hm|ah|oh|euh+|bon|ok|okay|well|oops|oups|non|no|nah)[\s,.!]+)*(?:(?:actually|en fait|finalement)[\s,]+)?(?:never\s*mind|nevermind|forget (?:it|that|about it)|laisse tomber|laisse b[ée]ton|non finalement|finalement non|actually no|no actually|on oublie|oublie (?:ça|ca)|pas la peine|tant pis|cancel that|scratch that)\b(?!\s+(?:the|a|an|my|your|his|her|le|la|les|l['’]|mon|ma|ton|ta|ce|cette)\b)/iu;

/** Understands a typed message and acts on it. Returns what was understood. */
export async function handleText(d: Dialog, text: string): Promise<Interpretation> {
  // One word says nothing of the member's language: the reply stays in theirs.
  const undoing = UNDO_TEXT.test(text) || UNDO_FIRST.test(text) || (REGRET.test(text) && /\b(?:undo|annule)/i.test(text));
  if (d.state.undo && !d.state.pending && undoing) {
    await runIntent(d, "cancel", {});
    return { intent: "cancel", slots: {}, confidence: 1, locale: d.locale };
  }
  // "laisse tomber", "hmm actually never mind, too expensive" while a question waits: nothing is sent or saved.
  if (d.state.pending && CHANGE_OF_MIND.test(text)) {
    await runIntent(d, "cancel", {});
    return { intent: "cancel", slots: {}, confidence: 1, locale: d.locale };
  }
  // While a question is open, "Lyon" answers it rather than refining the last search.
  const context = d.state.lastSearch && !d.state.pending ? { lastSearch: d.state.lastSearch } : {};
  const interpretation = interpret(text, d.locale, context);
  // A language the member chose stays until they choose again; otherwise their words decide.
  if (!d.chosenLocale) {
    const language = replyLocale(d.locale, d.accountLocale, text);
    d.locale = language.reply;
    if (language.kept !== language.reply) d.keptLocale = language.kept;
  }
  // Right after a search, a filter said alone is about that search: "dans les 10 km" narrows it
  // (never a saved preference on a guess), "supprime le filtre de prix" widens it (never a delete).
  const refined = !d.state.pending ? searchFilterChange(d, text, interpretation) : undefined;
  if (refined) {
    await runIntent(d, "search_listings", refined);
    return { ...interpretation, intent: "search_listings", slots: refined, confidence: 0.9 };
  }
  // "mets mon carton de livres dans la catégorie livres", "wrong category for my desk, it's furniture":
  // a category edit, whatever the intent model makes of the rest (it may read nothing at all).
  // (a "which category?" question left open is replaced by a new request of these kinds)
  const free = d.state.pending === undefined || d.state.pending.awaiting === CATEGORY_CHOICE;
  const category = free ? categoryEditSaid(text) : undefined;
  if (category !== undefined) {
    const slots: Slots = { categoryText: category };
    await runIntent(d, "update_listing", slots);
    return { ...interpretation, intent: "update_listing", slots, confidence: 0.9 };
  }
  // "la description : tiroir un peu dur", "description: barely used": the listing in focus (or the one named, or asked) gets it.
  if (free && DESCRIPTION_GIVEN.test(text) && descriptionSaid(text)) {
    await runIntent(d, "update_listing", {});
    return { ...interpretation, intent: "update_listing", slots: {}, confidence: 0.9 };
  }
  // "marque la lampe comme vendue", "mark it as sold": the sale said as an instruction; asked before anything is deleted.
  // "mon vélo est plus dispo", "the desk is no longer available": the same fact, never a profile change.
  if (free && (MARKED_SOLD.test(text) || thingNoLongerAvailable(text))) {
    await runIntent(d, "delete_listing", {});
    return { ...interpretation, intent: "delete_listing", slots: {}, confidence: 0.9 };
  }
  let pending = d.state.pending;
  // "écris à Bob : …" while "what do you want to write to Bruno?" waits names its own recipient:
  // a new message, never a body for Bruno (nor, while a name is asked, the whole line as a name).
  // Only an instruction that names a member ("écris à X : …"): "Does the Gazelle come with lights?" is a body, not a
  // message to "lights", and "Hi Quentin, is the tent waterproof?" is the message to Quentin, greeting and all.
  if (
    pending?.intent === "send_message" &&
    (pending.awaiting === "body" || pending.awaiting === "recipient") &&
    interpretation.intent === "send_message" &&
    typeof interpretation.slots.recipient === "string" &&
    (pending.awaiting === "recipient" || WRITE_VERB.test(text)) &&
    (writtenTo(text) !== undefined || (await isMemberName(d, interpretation.slots.recipient)))
  ) {
    delete d.state.pending;
    pending = undefined;
  }
  // "À qui voulez-vous écrire ?" answered by something that is no name: a clear new request is that
  // request; anything else is the message itself, kept while who is asked again.
  if (pending?.intent === "send_message" && pending.awaiting === "recipient" && interpretation.intent !== "cancel") {
    const reading = await recipientAnswer(d, text, interpretation, pending);
    if (reading === "new") {
      delete d.state.pending;
      pending = undefined;
    } else {
      await runIntent(d, "send_message", reading);
      return { intent: "send_message", slots: reading, confidence: 1, locale: interpretation.locale };
    }
  }
  // "Quelle conversation ?" answered by "mathieu", "l'échange", "la deuxième": that one, never a new request.
  if (pending?.awaiting === CONVERSATION_CHOICE && interpretation.intent !== "cancel") {
    const conversationId = chosenConversation(pending, text);
    if (conversationId) {
      const slots = { ...pending.slots, conversationId };
      await runIntent(d, "send_message", slots);
      return { ...interpretation, intent: "send_message", slots, confidence: 1 };
    }
    delete d.state.pending;
    pending = undefined;
  }
  // "Laquelle de vos annonces ?" answered by "la deuxième", "the road bike": the edit or delete asked, on that one.
  if (pending?.awaiting === LISTING_CHOICE && interpretation.intent !== "cancel") {
    const listingId = await chosenListing(d, pending, text);
    if (listingId) {
      const slots = { ...pending.slots, listingId };
      await runIntent(d, pending.intent, slots);
      return { ...interpretation, intent: pending.intent, slots, confidence: 1 };
    }
    // No answer: the question goes (a posting it interrupted waits again) and the line is read as it is.
    const draft = interruptedDraft(pending);
    if (draft) d.state.pending = draft;
    else delete d.state.pending;
    pending = d.state.pending;
  }
  // "42 : est-ce le prix ?" answered "oui", "non" or "45": the draft shown again with it; anything else is read as it is, the draft waiting.
  // (a bare "non" answers the question, whatever intent the model gives it: "annule" cancels)
  if (pending?.awaiting === DRAFT_PRICE && (interpretation.intent !== "cancel" || isNegation(text))) {
    const asked = (pending.draft as { amount?: unknown } | undefined)?.amount;
    const number = /^\s*(\d{1,7})\s*[.!]*\s*$/u.exec(text)?.[1];
    const answer = isAffirmation(text) && typeof asked === "number" ? asked : number ? Number(number) * 100 : undefined;
    if (answer !== undefined || isNegation(text)) {
      const slots = answer !== undefined ? draftWithPrice(pending.slots, answer) : pending.slots;
      await runIntent(d, "create_listing", slots);
      return { ...interpretation, intent: "create_listing", slots, confidence: 1 };
    }
    ask(d.state, "create_listing", pending.slots, "confirm");
    pending = d.state.pending;
  }
  // "Dans quelle catégorie mettre « Bureau » ?" answered "outils", "les jeux de société": that one (or the question again).
  if (pending?.awaiting === CATEGORY_CHOICE && interpretation.intent !== "cancel") {
    const named =
      tokenize(text).length <= 5 && !searchesOrPosts(text)
        ? categoriesNamed(await loadCategoryTree(d.market.prisma), text, { byThing: false })
        : [];
    if (named.length > 0) {
      const slots = { ...pending.slots, categoryText: text.trim() };
      await runIntent(d, "update_listing", slots);
      return { ...interpretation, intent: "update_listing", slots, confidence: 1 };
    }
    delete d.state.pending;
    pending = undefined;
  }
  if (pending?.awaiting === "intent_choice" && interpretation.intent !== "cancel") {
    const chosen = chosenIntent(pending, text, interpretation);
    if (chosen) {
      await runIntent(d, chosen.intent, chosen.slots);
      return { ...interpretation, intent: chosen.intent, slots: chosen.slots, confidence: 1 };
    }
    // Something else entirely: a new request, read as if no question had been asked.
    delete d.state.pending;
    pending = undefined;
  } else if (pending?.awaiting === "place" && interpretation.intent !== "cancel" && placeChosen(text, pending) !== undefined) {
    // ("la 2e", "sur mer" after "which town?": the answer, though "la 2e" alone would open a listing)
    const slots: Slots = { ...pending.slots, place: placeChosen(text, pending) ?? "" };
    await runIntent(d, pending.intent, slots);
    return { intent: pending.intent, slots, confidence: 1, locale: interpretation.locale };
  } else if (pending && interpretation.intent !== "cancel") {
    if (pending.awaiting === "confirm") {
      // "oui, et ajoute ce message : …" before applying: the message goes with the application.
      const letter = pending.intent === "apply_mission" ? coverLetterIn(text) : undefined;
      if (letter) {
        const slots = { ...pending.slots, coverLetter: letter.text, ...(letter.confirmed ? { confirmed: true } : {}) };
        await runIntent(d, "apply_mission", slots);
        return { ...interpretation, intent: "apply_mission", slots };
      }
      // "oui et bloque-le", "yes, block him too": the report and the block at once.
      if (pending.intent === "report_user" && BLOCK_TOO.test(text) && !isNegation(text)) {
        const slots = { ...pending.slots, confirmed: true, block: true };
        await runIntent(d, "report_user", slots);
        return { ...interpretation, intent: "report_user", slots };
      }
      // "Publier" / "Post it" typed like the button: a yes (never a town named Publier)
      if (isAffirmation(text) || (pending.intent === "create_listing" && PUBLISH_TYPED.test(text))) {
        const slots = { ...pending.slots, confirmed: true };
        await runIntent(d, pending.intent, slots);
        return { ...interpretation, intent: pending.intent, slots };
      }
      // "rename the drill to …" while a chair waits: an edit of the drill, and the chair still waits;
      // with two bikes, "change the price of my bike" asks which one (and the chair waits after).
      // ("… I'm looking for a sledge, ideally under 40": a search, whose cap is no new price of a listing)
      const searchSaid = interpretation.intent === "search_listings" && LOOKING_FOR_A_THING.test(text);
      const elsewhere = pending.intent === "create_listing" && !searchSaid ? await editOfNamedListing(d, text, pending.slots) : undefined;
      if (elsewhere) {
        const [only, ...others] = elsewhere.among;
        if (only && others.length === 0) {
          const slots = { ...elsewhere.slots, listingId: only.id };
          await runIntent(d, "update_listing", slots);
          d.state.pending ??= pending;
          return { ...interpretation, intent: "update_listing", slots };
        }
        if (elsewhere.unmatched)
          askWhichListing(
            d,
            d.t("as_no_listing_named", { name: d.echo(elsewhere.unmatched.name) }),
            elsewhere.unmatched.listings,
            "update_listing",
            elsewhere.slots,
            pending,
          );
        else askWhichListing(d, d.t("as_which_listing"), elsewhere.among, "update_listing", elsewhere.slots, pending);
        return { ...interpretation, intent: "update_listing", slots: elsewhere.slots };
      }
      // "catégorie : meubles", "mets-la dans la catégorie sport": the draft's category, asked when the words name none or several.
      const draftCategory = pending.intent === "create_listing" ? categoryEditSaid(text) : undefined;
      if (draftCategory !== undefined) {
        await draftCategoryTurn(d, pending.slots, draftCategory);
        return { ...interpretation, intent: "create_listing", slots: pending.slots };
      }
      // Correcting a posting shown before it is published: "le prix c'est 120", "titre : …", "à Lyon 7e".
      const correction = pending.intent === "create_listing" ? draftCorrection(text, d.locale) : undefined;
      // "42" alone: the price, or a size? Asked, never guessed.
      if (typeof correction?.priceToConfirm === "number") {
        const { priceToConfirm, ...rest } = correction;
        askDraftPrice(d, correctedDraft(pending.slots, rest), priceToConfirm);
        return { ...interpretation, intent: "create_listing", slots: pending.slots };
      }
      if (correction) {
        // "actually it's 120" in Leeds: pounds, the place's money, shown as such (never euros on a guess).
        const { price } = correction;
        const priced = typeof price === "number" && price > 0 && correction.currency === undefined;
        const slots = priced ? draftWithPrice(correctedDraft(pending.slots, correction), price) : correctedDraft(pending.slots, correction);
        await runIntent(d, "create_listing", slots);
        return { ...interpretation, intent: "create_listing", slots };
      }
      if (isNegation(text)) {
        await runIntent(d, "cancel", {});
        return { ...interpretation, intent: "cancel", slots: {} };
      }
      // Correcting a profile draft: "change le TJM à 550", "non le tjm c'est 550 pas 2021", "there's no day rate".
      const profileFix =
        pending.intent === "generate_profile"
          ? (profileEdits(text) ?? (interpretation.intent === "update_profile" ? interpretation.slots : undefined))
          : undefined;
      if (profileFix) {
        await runIntent(d, "update_profile", profileFix);
        return { ...interpretation, intent: "update_profile", slots: profileFix };
      }
      // A draft (a posting, a profile) survives what the engine cannot place: only "annule" drops it,
      // and a clear request of something else ("mes annonces", "dis à Owen que …") runs and leaves it waiting.
      if (DRAFTS.has(pending.intent)) {
        // "je la vends", "I'm selling it": a posting that names no thing of its own is about the one shown, never a new, empty one.
        if (
          pending.intent === "create_listing" &&
          interpretation.intent === "create_listing" &&
          typeof interpretation.slots.title !== "string"
        ) {
          const slots = correctedDraft(pending.slots, interpretation.slots);
          await runIntent(d, "create_listing", slots);
          return { ...interpretation, slots };
        }
        // ("… I'm looking for a sledge": a search said so is clear, and only shows; the draft keeps waiting)
        const clear =
          interpretation.confidence >= (LOOKING.has(interpretation.intent) ? CLEAR_REQUEST : 0.9) ||
          (interpretation.intent === "search_listings" && LOOKING_FOR_A_THING.test(text));
        if (clear && !DESTRUCTIVE.has(interpretation.intent)) {
          // "je vends aussi ma chaise" while the table waits: the chair is a posting of its own, read from
          // its own words, and the table is never dropped (it waits, or keeps its Publish button).
          const another = pending.intent === "create_listing" && interpretation.intent === "create_listing";
          if (another) delete d.state.pending;
          await runIntent(d, interpretation.intent, interpretation.slots);
          if (another) remindDraft(d, pending);
          d.state.pending ??= pending;
          return interpretation;
        }
        d.say(d.t(pending.intent === "generate_profile" ? "as_draft_kept_profile" : "as_draft_kept_listing"));
        return interpretation;
      }
      // Only a clear new request replaces the question; anything unclear leaves it open.
      if (interpretation.intent === "unknown" || interpretation.confidence < CLEAR_REQUEST) {
        d.say(d.t("as_confirm_or_cancel"));
        return interpretation;
      }
    } else if (
      !(INTERRUPTING.has(interpretation.intent) && interpretation.confidence >= 0.8) &&
      // A clear request of another kind ("dis à Owen que …" while a title is asked) is a new request.
      !(
        interpretation.intent !== pending.intent &&
        interpretation.intent !== "unknown" &&
        interpretation.confidence >= 0.95 &&
        !FREE_TEXT_ANSWERS.has(pending.awaiting)
      )
    ) {
      // "giving away a travel cot, Annecy" while the town of another posting is asked: a posting of its own,
      // never that town's answer with its words in the other's description (the other one keeps waiting)
      const anotherPosting =
        pending.intent === "create_listing" &&
        interpretation.intent === "create_listing" &&
        typeof interpretation.slots.title === "string" &&
        OPENS_WITH_OFFER.test(text.trim());
      if (anotherPosting) {
        delete d.state.pending;
        await runIntent(d, "create_listing", interpretation.slots);
        remindDraft(d, pending);
        d.state.pending ??= pending;
        return interpretation;
      }
      const answer = answerFor(pending.awaiting, pending.intent, text, pending);
      if (answer) {
        // "à Nantes, quelques rayures sur le dessus": what the answer says beyond its question goes to the description.
        const addsToPosting =
          pending.intent === "create_listing" &&
          (pending.awaiting === "place" || pending.awaiting === "kind") &&
          answerSaysMore(text, answer);
        const slots = addsToPosting
          ? correctedDraft(pending.slots, { ...answer, addedText: text.trim() })
          : { ...pending.slots, ...answer };
        await runIntent(d, pending.intent, slots);
        return { intent: pending.intent, slots, confidence: 1, locale: interpretation.locale };
      }
      if (interpretation.intent === "unknown") {
        d.say(d.t("as_confirm_or_cancel"));
        return interpretation;
      }
    }
  }
  // "c'est bon on a fait l'échange", "je mets 5 étoiles à jake": the hand-over and the review by chat.
  const trade = !pending ? tradeFollowUp(text) : undefined;
  if (trade) {
    await runIntent(d, trade.intent, trade.slots);
    return { intent: trade.intent, slots: trade.slots, confidence: 0.9, locale: interpretation.locale };
  }
  // "write to martin: hello there": a person and a message, whatever the name looks like.
  // "contact her and ask if …", "écris à David que …": the person (or "her": the one in focus) and the rest as the message.
  const told = !pending ? toldTo(text) : undefined;
  if (told && (told.recipient === undefined || (await isMemberName(d, String(told.recipient))))) {
    await runIntent(d, "send_message", told);
    return { intent: "send_message", slots: told, confidence: 0.9, locale: interpretation.locale };
  }
  const written = !pending ? writtenTo(text) : undefined;
  const understood = interpretation.slots.recipient;
  // The engine's own reading stands unless it cut the name short ("Sam" of "write to Sam A: …").
  // It also keeps the body as typed after the colon ("Hi Quentin, …" is the member's text, greeting and all).
  const fuller =
    written !== undefined &&
    (interpretation.intent !== "send_message" ||
      (typeof understood === "string" && foldText(String(written.recipient)).startsWith(foldText(understood))));
  if (written && fuller) {
    await runIntent(d, "send_message", written);
    return { intent: "send_message", slots: written, confidence: 0.9, locale: interpretation.locale };
  }
  // "how do I link my Discord account?": a question of how linking works is answered by linking (a code and what
  // to type in the other app), not by the general help
  if (!pending && interpretation.intent === "help" && ACCOUNT_LINKING.test(text)) {
    await runIntent(d, "link_account", {});
    return { ...interpretation, intent: "link_account", slots: {} };
  }
  // "open it", "ouvre-la": the one thing on screen or in focus.
  if (OPEN_IT.test(text)) {
    await openIt(d);
    return { intent: "show_listing", slots: {}, confidence: 0.9, locale: interpretation.locale };
  }
  // "je cherche un kayak" looks for what exists first; the answer offers to post a want when nothing does.
  if (!pending && isLookingFor(text, interpretation)) {
    const { title, place, radiusKm, maxPrice } = interpretation.slots;
    const slots: Slots =
      interpretation.intent === "search_listings"
        ? interpretation.slots
        : {
            q: String(title),
            ...(place !== undefined ? { place } : {}),
            ...(radiusKm !== undefined ? { radiusKm } : {}),
            ...(maxPrice !== undefined ? { maxPrice } : {}),
          };
    await runIntent(d, "search_listings", slots);
    return { intent: "search_listings", slots, confidence: interpretation.confidence, locale: interpretation.locale };
  }
  // "reply: …", "réponds : …" says what to do before its colon: nothing to choose between.
  const answering = interpretation.intent === "send_message" && typeof interpretation.slots.body === "string" && REPLY_HEAD.test(text);
  // Two readings almost as likely: ask which one, with a button for each (text answers too).
  if (!pending && interpretation.alternative && !answering) {
    askWhichIntent(d, interpretation, interpretation.alternative);
    return interpretation;
  }
  // "go", "ok" name nothing to look for: two letters are no search ("Go" would find "64 Go" phones).
  if (interpretation.intent === "search_listings" && isNoQuery(interpretation.slots)) {
    await runIntent(d, "unknown", {});
    return { ...interpretation, intent: "unknown", slots: {} };
  }
  // "corrige le titre : c'est une Clio 5, pas une Clio 4": an explicit title edit, whatever the intent model makes of the rest.
  const titleEdit = !pending && interpretation.intent === "unknown" ? explicitTitleEdit(text) : undefined;
  if (titleEdit) {
    await runIntent(d, "update_listing", titleEdit);
    return { ...interpretation, intent: "update_listing", slots: titleEdit, confidence: 0.9 };
  }
  // "ukulele" alone: a word the engine does not know but that names something listed here is a search.
  if (interpretation.intent === "unknown" && !pending && !smallTalk(text) && (await namesListedThing(d, text))) {
    const slots: Slots = { q: text.trim() };
    await runIntent(d, "search_listings", slots);
    return { ...interpretation, intent: "search_listings", slots, confidence: 0.5 };
  }
  // "the second one" right after a list of missions means that mission, and so on.
  if (interpretation.intent === "show_listing" && interpretation.slots.ref === undefined) {
    const ref = ordinalIn(text, tokenize(text));
    if (ref !== undefined) interpretation.slots.ref = ref;
  }
  await runIntent(d, interpretation.intent, interpretation.slots);
  // "attends j'ai des messages ?" while a posting waits for its town: a look elsewhere, and the posting still waits, asked again.
  if (pending && !d.state.pending && LOOK_ELSEWHERE.has(interpretation.intent) && remindQuestion(d, pending)) d.state.pending = pending;
  return interpretation;
}

/** The Publish button's words typed alone: "Publier", "publie-la", "Post it", "publish". */
const PUBLISH_TYPED =
  /^\s*(?:publier|publie(?:[\s-](?:la|le|les|ça|ca))?|poste[rz]?(?:[\s-](?:la|le|les))?|post(?:\s+it|\s+this)?|publish(?:\s+it)?|mets(?:[\s-](?:la|le))?\s+en\s+ligne)\s*[.!]*\s*$/iu;

/** "marque la lampe comme vendue", "mark the lamp as sold", "marque-la vendue". */
const MARKED_SOLD = /^\s*(?:marque[rz]?|mark)\b[^,;.!?]{0,40}?\b(?:comme\s+|as\s+)?(?:vendue?s?|sold)\s*[.!]*\s*$/iu;

/** Requests that only look at something: a posting waiting on a question survives them. */
const LOOK_ELSEWHERE = new Set<Intent>([...INTERRUPTING, "read_conversation", "show_profile"]);

/** A line that opens by saying it changes a title: "corrige le titre : …", "title: …", "rename it to …". */
const TITLE_EDIT =
  /^\s*(?:(?:corrige[rz]?|change[rz]?|modifie[rz]?|mets|fix|correct|change|set|update)\s+(?:le|the|son|its|mon|my)\s+(?:titre|title)\b|(?:titre|title)\s*:|(?:rename|renomme[rz]?|retitle|rebaptise[rz]?)\b)/iu;

/** The slots of an explicit title edit (its new title as said, and a price said with it), or undefined. */
function explicitTitleEdit(text: string): Slots | undefined {
  if (!TITLE_EDIT.test(text)) return undefined;
  const slots = extractSlots("update_listing", text, tokenize(text));
  return typeof slots.title === "string" ? slots : undefined;
}

const REPLY_HEAD = /^\s*(?:reply|r[ée]pon[ds]s?|answer)\s*:/i;

const BLOCK_TOO = /\b(bloque|bloquer|bloquez|block)/i;

const COVER_LETTER =
  /^\s*(?:(oui|ouais|yes|yep|ok|d'accord|go)\b[\s,!.]*)?(?:et\s+|and\s+)?(?:(?:ajoute|joins?|mets|avec|add|attach|include|with)\b[^:]{0,40}?(?:message|mot|lettre|letter|note|text[e]?)[^:]{0,10}|(?:message|lettre de motivation|cover letter|motivation))\s*:\s*(\S[\s\S]*)$/i;

function coverLetterIn(text: string): { text: string; confirmed: boolean } | undefined {
  const match = COVER_LETTER.exec(text);
  const letter = match?.[2]?.trim();
  return letter ? { text: letter, confirmed: Boolean(match?.[1]) } : undefined;
}

const WRITE_TO =
  /^\s*(?:write|[ée]cris|[ée]crire|send a message|envoie un message|envoyer un message|message|msg)\s+(?:to\s+|[àa]\s+)?([\p{L}][\p{L}'’. -]{0,40}?)\s*:\s*(\S[\s\S]*)$/iu;

/** A message that starts by telling the assistant to write: not a body said in answer to "what do you want to write?". */
const WRITE_VERB =
  /^\s*(?:please\s+)?(?:write|[ée]cri[st]|[ée]crire|send|envoie|envoyer|message|msg|text|tell|dis|contact|contacte[rz]?|ask|demande|r[ée]ponds|reply)\b/iu;

const PRONOUN = /^(?:him|her|them|lui|leur|la|le|les)$/i;
/**
 * "contact her and ask if the Gazelle has lights …", "tell David that …", "écris à David que j'ai
 * aussi une pompe", "dis-lui que …": who (a pronoun: undefined, the one in focus) and the rest,
 * as said, for the message. Only the instruction to the assistant is taken off.
 */
const TOLD_TO = [
  /^\s*(?:please\s+)?(?:contact|write to|message|text)\s+(him|her|them|[\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+(?:and\s+)?(?:ask|tell)(?:\s+(?:him|her|them))?\s+(?:that\s+)?(\S[\s\S]*)$/iu,
  /^\s*(?:please\s+)?(?:tell|ask)\s+(him|her|them|[\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+(?:that\s+)?((?:if|whether)\s[\s\S]*|(?<=that\s+)\S[\s\S]*)$/iu,
  /^\s*(?:[ée]cri[st]|dis|demande)[\s-]+(?:[àa]\s+)?(lui|leur|[\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+(?:que\s+|qu['’]\s*)(\S[\s\S]*)$/iu,
  /^\s*(?:[ée]cri[st]|dis|demande)[\s-]+(?:[àa]\s+)?(lui|leur|[\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+((?:si|s['’])\s*[\s\S]*)$/iu,
  /^\s*contacte[sz]?[\s-]+(la|le|les|[\p{L}][\p{L}'’-]*)\s+(?:et\s+)?(?:demande|dis)[\s-]*(?:lui|leur)?\s+(?:que\s+|qu['’]\s*)?(\S[\s\S]*)$/iu,
];

function toldTo(text: string): Slots | undefined {
  for (const pattern of TOLD_TO) {
    const match = pattern.exec(text);
    const who = match?.[1]?.trim();
    const body = match?.[2]?.trim();
    if (!who || !body) continue;
    return PRONOUN.test(who) ? { body } : { recipient: who, body };
  }
  return undefined;
}

function writtenTo(text: string): Slots | undefined {
  const match = WRITE_TO.exec(text);
  const recipient = match?.[1]?.trim();
  const body = match?.[2]?.trim();
  return recipient && body ? { recipient, body } : undefined;
}

const OPEN_IT =
  /^\s*(?:open|ouvre|ouvrir|read|lis|lire|show|montre|affiche|voir)[\s-]*(?:it|that(?: one)?|this(?: one)?|la|le|l[aà]|ça|ca|moi ça|me that)\s*(?:stp|svp|please|pls)?\s*[.!?]*\s*$/i;

/** "open it": the only item of the list on screen, else what is in focus, else a question. */
async function openIt(d: Dialog): Promise<void> {
  const results = d.state.results;
  if (results?.ids.length === 1) return showFromResults(d, { ref: 1 });
  const focus = d.state.focus ?? {};
  if (focus.conversationId) return readConversationTurn(d, { conversationId: focus.conversationId });
  if (focus.matchId) return showMatchTurn(d, focus.matchId);
  if (focus.listingId) return showListingTurn(d, focus.listingId);
  if (focus.missionId) return showMissionTurn(d, focus.missionId);
  if (results) {
    d.say(d.t("as_which_one", { count: results.ids.length }));
    return;
  }
  explainBadRef(d, d.text.trim());
}

function isNoQuery(slots: Slots): boolean {
  const q = typeof slots.q === "string" ? slots.q.trim() : "";
  return q.length > 0 && q.length < 3 && slots.place === undefined && Object.keys(slots).every((k) => k === "q");
}

/** One to three words, each a word of at least four letters, that some active listing's title holds. */
async function namesListedThing(d: Dialog, text: string): Promise<boolean> {
  const words = tokenize(text);
  if (words.length === 0 || words.length > 3 || words.some((w) => w.folded.length < 4 || !/^[\p{L}-]+$/u.test(w.folded))) return false;
  const found = await d.market.prisma.listing.findFirst({
    where: { status: "active", OR: words.map((w) => ({ title: { contains: w.text, mode: "insensitive" as const } })) },
    select: { id: true },
  });
  return found !== null;
}

/** "je cherche un …", "looking for a …" with an item: a search, unless the member says to post it or names a budget. */
const LOOKING_FOR =
  /^\s*(?:(?:bonjour|salut|hello|hi|hey)[\s,!]+)?(?:je\s+(?:re)?cherche|j'?(?:re)?cherche|cherche|(?:i'?m|i\s+am)\s+looking\s+for|looking\s+for|searching\s+for)\s+(?:un|une|des|du|de\s+la|de\s+l'|l'|le|la|les|a|an|some|the)\b/i;
const POSTING_WORDS = /\b(publi|post|annonce|demande|listing|want ad|budget|pay|paye|payer)/i;

function isLookingFor(text: string, interpretation: Interpretation): boolean {
  const { intent, slots } = interpretation;
  const looking = intent === "search_listings" ? interpretation.alternative?.intent === "create_listing" : intent === "create_listing";
  if (!looking || POSTING_WORDS.test(text)) return false;
  // "je cherhce une …": the opening as the speller repairs it.
  const { speller } = intentClassifier();
  const repaired = tokenize(text)
    .slice(0, 6)
    .map((token) => speller.correct(token.folded))
    .join(" ");
  if (!LOOKING_FOR.test(text) && !LOOKING_FOR.test(repaired)) return false;
  const reading = intent === "create_listing" ? slots : (interpretation.alternative?.slots ?? {});
  return reading.kind !== "offer" && typeof reading.title === "string" && reading.price === undefined && slots.price === undefined;
}
