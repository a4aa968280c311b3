/**
 * Issue 12, rows of TRIED-AS-A-NEW-USER.md about people (A25–A28, A30–A32, A38, A40, A41,
 * A49) and principle 8 (one thread per pair and topic), replayed over HTTP on the demo
 * community in the row's language with at least one more wording each. Asserted on the data:
 * which conversation got the message, which match is proposed, completed and reviewed, the
 * application's cover letter, the report rows and the trust they count.
 */
import { runMatchingRound } from "@relais/core/matching/marketplace-matching";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssistantAnswer, allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

type Conversation = { id: string; kind: string; members: { id: string; name: string }[]; unreadCount: number };
async function conversations(who: string): Promise<Conversation[]> {
  const res = await t.request("GET", "/api/v1/conversations?limit=50", { token: m.token[who] });
  expect(res.status, res.text).toBe(200);
  return res.body.items;
}
async function bodies(who: string, conversationId: string): Promise<string[]> {
  const res = await t.request("GET", `/api/v1/conversations/${conversationId}/messages?limit=50`, { token: m.token[who] });
  expect(res.status, res.text).toBe(200);
  return (res.body.items as { body: string }[]).map((message) => message.body);
}
const withMember = (list: Conversation[], name: string) => list.filter((c) => c.members.some((member) => member.name === name));

type Match = {
  id: string;
  kind: string;
  status: string;
  explanation: string;
  participants: { id: string; name: string; acceptance: string; completed: boolean }[];
};
async function matches(who: string): Promise<Match[]> {
  const res = await t.request("GET", "/api/v1/matches", { token: m.token[who] });
  expect(res.status, res.text).toBe(200);
  return res.body.items;
}
const matchWith = (list: Match[], name: string) => list.find((match) => match.participants.some((p) => p.name === name));

/** Posts by chat and publishes a preview if one is shown. */
async function post(who: string, text: string): Promise<void> {
  const before = (await m.listings(who)).length;
  const answer = await m.say(who, text);
  if ((await m.listings(who)).length === before) await m.press(who, button(answer, /^(Publier|Post it)$/));
  expect((await m.listings(who)).length).toBeGreaterThan(before);
}

beforeAll(async () => {
  t = await startTestApi({ RELAIS_DEMO_DATA: "true" });
  m = new Members(t);
  await m.register("Camille Martin", "fr", "Lyon");
  await m.register("Jake Turner", "en", "Lyon 7e");
  await m.register("Sofia Benali", "fr", "Vénissieux");
  // A swap Camille and Sofia both accept: it opens their swap's conversation.
  await post("Sofia Benali", "j'échange ma machine à coudre Singer contre un vélo pliant à Vénissieux");
  await post("Camille Martin", "j'échange mon vélo pliant Brompton contre une machine à coudre à Lyon");
  await runMatchingRound(t.core.market);
  for (const who of ["Sofia Benali", "Camille Martin"]) {
    const swap = matchWith(await matches(who), who === "Sofia Benali" ? "Camille Martin" : "Sofia Benali");
    expect(swap, who).toBeDefined();
    const res = await t.request("POST", `/api/v1/matches/${swap?.id}/accept`, { token: m.token[who] });
    expect(res.status, res.text).toBeLessThan(300);
  }
});
afterAll(async () => {
  await t?.close();
});

describe("A32: a match card speaks to its reader and says who already accepted", () => {
  it("FR: 'Vous cherchez …', the other's first name, no full name of the reader", async () => {
    await m.register("Nora", "fr", "Lyon");
    await m.register("Ugo", "en", "Lyon");
    await post("Nora", "j'échange ma yaourtière contre une machine à pain à Lyon");
    await post("Ugo", "j'échange ma machine à pain contre une yaourtière à Lyon");
    await runMatchingRound(t.core.market);
    const ugoMatch = matchWith(await matches("Ugo"), "Nora");
    await t.request("POST", `/api/v1/matches/${ugoMatch?.id}/accept`, { token: m.token.Ugo });
    const list = await m.say("Nora", "mes matchs");
    const card = list.replies[0]?.cards?.find((c) => c.subtitle === "Ugo");
    expect(card?.text).toMatch(/^Vous cherchez « Machine à pain »/);
    expect(card?.text).toContain("Ugo a déjà accepté");
    expect(card?.text).not.toContain("Nora cherche");
    const english = await m.say("Ugo", "show me my matches please");
    expect(english.replies[0]?.cards?.find((c) => c.subtitle === "Nora")?.text).toMatch(/^You want “Yaourtière” — Nora offers/);
  });
});

