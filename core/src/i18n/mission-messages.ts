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
  field_in_future: { fr: "Cette date est dans le futur.", en: "This date is in the future." },
  field_before_last_step: {
    fr: "Cette date est avant la dernière étape notée pour cette candidature.",
    en: "This date is before the last step recorded for this application.",
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

/** Missions by chat: import, missions for me, applications tracked in the member's words. */
export const MISSION_CHAT_MESSAGES = {
  as_import_ask: {
    fr: "Envoyez-moi le lien de l'offre, ou collez son texte (le titre sur la première ligne).",
    en: "Send me the offer's link, or paste its text (the title on the first line).",
  },
  as_import_created: {
    fr: "Mission ajoutée et sauvegardée : « {title} ». « mes candidatures » la retrouve.",
    en: 'Mission added and saved: "{title}". "my applications" finds it again.',
  },
  as_import_known: {
    fr: "Je connaissais déjà cette offre : « {title} ». Elle est dans vos missions sauvegardées.",
    en: 'I already knew this offer: "{title}". It is in your saved missions.',
  },
  as_import_undone: {
    fr: "C'est annulé : « {title} » n'est plus dans vos missions sauvegardées.",
    en: 'Undone: "{title}" is no longer in your saved missions.',
  },
  as_missions_for_me: {
    fr: "{count} {count|mission|missions} pour vous, d'après votre profil :",
    en: "{count} {count|mission|missions} for you, from your profile:",
  },
  as_missions_for_me_none: {
    fr: "Aucune mission ouverte ne correspond à votre profil pour l'instant. « alertes missions chaque jour » vous prévient des nouvelles.",
    en: 'No open mission fits your profile for now. "daily mission alerts" tells you about new ones.',
  },
  as_missions_for_me_no_skills: {
    fr: "Votre profil ne cite encore aucune compétence : dites par exemple « ajoute react et python à mon profil », ou collez votre CV.",
    en: 'Your profile names no skill yet: say for example "add react and python to my profile", or paste your CV.',
  },
  as_why: { fr: "Pourquoi", en: "Why" },
  as_intent_import_mission: { fr: "Ajouter une mission (lien ou texte)", en: "Add a mission (link or text)" },
  as_this_one: { fr: "Celle-ci", en: "This one" },
  as_track_which_mission: {
    fr: "Quelle mission ? Donnez un mot de son titre, par exemple « j'ai candidaté à la mission React ».",
    en: 'Which mission? Give a word of its title, e.g. "I applied to the React mission".',
  },
  as_track_no_mission: {
    fr: "Je ne trouve aucune mission « {words} » parmi les vôtres ni les missions ouvertes. Ajoutez-la d'abord avec son lien : « ajoute cette mission : https://… ».",
    en: 'I find no "{words}" mission among yours or the open ones. Add it first with its link: "add this mission: https://…".',
  },
  as_track_pick_mission: { fr: "Plusieurs missions correspondent. Laquelle ?", en: "Several missions fit. Which one?" },
  as_track_which_status: { fr: "Où en est votre candidature pour « {title} » ?", en: 'Where does your application for "{title}" stand?' },
  as_track_confirm: {
    fr: "Noter votre candidature pour « {title} » : {status} ?",
    en: 'Record your application for "{title}" as {status}?',
  },
  as_track_unchanged: { fr: "C'était déjà noté : « {title} », {status}.", en: 'Already recorded: "{title}", {status}.' },
  as_tracked: {
    fr: "C'est noté : « {title} », {status} (le {date}). « mes candidatures » les liste.",
    en: 'Recorded: "{title}", {status} ({date}). "my applications" lists them.',
  },
  as_tracked_with_note: {
    fr: "C'est noté : « {title} », {status} (le {date}), avec la note « {note} ».",
    en: 'Recorded: "{title}", {status} ({date}), with the note "{note}".',
  },
  as_track_undone: { fr: "C'est annulé pour « {title} ».", en: 'Undone for "{title}".' },
} as const satisfies Record<string, { fr: string; en: string }>;
