/**
 * Display names are shown to other members and written into emails: no control characters
 * (line breaks let a name pose as a separate line of an email), no line or paragraph
 * separators, no bidirectional overrides (they disguise text). Emoji joiners stay allowed.
 */
export const DISPLAY_NAME_FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** For names that come from elsewhere (a provider, a chat platform): forbidden characters become spaces. */
export function cleanDisplayName(name: string): string {
  return name.replace(new RegExp(DISPLAY_NAME_FORBIDDEN.source, "gu"), " ").replace(/\s+/g, " ").trim();
}
