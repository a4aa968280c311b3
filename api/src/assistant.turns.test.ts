/**
 * Turns as chat platforms send them, over HTTP where the REST API can say it and through the
 * core assistant where only a channel adapter can (a Slack workspace, a Discord DM):
 * a retried event answered once with one message, two turns 10 ms apart answered in order
 * with neither's question nor buttons lost, dialog context per conversation, buttons that
 * outlive the turn and only work for their member, long answers paged behind "more…",
 * files sent in chat, and "accept now, answer later".
 */

import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Turn, TurnResult } from "@relais/core/assistant/assistant";
import { LIMITS, limitViolations } from "@relais/core/assistant/reply-limits";
import { loadSession, saveSession } from "@relais/core/assistant/session";
import type { Delivery } from "@relais/core/db/generated/client";
import { buildNotification } from "@relais/core/delivery/notifications";
import { runMatchingRound } from "@relais/core/matching/marketplace-matching";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpResult, STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let github: Server;
const token: Record<string, string> = {};
const userId: Record<string, string> = {};

async function register(name: string, locale: "fr" | "en") {
  const email = `${name.replace(/[^A-Za-z]/g, "").toLowerCase()}-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name, locale } });
  expect(res.status).toBe(201);
  token[name] = res.body.accessToken;
  userId[name] = res.body.user.id;
}

function say(who: string, text: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  return t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { text }, headers });
}

const slack = (externalId: string, conversation: string, direct: boolean, rest: Partial<Turn> = {}): Turn => ({
  identity: { provider: "slack", externalId },
  channel: { provider: "slack", workspace: "T1", conversation, direct },
  ...rest,
});

beforeAll(async () => {
  // A slow stand-in for the public GitHub API: a turn that reads it waits on real I/O.
  github = createServer((req, res) => {
    const body =
      req.url === "/users/camille-dev"
        ? { login: "camille-dev", name: "Camille", bio: "Rust and Go engineer.", location: "Lyon, France" }
        : [{ name: "fast-queue", description: "A lock-free queue", language: "Rust", stargazers_count: 1200, fork: false }];
    setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)), 50);
  });
  github.listen(0, "127.0.0.1");
  await once(github, "listening");
  t = await startTestApi({ RELAIS_ACTION_TTL_DAYS: "3", GITHUB_API_URL: `http://127.0.0.1:${(github.address() as AddressInfo).port}` });
  await register("Zoé Testeuse", "fr");
  await register("Brandon Tester", "en");
  await register("Camille Voisine", "fr");
});
afterAll(async () => {
  await t?.close();
  github?.close();
});

