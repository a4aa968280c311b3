/**
 * The panel's link to Relais: HTTP calls to the API (a guest session header or a member's
 * bearer token), who the visitor is (kept in the host page's localStorage, never in a URL),
 * and the outbox of what was typed while offline, sent once when the connection is back.
 */
import type { Reply } from "./reply.ts";

export type Auth =
  | { kind: "guest"; guest: string }
  | { kind: "member"; guest: string; accessToken: string; refreshToken: string; userId: string; name: string };

export type SiteSettings = {
  key: string;
  name: string;
  theme: { color?: string; position?: "right" | "left"; scheme?: "light" | "dark" | "auto" };
  defaultLocale: "fr" | "en";
};

export type ApiResult<T = unknown> = { status: number; body: T };
export type Problem = { detail?: string; code?: string; errors?: { field: string; message?: string }[] };

/** The network failed (offline, API down, or an origin the site does not accept). */
export class OfflineError extends Error {}

export type Outgoing =
  | { id: string; kind: "assistant"; text?: string; action?: string; attachments?: Attachment[] }
  | { id: string; kind: "message"; conversationId: string; body: string };
export type Attachment = { name: string; mimeType: string; data: string };

const TIMEOUT_MS = 15_000;

/** A guest session id the server accepts as drawn at random: 24 random bytes, base64url. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** localStorage when the page allows it, else memory (a sandboxed or privacy-strict page). */
function storage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  try {
    const probe = "relais:probe";
    localStorage.setItem(probe, "1");
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
}

export class Client {
  readonly store = storage();
  auth: Auth;
  locale: "fr" | "en" = "fr";

  readonly base: string;
  readonly site: string;

  constructor(base: string, site: string) {
    this.base = base;
    this.site = site;
    this.auth = this.loadAuth();
  }

  key(name: string) {
    return `relais:${this.site}:${name}`;
  }

  read<T>(name: string, fallback: T): T {
    try {
      const raw = this.store.getItem(this.key(name));
      return raw ? (JSON.parse(raw) as T) : fallback;
    } catch {
      return fallback;
    }
  }

  write(name: string, value: unknown) {
    try {
      this.store.setItem(this.key(name), JSON.stringify(value));
    } catch {
      // Storage full: the widget keeps working for this page.
    }
  }

  loadAuth(): Auth {
    const saved = this.read<Auth | null>("auth", null);
    if (saved?.guest) return saved;
    const fresh: Auth = { kind: "guest", guest: randomId() };
    this.write("auth", fresh);
    return fresh;
  }

  setAuth(auth: Auth) {
    this.auth = auth;
    this.write("auth", auth);
  }

  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    retried = false,
  ): Promise<ApiResult<T>> {
    const auth = this.auth;
    const sent: Record<string, string> = { accept: "application/json", "accept-language": this.locale, ...headers };
    if (body !== undefined) sent["content-type"] = "application/json";
    if (auth.kind === "member") sent.authorization = `Bearer ${auth.accessToken}`;
    else sent["x-relais-guest-session"] = auth.guest;
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        method,
        headers: sent,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        credentials: "omit",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new OfflineError(String(error));
    }
    if (response.status === 401 && auth.kind === "member" && !retried) {
      if (await this.refresh(auth)) return this.call(method, path, body, headers, true);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed as T };
  }

  /** A new access token from the refresh token; a refused refresh makes the visitor a guest again. */
  async refresh(auth: Extract<Auth, { kind: "member" }>): Promise<boolean> {
    let response: Response;
    try {
      response = await fetch(`${this.base}/api/v1/auth/refresh`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ refreshToken: auth.refreshToken }),
        credentials: "omit",
      });
    } catch (error) {
      throw new OfflineError(String(error));
    }
    if (response.ok) {
      const tokens = (await response.json()) as { accessToken: string; refreshToken: string };
      this.setAuth({ ...auth, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
      return true;
    }
    this.setAuth({ kind: "guest", guest: randomId() });
    return false;
  }

  settings() {
    return this.call<SiteSettings>("GET", `/api/v1/widget/sites/${encodeURIComponent(this.site)}`);
  }

  /** One outgoing item; its id makes a second send (another tab, a retry) act once. */
  send(item: Outgoing) {
    if (item.kind === "assistant") {
      const { id, kind: _kind, ...turn } = item;
      return this.call<{ replies: Reply[] }>(
        "POST",
        "/api/v1/assistant/messages",
        { ...turn, locale: this.locale },
        { "idempotency-key": id },
      );
    }
    return this.call("POST", `/api/v1/conversations/${encodeURIComponent(item.conversationId)}/messages`, {
      body: item.body,
      clientMessageId: item.id,
    });
  }

  /** The member's access token, refreshed first when it ends within a minute (a socket reconnecting needs a live one). */
  async freshAccessToken(): Promise<string | undefined> {
    const auth = this.auth;
    if (auth.kind !== "member") return undefined;
    let expiresAt = 0;
    try {
      const payload = auth.accessToken.split(".")[1] ?? "";
      expiresAt = (JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: number }).exp ?? 0;
    } catch {
      // Unreadable: refresh.
    }
    if (expiresAt * 1000 - Date.now() > 60_000) return auth.accessToken;
    return (await this.refresh(auth)) && this.auth.kind === "member" ? this.auth.accessToken : undefined;
  }

  /** The token socket.io connects with: the member's access token, or a guest's socket token. */
  async socketToken(): Promise<string | undefined> {
    if (this.auth.kind === "member") return this.freshAccessToken();
    const res = await this.call<{ token: string }>("POST", "/api/v1/assistant/socket-token");
    return res.status === 201 ? res.body.token : undefined;
  }
}
