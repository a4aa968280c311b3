/**
 * Crash safety of the delivery worker: a process sending a batch is killed with SIGKILL
 * right after the platform answered one of its sends (before the row could be updated);
 * after a restart every row is sent, and the platform holds exactly one message per delivery
 * (the repeated send carries the same idempotency key and is recognised).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { startFakeChatPlatform } from "../../test/fake-chat-platform.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig } from "../config/index.ts";
import { openDatabase } from "../db/database.ts";
import { EventBus } from "../events/bus.ts";
import { openConversation, sendMessage } from "../messaging/conversations.ts";
import { rememberIdentityAddress } from "./addresses.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const workerScript = join(root, "core/test/delivery-worker-process.ts");
const dataDir = copyTemplateDataDir();
afterAll(() => rmSync(dirname(dataDir), { recursive: true, force: true }));

const MESSAGES = 30;

function startWorker(platformUrl: string): ChildProcess {
  return spawn(process.execPath, [workerScript], {
    cwd: root,
    env: { ...process.env, RELAIS_DATA_DIR: dataDir, PLATFORM_URL: platformUrl, LEASE_MS: "1500" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

it("a worker killed mid-batch and restarted sends every row exactly once", async () => {
  // Two members, two conversations, 30 messages to Bob: 30 discord rows.
  const config = loadConfig({ RELAIS_DATA_DIR: dataDir });
  let db = await openDatabase(config.database, { migrate: false });
  const ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
  const alice = await db.prisma.user.create({ data: { name: "Alice", locale: "fr" } });
  const carol = await db.prisma.user.create({ data: { name: "Carol", locale: "fr" } });
  const bob = await db.prisma.user.create({ data: { name: "Bob", locale: "en" } });
  const identity = await db.prisma.identity.create({ data: { userId: bob.id, provider: "discord", externalId: "bob" } });
  await rememberIdentityAddress(db.prisma, identity.id, { dmChannelId: "D-bob" });
  const withAlice = (await openConversation(ctx, alice.id, { memberIds: [bob.id] })).id;
  const withCarol = (await openConversation(ctx, carol.id, { memberIds: [bob.id] })).id;
  for (let i = 1; i <= MESSAGES; i++) {
    const [sender, conversation] = i % 2 ? [alice.id, withAlice] : [carol.id, withCarol];
    await sendMessage(ctx, sender, conversation, { body: `n°${i}`, clientMessageId: `c${i}` });
  }
  const rows = await db.prisma.delivery.findMany({ where: { channel: "discord" }, orderBy: { seq: "asc" } });
  expect(rows).toHaveLength(MESSAGES);
  await db.close();

  const platform = await startFakeChatPlatform();
  let worker = startWorker(platform.url);
  try {
    // Killed the moment the platform has answered its 10th send: that row was posted but not yet recorded.
    platform.onAnswered = () => {
      if (platform.requests.length === 10) worker.kill("SIGKILL");
    };
    const [, signal] = await once(worker, "exit");
    expect(signal).toBe("SIGKILL");
    const beforeRestart = platform.posted.length;
    expect(beforeRestart).toBeGreaterThanOrEqual(10);
    expect(beforeRestart).toBeLessThan(MESSAGES);

    platform.onAnswered = undefined;
    worker = startWorker(platform.url);
    const [code] = await once(worker, "exit");
    expect(code).toBe(0);
  } finally {
    if (worker.exitCode === null && worker.signalCode === null) worker.kill("SIGKILL");
    await platform.close();
  }

  // Exactly one message per delivery on the platform, each row sent with that message's id.
  expect(platform.posted).toHaveLength(MESSAGES);
  expect(new Set(platform.posted.map((m) => m.key))).toEqual(new Set(rows.map((r) => r.id)));
  // Only the send in flight at the kill went out twice (recognised by its key).
  const perKey = new Map<string, number>();
  for (const request of platform.requests) perKey.set(request.key, (perKey.get(request.key) ?? 0) + 1);
  expect([...perKey.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(1);

  db = await openDatabase(config.database, { migrate: false });
  try {
    const after = await db.prisma.delivery.findMany({ where: { channel: "discord" }, orderBy: { seq: "asc" } });
    expect(after.map((r) => r.status)).toEqual(Array(MESSAGES).fill("sent"));
    for (const row of after) expect(row.externalMessageId).toBe(platform.posted.find((m) => m.key === row.id)?.id);
    // Each conversation arrived in the order it was written.
    for (const conversation of [withAlice, withCarol]) {
      const written = after.filter((r) => r.conversationId === conversation).map((r) => r.id);
      expect(platform.posted.filter((m) => written.includes(m.key)).map((m) => m.key)).toEqual(written);
    }
  } finally {
    await db.close();
  }
}, 300_000); // two worker processes each open the embedded database: slow on a loaded machine
