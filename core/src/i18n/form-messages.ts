/**
 * What chat apps show around the conversation: the forms they draw as dialogs
 * (listings/listing-form.ts), the prompts suggested when a member opens a chat with the
 * assistant, and its "thinking" status. French and English (merged into MESSAGES).
 */
export const FORM_MESSAGES = {
  sp_title: { fr: "Essayez par exemple :", en: "Try for example:" },
  sp_search_title: { fr: "Chercher", en: "Search" },
  sp_search: { fr: "je cherche un vélo pas cher vers Lyon", en: "looking for a cheap bike near Lyon" },
  sp_offer_title: { fr: "Proposer", en: "Offer" },
  sp_offer: { fr: "je propose des cours de guitare à Paris", en: "I offer guitar lessons in Paris" },
  sp_matches_title: { fr: "Mes échanges possibles", en: "My possible swaps" },
  sp_matches: { fr: "mes matchs", en: "my matches" },
  sp_messages_title: { fr: "Mes messages", en: "My messages" },
  sp_messages: { fr: "mes messages", en: "my messages" },
  sp_thinking: { fr: "réfléchit…", en: "is thinking…" },
  lf_title: { fr: "Nouvelle annonce", en: "New listing" },
  lf_submit: { fr: "Publier", en: "Post" },
  lf_kind: { fr: "Type", en: "Kind" },
  lf_listing_title: { fr: "Titre", en: "Title" },
  lf_category: { fr: "Catégorie", en: "Category" },
  lf_category_hint: { fr: "Vide : devinée du titre. Ex. : Vélos, Meubles", en: "Empty: guessed from the title. E.g. Bikes, Furniture" },
  lf_price: { fr: "Prix (€)", en: "Price (€)" },
  lf_price_hint: { fr: "Vide ou 0 : gratuit ou à échanger.", en: "Empty or 0: free or to swap." },
  lf_price_invalid: { fr: "Un montant comme 120 ou 12,50.", en: "An amount such as 120 or 12.50." },
  lf_place: { fr: "Lieu", en: "Place" },
  lf_place_hint: { fr: "Une ville, « Lyon 3 », « 69100 »…", en: "A town, “Lyon 3”, “69100”…" },
  lf_description: { fr: "Description", en: "Description" },
  lf_photos: { fr: "Photos", en: "Photos" },
  lf_photos_unreadable: {
    fr: "Une des photos envoyées n'a pas pu être lue ; réessayez.",
    en: "One of the photos you sent could not be read; please try again.",
  },
  lf_photos_hint: { fr: "JPEG, PNG ou WebP, {max} au plus.", en: "JPEG, PNG or WebP, at most {max}." },
  lf_edit_title: { fr: "Modifier l'annonce", en: "Edit listing" },
  lf_save: { fr: "Enregistrer", en: "Save" },
  lf_saved: { fr: "C'est modifié : « {title} ».", en: "Saved: “{title}”." },
  lf_edit_listing: { fr: "✏️ Modifier une annonce", en: "✏️ Edit a listing" },
  lf_new_listing: { fr: "➕ Nouvelle annonce", en: "➕ New listing" },
} as const;
