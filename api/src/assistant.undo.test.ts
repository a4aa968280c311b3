/**
 * Issue 12, principle 1: Undo stays available after every write — here accepting and declining
 * a swap, by the reply's Undo button and by typing "annule" / "undo", in French and English,
 * over HTTP. Asserted on the match and participant rows; the REST route refuses a bad state
 * with a problem+json 409, never a 500.
 */
import { rememberIdentityAddress } from "@relais/core/delivery/addresses";
import { updatePreferences } from "@relais/core/profiles/preferences";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

const listing = async (who: string, title: string) => {
  const res = await t.request("POST", "/api/v1/listings", {
    token: m.token[who],
    body: { kind: "offer", title, category: "bikes", location: { place: "Lyon" } },
  });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
};

/** A proposed swap between two members, written as the matching round writes it. */
async function proposedSwap(a: string, b: string): Promise<string> {
  const [ida, idb] = [m.id[a] ?? "", m.id[b] ?? ""];
  const fromA = await listing(a, `Vélo de route ${Math.random().toString(36).slice(2, 7)}`);
  const fromB = await listing(b, `VTT enfant ${Math.random().toString(36).slice(2, 7)}`);
  const match = await t.core.db.prisma.match.create({
    data: {
      kind: "pair",
      score: 0.9,
      explanation: { steps: [] },
      signature: [fromA, fromB].sort().join(":"),
      expiresAt: new Date(Date.now() + 86_400_000),
      participants: { create: [{ userId: ida }, { userId: idb }] },
      items: {
        create: [
          { offerListingId: fromA, giverId: ida, receiverId: idb, similarity: 0.9 },
          { offerListingId: fromB, giverId: idb, receiverId: ida, similarity: 0.9 },
        ],
      },
    },
  });
  return match.id;
}

/** The match's status and each participant's answer, by name, from the rows. */
async function rows(matchId: string) {
  const match = await t.core.db.prisma.match.findUniqueOrThrow({
    where: { id: matchId },
    include: { participants: { include: { user: { select: { name: true } } } } },
  });
  return { status: match.status, acceptance: Object.fromEntries(match.participants.map((p) => [p.user.name, p.acceptance])) };
}

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  for (const [name, locale] of [
    ["Camille", "fr"],
    ["Sofia", "fr"],
    ["Jake", "en"],
    ["Owen", "en"],
  ] as const)
    await m.register(name, locale, "Lyon");
});
afterAll(async () => {
  await t?.close();
});

describe("Undo after accepting a swap", () => {
  it("FR: 'Annuler' withdraws Camille's acceptance while Sofia has not answered; typing « annule » does it too", async () => {
    const matchId = await proposedSwap("Camille", "Sofia");
    const accepted = await m.press("Camille", button(await m.say("Camille", "mes échanges"), "Accepter"));
    expect(allText(accepted)).toContain("Vous avez accepté");
    expect((await rows(matchId)).acceptance.Camille).toBe("accepted");

    const undone = await m.press("Camille", button(accepted, "Annuler"));
    expect(allText(undone)).toBe("C'est annulé : vous n'avez plus accepté cet échange. Il reste proposé.");
    expect(await rows(matchId)).toEqual({ status: "proposed", acceptance: { Camille: "pending", Sofia: "pending" } });

    // The card shown after Undo answers again; then « annule » typed takes it back.
    await m.press("Camille", button(undone, "Accepter"));
    expect((await rows(matchId)).acceptance.Camille).toBe("accepted");
    const typed = await m.say("Camille", "annule");
    expect(allText(typed)).toContain("C'est annulé");
    expect(await rows(matchId)).toEqual({ status: "proposed", acceptance: { Camille: "pending", Sofia: "pending" } });
    // Nothing left to take back: « annule » is the ordinary "nothing to cancel".
    expect(allText(await m.say("Camille", "annule"))).not.toContain("vous n'avez plus accepté");
    await t.core.db.prisma.match.delete({ where: { id: matchId } });
  });

  it("EN: once everyone accepted, Undo says the swap is agreed, changes nothing and offers its conversation", async () => {
    const matchId = await proposedSwap("Jake", "Owen");
    const accepted = await m.press("Jake", button(await m.say("Jake", "my swaps"), "Accept"));
    const undo = button(accepted, "Undo");
    expect(undo).toBeDefined();
    const owen = await t.request("POST", `/api/v1/matches/${matchId}/accept`, { token: m.token.Owen });
    expect(owen.body.status).toBe("accepted");

    const late = await m.press("Jake", undo);
    expect(allText(late)).toBe(
      "Everyone accepted: the swap is agreed and I can't undo it any more. Let the others know in the swap's conversation.",
    );
    expect(await rows(matchId)).toEqual({ status: "accepted", acceptance: { Jake: "accepted", Owen: "accepted" } });
    const conversation = await m.press("Jake", button(late, "Open the conversation"));
    expect(allText(conversation)).toContain("Owen");

    // The last acceptance itself offers no Undo.
    const other = await proposedSwap("Jake", "Owen");
    await t.request("POST", `/api/v1/matches/${other}/accept`, { token: m.token.Owen });
    const last = await m.press("Jake", button(await m.say("Jake", "my swaps"), "Accept"));
    expect((await rows(other)).status).toBe("accepted");
    expect(button(last, "Undo")).toBeUndefined();
    await t.core.db.prisma.match.deleteMany({ where: { id: { in: [matchId, other] } } });
  });
});

