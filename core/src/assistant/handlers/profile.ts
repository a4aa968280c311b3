/** Profiles (see, change, write from a CV or GitHub), preferences, account linking and reports. */
import { createLinkCode, linkWithCode } from "../../accounts/identities.ts";
import { formatLinkCode } from "../../accounts/link-code-format.ts";
import { type ProfileDraft, ProfileDraftSchema } from "../../ai/profile-writer.ts";
import { SetPreferencesCommand } from "../../commands/preference-commands.ts";
import { LinkAccountCommand, ReportMemberCommand, UpdateProfileCommand } from "../../commands/profile-commands.ts";
import { getPreferences, NOTIFICATION_KINDS, type NotificationKind, updatePreferences } from "../../profiles/preferences.ts";
import {
  getMyProfile,
  latestReviews,
  type ProfilePatch,
  type ProfileView,
  publicProfile,
  type ReviewView,
  reportUser,
  updateMyProfile,
} from "../../profiles/profiles.ts";
import { withdrawReport } from "../../profiles/reports.ts";
import { trustOf } from "../../profiles/trust.ts";
import type { Dialog } from "../dialog.ts";
import type { Slots } from "../intents.ts";
import type { ReplyCard, ReplyField } from "../reply.ts";
import { profileChanges } from "./profile-edits.ts";
import { memberNamed } from "./social.ts";

function rateFields(d: Dialog, daily: number | null, hourly: number | null, currency: string | null): ReplyField[] {
  return [
    ...(daily !== null ? [{ label: d.t("as_daily_rate"), value: d.money(daily, currency) }] : []),
    ...(hourly !== null ? [{ label: d.t("as_hourly_rate"), value: d.money(hourly, currency) }] : []),
  ];
}

function draftCard(d: Dialog, draft: ProfileDraft): ReplyCard {
  return {
    title: draft.headline ?? d.t("as_profile_title", { name: "" }).trim(),
    ...(draft.bio ? { text: draft.bio } : {}),
    fields: [
      ...(draft.skills.length ? [{ label: d.t("as_skills"), value: draft.skills.join(", ") }] : []),
      ...(draft.languages.length ? [{ label: d.t("as_languages"), value: draft.languages.join(", ") }] : []),
      ...rateFields(d, draft.dailyRate, draft.hourlyRate, draft.currency),
      ...(draft.place ? [{ label: d.t("as_place"), value: draft.place }] : []),
      ...(draft.remote ? [{ label: d.t("as_remote"), value: d.t("as_yes") }] : []),
    ],
  };
}

const optionalText = (text: string | undefined) => (text ? { text } : {});

/** How many reviews a profile card shows, and how much of each comment. */
const REVIEWS_SHOWN = 3;
const COMMENT_SHOWN = 140;

/** The bio, then the newest reviews as "★★★★☆ « friendly but late » — Nora". */
function profileText(d: Dialog, bio: string | null, reviews: ReviewView[]): string | undefined {
  const lines = reviews.slice(0, REVIEWS_SHOWN).map((review) => {
    const stars = `${"★".repeat(review.rating)}${"☆".repeat(5 - review.rating)}`;
    const comment = review.comment ? ` ${d.quote(d.echo(review.comment, COMMENT_SHOWN))}` : "";
    return `${stars}${comment}${review.author ? ` — ${review.author}` : ""}`;
  });
  const text = [bio ?? "", ...(lines.length ? [d.t("as_reviews_latest"), ...lines] : [])].filter(Boolean).join("\n");
  return text || undefined;
}

