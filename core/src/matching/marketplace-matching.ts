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

const LISTING_SELECT = {
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
} satisfies Prisma.ListingSelect;

/** Active listings of active members with a vector of the embedder in use, outside open proposals. */
async function loadListings(ctx: MarketContext, reserved: Set<string>, where: Prisma.ListingWhereInput): Promise<Listing[]> {
  const rows = await ctx.prisma.listing.findMany({
    where: { ...where, status: "active", owner: { status: "active" }, embeddingModel: ctx.embedder.model },
    select: LISTING_SELECT,
  });
  return rows
    .filter((row) => !reserved.has(row.id))
    .map((row) => ({ ...row, ownerName: row.owner.name, wanted: new Set(row.wantedOffers.map((o) => o.id)) }));
}

/** Nearest offers of other members for each want: one KNN query per want (pgvector's HNSW index). */
const NEAREST = 30;

type Work = { knnQueries: number; listingsLoaded: number };

/** The edge predicate: "this want is satisfied by this offer", from what the items are and where they are. */
async function edgeRule(ctx: MarketContext) {
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
  /** The edge's weight (1 for an offer the want names), or undefined when there is no edge. */
  return (want: Listing, offer: Listing, similarity: number): number | undefined => {
    if (offer.ownerId === want.ownerId) return undefined;
    if (want.wanted.has(offer.id)) return 1;
    if (similarity < MIN_SIMILARITY || !compatible(want.categoryId, offer.categoryId, similarity)) return undefined;
    const physical = !(want.remote || offer.remote || offer.shipping);
    if (physical && want.lat !== null && want.lng !== null && offer.lat !== null && offer.lng !== null) {
      if (haversineKm({ lat: want.lat, lng: want.lng }, { lat: offer.lat, lng: offer.lng }) > MAX_KM) return undefined;
    }
    return similarity;
  };
}

/** want id → offers it matches with their weight; offers found outside `offers` are loaded into it. */
async function wantEdges(
  ctx: MarketContext,
  wants: Listing[],
  offers: Map<string, Listing>,
  reserved: Set<string>,
  work: Work,
): Promise<Map<string, Map<string, number>>> {
  const edgeWeight = await edgeRule(ctx);
  const nearest = new Map<string, { id: string; similarity: number }[]>();
  for (const want of wants) {
    work.knnQueries++;
    nearest.set(
      want.id,
      await ctx.prisma.$queryRaw<{ id: string; similarity: number }[]>`
        SELECT o."id", 1 - (o."embedding" <=> w."embedding") AS similarity
          FROM "Listing" w JOIN "Listing" o ON o."kind" = 'offer' AND o."status" = 'active' AND o."ownerId" <> w."ownerId" AND o."embeddingModel" = w."embeddingModel"
         WHERE w."id" = ${want.id}
         ORDER BY o."embedding" <=> w."embedding" LIMIT ${NEAREST}`,
    );
  }
  // Offers close enough to make an edge, not yet loaded (a scoped round loads only those).
  const missing = new Set(
    [...nearest.values(), ...wants.map((want) => [...want.wanted].map((id) => ({ id, similarity: 1 })))]
      .flat()
      .filter((row) => row.similarity >= MIN_SIMILARITY && !offers.has(row.id) && !reserved.has(row.id))
      .map((row) => row.id),
  );
  if (missing.size > 0) {
    const loaded = await loadListings(ctx, reserved, { id: { in: [...missing] }, kind: "offer" });
    work.listingsLoaded += loaded.length;
    for (const offer of loaded) offers.set(offer.id, offer);
  }
  const edges = new Map<string, Map<string, number>>();
  for (const want of wants) {
    const matches = new Map<string, number>();
    for (const row of nearest.get(want.id) ?? []) {
      const offer = offers.get(row.id);
      const weight = offer && edgeWeight(want, offer, row.similarity);
      if (weight !== undefined) matches.set(row.id, weight);
    }
    for (const offerId of want.wanted) if (offers.has(offerId)) matches.set(offerId, 1);
    if (matches.size > 0) edges.set(want.id, matches);
  }
  return edges;
}

/**
 * Members with a want these offers satisfy: among the wants nearest to each offer (one KNN query
 * per offer), those the edge rule accepts, and the wants naming one of them. Their own edges are
 * then computed like everyone's (want → nearest offers), as in a full round.
 */
async function membersWanting(ctx: MarketContext, offers: Listing[], reserved: Set<string>, work: Work): Promise<Set<string>> {
  const edgeWeight = await edgeRule(ctx);
  const nearest: { offer: Listing; wantId: string; similarity: number }[] = [];
  for (const offer of offers) {
    work.knnQueries++;
    const rows = await ctx.prisma.$queryRaw<{ id: string; similarity: number }[]>`
      SELECT w."id", 1 - (w."embedding" <=> o."embedding") AS similarity
        FROM "Listing" o JOIN "Listing" w ON w."kind" = 'want' AND w."status" = 'active' AND w."ownerId" <> o."ownerId" AND w."embeddingModel" = o."embeddingModel"
       WHERE o."id" = ${offer.id}
       ORDER BY w."embedding" <=> o."embedding" LIMIT ${NEAREST}`;
    for (const row of rows) if (row.similarity >= MIN_SIMILARITY) nearest.push({ offer, wantId: row.id, similarity: row.similarity });
  }
  const naming =
    offers.length > 0
      ? await ctx.prisma.listing.findMany({
          where: { kind: "want", wantedOffers: { some: { id: { in: offers.map((o) => o.id) } } } },
          select: { id: true },
        })
      : [];
  const ids = [...new Set([...nearest.map((n) => n.wantId), ...naming.map((n) => n.id)])];
  const wants = new Map((await loadListings(ctx, reserved, { id: { in: ids }, kind: "want" })).map((w) => [w.id, w]));
  work.listingsLoaded += wants.size;
  const owners = new Set<string>();
  for (const { offer, wantId, similarity } of nearest) {
    const want = wants.get(wantId);
    if (want && edgeWeight(want, offer, similarity) !== undefined) owners.add(want.ownerId);
  }
  for (const want of wants.values()) if (offers.some((offer) => want.wanted.has(offer.id))) owners.add(want.ownerId);
  return owners;
}

