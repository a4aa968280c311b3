/**
 * Session 31's classes (issue 11), from dev62 and dev64: a message relayed by its frame — a verb of writing, the
 * member's name with or without "Mme" / "madame", then a colon, "que" or quotes — is sent to that member whatever the
 * words relayed ask, with the line's verb capitalised or in the infinitive.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("relayed message frames", () => {
  it("sends the words after the colon, even when they ask whether a thing is free", () => {
    expect(interpret("Envoyer un message à Odile : bonjour, votre tondeuse est-elle libre samedi ?", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Odile", body: "bonjour, votre tondeuse est-elle libre samedi ?" },
    });
    expect(interpret("Écrire à Bastien : le vélo est toujours dispo ?", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Bastien" },
    });
  });

  it("keeps the courtesy title and the particles of a name", () => {
    expect(interpret("écris à madame Perrin que la table est réservée pour elle", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "madame Perrin", body: "la table est réservée pour elle" },
    });
    expect(interpret("je voudrais écrire à M. De la Cruz « merci pour la perceuse, je la rends lundi »", "fr")).toMatchObject({
      intent: "send_message",
      slots: { body: "merci pour la perceuse, je la rends lundi" },
    });
  });

  it("still answers how to write to someone rather than writing", () => {
    expect(interpret("je voudrais écrire à Paul que j'arrive, comment faire ?", "fr").intent).not.toBe("send_message");
  });
});

describe("a person written to by their title (session 43)", () => {
  it("writes to 'M. Martin' though a town is called Martin, whichever verb asks it", () => {
    for (const line of [
      "écrivez à M. Martin que je passe jeudi",
      "répondez à M. Martin : je passe jeudi",
      "dis à M. Martin que je passe jeudi",
    ])
      expect(interpret(line, "fr"), line).toMatchObject({
        intent: "send_message",
        slots: { recipient: "M. Martin", body: "je passe jeudi" },
      });
    expect(interpret("pourriez-vous demander à Mme Roy si la table est encore là", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Mme Roy", body: "la table est encore là" },
    });
    expect(interpret("tell Mr. Martin that the ladder is back in his shed", "en").slots).toMatchObject({
      recipient: "Mr. Martin",
      body: "the ladder is back in his shed",
    });
  });
});

describe("a time or a link inside what is said (session 43)", () => {
  it("keeps the whole message: a time's or a link's colon opens nothing", () => {
    expect(interpret("tell Nadia that I'll be at the station at 7:30, platform 2", "en").slots).toMatchObject({
      recipient: "Nadia",
      body: "I'll be at the station at 7:30, platform 2",
    });
    expect(interpret("dis à Paul que je passe à 18:30", "fr").slots).toMatchObject({ recipient: "Paul", body: "je passe à 18:30" });
    expect(interpret("tell Tom that the photos are on https://example.org/album", "en").slots.body).toBe(
      "the photos are on https://example.org/album",
    );
    // ("a note saying …", "un petit mot pour dire que …": the frame, not the words sent)
    expect(interpret("can you send Ines a note saying the keys are under the mat", "en").slots).toMatchObject({
      recipient: "Ines",
      body: "the keys are under the mat",
    });
    // (a colon after the name still opens the words)
    expect(interpret("écris à Karim : je passe à 18:30", "fr").slots).toMatchObject({ recipient: "Karim", body: "je passe à 18:30" });
  });
});

describe("a member's page asked for (session 43)", () => {
  it("opens that member's profile, the page never taken for a name", () => {
    expect(interpret("montre la page membre de Léa", "fr")).toMatchObject({ intent: "show_profile", slots: { recipient: "Léa" } });
    expect(interpret("display Jean-Luc's member page", "en")).toMatchObject({ intent: "show_profile", slots: { recipient: "Jean-Luc" } });
    // (a town said in a later clause is where the member works, never who)
    expect(
      interpret("j'aimerais en savoir plus sur Margaux Lefort, celle qui donne des cours de yoga à Clermont-Ferrand", "fr").slots,
    ).toMatchObject({
      recipient: "Margaux Lefort",
    });
  });
});
