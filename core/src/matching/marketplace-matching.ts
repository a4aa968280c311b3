/**
 * Matching for the marketplace: swaps A↔B and three-way cycles A→B→C→A between members.
 *
 * Edge "A wants what B offers": one of A's active wants is close to one of B's active offers
 * (cosine similarity of same-model embeddings ≥ MIN_SIMILARITY), their categories are
 * compatible (one contains the other), and for physical goods both are within MAX_KM unless
 * either side is remote or ships; a want naming an offer explicitly always matches it.
 * A node is (an offer A gives, a want of A it satisfies); cycles of ≤ 3 nodes become
 * proposals, chosen disjoint (no offer or want in two proposals) to trade the most items,
 * then the best similarity (see cycle-packing.ts). Offers and wants already in an open
 * proposal are left out; a set once declined or expired is never proposed again.
 */
import type { Prisma } from "../db/generated/client.ts";
import { enqueueNotifications } from "../delivery/enqueue.ts";
import { loadCategoryTree } from "../listings/category-tree.ts";
import type { MarketContext } from "../listings/context.ts";
import { haversineKm } from "../search/search-listings.ts";
import { packCycles } from "./cycle-packing.ts";

export const MIN_SIMILARITY = 0.45;
/**
 * Floor when either side sits in a root category (the poster named no kind of item): calibrated
 * on the local embedder, where one item written two ways ("Skateboard", "Skateboard complet")
 * scores ≥ 0.7 and different goods stay below 0.2.
 */
export const BROAD_MIN_SIMILARITY = 0.65;
export const MAX_KM = 50;
export const MATCH_TTL_DAYS = 7;

type Listing = {
  id: string;
  ownerId: string;
  ownerName: string;
  kind: "offer" | "want";
  title: string;
  categoryId: string;
  lat: number | null;
  lng: number | null;
  remote: boolean;
  shipping: boolean;
  wanted: Set<string>;
};

export type ExplanationStep = {
  receiverId: string;
  receiverName: string;
  wantId: string;
  wantTitle: string;
  giverId: string;
  giverName: string;
  offerId: string;
  offerTitle: string;
  similarity: number;
};

async function loadListings(ctx: MarketContext, reserved: Set<string>): Promise<Listing[]> {
  const rows = await ctx.prisma.listing.findMany({
    where: { status: "active", owner: { status: "active" }, embeddingModel: ctx.embedder.model },
    select: {
      id: true,
      ownerId: true,
      kind: true,
      title: true,
      categoryId: true,
      lat: true,
      lng: true,
      remote: true,
      shipping: true,
      owner: { select: { name: true } },
      wantedOffers: { select: { id: true } },
    },
  });
  return rows
    .filter((row) => !reserved.has(row.id))
    .map((row) => ({ ...row, ownerName: row.owner.name, wanted: new Set(row.wantedOffers.map((o) => o.id)) }));
}

/** want id → offers it matches with their similarity (pgvector does the nearest-neighbour work). */
async function wantEdges(ctx: MarketContext, wants: Listing[], offers: Map<string, Listing>): Promise<Map<string, Map<string, number>>> {
  const tree = await loadCategoryTree(ctx.prisma);
  const ancestors = (id: string) => {
    const out = new Set<string>();
    for (let node = tree.byId.get(id); node; node = node.parentId ? tree.byId.get(node.parentId) : undefined) out.add(node.id);
    return out;
  };
  // A root category ("Goods") says nothing about what the item is: it never makes two listings
  // compatible on its own; only a close similarity within the same root does.
  const isRoot = (id: string) => !tree.byId.get(id)?.parentId;
  const rootOf = (id: string) => [...ancestors(id)].find(isRoot);
  const compatible = (a: string, b: string, similarity: number) => {
    if (a === b && !isRoot(a)) return true;
    if (isRoot(a) || isRoot(b)) return rootOf(a) === rootOf(b) && similarity >= BROAD_MIN_SIMILARITY;
    return ancestors(a).has(b) || ancestors(b).has(a);
  };
  const edges = new Map<string, Map<string, number>>();
  for (const want of wants) {
    const rows = await ctx.prisma.$queryRaw<{ id: string; similarity: number }[]>`
      SELECT o."id", 1 - (o."embedding" <=> w."embedding") AS similarity
        FROM "Listing" w JOIN "Listing" o ON o."kind" = 'offer' AND o."status" = 'active' AND o."ownerId" <> w."ownerId" AND o."embeddingModel" = w."embeddingModel"
       WHERE w."id" = ${want.id}
       ORDER BY o."embedding" <=> w."embedding" LIMIT 30`;
    const matches = new Map<string, number>();
    for (const row of rows) {
      const offer = offers.get(row.id);
      if (!offer) continue;
      const explicit = want.wanted.has(offer.id);
      if (!explicit && (row.similarity < MIN_SIMILARITY || !compatible(want.categoryId, offer.categoryId, row.similarity))) continue;
      const physical = !(want.remote || offer.remote || offer.shipping);
      if (!explicit && physical && want.lat !== null && want.lng !== null && offer.lat !== null && offer.lng !== null) {
        if (haversineKm({ lat: want.lat, lng: want.lng }, { lat: offer.lat, lng: offer.lng }) > MAX_KM) continue;
      }
      matches.set(offer.id, explicit ? 1 : row.similarity);
    }
    for (const offerId of want.wanted) if (offers.has(offerId)) matches.set(offerId, 1);
    if (matches.size > 0) edges.set(want.id, matches);
  }
  return edges;
}

export type RoundReport = { proposed: number; candidates: number };