describe("A25 and principle 8: writing to someone already talked with reuses that conversation", () => {
  it("FR: 'ecris a sofia: …' goes into the swap's conversation; Sofia has one thread with Camille", async () => {
    const sent = await m.say("Camille Martin", "ecris a sofia: coucou ! on se retrouve ou pour l'echange ?");
    expect(sent.interpretation.intent).toBe("send_message");
    const threads = withMember(await conversations("Sofia Benali"), "Camille Martin");
    expect(threads.map((c) => c.kind)).toEqual(["match"]);
    expect(await bodies("Sofia Benali", threads[0]?.id as string)).toContain("coucou ! on se retrouve ou pour l'echange ?");
    // Another wording: still that thread.
    await m.say("Camille Martin", "dis à Sofia que je passe samedi à 10h");
    expect(withMember(await conversations("Sofia Benali"), "Camille Martin")).toHaveLength(1);
    expect(await bodies("Sofia Benali", threads[0]?.id as string)).toContain("je passe samedi à 10h");
  });

  it("EN: with a swap thread and a direct one, it asks which, and the message goes to the one chosen", async () => {
    // A direct conversation about a listing, opened from its Contact button.
    const found = await m.say("Jake Turner", "looking for a folding bike in Lyon");
    const brompton = found.replies[0]?.cards?.find((c) => c.title.startsWith("Vélo pliant"));
    expect(brompton).toBeDefined();
    const contact = await m.press("Jake Turner", brompton?.actions?.find((a) => a.label === "Contact")?.id);
    await m.say("Jake Turner", "is it still available?");
    expect(allText(contact)).toContain("Camille");
    const direct = withMember(await conversations("Jake Turner"), "Camille Martin");
    expect(direct.map((c) => c.kind)).toEqual(["direct"]);

    // Camille now has two threads with... only Jake's is direct; give Camille a second thread with Sofia.
    await m.say("Camille Martin", "je cherche une machine à coudre");
    const shown = await m.say("Camille Martin", "je cherche une machine à coudre Singer à Vénissieux");
    const singer = shown.replies[0]?.cards?.find((c) => c.title.startsWith("Machine à coudre"));
    await m.press("Camille Martin", singer?.actions?.find((a) => a.label === "Contacter")?.id);
    await m.say("Camille Martin", "elle coud bien le jean ?");
    const both = withMember(await conversations("Camille Martin"), "Sofia Benali");
    expect(both.map((c) => c.kind).sort()).toEqual(["direct", "match"]);

    const asked = await m.say("Camille Martin", "write to sofia: see you wednesday then");
    const labels = asked.replies[0]?.quickReplies?.map((q) => q.label) ?? [];
    expect(labels).toHaveLength(2);
    expect(labels).toContain("The swap with Sofia");
    await m.press("Camille Martin", button(asked, "The swap with Sofia"));
    const swapThread = both.find((c) => c.kind === "match") as Conversation;
    const directThread = both.find((c) => c.kind === "direct") as Conversation;
    expect(await bodies("Camille Martin", swapThread.id)).toContain("see you wednesday then");
    expect(await bodies("Camille Martin", directThread.id)).not.toContain("see you wednesday then");
    expect(withMember(await conversations("Sofia Benali"), "Camille Martin")).toHaveLength(2);
  });
});

