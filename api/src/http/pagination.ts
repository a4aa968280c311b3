/** The cursor pagination convention of every list: `?limit=&cursor=` → `{items, nextCursor}`. */
import { z } from "zod";

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("Items per page, 1 to 100 (default 20)."),
  cursor: z.string().min(1).max(200).optional().describe("`nextCursor` of the previous page."),
});

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
    })
    .meta({ id });
}
