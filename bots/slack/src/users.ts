/**
 * Who a Slack member is (name, language, time zone) from `users.info`, cached per team and
 * user for an hour: every turn needs it, Slack rate-limits it (Tier 4), and it rarely changes.
 * A failed look-up leaves the turn without a name or language (core then uses the member's
 * stored language) rather than failing the turn.
 */
import type { Locale } from "@relais/core/i18n/messages";
import type { WebClient } from "@slack/web-api";

export type SlackProfile = { displayName?: string; locale?: Locale; timeZone?: string; isBot: boolean };

const TTL_MS = 60 * 60_000;
const MAX_ENTRIES = 10_000;

/** Slack's `fr-FR`, `en-GB`… as a language Relais speaks; others are left to core's default. */
export function localeOfSlack(locale: string | undefined): Locale | undefined {
  const language = locale?.slice(0, 2).toLowerCase();
  return language === "fr" || language === "en" ? language : undefined;
}

export class SlackUserDirectory {
  readonly #cache = new Map<string, { profile: SlackProfile; until: number }>();

  async profile(client: WebClient, team: string, user: string, now = Date.now()): Promise<SlackProfile> {
    const key = `${team}:${user}`;
    const cached = this.#cache.get(key);
    if (cached && cached.until > now) return cached.profile;
    let profile: SlackProfile = { isBot: false };
    try {
      const answer = await client.users.info({ user, include_locale: true });
      const info = answer.user;
      const displayName = info?.profile?.display_name || info?.real_name || info?.name;
      const locale = localeOfSlack(info?.locale);
      profile = {
        isBot: Boolean(info?.is_bot),
        ...(displayName ? { displayName } : {}),
        ...(locale ? { locale } : {}),
        ...(info?.tz ? { timeZone: info.tz } : {}),
      };
    } catch {
      // Unknown for now: asked again on the next turn.
      return profile;
    }
    if (this.#cache.size >= MAX_ENTRIES) this.#cache.delete(this.#cache.keys().next().value as string);
    this.#cache.set(key, { profile, until: now + TTL_MS });
    return profile;
  }
}
