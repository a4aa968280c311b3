/**
 * Intents by class (issue 11): a filter said alone after a search refines it ("within 5 km
 * only", "dans un rayon de 25 km plutôt", "what about Bath?"), a name typed in lower case still
 * receives a relayed message, asking whether the other side answered is the inbox, and "le
 * dernier message de julie" reads Julie's conversation.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

const lastSearch = { intent: "search_listings" as const, slots: { q: "kids bikes", place: "Oxford" } };

describe("follow-ups and the inbox", () => {
  it("refines the last search with a radius said alone, whatever follows it", () => {
    for (const [text, lang, km] of [
      ["within 5 km only", "en", 5],
      ["dans un rayon de 25 km plutot", "fr", 25],
      ["à 10 bornes max", "fr", 10],
      ["ok within 3 miles then", "en", 5],
    ] as const)
      expect(interpret(text, lang, { lastSearch }), text).toMatchObject({
        intent: "search_listings",
        slots: { q: "kids bikes", place: "Oxford", radiusKm: km },
      });
  });

  it("moves the last search to a town named after 'what about', even one that is also a word", () => {
    expect(interpret("what about Bath?", "en", { lastSearch })).toMatchObject({
      intent: "search_listings",
      slots: { q: "kids bikes", place: "Bath" },
    });
  });

  it("relays a message to a name typed in lower case", () => {
    expect(interpret("tell siobhan I'm at the bus stop", "en")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "siobhan", body: "I'm at the bus stop" },
    });
  });

  it("reads 'did the buyer reply?' as the inbox and 'le dernier message de julie' as Julie's conversation", () => {
    expect(interpret("did the buyer reply yet?", "en").intent).toBe("show_conversations");
    expect(interpret("lis-moi le dernier message de julie", "fr")).toMatchObject({
      intent: "read_conversation",
      slots: { recipient: "julie" },
    });
  });

  it("keeps the rhythm said enough when another is stopped, and reads no status in a new title", () => {
    expect(interpret("no more daily emails, a weekly digest is enough", "en").slots.digest).toBe("weekly");
    expect(interpret("renomme l'annonce table en : table de ferme en chêne", "fr").slots).not.toHaveProperty("status");
  });
});

describe("a hello before a request", () => {
  it("is politeness: the request after it says what to do, and 'salut, ça va ?' stays a greeting", () => {
    expect(interpret("hello, is the rowing machine still available?", "en").intent).not.toBe("greeting");
    expect(interpret("coucou, je vends mon vélo 100€ à Lyon", "fr").intent).toBe("create_listing");
    expect(interpret("Bonjour, ça va ?", "fr").intent).toBe("greeting");
    expect(interpret("hi, how are you doing today?", "en").intent).toBe("greeting");
  });
});
