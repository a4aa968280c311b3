import type { Reply, ReplyCard } from "@relais/core/assistant/reply";
import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { markdownToMrkdwn, markPressed, renderReply, SAY_ACTION_PREFIX, SLACK_LIMITS } from "./render.ts";

type AnyBlock = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { type: string; action_id?: string; text?: { text: string }; url?: string; value?: string; options?: unknown[] }[];
  accessory?: { type: string; image_url?: string; alt_text?: string };
};
const blocksOf = (reply: Reply) => renderReply(reply).blocks as unknown as AnyBlock[];

function card(i: number, extra: Partial<ReplyCard> = {}): ReplyCard {
  return {
    title: `Vélo ${i}`,
    subtitle: "Lyon · 120 €",
    image: { url: `https://relais.test/media/${i}.webp`, alt: `Photo du vélo ${i}` },
    fields: [{ label: "État", value: "bon" }],
    actions: [
      { id: `view${i}`, label: "Voir" },
      { id: `contact${i}`, label: "Contacter", style: "primary" },
    ],
    ...extra,
  };
}

describe("Block Kit rendering", () => {
  it("draws cards as a section with image, a fields section and a row of buttons; the text fallback is set", () => {
    const reply: Reply = { text: "3 résultats pour « vélo » :", layout: "list", cards: [card(1), card(2)] };
    const message = renderReply(reply);
    expect(message.text).toContain("Vélo 1");
    const blocks = blocksOf(reply);
    expect(blocks.map((b) => b.type)).toEqual(["section", "section", "section", "actions", "section", "section", "actions"]);
    expect(blocks[1]?.text?.text).toBe("1. *Vélo 1*\nLyon · 120 €");
    expect(blocks[1]?.accessory).toEqual({ type: "image", image_url: "https://relais.test/media/1.webp", alt_text: "Photo du vélo 1" });
    expect(blocks[2]?.fields?.[0]?.text).toBe("*État*\nbon");
    expect(blocks[3]?.elements?.map((e) => e.action_id)).toEqual(["view1", "contact1"]);
  });

  it("turns quick replies into buttons: an action comes back as itself, a text as a said message", () => {
    const blocks = blocksOf({
      text: "Et ensuite ?",
      quickReplies: [
        { label: "Mes annonces", action: "a1" },
        { label: "Aide", text: "aide" },
      ],
    });
    const row = blocks.at(-1);
    expect(row?.elements?.map((e) => [e.action_id, e.value])).toEqual([
      ["a1", undefined],
      [`${SAY_ACTION_PREFIX}1`, "aide"],
    ]);
  });

  it("draws a select as a static select whose option values are the actions", () => {
    const blocks = blocksOf({
      text: "Quelle catégorie ?",
      select: { placeholder: "Choisir", options: Array.from({ length: 120 }, (_, i) => ({ label: `Catégorie ${i}`, action: `c${i}` })) },
    });
    const select = blocks.at(-1)?.elements?.[0];
    expect(select?.type).toBe("static_select");
    expect(select?.options).toHaveLength(SLACK_LIMITS.selectOptions);
  });

  it("keeps every Slack limit on an oversized reply, says which cards were left out, and keeps the fallback", () => {
    const long = "x".repeat(5000);
    const reply: Reply = {
      text: `${"& <b> ".repeat(600)}`,
      cards: Array.from({ length: 20 }, (_, i) =>
        card(i, {
          title: long,
          text: long,
          fields: Array.from({ length: 14 }, (_, j) => ({ label: `f${j}`, value: long })),
          actions: Array.from({ length: 30 }, (_, j) => ({ id: `a${i}-${j}`, label: long })),
        }),
      ),
      quickReplies: Array.from({ length: 30 }, (_, i) => ({ label: long, action: `q${i}` })),
    };
    const message = renderReply(reply);
    const blocks = message.blocks as unknown as AnyBlock[];
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const block of blocks) {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(block.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.fields);
      for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
      if (block.type === "actions") expect(block.elements?.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      if (block.type === "actions")
        for (const element of block.elements ?? []) expect(element.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    }
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(blocks.some((b) => b.type === "context")).toBe(true);
  });

  it("writes the markdown subset as mrkdwn and escapes what mrkdwn would read as markup", () => {
    expect(markdownToMrkdwn("**Vélo** & <casque> [voir](https://relais.test/l/1)\n- un\n- deux")).toBe(
      "*Vélo* &amp; &lt;casque&gt; <https://relais.test/l/1|voir>\n• un\n• deux",
    );
    expect(blocksOf({ text: "<!channel> a & b" })[0]?.text?.text).toBe("&lt;!channel&gt; a &amp; b");
  });

  it("replaces the pressed row by what was chosen, leaving the other cards pressable", () => {
    const blocks = renderReply({ text: "2 résultats", cards: [card(1), card(2)] }).blocks;
    const after = markPressed(blocks, "contact1", "Contacter", "U0ZOE") as KnownBlock[];
    const json = JSON.stringify(after);
    expect(json).not.toContain('"contact1"');
    expect(json).not.toContain('"view1"');
    expect(json).toContain('"contact2"');
    expect(json).toContain("✓ *Contacter* — <@U0ZOE>");
    expect(after).toHaveLength(blocks.length);
  });
});
