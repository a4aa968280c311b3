import { describe, expect, it } from "vitest";
import { formatDate } from "./dates.ts";

describe("dates as members read them", () => {
  it("fr: the first of the month is an ordinal, the other days are not", () => {
    expect(formatDate(new Date("2026-12-01T10:00:00Z"), "fr", "day")).toBe("1er décembre");
    expect(formatDate(new Date("2026-12-01T10:00:00Z"), "fr")).toBe("1er décembre 2026");
    expect(formatDate(new Date("2026-12-11T10:00:00Z"), "fr", "day")).toBe("11 décembre");
    expect(formatDate(new Date("2026-02-21T10:00:00Z"), "fr", "shortDay")).toBe("21 févr.");
  });

  it("en: plain day and month, in UTC whatever the server's zone", () => {
    expect(formatDate(new Date("2026-12-01T23:30:00Z"), "en", "day")).toBe("1 December");
    expect(formatDate(new Date("2026-12-01T10:00:00Z"), "en")).toBe("1 December 2026");
  });
});
