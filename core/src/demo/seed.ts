/**
 * Loads the demo community (members, profiles, categories, listings, missions, with their
 * embeddings) in one transaction: a start interrupted mid-seed leaves an empty database that
 * is seeded again, never half a community. The vectors are computed before the transaction
 * opens, so a remote embedder never holds it.
 */
import type { Embedder } from "../ai/embedder.ts";
import { embedTexts, missionEmbeddingText, profileEmbeddingText, writeVectors } from "../ai/reindex.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { upsertCategoryTree } from "../listings/categories.ts";
import { listingEmbeddingText } from "../listings/listing-view.ts";
import { buildDemoListings } from "./community.ts";
import { DEMO_MEMBERS } from "./members.ts";
import { DEMO_MISSIONS } from "./missions.ts";
import { DEMO_PLACES } from "./places.ts";

export type SeedReport = { seeded: boolean; members: number; listings: number; missions: number; categories: number };

const DAY_MS = 86_400_000;

function emailOf(name: string): string {
  const local = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
  return `${local}@demo.relais.example`;
}

/** Seeds only an empty database (no member yet); returns what it did. */
export async function seedDemoCommunity(prisma: PrismaClient, embedder: Embedder, now = new Date()): Promise<SeedReport> {
  if ((await prisma.user.count()) > 0) return { seeded: false, members: 0, listings: 0, missions: 0, categories: 0 };
  const profileText = (member: (typeof DEMO_MEMBERS)[number]) =>
    profileEmbeddingText({ headline: member.headline, skills: member.skills, bio: null });
  const demoListings = buildDemoListings();
  const vectorOf = await embedTexts(embedder, [
    ...DEMO_MEMBERS.map(profileText),
    ...demoListings.map(listingEmbeddingText),
    ...DEMO_MISSIONS.map(missionEmbeddingText),
  ]);
  const vector = (text: string) => vectorOf.get(text) ?? [];
  return prisma.$transaction(
    async (tx) => {
      const categories = await upsertCategoryTree(tx as unknown as PrismaClient);
      const users = await tx.user.createManyAndReturn({
        data: DEMO_MEMBERS.map((member) => ({
          name: member.name,
          email: emailOf(member.name),
          emailVerifiedAt: now,
          locale: member.locale,
        })),
        select: { id: true, name: true },
      });
      const userIdByKey = new Map(DEMO_MEMBERS.map((member, index) => [member.key, users[index]?.id ?? ""]));
      await tx.profile.createMany({
        data: DEMO_MEMBERS.map((member) => {
          const place = DEMO_PLACES[member.place];
          return {
            userId: userIdByKey.get(member.key) ?? "",
            headline: member.headline,
            skills: member.skills,
            languages: member.languages,
            dailyRateMinor: member.dailyRateEur ? member.dailyRateEur * 100 : null,
            rateCurrency: member.dailyRateEur ? "EUR" : null,
            placeName: place.name,
            postcode: "postcode" in place ? place.postcode : null,
            countryCode: place.countryCode,
            lat: place.lat,
            lng: place.lng,
            remote: member.remote === true,
          };
        }),
      });
      await writeVectors(
        tx,
        "Profile",
        DEMO_MEMBERS.map((member) => ({ id: userIdByKey.get(member.key) ?? "", vector: vector(profileText(member)) })),
        embedder.model,
      );

      const listings = await tx.listing.createManyAndReturn({
        data: demoListings.map((listing) => {
          const createdAt = new Date(now.getTime() - listing.daysAgo * DAY_MS);
          return {
            ownerId: userIdByKey.get(listing.member) ?? "",
            kind: listing.kind,
            title: listing.title,
            description: listing.description,
            categoryId: categories.get(listing.category) ?? "",
            tags: listing.tags,
            condition: listing.condition,
            priceMinor: listing.priceMinor,
            currency: listing.priceMinor === null ? null : "EUR",
            placeName: listing.placeName,
            postcode: listing.postcode,
            countryCode: listing.countryCode,
            lat: listing.lat,
            lng: listing.lng,
            remote: listing.remote,
            shipping: listing.shipping,
            locale: listing.locale,
            createdAt,
            updatedAt: createdAt,
          };
        }),
        select: { id: true, title: true, description: true, tags: true },
      });
      await writeVectors(
        tx,
        "Listing",
        listings.map((listing) => ({ id: listing.id, vector: vector(listingEmbeddingText(listing)) })),
        embedder.model,
      );

      const missions = await tx.mission.createManyAndReturn({
        data: DEMO_MISSIONS.map((mission) => {
          const place = mission.place ? DEMO_PLACES[mission.place] : null;
          return {
            source: "demo",
            externalId: mission.externalId,
            url: `https://demo.relais.example/missions/${mission.externalId}`,
            title: mission.title,
            company: mission.company,
            description: mission.description,
            skills: mission.skills,
            placeName: place?.name ?? null,
            countryCode: place?.countryCode ?? null,
            lat: place?.lat ?? null,
            lng: place?.lng ?? null,
            remote: mission.remote,
            contractType: mission.contractType,
            rateMinMinor: mission.rateMinEur * 100,
            rateMaxMinor: mission.rateMaxEur * 100,
            currency: "EUR",
            ratePeriod: mission.ratePeriod,
            language: mission.language,
            postedAt: new Date(now.getTime() - mission.postedDaysAgo * DAY_MS),
            fetchedAt: now,
            contentHash: `demo:${mission.externalId}`,
          };
        }),
        select: { id: true, title: true, skills: true, description: true },
      });
      await writeVectors(
        tx,
        "Mission",
        missions.map((mission) => ({ id: mission.id, vector: vector(missionEmbeddingText(mission)) })),
        embedder.model,
      );
      return { seeded: true, members: users.length, listings: listings.length, missions: missions.length, categories: categories.size };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