/** One matching round over the whole community; new proposals are persisted and announced. */
export async function runMatchingRound(ctx: MarketContext, now = new Date()): Promise<RoundReport> {
  await ctx.prisma.match.updateMany({ where: { status: "proposed", expiresAt: { lt: now } }, data: { status: "expired" } });
  const open = await ctx.prisma.matchItem.findMany({
    where: { match: { status: { in: ["proposed", "accepted"] } } },
    select: { offerListingId: true, wantListingId: true },
  });
  const reserved = new Set(open.flatMap((item) => [item.offerListingId, item.wantListingId ?? ""]));
  const refused = new Set(
    (await ctx.prisma.match.findMany({ where: { status: { in: ["declined", "expired"] } }, select: { signature: true } })).map(
      (m) => m.signature,
    ),
  );
  const listings = await loadListings(ctx, reserved);
  const offers = new Map(listings.filter((l) => l.kind === "offer").map((l) => [l.id, l]));
  const wants = listings.filter((l) => l.kind === "want");
  const edges = await wantEdges(ctx, wants, offers);

  // Nodes: (offer given, want of the same member it pays for).
  const wantsByOwner = new Map<string, Listing[]>();
  for (const want of wants) if (edges.has(want.id)) wantsByOwner.set(want.ownerId, [...(wantsByOwner.get(want.ownerId) ?? []), want]);
  const nodes: { offer: Listing; want: Listing }[] = [];
  for (const offer of offers.values()) for (const want of wantsByOwner.get(offer.ownerId) ?? []) nodes.push({ offer, want });
  // Arc n → m: n's member receives m's offer through n's want.
  const arcs = nodes.map((n) =>
    nodes.flatMap((m, j) => (m.offer.ownerId !== n.offer.ownerId && edges.get(n.want.id)?.has(m.offer.id) ? [j] : [])),
  );
  const similarity = (from: number, to: number) => edges.get(nodes[from]?.want.id ?? "")?.get(nodes[to]?.offer.id ?? "") ?? 0;
  const signatureOf = (cycle: number[]) =>
    cycle
      .flatMap((i) => [nodes[i]?.offer.id ?? "", nodes[i]?.want.id ?? ""])
      .sort()
      .join(",");
  const packing = packCycles({ size: nodes.length, arcs, score: similarity }, 3, (cycle) => {
    // The same member twice in one cycle, or a refused set: not a proposal.
    const members = new Set(cycle.nodes.map((i) => nodes[i]?.offer.ownerId));
    if (members.size !== cycle.nodes.length || refused.has(signatureOf(cycle.nodes))) return undefined;
    return cycle.nodes.flatMap((i) => [`o:${nodes[i]?.offer.id}`, `w:${nodes[i]?.want.id}`]);
  });

  let proposed = 0;
  let enqueued = 0;
  for (const cycle of packing.cycles) {
    const steps: ExplanationStep[] = cycle.nodes.map((i, k) => {
      const receiver = nodes[i]!;
      const giver = nodes[cycle.nodes[(k + 1) % cycle.nodes.length] ?? 0]!;
      return {
        receiverId: receiver.want.ownerId,
        receiverName: receiver.want.ownerName,
        wantId: receiver.want.id,
        wantTitle: receiver.want.title,
        giverId: giver.offer.ownerId,
        giverName: giver.offer.ownerName,
        offerId: giver.offer.id,
        offerTitle: giver.offer.title,
        similarity: Math.round(similarity(i, cycle.nodes[(k + 1) % cycle.nodes.length] ?? 0) * 1000) / 1000,
      };
    });
    const userIds = steps.map((s) => s.receiverId);
    // The proposal and its notifications commit together (the outbox).
    const match = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.match.create({
        data: {
          kind: cycle.nodes.length === 2 ? "pair" : "cycle",
          score: Math.round((cycle.score / cycle.nodes.length) * 1000) / 1000,
          explanation: { steps } as unknown as Prisma.InputJsonValue,
          signature: signatureOf(cycle.nodes),
          expiresAt: new Date(now.getTime() + MATCH_TTL_DAYS * 86_400_000),
          participants: { create: userIds.map((userId) => ({ userId })) },
          items: {
            create: steps.map((s) => ({
              offerListingId: s.offerId,
              wantListingId: s.wantId,
              giverId: s.giverId,
              receiverId: s.receiverId,
              similarity: s.similarity,
            })),
          },
        },
      });
      enqueued += await enqueueNotifications(tx, { kind: "match_proposed", matchId: created.id, userIds, now });
      return created;
    });
    ctx.events.publish("match.proposed", { matchId: match.id, userIds });
    proposed++;
  }
  if (enqueued > 0) ctx.events.publish("delivery.enqueued", { count: enqueued });
  return { proposed, candidates: packing.cycles.length };
}

/**
 * Keeps proposals fresh: a change to a listing (which withdrew the open proposals that used it,
 * in its own transaction: not a refusal, so they may come back) triggers a new round shortly
 * after (changes arriving together are handled by one round).
 */
export function startMatchingScheduler(ctx: MarketContext, options: { debounceMs?: number; onError?: (error: unknown) => void } = {}) {
  let timer: NodeJS.Timeout | undefined;
  let settled: Promise<void> = Promise.resolve();
  let release: (() => void) | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const schedule = () => {
    if (timer) clearTimeout(timer);
    if (!release) settled = new Promise<void>((resolve) => (release = resolve));
    timer = setTimeout(() => {
      timer = undefined;
      const done = release;
      release = undefined;
      chain = chain
        .then(() => runMatchingRound(ctx))
        .catch((error) => options.onError?.(error))
        .finally(() => done?.());
    }, options.debounceMs ?? 300);
  };
  const unsubscribe = ctx.events.subscribe("listing.changed", () => schedule());
  schedule();
  return {
    /** Resolves once the scheduled round, if any, has run. */
    idle: () => settled,
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      release?.();
    },
  };
}
