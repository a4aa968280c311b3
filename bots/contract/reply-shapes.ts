/**
 * One Reply of every shape core sends, at sizes that test the limits: what each adapter of
 * the contract kit must render natively within its platform's limits, text fallback included.
 */
import type { Reply } from "@relais/core/assistant/reply";

const words = (n: number, word = "vélo") => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

export const REPLY_SHAPES: Record<string, Reply> = {
  "plain text": { text: "Bonjour ! Que puis-je faire pour vous ?" },
  "long text (continues in the next messages)": { text: `${words(1500)}.\n\n${words(800, "bike")}` },
  markdown: {
    text: "**Vélo de course** _presque neuf_ — `cadre 54` — [voir l'annonce](https://relais.example.org/l/1)\n- léger\n- révisé",
    format: "markdown",
  },
  "cards with image, alt text, fields, action and link buttons": {
    text: "3 annonces pour « vélo » autour de Lyon :",
    layout: "list",
    cards: Array.from({ length: 3 }, (_, i) => ({
      title: `Vélo ${i + 1} ${"très ".repeat(i * 40)}beau`,
      subtitle: "Offre · Lyon",
      text: words(60 * (i + 1)),
      image: { url: `https://relais.example.org/media/${i}.webp`, alt: `Vélo ${i + 1} vu de côté` },
      url: `https://relais.example.org/l/${i}`,
      fields: Array.from({ length: 12 }, (_, j) => ({ label: `Champ ${j}`, value: words(j * 10 + 1) })),
      actions: [
        { id: `view-${i}-xxxxxxxx`, label: "Voir" },
        { id: `contact-${i}-xxxxx`, label: "Contacter", style: "primary" as const },
      ],
      links: [{ label: "Ouvrir sur le site", url: `https://relais.example.org/l/${i}` }],
    })),
  },
  "many cards (paged behind more…)": {
    text: "Vos annonces :",
    layout: "list",
    cards: Array.from({ length: 30 }, (_, i) => ({
      title: `Annonce ${i + 1}`,
      actions: [{ id: `delete-${i}-xxxxxx`, label: "Supprimer", style: "danger" as const }],
    })),
  },
  "quick replies": {
    text: "Supprimer l'annonce « Lampe » ? C'est définitif.",
    quickReplies: [
      { label: "Oui", action: "yes-xxxxxxxxxxxx" },
      { label: "Non", action: "no-xxxxxxxxxxxxx" },
      ...Array.from({ length: 30 }, (_, i) => ({ label: `Suggestion ${i}`, text: `suggestion ${i}` })),
    ],
  },
  "a select for long choices": {
    text: "Dans quelle catégorie ?",
    select: {
      placeholder: "Choisir une catégorie",
      options: Array.from({ length: 120 }, (_, i) => ({ label: `Catégorie ${i} ${"x".repeat(i % 90)}`, action: `cat-${i}-xxxxxxxx` })),
    },
  },
  ephemeral: { text: "Seul vous voyez ce message.", ephemeral: true },
  "replaces the message a button was on": { text: "✓ Proposition acceptée.", replaces: "platform-message-1" },
};
