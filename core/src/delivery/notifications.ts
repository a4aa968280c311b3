/**
 * What a delivery says: each row becomes a `Reply` when it is sent, in the **recipient's**
 * language (their preference, else their account's), from the current state of what it
 * announces (a message deleted meanwhile is not pushed; a withdrawn proposal says so).
 */
import type { ActionStore } from "../assistant/actions.ts";
import type { Reply } from "../assistant/reply.ts";
import type { Delivery, PrismaClient } from "../db/generated/client.ts";
import { formatDate } from "../i18n/dates.ts";
import { type Locale, t } from "../i18n/messages.ts";
import type { ExplanationStep } from "../matching/marketplace-matching.ts";
import { explain } from "../matching/matches.ts";
import { readPreferences } from "../profiles/preferences.ts";

/** Message bodies pushed to a chat app are cut here; the full text is one "my messages" away. */
const PUSHED_BODY_CHARS = 1500;

export type BuiltNotification = { reply: Reply } | { skip: string };

export async function recipientLocale(prisma: PrismaClient, userId: string): Promise<Locale> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { locale: true, profile: { select: { preferences: true } } },
  });
  return readPreferences(user?.profile?.preferences).language ?? user?.locale ?? "fr";
}

function quick(locale: Locale, label: "nt_show_matches" | "nt_show_applications" | "nt_show_messages") {
  return [{ label: t(label, locale), text: t(`${label}_text`, locale) }];
}

function matchTitle(kind: string, participants: number, locale: Locale): string {
  if (kind === "cycle") return t("as_match_title_cycle", locale, { count: participants });
  return t(kind === "mission" ? "as_match_title_mission" : "as_match_title_pair", locale);
}

/**
 * "💬 Alice: …" for a message as it is now. A deleted one is not pushed; when it corrects an
 * announcement already made (`update`), it says it was deleted, or shows the edited text.
 */
async function messageNotification(prisma: PrismaClient, messageId: string, locale: Locale, update: boolean): Promise<BuiltNotification> {
  const message = await prisma.message.findUnique({
    where: { id: messageId },
    select: {
      body: true,
      attachments: true,
      editedAt: true,
      deletedAt: true,
      sender: { select: { name: true, status: true } },
      conversation: { select: { listing: { select: { title: true } } } },
    },
  });
  if (!message || (message.deletedAt && !update)) return { skip: "message_deleted" };
  const sender = message.sender.status === "deleted" ? t("account_deleted", locale) : message.sender.name;
  if (message.deletedAt)
    return { reply: { text: t("nt_message_deleted", locale, { sender }), quickReplies: quick(locale, "nt_show_messages") } };
  const listing = message.conversation.listing?.title;
  const hasAttachments = Array.isArray(message.attachments) && message.attachments.length > 0;
  const cut = message.body.length > PUSHED_BODY_CHARS ? `${message.body.slice(0, PUSHED_BODY_CHARS - 1)}…` : message.body;
  const body = message.editedAt && cut ? `${cut} ${t("nt_message_edited", locale)}` : cut;
  return {
    reply: {
      text: t("nt_message", locale, { sender, body: body || t("nt_message_attachment", locale) }),
      // Which listing the conversation is about, so the member knows what is being answered.
      ...(listing || (hasAttachments && body)
        ? {
            cards: [
              ...(listing ? [{ title: listing, subtitle: t("nt_message_listing", locale) }] : []),
              ...(hasAttachments && body ? [{ title: t("nt_message_attachment", locale) }] : []),
            ],
          }
        : {}),
      quickReplies: quick(locale, "nt_show_messages"),
    },
  };
}

/**
 * `actions` registers the buttons a notification carries (Accept / Decline on a proposal):
 * stored for the recipient with the configured expiry, so they work days later, for them only.
 */