export async function showProfileTurn(d: Dialog, slots: Slots): Promise<void> {
  let userId = typeof slots.userId === "string" ? slots.userId : undefined;
  if (!userId && typeof slots.recipient === "string") {
    const member = await memberNamed(d, slots.recipient, "show_profile", slots);
    if (!member) return;
    userId = member.id;
  }
  if (userId && userId !== d.userId) {
    const profile = await publicProfile(d.market, userId);
    d.state.focus = { userId };
    d.say(d.t("as_profile_title", { name: profile.name }), {
      cards: [
        {
          title: profile.name,
          ...(profile.headline ? { subtitle: profile.headline } : {}),
          ...optionalText(profileText(d, profile.bio, profile.reviews)),
          fields: [
            { label: d.t("as_trust"), value: `${profile.trust.score}/100` },
            ...(profile.averageRating !== null ? [{ label: d.t("as_rating"), value: `${profile.averageRating}/5` }] : []),
            ...(profile.skills.length ? [{ label: d.t("as_skills"), value: profile.skills.join(", ") }] : []),
            ...(profile.place ? [{ label: d.t("as_place"), value: profile.place }] : []),
          ],
          actions: [d.action(d.t("as_contact"), "send_message", { userId }, "primary")],
        },
      ],
    });
    return;
  }
  const [profile, trust, user, reviews] = await Promise.all([
    getMyProfile(d.market, d.userId),
    trustOf(d.market.prisma, d.userId),
    d.market.prisma.user.findUniqueOrThrow({ where: { id: d.userId }, select: { name: true } }),
    latestReviews(d.market, d.userId, REVIEWS_SHOWN),
  ]);
  const empty = !profile.headline && !profile.bio && profile.skills.length === 0;
  d.say(empty ? d.t("as_profile_empty") : d.t("as_profile_title", { name: user.name }), {
    cards: [
      {
        title: user.name,
        ...(profile.headline ? { subtitle: profile.headline } : {}),
        ...optionalText(profileText(d, profile.bio, reviews)),
        fields: [
          { label: d.t("as_trust"), value: `${trust.score}/100` },
          ...(profile.skills.length ? [{ label: d.t("as_skills"), value: profile.skills.join(", ") }] : []),
          ...(profile.languages.length ? [{ label: d.t("as_languages"), value: profile.languages.join(", ") }] : []),
          ...rateFields(d, profile.rates.daily, profile.rates.hourly, profile.rates.currency),
          ...(profile.location?.place ? [{ label: d.t("as_place"), value: profile.location.place }] : []),
        ],
      },
    ],
  });
}

/** Applies profile slots to a draft (before saving) or describes the change for a saved profile. */
function applyToDraft(draft: ProfileDraft, slots: Slots): ProfileDraft {
  const next = { ...draft };
  if (typeof slots.headline === "string") next.headline = slots.headline.slice(0, 120);
  if (typeof slots.bio === "string") next.bio = slots.bio.slice(0, 1500);
  if (Array.isArray(slots.skills)) next.skills = [...new Set([...next.skills, ...slots.skills])].slice(0, 25);
  if (Array.isArray(slots.removeSkills)) next.skills = next.skills.filter((s) => !(slots.removeSkills as string[]).includes(s));
  if (Array.isArray(slots.languages)) next.languages = slots.languages;
  if (typeof slots.dailyRate === "number") next.dailyRate = slots.dailyRate;
  if (typeof slots.hourlyRate === "number") next.hourlyRate = slots.hourlyRate;
  if (slots.removeDailyRate === true) next.dailyRate = null;
  if (slots.removeHourlyRate === true) next.hourlyRate = null;
  if (next.dailyRate === null && next.hourlyRate === null) next.currency = null;
  if (typeof slots.currency === "string") next.currency = slots.currency;
  else if ((typeof slots.dailyRate === "number" || typeof slots.hourlyRate === "number") && !next.currency) next.currency = "EUR";
  if (typeof slots.place === "string") next.place = slots.place;
  if (typeof slots.remote === "boolean") next.remote = slots.remote;
  return next;
}