describe("A26: 'reply: …' answers the right conversation, or asks", () => {
  it("EN: 'reply: thanks Jake, got them all' after reading Camille's thread asks which, and goes to Jake's when chosen", async () => {
    await m.say("Jake Turner", "write to sofia: I left the books at your door");
    await m.say("Sofia Benali", "ouvre la conv avec camille");
    const asked = await m.say("Sofia Benali", "reply: thanks Jake, got them all");
    const jake = withMember(await conversations("Sofia Benali"), "Jake Turner")[0] as Conversation;
    const camille = withMember(await conversations("Sofia Benali"), "Camille Martin");
    for (const thread of camille) expect(await bodies("Sofia Benali", thread.id)).not.toContain("thanks Jake, got them all");
    await m.press("Sofia Benali", button(asked, /Jake/));
    expect(await bodies("Sofia Benali", jake.id)).toContain("thanks Jake, got them all");
  });

  it("FR: 'réponds : …' right after reading a thread answers that thread", async () => {
    await m.say("Sofia Benali", "lis mes messages de jake");
    await m.say("Sofia Benali", "réponds : super, merci encore");
    const jake = withMember(await conversations("Sofia Benali"), "Jake Turner")[0] as Conversation;
    expect(await bodies("Sofia Benali", jake.id)).toContain("super, merci encore");
    expect(jake.unreadCount).toBe(0);
  });
});

describe("A27: 'write to NAME: …' sends, whatever the name looks like", () => {
  it("EN: 'write to camille: ok' and 'tell camille …' reach Camille's thread", async () => {
    await m.say("Jake Turner", "write to camille: ok");
    await m.say("Jake Turner", "tell camille I'll bring the capo too");
    const [thread] = withMember(await conversations("Jake Turner"), "Camille Martin");
    const said = await bodies("Jake Turner", thread?.id as string);
    expect(said).toContain("ok");
    expect(said).toContain("I'll bring the capo too");
  });

  it("EN: 'write to martin: hello there' goes to the Martin Jake talks with; a member with no contact is asked which Martin", async () => {
    await m.say("Jake Turner", "write to martin: hello there");
    const [thread] = withMember(await conversations("Jake Turner"), "Camille Martin");
    expect(await bodies("Jake Turner", thread?.id as string)).toContain("hello there");
    await m.register("Lena", "en", "Lyon");
    const asked = await m.say("Lena", "send a message to Martin: hello there");
    expect(asked.replies[0]?.quickReplies?.map((q) => q.label)).toEqual(expect.arrayContaining(["Alice Martin", "Camille Martin"]));
    expect(await conversations("Lena")).toEqual([]);
  });
});

describe("A28: 'open it', and 'reply' with one conversation", () => {
  it("EN: 'my messages' → 'open it' shows the thread and marks it read; 'reply: …' goes into it", async () => {
    await m.register("Olga", "en", "Lyon");
    await m.say("Camille Martin", "écris à Olga : ton vélo est toujours dispo ?");
    const list = await m.say("Olga", "my messages");
    expect(list.replies[0]?.cards).toHaveLength(1);
    const opened = await m.say("Olga", "open it");
    expect(allText(opened)).toContain("ton vélo est toujours dispo ?");
    const [thread] = await conversations("Olga");
    expect(thread?.unreadCount).toBe(0);
    await m.say("Olga", "reply: yes it's still available!");
    expect(await bodies("Olga", thread?.id as string)).toContain("yes it's still available!");
  });

  it("FR: 'ouvre-la' after one listing is shown opens it", async () => {
    const found = await m.say("Olga", "ouvre la conv avec camille");
    expect(allText(found)).toContain("ton vélo est toujours dispo ?");
  });
});

describe("A30: the three-way swap is proposed, never headphones for a skateboard", () => {
  it("a cycle Camille → Jake → Sofia, found from chat postings", async () => {
    await m.register("Cam", "fr", "Lyon");
    await m.register("Jay", "en", "Lyon 7e");
    await m.register("Sof", "fr", "Vénissieux");
    await post("Cam", "j'échange mon trépied photo Manfrotto contre un casque audio à Lyon");
    await post("Jay", "swapping my Sony WH-1000XM4 headphones for a skateboard, Lyon");
    await post("Sof", "j'échange mon skateboard complet contre un trépied photo à Vénissieux");
    await runMatchingRound(t.core.market);
    const mine = await matches("Cam");
    const cycle = mine.find((match) => match.kind === "cycle");
    expect(cycle?.participants.map((p) => p.name).sort()).toEqual(["Cam", "Jay", "Sof"]);
    for (const match of [...mine, ...(await matches("Jay"))])
      expect(match.explanation).not.toMatch(/Skateboard[^;]*WH-1000XM4|WH-1000XM4[^;]*Skateboard complet/);
  });
});

