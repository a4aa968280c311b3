/**
 * Relais's icon for the pages the API serves (the community page, the web app, the emailed-link
 * pages): `/favicon.svg`, which each page links to, and `/favicon.ico` for what asks for that
 * name anyway (a browser on a JSON URL or on /docs, a crawler), answered 204 rather than a 404
 * in every console.
 */
import { Router } from "express";

/** Two arrows passing each other on Relais's blue: a relay, a swap. */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1d5bd6"/>' +
  '<path d="M8 12h14l-4-4M24 20H10l4 4" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/** The `<link>` each page puts in its `<head>`. */
export const ICON_LINK = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">';

export function siteIcon(): Router {
  const router = Router();
  router.get("/favicon.svg", (_req, res) => {
    res.type("image/svg+xml").set("Cache-Control", "public, max-age=86400").send(ICON_SVG);
  });
  router.get("/favicon.ico", (_req, res) => {
    res.status(204).set("Cache-Control", "public, max-age=86400").end();
  });
  return router;
}
