/** The widget says counts as people do: "1 non lu", "3 non lus", never "non lu(s)" (issue 12, A47). */
import { describe, expect, it } from "vitest";
import { translator } from "./i18n.ts";

describe("widget counts", () => {
  it.each([
    ["fr", 1, "1 non lu"],
    ["fr", 3, "3 non lus"],
    ["en", 1, "1 unread"],
    ["en", 2, "2 unread"],
  ] as const)("%s %d → %s", (locale, count, text) => {
    expect(translator(locale)("unread", { count })).toBe(text);
  });
});