/** What a round looked at: the proposals it made, and its work (KNN queries, listings loaded). */
export type RoundReport = { proposed: number; candidates: number; members: number; knnQueries: number; listingsLoaded: number };

/** Proposals expired per read (a backlog is read in batches). */
const EXPIRE_BATCH = 500;

/**
 * Marks the open proposals past their date expired, one conditional UPDATE each (a run repeated
 * after a crash does nothing twice), and tells their members (`match.updated`). Both the hourly
 * expiries and every matching round call it, so an expiry is announced whichever comes first.
 * Resolves to how many it expired and the members whose listings it freed.
 */
export async function expireProposals(ctx: MarketContext, now: Date): Promise<{ expired: number; freed: string[] }> {
  const freed = new Set<string>();
  let expired = 0;
  for (;;) {
    const due = await ctx.prisma.match.findMany({
      where: { status: "proposed", expiresAt: { lt: now } },
      select: { id: true, participants: { select: { userId: true } } },
      take: EXPIRE_BATCH,
    });
    for (const match of due) {
      const changed = await ctx.prisma.match.updateMany({ where: { id: match.id, status: "proposed" }, data: { status: "expired" } });
      if (changed.count === 0) continue;
      expired++;
      const userIds = match.participants.map((p) => p.userId);
      for (const id of userIds) freed.add(id);
      ctx.events.publish("match.updated", { matchId: match.id, userIds, status: "expired" });
    }
    if (due.length < EXPIRE_BATCH) return { expired, freed: [...freed] };
  }
}
/**
 * One matching round. Without `around`: the whole community (at start). With `around` (member
 * ids whose listings or proposals changed): only their neighbourhood — the members whose offers
 * their wants reach and the members whose wants reach their offers — which holds every swap and
 * three-way cycle through them; the work grows with that neighbourhood, not with the community.
 */
export async function runMatchingRound(
  ctx: MarketContext,
  now = new Date(),
  options: { around?: Iterable<string> } = {},
): Promise<RoundReport> {
  // Proposals past their date free their listings for this round; their members are matched around too.
  const { freed } = await expireProposals(ctx, now);
  if (options.around !== undefined && freed.length > 0) options = { around: [...options.around, ...freed] };
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
  const work: Work = { knnQueries: 0, listingsLoaded: 0 };
  let listings: Listing[];
  const offersById = new Map<string, Listing>();
  let edges: Map<string, Map<string, number>>;
  if (options.around === undefined) {
    listings = await loadListings(ctx, reserved, {});
    work.listingsLoaded += listings.length;
    for (const l of listings) if (l.kind === "offer") offersById.set(l.id, l);
    edges = await wantEdges(
      ctx,
      listings.filter((l) => l.kind === "want"),
      offersById,
      reserved,
      work,
    );
  } else {
    const seeds = new Set(options.around);
    const own = await loadListings(ctx, reserved, { ownerId: { in: [...seeds] } });
    work.listingsLoaded += own.length;
    for (const l of own) if (l.kind === "offer") offersById.set(l.id, l);
    const ownEdges = await wantEdges(
      ctx,
      own.filter((l) => l.kind === "want"),
      offersById,
      reserved,
      work,
    );
    const neighbours = new Set<string>();
    for (const matches of ownEdges.values()) for (const offerId of matches.keys()) neighbours.add(offersById.get(offerId)?.ownerId ?? "");
    for (const owner of await membersWanting(
      ctx,
      own.filter((l) => l.kind === "offer"),
      reserved,
      work,
    ))
      neighbours.add(owner);
    for (const seed of seeds) neighbours.delete(seed);
    neighbours.delete("");
    const around = await loadListings(ctx, reserved, { ownerId: { in: [...neighbours] } });
    work.listingsLoaded += around.length;
    for (const l of around) if (l.kind === "offer") offersById.set(l.id, l);
    const aroundEdges = await wantEdges(
      ctx,
      around.filter((l) => l.kind === "want"),
      offersById,
      reserved,
      work,
    );
    listings = [...own, ...around];
    edges = new Map([...ownEdges, ...aroundEdges]);
  }
  const members = new Set(listings.map((l) => l.ownerId));
  const offers = new Map(listings.filter((l) => l.kind === "offer").map((l) => [l.id, l]));
  const wants = listings.filter((l) => l.kind === "want");

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
  return { proposed, candidates: packing.cycles.length, members: members.size, ...work };
}
