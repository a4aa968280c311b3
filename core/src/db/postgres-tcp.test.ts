/**
 * The production database path, for real: PGlite served over TCP by pglite-socket, the
 * migrations applied by the real `prisma migrate deploy` through @prisma/adapter-pg, then every
 * model written and read back through @prisma/adapter-pg and the `pg` driver.
 */
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../test/ports.ts";
import { toVectorLiteral } from "../ai/embedder.ts";
import { embedLocally } from "../ai/local-embedder.ts";
import { PrismaClient } from "./generated/client.ts";
import { migrateDeploy } from "./migrate.ts";
import { openPGlite } from "./pglite.ts";

let pglite: PGlite;
let server: PGLiteSocketServer;
let prisma: PrismaClient;
let url: string;

beforeAll(async () => {
  pglite = await openPGlite("memory://");
  const port = await freePort();
  server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port, maxConnections: 8 });
  await server.start();
  url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  const { output } = await migrateDeploy({ driver: "pg", url });
  expect(output).toContain("All migrations have been successfully applied");
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await server?.stop();
  await pglite?.close();
});

async function setEmbedding(table: "Listing" | "Mission" | "Profile", key: "id" | "userId", id: string, text: string) {
  await prisma.$executeRawUnsafe(
    `UPDATE "${table}" SET "embedding" = $1::vector, "embeddingModel" = 'relais-local-v1' WHERE "${key}" = $2`,
    toVectorLiteral(embedLocally(text)),
    id,
  );
}

