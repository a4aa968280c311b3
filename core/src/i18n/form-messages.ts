/** The forms chat apps show as dialogs (listings/listing-form.ts), in French and English (merged into MESSAGES). */
export const FORM_MESSAGES = {
  lf_title: { fr: "Nouvelle annonce", en: "New listing" },
  lf_submit: { fr: "Publier", en: "Post" },
  lf_kind: { fr: "Type", en: "Kind" },
  lf_listing_title: { fr: "Titre", en: "Title" },
  lf_category: { fr: "Catégorie", en: "Category" },
  lf_price: { fr: "Prix (€)", en: "Price (€)" },
  lf_price_hint: { fr: "Vide ou 0 : gratuit ou à échanger.", en: "Empty or 0: free or to swap." },
  lf_price_invalid: { fr: "Un montant comme 120 ou 12,50.", en: "An amount such as 120 or 12.50." },
  lf_place: { fr: "Lieu", en: "Place" },
  lf_place_hint: { fr: "Une ville, « Lyon 3 », « 69100 »…", en: "A town, “Lyon 3”, “69100”…" },
  lf_description: { fr: "Description", en: "Description" },
  lf_new_listing: { fr: "➕ Nouvelle annonce", en: "➕ New listing" },
} as const;
