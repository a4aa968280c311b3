/**
 * Folds one member's account into another when two accounts are linked: everything the
 * retired account did or received becomes the kept account's, in the caller's transaction, so
 * a link is all or nothing.
 *
 * Where both accounts hold the same unique thing, the kept account's row wins and the retired
 * one's is dropped: the same match (one participation), the same conversation (one
 * membership), the same mission saved or applied to, the same block, the same review. Rows
 * that would point from the account to itself (a block, a review) are dropped. Profiles: the
 * kept account's profile stays and takes from the retired one only what it lacks (headline,
 * bio, rates, place, links; skills and languages are united); its vector is then marked stale
 * so `relais reindex` (or the next profile save) re-embeds it, no embedder runs in here.
 */
import type { Prisma } from "../db/generated/client.ts";

type Tx = Prisma.TransactionClient;

/**
 * Moves `table.column` from one user to the other where the kept user has no row with the
 * same other key columns (`others`, or a condition on k and t); drops the rest. Table and
 * column names come from this file, never from input.
 */
async function moveUnlessTaken(
  tx: Tx,
  table: string,
  column: string,
  others: string[] | string,
  fromId: string,
  intoId: string,
): Promise<void> {
  const same = typeof others === "string" ? others : others.map((c) => `k."${c}" = t."${c}"`).join(" AND ");
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" AS t SET "${column}" = $2 WHERE t."${column}" = $1
       AND NOT EXISTS (SELECT 1 FROM "${table}" AS k WHERE k."${column}" = $2${same ? ` AND ${same}` : ""})`,
    fromId,
    intoId,
  );
  await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "${column}" = $1`, fromId);
}

async function mergeProfiles(tx: Tx, fromId: string, intoId: string): Promise<void> {
  const [from, into] = await Promise.all([
    tx.profile.findUnique({ where: { userId: fromId } }),
    tx.profile.findUnique({ where: { userId: intoId } }),
  ]);
  if (!from) return;
  if (!into) {
    await tx.profile.update({ where: { userId: fromId }, data: { userId: intoId } });
    return;
  }
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  const skills = union(into.skills, from.skills);
  const filled = {
    headline: into.headline ?? from.headline,
    bio: into.bio ?? from.bio,
    skills,
    languages: union(into.languages, from.languages),
    hourlyRateMinor: into.hourlyRateMinor ?? from.hourlyRateMinor,
    dailyRateMinor: into.dailyRateMinor ?? from.dailyRateMinor,
    rateCurrency: into.rateCurrency ?? from.rateCurrency,
    githubUsername: into.githubUsername ?? from.githubUsername,
    linkedinUrl: into.linkedinUrl ?? from.linkedinUrl,
    ...(into.placeName === null && into.lat === null
      ? { placeName: from.placeName, postcode: from.postcode, countryCode: from.countryCode, lat: from.lat, lng: from.lng }
      : {}),
  };
  const textChanged = filled.headline !== into.headline || filled.bio !== into.bio || skills.length !== into.skills.length;
  await tx.profile.update({ where: { userId: intoId }, data: { ...filled, ...(textChanged ? { embeddingModel: null } : {}) } });
  await tx.profile.delete({ where: { userId: fromId } });
}

/** Direct conversations of the retired account now join the kept one: re-key them (or unkey a duplicate). */
async function rekeyDirectConversations(tx: Tx, conversationIds: string[]): Promise<void> {
  const direct = await tx.conversation.findMany({
    where: { id: { in: conversationIds }, kind: "direct" },
    select: { id: true, members: { select: { userId: true } } },
  });
  for (const conversation of direct) {
    const members = [...new Set(conversation.members.map((m) => m.userId))].sort();
    const key = members.length === 2 ? members.join(":") : null;
    const taken = key
      ? await tx.conversation.findFirst({ where: { directKey: key, id: { not: conversation.id } }, select: { id: true } })
      : null;
    // A second conversation with the same member keeps its messages; the older one stays the one reopened.
    await tx.conversation.update({ where: { id: conversation.id }, data: { directKey: taken ? null : key } });
  }
}

export async function mergeUserInto(tx: Tx, fromId: string, intoId: string): Promise<void> {
  await tx.identity.updateMany({ where: { userId: fromId }, data: { userId: intoId } });
  await tx.listing.updateMany({ where: { ownerId: fromId }, data: { ownerId: intoId } });
  await tx.message.updateMany({ where: { senderId: fromId }, data: { senderId: intoId } });
  await tx.assistantSession.updateMany({ where: { userId: fromId }, data: { userId: intoId } });

  const memberships = await tx.conversationMember.findMany({ where: { userId: fromId }, select: { conversationId: true } });
  await moveUnlessTaken(tx, "ConversationMember", "userId", ["conversationId"], fromId, intoId);
  await rekeyDirectConversations(
    tx,
    memberships.map((m) => m.conversationId),
  );

  await moveUnlessTaken(tx, "MatchParticipant", "userId", ["matchId"], fromId, intoId);
  await tx.matchItem.updateMany({ where: { giverId: fromId }, data: { giverId: intoId } });
  await tx.matchItem.updateMany({ where: { receiverId: fromId }, data: { receiverId: intoId } });

  await moveUnlessTaken(tx, "Review", "authorId", ["matchId", "subjectId"], fromId, intoId);
  await moveUnlessTaken(tx, "Review", "subjectId", ["matchId", "authorId"], fromId, intoId);
  await tx.review.deleteMany({ where: { authorId: intoId, subjectId: intoId } });

  await moveUnlessTaken(tx, "Application", "userId", ["missionId"], fromId, intoId);
  await moveUnlessTaken(tx, "SavedMission", "userId", ["missionId"], fromId, intoId);

  await moveUnlessTaken(tx, "Block", "blockerId", ["blockedId"], fromId, intoId);
  await moveUnlessTaken(tx, "Block", "blockedId", ["blockerId"], fromId, intoId);
  await tx.block.deleteMany({ where: { blockerId: intoId, blockedId: intoId } });

  // Pending and past deliveries follow the identities they were addressed to.
  const sameDelivery = `k."channel" = t."channel" AND ((t."messageId" IS NOT NULL AND k."messageId" = t."messageId")
    OR (t."matchId" IS NOT NULL AND k."matchId" = t."matchId" AND k."kind" = t."kind"))`;
  await moveUnlessTaken(tx, "Delivery", "userId", sameDelivery, fromId, intoId);

  await tx.report.updateMany({ where: { reporterId: fromId }, data: { reporterId: intoId } });
  await tx.report.updateMany({ where: { targetUserId: fromId }, data: { targetUserId: intoId } });

  await mergeProfiles(tx, fromId, intoId);
}
