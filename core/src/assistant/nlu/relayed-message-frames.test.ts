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
