/**
 * The `/relais` slash command as chat apps register it (Discord: names and descriptions
 * localised, at most 100 characters each), and what is said about the command itself.
 * French and English (merged into MESSAGES).
 */
export const COMMAND_MESSAGES = {
  cmd_relais: {
    fr: "Relais : annonces, recherches et échanges de votre communauté",
    en: "Relais: your community's listings, searches and swaps",
  },
  cmd_ask: { fr: "Demander à l'assistant Relais", en: "Ask the Relais assistant" },
  cmd_ask_text: { fr: "Votre question, comme vous la diriez", en: "Your question, as you would say it" },
  cmd_post: { fr: "Publier une annonce", en: "Post a listing" },
  cmd_post_text: {
    fr: "Ce que vous proposez ou cherchez, prix et lieu compris ; vide : le formulaire avec photos",
    en: "What you offer or look for, with price and place; empty: the form, with photos",
  },
  cmd_post_kind: { fr: "Offre ou demande", en: "Offer or want" },
  cmd_post_category: { fr: "Une catégorie (sinon devinée du titre)", en: "A category (else guessed from the title)" },
  cmd_post_price: { fr: "Prix en € (vide : gratuit ou à échanger)", en: "Price in € (empty: free or to swap)" },
  cmd_post_place: { fr: "Où (sinon le lieu de votre profil)", en: "Where (else your profile's place)" },
  cmd_edit: { fr: "Modifier une de mes annonces", en: "Edit one of my listings" },
  cmd_edit_listing: { fr: "L'annonce à modifier", en: "The listing to edit" },
  cmd_edit_category: { fr: "Une nouvelle catégorie (sinon elle reste)", en: "A new category (else it stays)" },
  cmd_search: { fr: "Chercher dans les annonces", en: "Search the listings" },
  cmd_search_query: { fr: "Ce que vous cherchez", en: "What you are looking for" },
  cmd_search_place: { fr: "Où (une ville)", en: "Where (a town)" },
  cmd_search_category: { fr: "Une catégorie", en: "A category" },
  cmd_matches: { fr: "Mes échanges possibles", en: "My possible swaps" },
  cmd_inbox: { fr: "Mes conversations", en: "My conversations" },
  cmd_profile: { fr: "Mon profil (visible de moi seul)", en: "My profile (only I see it)" },
  cmd_link: { fr: "Lier ce compte à mon compte Relais", en: "Link this account to my Relais account" },
  cmd_link_code: { fr: "Le code de liaison reçu ailleurs", en: "The link code you got elsewhere" },
  cmd_not_understood: {
    fr: "Je n'ai pas compris cette commande. Essayez « /relais ask » suivi de votre question.",
    en: "I didn't understand that command. Try “/relais ask” followed by your question.",
  },
} as const;
