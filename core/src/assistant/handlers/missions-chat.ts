/**
 * Missions by chat beyond search: bring in an offer from its link or pasted text ("ajoute cette
 * mission : https://…", "save this gig https://…"), the missions that fit the member's profile
 * ("missions pour moi", "any missions for me?"), and applications tracked in the member's own
 * words ("j'ai candidaté à la mission React hier", "mark the data gig as interview").
 *
 * Writes follow the assistant's rule: a step is written at once only when every field was said
 * (the link or text; the mission named among the member's own and the status) and can be undone
 * right after; a mission found only by searching is shown for confirmation first.
 */
import * as chrono from "chrono-node";
import { TRACKED_STATUSES } from "../../commands/mission-commands.ts";
import type { ApplicationStatus } from "../../db/generated/enums.ts";
import { formatDate } from "../../i18n/dates.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { missionsForMe } from "../../missions/for-me.ts";
import { importMission } from "../../missions/import.ts";
import { getMission, saveMission } from "../../missions/missions.ts";
import { trackApplication, undoTrackedStep } from "../../missions/tracking.ts";
import { foldText } from "../../text/normalize.ts";
import { type Dialog, pickFromResults } from "../dialog.ts";
import type { Slots } from "../intents.ts";
import { applyMissionTurn, missionActions, missionCard, saveMissionTurn, searchMissionsTurn } from "./search.ts";

const URL_IN_TEXT = /https?:\/\/[^\s<>"'«»]+/i;
/** "ajoute cette mission :", "save this gig:" before a pasted offer. */
const IMPORT_PREFIX =
  /^\s*(?:(?:ajoute|importe|enregistre|sauvegarde|garde|rajoute|add|import|save|keep|bookmark)\w*\s+(?:moi\s+|me\s+)?(?:cette|cet|ce|la|une|this|that|the|a)?\s*(?:mission|offre|annonce|job|gig|poste|opportunit[ée]|posting|offer|role)s?\b)[\s:,-]*/i;
/** An offer pasted in chat is at least a title and a few lines. */
const MIN_PASTED = 40;

// ---------------------------------------------------------------------------- import

/** "Save this gig https://…" or with the offer pasted is an import; "sauvegarde la deuxième" saves from a list. */
export async function saveOrImportTurn(d: Dialog, slots: Slots): Promise<void> {
  const pasted = d.text.replace(IMPORT_PREFIX, "").trim();
  const bringsAnOffer = URL_IN_TEXT.test(d.text) || (pasted !== d.text.trim() && pasted.length >= MIN_PASTED);
  return bringsAnOffer && slots.missionId === undefined ? importMissionTurn(d, {}) : saveMissionTurn(d, slots);
}

export async function importMissionTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.undo === true && typeof slots.missionId === "string") {
    const mission = await saveMission(d.market, d.userId, slots.missionId, false);
    d.say(d.t("as_import_undone", { title: mission.title }));
    return;
  }
  const said = typeof slots.body === "string" ? slots.body : typeof slots.url === "string" ? slots.url : d.text;
  const url = URL_IN_TEXT.exec(said)?.[0]?.replace(/[).,;!?»]+$/, "");
  const pasted = said.replace(IMPORT_PREFIX, "").trim();
  if (!url && pasted.length < MIN_PASTED) {
    d.askFor("import_mission", {}, "body", d.t("as_import_ask"));
    return;
  }
  const { config } = d.deps;
  const result = await importMission(d.market, config.missions, d.userId, url ? { url } : { text: pasted }, {
    publicOnly: !config.missions.importPrivateAddresses,
  });
  // "Ajoute cette mission": the member keeps it in their saved missions.
  const mission = await saveMission(d.market, d.userId, result.mission.id);
  d.state.focus = { missionId: mission.id };
  d.state.results = { kind: "missions", ids: [mission.id] };
  const undo = d.action(d.t("as_undo"), "import_mission", { missionId: mission.id, undo: true }, "danger");
  d.say(d.t(result.outcome === "created" ? "as_import_created" : "as_import_known", { title: mission.title }), {
    cards: [{ ...missionCard(d, mission), actions: [...missionActions(d, mission), undo] }],
  });
}

// ---------------------------------------------------------------------------- missions for me

/** "Missions pour moi", "any missions for me?", "mes missions": no filter, the member's profile decides. */
const FOR_ME = /\b(pour moi|for me|me correspond\w*|me convien\w*|mon profil|my profile|fit me|suit me|mes missions|my missions)\b/;
const SEARCH_SLOTS = ["q", "skills", "place", "remote", "minRate", "radiusKm"];