describe("the same inbound event twice", () => {
  it("is answered once over HTTP: the retry gets the first answer, one message is written", async () => {
    const body = "shall we meet on Saturday at 10?";
    const headers = { "Idempotency-Key": "evt-7f3a-0001" };
    // The platform retries before the first answer: both arrive at once, then once more later.
    const [first, second] = await Promise.all([
      say("Brandon Tester", `message Zoé: ${body}`, headers),
      say("Brandon Tester", `message Zoé: ${body}`, headers),
    ]);
    const third = await say("Brandon Tester", `message Zoé: ${body}`, headers);
    for (const res of [first, second, third]) expect(res.status).toBe(200);
    expect(first.body.replies[0].text).toBe(`Message sent to Zoé Testeuse: "${body}"`);
    expect(second.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
    expect([first, second, third].filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(2);
    const messages = await t.core.db.prisma.message.findMany({ where: { senderId: userId["Brandon Tester"], body } });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.clientMessageId).toMatch(/^turn:/);
    const rows = await t.core.db.prisma.inboundTurn.findMany({ where: { inboundId: "evt-7f3a-0001" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe("answered");
    // Zoé's inbox shows it once.
    const inbox = await t.request("GET", "/api/v1/conversations", { token: token["Zoé Testeuse"] });
    const withBrandon = inbox.body.items.find((c: { lastMessage?: { body: string } }) => c.lastMessage?.body === body);
    const thread = await t.request("GET", `/api/v1/conversations/${withBrandon.id}/messages`, { token: token["Zoé Testeuse"] });
    expect(thread.body.items.filter((m: { body: string }) => m.body === body)).toHaveLength(1);
  });

  it("refuses a malformed Idempotency-Key with a 400 problem, nothing done", async () => {
    const res = await say("Brandon Tester", "message Zoé: never sent", { "Idempotency-Key": "é".repeat(3) });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await t.core.db.prisma.message.count({ where: { body: "never sent" } })).toBe(0);
  });

  it("sends one message when a chat event is retried after the dedupe window", async () => {
    const turn = slack("T1:U-retry", "D-retry", true, { inboundId: "Ev-late-1", text: "message Zoé: one message only" });
    await t.api.assistant.handle(turn);
    // Eleven minutes later the dedupe row has expired; the message's client id still holds.
    await t.core.db.prisma.inboundTurn.updateMany({ where: { inboundId: "Ev-late-1" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const late = await t.api.assistant.handle(turn);
    expect(late.replayed).toBe(false);
    expect(await t.core.db.prisma.message.count({ where: { body: "one message only" } })).toBe(1);
  });
});

describe("two turns of one identity 10 ms apart", () => {
  // In process, embedded PGlite answers without real I/O, so two turns rarely interleave here;
  // the GitHub test below makes the first turn wait on the network, as a chat turn waits on an LLM.
  it("are answered in order over HTTP, the second answering the first one's question", async () => {
    const first = say("Brandon Tester", "I'd like to post a want ad");
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = say("Brandon Tester", "a cordless drill");
    const [a, b] = await Promise.all([first, second]);
    expect(a.body.replies[0].text).toBe('What are you looking for? (e.g. "drill")');
    expect(b.body.replies[0].text).toContain("In which town?");
    const third = await say("Brandon Tester", "Villeurbanne");
    expect(third.body.replies[0].text).toContain("It's posted");
    const mine = await t.request("GET", "/api/v1/me/listings?limit=50", { token: token["Brandon Tester"] });
    expect(mine.body.items.find((l: { title: string }) => l.title === "Cordless drill")).toMatchObject({ kind: "want" });
  });

  it("'oui' 10 ms after a profile draft that waits on GitHub confirms that draft: the second turn waits for the first", async () => {
    const draft = say("Camille Voisine", "mon github est camille-dev");
    await new Promise((resolve) => setTimeout(resolve, 10));
    const yes = say("Camille Voisine", "oui");
    const [a, b] = await Promise.all([draft, yes]);
    expect(a.body.interpretation.intent).toBe("generate_profile");
    expect(a.body.replies[0].text).toMatch(/^Voici le profil que je propose/);
    expect(b.body.replies[0].text).toBe("Votre profil est enregistré.");
    const profile = await t.core.db.prisma.profile.findUniqueOrThrow({ where: { userId: userId["Camille Voisine"] } });
    expect(profile.skills.map((skill) => skill.toLowerCase())).toContain("rust");
  });

  it("keeps both turns' buttons: the first turn's button still works after the second", async () => {
    await say("Zoé Testeuse", "je vends ma lampe de bureau 20 € à Lyon");
    const first = say("Zoé Testeuse", "mes annonces");
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = say("Zoé Testeuse", "mes messages");
    const [listings, inbox] = await Promise.all([first, second]);
    expect(inbox.status).toBe(200);
    const remove = listings.body.replies[0].cards[0].actions.find((a: { label: string }) => a.label === "Supprimer");
    const pressed = await t.request("POST", "/api/v1/assistant/messages", { token: token["Zoé Testeuse"], body: { action: remove.id } });
    expect(pressed.body.replies[0].text).toMatch(/^Supprimer l'annonce « Lampe de bureau » \?/);
  });

  it("across two processes, a save that lost the race keeps the other's question and adds its own change", async () => {
    const prisma = t.core.db.prisma;
    const identity = await prisma.identity
      .findFirstOrThrow({ where: { provider: "api", userId: userId["Camille Voisine"] } })
      .catch(async () => {
        await say("Camille Voisine", "bonjour");
        return prisma.identity.findFirstOrThrow({ where: { provider: "api", userId: userId["Camille Voisine"] } });
      });
    const uid = userId["Camille Voisine"] as string;
    const one = await loadSession(prisma, identity.id, uid);
    const two = await loadSession(prisma, identity.id, uid);
    one.state.pending = {
      intent: "create_listing",
      slots: { kind: "want" },
      awaiting: "title",
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    };
    one.history.push({ role: "user", text: "je cherche quelque chose" });
    two.state.results = { kind: "listings", ids: ["l1", "l2"] };
    two.history.push({ role: "user", text: "vélo à Lyon" });
    await saveSession(prisma, one);
    await saveSession(prisma, two);
    const merged = await loadSession(prisma, identity.id, uid);
    expect(merged.state.pending?.awaiting).toBe("title");
    expect(merged.state.results?.ids).toEqual(["l1", "l2"]);
    expect(merged.history.slice(-2).map((h) => h.text)).toEqual(["je cherche quelque chose", "vélo à Lyon"]);
    expect(merged.version).toBe(one.version + 1);
  });
});

describe("text no database can hold", () => {
  it("a chat message with U+0000 or a lone surrogate gets a polite answer, and the dialog is still saved", async () => {
    for (const text of ["je vends un vélo\u0000 à Lyon", "salut \ud800"]) {
      const answer = await t.api.assistant.handle(slack("T1:U-nul", "D-nul", true, { text }));
      expect(answer.replies[0]?.text).toContain("caractères que je ne peux pas lire");
    }
    const listings = await t.core.db.prisma.listing.count({ where: { owner: { identities: { some: { externalId: "T1:U-nul" } } } } });
    expect(listings).toBe(0);
    const after = await t.api.assistant.handle(slack("T1:U-nul", "D-nul", true, { text: "bonjour" }));
    expect(after.replies[0]?.text).toBeTruthy();
  });
});

describe("dialog context per conversation", () => {
  it("'le deuxième' in a DM does not pick from a list shown in a public channel", async () => {
    // Two offers that a search lists (posted over REST: the chat's own state is not what this checks).
    for (const [title, amount] of [
      ["Vélo de course", 15000],
      ["Vélo pliant", 8000],
    ] as const) {
      const posted = await t.request("POST", "/api/v1/listings", {
        token: token["Camille Voisine"],
        body: { kind: "offer", title, description: `${title}, bon état.`, price: { amount, currency: "EUR" }, location: { place: "Lyon" } },
      });
      expect(posted.status).toBe(201);
    }
    const shown = await t.api.assistant.handle(slack("T1:U-zed", "C-general", false, { text: "je cherche un vélo à Lyon" }));
    expect(shown.replies[0]?.cards?.length).toBeGreaterThanOrEqual(2);
    const inDm = await t.api.assistant.handle(slack("T1:U-zed", "D-zed", true, { text: "le deuxième" }));
    expect(inDm.replies[0]?.cards).toBeUndefined();
    expect(inDm.replies[0]?.text).not.toContain(shown.replies[0]?.cards?.[1]?.title as string);
    const inChannel = await t.api.assistant.handle(slack("T1:U-zed", "C-general", false, { text: "le deuxième" }));
    expect(inChannel.replies[0]?.cards?.[0]?.title).toBe(shown.replies[0]?.cards?.[1]?.title);
    const sessions = await t.core.db.prisma.assistantSession.findMany({ where: { identity: { externalId: "T1:U-zed" } } });
    expect(sessions.map((s) => s.conversationKey).sort()).toEqual(["slack|T1|C-general|", "slack|T1|D-zed|"]);
  });
});

describe("buttons that outlive the turn", () => {
  it("a notification's button works days later for its member only, from any of their identities", async () => {
    const assistant = t.api.assistant;
    // Zoé posts a listing by chat; a notification (built outside any turn) offers to delete it.
    const posted = await assistant.handle(slack("T1:U-zoe", "D-zoe", true, { text: "je vends une chaise en bois 15 € à Lyon" }));
    const owner = posted.userId;
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({ where: { ownerId: owner, title: { contains: "Chaise" } } });
    const id = await assistant.actions.create(owner, "delete_listing", { listingId: listing.id, confirmed: true });
    const row = await t.core.db.prisma.assistantAction.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(2.9 * 24 * 3600_000);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3 * 24 * 3600_000);

    const stranger = await assistant.handle(slack("T1:U-stranger", "D-stranger", true, { action: id }));
    expect(stranger.replies[0]?.text).toBe(
      "Ce bouton a été envoyé à un autre membre : je ne peux rien faire avec. Dites-moi ce que vous voulez faire.",
    );
    expect(await t.core.db.prisma.listing.count({ where: { id: listing.id } })).toBe(1);

    const pressed = await assistant.handle(
      slack("T1:U-zoe", "D-zoe", true, {
        action: id,
        channel: { provider: "slack", workspace: "T1", conversation: "D-zoe", direct: true, messageId: "1712.0042" },
      }),
    );
    expect(pressed.replies[0]?.text).toContain("est supprimée");
    expect(await t.core.db.prisma.listing.count({ where: { id: listing.id } })).toBe(0);
  });

  it("a proposal notification's Accept works for its member only, and is refused to the other", async () => {
    await say("Zoé Testeuse", "j'échange mon ukulélé soprano contre une trottinette électrique à Lyon");
    await say("Brandon Tester", "swap my electric scooter trottinette électrique for a soprano ukulélé in Lyon");
    await runMatchingRound(t.core.market);
    const [zoe, brandon] = [userId["Zoé Testeuse"] as string, userId["Brandon Tester"] as string];
    const match = await t.core.db.prisma.match.findFirstOrThrow({
      where: { status: "proposed", AND: [{ participants: { some: { userId: zoe } } }, { participants: { some: { userId: brandon } } }] },
    });
    // What the delivery worker sends Zoé (in French): the proposal with its buttons.
    const built = await buildNotification(
      t.core.db.prisma,
      { kind: "match_proposed", matchId: match.id, userId: zoe } as Delivery,
      t.api.assistant.actions,
    );
    if (!("reply" in built)) throw new Error(`notification skipped: ${built.skip}`);
    expect(built.reply.text).toMatch(/^Nouvelle proposition d'échange/);
    const [accept, decline] = built.reply.cards?.[0]?.actions ?? [];
    expect([accept?.label, decline?.label]).toEqual(["Accepter", "Refuser"]);
    const press = (who: string, action: string) => t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { action } });

    const stolen = await press("Brandon Tester", accept?.id as string);
    expect(stolen.body.replies[0].text).toBe(
      "That button was sent to another member, so I can't act on it. Tell me what you'd like to do.",
    );
    const acceptance = () =>
      t.core.db.prisma.matchParticipant.findUniqueOrThrow({ where: { matchId_userId: { matchId: match.id, userId: zoe } } });
    expect((await acceptance()).acceptance).toBe("pending");

    const pressed = await press("Zoé Testeuse", accept?.id as string);
    expect(pressed.body.interpretation.intent).toBe("accept_match");
    expect((await acceptance()).acceptance).toBe("accepted");
  });

  it("“No” on a confirmation replaces the message it was pressed on", async () => {
    const zoe = (rest: Partial<Turn>) => slack("T1:U-zoe", "D-zoe", true, rest);
    await t.api.assistant.handle(zoe({ text: "je vends une étagère 12 € à Lyon" }));
    await t.api.assistant.handle(zoe({ text: "mes annonces" }));
    const question = await t.api.assistant.handle(zoe({ text: "supprime la première" }));
    const no = question.replies[0]?.quickReplies?.find((q) => q.label === "Non")?.action as string;
    const pressed = await t.api.assistant.handle(
      zoe({ action: no, channel: { provider: "slack", workspace: "T1", conversation: "D-zoe", direct: true, messageId: "1712.0042" } }),
    );
    expect(pressed.replies[0]).toMatchObject({ text: "C'est annulé. On repart de zéro.", replaces: "1712.0042" });
    expect(await t.core.db.prisma.listing.count({ where: { ownerId: pressed.userId, title: "Étagère" } })).toBe(1);
  });

  it("an expired button is refused politely and does nothing", async () => {
    const posted = await t.api.assistant.handle(slack("T1:U-old", "D-old", true, { text: "je vends un tabouret 5 € à Lyon" }));
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({ where: { ownerId: posted.userId } });
    const id = await t.api.assistant.actions.create(posted.userId, "delete_listing", { listingId: listing.id, confirmed: true });
    await t.core.db.prisma.assistantAction.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const pressed = await t.api.assistant.handle(slack("T1:U-old", "D-old", true, { action: id }));
    expect(pressed.replies[0]?.text).toMatch(/^Ce bouton n'est plus valable/);
    expect(await t.core.db.prisma.listing.count({ where: { id: listing.id } })).toBe(1);
  });
});

describe("replies fitted to the channel", () => {
  it("Discord: eight listings with a button each stay within its limits, a page at a time; “Voir plus” shows the rest", async () => {
    const discord = (rest: Partial<Turn>): Turn => ({
      identity: { provider: "discord", externalId: "4242" },
      channel: { provider: "discord", conversation: "DM-4242", direct: true },
      ...rest,
    });
    for (const colour of ["rouge", "bleu", "vert", "jaune", "noir", "blanc", "gris", "rose"])
      await t.api.assistant.handle(discord({ text: `je vends un vélo ${colour} 30 € à Lyon` }));
    const mine = await t.api.assistant.handle(discord({ text: "mes annonces" }));
    const titles: string[] = [];
    let page = mine.replies[0];
    for (let pages = 1; ; pages++) {
      expect(page && limitViolations(page, LIMITS.discord)).toEqual([]);
      expect(page?.cards?.length).toBeGreaterThan(0);
      expect(page?.cards?.length).toBeLessThanOrEqual(LIMITS.discord.cards);
      titles.push(...(page?.cards ?? []).map((c) => c.title));
      const more = page?.quickReplies?.find((q) => q.label === "Voir plus");
      if (!more) break;
      expect(pages, "pages").toBeLessThan(8);
      const next = await t.api.assistant.handle(discord({ action: more.action as string }));
      expect(next.replies[0]?.text).toBe("(suite)");
      page = next.replies[0];
    }
    expect(titles).toHaveLength(8);
    expect(new Set(titles).size).toBe(8);
    // The same listings over REST (no row limit) come in one message.
    const member = await t.core.db.prisma.identity.findFirstOrThrow({ where: { provider: "discord", externalId: "4242" } });
    const rest = await t.api.assistant.handle({ identity: { provider: "discord", externalId: "4242" }, text: "mes annonces" });
    expect(rest.userId).toBe(member.userId);
    expect(rest.replies[0]?.cards).toHaveLength(8);
  });
});

describe("files sent in chat", () => {
  it("a CV as a text file becomes a profile draft (over HTTP)", async () => {
    const cv = "Senior Python and Django developer, 8 years of experience building data platforms. Based in Montreal. Rate: $90/h.";
    const res = await t.request("POST", "/api/v1/assistant/messages", {
      token: token["Brandon Tester"],
      body: { text: "here is my CV", attachments: [{ name: "cv.txt", mimeType: "text/plain", data: Buffer.from(cv).toString("base64") }] },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.interpretation.intent, res.text).toBe("generate_profile");
    expect(res.body.replies[0].text).toContain("Here is the profile I suggest");
  });

  it("a photo goes to the listing just posted; a PDF is refused politely with nothing done", async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c33" } })
      .png()
      .toBuffer();
    const res = await t.request("POST", "/api/v1/assistant/messages", {
      token: token["Zoé Testeuse"],
      body: {
        text: "je vends mon fauteuil rouge 60 € à Lyon",
        attachments: [{ name: "fauteuil.png", mimeType: "image/png", data: png.toString("base64") }],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.replies.map((r: { text: string }) => r.text).join("\n")).toContain("1 photo ajoutée à « Fauteuil rouge »");
    const mine = await t.request("GET", "/api/v1/me/listings?limit=50", { token: token["Zoé Testeuse"] });
    const fauteuil = mine.body.items.find((l: { title: string }) => l.title === "Fauteuil rouge");
    expect(fauteuil.images).toHaveLength(1);

    const pdf = await t.request("POST", "/api/v1/assistant/messages", {
      token: token["Zoé Testeuse"],
      body: {
        text: "je vends ma table 40 € à Lyon",
        attachments: [{ name: "table.pdf", mimeType: "application/pdf", data: Buffer.from("%PDF-1.4").toString("base64") }],
      },
    });
    expect(pdf.body.replies[0].text).toMatch(/^Je ne sais pas lire ce fichier/);
    const after = await t.request("GET", "/api/v1/me/listings?limit=50", { token: token["Zoé Testeuse"] });
    expect(after.body.items.some((l: { title: string }) => l.title === "Table")).toBe(false);
  });
});

describe("accept now, answer later", () => {
  it("returns before the answer, delivers it once, and a replayed event delivers nothing", async () => {
    const delivered: TurnResult[] = [];
    let resolveFirst: () => void = () => {};
    const firstDelivered = new Promise<void>((resolve) => {
      resolveFirst = resolve;
    });
    const deliver = async (result: TurnResult) => {
      delivered.push(result);
      resolveFirst();
    };
    const turn = slack("T1:U-bg", "D-bg", true, { inboundId: "Ev-bg-1", text: "aide" });
    t.api.assistant.handleInBackground(turn, deliver);
    // Acknowledged at once: nothing delivered yet when the call returns.
    expect(delivered).toHaveLength(0);
    t.api.assistant.handleInBackground(turn, deliver);
    await firstDelivered;
    await t.api.assistant.idle();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.replies[0]?.text).toMatch(/^Voici ce que je sais faire/);
  });

  it("refuses a malformed turn at once, before acknowledging", () => {
    expect(() =>
      t.api.assistant.handleInBackground(slack("T1:U-bg", "D-bg", true, { inboundId: "\u0000bad", text: "aide" }), async () => {}),
    ).toThrow();
  });
});
