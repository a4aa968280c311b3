/**
 * Issue 12, acceptance 2, English members (the French and mixed-language scenarios are in
 * assistant.scenarios-fr): multi-turn conversations written from the principles, each ending
 * on what the data says (listings, matches, conversations, reports, preferences).
 */
import { runMatchingRound } from "@relais/core/matching/marketplace-matching";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;
let count = 0;
async function member(place = "Lyon"): Promise<string> {
  const name = `Sam ${String.fromCharCode(65 + count++)}`;
  await m.register(name, "en", place);
  return name;
}
type Match = { id: string; status: string; participants: { name: string; acceptance: string }[] };
async function matches(who: string): Promise<Match[]> {
  return (await t.request("GET", "/api/v1/matches", { token: m.token[who] })).body.items;
}
async function post(who: string, text: string): Promise<void> {
  const answer = await m.say(who, text);
  if ((await m.listings(who)).length === 0) await m.press(who, button(answer, "Post it"));
}

beforeAll(async () => {
  t = await startTestApi({ RELAIS_DEMO_DATA: "true" });
  m = new Members(t);
});
afterAll(async () => {
  await t?.close();
});

describe("English scenarios", () => {
  it("25. '120 bucks, pick up in Lyon 7': €120 in Lyon 7e, the 7 is no price; 'make it dollars' changes only the currency", async () => {
    const who = await member();
    const preview = await m.say(who, "selling my fender acoustic guitar, 120 bucks, like new, pick up in Lyon 7");
    // "bucks" names no currency: Lyon's, said in the preview, before anything is written.
    expect(await m.listings(who)).toEqual([]);
    expect(preview.replies[0]?.text).toContain("€120: you named no currency");
    await m.say(who, "make it dollars");
    await m.say(who, "ok post it");
    const [guitar] = await m.listings(who);
    expect(guitar).toMatchObject({ price: { amount: 12000, currency: "USD" }, location: { place: "Lyon 7e" } });
  });

  it("26. 'post a want' → 'a camping tent for 2 people' has no price and keeps its size", async () => {
    const who = await member();
    await m.say(who, "post a want");
    const answer = await m.say(who, "a camping tent for 2 people");
    if ((await m.listings(who)).length === 0) await m.press(who, button(answer, "Post it"));
    const [tent] = await m.listings(who);
    expect(tent).toMatchObject({ kind: "want", title: "Camping tent for 2 people", price: null });
  });

  it("27. search → 'the 2nd one' of a one-item list says so → 'the first one' → 'contact her' → the owner gets the message", async () => {
    const who = await member();
    const found = await m.say(who, "looking for a bike in Lyon");
    expect(found.replies[0]?.cards).toHaveLength(1);
    const second = await m.say(who, "the 2nd one");
    expect(second.replies[0]?.text).toBe("The list only has one item.");
    const first = await m.say(who, "the first one");
    expect(first.replies[0]?.cards?.[0]?.title).toBe(found.replies[0]?.cards?.[0]?.title);
    await m.say(who, "contact her");
    await m.say(who, "Hi, is it still available?");
    const threads = (await t.request("GET", "/api/v1/conversations", { token: m.token[who] })).body.items;
    expect(threads).toHaveLength(1);
    expect(threads[0].lastMessage.body).toBe("Hi, is it still available?");
  });

  it("28. 'guitars in Lyon' then 'books in Paris' searches books in Paris", async () => {
    const who = await member();
    await m.say(who, "guitars in Lyon");
    const books = await m.say(who, "books in Paris");
    expect(books.interpretation.slots).toMatchObject({ q: "books", place: "Paris" });
  });

  it("29. edits by chat: the price, the title, a pause — and Undo of the pause", async () => {
    const who = await member();
    await post(who, "selling my city bike 100 euros in Lyon");
    await m.say(who, "set the price to 90");
    await m.say(who, "rename it to City bike with basket");
    const paused = await m.say(who, "pause it");
    let [bike] = await m.listings(who);
    expect(bike).toMatchObject({ title: "City bike with basket", price: { amount: 9000 }, status: "paused" });
    await m.press(who, button(paused, "Undo"));
    [bike] = await m.listings(who);
    expect(bike?.status).toBe("active");
  });

  it("30. 'I want to report Alice Martin for spam' → 'yes': one report, with the reason", async () => {
    const who = await member();
    await m.say(who, "I want to report Alice Martin for spam, she messages me every day");
    await m.say(who, "yes");
    const reports = await t.core.db.prisma.report.findMany({ where: { reporterId: m.id[who] }, include: { targetUser: true } });
    expect(reports.map((r) => [r.targetUser?.name, r.reason])).toEqual([["Alice Martin", "spam"]]);
  });

  it("31. a swap: 'my matches' → 'accept the swap with …' accepts that one", async () => {
    const a = await member();
    const b = await member();
    await post(a, "swapping my drum machine for a synthesizer in Lyon");
    await post(b, "swapping my synthesizer for a drum machine in Lyon");
    await runMatchingRound(t.core.market);
    const list = await m.say(a, "my matches");
    expect(list.replies[0]?.cards?.some((c) => c.subtitle === b)).toBe(true);
    await m.say(a, `accept the swap with ${b}`);
    const swap = (await matches(a)).find((x) => x.participants.some((p) => p.name === b));
    expect(swap?.participants.find((p) => p.name === a)?.acceptance).toBe("accepted");
    expect(swap?.participants.find((p) => p.name === b)?.acceptance).toBe("pending");
  });

  it("32. declining asks first; 'yes' declines it", async () => {
    const a = await member();
    const b = await member();
    await post(a, "swapping my kayak for a skateboard in Lyon");
    await post(b, "swapping my skateboard for a kayak in Lyon");
    await runMatchingRound(t.core.market);
    const swap = (await matches(b)).find((x) => x.participants.some((p) => p.name === a));
    expect(swap?.status).toBe("proposed");
    const asked = await m.say(b, `decline the swap with ${a}`);
    expect(allText(asked)).toMatch(/^Decline this swap\?/);
    expect((await t.core.db.prisma.match.findUniqueOrThrow({ where: { id: swap?.id } })).status).toBe("proposed");
    await m.say(b, "yes");
    expect((await t.core.db.prisma.match.findUniqueOrThrow({ where: { id: swap?.id } })).status).toBe("declined");
  });

  it("33. 'write to …' then the other opens it and replies: one conversation, both messages", async () => {
    const a = await member();
    const b = await member();
    await m.say(a, `write to ${b}: hi, are you around on Saturday?`);
    await m.say(b, "my messages");
    await m.say(b, "open it");
    await m.say(b, "reply: yes, after 10am");
    const threads = (await t.request("GET", "/api/v1/conversations", { token: m.token[a] })).body.items as { id: string }[];
    expect(threads).toHaveLength(1);
    const messages = await t.request("GET", `/api/v1/conversations/${threads[0]?.id}/messages`, { token: m.token[a] });
    expect((messages.body.items as { body: string }[]).map((x) => x.body)).toEqual(["hi, are you around on Saturday?", "yes, after 10am"]);
  });

  it("34. a posting with every field stated goes out at once, and Undo removes it", async () => {
    const who = await member();
    const posted = await m.say(who, "selling my desk lamp for 15 euros in Lyon");
    expect(await m.listings(who)).toHaveLength(1);
    await m.press(who, button(posted, "Undo"));
    expect(await m.listings(who)).toEqual([]);
  });

  it("35. 'no notifications at night' sets quiet hours", async () => {
    const who = await member();
    await m.say(who, "no notifications at night please");
    const prefs = await t.request("GET", "/api/v1/me/preferences", { token: m.token[who] });
    expect(prefs.body.quietHours).toMatchObject({ start: "22:00", end: "08:00" });
  });

  it("36. nothing found → 'Post a want' → 'yes' posts the want, with no price", async () => {
    const who = await member();
    const none = await m.say(who, "looking for a theremin in Lyon");
    const want = await m.press(who, button(none, "Post a want"));
    if ((await m.listings(who)).length === 0) await m.press(who, button(want, "Post it"));
    const [posted] = await m.listings(who);
    expect(posted).toMatchObject({ kind: "want", title: "Theremin", price: null });
  });
});
