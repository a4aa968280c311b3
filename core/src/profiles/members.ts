/** Finding members by the name someone typed ("écris à Marie"), closest relations first. */
import type { MarketContext } from "../listings/context.ts";
import { foldText } from "../text/normalize.ts";

export type MemberRef = { id: string; name: string /** Shares a conversation with the viewer. */; contact: boolean };

/**
 * Active members whose name is, or starts with, `name` (case and accents ignored). People
 * the viewer already talks with come first; the viewer is never returned.
 */
export async function findMembersByName(ctx: MarketContext, viewerId: string, said: string, limit = 5): Promise<MemberRef[]> {
  // ("écris à Mme Martin", "tell Mr O'Brien": the honorific is how one addresses Claire Martin, not her name —
  // unless a member is registered under it)
  const bare = said.replace(HONORIFIC, "").trim();
  if (bare && bare !== said.trim()) {
    const addressed = await findMembersByName(ctx, viewerId, bare, limit);
    const registered = await findMembersNamed(ctx, viewerId, said, limit);
    return registered.length > 0 ? registered : addressed;
  }
  return findMembersNamed(ctx, viewerId, said, limit);
}

/** "Mme", "Mr.", "Dr", "Madame", "Monsieur" before a name. */
const HONORIFIC = /^(?:m\.|mme|mlle|mr\.?|mrs\.?|ms\.?|dr\.?|madame|monsieur|mademoiselle)\s+(?=\S)/i;

async function findMembersNamed(ctx: MarketContext, viewerId: string, name: string, limit: number): Promise<MemberRef[]> {
  // (a handle as typed in a mention, "@kevin.b", "marie_l", names "Kevin B." and "Marie L": its dots, dashes and
  // underscores read as spaces)
  const loose = (said: string) =>
    foldText(said)
      .replace(/[._@-]+/g, " ")
      .trim()
      .replace(/\s+/g, " ");
  const wanted = loose(name);
  if (wanted.length < 2) return [];
  const candidates = await ctx.prisma.user.findMany({
    where: { status: "active", id: { not: viewerId }, name: { contains: name.trim().split(/[\s._@-]+/)[0] ?? name, mode: "insensitive" } },
    select: { id: true, name: true },
    take: 200,
  });
  // Accents: "Lea" must find "Léa", which `contains` may miss; widen with a folded scan if needed.
  const pool =
    candidates.length > 0
      ? candidates
      : await ctx.prisma.user.findMany({
          where: { status: "active", id: { not: viewerId } },
          select: { id: true, name: true },
          take: 5000,
        });
  const matching = pool.filter((user) => {
    const folded = loose(user.name);
    return folded === wanted || folded.startsWith(`${wanted} `) || folded.split(" ").includes(wanted);
  });
  if (matching.length <= 1) return matching.map((m) => ({ ...m, contact: false }));
  const contacts = await ctx.prisma.conversationMember.findMany({
    where: { userId: { in: matching.map((m) => m.id) }, conversation: { members: { some: { userId: viewerId } } } },
    select: { userId: true },
  });
  const known = new Set(contacts.map((c) => c.userId));
  return matching
    .map((m) => ({ ...m, contact: known.has(m.id) }))
    .sort((a, b) => Number(b.contact) - Number(a.contact))
    .slice(0, limit);
}
