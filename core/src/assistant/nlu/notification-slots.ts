/**
 * Reads notification preferences said in chat, French or English: quiet hours ("pas de
 * notifications entre 22h et 8h", "quiet hours from 10pm to 7am", "plus d'heures de silence"),
 * kinds turned off or back on ("plus de notifications pour les matchs", "remets les
 * notifications des messages"). Channels and digests are read by the preferences reader.
 */
import type { Slots } from "../intents.ts";

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’`]/g, "'");

const CLOCK = String.raw`(\d{1,2})(?:\s*(?:h|:)\s*(\d{2})?|\s*(am|pm))?`;
const RANGE = new RegExp(String.raw`(?:entre|de|from|between)\s+${CLOCK}\s*(?:et|a|to|and|-|–|jusqu'a|until|till)\s+${CLOCK}`);
// ("laisse-moi tranquille entre 22h et 8h", "leave me alone between 10pm and 7am": quiet too)
const QUIET_CONTEXT = /(notif|silence|silencieu|derang|disturb|quiet|ping|alert|previens|prevenir|tranquille|leave me alone|spam)/;
const NO_QUIET =
  /\b(supprime|enleve|annule|retire|remove|cancel|turn off|disable|desactive|plus d'|plus de|pas d'|no more|no)\s*(les |mes |my |the |le )?(heures de silence|heures silencieuses|quiet hours|mode silencieux|silence|ne pas deranger|do not disturb)/;
const KINDS: [RegExp, string[]][] = [
  [/\b(messages?|conversations?)\b/, ["message"]],
  [/\b(matchs?|matches|propositions?|proposals?|echanges?|swaps?|trocs?)\b/, ["match_proposed", "match_accepted", "match_withdrawn"]],
  [/\b(candidatures?|applications?|postulations?)\b/, ["application_update"]],
];
const MUTE = /\b(plus de|pas de|coupe|desactive|stop|no more|turn off|mute|arrete|ne me previens plus|don't|do not|sans)\b/;
const UNMUTE = /\b(remets|reactive|rallume|active|turn on|turn back on|unmute|resume|de nouveau|again|reprends)\b/;
const ZONE = /\b([A-Z][A-Za-z]+(?:\/[A-Z][A-Za-z_-]+){1,2}|UTC)\b/;

function clock(hours: string | undefined, minutes: string | undefined, meridiem: string | undefined): string | undefined {
  let h = Number(hours);
  const m = minutes ? Number(minutes) : 0;
  if (meridiem === "pm" && h < 12) h += 12;
  if (meridiem === "am" && h === 12) h = 0;
  if (!Number.isInteger(h) || h > 23 || m > 59) return undefined;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** The notification slots in `text` (none when it says nothing about notifications). */
export function readNotificationSlots(text: string): Slots {
  const folded = fold(text);
  const slots: Slots = {};
  if (NO_QUIET.test(folded) && !RANGE.test(folded)) slots.quietHoursOff = true;
  const range = RANGE.exec(folded);
  if (range && QUIET_CONTEXT.test(folded)) {
    // "10 to 7pm" reads the meridiem once for both ends only when the first has none.
    const start = clock(range[1], range[2], range[3]);
    const end = clock(range[4], range[5], range[6]);
    if (start && end && start !== end) {
      slots.quietStart = start;
      slots.quietEnd = end;
    }
  }
  const zone = ZONE.exec(text)?.[1];
  if (zone && (slots.quietStart || /fuseau|time ?zone/.test(folded))) slots.timeZone = zone;
  if (/(notif|alert|previens|prevenir|notify|ping)/.test(folded) && !slots.quietStart) {
    const kinds = KINDS.flatMap(([pattern, names]) => (pattern.test(folded) ? names : []));
    if (kinds.length > 0 && UNMUTE.test(folded)) slots.unmute = kinds;
    else if (kinds.length > 0 && MUTE.test(folded)) slots.mute = kinds;
  }
  return slots;
}
