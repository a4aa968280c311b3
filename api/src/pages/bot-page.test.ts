/**
 * /about/bot, where the missions bot's User-Agent sends a job board's operator (the default
 * MISSIONS_CONTACT_URL): it answers on the running server, in French or English, says what the
 * bot reads and how often with this configuration, and how to reach the admin.
 */
import type { AddressInfo } from "node:net";
import { loadConfig } from "@relais/core/config/index";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness.ts";
import { botPage } from "./bot-page.ts";

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi({ MISSIONS_SOURCES: "remotive,arbeitnow", MISSIONS_CONTACT_EMAIL: "admin@relais.test" });
});
afterAll(() => t?.close());

/** The page as served by botPage alone for a configuration (no database needed). */
async function pageFor(env: Record<string, string>, acceptLanguage: string): Promise<string> {
  const app = express().use(botPage(loadConfig({ NODE_ENV: "test", PUBLIC_URL: "https://relais.example.org", ...env })));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/about/bot`, {
      headers: { "accept-language": acceptLanguage },
    });
    expect(res.status).toBe(200);
    return await res.text();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("/about/bot", () => {
  it("answers at the default MISSIONS_CONTACT_URL, in the reader's language, with the boards read and the admin's address", async () => {
    const contactUrl = new URL(t.api.config.missions.contactUrl);
    expect(contactUrl.href).toBe("http://relais.test/about/bot");
    const en = await t.request("GET", contactUrl.pathname, { headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(en.status).toBe(200);
    expect(en.headers.get("content-type")).toMatch(/^text\/html/);
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain("RelaisBot, the Relais missions bot");
    expect(en.text).toContain("<li>remotive: only when an administrator starts a sync</li>");
    expect(en.text).toContain("<li>arbeitnow: only when an administrator starts a sync</li>");
    expect(en.text).not.toContain("himalayas");
    expect(en.text).toContain('<a href="mailto:admin@relais.test">admin@relais.test</a>');
    expect(en.text).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');

    const fr = await t.request("GET", contactUrl.pathname, { headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect(fr.text).toContain('<html lang="fr">');
    expect(fr.text).toContain("RelaisBot, le robot des missions de Relais");
    expect(fr.text).toContain("<li>remotive : seulement quand un administrateur lance une synchronisation</li>");
    expect(fr.text).toContain("Pour joindre l&#39;administrateur de ce serveur");
  });

  it("gives each scheduled board its cadence, and says when no contact address is published", async () => {
    const scheduled = await pageFor(
      { MISSIONS_SOURCES: "remotive,arbeitnow", MISSIONS_SYNC_SCHEDULE: "true", MISSIONS_SYNC_EVERY_MINUTES: "arbeitnow=180" },
      "en",
    );
    expect(scheduled).toContain("<li>remotive: every 360 minutes</li>");
    expect(scheduled).toContain("<li>arbeitnow: every 180 minutes</li>");
    expect(scheduled).toContain("community marketplace (Relais)");
    expect(scheduled).toContain("relais.example.org");
    expect(scheduled).toContain("This server&#39;s administrator has published no contact address");
    expect(scheduled).not.toContain("mailto:");
    const none = await pageFor({ MISSIONS_SOURCES: "none" }, "fr");
    expect(none).toContain("Ce serveur ne lit aucun site d&#39;emploi en ce moment.");
  });
});
