/**
 * Teams as a delivery channel: a member installs the app (Teams posts the conversationUpdate),
 * Relais stops; a new Relais process on the same database writes to them from the stored
 * conversation reference alone (proactive `continueConversation`), and to the team's channel and
 * the group chat the app was added to, from their references. Then the outbox's faults
 * against the fake Bot Connector: 429, 412, 502 and 504 with Retry-After are retried no sooner
 * than asked and sent once; a 403 (the app was removed) fails at once.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { ChannelPortRegistry } from "@relais/core/delivery/channel-port";
import { enqueueReply } from "@relais/core/delivery/enqueue";
import { DeliveryWorker } from "@relais/core/delivery/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { copyTemplateDataDir } from "../../../core/test/database.ts";
import { type FakeConnector, startFakeConnector } from "./fake-connector.ts";
import {
  GROUP_CHAT,
  groupInstall,
  type Member,
  personalConversationOf,
  personalInstall,
  postActivity,
  TEAM,
  TENANT,
  teamInstall,
} from "./teams-activities.ts";

const NINA: Member = { id: "29:1NinaPetitAbCdEf", aad: "11111111-2222-4333-8444-555555555555", name: "Nina Petit", locale: "fr-FR" };
const dataDir = copyTemplateDataDir();
let connector: FakeConnector;
let t: TestApi;
let identity: { id: string; userId: string };

beforeAll(async () => {
  connector = await startFakeConnector();
  const first = await startTestApi({ RELAIS_DATA_DIR: dataDir });
  expect((await postActivity(first.url, personalInstall(NINA, connector.serviceUrl))).status).toBe(200);
  // She also adds the app to her team and to a group chat.
  expect((await postActivity(first.url, teamInstall(NINA, connector.serviceUrl))).status).toBe(200);
  expect((await postActivity(first.url, groupInstall(NINA, connector.serviceUrl))).status).toBe(200);
  await first.close();
  // Another process, later: nothing of the first one but the database.
  t = await startTestApi({ RELAIS_DATA_DIR: dataDir });
  identity = await t.core.db.prisma.identity.findUniqueOrThrow({
    where: { provider_externalId: { provider: "teams", externalId: `${TENANT}:${NINA.aad}` } },
    select: { id: true, userId: true },
  });
});

afterAll(async () => {
  await t?.close();
  await connector?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

function workerWithClock(start: Date) {
  const ports = new ChannelPortRegistry();
  const port = t.api.relais.ports.get("teams");
  if (!port) throw new Error("the Teams port is not registered");
  ports.register(port);
  const clock = { now: start };
  return { clock, worker: new DeliveryWorker({ prisma: t.core.db.prisma }, ports, { now: () => clock.now, baseBackoffMs: 100 }) };
}

/** A reply to Nina in the outbox; due at `dueAt` (in one transaction: the server's own worker never sees it due before). */
const enqueue = (text: string, dueAt?: Date) =>
  t.core.db.prisma.$transaction(async (tx) => {
    const id = await enqueueReply(tx, { userId: identity.userId, identityId: identity.id, channel: "teams", reply: { text } });
    if (dueAt) await tx.delivery.update({ where: { id }, data: { nextAttemptAt: dueAt } });
    return id;
  });