describe("A31: a swap completed and reviewed by chat", () => {
  it("FR and EN: 'c'est bon on a fait l'échange', then 'swap done! leave a 5 star review for sofia', then 'je mets 4 étoiles à camille'", async () => {
    const waiting = await m.say("Sofia Benali", "c'est bon on a fait l'échange avec camille");
    expect(waiting.interpretation.intent).toBe("complete_match");
    let swap = matchWith(await matches("Sofia Benali"), "Camille Martin");
    expect(swap?.participants.find((p) => p.name === "Sofia Benali")?.completed).toBe(true);
    expect(swap?.status).toBe("accepted");

    await m.say("Camille Martin", "swap done! leave a 5 star review for sofia");
    swap = matchWith(await matches("Camille Martin"), "Sofia Benali");
    expect(swap?.status).toBe("completed");
    await m.say("Sofia Benali", "je mets 4 étoiles à camille");
    const reviews = await t.core.db.prisma.review.findMany({ where: { matchId: swap?.id }, select: { rating: true, subjectId: true } });
    expect(reviews.map((r) => [r.subjectId, r.rating]).sort()).toEqual(
      [
        [m.id["Sofia Benali"], 5],
        [m.id["Camille Martin"], 4],
      ].sort(),
    );
    // The listings of a completed swap are traded.
    expect((await m.listings("Sofia Benali")).filter((l) => l.status === "traded").length).toBeGreaterThan(0);
  });

  it("EN: a review before the swap is done says when it can be left and writes nothing", async () => {
    const answer = await m.say("Ugo", "leave a 5 star review for nora");
    expect(allText(answer)).toMatch(/^No completed swap to review/);
    expect(await t.core.db.prisma.review.count({ where: { authorId: m.id.Ugo } })).toBe(0);
  });
});

describe("A38: applying keeps the member's message and says what applying does", () => {
  it("FR: 'postule a la 2eme' → 'oui, et ajoute ce message : …' keeps the cover letter", async () => {
    const found = await m.say("Camille Martin", "je cherche une mission react");
    expect(found.replies[0]?.cards?.length).toBeGreaterThanOrEqual(2);
    const asked = await m.say("Camille Martin", "postule a la 2eme");
    expect(allText(asked)).toContain("Relais ne transmet rien à l'entreprise");
    const done = await m.say("Camille Martin", "oui, et ajoute ce message : Bonjour, je suis dispo dès lundi, 7 ans de React.");
    expect(allText(done)).toContain("avec votre message");
    const res = await t.request("GET", "/api/v1/me/applications", { token: m.token["Camille Martin"] });
    const [application] = res.body.items as { coverLetter: string | null }[];
    expect(application?.coverLetter).toBe("Bonjour, je suis dispo dès lundi, 7 ans de React.");
  });

  it("EN: 'apply to the first one' → 'yes, with this message: …'", async () => {
    await m.say("Jake Turner", "any react missions?");
    await m.say("Jake Turner", "apply to the first one");
    await m.say("Jake Turner", "yes, with this message: Available from Monday.");
    const res = await t.request("GET", "/api/v1/me/applications", { token: m.token["Jake Turner"] });
    expect((res.body.items as { coverLetter: string | null }[])[0]?.coverLetter).toBe("Available from Monday.");
  });

  it("FR: the letter said with the request ('postule à la première avec ce mot : …') is shown, then kept on 'oui'", async () => {
    await m.register("Nadia", "fr", "Lyon");
    await m.say("Nadia", "missions react");
    const asked = await m.say("Nadia", "postule à la première avec ce mot : Bonjour, je suis dispo lundi.");
    expect(allText(asked)).toContain("avec ce message : « Bonjour, je suis dispo lundi. »");
    await m.say("Nadia", "oui");
    const res = await t.request("GET", "/api/v1/me/applications", { token: m.token.Nadia });
    expect((res.body.items as { coverLetter: string | null }[])[0]?.coverLetter).toBe("Bonjour, je suis dispo lundi.");
  });

  it("EN: 'yes, and attach this note: …' applies with the note as the letter (the word 'note' does not track a step)", async () => {
    await m.register("Ned", "en", "Lyon");
    await m.say("Ned", "react gigs");
    await m.say("Ned", "apply to number 2");
    const done = await m.say("Ned", "yes, and attach this note: Hi, 7 years of React, free from Monday.");
    expect(done.interpretation.intent).toBe("apply_mission");
    const res = await t.request("GET", "/api/v1/me/applications", { token: m.token.Ned });
    const [application] = res.body.items as { coverLetter: string | null; status: string }[];
    expect(application).toMatchObject({ coverLetter: "Hi, 7 years of React, free from Monday.", status: "applied" });
  });
});

