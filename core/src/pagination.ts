import { Invalid } from "./errors/domain.ts";

/**
 * Cursor pagination over rows ordered by a unique key: ask for `limit + 1` rows, return
 * `limit` of them and, when there was one more, the cursor of the last one returned.
 */
export type Page<T> = { items: T[]; nextCursor: string | null };

export function cursorArgs(page: { limit: number; cursor?: string | undefined }) {
  return { take: page.limit + 1, ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}) };
}

export function toPage<Row extends { id: string }, T>(rows: Row[], limit: number, map: (row: Row) => T): Page<T> {
  const kept = rows.slice(0, limit);
  return { items: kept.map(map), nextCursor: rows.length > limit ? (kept.at(-1)?.id ?? null) : null };
}

/**
 * Lists ranked in memory (relevance, recency across joins) page by position instead: the
 * cursor is the opaque offset of the next item, so a client follows `nextCursor` the same way.
 */
const MAX_OFFSET = 10_000;

export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const offset = (JSON.parse(Buffer.from(cursor, "base64url").toString()) as { o?: unknown }).o;
    if (typeof offset === "number" && Number.isInteger(offset) && offset >= 0 && offset <= MAX_OFFSET) return offset;
  } catch {
    // reported below
  }
  throw new Invalid("invalid_cursor", [{ field: "query.cursor", code: "invalid_cursor" }]);
}

export const encodeOffsetCursor = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString("base64url");

/** One page of an already ranked list, from an offset cursor. */
export function offsetPage<T>(ranked: T[], page: { limit: number; cursor?: string | undefined }): Page<T> {
  const offset = decodeOffsetCursor(page.cursor);
  const items = ranked.slice(offset, offset + page.limit);
  return { items, nextCursor: ranked.length > offset + page.limit ? encodeOffsetCursor(offset + page.limit) : null };
}
