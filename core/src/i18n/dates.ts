import type { Locale } from "./messages.ts";

const STYLES = {
  day: { day: "numeric", month: "long" },
  shortDay: { day: "numeric", month: "short" },
  date: { dateStyle: "long" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date as a member reads it, in UTC: "1 December" / « 1er décembre » — French writes the first of the
 * month as an ordinal, which Intl does not.
 */
export function formatDate(date: Date, locale: Locale, style: keyof typeof STYLES = "date"): string {
  const text = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { ...STYLES[style], timeZone: "UTC" }).format(date);
  return locale === "fr" ? text.replace(/^1 /, "1er ") : text;
}
