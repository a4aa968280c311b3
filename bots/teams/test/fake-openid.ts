/**
 * TEST ONLY. The Bot Framework's token side, locally: an OpenID configuration and its key set
 * (an RS256 key made here, endorsed for `msteams`) on an ephemeral port, and tokens signed
 * with that key as the Bot Connector signs the ones it sends bots — or with another key, for
 * a forgery. Relais is pointed at it with TEAMS_OPENID_METADATA_URL.
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
const KID = "relais-test-key-1";

export type TokenOptions = {
  audience?: string;
  issuer?: string;
  serviceUrl?: string;
  /** Seconds since the token was issued (it lives 30 s, as far as these tests care). */
  ageSeconds?: number;
  /** Signed with a key of the test's own, under the real key's id. */
  forged?: boolean;
  extra?: JWTPayload;
};

export type FakeOpenId = {
  metadataUrl: string;
  sign(options?: TokenOptions): Promise<string>;
  /** How many times the key set was fetched. */
  keyFetches(): number;
  close(): Promise<void>;
};

export async function startFakeOpenId(appId: string, defaultServiceUrl: string): Promise<FakeOpenId> {
  const real = await generateKeyPair("RS256", { extractable: true });
  const forger = await generateKeyPair("RS256", { extractable: true });
  const publicJwk = { ...(await exportJWK(real.publicKey)), kid: KID, use: "sig", alg: "RS256", endorsements: ["msteams", "emulator"] };
  let fetches = 0;
  const server = createServer((req, res) => {
    if (req.url === "/v1/.well-known/openidconfiguration") {
      const { port } = server.address() as AddressInfo;
      return res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          issuer: BOT_FRAMEWORK_ISSUER,
          authorization_endpoint: "https://invalid.botframework.com",
          jwks_uri: `http://127.0.0.1:${port}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
          token_endpoint_auth_methods_supported: ["private_key_jwt"],
        }),
      );
    }
    if (req.url === "/v1/.well-known/keys") {
      fetches += 1;
      return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [publicJwk] }));
    }
    res.writeHead(404).end();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    async sign(options = {}) {
      const issuedAt = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
      const key: CryptoKey = options.forged ? forger.privateKey : real.privateKey;
      return new SignJWT({ serviceurl: options.serviceUrl ?? defaultServiceUrl, ...options.extra })
        .setProtectedHeader({ alg: "RS256", kid: KID, typ: "JWT" })
        .setIssuer(options.issuer ?? BOT_FRAMEWORK_ISSUER)
        .setAudience(options.audience ?? appId)
        .setIssuedAt(issuedAt)
        .setNotBefore(issuedAt)
        .setExpirationTime(issuedAt + 30)
        .sign(key);
    },
    keyFetches: () => fetches,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
