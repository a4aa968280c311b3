/**
 * Which browser origins may use the API through the website widget: those some widget site
 * lists (plus CORS_ORIGINS, which the CORS middleware already knows). Read from the database
 * and kept for a few seconds, refreshed at once when a site is created.
 */
import { allOriginsOfSites, findSite, type SitesContext } from "@relais/core/widget/sites";
import type { Request } from "express";

const REFRESH_MS = 10_000;

export class SiteOrigins {
  #origins = new Set<string>();
  #loadedAt = 0;
  #loading: Promise<void> | undefined;

  private readonly sites: SitesContext;

  constructor(sites: SitesContext) {
    this.sites = sites;
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
    if (Date.now() - this.#loadedAt > REFRESH_MS) await this.refresh();
    return this.#origins.has(origin);
  }

  /** Whether this site accepts the request's origin: a browser's cross-origin request names it; a same-origin or non-browser one does not. */
  async siteAccepts(siteKey: string, origin: string | undefined): Promise<boolean> {
    const site = await findSite(this.sites, siteKey);
    if (!site) return false;
    return origin === undefined || site.allowedOrigins.includes(origin);
  }
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
