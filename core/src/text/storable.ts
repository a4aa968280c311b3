/**
 * Text Postgres cannot store: U+0000 (refused by the UTF-8 encoding) and lone UTF-16
 * surrogates (not Unicode at all). Caller input holding either is refused where it enters,
 * naming the field, rather than failing deep in a query with a 500.
 */

// Without the u flag, a regex sees UTF-16 code units: a high surrogate not followed by a low
// one, or a low one not preceded by a high one, is alone.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `text` can be stored as it is. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * Paths (`["title"]`, `["memberIds", "1"]`, or a key itself) of every string in a JSON-like
 * value, keys included, that cannot be stored. Bounded by the value's size (bodies are capped).
 */
export function unstorableTextPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === "string") return isStorableText(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableTextPaths(item, [...path, String(index)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      isStorableText(key) ? unstorableTextPaths(item, [...path, key]) : [[...path, "?"]],
    );
  }
  return [];
}
