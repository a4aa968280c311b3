/**
 * Quiet hours: a push written during a member's quiet window waits until the window ends
 * (in the member's time zone, across midnight and daylight-saving changes).
 */
import type { QuietHoursInput } from "../profiles/preferences.ts";

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Local wall-clock minutes since midnight of `at` in `timeZone`. */
function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return hour * 60 + minute;
}

function inWindow(minute: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** When the quiet window containing `now` ends, or null when `now` is not in quiet hours. */
export function quietUntil(quiet: QuietHoursInput | null | undefined, now: Date): Date | null {
  if (!quiet) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const current = localMinutes(now, quiet.timeZone);
  if (!inWindow(current, start, end)) return null;
  // Walk forward minute by minute-sized steps from the next whole minute until the local clock
  // leaves the window: robust to DST jumps, and a window is at most 24 h (≤ 1440 steps).
  const first = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + 60_000);
  const waited = (end - current + 1440) % 1440;
  // Jump close to the end first (the local offset moves by at most an hour), then step.
  let probe = new Date(first.getTime() + Math.max(0, waited - 61) * 60_000);
  for (let i = 0; i < 1440 && inWindow(localMinutes(probe, quiet.timeZone), start, end); i++) probe = new Date(probe.getTime() + 60_000);
  return probe;
}
