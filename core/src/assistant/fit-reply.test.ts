/**
 * fitReply against every platform's LIMITS: whatever a handler builds, each page sent is
 * within the limits, the text fallback is never empty and never loses a word, and every
 * card, option and button is on some page (the next ones behind "more…").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitReplies, fitReply, splitText } from "./fit-reply.ts";
import type { Reply, ReplyCard } from "./reply.ts";
import { LIMITS, limitViolations, type ReplyLimits, rowsUsed } from "./reply-limits.ts";
import { markdownToPlain } from "./reply-markdown.ts";

const CONTINUED = "⟨continued⟩";
const MORE = "More…";

/** Every page the member can reach: sent at once, or after pressing "more…" (recursively). */
function allPages(reply: Reply, limits: ReplyLimits): Reply[] {
  let counter = 0;
  const pages: Reply[] = [];
  let queue: Reply[] = [reply];
  while (queue.length > 0) {
    const { replies, held } = fitReplies(queue, limits, { moreLabel: MORE, continued: CONTINUED, newId: () => `more-${++counter}` });
    pages.push(...replies);
    queue = held.map((h) => h.reply);
    if (pages.length > 5000) throw new Error("pages never end");
  }
  return pages;
}

const words = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(..."abcdéèxyz ,.'🙂\n") });
const shortText = fc.string({ maxLength: 120 });
/** Long texts (up to ~30k characters) made of words, or a single unbroken run. */
const longText = fc.oneof(
  fc.array(words, { maxLength: 2500 }).map((parts) => parts.join(" ")),
  fc.tuple(fc.constantFrom("a", "é", "🙂"), fc.integer({ min: 0, max: 9000 })).map(([c, n]) => c.repeat(n)),
  shortText,
);
const id = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{12}$/), fc.string({ minLength: 1, maxLength: 300 }));
const action = fc.record({ id, label: shortText }, { requiredKeys: ["id", "label"] });
const card: fc.Arbitrary<ReplyCard> = fc.record(
  {
    title: fc.oneof(shortText, longText),
    subtitle: shortText,
    text: fc.oneof(shortText, longText),
    image: fc.record({ url: fc.webUrl(), alt: fc.oneof(shortText, longText) }),
    url: fc.webUrl(),
    fields: fc.array(fc.record({ label: shortText, value: fc.oneof(shortText, longText) }), { maxLength: 30 }),
    actions: fc.array(action, { maxLength: 30 }),
    links: fc.array(fc.record({ label: shortText, url: fc.webUrl() }), { maxLength: 8 }),
  },
  { requiredKeys: ["title"] },
);
const reply: fc.Arbitrary<Reply> = fc.record(
  {
    text: fc.oneof(shortText, longText),
    format: fc.constantFrom("plain" as const, "markdown" as const),
    cards: fc.array(card, { maxLength: 60 }),
    quickReplies: fc.array(fc.record({ label: shortText, text: shortText, action: id }, { requiredKeys: ["label"] }), { maxLength: 30 }),
    select: fc.record({
      placeholder: shortText,
      options: fc.array(fc.record({ label: shortText, action: id, description: shortText }, { requiredKeys: ["label", "action"] }), {
        maxLength: 300,
      }),
    }),
    layout: fc.constantFrom("list" as const, "carousel" as const),
    ephemeral: fc.boolean(),
    replaces: fc.string({ minLength: 1, maxLength: 30 }),
  },
  { requiredKeys: ["text"] },
);

const squash = (text: string) => text.replace(/\s+/g, "");

