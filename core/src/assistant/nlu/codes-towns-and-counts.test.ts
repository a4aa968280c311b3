/**
 * Session 31's classes (issue 11), from dev62 and dev64, in other words than the sets': a link code followed by the
 * rest of its sentence, a town after "j'habite", a rough count before a thing, how new a mission is.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("codes, towns and counts", () => {
  it("reads a code of digits without the words after it, and digits in groups after the word 'code'", () => {
    expect(interpret("voici le code 8842 pour lier mon compte Slack", "fr")).toMatchObject({
      intent: "link_account",
      slots: { code: "8842" },
    });
    expect(interpret("here's my code 550123 for discord", "en").slots.code).toBe("550123");
    expect(interpret("got my code by text: 412-907", "en").slots.code).toBe("412907");
    // letters and digits stay as typed
    expect(interpret("my code is RLX-4821", "en").slots.code).toBe("RLX-4821");
  });

  it("reads the town after 'j'habite', with or without 'à'", () => {
    expect(interpret("je donne une poussette. J'habite Lannion.", "fr").slots.place).toBe("Lannion");
    expect(interpret("j'habite à Lannion, je donne une poussette", "fr").slots.place).toBe("Lannion");
  });

  it("leaves a rough count out of the title", () => {
    expect(interpret("à donner : une trentaine de bocaux en verre, Vire", "fr").slots.title).toBe("bocaux en verre");
    expect(interpret("giving away a dozen terracotta pots, Bath", "en").slots.title).toBe("terracotta pots");
  });

  it("searches the work, not how new the missions are", () => {
    expect(interpret("nouvelles missions traduction technique vers Lausanne ?", "fr").slots).toMatchObject({
      q: "traduction technique",
      place: "Lausanne",
    });
  });

  it("reads Go as a skill among other skills, never the verb", () => {
    expect(interpret("missions Go et Postgres, remote, 600€ par jour", "fr").slots).toMatchObject({ skills: ["golang", "postgres"] });
    expect(interpret("add go and docker to my skills", "en").slots.skills).toEqual(["golang", "docker"]);
    expect(interpret("let's go for the second swap", "en").slots.skills).toBeUndefined();
  });
});
