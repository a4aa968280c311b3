/**
 * Every text a user reads, in French and English. Keys are stable codes shared by the API
 * (problem+json `detail`), chat replies and emails. `{name}` markers are filled from params.
 */
import { ASSISTANT_MESSAGES } from "./assistant-messages.ts";
import { COMMAND_MESSAGES } from "./command-messages.ts";
import { FORM_MESSAGES } from "./form-messages.ts";
import { MISSION_CHAT_MESSAGES, MISSION_MATCH_MESSAGES, MISSION_MESSAGES } from "./mission-messages.ts";
import { NOTIFICATION_MESSAGES } from "./notification-messages.ts";

export const MESSAGES = {
  ...ASSISTANT_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...FORM_MESSAGES,
  ...MISSION_MESSAGES,
  ...MISSION_CHAT_MESSAGES,
  ...MISSION_MATCH_MESSAGES,
  ...COMMAND_MESSAGES,
  // generic
  invalid_request: { fr: "La requête contient des erreurs.", en: "The request has errors." },
  invalid_json: { fr: "Le corps de la requête n'est pas du JSON valide.", en: "The request body is not valid JSON." },
  body_too_large: {
    fr: "Le corps de la requête est trop volumineux (maximum {limit}).",
    en: "The request body is too large (maximum {limit}).",
  },
  unsupported_media_type: { fr: "Envoyez le corps en application/json.", en: "Send the body as application/json." },
  not_found: { fr: "Cette ressource n'existe pas.", en: "This resource does not exist." },
  route_not_found: { fr: "Aucune route pour {method} {path}.", en: "No route for {method} {path}." },
  internal_error: {
    fr: "Une erreur s'est produite de notre côté ; elle a été enregistrée.",
    en: "Something went wrong on our side; it has been logged.",
  },
  mission_closed: { fr: "Cette mission n'est plus ouverte.", en: "This mission is no longer open." },
  already_applied: { fr: "Vous avez déjà postulé à cette mission.", en: "You already applied to this mission." },
  rate_limited: { fr: "Trop de requêtes. Réessayez dans {seconds} s.", en: "Too many requests. Try again in {seconds} s." },
  idempotency_mismatch: {
    fr: "Cette clé Idempotency-Key a déjà servi pour une autre requête.",
    en: "This Idempotency-Key was already used for a different request.",
  },
  embedder_unavailable: {
    fr: "Enregistrement impossible pour l'instant : le service d'analyse du texte ne répond pas. Rien n'a été modifié ; réessayez dans un instant.",
    en: "Cannot save right now: the text analysis service is not answering. Nothing was changed; try again in a moment.",
  },
  idempotent_secret_not_replayed: {
    fr: "Cette requête a déjà abouti, mais le secret qu'elle a donné ne s'affiche qu'une fois et n'est pas conservé. S'il est perdu, révoquez-le et demandez-en un nouveau (avec une autre Idempotency-Key).",
    en: "This request already succeeded, but the secret it returned is shown once and not kept. If it is lost, revoke it and ask for a new one (with another Idempotency-Key).",
  },
  client_message_id_reused: {
    fr: "Ce clientMessageId a déjà servi pour un autre message : donnez-en un nouveau à chaque message.",
    en: "This clientMessageId was already used for another message: give each message a new one.",
  },
  message_not_author: {
    fr: "Seul l'auteur d'un message peut le modifier ou le supprimer.",
    en: "Only the author of a message can edit or delete it.",
  },
  message_deleted: {
    fr: "Ce message a été supprimé : il ne peut plus être modifié.",
    en: "This message was deleted: it can no longer be edited.",
  },
  message_edit_window: {
    fr: "Un message se modifie dans les {hours} heures qui suivent son envoi ; écrivez-en un nouveau pour corriger.",
    en: "A message can be edited within {hours} hours of sending it; write a new one to correct it.",
  },
  conversation_leave_direct: {
    fr: "On ne quitte pas une conversation à deux : archivez-la, ou bloquez le membre.",
    en: "A two-person conversation cannot be left: archive it, or block the member.",
  },
  idempotency_in_progress: {
    fr: "Une requête avec cette Idempotency-Key est en cours.",
    en: "A request with this Idempotency-Key is in progress.",
  },
  // problem+json titles (RFC 9457 `title`), by HTTP status
  http_title_400: { fr: "Requête invalide", en: "Bad Request" },
  http_title_401: { fr: "Non authentifié", en: "Unauthorized" },
  http_title_403: { fr: "Interdit", en: "Forbidden" },
  http_title_404: { fr: "Introuvable", en: "Not Found" },
  http_title_405: { fr: "Méthode non autorisée", en: "Method Not Allowed" },
  http_title_409: { fr: "Conflit", en: "Conflict" },
  http_title_413: { fr: "Contenu trop volumineux", en: "Content Too Large" },
  http_title_415: { fr: "Type de contenu non pris en charge", en: "Unsupported Media Type" },
  http_title_422: { fr: "Contenu impossible à traiter", en: "Unprocessable Content" },
  http_title_429: { fr: "Trop de requêtes", en: "Too Many Requests" },
  http_title_500: { fr: "Erreur interne du serveur", en: "Internal Server Error" },
  http_title_503: { fr: "Service indisponible", en: "Service Unavailable" },
  http_title_other: { fr: "Erreur", en: "Error" },
  // field validation
  field_required: { fr: "Champ obligatoire.", en: "Required." },
  field_invalid: { fr: "Valeur invalide.", en: "Invalid value." },
  guest_sign_up_first: {
    fr: "Pour publier une annonce, écrire à un membre ou faire un signalement, créez d'abord un compte ou connectez-vous avec votre e-mail. En attendant, je peux chercher, vous montrer des annonces et répondre à vos questions.",
    en: "To post a listing, message a member or file a report, please sign up or sign in with your email first. Meanwhile I can search, show you listings and answer your questions.",
  },
  guest_session_guessable: {
    fr: "Cet identifiant de session visiteur est prévisible : tirez-en un au hasard (au moins 22 caractères).",
    en: "This guest session id is predictable: draw a random one (at least 22 characters).",
  },
  // website widget (core/src/widget)
  widget_site_exists: { fr: "Un site « {key} » existe déjà.", en: 'A site "{key}" already exists.' },
  widget_site_not_found: { fr: "Aucun site « {key} ».", en: 'No site "{key}".' },
  widget_origin_refused: {
    fr: "Ce site n'accepte pas le widget depuis cette origine.",
    en: "This site does not accept the widget from this origin.",
  },
  widget_code_invalid: {
    fr: "Ce code ne correspond pas ou a expiré : demandez-en un nouveau.",
    en: "This code does not match or has expired: ask for a new one.",
  },
  web_home_title: { fr: "Relais — échangez, prêtez, trouvez près de chez vous", en: "Relais — swap, lend and find near you" },
  web_home_intro: {
    fr: "Relais est une place de marché communautaire : chacun dit ce qu'il propose et ce qu'il cherche (objets, services, missions freelance), Relais trouve les échanges possibles et vous met en relation.",
    en: "Relais is a community marketplace: everyone says what they offer and what they are looking for (goods, services, freelance missions), Relais finds the swaps that work and puts you in touch.",
  },
  web_home_how: {
    fr: "Ouvrez la bulle en bas de la page et écrivez comme vous parlez : « je cherche un vélo vers Lyon », « je donne une table ». Sans compte pour chercher ; votre e-mail suffit pour écrire aux membres.",
    en: 'Open the bubble at the bottom of the page and type as you would talk: "looking for a bike near Lyon", "giving away a table". No account needed to search; your email is enough to write to members.',
  },
  web_home_app: { fr: "Ouvrir Relais en plein écran", en: "Open Relais full page" },
  web_home_other_language: { fr: "English", en: "Français" },
  web_app_title: { fr: "Relais — l'application", en: "Relais — the app" },
  web_noscript: {
    fr: "Relais a besoin de JavaScript dans ce navigateur. L'API est décrite sur /docs.",
    en: "Relais needs JavaScript in this browser. The API is described at /docs.",
  },
  email_widget_code_subject: { fr: "Votre code Relais : {code}", en: "Your Relais code: {code}" },
  email_widget_code_body: {
    fr: "Bonjour,\n\nVotre code pour vous connecter à Relais depuis le widget : {code}\n\nIl est valable 15 minutes, une seule fois. Relais est aussi ici : {link}\n\nSi vous n'avez rien demandé, ignorez ce message.",
    en: "Hello,\n\nYour code to sign in to Relais from the widget: {code}\n\nIt is valid for 15 minutes, once. Relais is also here: {link}\n\nIf you did not ask for this, ignore this message.",
  },
  shared_state_unavailable: {
    fr: "Relais ne joint pas pour le moment le service qu'il partage entre ses serveurs ; rien n'a été fait. Réessayez dans un instant.",
    en: "Relais cannot reach the service its servers share right now; nothing was done. Please try again in a moment.",
  },
  storage_unavailable: {
    fr: "Le stockage est plein ou en lecture seule pour le moment ; rien n'a été enregistré. Réessayez plus tard.",
    en: "Storage is full or read-only right now; nothing was saved. Please try again later.",
  },
  field_characters: {
    fr: "Contient un caractère interdit (U+0000 ou une moitié de caractère Unicode).",
    en: "Contains a forbidden character (U+0000 or half of a Unicode character).",
  },
  field_whole_cents: {
    fr: "Doit être un nombre entier de centimes (45,50 € s'écrit 4550).",
    en: "Must be a whole number of cents (45.50 is written 4550).",
  },
  field_currency: {
    fr: "Devise inconnue : un code ISO 4217 comme EUR, GBP ou CHF.",
    en: "Unknown currency: an ISO 4217 code such as EUR, GBP or CHF.",
  },
  field_description_short: {
    fr: "Description trop courte : au moins 3 caractères, ou aucune.",
    en: "Description too short: at least 3 characters, or none.",
  },
  field_price_range: { fr: "Doit être au moins le prix minimum ({min}).", en: "Must be at least the minimum price ({min})." },
  field_unknown: { fr: "Champ inconnu.", en: "Unknown field." },
  field_too_long: { fr: "Trop long (maximum {max} caractères).", en: "Too long (at most {max} characters)." },
  field_too_short: { fr: "Trop court (minimum {min} caractères).", en: "Too short (at least {min} characters)." },
  field_too_small: { fr: "Trop petit (au moins {min}).", en: "Too small (at least {min})." },
  field_too_big: { fr: "Trop grand (au plus {max}).", en: "Too large (at most {max})." },
  field_too_many: { fr: "Trop d'éléments (au plus {max}).", en: "Too many items (at most {max})." },
  field_one_of: { fr: "Valeurs possibles : {values}.", en: "Expected one of: {values}." },
  field_email: { fr: "Adresse e-mail invalide.", en: "Invalid email address." },
  field_type: { fr: "Type attendu : {expected}.", en: "Expected {expected}." },
  // auth
  unauthenticated: { fr: "Connectez-vous pour continuer.", en: "Sign in to continue." },
  invalid_token: { fr: "Jeton d'accès invalide ou expiré.", en: "Invalid or expired access token." },
  invalid_credentials: { fr: "E-mail ou mot de passe incorrect.", en: "Wrong email or password." },
  invalid_refresh_token: { fr: "Session expirée ou révoquée : reconnectez-vous.", en: "Session expired or revoked: sign in again." },
  refresh_token_reused: {
    fr: "Ce jeton a déjà été utilisé : par sécurité, la session a été fermée sur tous les appareils concernés.",
    en: "This token was already used: for safety, the session has been closed.",
  },
  email_taken: { fr: "Un compte existe déjà avec cet e-mail.", en: "An account already exists with this email." },
  password_too_short: {
    fr: "Le mot de passe doit faire au moins {min} caractères.",
    en: "The password must be at least {min} characters long.",
  },
  password_too_long: {
    fr: "Le mot de passe doit faire au plus {max} caractères.",
    en: "The password must be at most {max} characters long.",
  },
  password_too_weak: {
    fr: "Mot de passe trop facile à deviner : {reason}",
    en: "Password too easy to guess: {reason}",
  },
  password_reason_common: { fr: "il fait partie des mots de passe les plus courants.", en: "it is one of the most common passwords." },
  password_reason_personal: { fr: "il contient votre nom ou votre e-mail.", en: "it contains your name or email." },
  password_reason_pattern: {
    fr: "il suit un motif prévisible (répétitions, suites, clavier). Ajoutez des mots sans rapport entre eux.",
    en: "it follows a predictable pattern (repeats, sequences, keyboard rows). Add a few unrelated words.",
  },
  wrong_password: { fr: "Le mot de passe actuel est incorrect.", en: "The current password is wrong." },
  no_password: {
    fr: "Ce compte n'a pas de mot de passe (connexion GitHub, LinkedIn ou chat).",
    en: "This account has no password (GitHub, LinkedIn or chat sign-in).",
  },
  current_password_required: {
    fr: "Changer l'adresse e-mail demande votre mot de passe actuel (currentPassword).",
    en: "Changing the email address needs your current password (currentPassword).",
  },
  email_change_needs_session: {
    fr: "L'adresse e-mail ne se change pas avec un jeton d'accès personnel : connectez-vous.",
    en: "The email address cannot be changed with a personal access token: sign in.",
  },
  invalid_email_token: { fr: "Ce lien est invalide, expiré ou déjà utilisé.", en: "This link is invalid, expired or already used." },
  email_already_verified: { fr: "Votre e-mail est déjà vérifié.", en: "Your email is already verified." },
  no_email: { fr: "Ce compte n'a pas d'adresse e-mail.", en: "This account has no email address." },
  csrf_invalid: { fr: "Jeton CSRF manquant ou invalide.", en: "Missing or invalid CSRF token." },
  admin_only: { fr: "Réservé aux administrateurs.", en: "Administrators only." },
  // /about/bot: the page the missions bot's User-Agent points job boards at
  bot_page_title: { fr: "RelaisBot, le robot des missions de Relais", en: "RelaisBot, the Relais missions bot" },
  bot_page_what: {
    fr: "RelaisBot est le robot de {host}, une communauté d'entraide et d'échange (Relais). Il lit des offres de missions publiées par des sites d'emploi pour les proposer aux membres, avec un lien vers l'offre d'origine.",
    en: "RelaisBot is the bot of {host}, a community marketplace (Relais). It reads job offers published by job boards to show them to the members, with a link to the original offer.",
  },
  bot_page_reads: {
    fr: "Il lit uniquement les API ou flux publics de ces sites (et les pages d'offre qu'un membre lui donne, en respectant robots.txt), à un débit limité par site, et s'identifie par l'en-tête User-Agent « RelaisBot ».",
    en: 'It reads only these boards\' public APIs or feeds (and job pages a member hands it, honouring robots.txt), at a limited rate per site, and names itself in the User-Agent header "RelaisBot".',
  },
  bot_page_boards: { fr: "Sites lus par ce serveur, et à quelle fréquence :", en: "Boards this server reads, and how often:" },
  bot_page_every: { fr: "{board} : toutes les {minutes} minutes", en: "{board}: every {minutes} minutes" },
  bot_page_on_demand: {
    fr: "{board} : seulement quand un administrateur lance une synchronisation",
    en: "{board}: only when an administrator starts a sync",
  },
  bot_page_no_board: { fr: "Ce serveur ne lit aucun site d'emploi en ce moment.", en: "This server reads no job board at the moment." },
  bot_page_contact: {
    fr: "Pour joindre l'administrateur de ce serveur (faire ralentir ou arrêter le robot) :",
    en: "To reach this server's administrator (to slow the bot down or stop it):",
  },
  bot_page_no_contact: {
    fr: "L'administrateur de ce serveur n'a pas publié d'adresse de contact. Pour arrêter le robot, refusez le User-Agent « RelaisBot » ; il respecte aussi les réponses 429 et Retry-After.",
    en: 'This server\'s administrator has published no contact address. To stop the bot, refuse the User-Agent "RelaisBot"; it also honours 429 answers and Retry-After.',
  },
  report_about_yourself: {
    fr: "Ce signalement vous concerne (vous ou votre annonce) : un autre administrateur doit en décider.",
    en: "This report is about you (you or your listing): another administrator must decide on it.",
  },
  scope_required: { fr: "Ce jeton n'a pas le droit « {scope} ».", en: "This token lacks the “{scope}” scope." },
  account_deleted: { fr: "membre supprimé", en: "deleted member" },
  // link codes and identities
  link_code_invalid: { fr: "Code invalide ou expiré.", en: "Invalid or expired code." },
  link_code_own: { fr: "Ce code vient de ce même compte.", en: "This code comes from this very account." },
  link_too_many_tries: { fr: "Trop d'essais. Réessayez dans {minutes} min.", en: "Too many tries. Try again in {minutes} min." },
  // oauth
  oauth_not_configured: {
    fr: "La connexion avec {provider} n'est pas configurée sur cette instance.",
    en: "Sign-in with {provider} is not configured on this instance.",
  },
  oauth_state_mismatch: {
    fr: "La connexion a expiré ou a été altérée : recommencez.",
    en: "The sign-in expired or was tampered with: start again.",
  },
  oauth_failed: { fr: "{provider} a refusé la connexion : {reason}", en: "{provider} refused the sign-in: {reason}" },
  oauth_no_verified_email: {
    fr: "{provider} ne fournit aucun e-mail vérifié pour ce compte.",
    en: "{provider} gives no verified email for this account.",
  },
  oauth_email_unverified: {
    fr: "Un compte Relais utilise déjà cette adresse, mais elle n'a jamais été confirmée. Si c'est le vôtre, confirmez l'adresse (lien reçu par e-mail, ou « mot de passe oublié ») puis reconnectez-vous avec {provider} : il sera relié.",
    en: "A Relais account already uses this address, but it was never confirmed. If it is yours, confirm the address (the emailed link, or “forgot password”), then sign in with {provider} again: it will be linked.",
  },
  // marketplace
  unknown_category: {
    fr: "Catégorie inconnue : « {category} ». Essayez : {suggestions}.",
    en: "Unknown category “{category}”. Try: {suggestions}.",
  },
  goods_need_place: {
    fr: "Dites où se trouve l'objet, ou qu'il peut être envoyé : sinon personne ne peut le trouver près de chez lui.",
    en: "Say where the item is, or that it can be shipped: otherwise nobody can find it near them.",
  },
  unknown_place: { fr: "Lieu inconnu : « {place} ».{suggestions}", en: "Unknown place “{place}”.{suggestions}" },
  place_suggestions: { fr: " Vouliez-vous dire : {names} ?", en: " Did you mean: {names}?" },
  not_owner: { fr: "Seul l'auteur de cette annonce peut la modifier.", en: "Only the author of this listing can change it." },
  listing_hidden_pending_review: {
    fr: "Cette annonce est masquée après plusieurs signalements, en attente d'examen par la modération : vous pourrez la remettre en ligne une fois qu'elle aura été examinée.",
    en: "This listing is hidden after several reports, pending review by a moderator: you can put it back online once it has been reviewed.",
  },
  listing_not_found: { fr: "Cette annonce n'existe pas ou plus.", en: "This listing does not exist (any more)." },
  wants_offer_only: {
    fr: "Seule une offre peut demander quelque chose en échange.",
    en: "Only an offer can ask for something in exchange.",
  },
  wanted_listing_invalid: {
    fr: "Une annonce visée n'existe pas ou n'est pas une offre active d'un autre membre.",
    en: "A listing you named does not exist or is not another member's active offer.",
  },
  radius_without_center: { fr: "Un rayon demande un point (near) ou un lieu (place).", en: "A radius needs a point (near) or a place." },
  distance_sort_without_center: {
    fr: "Le tri par distance demande un point (near) ou un lieu (place).",
    en: "Sorting by distance needs a point (near) or a place.",
  },
  invalid_cursor: {
    fr: "Curseur de pagination invalide : reprenez depuis la première page.",
    en: "Invalid pagination cursor: start again from the first page.",
  },
  match_not_found: {
    fr: "Cette proposition n'existe pas ou ne vous concerne pas.",
    en: "This proposal does not exist or does not involve you.",
  },
  match_step_you_receive: {
    fr: "Vous cherchez « {want} » — {giver} propose « {offer} »",
    en: "You want “{want}” — {giver} offers “{offer}”",
  },
  match_step_you_give: {
    fr: "{receiver} cherche « {want} » — vous proposez « {offer} »",
    en: "{receiver} wants “{want}” — you offer “{offer}”",
  },
  match_step_others: {
    fr: "{receiver} cherche « {want} » — {giver} propose « {offer} »",
    en: "{receiver} wants “{want}” — {giver} offers “{offer}”",
  },
  match_already_accepted: { fr: "{names} a déjà accepté.", en: "{names} already accepted." },
  match_already_accepted_many: { fr: "{names} ont déjà accepté.", en: "{names} already accepted." },
  match_closed: { fr: "Cette proposition n'est plus ouverte ({status}).", en: "This proposal is no longer open ({status})." },
  match_not_completed: {
    fr: "On laisse un avis une fois l'échange terminé (chacun l'a marqué comme fait).",
    en: "Reviews come once the trade is completed (everyone marked it done).",
  },
  message_unsend_window: {
    fr: "Un message ne se retire que dans les {minutes} minutes après l'envoi ; vous pouvez encore le supprimer de la conversation.",
    en: "A message can only be taken back within {minutes} minutes of sending; you can still delete it from the conversation.",
  },
  message_already_delivered: {
    fr: "Trop tard pour l'annuler : le message est déjà arrivé sur {apps}, je ne peux pas l'y reprendre.",
    en: "Too late to undo: the message already reached {apps}, and I can't take it back from there.",
  },
  report_already_decided: {
    fr: "La modération a déjà traité ce signalement : il ne peut plus être retiré.",
    en: "A moderator already decided on this report: it can no longer be withdrawn.",
  },
  match_undo_agreed: {
    fr: "Tout le monde a accepté : l'échange est conclu et ne peut plus être annulé.",
    en: "Everyone accepted: the swap is agreed and can no longer be undone.",
  },
  match_undo_closed: {
    fr: "Ce refus ne peut plus être annulé : la proposition a expiré ou ses annonces sont parties ailleurs entre-temps.",
    en: "This decline can no longer be undone: the proposal expired or its listings went elsewhere meanwhile.",
  },
  match_undo_nothing: {
    fr: "Il n'y a rien à annuler sur cette proposition : vous n'y avez pas répondu, ou elle est close.",
    en: "There is nothing to undo on this proposal: you have not answered it, or it is closed.",
  },
  match_not_accepted: { fr: "L'échange doit d'abord être accepté par tous.", en: "Everyone must accept the trade first." },
  already_reviewed: {
    fr: "Vous avez déjà laissé un avis sur ce membre pour cet échange.",
    en: "You already reviewed this member for this trade.",
  },
  review_self: { fr: "On ne peut pas s'évaluer soi-même.", en: "You cannot review yourself." },
  blocked: { fr: "Vous ne pouvez pas écrire à ce membre.", en: "You cannot message this member." },
  not_an_image: { fr: "Ce fichier n'est pas une image JPEG, PNG ou WebP.", en: "This file is not a JPEG, PNG or WebP image." },
  image_required: { fr: "Joignez une image dans le champ « image ».", en: "Attach an image in the “image” field." },
  image_too_large: { fr: "Image trop lourde (10 Mo au plus).", en: "Image too large (10 MB at most)." },
  too_many_images: { fr: "Une annonce a au plus {max} images.", en: "A listing has at most {max} images." },
  image_order_mismatch: {
    fr: "Donnez l'ordre de toutes les images de l'annonce, chacune une fois.",
    en: "Give the order of every image of the listing, each once.",
  },
  // pages opened from emailed links
  page_open_app: { fr: "Ouvrir Relais", en: "Open Relais" },
  page_verify_title: { fr: "Confirmer votre adresse e-mail", en: "Confirm your email address" },
  page_verify_button: { fr: "Confirmer", en: "Confirm" },
  page_verified: { fr: "C'est fait : votre adresse e-mail est confirmée.", en: "Done: your email address is confirmed." },
  page_reset_title: { fr: "Choisir un nouveau mot de passe", en: "Choose a new password" },
  page_reset_label: { fr: "Nouveau mot de passe (10 caractères au moins)", en: "New password (at least 10 characters)" },
  page_reset_button: { fr: "Enregistrer", en: "Save" },
  page_reset_done: { fr: "Mot de passe changé. Vous pouvez vous reconnecter.", en: "Password changed. You can sign in again." },
  page_undo_title: { fr: "Reprendre votre adresse e-mail", en: "Take back your email address" },
  page_undo_intro: {
    fr: "Votre ancienne adresse redevient celle du compte, toutes les sessions et jetons d'accès sont fermés. Choisissez un nouveau mot de passe : celui qui a changé l'adresse connaissait l'ancien.",
    en: "Your previous address becomes the account's again, and every session and access token is closed. Choose a new password: whoever changed the address knew the old one.",
  },
  page_undo_button: { fr: "Reprendre mon adresse", en: "Take back my address" },
  page_undo_done: {
    fr: "C'est fait : votre adresse est rétablie. Connectez-vous avec votre nouveau mot de passe.",
    en: "Done: your address is back. Sign in with your new password.",
  },
  page_missing_token: {
    fr: "Ce lien est incomplet : ouvrez-le depuis l'e-mail reçu.",
    en: "This link is incomplete: open it from the email you received.",
  },
  // emails
  email_verify_subject: { fr: "Confirmez votre adresse e-mail", en: "Confirm your email address" },
  email_verify_body: {
    fr: "Bonjour {name},\n\nConfirmez votre adresse e-mail pour Relais en ouvrant ce lien (valable 24 heures) :\n{link}\n\nSi vous n'avez pas créé de compte, ignorez ce message.",
    en: "Hello {name},\n\nConfirm your email address for Relais by opening this link (valid for 24 hours):\n{link}\n\nIf you did not create an account, ignore this message.",
  },
  email_reset_subject: { fr: "Réinitialisez votre mot de passe", en: "Reset your password" },
  email_reset_body: {
    fr: "Bonjour {name},\n\nPour choisir un nouveau mot de passe Relais, ouvrez ce lien (valable 1 heure, une seule fois) :\n{link}\n\nToutes vos sessions seront fermées. Si vous n'avez rien demandé, ignorez ce message.",
    en: "Hello {name},\n\nTo choose a new Relais password, open this link (valid for 1 hour, once):\n{link}\n\nAll your sessions will be closed. If you did not ask for this, ignore this message.",
  },
  email_password_changed_subject: { fr: "Votre mot de passe a été modifié", en: "Your password was changed" },
  email_password_changed_body: {
    fr: "Bonjour {name},\n\nLe mot de passe de votre compte Relais vient d'être modifié. Si ce n'est pas vous, réinitialisez-le tout de suite : {link}",
    en: "Hello {name},\n\nThe password of your Relais account was just changed. If this was not you, reset it now: {link}",
  },
  email_changed_subject: { fr: "L'adresse e-mail de votre compte a changé", en: "Your account's email address was changed" },
  email_changed_body: {
    fr: "Bonjour {name},\n\nL'adresse e-mail de votre compte Relais vient d'être remplacée par : {email}\n\nSi ce n'est pas vous, ouvrez ce lien (valable 7 jours) pour reprendre votre adresse et choisir un nouveau mot de passe ; toutes les sessions seront fermées :\n{link}",
    en: "Hello {name},\n\nThe email address of your Relais account was just changed to: {email}\n\nIf this was not you, open this link (valid for 7 days) to take back your address and choose a new password; every session will be closed:\n{link}",
  },
} as const satisfies Record<string, { fr: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;
export type Locale = "fr" | "en";

/** A parameter written "@key" is itself a message, translated in the same language. */
/** `{count|résultat|résultats}`: the form the language uses for that number (French says "0 résultat", English "0 results"). */
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
const pluralRules = { fr: new Intl.PluralRules("fr"), en: new Intl.PluralRules("en") };

export function t(key: MessageKey, locale: Locale, params: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[key][locale].replace(PLURAL, (match, name: string, one: string, other: string) => {
    const value = params[name];
    if (typeof value !== "number") return match;
    return pluralRules[locale].select(value) === "one" ? one : other;
  });
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in params)) return match;
    const value = String(params[name]);
    return value.startsWith("@") && value.slice(1) in MESSAGES ? t(value.slice(1) as MessageKey, locale, { ...params, [name]: "" }) : value;
  });
}

/** Picks fr or en from an Accept-Language header (default English for strangers). */
export function localeFromAcceptLanguage(header: string | undefined, fallback: Locale = "en"): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((p) => p.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("fr")) return "fr";
    if (tag.startsWith("en")) return "en";
  }
  return fallback;
}
