/**
 * Who gets a delivery, on which channels: the member's `notificationChannels` when set (only
 * those they can be reached on), otherwise the chat app they used last, otherwise the app's
 * live socket (members who only use the REST API). Muted kinds go nowhere but the socket,
 * which is the app's own live view rather than a push.
 */

import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import type { DeliveryChannel, IdentityProvider, Locale } from "../db/generated/enums.ts";
import { type NotificationKind, type PreferencesInput, readPreferences } from "../profiles/preferences.ts";

/** Providers Relais can push to through a `ChannelPort` (the identity stores the address). */
const CHAT_PROVIDERS = ["slack", "discord", "teams", "widget"] as const satisfies readonly (IdentityProvider & DeliveryChannel)[];
type ChatProvider = (typeof CHAT_PROVIDERS)[number];
const isChatProvider = (provider: string): provider is ChatProvider => (CHAT_PROVIDERS as readonly string[]).includes(provider);

export type RecipientIdentity = { id: string; provider: IdentityProvider; lastSeenAt: Date; reachable: boolean };
export type Recipient = { userId: string; locale: Locale; preferences: PreferencesInput; identities: RecipientIdentity[] };
export type Target = { userId: string; channel: DeliveryChannel; identityId: string | null };

type Db = PrismaClient | Prisma.TransactionClient;

type RecipientRow = {
  userId: string;
  locale: Locale;
  preferences: unknown;
  identityId: string | null;
  provider: IdentityProvider | null;
  lastSeenAt: Date | null;
  reachable: boolean | null;
};

function collect(rows: RecipientRow[]): Recipient[] {
  const byUser = new Map<string, Recipient>();
  for (const row of rows) {
    let recipient = byUser.get(row.userId);
    if (!recipient) {
      recipient = { userId: row.userId, locale: row.locale, preferences: readPreferences(row.preferences), identities: [] };
      byUser.set(row.userId, recipient);
    }
    if (row.identityId && row.provider && row.lastSeenAt)
      recipient.identities.push({
        id: row.identityId,
        provider: row.provider,
        lastSeenAt: row.lastSeenAt,
        reachable: Boolean(row.reachable),
      });
  }
  return [...byUser.values()];
}

const RECIPIENT_COLUMNS = `u."id" AS "userId", u."locale"::text AS "locale", p."preferences", i."id" AS "identityId",
  i."provider"::text AS "provider", i."lastSeenAt", (i."dmChannelId" IS NOT NULL OR i."conversationReference" IS NOT NULL) AS "reachable"`;
const RECIPIENT_JOINS = `LEFT JOIN "Profile" p ON p."userId" = u."id"
  LEFT JOIN "Identity" i ON i."userId" = u."id" AND i."provider" IN ('slack', 'discord', 'teams', 'widget', 'api')`;

/** Active members among `userIds`, with what channel choice needs, in one statement. */
export async function loadRecipients(db: Db, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  const rows = await db.$queryRawUnsafe<RecipientRow[]>(
    `SELECT ${RECIPIENT_COLUMNS} FROM "User" u ${RECIPIENT_JOINS} WHERE u."id" = ANY($1::text[]) AND u."status" = 'active'`,
    userIds,
  );
  return collect(rows);
}

/** The current members of a conversation (any status: the caller filters), with their channels, in one statement. */
export async function loadConversationRecipients(
  db: Db,
  conversationId: string,
): Promise<{ memberIds: string[]; recipients: Recipient[] }> {
  const rows = await db.$queryRawUnsafe<(RecipientRow & { status: string })[]>(
    `SELECT ${RECIPIENT_COLUMNS}, u."status"::text AS "status" FROM "ConversationMember" m JOIN "User" u ON u."id" = m."userId" ${RECIPIENT_JOINS}
     WHERE m."conversationId" = $1 AND m."leftAt" IS NULL`,
    conversationId,
  );
  const memberIds = [...new Set(rows.map((r) => r.userId))];
  return { memberIds, recipients: collect(rows.filter((r) => r.status === "active")) };
}

/** The channels one recipient gets a `kind` delivery on. */
export function chooseTargets(recipient: Recipient, kind: NotificationKind): Target[] {
  const { userId, preferences } = recipient;
  const socket: Target = { userId, channel: "socket", identityId: null };
  // Latest-seen reachable identity per chat provider.
  const best = new Map<ChatProvider, RecipientIdentity>();
  for (const identity of recipient.identities) {
    if (!isChatProvider(identity.provider) || !identity.reachable) continue;
    const current = best.get(identity.provider);
    if (!current || identity.lastSeenAt > current.lastSeenAt) best.set(identity.provider, identity);
  }
  const muted = preferences.mutedNotifications?.includes(kind) ?? false;
  let targets: Target[];
  if (preferences.notificationChannels && preferences.notificationChannels.length > 0) {
    targets = preferences.notificationChannels.flatMap((channel): Target[] => {
      if (channel === "socket") return [socket];
      if (!isChatProvider(channel)) return []; // email notifications are not sent yet
      const identity = best.get(channel);
      return identity ? [{ userId, channel, identityId: identity.id }] : [];
    });
  } else {
    const last = recipient.identities
      .filter((i) => i.provider === "api" || isChatProvider(i.provider))
      .sort((a, b) => +b.lastSeenAt - +a.lastSeenAt)[0];
    const lastChat = last && isChatProvider(last.provider) ? best.get(last.provider) : undefined;
    targets =
      lastChat && last && lastChat.id === last.id ? [{ userId, channel: last.provider as ChatProvider, identityId: last.id }] : [socket];
  }
  if (muted) targets = targets.filter((t) => t.channel === "socket" && kind === "message");
  return targets;
}