/** search_missions: with no filter and said "for me", the missions ranked against the profile. */
export async function searchOrForMeTurn(d: Dialog, slots: Slots): Promise<void> {
  const filtered = SEARCH_SLOTS.some((name) => slots[name] !== undefined && !(name === "q" && FOR_ME.test(foldText(String(slots.q)))));
  if (!filtered && (slots.forMe === true || FOR_ME.test(foldText(d.text)))) return missionsForMeTurn(d);
  return searchMissionsTurn(d, slots);
}

export async function missionsForMeTurn(d: Dialog): Promise<void> {
  const ranked = await missionsForMe(d.market, d.userId, d.locale, 5);
  if (ranked.length === 0) {
    const profile = await d.market.prisma.profile.findUnique({ where: { userId: d.userId }, select: { skills: true } });
    d.say(d.t(profile?.skills.length ? "as_missions_for_me_none" : "as_missions_for_me_no_skills"));
    return;
  }
  d.state.results = { kind: "missions", ids: ranked.map((entry) => entry.mission.id) };
  d.say(d.t("as_missions_for_me", { count: ranked.length }), {
    layout: "list",
    cards: ranked.map(({ mission, why }) => ({
      ...missionCard(d, mission),
      fields: [{ label: d.t("as_why"), value: why.summary }],
      actions: missionActions(d, mission),
    })),
  });
}

// ---------------------------------------------------------------------------- tracking

/** Status words, most specific first ("pas retenu" is a refusal before "retenu" is a hire). */
const STATUS_WORDS: [ApplicationStatus, RegExp][] = [
  ["withdrawn", /\b(je me (?:suis )?retir\w*|retir[ée]e?s?|abandonn\w*|withdr[ae]wn?|pulled out|no longer interested)\b/],
  [
    "rejected",
    /\b(refus\w*|pas (?:ete )?(?:retenu|pris)e?s?|recal\w*|rejet\w*|rejected|turned down|declined|not (?:selected|retained)|didn ?t get (?:it|the \w+))\b/,
  ],
  ["hired", /\b(embauch\w*|recrut\w*|retenue?s?|pris(?:e|es)?|sign[ée]e?s?|hired|got (?:it|the (?:job|gig|mission|contract))|accepted)\b/],
  ["offered", /\b(offre re[cç]ue|proposition|re[cç]u une offre|une offre|got an offer|an offer|offer received|offered|offer)\b/],
  ["interviewing", /\b(entretiens?|interviews?|interviewing|rdv|rendez-vous|call with|appel avec)\b/],
  ["applied", /\b(candidat\w*|postul\w*|applied|applying|apply|sent (?:my|an) application|envoy[ée] (?:ma|une) candidature)\b/],
];
const NOTE = /\b(?:note|notes|remarque|commentaire|comment)\s*:\s*(.+)$/is;
/** Words that say nothing of which mission: verbs, articles, "mission", status and date words. */
const NOT_A_MISSION_WORD = new Set(
  (
    "j ai je me moi suis la le les l de d du des a au aux un une y eu avoir pour chez sur avec mission missions gig gigs job jobs offre offres poste " +
    "contrat contract mark marque marquer mets mettre passe passer set put change update the as to for at on in my i ive have has had " +
    "got an en comme statut status cette ce cet that this it its est is was en for one celle celui ma mon mes la que qui we they me been " +
    "dernier derniere last yesterday today hier aujourd aujourdhui ce matin soir week semaine"
  ).split(" "),
);

function statusIn(folded: string): { status: ApplicationStatus; words: string } | undefined {
  for (const [status, pattern] of STATUS_WORDS) {
    const match = pattern.exec(folded);
    if (match) return { status, words: match[0] };
  }
  return undefined;
}

function dateIn(text: string, d: Dialog): { at: Date; words: string } | undefined {
  const now = d.market.now?.() ?? new Date();
  const parsers = d.locale === "fr" ? [chrono.fr, chrono.en] : [chrono.en, chrono.fr];
  for (const parser of parsers) {
    const [found] = parser.parse(text, now, { forwardDate: false });
    if (!found) continue;
    let at = found.start.date();
    // "lundi", "on Monday" tell of a step taken: today if it is that day, else the last one, not the coming one.
    if (at > now && found.start.isCertain("weekday") && !found.start.isCertain("day"))
      at = at.toDateString() === now.toDateString() ? now : new Date(at.getTime() - 7 * 86_400_000);
    return { at, words: found.text };
  }
  return undefined;
}