function draftAsPatch(draft: ProfileDraft): ProfilePatch {
  return {
    headline: draft.headline,
    bio: draft.bio,
    skills: draft.skills,
    languages: draft.languages,
    rates: { daily: draft.dailyRate, hourly: draft.hourlyRate, currency: draft.currency },
    ...(draft.place ? { location: { place: draft.place } } : {}),
    ...(draft.remote !== null ? { remote: draft.remote } : {}),
  };
}

/**
 * Undo of a profile write: the fields it changed, as they were (a profile that did not exist
 * comes back empty). Only those fields, so an Undo pressed later leaves later changes alone.
 */
function undoProfile(d: Dialog, before: ProfileView, patch: ProfilePatch) {
  const asItWas: Record<string, unknown> = {
    headline: before.headline,
    bio: before.bio,
    skills: before.skills,
    languages: before.languages,
    rates: before.rates,
    location: before.location?.place ? { place: before.location.place } : null,
    remote: before.remote,
  };
  const restore = Object.fromEntries(Object.keys(patch).map((key) => [key, asItWas[key]]));
  return d.action(d.t("as_undo"), "update_profile", { restore: JSON.stringify(restore) });
}

/** "Undo" pressed after a profile write: puts back what undoProfile kept. */
async function restoreProfile(d: Dialog, restore: string): Promise<void> {
  const patch = UpdateProfileCommand.safeParse(JSON.parse(restore));
  if (!patch.success) {
    d.say(d.t("as_action_expired"));
    return;
  }
  await updateMyProfile(d.market, d.userId, patch.data);
  d.say(d.t("as_profile_restored"));
}

function showDraft(d: Dialog, draft: ProfileDraft, corrected = false): void {
  d.confirm(
    "generate_profile",
    { save: true },
    d.t(corrected ? "as_profile_draft_corrected" : "as_profile_draft"),
    draftCard(d, draft),
    draft,
  );
}

export async function updateProfileTurn(d: Dialog, said: Slots): Promise<void> {
  if (typeof said.restore === "string" && !d.text) return restoreProfile(d, said.restore);
  // "change mon titre de profil en …", "remove the day rate", "ajoute vue.js et enlève figma": read precisely.
  const slots = profileChanges(d.text, said);
  // Correcting the draft being shown ("change le TJM à 550") before it is saved.
  const pending = d.previousPending;
  if (pending?.intent === "generate_profile" && pending.draft) {
    const draft = ProfileDraftSchema.safeParse(pending.draft);
    if (draft.success) {
      showDraft(d, applyToDraft(draft.data, slots), true);
      return;
    }
  }
  const current = await getMyProfile(d.market, d.userId);
  const patch: Record<string, unknown> = {};
  const changes: string[] = [];
  if (typeof slots.headline === "string") {
    patch.headline = slots.headline;
    changes.push(`${d.t("as_headline")} ${d.quote(slots.headline.trim())}`);
  }
  if (typeof slots.bio === "string") {
    patch.bio = slots.bio;
    changes.push(d.t("as_bio"));
  }
  if (Array.isArray(slots.skills) || Array.isArray(slots.removeSkills)) {
    const removed = new Set(Array.isArray(slots.removeSkills) ? slots.removeSkills : []);
    const skills = [...new Set([...current.skills, ...(Array.isArray(slots.skills) ? slots.skills : [])])].filter((s) => !removed.has(s));
    patch.skills = skills;
    changes.push(d.t("as_labelled", { label: d.t("as_skills"), value: skills.join(", ") }));
  }
  if (Array.isArray(slots.languages)) {
    patch.languages = slots.languages;
    changes.push(d.t("as_labelled", { label: d.t("as_languages"), value: slots.languages.join(", ") }));
  }
  if (
    typeof slots.dailyRate === "number" ||
    typeof slots.hourlyRate === "number" ||
    slots.removeDailyRate === true ||
    slots.removeHourlyRate === true
  ) {
    const currency = typeof slots.currency === "string" ? slots.currency : (current.rates.currency ?? "EUR");
    patch.rates = {
      currency,
      ...(typeof slots.dailyRate === "number" ? { daily: slots.dailyRate } : slots.removeDailyRate === true ? { daily: null } : {}),
      ...(typeof slots.hourlyRate === "number" ? { hourly: slots.hourlyRate } : slots.removeHourlyRate === true ? { hourly: null } : {}),
    };
    if (typeof slots.dailyRate === "number") changes.push(`${d.t("as_daily_rate")} ${d.money(slots.dailyRate, currency)}`);
    if (typeof slots.hourlyRate === "number") changes.push(`${d.t("as_hourly_rate")} ${d.money(slots.hourlyRate, currency)}`);
    if (slots.removeDailyRate === true) changes.push(d.t("as_removed", { what: d.t("as_daily_rate") }));
    if (slots.removeHourlyRate === true) changes.push(d.t("as_removed", { what: d.t("as_hourly_rate") }));
  }
  if (typeof slots.place === "string") {
    patch.location = { place: slots.place };
    changes.push(`${d.t("as_place")} ${slots.place}`);
  }
  if (typeof slots.remote === "boolean") {
    patch.remote = slots.remote;
    changes.push(`${d.t("as_remote")} ${d.t(slots.remote ? "as_yes" : "as_no")}`);
  }
  if (changes.length === 0) {
    d.say(d.t("as_profile_update_what"));
    return;
  }
  const command = d.parse(UpdateProfileCommand, patch);
  if (!command) return;
  await updateMyProfile(d.market, d.userId, command);
  const undo = undoProfile(d, current, command);
  d.say(d.t("as_profile_updated", { changes: changes.join(", ") }), { quickReplies: [{ label: undo.label, action: undo.id }] });
}

