/**
 * "plus dispo" / "n'est plus disponible" / "no longer available" said about one's own listing is
 * the fact "c'est vendu" is: the assistant asks Supprimer / Garder (Delete / Keep) about the
 * listing named, and a press decides. Said about the member ("je suis plus dispo le mardi", "I'm
 * not available anymore on weekends") it stays a profile matter and no listing is touched.
 * French and English, over HTTP, asserted on the member's listings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

const rows = async (who: string) =>
  (await m.listings(who))
    .map((l) => `${l.title}:${l.status}`)
    .sort()
    .join(", ");

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
});
afterAll(async () => {
  await t?.close();
});

describe("a listing no longer available is a sale fact, the member no longer available is their profile", () => {
  it("FR: « mon vélo est plus dispo » → Supprimer deletes the bike only; « la lampe n'est plus disponible » → Garder keeps it; « c'est plus dispo » asks which", async () => {
    await m.register("Lina", "fr", "Lyon");
    await m.postAll("Lina", ["je vends un vélo de ville 120 € à Lyon", "je vends une lampe de bureau 15 € à Lyon"]);
    const both = "Lampe de bureau:active, Vélo de ville:active";
    expect(await rows("Lina")).toBe(both);

    const bike = await m.say("Lina", "mon vélo est plus dispo");
    expect(bike.interpretation.intent).toBe("delete_listing");
    expect(allText(bike)).toBe("C'est vendu ? Je supprime l'annonce « Vélo de ville » ?");
    expect(await rows("Lina")).toBe(both);
    await m.press("Lina", button(bike, "Supprimer"));
    expect(await rows("Lina")).toBe("Lampe de bureau:active");

    const lamp = await m.say("Lina", "la lampe n'est plus disponible");
    expect(allText(lamp)).toBe("C'est vendu ? Je supprime l'annonce « Lampe de bureau » ?");
    await m.press("Lina", button(lamp, "Garder"));
    expect(await rows("Lina")).toBe("Lampe de bureau:active");

    await m.postAll("Lina", ["je vends une chaise 10 € à Lyon"]);
    await t.request("DELETE", "/api/v1/assistant/session", { token: m.token.Lina });
    const which = await m.say("Lina", "c'est plus dispo");
    expect(allText(which)).toBe("Laquelle de vos annonces ?");
    expect(await rows("Lina")).toBe("Chaise:active, Lampe de bureau:active");
  });

  it("FR: « je suis plus dispo le mardi », « je ne suis plus disponible le week-end » are about the member: no delete question, no listing touched", async () => {
    await m.register("Noé", "fr", "Lyon");
    await m.postAll("Noé", ["je vends un vélo de ville 120 € à Lyon"]);
    for (const text of ["je suis plus dispo le mardi", "je ne suis plus disponible le week-end"]) {
      const said = await m.say("Noé", text);
      expect(said.interpretation.intent, text).toBe("update_profile");
      expect(button(said, "Supprimer"), text).toBeUndefined();
      expect(await rows("Noé"), text).toBe("Vélo de ville:active");
    }
  });

  it("EN: 'the desk is no longer available' → Delete deletes the desk; 'my tent isn't available anymore' → Keep keeps it", async () => {
    await m.register("Ruth", "en", "Leeds");
    await m.postAll("Ruth", ["selling a standing desk 150 pounds in Leeds", "selling a camping tent 40 pounds in Leeds"]);
    const desk = await m.say("Ruth", "the desk is no longer available");
    expect(allText(desk)).toBe('Sold? Shall I delete the listing "Standing desk"?');
    expect(await rows("Ruth")).toBe("Camping tent:active, Standing desk:active");
    await m.press("Ruth", button(desk, "Delete"));
    expect(await rows("Ruth")).toBe("Camping tent:active");

    const tent = await m.say("Ruth", "my tent isn't available anymore");
    expect(allText(tent)).toBe('Sold? Shall I delete the listing "Camping tent"?');
    await m.press("Ruth", button(tent, "Keep"));
    expect(await rows("Ruth")).toBe("Camping tent:active");
  });

  it("EN: 'I'm not available anymore on weekends', 'I am no longer available on tuesdays' are about the member: no listing touched", async () => {
    await m.register("Seth", "en", "Leeds");
    await m.postAll("Seth", ["selling a standing desk 150 pounds in Leeds"]);
    for (const text of ["I'm not available anymore on weekends", "I am no longer available on tuesdays"]) {
      const said = await m.say("Seth", text);
      expect(said.interpretation.intent, text).toBe("update_profile");
      expect(button(said, "Delete"), text).toBeUndefined();
      expect(await rows("Seth"), text).toBe("Standing desk:active");
    }
  });
});
