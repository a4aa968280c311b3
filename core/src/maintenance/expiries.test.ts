/**
 * The hourly expiries on a real embedded Postgres: a proposal past its expiry is marked expired
 * (once, however often the job runs), its members hear of it and get a matching round for their
 * freed listings; inbound event ids and buttons past their expiry are deleted, live ones kept.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { LocalEmbedder } from "../ai/local-embedder.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { EventBus } from "../events/bus.ts";
import { upsertCategoryTree } from "../listings/categories.ts";
import type { MarketContext } from "../listings/context.ts";
import { runMatchingRound } from "../matching/marketplace-matching.ts";
import { runExpiries } from "./expiries.ts";

let db: Database;
let dataDir: string;
let ctx: MarketContext;
beforeAll(async () => {
  dataDir = copyTemplateDataDir();
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  ctx = { prisma: db.prisma, embedder: new LocalEmbedder(), events: new EventBus() };
});
afterAll(async () => {
  await db?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

describe("expiries", () => {
  it("expires proposals past their date once, tells their members, and asks a round around them", async () => {
    const now = new Date();
    const [ana, ben] = await Promise.all(
      ["Ana", "Ben"].map((name) => db.prisma.user.create({ data: { name, locale: "fr", email: `${name}-${Date.now()}@example.org` } })),
    );
    const proposal = (signature: string, expiresAt: Date) =>
      db.prisma.match.create({
        data: {
          kind: "pair",
          score: 0.8,
          explanation: { steps: [] },
          signature,
          expiresAt,
          participants: { create: [{ userId: ana!.id }, { userId: ben!.id }] },
        },
      });
    const old = await proposal("old", new Date(now.getTime() - 60_000));
    const fresh = await proposal("fresh", new Date(now.getTime() + 86_400_000));
    const heard: { matchId: string; status: string }[] = [];
    ctx.events.subscribe("match.updated", (event) => heard.push({ matchId: event.matchId, status: event.status }));
    const asked: string[][] = [];
    const requestRound = async (members: string[]) => {
      asked.push([...members].sort());
    };

    const identity = await db.prisma.identity.create({ data: { userId: ana!.id, provider: "slack", externalId: `T1:U-${Date.now()}` } });
    await db.prisma.inboundTurn.createMany({
      data: [
        { identityId: identity.id, inboundId: "gone", expiresAt: new Date(now.getTime() - 1000) },
        { identityId: identity.id, inboundId: "kept", expiresAt: new Date(now.getTime() + 60_000) },
      ],
    });
    await db.prisma.assistantAction.createMany({
      data: [
        { id: `gone-${Date.now()}`, userId: ana!.id, expiresAt: new Date(now.getTime() - 1000) },
        { id: `kept-${Date.now()}`, userId: ana!.id, expiresAt: new Date(now.getTime() + 60_000) },
      ],
    });

    const report = await runExpiries(ctx, now, requestRound);
    expect(report).toMatchObject({ proposalsExpired: 1, inboundTurnsDeleted: 1 });
    expect(report.actionsDeleted).toBeGreaterThanOrEqual(1);
    expect((await db.prisma.match.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("expired");
    expect((await db.prisma.match.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("proposed");
    expect(heard).toEqual([{ matchId: old.id, status: "expired" }]);
    expect(asked).toEqual([[ana!.id, ben!.id].sort()]);
    expect((await db.prisma.inboundTurn.findMany({ where: { identityId: identity.id } })).map((t) => t.inboundId)).toEqual(["kept"]);
    expect(await db.prisma.assistantAction.count({ where: { userId: ana!.id } })).toBe(1);

    // Run again (a retry after a crash): nothing more happens.
    expect(await runExpiries(ctx, now, requestRound)).toEqual({ proposalsExpired: 0, inboundTurnsDeleted: 0, actionsDeleted: 0 });
    expect(heard).toHaveLength(1);
    expect(asked).toHaveLength(1);
  });

  it("a matching round that comes first expires a proposal the same way: its members hear of it, the hourly run finds nothing left", async () => {
    await upsertCategoryTree(db.prisma);
    const now = new Date();
    const [cleo, dima] = await Promise.all(
      ["Cleo", "Dima"].map((name) => db.prisma.user.create({ data: { name, locale: "en", email: `${name}-${Date.now()}@example.org` } })),
    );
    const stale = await db.prisma.match.create({
      data: {
        kind: "pair",
        score: 0.8,
        explanation: { steps: [] },
        signature: `stale-${Date.now()}`,
        expiresAt: new Date(now.getTime() - 60_000),
        participants: { create: [{ userId: cleo!.id }, { userId: dima!.id }] },
      },
    });
    const heard: { matchId: string; userIds: string[]; status: string }[] = [];
    ctx.events.subscribe("match.updated", (event) =>
      heard.push({ matchId: event.matchId, userIds: [...event.userIds].sort(), status: event.status }),
    );

    // A round asked for by someone else's change, before the hourly job.
    await runMatchingRound(ctx, now, { around: [] });
    expect((await db.prisma.match.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe("expired");
    expect(heard).toEqual([{ matchId: stale.id, userIds: [cleo!.id, dima!.id].sort(), status: "expired" }]);
    expect((await runExpiries(ctx, now, async () => {})).proposalsExpired).toBe(0);
    expect(heard).toHaveLength(1);
  });
});