/** Long enough to be a CV or a description rather than the request itself. */
const MIN_SOURCE_CHARS = 60;

export async function generateProfileTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.save === true && slots.confirmed === true) {
    const draft = ProfileDraftSchema.safeParse(d.previousPending?.draft);
    if (!draft.success) {
      d.say(d.t("as_action_expired"));
      return;
    }
    const before = await getMyProfile(d.market, d.userId);
    const patch = draftAsPatch(draft.data);
    await updateMyProfile(d.market, d.userId, patch);
    d.say(d.t("as_profile_saved"), { cards: [{ ...draftCard(d, draft.data), actions: [undoProfile(d, before, patch)] }] });
    return;
  }
  const githubUsername = typeof slots.githubUsername === "string" ? slots.githubUsername : undefined;
  const text = typeof slots.text === "string" ? slots.text : d.text.length >= MIN_SOURCE_CHARS ? d.text : undefined;
  if (!githubUsername && !text) {
    d.askFor("generate_profile", {}, "text", d.t("as_ask_profile_source"));
    return;
  }
  const draft = await d.deps.profileWriter.write({ ...(text ? { text } : {}), ...(githubUsername ? { githubUsername } : {}) }, d.locale);
  showDraft(d, draft);
}

export async function setPreferencesTurn(d: Dialog, slots: Slots): Promise<void> {
  const current = await getPreferences(d.market, d.userId);
  const input: Record<string, unknown> = {
    ...(slots.language !== undefined ? { language: slots.language } : {}),
    ...(slots.digest !== undefined ? { digest: slots.digest } : {}),
    ...(slots.maxDistanceKm !== undefined ? { maxDistanceKm: slots.maxDistanceKm } : {}),
    ...(slots.notificationChannels !== undefined ? { notificationChannels: slots.notificationChannels } : {}),
  };
  // Quiet hours: a window ("entre 22h et 8h"), "at night" alone (the usual night, said back so it
  // can be corrected), a new zone for the current window, or none at all.
  const zone = typeof slots.timeZone === "string" ? slots.timeZone : undefined;
  const timeZone = zone ?? current.quietHours?.timeZone ?? DEFAULT_TIME_ZONE;
  if (slots.quietHoursOff === true) input.quietHours = null;
  else if (typeof slots.quietStart === "string" && typeof slots.quietEnd === "string")
    input.quietHours = { start: slots.quietStart, end: slots.quietEnd, timeZone };
  else if (zone && current.quietHours) input.quietHours = { ...current.quietHours, timeZone };
  else if (slots.quietHours === true && !current.quietHours) input.quietHours = { ...DEFAULT_NIGHT, timeZone };
  const kindsOf = (value: unknown) =>
    Array.isArray(value) ? value.filter((k): k is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(k)) : [];
  const mute = kindsOf(slots.mute);
  const unmute = kindsOf(slots.unmute);
  if (mute.length > 0 || unmute.length > 0) {
    const muted = new Set(current.mutedNotifications ?? []);
    for (const kind of mute) muted.add(kind);
    for (const kind of unmute) muted.delete(kind);
    input.mutedNotifications = NOTIFICATION_KINDS.filter((k) => muted.has(k));
  }
  if (Object.keys(input).length === 0) {
    const p = current;
    d.say(
      d.t("as_preferences_show", {
        language: d.t(`as_language_${p.language ?? d.locale}`),
        distance: p.maxDistanceKm ? `${p.maxDistanceKm} km` : d.t("as_not_set"),
        digest: d.t(`as_digest_${p.digest ?? "none"}`),
      }),
    );
    d.say(
      d.t("nt_preferences_show", {
        channels: p.notificationChannels?.length ? p.notificationChannels.join(", ") : d.t("nt_channels_default"),
        quiet: p.quietHours ? d.t("nt_quiet_hours", p.quietHours) : d.t("nt_quiet_hours_off"),
        muted: p.mutedNotifications?.length ? d.t("nt_muted", { kinds: kindNames(d, p.mutedNotifications) }) : d.t("nt_nothing_muted"),
      }),
    );
    return;
  }
  const preferences = d.parse(SetPreferencesCommand, input);
  if (!preferences) return;
  const changes: string[] = [];
  if (preferences.language) {
    // An explicit choice: this reply and every later one, in every conversation, until the member chooses again.
    d.locale = preferences.language;
    d.session.locale = preferences.language;
    d.chosenLocale = preferences.language;
    d.keptLocale = undefined;
    changes.push(d.t(`as_language_${preferences.language}`));
  }
  if (preferences.digest) changes.push(d.t(`as_digest_${preferences.digest}`));
  if (preferences.maxDistanceKm !== undefined) changes.push(`${preferences.maxDistanceKm} km`);
  if (preferences.notificationChannels) changes.push(preferences.notificationChannels.join(", "));
  if (preferences.quietHours) changes.push(d.t("nt_quiet_hours", preferences.quietHours));
  else if (preferences.quietHours === null) changes.push(d.t("nt_quiet_hours_off"));
  if (mute.length > 0) changes.push(d.t("nt_muted", { kinds: kindNames(d, mute) }));
  if (unmute.length > 0) changes.push(d.t("nt_unmuted", { kinds: kindNames(d, unmute) }));
  // Preferences change nothing searchable: the profile's vector is left alone.
  await updatePreferences(d.market, d.userId, preferences);
  d.say(d.t("as_preferences_updated", { changes: changes.join(", ") }));
}