describe("Undo after declining a swap", () => {
  it("EN: typing 'undo' after a decline puts Jake's side back to proposed", async () => {
    const matchId = await proposedSwap("Jake", "Owen");
    const asked = await m.press("Jake", button(await m.say("Jake", "my swaps"), "Decline"));
    const declined = await m.press("Jake", button(asked, "Yes"));
    expect(allText(declined)).toBe("Swap declined. I won't suggest it again.");
    expect(await rows(matchId)).toEqual({ status: "declined", acceptance: { Jake: "declined", Owen: "pending" } });
    expect(button(declined, "Undo")).toBeDefined();

    const undone = await m.say("Jake", "undo");
    expect(allText(undone)).toBe("Undone: the swap is proposed to you again.");
    expect(await rows(matchId)).toEqual({ status: "proposed", acceptance: { Jake: "pending", Owen: "pending" } });
    await t.core.db.prisma.match.delete({ where: { id: matchId } });
  });

  it("FR: 'Annuler' after the proposal expired says so politely and leaves it declined", async () => {
    const matchId = await proposedSwap("Camille", "Sofia");
    const asked = await m.press("Sofia", button(await m.say("Sofia", "mes échanges"), "Refuser"));
    const declined = await m.press("Sofia", button(asked, "Oui"));
    expect((await rows(matchId)).status).toBe("declined");
    await t.core.db.prisma.match.update({ where: { id: matchId }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const late = await m.press("Sofia", button(declined, "Annuler"));
    expect(allText(late)).toBe(
      "Ce refus ne peut plus être annulé : la proposition a expiré ou ses annonces sont parties ailleurs entre-temps.",
    );
    expect(await rows(matchId)).toEqual({ status: "declined", acceptance: { Camille: "pending", Sofia: "declined" } });
    await t.core.db.prisma.match.delete({ where: { id: matchId } });
  });

  it("FR: a listing of the declined swap proposed elsewhere meanwhile keeps it closed", async () => {
    const matchId = await proposedSwap("Camille", "Sofia");
    const asked = await m.press("Camille", button(await m.say("Camille", "mes échanges"), "Refuser"));
    const declined = await m.press("Camille", button(asked, "Oui"));
    const items = await t.core.db.prisma.matchItem.findMany({ where: { matchId } });
    const offer = items.find((i) => i.giverId === m.id.Camille)?.offerListingId ?? "";
    const elsewhere = await t.core.db.prisma.match.create({
      data: {
        kind: "pair",
        score: 0.8,
        explanation: { steps: [] },
        signature: `${offer}:elsewhere`,
        participants: { create: [{ userId: m.id.Camille ?? "" }, { userId: m.id.Owen ?? "" }] },
        items: { create: [{ offerListingId: offer, giverId: m.id.Camille ?? "", receiverId: m.id.Owen ?? "", similarity: 0.8 }] },
      },
    });
    expect(allText(await m.press("Camille", button(declined, "Annuler")))).toContain("ne peut plus être annulé");
    expect((await rows(matchId)).status).toBe("declined");
    await t.core.db.prisma.match.deleteMany({ where: { id: { in: [matchId, elsewhere.id] } } });
  });
});

describe("POST /api/v1/matches/:id/undo", () => {
  it("takes back an acceptance and a decline; nothing to undo, an agreed swap or someone else's match is a 4xx problem", async () => {
    const matchId = await proposedSwap("Jake", "Owen");
    const undo = (who: string, id = matchId) => t.request("POST", `/api/v1/matches/${id}/undo`, { token: m.token[who] });

    const nothing = await undo("Jake");
    expect(nothing.status).toBe(409);
    expect(nothing.headers.get("content-type")).toContain("application/problem+json");

    await t.request("POST", `/api/v1/matches/${matchId}/accept`, { token: m.token.Jake });
    const back = await undo("Jake");
    expect(back.status, back.text).toBe(200);
    expect(back.body.participants.find((p: { name: string }) => p.name === "Jake").acceptance).toBe("pending");

    await t.request("POST", `/api/v1/matches/${matchId}/decline`, { token: m.token.Owen });
    expect((await undo("Owen")).body.status).toBe("proposed");
    expect(await rows(matchId)).toEqual({ status: "proposed", acceptance: { Jake: "pending", Owen: "pending" } });

    expect((await undo("Camille")).status).toBe(404);

    await t.request("POST", `/api/v1/matches/${matchId}/accept`, { token: m.token.Jake });
    await t.request("POST", `/api/v1/matches/${matchId}/accept`, { token: m.token.Owen });
    const agreed = await undo("Owen");
    expect(agreed.status).toBe(409);
    expect(agreed.headers.get("content-type")).toContain("application/problem+json");
    expect(agreed.body.detail).toBe("Everyone accepted: the swap is agreed and can no longer be undone.");
    expect(await rows(matchId)).toEqual({ status: "accepted", acceptance: { Jake: "accepted", Owen: "accepted" } });
  });
});

describe("Undo after reporting a member", () => {
  const reportsBy = (who: string) => t.core.db.prisma.report.findMany({ where: { reporterId: m.id[who] } });
  const block = (who: string, whom: string) =>
    t.core.db.prisma.block.findUnique({ where: { blockerId_blockedId: { blockerId: m.id[who] ?? "", blockedId: m.id[whom] ?? "" } } });

  it("FR: 'Annuler' after « signaler et bloquer » withdraws the report and lifts the block it came with", async () => {
    await m.say("Camille", "signale sofia pour spam, elle m'envoie des pubs tous les jours");
    const reported = await m.say("Camille", "oui et bloque-la");
    expect(allText(reported)).toContain("est bloqué");
    expect(await reportsBy("Camille")).toHaveLength(1);
    expect(await block("Camille", "Sofia")).not.toBeNull();

    const undone = await m.press("Camille", button(reported, "Annuler"));
    expect(allText(undone)).toBe("C'est annulé : votre signalement est retiré et le blocage levé.");
    expect(await reportsBy("Camille")).toHaveLength(0);
    expect(await block("Camille", "Sofia")).toBeNull();
  });

  it("FR: « annule » typed after a report keeps a block the member had made before it", async () => {
    expect((await t.request("POST", `/api/v1/users/${m.id.Owen}/block`, { token: m.token.Sofia })).status).toBeLessThan(300);
    await m.say("Sofia", "je veux signaler owen pour harcèlement, il insiste sans arrêt");
    await m.say("Sofia", "oui et bloque-le");
    expect(await reportsBy("Sofia")).toHaveLength(1);

    expect(allText(await m.say("Sofia", "annule"))).toBe("C'est annulé : votre signalement est retiré.");
    expect(await reportsBy("Sofia")).toHaveLength(0);
    expect(await block("Sofia", "Owen")).not.toBeNull();
  });

  it("EN: once a moderator decided, Undo says so and the report stays", async () => {
    await m.say("Jake", "report owen for spam, he keeps sending me ads");
    const reported = await m.say("Jake", "yes");
    const [report] = await reportsBy("Jake");
    expect(report?.reason).toBe("spam");
    await t.core.db.prisma.report.update({ where: { id: report?.id ?? "" }, data: { status: "reviewed", resolvedAt: new Date() } });

    const late = await m.press("Jake", button(reported, "Undo"));
    expect(allText(late)).toBe("A moderator already decided on this report: it can no longer be withdrawn.");
    expect(await reportsBy("Jake")).toHaveLength(1);
  });

  it("DELETE /api/v1/me/reports/:id withdraws my open report; someone else's is 404, a decided one 409 problem+json", async () => {
    const filed = await t.request("POST", `/api/v1/users/${m.id.Jake}/report`, {
      token: m.token.Owen,
      body: { reason: "harassment", block: true },
    });
    expect(filed.status, filed.text).toBe(201);
    expect((await t.request("DELETE", `/api/v1/me/reports/${filed.body.id}`, { token: m.token.Camille })).status).toBe(404);
    const withdrawn = await t.request("DELETE", `/api/v1/me/reports/${filed.body.id}`, { token: m.token.Owen });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body).toEqual({ blockLifted: true });
    expect(await reportsBy("Owen")).toHaveLength(0);
    expect(await block("Owen", "Jake")).toBeNull();

    const [decided] = await reportsBy("Jake");
    const refused = await t.request("DELETE", `/api/v1/me/reports/${decided?.id}`, { token: m.token.Jake });
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("Undo after sending a message", () => {
  /** The member is reached on Discord (an identity with its DM channel): their messages wait in the outbox for it. */
  async function onDiscord(who: string) {
    const identity = await t.core.db.prisma.identity.create({
      data: { userId: m.id[who] ?? "", provider: "discord", externalId: `discord-${who}-${Date.now()}` },
    });
    await rememberIdentityAddress(t.core.db.prisma, identity.id, { dmChannelId: `D-${who}` });
    await updatePreferences(t.core.market, m.id[who] ?? "", { notificationChannels: ["discord"] });
  }
  const lastMessage = (senderId: string | undefined) =>
    t.core.db.prisma.message.findFirstOrThrow({ where: { senderId }, orderBy: { seq: "desc" }, include: { deliveries: true } });

  beforeAll(async () => {
    await onDiscord("Jake");
    await onDiscord("Sofia");
  });

  it("FR: 'Annuler' while the Discord delivery still waits cancels it and removes the message for both sides", async () => {
    const sent = await m.say("Camille", "écris à Jake : je peux passer demain vers 18h ?");
    expect(allText(sent)).toContain("Message envoyé à Jake");
    const before = await lastMessage(m.id.Camille);
    expect(before.body).toBe("je peux passer demain vers 18h ?");
    expect(before.deliveries.filter((d) => d.channel === "discord").map((d) => d.status)).toEqual(["pending"]);

    const undone = await m.press("Camille", button(sent, "Annuler"));
    expect(allText(undone)).toBe("C'est annulé : le message est retiré de la conversation, il ne sera remis nulle part.");
    const after = await lastMessage(m.id.Camille);
    expect(after).toMatchObject({ id: before.id, body: "" });
    expect(after.deletedAt).not.toBeNull();
    expect(after.deliveries.filter((d) => d.channel !== "socket").every((d) => d.status === "cancelled")).toBe(true);
    // Jake's side: the text is gone from the conversation.
    const seen = await t.request("GET", `/api/v1/conversations/${before.conversationId}/messages?limit=50`, { token: m.token.Jake });
    expect((seen.body.items as { body: string }[]).map((x) => x.body)).not.toContain("je peux passer demain vers 18h ?");
  });

  it("EN: 'undo' once Discord has it says so honestly and removes nothing", async () => {
    const sent = await m.say("Jake", "tell Sofia: see you at 6 by the station");
    expect(allText(sent)).toContain("Message sent to Sofia");
    const message = await lastMessage(m.id.Jake);
    // The delivery worker handed it to Discord.
    await t.core.db.prisma.delivery.updateMany({
      where: { messageId: message.id, channel: "discord" },
      data: { status: "sent", sentAt: new Date(), externalMessageId: "discord-1" },
    });

    const late = await m.say("Jake", "undo");
    expect(allText(late)).toBe("Too late to undo: the message already reached Discord, and I can't take it back from there.");
    const after = await lastMessage(m.id.Jake);
    expect(after).toMatchObject({ body: "see you at 6 by the station", deletedAt: null });
    expect(after.deliveries.find((d) => d.channel === "discord")?.status).toBe("sent");
  });

  it("POST …/messages/:messageId/unsend: removes a waiting message; someone else's is 403, a removed one 409 problem+json", async () => {
    const conversation = (await lastMessage(m.id.Jake)).conversationId;
    const posted = await t.request("POST", `/api/v1/conversations/${conversation}/messages`, {
      token: m.token.Sofia,
      body: { body: "running late", clientMessageId: `unsend-${Date.now()}` },
    });
    expect(posted.status, posted.text).toBeLessThan(300);
    const messageId = (posted.body.message ?? posted.body).id as string;
    const unsend = (who: string) =>
      t.request("POST", `/api/v1/conversations/${conversation}/messages/${messageId}/unsend`, { token: m.token[who] });
    expect((await unsend("Jake")).status).toBe(403);
    const removed = await unsend("Sofia");
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.deleted).toBe(true);
    expect((await t.core.db.prisma.delivery.findMany({ where: { messageId, channel: "discord" } })).map((d) => d.status)).toEqual([
      "cancelled",
    ]);
    const again = await unsend("Sofia");
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
  });
});
