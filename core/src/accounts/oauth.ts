/**
 * Sign-in with GitHub and LinkedIn (OpenID Connect) through arctic's OAuth 2.0 client, with
 * state and PKCE (S256). Endpoints come from configuration so tests and self-hosted setups
 * can point them elsewhere. The account is the one already holding this identity, else the
 * one with the same email if that account confirmed it (linked), else a new one. An account
 * holding the address without having confirmed it is never linked: anyone can type an address
 * at sign-up, so its holder must prove the mailbox first.
 */
import { CodeChallengeMethod, generateCodeVerifier, generateState, OAuth2Client } from "arctic";
import type { OAuthProviderConfig } from "../config/index.ts";
import type { User } from "../db/generated/client.ts";
import { Conflict, Invalid, NotFound } from "../errors/domain.ts";
import type { Locale } from "../i18n/messages.ts";
import { cleanDisplayName } from "../text/display-name.ts";
import { normalizeEmail } from "./accounts.ts";
import { type AccountsContext, nowOf } from "./context.ts";

export type OAuthProvider = "github" | "linkedin";
export const OAUTH_PROVIDERS: OAuthProvider[] = ["github", "linkedin"];
const LABEL: Record<OAuthProvider, string> = { github: "GitHub", linkedin: "LinkedIn" };

export type OAuthProfile = { id: string; name: string; email: string | null; emailVerified: boolean; locale?: Locale };

type ProviderDefinition = {
  scopes: string[];
  authorizeUrl(config: OAuthProviderConfig): string;
  tokenUrl(config: OAuthProviderConfig): string;
  fetchProfile(config: OAuthProviderConfig, accessToken: string): Promise<OAuthProfile>;
};

async function getJson(url: string, accessToken: string): Promise<unknown> {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/json", "User-Agent": "Relais" },
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" ? (value as Record<string, unknown>) : {};

const PROVIDERS: Record<OAuthProvider, ProviderDefinition> = {
  github: {
    scopes: ["read:user", "user:email"],
    authorizeUrl: (c) => `${c.oauthUrl}/authorize`,
    tokenUrl: (c) => `${c.oauthUrl}/access_token`,
    async fetchProfile(c, accessToken) {
      const user = asRecord(await getJson(`${c.apiUrl}/user`, accessToken));
      const emails = await getJson(`${c.apiUrl}/user/emails`, accessToken);
      const list = Array.isArray(emails) ? emails.map(asRecord) : [];
      const best = list.find((e) => e.primary === true && e.verified === true) ?? list.find((e) => e.verified === true);
      const id = user.id;
      if (typeof id !== "number" && typeof id !== "string") throw new Error("GitHub user has no id");
      return {
        id: String(id),
        name: String(user.name || user.login || "GitHub member"),
        email: typeof best?.email === "string" ? best.email : null,
        emailVerified: Boolean(best),
      };
    },
  },
  linkedin: {
    scopes: ["openid", "profile", "email"],
    authorizeUrl: (c) => `${c.oauthUrl}/authorization`,
    tokenUrl: (c) => `${c.oauthUrl}/accessToken`,
    async fetchProfile(c, accessToken) {
      const info = asRecord(await getJson(`${c.apiUrl}/v2/userinfo`, accessToken));
      if (typeof info.sub !== "string") throw new Error("LinkedIn userinfo has no sub");
      const locale = asRecord(info.locale).language ?? info.locale;
      return {
        id: info.sub,
        name: String(info.name || [info.given_name, info.family_name].filter(Boolean).join(" ") || "LinkedIn member"),
        email: typeof info.email === "string" ? info.email : null,
        emailVerified: info.email_verified === true,
        locale: typeof locale === "string" && locale.toLowerCase().startsWith("en") ? "en" : "fr",
      };
    },
  },
};

function providerConfig(ctx: AccountsContext, provider: OAuthProvider): OAuthProviderConfig {
  const config = ctx.config.oauth[provider];
  if (!config) throw new NotFound("oauth_not_configured", { provider: LABEL[provider] });
  return config;
}

export function oauthCallbackUrl(ctx: AccountsContext, provider: OAuthProvider): string {
  return `${ctx.config.publicUrl}/api/v1/auth/oauth/${provider}/callback`;
}

export function beginOAuth(ctx: AccountsContext, provider: OAuthProvider): { url: string; state: string; codeVerifier: string } {
  const config = providerConfig(ctx, provider);
  const definition = PROVIDERS[provider];
  const client = new OAuth2Client(config.clientId, config.clientSecret, oauthCallbackUrl(ctx, provider));
  const state = generateState();
  const codeVerifier = generateCodeVerifier();
  const url = client.createAuthorizationURLWithPKCE(
    definition.authorizeUrl(config),
    state,
    CodeChallengeMethod.S256,
    codeVerifier,
    definition.scopes,
  );
  return { url: url.toString(), state, codeVerifier };
}

export async function completeOAuth(
  ctx: AccountsContext,
  provider: OAuthProvider,
  code: string,
  codeVerifier: string,
): Promise<{ user: User; created: boolean }> {
  const config = providerConfig(ctx, provider);
  const definition = PROVIDERS[provider];
  const client = new OAuth2Client(config.clientId, config.clientSecret, oauthCallbackUrl(ctx, provider));
  let profile: OAuthProfile;
  try {
    const tokens = await client.validateAuthorizationCode(definition.tokenUrl(config), code, codeVerifier);
    profile = await definition.fetchProfile(config, tokens.accessToken());
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : "unknown error";
    throw new Invalid("oauth_failed", [], { provider: LABEL[provider], reason });
  }
  return signInWithOAuthProfile(ctx, provider, profile);
}

export async function signInWithOAuthProfile(
  ctx: AccountsContext,
  provider: OAuthProvider,
  profile: OAuthProfile,
): Promise<{ user: User; created: boolean }> {
  const now = nowOf(ctx);
  const known = await ctx.prisma.identity.findUnique({
    where: { provider_externalId: { provider, externalId: profile.id } },
    include: { user: true },
  });
  if (known && known.user.status === "active") {
    await ctx.prisma.identity.update({ where: { id: known.id }, data: { lastSeenAt: now } });
    return { user: known.user, created: false };
  }
  if (!profile.email || !profile.emailVerified) throw new Invalid("oauth_no_verified_email", [], { provider: LABEL[provider] });
  const email = normalizeEmail(profile.email);
  const name = cleanDisplayName(profile.name) || LABEL[provider];
  const identity = { provider, externalId: profile.id, displayName: name, email };
  const existing = await ctx.prisma.user.findUnique({ where: { email } });
  if (existing && existing.status === "active") {
    if (!existing.emailVerifiedAt) throw new Conflict("oauth_email_unverified", { provider: LABEL[provider] });
    await ctx.prisma.$transaction([
      ctx.prisma.identity.deleteMany({ where: { provider, externalId: profile.id } }),
      ctx.prisma.identity.create({ data: { ...identity, userId: existing.id } }),
    ]);
    return { user: existing, created: false };
  }
  const user = await ctx.prisma.user.create({
    data: { email, emailVerifiedAt: now, name, locale: profile.locale ?? "fr", identities: { create: identity } },
  });
  return { user, created: true };
}
