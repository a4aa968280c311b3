import { describe, expect, it } from "vitest";
import { quietUntil } from "./quiet-hours.ts";

const at = (iso: string) => new Date(iso);

describe("quietUntil", () => {
  it("holds a push written inside a window that crosses midnight until the window ends, in the member's zone", () => {
    const paris = { start: "22:00", end: "08:00", timeZone: "Europe/Paris" };
    // 23:30 in Paris (UTC+1 in winter) → 08:00 Paris the next morning = 07:00 UTC.
    expect(quietUntil(paris, at("2026-01-15T22:30:00Z"))?.toISOString()).toBe("2026-01-16T07:00:00.000Z");
    // 06:59 Paris → 08:00 Paris the same morning.
    expect(quietUntil(paris, at("2026-01-16T05:59:00Z"))?.toISOString()).toBe("2026-01-16T07:00:00.000Z");
    // 08:00 and 21:59 Paris: not quiet.
    expect(quietUntil(paris, at("2026-01-16T07:00:00Z"))).toBeNull();
    expect(quietUntil(paris, at("2026-01-16T20:59:00Z"))).toBeNull();
  });

  it("handles a window inside one day, other zones, and daylight-saving nights", () => {
    expect(quietUntil({ start: "12:00", end: "14:00", timeZone: "UTC" }, at("2026-03-02T13:15:00Z"))?.toISOString()).toBe(
      "2026-03-02T14:00:00.000Z",
    );
    // Montréal, summer (UTC−4): 23:00 local → 07:00 local = 11:00 UTC.
    expect(quietUntil({ start: "22:00", end: "07:00", timeZone: "America/Montreal" }, at("2026-07-01T03:00:00Z"))?.toISOString()).toBe(
      "2026-07-01T11:00:00.000Z",
    );
    // The night Paris moves to summer time (29 March 2026, 02:00 → 03:00): 08:00 local is 06:00 UTC.
    expect(quietUntil({ start: "22:00", end: "08:00", timeZone: "Europe/Paris" }, at("2026-03-28T23:00:00Z"))?.toISOString()).toBe(
      "2026-03-29T06:00:00.000Z",
    );
  });

  it("is never quiet without quiet hours or with an empty window", () => {
    expect(quietUntil(undefined, new Date())).toBeNull();
    expect(quietUntil(null, new Date())).toBeNull();
    expect(quietUntil({ start: "09:00", end: "09:00", timeZone: "UTC" }, at("2026-01-01T09:00:00Z"))).toBeNull();
  });
});
