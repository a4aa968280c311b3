/** The category tree as stored: lookups by slug, descendants, labels. */
import type { PrismaClient } from "../db/generated/client.ts";

export type CategoryNode = {
  id: string;
  slug: string;
  parentId: string | null;
  kind: "goods" | "services" | "skills";
  labelFr: string;
  labelEn: string;
  position: number;
};

export type CategoryTree = {
  bySlug: Map<string, CategoryNode>;
  byId: Map<string, CategoryNode>;
  /** The category and every category below it. */
  descendantIds(slug: string): string[];
  children(parentId: string | null): CategoryNode[];
};

let cache: { prisma: PrismaClient; tree: CategoryTree; loadedAt: number } | undefined;

/** The tree changes only by seeding/migrations: cached a minute. */
export async function loadCategoryTree(prisma: PrismaClient): Promise<CategoryTree> {
  if (cache && cache.prisma === prisma && Date.now() - cache.loadedAt < 60_000) return cache.tree;
  const rows = (await prisma.category.findMany({ orderBy: [{ position: "asc" }, { slug: "asc" }] })) as CategoryNode[];
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const children = (parentId: string | null) => rows.filter((row) => row.parentId === parentId);
  const tree: CategoryTree = {
    bySlug,
    byId,
    children,
    descendantIds(slug) {
      const root = bySlug.get(slug);
      if (!root) return [];
      const ids: string[] = [];
      const stack = [root];
      while (stack.length > 0) {
        const node = stack.pop()!;
        ids.push(node.id);
        stack.push(...children(node.id));
      }
      return ids;
    },
  };
  cache = { prisma, tree, loadedAt: Date.now() };
  return tree;
}
