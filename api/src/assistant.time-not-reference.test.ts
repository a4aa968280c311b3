/**
 * A time said in a sentence ("last summer", "last Christmas", "l'été dernier", "l'an dernier",
 * "la semaine dernière") is when, never "the last one" of the list on screen: a posting that
 * says when the thing was bought posts it, an edit that says when something was paid edits
 * no listing on a guess. "la dernière" / "the last one" alone still pick the last listing shown.
 * French and English, over HTTP, asserted on the member's listings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

/** Title, price and status of each of the member's listings, sorted. */
const rows = async (who: string) =>
  (await m.listings(who))
    .map((l) => `${l.title}:${l.price ? l.price.amount / 100 : "-"}:${l.status}`)
    .sort()
    .join(", ");

/** Says `text` and presses the preview's Publier / Post it if one is shown. */
async function post(who: string, text: string) {
  const said = await m.say(who, text);
  expect(said.interpretation.intent, text).toBe("create_listing");
  const publish = button(said, /^(Publier|Post it)$/);
  if (publish) await m.press(who, publish);
}

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
});
afterAll(async () => {
  await t?.close();
});

describe("a time is never a reference to a listing", () => {
  it("EN: with 'my listings' on screen, 'I bought it last summer, selling my tent 40€' posts a tent and 'change the price to 30, I paid 60 last Christmas' changes no listing on a guess", async () => {
    await m.register("Nell", "en", "Leeds");
    await m.postAll("Nell", ["selling a standing desk 150 pounds in Leeds", "selling a camping chair 20 pounds in Leeds"]);
    const before = "Camping chair:20:active, Standing desk:150:active";
    expect(await rows("Nell")).toBe(before);

    // No listing in focus: only the list on screen could be (mis)read as the target.
    await t.request("DELETE", "/api/v1/assistant/session", { token: m.token.Nell });
    await m.say("Nell", "my listings");
    const asked = await m.say("Nell", "change the price to 30, I paid 60 last Christmas");
    expect(asked.interpretation.slots.ref).toBeUndefined();
    expect(allText(asked)).toBe("Which of your listings?");
    expect(await rows("Nell")).toBe(before);
    await m.say("Nell", "cancel");

    for (const text of ["I bought it last summer, selling my tent 40 pounds", "selling a drill I got last year, 25 pounds in Leeds"]) {
      await m.say("Nell", "my listings");
      await post("Nell", text);
    }
    expect(await rows("Nell")).toBe([...before.split(", "), "Drill:25:active", "Tent:40:active"].sort().join(", "));

    // "the last one" alone still means the last listing shown.
    const list = await m.say("Nell", "my listings");
    const shown = list.replies[0]?.cards?.map((c) => c.title) ?? [];
    const last = await m.say("Nell", "delete the last one");
    expect(allText(last)).toBe(`Delete the listing "${shown.at(-1)}"?`);
  });

  it("FR: avec « mes annonces » à l'écran, « je l'ai acheté l'été dernier, je vends ma tente 40€ » publie une tente; « mets le prix à 30, je l'ai payée 60 l'hiver dernier » ne modifie aucune annonce", async () => {
    await m.register("Maëlle", "fr", "Lyon");
    await m.postAll("Maëlle", ["je vends un vélo de ville 120 € à Lyon", "je vends une lampe de bureau 15 € à Lyon"]);
    const before = "Lampe de bureau:15:active, Vélo de ville:120:active";

    await t.request("DELETE", "/api/v1/assistant/session", { token: m.token.Maëlle });
    await m.say("Maëlle", "mes annonces");
    const asked = await m.say("Maëlle", "mets le prix à 30, je l'ai payée 60 l'hiver dernier");
    expect(asked.interpretation.slots.ref).toBeUndefined();
    expect(allText(asked)).toContain("Laquelle voulez-vous dire ?");
    expect(await rows("Maëlle")).toBe(before);
    await m.say("Maëlle", "annule");

    for (const text of [
      "je l'ai acheté l'été dernier, je vends ma tente 40€",
      "je vends une perceuse achetée l'an dernier 25 € à Lyon",
      "je vends mon tapis 30 €, acheté la semaine dernière",
    ]) {
      await m.say("Maëlle", "mes annonces");
      await post("Maëlle", text);
    }
    expect(await rows("Maëlle")).toBe(
      [...before.split(", "), "Perceuse:25:active", "Tapis:30:active", "Tente:40:active"].sort().join(", "),
    );

    const list = await m.say("Maëlle", "mes annonces");
    const shown = list.replies[0]?.cards?.map((c) => c.title) ?? [];
    const last = await m.say("Maëlle", "supprime la dernière");
    expect(allText(last)).toBe(`Supprimer l'annonce « ${shown.at(-1)} » ?`);
  });
});