/** Quiet hours said in chat without a zone: the zone already set, else the community's. */
const DEFAULT_TIME_ZONE = "Europe/Paris";
/** "Pas de notifications la nuit" with no times. */
const DEFAULT_NIGHT = { start: "22:00", end: "08:00" };

function kindNames(d: Dialog, kinds: NotificationKind[]): string {
  return [...new Set(kinds)].map((kind) => d.t(`nt_kind_${kind}`)).join(", ");
}

export async function linkAccountTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.code !== undefined) {
    const command = d.parse(LinkAccountCommand, { code: slots.code });
    if (!command) return;
    const { userId } = await linkWithCode(d.deps.accounts, d.userId, command.code, d.source);
    d.session.userId = userId;
    d.state.focus = {};
    d.say(d.t("as_linked"));
    return;
  }
  const { code } = await createLinkCode(d.deps.accounts, d.userId);
  // Only the apps this instance runs, and what to type there: a code for an app that is not here helps nobody.
  const { slack, discord, teams } = d.deps.config;
  const apps = [...(slack ? ["Slack"] : []), ...(discord ? ["Discord"] : []), ...(teams ? ["Microsoft Teams"] : []), d.t("as_app_website")];
  const shown = formatLinkCode(code);
  d.say(
    d.t("as_link_code", {
      apps: apps.join(", "),
      code: shown,
      discord: discord ? d.t("as_link_code_discord", { code: shown }) : "",
    }),
  );
}

