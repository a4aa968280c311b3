/**
 * The Bot Framework's check of an inbound activity (Connector → bot): the `Authorization:
 * Bearer` token is a JWT signed by one of the keys the OpenID configuration's `jwks_uri`
 * lists (RS256), issued by that configuration's issuer, for our app id, not expired (5 minutes
 * of clock skew), its signing key endorsed for the activity's channel, and its `serviceurl`
 * claim the activity's own `serviceUrl`. jose does the JWT work (key sets fetched, cached and
 * refreshed on an unknown `kid`).
 *
 * The SDK's own middleware (`authorizeJWT`) cannot be pointed at another OpenID configuration
 * (Bot Framework keys are fixed in it), which `TEAMS_OPENID_METADATA_URL` needs: tests serve
 * their own keys, sovereign clouds have theirs.
 *
 * @see https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot
 */
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import { z } from "zod";

const OpenIdConfiguration = z.looseObject({ issuer: z.string().min(1), jwks_uri: z.url() });
const CLOCK_SKEW_SECONDS = 300;

export type BearerCheck = { ok: true; claims: JWTPayload } | { ok: false; reason: string };

export type TokenVerifier = (
  authorization: string | undefined,
  activity: { serviceUrl?: unknown; channelId?: unknown },
) => Promise<BearerCheck>;

/** Normalises a service URL for comparison (Teams writes them with and without the trailing slash). */
const sameServiceUrl = (a: string, b: string) => a.replace(/\/+$/, "").toLowerCase() === b.replace(/\/+$/, "").toLowerCase();

export function bearerTokenVerifier(options: { appId: string; openIdMetadataUrl: string }): TokenVerifier {
  let metadata: Promise<{ issuer: string; keys: ReturnType<typeof createRemoteJWKSet> }> | undefined;
  const load = () => {
    metadata ??= fetch(options.openIdMetadataUrl, { signal: AbortSignal.timeout(10_000) })
      .then(async (response) => {
        if (!response.ok) throw new Error(`OpenID configuration answered ${response.status}`);
        const parsed = OpenIdConfiguration.parse(await response.json());
        return { issuer: parsed.issuer, keys: createRemoteJWKSet(new URL(parsed.jwks_uri)) };
      })
      .catch((error: unknown) => {
        // Asked again on the next request rather than failing forever.
        metadata = undefined;
        throw error;
      });
    return metadata;
  };

  return async (authorization, activity) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1];
    if (!token) return { ok: false, reason: "no bearer token" };
    let known: Awaited<ReturnType<typeof load>>;
    try {
      known = await load();
    } catch (error) {
      return { ok: false, reason: `OpenID configuration unavailable: ${error instanceof Error ? error.message : String(error)}` };
    }
    try {
      const { payload, protectedHeader } = await jwtVerify(token, known.keys, {
        issuer: known.issuer,
        audience: options.appId,
        algorithms: ["RS256"],
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ["exp"],
      });
      // A key the configuration endorses for some channels only signs for those.
      const key = known.keys.jwks()?.keys.find((candidate) => candidate.kid === protectedHeader.kid) as
        | { endorsements?: unknown }
        | undefined;
      const channel = typeof activity.channelId === "string" ? activity.channelId : "";
      if (Array.isArray(key?.endorsements) && !key.endorsements.includes(channel))
        return { ok: false, reason: `signing key not endorsed for ${channel || "this channel"}` };
      const claimed = payload.serviceurl ?? payload.serviceUrl;
      if (typeof claimed === "string" && (typeof activity.serviceUrl !== "string" || !sameServiceUrl(claimed, activity.serviceUrl)))
        return { ok: false, reason: "serviceurl claim differs from the activity's serviceUrl" };
      return { ok: true, claims: payload };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  };
}
