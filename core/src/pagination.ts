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