export async function buildNotification(prisma: PrismaClient, row: Delivery, actions?: ActionStore): Promise<BuiltNotification> {
  if (row.kind === "reply") {
    const reply = row.payload as Reply | null;
    return reply && typeof reply.text === "string" ? { reply } : { skip: "reply_payload_missing" };
  }
  const locale = await recipientLocale(prisma, row.userId);
  if (row.kind === "message") {
    if (!row.messageId) return { skip: "message_missing" };
    return messageNotification(prisma, row.messageId, locale, false);
  }
  if (row.kind === "message_updated") {
    const messageId = (row.payload as { messageId?: unknown } | null)?.messageId;
    if (typeof messageId !== "string") return { skip: "message_missing" };
    // Only a message the member was told about needs correcting; an unsent one goes out as it is now.
    const announced = await prisma.delivery.count({
      where: { messageId, userId: row.userId, channel: row.channel, kind: "message", status: { in: ["sent", "read"] } },
    });
    if (announced === 0) return { skip: "message_not_announced" };
    return messageNotification(prisma, messageId, locale, true);
  }
  if (row.kind === "application_update") {
    if (!row.applicationId) return { skip: "application_missing" };
    const application = await prisma.application.findUnique({
      where: { id: row.applicationId },
      select: { status: true, mission: { select: { title: true, company: true, url: true } } },
    });
    if (!application) return { skip: "application_missing" };
    return {
      reply: {
        text: t("nt_application_update", locale, {
          mission: application.mission.title,
          status: t(`nt_application_status_${application.status}`, locale),
        }),
        cards: [
          {
            title: application.mission.title,
            ...(application.mission.company ? { subtitle: application.mission.company } : {}),
            url: application.mission.url,
          },
        ],
        quickReplies: quick(locale, "nt_show_applications"),
      },
    };
  }
  // Match notifications.
  if (!row.matchId) return { skip: "match_missing" };
  const match = await prisma.match.findUnique({
    where: { id: row.matchId },
    select: {
      status: true,
      kind: true,
      explanation: true,
      expiresAt: true,
      participants: { select: { userId: true, acceptance: true, user: { select: { name: true } } } },
    },
  });
  if (!match) return { skip: "match_missing" };
  const steps = ((match.explanation as { steps?: ExplanationStep[] }).steps ?? []) as ExplanationStep[];
  const readers = match.participants.map((p) => ({ id: p.userId, name: p.user.name, acceptance: p.acceptance }));
  const explanation = explain(steps, locale, row.userId, readers);
  if (row.kind === "match_proposed") {
    // Decided meanwhile: the member already knows (or learns it from the next notification).
    if (match.status !== "proposed") return { skip: `match_${match.status}` };
    const text = t("nt_match_proposed", locale, { explanation, expires: match.expiresAt ? formatDate(match.expiresAt, locale) : "—" });
    const buttons = actions
      ? [
          {
            id: await actions.create(row.userId, "accept_match", { matchId: row.matchId }),
            label: t("as_accept", locale),
            style: "primary" as const,
          },
          {
            id: await actions.create(row.userId, "decline_match", { matchId: row.matchId }),
            label: t("as_decline", locale),
            style: "danger" as const,
          },
        ]
      : [];
    return {
      reply: {
        text,
        ...(buttons.length > 0
          ? { cards: [{ title: matchTitle(match.kind, match.participants.length, locale), text: explanation, actions: buttons }] }
          : {}),
        quickReplies: quick(locale, "nt_show_matches"),
      },
    };
  }
  if (row.kind === "match_accepted") {
    const members = match.participants
      .filter((p) => p.userId !== row.userId)
      .map((p) => p.user.name)
      .join(", ");
    return {
      reply: { text: t("nt_match_accepted", locale, { explanation, members }), quickReplies: quick(locale, "nt_show_messages") },
    };
  }
  // A withdrawal is news only to whom the proposal was announced on this channel.
  const announced = await prisma.delivery.count({
    where: { matchId: row.matchId, userId: row.userId, channel: row.channel, kind: "match_proposed", status: { in: ["sent", "read"] } },
  });
  if (announced === 0) return { skip: "match_never_announced" };
  return { reply: { text: t("nt_match_withdrawn", locale, { explanation }), quickReplies: quick(locale, "nt_show_matches") } };
}