describe("Teams deliveries", () => {
  it("writes to a member's personal chat after a restart, from the reference stored at install", async () => {
    const text = `Nouveau message de Bob (${Date.now()})`;
    const deliveryId = await enqueue(text);
    const sent = await connector.waitFor((call) => JSON.stringify(call.activity).includes(text));
    expect(sent.kind).toBe("send");
    expect(sent.conversation).toBe(personalConversationOf(NINA));
    await expect
      .poll(async () => (await t.core.db.prisma.delivery.findUniqueOrThrow({ where: { id: deliveryId } })).externalMessageId)
      .toBe(sent.id);
  });

  it("writes to a team's channel and a group chat after a restart, from the references stored when the app was added there", async () => {
    const places = await t.core.db.prisma.chatPlace.findMany({
      orderBy: { kind: "asc" },
      select: { externalId: true, kind: true, name: true, workspaceId: true, removedAt: true },
    });
    expect(places).toEqual([
      { externalId: TEAM.id, kind: "channel", name: TEAM.name, workspaceId: TENANT, removedAt: null },
      { externalId: GROUP_CHAT, kind: "group", name: null, workspaceId: TENANT, removedAt: null },
    ]);
    // Answers aimed at those conversations (the outbox's reply targets), written by this new process.
    const toTeam = `Nouvelle annonce dans le quartier (${Date.now()})`;
    const toGroup = `Rappel du groupe (${Date.now()})`;
    await t.core.db.prisma.$transaction(async (tx) => {
      await enqueueReply(tx, {
        userId: identity.userId,
        identityId: identity.id,
        channel: "teams",
        reply: { text: toTeam },
        target: { conversation: TEAM.id },
      });
      await enqueueReply(tx, {
        userId: identity.userId,
        identityId: identity.id,
        channel: "teams",
        reply: { text: toGroup },
        target: { conversation: GROUP_CHAT },
      });
    });
    const inTeam = await connector.waitFor((call) => JSON.stringify(call.activity).includes(toTeam));
    expect([inTeam.kind, inTeam.conversation]).toEqual(["send", TEAM.id]);
    const inGroup = await connector.waitFor((call) => JSON.stringify(call.activity).includes(toGroup));
    expect([inGroup.kind, inGroup.conversation]).toEqual(["send", GROUP_CHAT]);

    // Removed from the team: forgotten, and nothing more is sent there.
    expect((await postActivity(t.url, teamInstall(NINA, connector.serviceUrl, "removed"))).status).toBe(200);
    expect(
      (await t.core.db.prisma.chatPlace.findUniqueOrThrow({ where: { provider_externalId: { provider: "teams", externalId: TEAM.id } } }))
        .removedAt,
    ).not.toBeNull();
    const late = await t.core.db.prisma.$transaction((tx) =>
      enqueueReply(tx, {
        userId: identity.userId,
        identityId: identity.id,
        channel: "teams",
        reply: { text: "Trop tard" },
        target: { conversation: TEAM.id },
      }),
    );
    await expect.poll(async () => (await t.core.db.prisma.delivery.findUniqueOrThrow({ where: { id: late } })).status).toBe("failed");
    expect(connector.messages(TEAM.id).filter((call) => JSON.stringify(call.activity).includes("Trop tard"))).toEqual([]);
  });

  for (const status of [429, 412, 502, 504]) {
    it(`retries a ${status} with Retry-After no sooner than asked, then sends once`, async () => {
      const { clock, worker } = workerWithClock(new Date(Date.now() + 3_600_000));
      const text = `Rappel ${status} (${Date.now()})`;
      // Due only on the test's clock (an hour ahead): the server's own worker leaves it alone.
      const deliveryId = await enqueue(text, clock.now);
      const sentWith = () => connector.messages().filter((call) => JSON.stringify(call.activity).includes(text));
      connector.failNext(status, { retryAfter: 3 });
      const refusedBefore = connector.faultsServed();
      await worker.runOnce();
      expect(connector.faultsServed()).toBe(refusedBefore + 1);
      const waiting = await t.core.db.prisma.delivery.findUniqueOrThrow({ where: { id: deliveryId } });
      expect(waiting.status).toBe("pending");
      expect(waiting.nextAttemptAt!.getTime() - clock.now.getTime()).toBeGreaterThanOrEqual(3000);
      clock.now = new Date(clock.now.getTime() + 1000);
      await worker.runOnce();
      expect(sentWith()).toEqual([]);
      clock.now = new Date(waiting.nextAttemptAt!.getTime() + 1);
      await worker.runOnce();
      expect(sentWith()).toHaveLength(1);
      expect((await t.core.db.prisma.delivery.findUniqueOrThrow({ where: { id: deliveryId } })).status).toBe("sent");
    });
  }

  it("fails at once when Teams refuses for good (403: the app was removed)", async () => {
    const { clock, worker } = workerWithClock(new Date(Date.now() + 7_200_000));
    const deliveryId = await enqueue(`Adieu (${Date.now()})`, clock.now);
    connector.failNext(403);
    await worker.runOnce();
    const failed = await t.core.db.prisma.delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(failed.status).toBe("failed");
    expect(failed.lastError).toContain("403");
  });
});