export async function reportUserTurn(d: Dialog, slots: Slots): Promise<void> {
  if (slots.undo === true && typeof slots.reportId === "string") {
    const { blockLifted } = await withdrawReport(d.market, d.userId, slots.reportId);
    d.say(d.t(blockLifted ? "as_report_withdrawn_unblocked" : "as_report_withdrawn"));
    return;
  }
  let userId = typeof slots.userId === "string" ? slots.userId : undefined;
  let name: string | undefined;
  if (!userId && typeof slots.recipient === "string") {
    const member = await memberNamed(d, slots.recipient, "report_user", slots);
    if (!member) return;
    userId = member.id;
    name = member.name;
  }
  // "signale-le", "report her": the member in focus; "I wanna report a user" names nobody, so it asks.
  if (
    !userId &&
    (!d.text || /\b(le|la|lui|l|him|her|them|this (?:user|member|person)|ce membre|cette personne)\b/i.test(d.text.replace(/-/g, " ")))
  )
    userId = d.state.focus?.userId;
  if (!userId || userId === d.userId) {
    d.askFor("report_user", slots, "recipient", d.t("as_ask_report_who"));
    return;
  }
  name ??= (await d.market.prisma.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? "";
  const reason = slots.reason ?? "other";
  // What the member said about it ("il m'a arnaqué") goes to the moderators as they said it.
  const details =
    typeof slots.details === "string"
      ? slots.details
      : slots.confirmed !== true && d.text.trim().split(/\s+/).length >= 4
        ? d.text.trim()
        : undefined;
  // The listing being looked at tells the moderators what it is about, when it is theirs.
  const focus = d.state.focus;
  const listingId = focus?.userId === userId ? focus.listingId : undefined;
  const command = d.parse(ReportMemberCommand, {
    reason,
    ...(details !== undefined ? { details } : {}),
    ...(listingId ? { listingId } : {}),
    ...(slots.block === true ? { block: true } : {}),
  });
  if (!command) return;
  if (slots.confirmed !== true) {
    const asked = { userId, reason: command.reason, ...(command.details ? { details: command.details } : {}) };
    d.confirm("report_user", asked, d.t("as_confirm_report", { name, reason: d.t(`as_reason_${command.reason}`) }));
    // Reporting often comes with not wanting to hear from them again: one button does both.
    const both = d.quick(d.t("as_report_and_block"), "report_user", { ...asked, confirmed: true, block: true });
    d.replies.at(-1)?.quickReplies?.splice(1, 0, both);
    return;
  }
  const report = await reportUser(d.market, d.userId, userId, command);
  // Undo withdraws it while no moderator has decided (and lifts the block it came with).
  const undo = { intent: "report_user" as const, slots: { reportId: report.id, undo: true } };
  d.state.undo = undo;
  const button = d.quick(d.t("as_undo"), undo.intent, undo.slots);
  d.say(d.t(command.block ? "as_reported_blocked" : "as_reported", { name }), { quickReplies: [button] });
}
