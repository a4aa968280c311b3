/**
 * TEST ONLY. Microsoft Entra ID's token side, locally: the OpenID configuration of a tenant and
 * its OAuth 2.0 token endpoint (client credentials), on an ephemeral port, recording every
 * token request. The Agents SDK's MSAL client always talks to `https://login.microsoftonline.com`
 * (MSAL accepts only https authorities, and asks that host to vouch for any other): the test
 * routes this process's `fetch` calls for that host to this server, so the SDK's real code path
 * (MSAL's client credentials, the SDK's token cache) runs against it; every other request goes
 * out unchanged.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export const ENTRA_HOST = "login.microsoftonline.com";

export type TokenRequest = { path: string; form: URLSearchParams };

export type FakeEntra = {
  /** Client-credentials requests received (grant, client id, secret, scope). */
  tokenRequests: TokenRequest[];
  /** The access tokens handed out, in order. */
  issued: string[];
  close(): Promise<void>;
};

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** An unsigned JWT with the claims a reader of the token looks at (the SDK reads `exp` for its cache). */
function accessToken(appId: string, n: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: "none", typ: "JWT" })}.${part({ aud: "https://api.botframework.com", appid: appId, iat: now, exp: now + 3600, n })}.`;
}

export async function startFakeEntra(tenantId: string, appId: string): Promise<FakeEntra> {
  const tokenRequests: TokenRequest[] = [];
  const issued: string[] = [];
  const authority = `https://${ENTRA_HOST}/${tenantId}`;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (req.method === "GET" && path.endsWith("/discovery/instance"))
      return json(200, {
        tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
        metadata: [{ preferred_network: ENTRA_HOST, preferred_cache: ENTRA_HOST, aliases: [ENTRA_HOST] }],
      });
    if (req.method === "GET" && path === `/${tenantId}/v2.0/.well-known/openid-configuration`)
      return json(200, {
        issuer: `https://${ENTRA_HOST}/${tenantId}/v2.0`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        jwks_uri: `https://${ENTRA_HOST}/${tenantId}/discovery/v2.0/keys`,
        response_types_supported: ["code", "id_token", "token"],
        token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt"],
      });
    if (req.method === "POST" && path === `/${tenantId}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(await readText(req));
      tokenRequests.push({ path, form });
      if (form.get("grant_type") !== "client_credentials" || form.get("client_id") !== appId)
        return json(400, { error: "invalid_request", error_description: "client credentials of the test app only" });
      const token = accessToken(appId, issued.length + 1);
      issued.push(token);
      return json(200, { token_type: "Bearer", expires_in: 3599, ext_expires_in: 3599, access_token: token });
    }
    json(404, { error: "not_found", error_description: `${req.method} ${path}` });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  // Node's fetch sends through the global dispatcher: calls for Entra's host are sent here instead.
  const key = Symbol.for("undici.globalDispatcher.1");
  const holder = globalThis as unknown as Record<symbol, unknown>;
  if (!holder[key]) await fetch(`${origin}/warm-up`).catch(() => undefined);
  const original = holder[key] as { dispatch(options: { origin?: unknown }, handler: unknown): boolean };
  const routed = Object.create(original) as typeof original;
  routed.dispatch = (options, handler) => {
    const target = String(options.origin ?? "");
    const rerouted = target === `https://${ENTRA_HOST}` || target === `https://${ENTRA_HOST}/` ? { ...options, origin } : options;
    return original.dispatch(rerouted, handler);
  };
  holder[key] = routed;

  return {
    tokenRequests,
    issued,
    async close() {
      holder[key] = original;
      server.close();
      await once(server, "close");
    },
  };
}