describe("Postgres over TCP with @prisma/adapter-pg", () => {
  it("applying the migrations again finds nothing to do", async () => {
    const { output } = await migrateDeploy({ driver: "pg", url });
    expect(output).toContain("No pending migrations to apply");
  });

  it("creates the indexes Prisma cannot express", async () => {
    const rows = await prisma.$queryRaw<
      { indexname: string; indexdef: string }[]
    >`select indexname::text, indexdef from pg_indexes where schemaname = 'public'`;
    const byName = new Map(rows.map((row) => [row.indexname, row.indexdef]));
    for (const table of ["Listing", "Profile", "Mission"]) expect(byName.get(`${table}_embedding_hnsw`)).toMatch(/USING hnsw/);
    for (const table of ["Listing", "Mission"]) {
      expect(byName.get(`${table}_searchVector_gin`)).toMatch(/USING gin/);
      expect(byName.get(`${table}_title_trgm`)).toMatch(/gin_trgm_ops/);
    }
    for (const table of ["Listing", "Mission", "Profile"]) expect(byName.get(`${table}_geo`)).toMatch(/USING gist \(ll_to_earth/);
  });

  it("round-trips every model, with full text, radius and nearest-neighbour queries", async () => {
    // accounts
    const alice = await prisma.user.create({ data: { name: "Alice", email: "alice@example.org", locale: "fr" } });
    const bob = await prisma.user.create({ data: { name: "Bob", email: "bob@example.org", locale: "en" } });
    const carol = await prisma.user.create({ data: { name: "Carol", locale: "fr" } });
    const identity = await prisma.identity.create({
      data: { userId: alice.id, provider: "slack", externalId: "T1:U1", displayName: "alice" },
    });
    await expect(prisma.identity.create({ data: { userId: bob.id, provider: "slack", externalId: "T1:U1" } })).rejects.toThrow();
    await prisma.passwordCredential.create({ data: { userId: alice.id, hash: "$argon2id$v=19$m=19456,t=2,p=1$abc$def" } });
    const family = await prisma.refreshTokenFamily.create({
      data: {
        userId: alice.id,
        userAgent: "vitest",
        tokens: { create: { tokenHash: "h1", expiresAt: new Date(Date.now() + 86_400_000) } },
      },
    });
    await prisma.emailToken.create({
      data: { userId: alice.id, purpose: "verify_email", tokenHash: "e1", expiresAt: new Date(Date.now() + 3_600_000) },
    });
    await prisma.linkCode.create({ data: { userId: alice.id, codeHash: "c1", expiresAt: new Date(Date.now() + 600_000) } });
    await prisma.apiToken.create({ data: { userId: alice.id, name: "zapier", tokenHash: "t1", scopes: ["read", "write"] } });
    await prisma.idempotencyKey.create({
      data: {
        userId: alice.id,
        key: "k1",
        method: "POST",
        path: "/api/v1/listings",
        requestHash: "r",
        responseStatus: 201,
        responseBody: { id: "x" },
      },
    });
    await prisma.profile.create({
      data: {
        userId: alice.id,
        headline: "Développeuse React",
        skills: ["react", "typescript"],
        languages: ["fr", "en"],
        dailyRateMinor: 48_000,
        rateCurrency: "EUR",
        lat: 45.764,
        lng: 4.8357,
        placeName: "Lyon",
        preferences: { radiusKm: 20 },
      },
    });
    await setEmbedding("Profile", "userId", alice.id, "Développeuse React TypeScript");

    // marketplace
    const goods = await prisma.category.create({ data: { slug: "goods", kind: "goods", labelFr: "Objets", labelEn: "Goods" } });
    const bikes = await prisma.category.create({
      data: { slug: "bikes", kind: "goods", labelFr: "Vélos", labelEn: "Bikes", parentId: goods.id },
    });
    const music = await prisma.category.create({
      data: { slug: "music", kind: "goods", labelFr: "Musique", labelEn: "Music", parentId: goods.id },
    });
    const bike = await prisma.listing.create({
      data: {
        ownerId: bob.id,
        kind: "offer",
        title: "Vélo de route Triban",
        description: "Cadre aluminium, freins à disque",
        categoryId: bikes.id,
        tags: ["vélo", "route"],
        condition: "good",
        priceMinor: 65_000,
        currency: "EUR",
        lat: 45.7719,
        lng: 4.8902,
        placeName: "Villeurbanne",
        locale: "fr",
      },
    });
    const guitar = await prisma.listing.create({
      data: {
        ownerId: alice.id,
        kind: "offer",
        title: "Acoustic guitar Yamaha",
        description: "Folk guitar with bag",
        categoryId: music.id,
        tags: ["guitar"],
        lat: 48.8566,
        lng: 2.3522,
        placeName: "Paris",
        locale: "en",
      },
    });
    const want = await prisma.listing.create({
      data: {
        ownerId: alice.id,
        kind: "want",
        title: "Looking for a road bike",
        description: "Size M",
        categoryId: bikes.id,
        remote: false,
        wantedOffers: { connect: { id: bike.id } },
      },
    });
    await setEmbedding("Listing", "id", bike.id, "Vélo de route Triban. vélo route. Cadre aluminium");
    await setEmbedding("Listing", "id", guitar.id, "Acoustic guitar Yamaha. guitar. Folk guitar with bag");
    await setEmbedding("Listing", "id", want.id, "Looking for a road bike");
    await prisma.listingImage.create({
      data: {
        listingId: bike.id,
        position: 0,
        displayKey: "l/1.webp",
        thumbKey: "l/1-t.webp",
        mimeType: "image/webp",
        width: 1200,
        height: 800,
        bytes: 12_345,
      },
    });

    // matching
    const match = await prisma.match.create({
      data: {
        kind: "pair",
        score: 0.91,
        signature: [bike.id, guitar.id].sort().join(","),
        explanation: { steps: [{ wanter: alice.id, offer: bike.id }] },
        participants: { create: [{ userId: alice.id, acceptance: "accepted" }, { userId: bob.id }] },
        items: {
          create: [
            { offerListingId: bike.id, wantListingId: want.id, giverId: bob.id, receiverId: alice.id, similarity: 0.9 },
            { offerListingId: guitar.id, giverId: alice.id, receiverId: bob.id, similarity: 0.8 },
          ],
        },
      },
    });

    // messaging
    const conversation = await prisma.conversation.create({
      data: {
        kind: "match",
        listingId: bike.id,
        members: { create: [{ userId: alice.id }, { userId: bob.id }] },
        match: { connect: { id: match.id } },
      },
    });
    const first = await prisma.message.create({
      data: { conversationId: conversation.id, senderId: alice.id, clientMessageId: "m-1", body: "Bonjour !" },
    });
    const second = await prisma.message.create({
      data: { conversationId: conversation.id, senderId: bob.id, clientMessageId: "m-1", body: "Hi!" },
    });
    expect(second.seq).toBeGreaterThan(first.seq);
    await expect(
      prisma.message.create({ data: { conversationId: conversation.id, senderId: alice.id, clientMessageId: "m-1", body: "dup" } }),
    ).rejects.toThrow();
    await prisma.delivery.create({
      data: { messageId: first.id, userId: bob.id, channel: "slack", identityId: identity.id, status: "sent" },
    });
    await prisma.conversationMember.update({
      where: { conversationId_userId: { conversationId: conversation.id, userId: bob.id } },
      data: { lastReadSeq: first.seq, lastReadAt: new Date() },
    });

    // trust and safety
    await prisma.review.create({ data: { matchId: match.id, authorId: alice.id, subjectId: bob.id, rating: 5, comment: "Parfait" } });
    await prisma.report.create({ data: { reporterId: alice.id, targetUserId: carol.id, reason: "spam", details: "links" } });
    await prisma.block.create({ data: { blockerId: alice.id, blockedId: carol.id } });

    // missions
    const mission = await prisma.mission.create({
      data: {
        source: "demo",
        externalId: "m1",
        url: "https://example.org/m1",
        title: "Développeur React freelance",
        company: "Acme",
        description: "Mission de 3 mois",
        skills: ["react"],
        remote: true,
        rateMinMinor: 45_000,
        rateMaxMinor: 55_000,
        currency: "EUR",
        ratePeriod: "day",
        contentHash: "abc",
      },
    });
    await setEmbedding("Mission", "id", mission.id, "Développeur React freelance");
    await expect(
      prisma.mission.create({ data: { source: "demo", externalId: "m1", url: "u", title: "t", description: "d", contentHash: "x" } }),
    ).rejects.toThrow();
    await prisma.savedMission.create({ data: { userId: alice.id, missionId: mission.id } });
    await prisma.application.create({ data: { userId: alice.id, missionId: mission.id, history: { create: { toStatus: "applied" } } } });
    await prisma.sourceRun.create({ data: { source: "demo", status: "succeeded", fetched: 1, created: 1, finishedAt: new Date() } });

    // assistant and email
    await prisma.assistantSession.create({
      data: { identityId: identity.id, userId: alice.id, locale: "fr", state: { intent: "create_listing", slots: { kind: "offer" } } },
    });
    await prisma.emailOutbox.create({
      data: {
        userId: alice.id,
        to: "alice@example.org",
        subject: "Bienvenue",
        text: "…",
        template: "verify_email",
        locale: "fr",
        status: "stored",
      },
    });

    // read everything back through relations
    const readBack = await prisma.user.findUniqueOrThrow({
      where: { id: alice.id },
      include: {
        identities: true,
        password: true,
        refreshFamilies: { include: { tokens: true } },
        emailTokens: true,
        linkCodes: true,
        apiTokens: true,
        idempotencyKeys: true,
        profile: true,
        listings: { include: { wantedOffers: true } },
        matchParticipations: { include: { match: { include: { items: true, conversation: true } } } },
        conversationMembers: { include: { conversation: { include: { messages: { orderBy: { seq: "asc" } } } } } },
        reviewsWritten: true,
        reportsFiled: true,
        blocksMade: true,
        savedMissions: true,
        applications: { include: { history: true } },
        assistantSessions: true,
        outboxEmails: true,
      },
    });
    expect(readBack.identities[0]?.externalId).toBe("T1:U1");
    expect(readBack.refreshFamilies[0]?.id).toBe(family.id);
    expect(readBack.refreshFamilies[0]?.tokens).toHaveLength(1);
    expect(readBack.apiTokens[0]?.scopes).toEqual(["read", "write"]);
    expect(readBack.idempotencyKeys[0]?.responseBody).toEqual({ id: "x" });
    expect(readBack.profile?.skills).toEqual(["react", "typescript"]);
    expect(readBack.profile?.preferences).toEqual({ radiusKm: 20 });
    expect(readBack.listings.find((l) => l.id === want.id)?.wantedOffers.map((l) => l.id)).toEqual([bike.id]);
    expect(readBack.matchParticipations[0]?.match.items).toHaveLength(2);
    expect(readBack.matchParticipations[0]?.match.conversation?.id).toBe(conversation.id);
    expect(readBack.conversationMembers[0]?.conversation.messages.map((m) => m.body)).toEqual(["Bonjour !", "Hi!"]);
    expect(readBack.reviewsWritten[0]?.rating).toBe(5);
    expect(readBack.reportsFiled[0]?.reason).toBe("spam");
    expect(readBack.blocksMade[0]?.blockedId).toBe(carol.id);
    expect(readBack.savedMissions[0]?.missionId).toBe(mission.id);
    expect(readBack.applications[0]?.history[0]?.toStatus).toBe("applied");
    expect(readBack.assistantSessions[0]?.state).toEqual({ intent: "create_listing", slots: { kind: "offer" } });
    expect(readBack.outboxEmails[0]?.status).toBe("stored");
    expect(await prisma.listingImage.count({ where: { listingId: bike.id } })).toBe(1);
    expect(await prisma.delivery.count({ where: { messageId: first.id } })).toBe(1);
    expect(await prisma.sourceRun.count()).toBe(1);
    expect((await prisma.category.findUniqueOrThrow({ where: { slug: "goods" }, include: { children: true } })).children).toHaveLength(2);

    // the generated full-text column: accents optional, French stemming
    const text = await prisma.$queryRaw<{ id: string }[]>`
      select id from "Listing" where "searchVector" @@ (plainto_tsquery('relais_fr', 'velos') || plainto_tsquery('relais_en', 'velos'))`;
    expect(text.map((r) => r.id)).toEqual([bike.id]);
    // typo tolerance on titles
    const typo = await prisma.$queryRaw<{ id: string }[]>`
      select id from "Listing" where relais_unaccent(title) % relais_unaccent('guitarre acoustique') order by similarity(relais_unaccent(title), relais_unaccent('guitarre acoustique')) desc`;
    expect(typo[0]?.id).toBe(guitar.id);
    // radius: 10 km around Lyon finds Villeurbanne, not Paris
    const near = await prisma.$queryRaw<{ id: string }[]>`
      select id from "Listing" where lat is not null
        and earth_box(ll_to_earth(45.764, 4.8357), 10000) @> ll_to_earth(lat, lng)
        and earth_distance(ll_to_earth(45.764, 4.8357), ll_to_earth(lat, lng)) <= 10000`;
    expect(near.map((r) => r.id)).toEqual([bike.id]);
    // pgvector nearest neighbour over TCP: the offer closest to "a bicycle for the road" is the bike
    const query = toVectorLiteral(embedLocally("I want a bike for road cycling"));
    const nearest = await prisma.$queryRaw<{ id: string; distance: number }[]>`
      select id, embedding <=> ${query}::vector as distance from "Listing" where kind = 'offer' order by embedding <=> ${query}::vector limit 2`;
    expect(nearest[0]?.id).toBe(bike.id);
    expect(nearest[0]!.distance).toBeLessThan(nearest[1]!.distance);

    // deleting a user cascades to what only they own, and keeps the others' data
    await prisma.user.delete({ where: { id: carol.id } });
    expect(await prisma.block.count()).toBe(0);
    expect(await prisma.user.count()).toBe(2);
  });
});
