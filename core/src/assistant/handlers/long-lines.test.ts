/**
 * The line readers made linear in session 10 read what they read before, and read long lines
 * whole: the name-and-title readers give exactly what the lazy patterns they replace gave, on
 * lines fast-check writes from the words and spaces those patterns hinge on (the old patterns are
 * kept here as the reference); a review's clauses part as before, and so do the patterns rewritten
 * for runs of spaces (review requests, a profile's clauses); 12,000-character lines get their
 * result (their timings are in docs/BENCHMARKS.md, P10, never asserted here).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TURN_CHARS } from "../assistant.ts";
import { ownListingNamed, renameOf } from "./edit-lines.ts";
import { draftCorrection } from "./listing-draft.ts";
import { reviewComment } from "./trades.ts";

// The patterns as they were (session 9): the reference the linear readers must agree with.
const OWN_LISTING_EDIT = /\b(?:my|mon|ma|mes)\s+(.+?)(?:\s+(?:listing|annonce))?(?:\s+(?:to|en|par|as|:)\s*(.+?))?\s*[.!]*$/iu;
const RENAME_NAMED =
  /\b(?:rename|renomme[rz]?|change (?:the )?(?:title|name) of|change le (?:titre|nom) (?:de|du|des)|modifie le (?:titre|nom) (?:de|du|des))\s+(.+?)\s+(?:to|en|par|as|into)\s+(\S.*?)\s*[.!]*$/iu;
const OLD_CLAUSE_BREAK = /\s*(?:[,;.!?]+|\s[-–—]\s)\s*/u;

/** Short lines of the words, separators, spaces and line breaks the patterns hinge on. */
const lines = (words: string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(" ", "  ", "   ", "", "\n", " \n", "  \n", " \n  ", "\t", "\u00a0")), {
      minLength: 1,
      maxLength: 9,
    })
    .map((parts) => parts.map(([word, space]) => word + space).join(""));

const EDIT_WORDS = [
  ..."my mon ma mes My rename renomme listing annonce to en par as into : . ! !! .. x bike drill Bosch tomato démon é TO".split(" "),
  "change the title of",
  "modifie le titre de",
  "to!",
  "listing:",
];