type Target = { id: string; stated: boolean } | { choices: string[] } | { none: string } | undefined;

/** The mission the member named: among their own (applied, saved, just shown) it is stated; found by search it is a guess. */
async function namedMission(d: Dialog, words: string[], slots: Slots): Promise<Target> {
  if (typeof slots.missionId === "string") return { id: slots.missionId, stated: true };
  if (slots.ref !== undefined) {
    const id = pickFromResults(d, ["missions"], slots.ref);
    return id ? { id, stated: true } : undefined;
  }
  if (words.length === 0) {
    const id =
      d.state.focus?.missionId ??
      (d.state.results?.kind === "missions" && d.state.results.ids.length === 1 ? d.state.results.ids[0] : undefined);
    return id ? { id, stated: true } : undefined;
  }
  const [applied, saved] = await Promise.all([
    d.market.prisma.application.findMany({ where: { userId: d.userId }, select: { missionId: true } }),
    d.market.prisma.savedMission.findMany({ where: { userId: d.userId }, select: { missionId: true } }),
  ]);
  const own = new Set([
    ...applied.map((a) => a.missionId),
    ...saved.map((s) => s.missionId),
    ...(d.state.results?.kind === "missions" ? d.state.results.ids : []),
    ...(d.state.focus?.missionId ? [d.state.focus.missionId] : []),
  ]);
  const holdsEvery = (m: { title: string; company: string | null; skills: string[] }) => {
    const haystack = foldText(`${m.title} ${m.company ?? ""} ${m.skills.join(" ")}`);
    return words.every((word) => haystack.includes(word));
  };
  const mine = (
    await d.market.prisma.mission.findMany({
      where: { id: { in: [...own] } },
      select: { id: true, title: true, company: true, skills: true },
    })
  ).filter(holdsEvery);
  if (mine.length === 1 && mine[0]) return { id: mine[0].id, stated: true };
  if (mine.length > 1) return { choices: mine.slice(0, 5).map((m) => m.id) };
  const found = await d.market.prisma.mission.findMany({
    where: {
      status: "open",
      AND: words.map((word) => ({
        OR: [
          { title: { contains: word, mode: "insensitive" as const } },
          { company: { contains: word, mode: "insensitive" as const } },
          { skills: { has: word } },
        ],
      })),
    },
    select: { id: true },
    orderBy: { postedAt: "desc" },
    take: 5,
  });
  if (found.length === 1 && found[0]) return { id: found[0].id, stated: false };
  if (found.length > 1) return { choices: found.map((m) => m.id) };
  return { none: words.join(" ") };
}