describe("A40, A49: reports keep what was said, offer to block, and count once per reporter", () => {
  it("FR: 'je veux signaler bruno lefevre il ma arnaqué' → 'ouais' keeps the details; twice counts once", async () => {
    const bruno = await t.core.db.prisma.user.findFirstOrThrow({ where: { name: "Bruno Lefèvre" }, select: { id: true } });
    const trust = async () => (await t.request("GET", `/api/v1/users/${bruno.id}`, {})).body.trust;
    const before = await trust();
    const asked = await m.say("Camille Martin", "je veux signaler bruno lefevre il ma arnaqué");
    expect(asked.replies[0]?.quickReplies?.map((q) => q.label)).toEqual(["Oui", "Signaler et bloquer", "Non"]);
    await m.say("Camille Martin", "ouais");
    const [report] = await t.core.db.prisma.report.findMany({ where: { reporterId: m.id["Camille Martin"], targetUserId: bruno.id } });
    expect(report).toMatchObject({ reason: "scam", details: "je veux signaler bruno lefevre il ma arnaqué" });
    const once = await trust();
    // The same member reports again, another way: a second row, one counted report.
    await m.say("Camille Martin", "signale bruno lefèvre pour spam, il m'envoie des pubs tous les jours");
    await m.say("Camille Martin", "oui");
    expect(await t.core.db.prisma.report.count({ where: { reporterId: m.id["Camille Martin"], targetUserId: bruno.id } })).toBe(2);
    const twice = await trust();
    expect(once.score).toBeLessThan(before.score);
    expect(twice.score).toBe(once.score);
  });

  it("EN: 'report sofia, she keeps sending me spam' → 'yes and block her' reports and blocks", async () => {
    await m.say("Jake Turner", "report sofia, she keeps sending me spam");
    await m.say("Jake Turner", "yes and block her");
    const blocked = await t.core.db.prisma.block.findFirst({ where: { blockerId: m.id["Jake Turner"], blockedId: m.id["Sofia Benali"] } });
    expect(blocked).not.toBeNull();
    const report = await t.core.db.prisma.report.findFirst({ where: { reporterId: m.id["Jake Turner"] } });
    expect(report?.reason).toBe("spam");
  });
});

describe("A41: linking an account says which apps answer here and what to type there", () => {
  it.each([
    ["Camille Martin", "je veux lier mon compte slack", "le widget du site", "lier mon compte"],
    ["Jake Turner", "how do I connect my discord?", "the website widget", "link my account"],
  ])("%s: %s", async (who, said, app, typed) => {
    const answer: AssistantAnswer = await m.say(who, said);
    expect(answer.interpretation.intent).toBe("link_account");
    const text = allText(answer);
    // This instance runs no Slack or Discord app (Teams runs in development mode): neither is offered.
    expect(text).toContain(app);
    expect(text).not.toMatch(/Slack|Discord/);
    const code = /(\d{5} \d{5})/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain(`${typed} ${code}`);
    expect(await t.core.db.prisma.linkCode.count({ where: { userId: m.id[who] } })).toBeGreaterThan(0);
  });
});
