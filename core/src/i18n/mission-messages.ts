/** Texts of the missions feature (import from a URL or text, "missions for me", alerts), in French and English. */
export const MISSION_MESSAGES = {
  import_bad_url: { fr: "Donnez l'adresse complète de l'offre (https://…).", en: "Give the offer's full address (https://…)." },
  import_private_address: {
    fr: "Cette adresse n'est pas publique : Relais ne lit que des pages publiques.",
    en: "This address is not public: Relais only reads public pages.",
  },
  import_robots_disallowed: {
    fr: "{host} ne permet pas aux robots de lire cette page (robots.txt) : copiez-collez le texte de l'offre à la place.",
    en: "{host} does not allow robots to read this page (robots.txt): paste the offer's text instead.",
  },
  import_blocked: {
    fr: "{host} bloque la lecture automatique de ses pages : copiez-collez le texte de l'offre à la place.",
    en: "{host} blocks automatic reading: paste the offer's text instead.",
  },
  import_not_found: { fr: "{host} dit que cette offre n'existe pas (ou plus).", en: "{host} says this offer does not exist (any more)." },
  import_unreachable: {
    fr: "Impossible de lire la page sur {host} pour le moment. Réessayez plus tard, ou copiez-collez le texte de l'offre.",
    en: "Could not read the page on {host} right now. Try again later, or paste the offer's text.",
  },
  import_no_offer: {
    fr: "Je n'ai pas trouvé d'offre dans ce contenu : il faut au moins un titre et une description.",
    en: "I found no offer in this content: it needs at least a title and a description.",
  },
} as const satisfies Record<string, { fr: string; en: string }>;
