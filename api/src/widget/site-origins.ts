/**
 * Which browser origins may use the API through the website widget: those some widget site
 * lists (plus CORS_ORIGINS, which the CORS middleware already knows). Read from the database
 * and kept for a few seconds, refreshed at once when a site is created.
 */
import { allOriginsOfSites, DEMO_SITE_KEY, findSite, type SitesContext } from "@relais/core/widget/sites";
import type { Request } from "express";

const REFRESH_MS = 10_000;

export class SiteOrigins {
  #origins = new Set<string>();
  #loadedAt = 0;
  #loading: Promise<void> | undefined;

  private readonly sites: SitesContext;
  /** The server's own addresses (localhost, 127.0.0.1, HOST, at its port): the demo site accepts them too, unstored, so they follow the port. */
  private readonly ownOrigins: ReadonlySet<string>;

  constructor(sites: SitesContext, ownOrigins: Iterable<string> = []) {
    this.sites = sites;
    this.ownOrigins = new Set(ownOrigins);
  }

  /** Reads the origins again (after a site was created or changed). */
  async refresh(): Promise<void> {
    this.#loading ??= allOriginsOfSites(this.sites)
      .then((origins) => {
        this.#origins = origins;
        this.#loadedAt = Date.now();
      })
      .finally(() => {
        this.#loading = undefined;
      });
    await this.#loading;
  }

  /** Whether some site accepts this origin; answers from the cache and refreshes it when stale. */
  async has(origin: string): Promise<boolean> {
    if (this.ownOrigins.has(origin)) return true;
    if (Date.now() - this.#loadedAt > REFRESH_MS) await this.refresh();
    return this.#origins.has(origin);
  }

  /** Whether this site accepts the request's origin: a browser's cross-origin request names it; a same-origin or non-browser one does not. */
  async siteAccepts(siteKey: string, origin: string | undefined): Promise<boolean> {
    const site = await findSite(this.sites, siteKey);
    if (!site) return false;
    if (origin !== undefined && siteKey === DEMO_SITE_KEY && this.ownOrigins.has(origin)) return true;
    return origin === undefined || site.allowedOrigins.includes(origin);
  }
}

/** The origins a browser sends for this server's own pages, whichever of its addresses it was opened at. */
export function ownOriginsOf(host: string, port: number): string[] {
  const hosts = new Set(["localhost", "127.0.0.1", "[::1]"]);
  if (host !== "0.0.0.0" && host !== "::") hosts.add(host.includes(":") ? `[${host}]` : host);
  return [...hosts].map((name) => `http://${name}:${port}`);
}

/** The request's Origin, unless it is the server's own (a same-origin request may carry it too). */
export function foreignOriginOf(req: Request): string | undefined {
  const origin = req.get("origin");
  if (!origin || origin === "null") return origin === "null" ? "null" : undefined;
  const host = req.get("host");
  try {
    return new URL(origin).host === host ? undefined : origin;
  } catch {
    return origin;
  }
}
