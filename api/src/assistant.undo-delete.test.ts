/**
 * A delete confirmed by chat has Undo, like every other write of the assistant: the reply's
 * button (Annuler / Undo) or "annule" / "undo" typed right after puts the listing back as it
 * was — same id, fields, status, creation date, the conversation about it linked again — once,
 * and a button past its expiry does nothing. French and English, over HTTP, asserted on the rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

/** Posts a listing over REST with every field a member can set, then pauses it when asked. */
async function listing(who: string, body: Record<string, unknown>, status?: "paused"): Promise<string> {
  const res = await t.request("POST", "/api/v1/listings", { token: m.token[who], body });
  expect(res.status, res.text).toBe(201);
  if (status) {
    const paused = await t.request("PATCH", `/api/v1/listings/${res.body.id}`, { token: m.token[who], body: { status } });
    expect(paused.status, paused.text).toBe(200);
  }
  return res.body.id as string;
}

/** The listing's stored row as it matters to a member (everything but the update time), or null once gone. */
async function stored(id: string) {
  const row = await t.core.db.prisma.listing.findUnique({ where: { id }, include: { category: true } });
  if (!row) return null;
  const {
    updatedAt: _updated,
    embedding: _e,
    searchVector: _s,
    category,
    ...rest
  } = row as typeof row & { embedding?: unknown; searchVector?: unknown };
  return { ...rest, category: category.slug };
}

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  for (const [name, locale] of [
    ["Camille", "fr"],
    ["Sofia", "fr"],
    ["Jake", "en"],
  ] as const)
    await m.register(name, locale, "Lyon");
});
afterAll(async () => {
  await t?.close();
});

describe("Undo after deleting a listing by chat", () => {
  it("FR: « supprime mon annonce vélo » → Oui → Annuler: the paused listing is back as it was, its conversation linked again; a second Annuler restores nothing more", async () => {
    const id = await listing(
      "Camille",
      {
        kind: "offer",
        title: "Vélo de ville Peugeot",
        description: "Pneus neufs, quelques rayures sur le cadre.",
        category: "bikes",
        condition: "good",
        tags: ["vélo", "ville"],
        price: { amount: 12000, currency: "EUR" },
        location: { place: "Lyon" },
      },
      "paused",
    );
    await listing("Camille", { kind: "offer", title: "Lampe de bureau", category: "furniture", location: { place: "Lyon" } });
    const talk = await t.request("POST", "/api/v1/conversations", {
      token: m.token.Sofia,
      body: { memberIds: [m.id.Camille], listingId: id },
    });
    expect(talk.status, talk.text).toBe(201);
    const before = await stored(id);

    const asked = await m.say("Camille", "supprime mon annonce vélo");
    expect(allText(asked)).toBe("Supprimer l'annonce « Vélo de ville Peugeot » ?");
    const deleted = await m.press("Camille", button(asked, "Oui"));
    expect(allText(deleted)).toContain("est supprimée");
    expect(await stored(id)).toBeNull();
    expect((await t.core.db.prisma.conversation.findUniqueOrThrow({ where: { id: talk.body.id } })).listingId).toBeNull();

    const undo = button(deleted, "Annuler");
    const undone = await m.press("Camille", undo);
    expect(allText(undone)).toContain("est de retour");
    expect(await stored(id)).toEqual(before);
    expect((await t.core.db.prisma.conversation.findUniqueOrThrow({ where: { id: talk.body.id } })).listingId).toBe(id);
    // The lamp was never touched; the bike is back once, whatever is pressed again.
    const again = await m.press("Camille", undo);
    expect(allText(again)).toContain("déjà de retour");
    expect((await m.listings("Camille")).map((l) => l.title).sort()).toEqual(["Lampe de bureau", "Vélo de ville Peugeot"]);
  });

  it("FR: « annule » typed right after the delete does what the button does", async () => {
    const id = await listing("Sofia", {
      kind: "want",
      title: "Perceuse sans fil",
      description: "Pour un week-end de bricolage.",
      category: "tools",
      location: { place: "Villeurbanne" },
    });
    const before = await stored(id);
    const asked = await m.say("Sofia", "supprime ma perceuse");
    await m.press("Sofia", button(asked, "Oui"));
    expect(await stored(id)).toBeNull();
    const undone = await m.say("Sofia", "annule");
    expect(undone.interpretation.intent).toBe("cancel");
    expect(await stored(id)).toEqual(before);
  });

  it("EN: 'delete my desk listing' → Yes → typing 'undo' brings the desk back with its price and place; the other listing is untouched", async () => {
    const desk = await listing("Jake", {
      kind: "offer",
      title: "Standing desk",
      description: "Electric, 140x70, a small scratch on the top.",
      category: "furniture",
      price: { amount: 15000, currency: "GBP" },
      location: { place: "Leeds" },
    });
    const chair = await listing("Jake", { kind: "offer", title: "Office chair", category: "furniture", location: { place: "Leeds" } });
    const [before, chairBefore] = [await stored(desk), await stored(chair)];

    const asked = await m.say("Jake", "delete my desk listing");
    expect(allText(asked)).toBe('Delete the listing "Standing desk"?');
    const deleted = await m.press("Jake", button(asked, "Yes"));
    expect(button(deleted, "Undo")).toBeTruthy();
    expect(await stored(desk)).toBeNull();
    const undone = await m.say("Jake", "undo");
    expect(allText(undone)).toBe('Undone: "Standing desk" is back, as it was.');
    expect(await stored(desk)).toEqual(before);
    expect(await stored(chair)).toEqual(chairBefore);
  });

  it("EN: Undo pressed twice at once puts the listing back once, and neither press fails", async () => {
    const id = await listing("Jake", { kind: "offer", title: "Kayak paddle", location: { place: "Leeds" } });
    const asked = await m.say("Jake", "delete my kayak paddle");
    const deleted = await m.press("Jake", button(asked, "Yes"));
    const undo = button(deleted, "Undo");
    const presses = await Promise.all(
      [1, 2].map(() => t.request("POST", "/api/v1/assistant/messages", { token: m.token.Jake, body: { action: undo } })),
    );
    expect(presses.map((press) => press.status)).toEqual([200, 200]);
    expect(await stored(id)).not.toBeNull();
    expect((await m.listings("Jake")).filter((l) => l.title === "Kayak paddle")).toHaveLength(1);
  });

  it("EN: the Undo button expires like every button (RELAIS_ACTION_TTL_DAYS): once expired, nothing comes back", async () => {
    const id = await listing("Jake", { kind: "offer", title: "Camping tent", location: { place: "Leeds" } });
    const asked = await m.say("Jake", "delete my tent");
    const deleted = await m.press("Jake", button(asked, "Yes"));
    const undo = button(deleted, "Undo");
    await t.core.db.prisma.assistantAction.update({ where: { id: undo }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await m.say("Jake", "my listings");
    const late = await m.press("Jake", undo);
    expect(allText(late)).not.toContain("is back");
    expect(await stored(id)).toBeNull();
  });
});