function missionWords(text: string, remove: string[]): string[] {
  const fold = (value: string) => foldText(value).replace(/['’]/g, " ");
  let rest = fold(text);
  for (const part of remove) if (part) rest = rest.replace(fold(part), " ");
  return rest
    .split(/[^\p{L}\p{N}+#.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ""))
    .filter((word) => word.length >= 2 && !NOT_A_MISSION_WORD.has(word));
}

/**
 * "J'ai postulé", "I applied", "mark … as interview", "pas retenu": the member reports a step
 * (tracking), where "postule à la deuxième" asks Relais to apply. Both are apply_mission.
 */
const TRACKING =
  /\b(j ?ai (?:deja |bien )?(?:candidate|postule|envoye)|(?:i ?ve|i have|i|we) (?:already )?applied|applied (?:to|for)|marque\w*|mark|passe|set|update|note)\b/;

/** "postule à la première avec ce mot : …", "apply to it with this cover letter: …": the letter said with the request. */
const LETTER_WITH =
  /\b(?:avec|with|and|et)\s+(?:ce|cette|le|la|un|une|mon|ma|this|the|a|my)?\s*(?:petit\s+)?(?:message|mot|lettre(?: de motivation)?|cover letter|letter)\s*:\s*(\S[\s\S]*)$/i;

export async function applyOrTrackTurn(d: Dialog, slots: Slots): Promise<void> {
  // An application that comes with its letter is applying, whatever the letter says ("note", "marked").
  if (typeof slots.coverLetter === "string") return applyMissionTurn(d, slots);
  const withLetter = slots.confirmed !== true ? LETTER_WITH.exec(d.text) : null;
  const before = withLetter ? foldText(d.text.slice(0, withLetter.index)).replace(/['’]/g, " ") : "";
  if (withLetter?.[1] && !TRACKING.test(before)) return applyMissionTurn(d, { ...slots, coverLetter: withLetter[1].trim() });
  const folded = foldText(d.text).replace(/['’]/g, " ");
  const status = statusIn(folded)?.status;
  const tracking = slots.track === true || TRACKING.test(folded) || (status !== undefined && status !== "applied");
  return tracking ? trackApplicationTurn(d, slots) : applyMissionTurn(d, slots);
}

async function trackApplicationTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.undo === true && typeof slots.applicationId === "string") {
    const previous = typeof slots.previous === "string" && slots.previous ? (slots.previous as ApplicationStatus) : null;
    const undone = await undoTrackedStep(d.market, d.userId, {
      applicationId: slots.applicationId,
      historyId: typeof slots.historyId === "string" ? slots.historyId : "",
      previous,
    });
    d.say(undone ? d.t("as_track_undone", { title: undone.missionTitle }) : d.t("not_found"));
    return;
  }
  const text = d.text;
  const note = typeof slots.note === "string" ? slots.note : NOTE.exec(text)?.[1]?.trim();
  const withoutNote = note ? text.slice(0, text.length - (NOTE.exec(text)?.[0]?.length ?? 0)) : text;
  const spoken = statusIn(foldText(withoutNote).replace(/['’]/g, " "));
  const status = (
    typeof slots.status === "string" && (TRACKED_STATUSES as readonly string[]).includes(slots.status) ? slots.status : spoken?.status
  ) as ApplicationStatus | undefined;
  const date = typeof slots.at === "string" ? { at: new Date(slots.at), words: "" } : dateIn(withoutNote, d);
  const words =
    typeof slots.q === "string" ? missionWords(slots.q, []) : missionWords(withoutNote, [spoken?.words ?? "", date?.words ?? ""]);
  const target = await namedMission(d, words, slots);
  const carried: Slots = {
    track: true,
    ...(status ? { status } : {}),
    ...(date ? { at: date.at.toISOString() } : {}),
    ...(note ? { note } : {}),
  };
  if (!target) {
    d.say(d.t("as_track_which_mission"));
    return;
  }
  if ("none" in target) {
    d.say(d.t("as_track_no_mission", { words: target.none }));
    return;
  }
  if ("choices" in target) {
    // Several fit: the member picks one; each button carries what was said.
    const missions = await Promise.all(target.choices.map((id) => getMission(d.market, d.userId, id)));
    d.state.results = { kind: "missions", ids: target.choices };
    d.say(d.t("as_track_pick_mission"), {
      layout: "list",
      cards: missions.map((mission) => ({
        ...missionCard(d, mission),
        actions: [d.action(d.t("as_this_one"), "apply_mission", { ...carried, missionId: mission.id, confirmed: true }, "primary")],
      })),
    });
    return;
  }
  const mission = await getMission(d.market, d.userId, target.id);
  d.state.focus = { missionId: mission.id };
  if (!status) {
    d.say(d.t("as_track_which_status", { title: mission.title }), {
      quickReplies: TRACKED_STATUSES.map((s) =>
        d.quick(d.t(`as_application_${s}` as MessageKey), "apply_mission", {
          ...carried,
          status: s,
          missionId: mission.id,
          confirmed: true,
        }),
      ),
    });
    return;
  }
  if (!target.stated && slots.confirmed !== true) {
    d.confirm(
      "apply_mission",
      { ...carried, status, missionId: mission.id },
      d.t("as_track_confirm", { title: mission.title, status: d.t(`as_application_${status}` as MessageKey) }),
      missionCard(d, mission),
    );
    return;
  }
  const step = await trackApplication(d.market, d.userId, mission.id, {
    status: status as (typeof TRACKED_STATUSES)[number],
    ...(date ? { at: date.at } : {}),
    ...(note ? { note } : {}),
  });
  const label = d.t(`as_application_${step.status}` as MessageKey);
  if (!step.changed) {
    d.say(d.t("as_track_unchanged", { title: mission.title, status: label }));
    return;
  }
  const day = formatDate(step.at, d.locale, "day");
  const undo = d.action(
    d.t("as_undo"),
    "apply_mission",
    { track: true, undo: true, applicationId: step.applicationId, historyId: step.historyId, previous: step.previous ?? "" },
    "danger",
  );
  d.say(d.t(note ? "as_tracked_with_note" : "as_tracked", { title: mission.title, status: label, date: day, note: note ?? "" }), {
    quickReplies: [{ label: undo.label, action: undo.id }],
  });
}