describe("the name-and-title readers read what the lazy patterns read", () => {
  it("ownListingNamed agrees with OWN_LISTING_EDIT", () => {
    fc.assert(
      fc.property(lines(EDIT_WORDS), (text) => {
        const old = OWN_LISTING_EDIT.exec(text);
        expect(ownListingNamed(text)).toEqual(old ? { naming: old[1], ...(old[2] !== undefined ? { title: old[2] } : {}) } : undefined);
      }),
      { numRuns: 20_000 },
    );
  });

  it("renameOf agrees with RENAME_NAMED", () => {
    fc.assert(
      fc.property(lines(EDIT_WORDS), (text) => {
        const old = RENAME_NAMED.exec(text);
        expect(renameOf(text)).toEqual(old?.[1] && old[2] ? { naming: old[1], title: old[2].trim() } : undefined);
      }),
      { numRuns: 20_000 },
    );
  });

  it("a review's clauses part where they parted", () => {
    const words = ["5 étoiles", "très sympa", "ugo", ",", ";", ".", "!", "?", "-", "—", " - ", " — ", "–", "a"];
    fc.assert(
      fc.property(lines(words), (text) => {
        const before = text.split(OLD_CLAUSE_BREAK).map((clause) => clause.trim());
        expect(reviewComment(text, ["ugo"])).toBe(reviewComment(before.join(", "), ["ugo"]));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("patterns rewritten so a run of spaces is read one way read the same lines", () => {
  it("a review asked for ('leave a review for …') and a profile's clauses ('… et enlève figma')", () => {
    const before = {
      review:
        /(?<!\p{L})(?:laisse[rz]?|donne[rz]?|mettre|mets|[ée]cri(?:re|s|vez)|leave|write|give|post)\s+(?:un|une|a|an|my|mon)?\s*(?:avis|review|note|feedback|commentaire|rating)\s+(?:pour|[àa]|sur|for|to|on|about)\s+\p{L}/iu,
      clauses: /\s+(?:et|and|puis|then)\s+|[,;]/i,
    };
    const after = {
      review:
        /(?<!\p{L})(?:laisse[rz]?|donne[rz]?|mettre|mets|[ée]cri(?:re|s|vez)|leave|write|give|post)\s+(?:(?:un|une|a|an|my|mon)\s*)?(?:avis|review|note|feedback|commentaire|rating)\s+(?:pour|[àa]|sur|for|to|on|about)\s+\p{L}/iu,
      clauses: /(?<!\s)\s+(?:et|and|puis|then)\s+|[,;]/i,
    };
    const words = [..."leave laisse un a an areview review avis for pour nora et and puis then , ; vue.js figma".split(" "), "écris"];
    fc.assert(
      fc.property(lines(words), (text) => {
        expect(after.review.exec(text)?.index).toBe(before.review.exec(text)?.index);
        expect(text.split(after.clauses)).toEqual(text.split(before.clauses));
      }),
      { numRuns: 10_000 },
    );
  });
});

/** `head`, then `unit` repeated, then `tail`: `MAX_TURN_CHARS` characters in all. */
const long = (head: string, unit: string, tail = "") => {
  const room = MAX_TURN_CHARS - head.length - tail.length;
  return head + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + tail;
};

describe("12,000-character lines are read whole", () => {
  it("a review's comment keeps every word said after the stars", () => {
    const text = long("5 étoiles pour ugo, ", "très sympa et ponctuel ");
    expect(reviewComment(text, ["ugo"])).toBe(text.slice("5 étoiles pour ugo, ".length).trim());
    expect(reviewComment(long("4 stars", " ", "lovely person"), ["nora"])).toBe("lovely person");
  });

  it("a rename across 12,000 spaces names its listing and its new title", () => {
    const text = long("rename my bike", " ", " to Bosch drill!!");
    expect(renameOf(text)).toEqual({ naming: "my bike", title: "Bosch drill" });
    expect(ownListingNamed(text)).toEqual({ naming: "bike", title: "Bosch drill" });
    // (what the old patterns read on it, where they do not backtrack)
    expect(RENAME_NAMED.exec(text)?.slice(1)).toEqual(["my bike", "Bosch drill"]);
    expect(OWN_LISTING_EDIT.exec(text)?.slice(1)).toEqual(["bike", "Bosch drill"]);
    // "to" said 4,000 times, then a line break: no title fits on one line, so the name runs to the end of it.
    expect(ownListingNamed(long("my", " to", "\nx"))).toBeUndefined();
    // Spaces and "to x": read as the pattern read it (a space for a name), whatever the length.
    expect(renameOf(long("rename", " ", " to x\n"))).toEqual({ naming: " ", title: "x" });
  });

  it("a draft's correction: a description of any length is read whole; a longer line is no field correction", () => {
    const description = long("", "Quelques rayures sur le dessus, tiroirs qui coulissent bien. ").slice(0, 4_000).trim();
    expect(draftCorrection(`description : ${description}`, "fr")).toEqual({ description });
    expect(draftCorrection(long("le prix c'est 120, ", "et elle a une petite rayure "), "fr")).toBeUndefined();
    expect(draftCorrection(long("rename", " ", " to x\n"), "en")).toBeUndefined();
    expect(draftCorrection(long("titre ", "titre ", "\nx"), "fr")).toBeUndefined();
    // The same corrections said briefly are read as before.
    expect(draftCorrection("le prix c'est 120, et elle a une petite rayure", "fr")).toMatchObject({ price: 12000 });
    expect(draftCorrection("titre : Vélo de ville", "fr")).toMatchObject({ title: "Vélo de ville" });
  });
});