describe.each(Object.values(LIMITS))("fitReply for $platform", (limits) => {
  it("every page is within the limits and has a text fallback", () => {
    fc.assert(
      fc.property(reply, (r) => {
        for (const page of allPages(r, limits)) expect(limitViolations(page, limits)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("loses no text, card, option or suggestion: the later ones are on the next pages", () => {
    fc.assert(
      fc.property(reply, (r) => {
        const pages = allPages(r, limits);
        const texts = pages.map((p) => p.text).filter((text) => text !== CONTINUED);
        if (r.text.trim() !== "") expect(squash(texts.join(""))).toBe(squash(r.text));
        expect(pages.flatMap((p) => p.cards ?? []).length).toBe(r.cards?.length ?? 0);
        const sendable = (ids: string[]) => ids.filter((x) => x.length <= limits.actionIdChars);
        expect(pages.flatMap((p) => (p.select?.options ?? []).map((o) => o.action))).toEqual(
          sendable((r.select?.options ?? []).map((o) => o.action)),
        );
        const suggestions = pages.flatMap((p) => p.quickReplies ?? []).filter((q) => q.label !== MORE && !q.action?.startsWith("more-"));
        expect(suggestions.length).toBe((r.quickReplies ?? []).filter((q) => (q.action?.length ?? 0) <= limits.actionIdChars).length);
      }),
      { numRuns: 100 },
    );
  });
});

describe("fitReply, by example", () => {
  const results = (n: number, buttons = 2): Reply => ({
    text: `${n} results near Lyon:`,
    layout: "list",
    cards: Array.from({ length: n }, (_, i) => ({
      title: `Vélo ${i + 1}`,
      actions: Array.from({ length: buttons }, (_, j) => ({ id: `a${i}-${j}`, label: j === 0 ? "View" : "Contact" })),
    })),
  });

  it("Slack: 60 results show 10 cards and a “more…” that opens the next 10", () => {
    const first = fitReply(results(60), LIMITS.slack, { more: { id: "m1", label: MORE }, continued: "(suite)" });
    expect(first.reply.cards).toHaveLength(10);
    expect(first.reply.quickReplies).toEqual([{ label: MORE, action: "m1" }]);
    expect(first.restBehindMore).toBe(true);
    const second = fitReply(first.rest as Reply, LIMITS.slack, { more: { id: "m2", label: MORE } });
    expect(second.reply.text).toBe("(suite)");
    expect(second.reply.cards?.map((c) => c.title)[0]).toBe("Vélo 11");
  });

  it("Discord: cards with buttons stop at three (40 components of Components V2), “more…” included", () => {
    const { reply: page } = fitReply(results(8), LIMITS.discord, { more: { id: "m", label: MORE } });
    expect(rowsUsed(page, 5)).toBeLessThanOrEqual(5);
    expect(page.cards).toHaveLength(3);
    expect(page.quickReplies?.at(-1)?.action).toBe("m");
  });

  it("Discord: a 5,000-character answer goes out as three messages, split between words", () => {
    const text = Array.from({ length: 1000 }, (_, i) => `mot${i}`).join(" ");
    const { replies } = fitReplies([{ text }], LIMITS.discord, { moreLabel: MORE, continued: CONTINUED, newId: () => "x" });
    expect(replies.length).toBeGreaterThanOrEqual(3);
    for (const page of replies) {
      expect(page.text.length).toBeLessThanOrEqual(2000);
      expect(page.text).toMatch(/^mot\d+.*mot\d+$/s);
    }
    expect(replies.map((p) => p.text).join(" ")).toBe(text);
  });

  it("Teams: a reply over 28 KB is cut into pages under it", () => {
    const big: Reply = {
      text: "Missions",
      cards: Array.from({ length: 10 }, (_, i) => ({
        title: `Mission ${i}`,
        text: "x".repeat(1900),
        actions: [{ id: `a${i}`, label: "Apply" }],
      })),
    };
    const pages = allPages(big, LIMITS.teams);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(limitViolations(page, LIMITS.teams)).toEqual([]);
  });

  it("a long select keeps its first options and the rest behind “more…”", () => {
    const options = Array.from({ length: 40 }, (_, i) => ({ label: `Category ${i}`, action: `c${i}` }));
    const { reply: page, rest } = fitReply({ text: "Which category?", select: { placeholder: "Choose", options } }, LIMITS.discord, {
      more: { id: "m", label: MORE },
    });
    expect(page.select?.options).toHaveLength(25);
    expect(rest?.select?.options[0]?.action).toBe("c25");
  });

  it("cuts labels with an ellipsis but never an action id; leaves out a button whose id the platform cannot carry", () => {
    const { reply: page } = fitReply(
      {
        text: "x",
        cards: [
          {
            title: "t",
            actions: [
              { id: "ok", label: "L".repeat(200) },
              { id: "i".repeat(101), label: "too long id" },
            ],
          },
        ],
      },
      LIMITS.discord,
    );
    expect(page.cards?.[0]?.actions).toEqual([{ id: "ok", label: `${"L".repeat(79)}…` }]);
  });

  it("a reply with no text gets its cards' titles as the fallback", () => {
    expect(fitReply({ text: "  ", cards: [{ title: "Vélo" }, { title: "Bike" }] }, LIMITS.slack).reply.text).toBe("Vélo\nBike");
  });

  it("keeps the markdown subset where it is drawn and turns it into plain text elsewhere", () => {
    const md: Reply = { text: "**Vélo** _presque neuf_ — [voir](https://relais.test/l/1)\n- `cadre` 54", format: "markdown" };
    expect(fitReply(md, LIMITS.slack).reply).toEqual(md);
    const plain = fitReply(md, { ...LIMITS.rest, markdown: false }).reply;
    expect(plain.format).toBeUndefined();
    expect(plain.text).toBe("Vélo presque neuf — voir (https://relais.test/l/1)\n• cadre 54");
    expect(markdownToPlain("a_b_c stays")).toBe("a_b_c stays");
  });

  it("replaces only where messages can be updated, and only on the first page", () => {
    const long: Reply = { text: "word ".repeat(1000), replaces: "msg-1" };
    const { reply: page, rest } = fitReply(long, LIMITS.discord);
    expect(page.replaces).toBe("msg-1");
    expect(rest?.replaces).toBeUndefined();
    expect(fitReply({ text: "ok", replaces: "m" }, { ...LIMITS.teams, update: false }).reply.replaces).toBeUndefined();
  });

  it("splitText never splits an emoji", () => {
    const [head, tail] = splitText(`${"a".repeat(9)}🙂🙂`, 10);
    expect(head).toBe("a".repeat(9));
    expect(tail).toBe("🙂🙂");
  });
});
