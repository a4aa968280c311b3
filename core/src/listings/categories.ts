/**
 * The category tree every community starts with: goods to swap or sell, services between
 * neighbours, and freelance skills. Slugs are stable identifiers used by the API and chat.
 */
import type { PrismaClient } from "../db/generated/client.ts";

export type CategorySeed = {
  slug: string;
  fr: string;
  en: string;
  children?: CategorySeed[];
};

export const CATEGORY_TREE: Record<"goods" | "services" | "skills", CategorySeed> = {
  goods: {
    slug: "goods",
    fr: "Objets",
    en: "Goods",
    children: [
      { slug: "bikes", fr: "Vélos", en: "Bikes" },
      {
        slug: "electronics",
        fr: "Électronique",
        en: "Electronics",
        children: [
          { slug: "phones", fr: "Téléphones", en: "Phones" },
          { slug: "computers", fr: "Ordinateurs", en: "Computers" },
          { slug: "audio-video", fr: "Son et image", en: "Audio and video" },
          { slug: "video-games", fr: "Jeux vidéo", en: "Video games" },
          { slug: "cameras", fr: "Photo", en: "Cameras" },
        ],
      },
      { slug: "furniture", fr: "Meubles", en: "Furniture" },
      { slug: "books", fr: "Livres", en: "Books" },
      { slug: "clothing", fr: "Vêtements", en: "Clothing" },
      { slug: "music-instruments", fr: "Instruments de musique", en: "Musical instruments" },
      { slug: "board-games", fr: "Jeux de société", en: "Board games" },
      { slug: "home-appliances", fr: "Électroménager", en: "Home appliances" },
      { slug: "sports-outdoors", fr: "Sport et plein air", en: "Sports and outdoors" },
      { slug: "kids", fr: "Enfants et bébés", en: "Kids and babies" },
      { slug: "garden", fr: "Jardin", en: "Garden" },
      { slug: "tools", fr: "Outils et bricolage", en: "Tools and DIY" },
    ],
  },
  services: {
    slug: "services",
    fr: "Services",
    en: "Services",
    children: [
      { slug: "tutoring", fr: "Cours et soutien scolaire", en: "Tutoring and lessons" },
      { slug: "repairs", fr: "Réparations", en: "Repairs" },
      { slug: "moving", fr: "Déménagement", en: "Moving" },
      { slug: "gardening", fr: "Jardinage", en: "Gardening" },
      { slug: "childcare", fr: "Garde d'enfants", en: "Childcare" },
      { slug: "pet-care", fr: "Garde d'animaux", en: "Pet care" },
      { slug: "cleaning", fr: "Ménage", en: "Cleaning" },
      { slug: "language-exchange", fr: "Échange linguistique", en: "Language exchange" },
    ],
  },
  skills: {
    slug: "skills",
    fr: "Compétences freelance",
    en: "Freelance skills",
    children: [
      {
        slug: "development",
        fr: "Développement",
        en: "Development",
        children: [
          { slug: "web-development", fr: "Développement web", en: "Web development" },
          { slug: "mobile-development", fr: "Développement mobile", en: "Mobile development" },
          { slug: "devops", fr: "DevOps et cloud", en: "DevOps and cloud" },
        ],
      },
      { slug: "design", fr: "Design", en: "Design" },
      { slug: "data", fr: "Data et IA", en: "Data and AI" },
      { slug: "marketing", fr: "Marketing", en: "Marketing" },
      { slug: "writing", fr: "Rédaction et traduction", en: "Writing and translation" },
      { slug: "video-photo", fr: "Vidéo et photo", en: "Video and photography" },
      { slug: "consulting", fr: "Conseil et gestion de projet", en: "Consulting and project management" },
    ],
  },
};

/** Creates or updates the tree; returns slug → id. Idempotent; writes only what differs. */
export async function upsertCategoryTree(prisma: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const existing = new Map((await prisma.category.findMany()).map((row) => [row.slug, row]));
  const visit = async (node: CategorySeed, kind: "goods" | "services" | "skills", parentId: string | null, position: number) => {
    const data = { labelFr: node.fr, labelEn: node.en, kind, parentId, position };
    const current = existing.get(node.slug);
    const same =
      current &&
      current.labelFr === data.labelFr &&
      current.labelEn === data.labelEn &&
      current.kind === kind &&
      current.parentId === parentId &&
      current.position === position;
    const row = same
      ? current
      : await prisma.category.upsert({ where: { slug: node.slug }, create: { slug: node.slug, ...data }, update: data });
    ids.set(node.slug, row.id);
    for (const [index, child] of (node.children ?? []).entries()) await visit(child, kind, row.id, index);
  };
  for (const [index, [kind, root]] of Object.entries(CATEGORY_TREE).entries()) {
    await visit(root, kind as "goods" | "services" | "skills", null, index);
  }
  return ids;
}
