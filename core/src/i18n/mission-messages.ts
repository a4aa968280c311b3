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

/** "Missions for me" explanations and the alerts. */
export const MISSION_MATCH_MESSAGES = {
  mf_skills: {
    fr: "{count} {count|compétence|compétences} en commun : {skills}",
    en: "{count} {count|skill|skills} in common: {skills}",
  },
  mf_no_skills: { fr: "aucune compétence en commun", en: "no skill in common" },
  mf_rate_within: { fr: "votre tarif est dans la fourchette", en: "your rate is within the range" },
  mf_rate_below: { fr: "la mission paie plus que votre tarif", en: "the mission pays more than your rate" },
  mf_rate_above: { fr: "la mission paie moins que votre tarif", en: "the mission pays less than your rate" },
  mf_rate_unknown: { fr: "tarif non comparable", en: "rate not comparable" },
  mf_place_remote: { fr: "en télétravail", en: "remote" },
  mf_place_near: { fr: "à {km} km de chez vous", en: "{km} km from you" },
  mf_place_far: { fr: "à {km} km, plus loin que votre distance", en: "{km} km away, beyond your distance" },
  mf_place_unknown: { fr: "lieu non précisé", en: "place not given" },
  mission_alert_instant: { fr: "Nouvelle mission pour vous", en: "A new mission for you" },
  mission_alert_digest: {
    fr: "{count} {count|nouvelle mission|nouvelles missions} pour vous",
    en: "{count} new {count|mission|missions} for you",
  },
  mission_alert_more: { fr: "et {count} {count|autre|autres} : « mes missions »", en: 'and {count} more: "my missions"' },
  nt_kind_mission_alert: { fr: "alertes missions", en: "mission alerts" },
  mission_alert_open: { fr: "Voir l'offre", en: "View the offer" },
} as const satisfies Record<string, { fr: string; en: string }>;
