/**
 * The delivery outbox end to end on a real embedded Postgres: rows written with the message in
 * one transaction, sent through a ChannelPort to a fake chat platform on loopback (429 with
 * Retry-After, order per conversation, permanent and repeated failures), notifications in the
 * recipient's language, quiet hours and muted kinds.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { type FakeChatPlatform, httpChannelPort, startFakeChatPlatform } from "../../test/fake-chat-platform.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { NotFound } from "../errors/domain.ts";
import { EventBus } from "../events/bus.ts";
import { upsertCategoryTree } from "../listings/categories.ts";
import type { MarketContext } from "../listings/context.ts";
import { updateListing } from "../listings/listings.ts";
import { respondToMatch } from "../matching/matches.ts";
import { openConversation, sendMessage } from "../messaging/conversations.ts";
import { deleteMessage, editMessage } from "../messaging/message-changes.ts";
import { recordApplicationStatus } from "../missions/application-status.ts";
import { applyToMission } from "../missions/missions.ts";
import { updatePreferences } from "../profiles/preferences.ts";
import { rememberIdentityAddress } from "./addresses.ts";
import { ChannelPortRegistry } from "./channel-port.ts";
import { enqueueNotifications } from "./enqueue.ts";
import { DeliveryWorker } from "./worker.ts";

let db: Database;
let dataDir: string;
let ctx: MarketContext;
beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
  await upsertCategoryTree(db.prisma);
});
afterAll(async () => {
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

let counter = 0;
/** A member with chat identities that have a DM address (as an adapter records it). */
async function member(name: string, locale: "fr" | "en", chats: ("slack" | "discord" | "teams")[] = []) {
  const n = ++counter;
  const user = await db.prisma.user.create({ data: { name, locale, email: `${name.toLowerCase()}${n}@example.org` } });
  const identities: Record<string, string> = {};
  for (const [i, provider] of chats.entries()) {
    const identity = await db.prisma.identity.create({
      data: { userId: user.id, provider, externalId: `${provider}-${n}`, lastSeenAt: new Date(Date.now() - (chats.length - i) * 1000) },
    });
    await rememberIdentityAddress(db.prisma, identity.id, { dmChannelId: `D-${provider}-${n}` });
    identities[provider] = identity.id;
  }
  return { id: user.id, identities };
}

async function pair(a: string, b: string) {
  return (await openConversation(ctx, a, { memberIds: [b] })).id;
}

function workerFor(platform: FakeChatPlatform, options: ConstructorParameters<typeof DeliveryWorker>[2] = {}) {
  const ports = new ChannelPortRegistry();
  ports.register(httpChannelPort(platform.url, "discord"));
  ports.register(httpChannelPort(platform.url, "slack"));
  return new DeliveryWorker(ctx, ports, { pollMs: 20, ...options });
}

