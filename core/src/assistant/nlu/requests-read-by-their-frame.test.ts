/**
 * Session 31's classes (issue 11), from dev62 and dev64, in other words than the sets': a hello with who the member
 * is, the inbox counted, the matches found, a proposal taken, a listing paused or gone, a mission kept before applying,
 * how Relais works — each read by its frame, whatever its nouns.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("requests read by their frame", () => {
  it("greets a hello that only says who or where the member is", () => {
    for (const [text, lang] of [
      ["Good evening from sunny Nice", "en"],
      ["Hi all, Pedro here from the Lisbon makers group", "en"],
      ["Bonsoir, je suis nouveau sur le site", "fr"],
    ] as const)
      expect(interpret(text, lang).intent, text).toBe("greeting");
    // a request after the hello is that request
    expect(interpret("Hi, Pedro here, can you show my listings", "en").intent).toBe("my_listings");
  });

  it("reads the inbox counted, the matches found and a proposal taken", () => {
    expect(interpret("combien de messages non lus j'ai ?", "fr").intent).toBe("show_conversations");
    expect(interpret("who has matched with my listings so far?", "en").intent).toBe("show_matches");
    expect(interpret("tu as trouvé quelque chose qui correspond à mes demandes ?", "fr").intent).toBe("show_matches");
    expect(interpret("let's go for the first swap", "en")).toMatchObject({ intent: "accept_match", slots: { ref: 1 } });
  });

  it("pauses a listing put on hold and removes one gone, but explains how when asked how", () => {
    expect(interpret("put the sofa listing on hold until Monday", "en")).toMatchObject({
      intent: "update_listing",
      slots: { status: "paused" },
    });
    expect(interpret("how do I put a listing on hold?", "en").intent).toBe("help");
    expect(interpret("the chairs have been sold, please remove that one", "en").intent).toBe("delete_listing");
  });

  it("keeps a mission asked first, and explains how Relais works", () => {
    expect(interpret("garde cette mission, je candidate demain", "fr").intent).toBe("save_mission");
    expect(interpret("does it work on Slack too?", "en").intent).toBe("help");
    expect(interpret("est-ce que les autres membres voient mon numéro de téléphone ?", "fr").intent).toBe("help");
  });

  it("reprices one's listing named by its thing, posts an ad opening with 'Propose', searches what others get rid of", () => {
    expect(interpret("my ironing post in Vannes, make it 12 euros an hour now", "en")).toMatchObject({
      intent: "update_listing",
      slots: { price: 1200 },
    });
    expect(interpret("Propose navettes vers la gare le samedi, départ d'Annecy", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Annecy" },
    });
    expect(interpret("propose-moi des annonces de vélos", "fr").intent).toBe("search_listings");
    expect(interpret("quelqu'un se débarrasse d'une armoire à Vannes ?", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { place: "Vannes" },
    });
  });

  it("adds languages said after 'for my profile:', Welsh and Swedish too", () => {
    expect(interpret("for my profile: I speak Welsh and a bit of Swedish", "en")).toMatchObject({
      intent: "update_profile",
      slots: { languages: ["cy", "sv"] },
    });
  });

  it("finds the member named in passing: whose last message, who 'this Lucas' is, who is reported last", () => {
    expect(interpret("what did Solène say in her last message?", "en")).toMatchObject({
      intent: "read_conversation",
      slots: { recipient: "Solène" },
    });
    expect(interpret("read the last message", "en").slots).toEqual({ ref: "last" });
    expect(interpret("c qui cette Inès ? je peux voir son profil", "fr")).toMatchObject({
      intent: "show_profile",
      slots: { recipient: "Inès" },
    });
    expect(interpret("signalement : quelqu'un m'insulte dans les messages, c'est Bruno", "fr")).toMatchObject({
      intent: "report_user",
      slots: { recipient: "Bruno", reason: "harassment" },
    });
  });
});