describe("writing the outbox", () => {
  it("a message to a member reachable by two channels writes two rows, in the message's transaction", async () => {
    const alice = await member("Alice", "fr");
    const bob = await member("Bob", "en", ["slack", "discord"]);
    await updatePreferences(ctx, bob.id, { notificationChannels: ["slack", "discord"] });
    const conversationId = await pair(alice.id, bob.id);

    const { message } = await sendMessage(ctx, alice.id, conversationId, { body: "Bonjour !", clientMessageId: "c1" });
    const rows = await db.prisma.delivery.findMany({ where: { messageId: message.id }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.userId, r.channel, r.identityId, r.status, r.conversationId])).toEqual([
      [bob.id, "slack", bob.identities.slack, "pending", conversationId],
      [bob.id, "discord", bob.identities.discord, "pending", conversationId],
    ]);

    // Same transaction: when the outbox write fails, the message is not there either.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_delivery() RETURNS trigger AS $$
      BEGIN IF NEW."userId" = '${bob.id}' THEN RAISE EXCEPTION 'outbox down'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_delivery BEFORE INSERT ON "Delivery" FOR EACH ROW EXECUTE FUNCTION refuse_delivery()`,
    );
    try {
      await expect(sendMessage(ctx, alice.id, conversationId, { body: "Perdu ?", clientMessageId: "c2" })).rejects.toThrow();
      expect(await db.prisma.message.count({ where: { conversationId } })).toBe(1);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_delivery ON "Delivery"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_delivery()`);
    }
  });

  it("defaults to the chat app the member used last, and to the socket for REST-only members", async () => {
    const alice = await member("Alice", "fr");
    const carol = await member("Carol", "fr", ["slack", "discord"]); // discord seen last
    const dan = await member("Dan", "en");
    const conversationId = (await openConversation(ctx, alice.id, { memberIds: [carol.id, dan.id] })).id;
    const { message } = await sendMessage(ctx, alice.id, conversationId, { body: "Salut", clientMessageId: "g1" });
    const rows = await db.prisma.delivery.findMany({ where: { messageId: message.id } });
    expect(rows.map((r) => `${r.userId === carol.id ? "carol" : "dan"}:${r.channel}`).sort()).toEqual(["carol:discord", "dan:socket"]);
  });

  it("a muted kind writes no push, and quiet hours hold a push until they end", async () => {
    const alice = await member("Alice", "fr");
    const erin = await member("Erin", "en", ["discord"]);
    const conversationId = await pair(alice.id, erin.id);
    await updatePreferences(ctx, erin.id, { mutedNotifications: ["message"] });
    const muted = await sendMessage(ctx, alice.id, conversationId, { body: "1", clientMessageId: "m1" });
    expect(await db.prisma.delivery.count({ where: { messageId: muted.message.id } })).toBe(0);

    // A window covering every minute but the one just before now: always quiet at the moment of writing.
    const now = new Date();
    const clock = (d: Date) => `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
    const start = new Date(now.getTime() - 60_000);
    await updatePreferences(ctx, erin.id, {
      mutedNotifications: [],
      quietHours: { start: clock(now), end: clock(start), timeZone: "UTC" },
    });
    const quiet = await sendMessage(ctx, alice.id, conversationId, { body: "2", clientMessageId: "m2" });
    const row = await db.prisma.delivery.findFirstOrThrow({ where: { messageId: quiet.message.id } });
    expect(row.channel).toBe("discord");
    expect(row.nextAttemptAt?.getTime()).toBeGreaterThan(now.getTime() + 23 * 3600_000);
    await updatePreferences(ctx, erin.id, { quietHours: null });
  });
});

describe("the delivery worker", () => {
  it("429 with Retry-After: 2, then 200 → one message posted, at least 2 s after the first attempt", async () => {
    const platform = await startFakeChatPlatform((_key, attempt) =>
      attempt === 1 ? { status: 429, headers: { "retry-after": "2" } } : undefined,
    );
    const worker = workerFor(platform);
    try {
      const alice = await member("Alice", "fr");
      const bob = await member("Bob", "en", ["discord"]);
      const conversationId = await pair(alice.id, bob.id);
      const { message } = await sendMessage(ctx, alice.id, conversationId, { body: "Are you there?", clientMessageId: "r1" });
      const row = await db.prisma.delivery.findFirstOrThrow({ where: { messageId: message.id } });
      worker.start();
      await platform.until(() => platform.posted.some((m) => m.key === row.id));
      const attempts = platform.requests.filter((r) => r.key === row.id);
      expect(attempts.map((a) => a.status)).toEqual([429, 200]);
      expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(2000);
      expect(platform.posted.filter((m) => m.key === row.id)).toHaveLength(1);
      // Bob reads it in his language, with the sender's name.
      expect(platform.posted.find((m) => m.key === row.id)?.text).toBe("💬 Alice: Are you there?");
      await expect.poll(async () => (await db.prisma.delivery.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("sent");
      const sent = await db.prisma.delivery.findUniqueOrThrow({ where: { id: row.id } });
      expect(sent.externalMessageId).toBe(platform.posted.find((m) => m.key === row.id)?.id);
      expect(sent.attempts).toBe(2);
    } finally {
      await worker.stop();
      await platform.close();
    }
  });

  it("keeps a conversation in order: a later message waits for an earlier one being retried", async () => {
    let first: string | undefined;
    const platform = await startFakeChatPlatform((key, attempt) =>
      key === first && attempt === 1 ? { status: 429, headers: { "retry-after": "0.3" } } : undefined,
    );
    const worker = workerFor(platform);
    try {
      const alice = await member("Alice", "fr");
      const bob = await member("Bob", "fr", ["slack"]);
      const conversationId = await pair(alice.id, bob.id);
      const ids: string[] = [];
      for (const body of ["un", "deux", "trois"]) {
        const { message } = await sendMessage(ctx, alice.id, conversationId, { body, clientMessageId: body });
        ids.push((await db.prisma.delivery.findFirstOrThrow({ where: { messageId: message.id } })).id);
      }
      first = ids[0];
      worker.start();
      await platform.until(() => ids.every((id) => platform.posted.some((m) => m.key === id)));
      expect(platform.posted.filter((m) => ids.includes(m.key)).map((m) => m.text)).toEqual([
        "💬 Alice : un",
        "💬 Alice : deux",
        "💬 Alice : trois",
      ]);
    } finally {
      await worker.stop();
      await platform.close();
    }
  });

  it("a permanent refusal fails at once; repeated transient errors fail after the bound", async () => {
    const alice = await member("Alice", "fr");
    const bob = await member("Bob", "en", ["discord"]);
    const conversationId = await pair(alice.id, bob.id);
    const { message: m1 } = await sendMessage(ctx, alice.id, conversationId, { body: "x", clientMessageId: "p1" });
    const permanentId = (await db.prisma.delivery.findFirstOrThrow({ where: { messageId: m1.id } })).id;
    const carol = await member("Carol", "en", ["discord"]);
    const other = await pair(alice.id, carol.id);
    const { message: m2 } = await sendMessage(ctx, alice.id, other, { body: "y", clientMessageId: "p2" });
    const transientId = (await db.prisma.delivery.findFirstOrThrow({ where: { messageId: m2.id } })).id;
    const platform = await startFakeChatPlatform((key) =>
      key === permanentId ? { status: 403 } : key === transientId ? { status: 503 } : undefined,
    );
    const worker = workerFor(platform, { maxAttempts: 3, baseBackoffMs: 10 });
    try {
      worker.start();
      await platform.until(() => platform.requests.filter((r) => r.key === transientId).length >= 3);
      await expect
        .poll(async () =>
          (await db.prisma.delivery.findMany({ where: { id: { in: [permanentId, transientId] } }, orderBy: { seq: "asc" } })).map((r) => [
            r.status,
            r.attempts,
          ]),
        )
        .toEqual([
          ["failed", 1],
          ["failed", 3],
        ]);
      expect(platform.requests.filter((r) => r.key === permanentId)).toHaveLength(1);
      expect(platform.posted).toHaveLength(0);
    } finally {
      await worker.stop();
      await platform.close();
    }
  });

  it("a match accepted by all notifies each member on their channel, in their own language", async () => {
    const platform = await startFakeChatPlatform();
    const worker = workerFor(platform);
    try {
      const fr = await member("Fanny", "fr", ["slack"]);
      const en = await member("Ed", "en", ["discord"]);
      const category = await db.prisma.category.findFirstOrThrow();
      const listing = (ownerId: string, kind: "offer" | "want", title: string) =>
        db.prisma.listing.create({ data: { ownerId, kind, title, description: title, categoryId: category.id } });
      const [bike, drill, wantBike, wantDrill] = await Promise.all([
        listing(fr.id, "offer", "Vélo"),
        listing(en.id, "offer", "Drill"),
        listing(en.id, "want", "bike"),
        listing(fr.id, "want", "perceuse"),
      ]);
      const step = (
        receiver: typeof fr,
        receiverName: string,
        want: typeof bike,
        giver: typeof fr,
        giverName: string,
        offer: typeof bike,
      ) => ({
        receiverId: receiver.id,
        receiverName,
        wantId: want.id,
        wantTitle: want.title,
        giverId: giver.id,
        giverName,
        offerId: offer.id,
        offerTitle: offer.title,
        similarity: 0.9,
      });
      const match = await db.prisma.match.create({
        data: {
          kind: "pair",
          score: 0.9,
          signature: `${bike.id},${drill.id}`,
          explanation: { steps: [step(en, "Ed", wantBike, fr, "Fanny", bike), step(fr, "Fanny", wantDrill, en, "Ed", drill)] },
          participants: { create: [{ userId: fr.id }, { userId: en.id }] },
        },
      });
      await respondToMatch(ctx, fr.id, match.id, "accept", "fr");
      expect(await db.prisma.delivery.count({ where: { matchId: match.id } })).toBe(0);
      await respondToMatch(ctx, en.id, match.id, "accept", "en");
      const rows = await db.prisma.delivery.findMany({ where: { matchId: match.id } });
      expect(rows.map((r) => `${r.kind}:${r.channel}`).sort()).toEqual(["match_accepted:discord", "match_accepted:slack"]);
      worker.start();
      await platform.until(() => rows.every((r) => platform.posted.some((m) => m.key === r.id)));
      const textFor = (id: string) => platform.posted.find((m) => m.key === rows.find((r) => r.userId === id)?.id)?.text;
      expect(textFor(fr.id)).toBe(
        "Tout le monde a accepté l'échange : Vous cherchez « perceuse » — Ed propose « Drill » ; Ed cherche « bike » — vous proposez « Vélo ». Une conversation est ouverte avec Ed.",
      );
      expect(textFor(en.id)).toBe(
        "Everyone accepted the swap: You want “bike” — Fanny offers “Vélo”; Fanny wants “perceuse” — you offer “Drill”. A conversation is open with Fanny.",
      );
    } finally {
      await worker.stop();
      await platform.close();
    }
  });

  it("a proposal withdrawn after a listing edit updates the message that announced it, in place", async () => {
    const platform = await startFakeChatPlatform();
    const worker = workerFor(platform);
    try {
      const ines = await member("Inès", "fr", ["discord"]);
      const jo = await member("Jo", "en", ["slack"]);
      const category = await db.prisma.category.findFirstOrThrow({ where: { parentId: { not: null } } });
      const listing = (ownerId: string, kind: "offer" | "want", title: string) =>
        db.prisma.listing.create({ data: { ownerId, kind, title, description: title, categoryId: category.id } });
      const [lamp, chair, wantLamp, wantChair] = await Promise.all([
        listing(ines.id, "offer", "Lampe"),
        listing(jo.id, "offer", "Chair"),
        listing(jo.id, "want", "lamp"),
        listing(ines.id, "want", "chaise"),
      ]);
      const steps = [
        {
          receiverId: jo.id,
          receiverName: "Jo",
          wantId: wantLamp.id,
          wantTitle: "lamp",
          giverId: ines.id,
          giverName: "Inès",
          offerId: lamp.id,
          offerTitle: "Lampe",
          similarity: 0.9,
        },
        {
          receiverId: ines.id,
          receiverName: "Inès",
          wantId: wantChair.id,
          wantTitle: "chaise",
          giverId: jo.id,
          giverName: "Jo",
          offerId: chair.id,
          offerTitle: "Chair",
          similarity: 0.9,
        },
      ];
      // As a matching round writes it: the proposal and its notifications in one transaction.
      const match = await db.prisma.$transaction(async (tx) => {
        const created = await tx.match.create({
          data: {
            kind: "pair",
            score: 0.9,
            signature: `${lamp.id},${chair.id}`,
            explanation: { steps },
            participants: { create: [{ userId: ines.id }, { userId: jo.id }] },
            items: {
              create: steps.map((s) => ({
                offerListingId: s.offerId,
                wantListingId: s.wantId,
                giverId: s.giverId,
                receiverId: s.receiverId,
                similarity: 0.9,
              })),
            },
          },
        });
        await enqueueNotifications(tx, { kind: "match_proposed", matchId: created.id, userIds: [ines.id, jo.id], now: new Date() });
        return created;
      });
      const proposed = await db.prisma.delivery.findMany({ where: { matchId: match.id, kind: "match_proposed" } });
      expect(proposed).toHaveLength(2);
      worker.start();
      await platform.until(() => proposed.every((r) => platform.posted.some((m) => m.key === r.id)));
      const posted = platform.posted.find((m) => m.key === proposed.find((r) => r.userId === ines.id)?.id);
      expect(posted?.text).toMatch(
        /^Nouvelle proposition d'échange : Vous cherchez « chaise » — Jo propose « Chair » ; Jo cherche « lamp » — vous proposez « Lampe »/,
      );

      await updateListing(ctx, ines.id, lamp.id, { title: "Lampe de bureau" });
      const withdrawn = await db.prisma.delivery.findMany({ where: { matchId: match.id, kind: "match_withdrawn" } });
      expect(withdrawn.map((r) => r.channel).sort()).toEqual(["discord", "slack"]);
      await expect
        .poll(() => posted?.text)
        .toBe(
          "Cette proposition d'échange n'est plus valable : Vous cherchez « chaise » — Jo propose « Chair » ; Jo cherche « lamp » — vous proposez « Lampe ».",
        );
      await expect
        .poll(async () =>
          (await db.prisma.delivery.findMany({ where: { matchId: match.id, kind: "match_withdrawn" } })).map((r) => r.status),
        )
        .toEqual(["sent", "sent"]);
      // Updated in place: no third or fourth message.
      expect(platform.posted.filter((m) => proposed.some((r) => r.id === m.key) || withdrawn.some((r) => r.id === m.key))).toHaveLength(2);
    } finally {
      await worker.stop();
      await platform.close();
    }
  });

  it("an edited, then deleted message updates the chat message that announced it, in place (issue 13 REST gaps)", async () => {
    const platform = await startFakeChatPlatform();
    const worker = workerFor(platform);
    try {
      const alice = await member("Alice", "fr");
      const bob = await member("Bob", "en", ["slack"]);
      const conversationId = await pair(alice.id, bob.id);
      const { message } = await sendMessage(ctx, alice.id, conversationId, { body: "Rendez-vous à 10h", clientMessageId: "edit-1" });
      worker.start();
      const [announced] = await db.prisma.delivery.findMany({ where: { messageId: message.id, channel: "slack" } });
      await platform.until(() => platform.posted.some((m) => m.key === announced?.id));
      const posted = platform.posted.find((m) => m.key === announced?.id);
      expect(posted?.text).toBe("💬 Alice: Rendez-vous à 10h");

      await editMessage(ctx, alice.id, conversationId, message.id, { body: "Rendez-vous à 11h" });
      await expect.poll(() => posted?.text).toBe("💬 Alice: Rendez-vous à 11h (edited)");
      await deleteMessage(ctx, alice.id, conversationId, message.id);
      await expect.poll(() => posted?.text).toBe("🗑️ Alice deleted a message.");
      const updates = await db.prisma.delivery.findMany({ where: { userId: bob.id, kind: "message_updated" } });
      await expect
        .poll(async () => (await db.prisma.delivery.findMany({ where: { userId: bob.id, kind: "message_updated" } })).map((r) => r.status))
        .toEqual(["sent", "sent"]);
      expect(updates).toHaveLength(2);
      // Updated in place: the platform holds one message.
      expect(platform.posted.filter((m) => m.conversation === posted?.conversation)).toHaveLength(1);
      // The text is gone from the database, not only hidden.
      expect(await db.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ body: "", attachments: [] });
    } finally {
      await worker.stop();
      await platform.close();
    }
  });

  it("a message deleted before its push went out is never pushed", async () => {
    const alice = await member("Alice", "fr");
    const bob = await member("Bob", "en", ["slack"]);
    const conversationId = await pair(alice.id, bob.id);
    const { message } = await sendMessage(ctx, alice.id, conversationId, { body: "oups", clientMessageId: "edit-2" });
    await deleteMessage(ctx, alice.id, conversationId, message.id);
    const platform = await startFakeChatPlatform();
    const worker = workerFor(platform);
    try {
      worker.start();
      await expect
        .poll(async () =>
          (await db.prisma.delivery.findMany({ where: { userId: bob.id, conversationId } })).map((r) => [r.kind, r.status]).sort(),
        )
        .toEqual([
          ["message", "cancelled"],
          ["message_updated", "cancelled"],
        ]);
      expect(platform.posted).toHaveLength(0);
    } finally {
      await worker.stop();
      await platform.close();
    }
  });

  it("an application's new status reaches its member on their chat app, in their language; the same status again adds nothing", async () => {
    const platform = await startFakeChatPlatform();
    const worker = workerFor(platform);
    try {
      const kim = await member("Kim", "en", ["slack"]);
      const mission = await db.prisma.mission.create({
        data: {
          source: "test",
          externalId: `m-${kim.id}`,
          url: "https://jobs.example.org/42",
          title: "React developer",
          company: "Acme",
          description: "Build things",
          contentHash: `h-${kim.id}`,
        },
      });
      const application = await applyToMission(ctx, kim.id, mission.id, {});
      expect(await recordApplicationStatus(ctx, application.id, "interviewing", "call on Monday")).toEqual({ changed: true });
      expect(await recordApplicationStatus(ctx, application.id, "interviewing")).toEqual({ changed: false });
      const rows = await db.prisma.delivery.findMany({ where: { applicationId: application.id } });
      expect(rows.map((r) => [r.kind, r.channel])).toEqual([["application_update", "slack"]]);
      const history = await db.prisma.applicationStatusChange.findMany({
        where: { applicationId: application.id },
        orderBy: { createdAt: "asc" },
      });
      expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
        [null, "applied"],
        ["applied", "interviewing"],
      ]);
      worker.start();
      await platform.until(() => platform.posted.some((m) => m.key === rows[0]?.id));
      expect(platform.posted.find((m) => m.key === rows[0]?.id)?.text).toBe("Your application to “React developer” is now: interviewing.");
      await expect(recordApplicationStatus(ctx, "no-such-application", "rejected")).rejects.toThrow(NotFound);
    } finally {
      await worker.stop();
      await platform.close();
    }
  });
});
