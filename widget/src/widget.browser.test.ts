/**
 * The website widget in real Chromium (Debian's `chromium`, driven by playwright-core), against
 * the real API on loopback (issue 15, acceptance 2 and 3). One browser for the whole file;
 * each scenario gets its own context (its own storage, like another visitor). Screenshots go to
 * widget/artifacts/ (git-ignored).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SignJWT } from "jose";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../api/test/harness.ts";

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let t: TestApi;
let browser: Browser;
let owner: { token: string; id: string; email: string };
let hostSite: { key: string; secret: string };

/** Waits for a condition: the API answers in milliseconds on a quiet machine, seconds on a busy one. */
const poll = <T>(check: () => T | Promise<T>, options: { timeout?: number } = {}) =>
  expect.poll(check, { interval: 50, timeout: 10_000, ...options });

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

/** Records CSP violations the page reports (the widget must cause none under the strict CSP). */
async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return page;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules, inside the page (it reads open shadow roots). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const outcome = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return outcome.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  return result;
}

async function codeFor(email: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const { body } = await t.request("GET", `/dev/outbox?to=${encodeURIComponent(email)}&limit=1`);
    const match = /(\d{6})/.exec(body.items?.[0]?.subject ?? "");
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code mailed to ${email}`);
}

/** Signs the visitor in from inside the panel: one email field, then the mailed code. */
async function signIn(page: Page, email: string, locale: "fr" | "en" = "fr") {
  const labels =
    locale === "fr"
      ? { email: "Adresse e-mail", send: "Recevoir un code", code: "Code reçu par e-mail (6 chiffres)", ok: "Valider" }
      : { email: "Email address", send: "Get a code", code: "Code from the email (6 digits)", ok: "Confirm" };
  await page.getByLabel(labels.email).first().fill(email);
  await page.getByRole("button", { name: labels.send }).first().click();
  await page.getByLabel(labels.code).fill(await codeFor(email));
  await page.getByRole("button", { name: labels.ok }).click();
}

const bubble = (page: Page, locale: "fr" | "en" = "fr") =>
  page.getByRole("button", {
    name: locale === "fr" ? /Ouvrir la discussion Relais|Fermer la discussion Relais/ : /Open the Relais chat|Close the Relais chat/,
  });
const textbox = (page: Page, locale: "fr" | "en" = "fr") =>
  page.getByRole("textbox", { name: locale === "fr" ? "Votre message" : "Your message" });
const log = (page: Page) => page.getByRole("log").first();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [t, browser] = await Promise.all([
    startTestApi(),
    chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    }),
  ]);
  const email = `camille-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email, password: STRONG_PASSWORD, name: "Camille Roux", locale: "fr" },
  });
  owner = { token: res.body.accessToken, id: res.body.user.id, email };
  const listing = await t.request("POST", "/api/v1/listings", {
    token: owner.token,
    body: {
      kind: "offer",
      title: "Vélo de ville Peugeot",
      description: "Vélo de ville en bon état, 7 vitesses.",
      category: "bikes",
      location: { place: "Lyon" },
      price: { amount: 8000, currency: "EUR" },
    },
  });
  expect(listing.status).toBe(201);
  // A host site on the API's own origin whose secret the test knows, to sign identity JWTs.
  await t.core.db.prisma.user.update({ where: { id: owner.id }, data: { role: "admin" } });
  const site = await t.request("POST", "/api/v1/admin/widget/sites", {
    token: owner.token,
    body: { key: "host", name: "Host shop", allowedOrigins: [new URL(t.url).origin], defaultLocale: "en" },
  });
  hostSite = { key: site.body.site.key, secret: site.body.secret };
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe("the journey of acceptance 2", () => {
  it("open from the bubble, ask in French, cards, open one, message its owner; the owner answers live; reload keeps the history; no CSP violation, no axe violation", async () => {
    const visitor = await browser.newContext({ locale: "fr-FR" });
    const ownerContext = await browser.newContext({ locale: "fr-FR" });
    try {
      const page = await newPage(visitor);
      const home = await page.goto(`${t.url}/`);
      expect(home?.headers()["content-security-policy"]).toContain("default-src 'self'; style-src 'self'; script-src 'self'");
      await poll(() => bubble(page).isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "01-closed");

      await bubble(page).click();
      await poll(() => textbox(page).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      expect(await page.evaluate(() => typeof window.Relais?.open)).toBe("function");
      // Styles come only from constructed stylesheets: no <style> element, no style="" attribute
      // with anything in it (Chromium's autofill leaves an empty one on text inputs).
      expect(
        await page.evaluate(() => {
          const root = document.querySelector("relais-widget")?.shadowRoot;
          return { sheets: root?.adoptedStyleSheets.length, styled: root?.querySelectorAll('style, [style]:not([style=""])').length };
        }),
      ).toEqual({ sheets: 2, styled: 0 });
      await textbox(page).fill("je cherche un vélo vers Lyon");
      await textbox(page).press("Enter");
      await poll(() => log(page).locator(".me").getByText("je cherche un vélo vers Lyon", { exact: true }).count()).toBe(1);
      const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Vélo de ville Peugeot" }) });
      await poll(() => card.count(), { timeout: 15_000 }).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "02-cards");

      await card.getByRole("button", { name: "Voir" }).click();
      await poll(() => log(page).getByText("7 vitesses").count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await shot(page, "03-listing");

      // A guest may not write to a member: the panel offers the one-field sign-up, and the history follows.
      await page.getByRole("button", { name: "Se connecter" }).click();
      expect(await axeViolations(page)).toEqual([]);
      await signIn(page, `lea-${Date.now()}@example.org`);
      await poll(() => page.getByText(/Connecté·e/).count()).toBe(1);
      await log(page).getByRole("button", { name: "Contacter" }).last().click();
      await poll(() => log(page).locator(":scope > div").count()).toBeGreaterThan(4);
      await textbox(page).fill("Bonjour, le vélo est-il toujours disponible ?");
      await textbox(page).press("Enter");
      await expect
        .poll(async () => t.core.db.prisma.message.count({ where: { body: "Bonjour, le vélo est-il toujours disponible ?" } }), {
          timeout: 10_000,
        })
        .toBe(1);
      await shot(page, "04-sent");

      // The owner, in another browser, opens the web app and signs in by email.
      const ownerPage = await newPage(ownerContext);
      await ownerPage.goto(`${t.url}/app`);
      await ownerPage.getByRole("tab", { name: /Messages/ }).click();
      await signIn(ownerPage, owner.email);
      await ownerPage.getByRole("button", { name: /Bonjour, le vélo est-il toujours disponible/ }).click();
      await poll(() => log(ownerPage).getByText("Bonjour, le vélo est-il toujours disponible ?").count()).toBe(1);
      expect(await axeViolations(ownerPage)).toEqual([]);
      await page.evaluate(() => {
        const seen: unknown[] = [];
        (window as unknown as { __relaisMessages: unknown[] }).__relaisMessages = seen;
        window.Relais?.on("message", (detail) => seen.push(detail));
      });
      await textbox(ownerPage).fill("Oui, il est toujours là !");
      await textbox(ownerPage).press("Enter");
      await shot(ownerPage, "05-owner");

      // Live on the visitor's side: the unread count, then the answer itself.
      await poll(() => page.getByRole("tab", { name: /Messages \(1\)/ }).count(), { timeout: 10_000 }).toBe(1);
      // The bubble counts it too.
      expect(await page.locator("relais-widget .badge").textContent()).toBe("1");
      // The host page hears it through the JS API.
      expect(await page.evaluate(() => (window as unknown as { __relaisMessages: unknown[] }).__relaisMessages)).toMatchObject([
        { from: "Camille Roux", body: "Oui, il est toujours là !" },
      ]);
      await page.getByRole("tab", { name: /Messages/ }).click();
      await page.getByRole("button", { name: /Camille Roux/ }).click();
      await poll(() => log(page).getByText("Oui, il est toujours là !").count()).toBe(1);
      // The visitor read it: the owner sees the receipt.
      await poll(() => log(ownerPage).getByText("Vu").count(), { timeout: 10_000 }).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "06-answer");

      await page.reload();
      await bubble(page).click();
      await poll(() => log(page).locator(".me").getByText("je cherche un vélo vers Lyon", { exact: true }).count()).toBe(1);
      await page.getByRole("tab", { name: /Messages/ }).click();
      await poll(() => page.getByRole("button", { name: /Camille Roux/ }).count()).toBe(1);
      await shot(page, "07-reloaded");
      expect(await violations(page)).toEqual([]);
      expect(await violations(ownerPage)).toEqual([]);
    } finally {
      await visitor.close();
      await ownerContext.close();
    }
  });
});

/** A host page on the API's origin (served by the test through the browser), embedding the widget with a plain tag. */
async function hostPage(context: BrowserContext, html: string, site = "demo", extra = ""): Promise<Page> {
  const page = await newPage(context);
  await page.route(`${t.url}/host-page`, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Host page</title></head><body>${html}<script src="/widget.js" data-site="${site}" ${extra} async></script></body></html>`,
    }),
  );
  await page.goto(`${t.url}/host-page`);
  await poll(() => page.evaluate(() => typeof window.Relais?.open)).toBe("function");
  return page;
}

const jwt = (claims: Record<string, unknown>, secret: string, lifetimeSeconds = 300, issuedAgo = 0) => {
  const now = Math.floor(Date.now() / 1000) - issuedAgo;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(new TextEncoder().encode(secret));
};

describe("faults and bad input (acceptance 3)", () => {
  it("API unreachable: a clear offline state, and what was typed meanwhile is sent once when it is back", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    try {
      const page = await hostPage(context, "<h1>Shop</h1>", "demo", 'data-locale="fr"');
      await page.evaluate(() => window.Relais?.open());
      await textbox(page).fill("bonjour");
      await textbox(page).press("Enter");
      await poll(() => log(page).locator(".bot").count(), { timeout: 10_000 }).toBeGreaterThan(1);
      const guest = await page.evaluate(() => (JSON.parse(localStorage.getItem("relais:demo:auth") ?? "{}") as { guest: string }).guest);
      const turns = () => t.core.db.prisma.inboundTurn.count({ where: { identity: { provider: "widget", externalId: guest } } });
      expect(await turns()).toBe(1);

      await context.setOffline(true);
      await textbox(page).fill("je cherche une perceuse");
      await textbox(page).press("Enter");
      await expect
        .poll(() =>
          page
            .getByRole("status")
            .getByText(/Hors ligne/)
            .count(),
        )
        .toBe(1);
      await poll(() => page.getByText("en attente d'envoi").count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "12-offline");
      await page.waitForTimeout(1500);
      expect(await turns()).toBe(1);

      await context.setOffline(false);
      await poll(() => page.getByText("en attente d'envoi").count(), { timeout: 15_000 }).toBe(0);
      await expect
        .poll(() =>
          page
            .getByRole("status")
            .getByText(/Hors ligne/)
            .count(),
        )
        .toBe(0);
      expect(await turns()).toBe(2);
      expect(await log(page).locator(".me").getByText("je cherche une perceuse", { exact: true }).count()).toBe(1);
      await shot(page, "13-back-online");
    } finally {
      await context.close();
    }
  });

  it("a wrong-type or oversized attachment gets a clear message and sends nothing; a photo goes through", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    try {
      const page = await hostPage(context, "<h1>Shop</h1>", "demo", 'data-locale="fr"');
      await page.evaluate(() => window.Relais?.open());
      await poll(() => textbox(page).isVisible()).toBe(true);
      const file = page.locator('relais-widget input[type="file"]');
      const sent: string[] = [];
      page.on("request", (req) => {
        if (req.url().endsWith("/api/v1/assistant/messages")) sent.push(req.postData() ?? "");
      });
      await file.setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 not a photo") });
      await poll(() => log(page).getByText("Seules les photos JPEG, PNG ou WebP sont acceptées.").count()).toBe(1);
      await file.setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11 * 1024 * 1024, 1) });
      await poll(() => log(page).getByText("Cette photo est trop lourde (10 Mo au plus).").count()).toBe(1);
      expect(sent).toEqual([]);
      await shot(page, "14-attachments-refused");

      const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 40, g: 120, b: 200 } } })
        .png()
        .toBuffer();
      await file.setInputFiles({ name: "velo.png", mimeType: "image/png", buffer: photo });
      await poll(() => log(page).getByText("Photo jointe : velo.png").count()).toBe(1);
      await poll(() => sent.length, { timeout: 10_000 }).toBe(1);
      const body = JSON.parse(sent[0] ?? "{}") as { attachments: { mimeType: string; data: string }[] };
      expect(body.attachments[0]?.mimeType).toBe("image/jpeg");
      expect(body.attachments[0]?.data.length).toBeLessThanOrEqual(90_000);
      await poll(() => log(page).locator(".bot").count(), { timeout: 10_000 }).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  });

  it("a forged or expired identity JWT leaves the visitor a guest; a valid one signs that user in", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    try {
      const page = await hostPage(context, "<h1>Shop</h1>", hostSite.key, 'data-locale="en"');
      await page.evaluate(() => window.Relais?.open());
      await poll(() => textbox(page, "en").count()).toBe(1);
      const identify = async (token: string) => {
        const answer = page.waitForResponse((res) => res.url().endsWith("/api/v1/widget/sessions"));
        await page.evaluate((jwtToken) => window.Relais?.identify(jwtToken), token);
        return (await (await answer).json()) as { kind: string; reason?: string };
      };
      expect(await identify(await jwt({ sub: "cust-1", name: "Nadia Host" }, "a-forged-secret-that-is-not-the-site-one"))).toEqual({
        kind: "guest",
        reason: "invalid",
      });
      expect(await identify(await jwt({ sub: "cust-1", name: "Nadia Host" }, hostSite.secret, 60, 3600))).toEqual({
        kind: "guest",
        reason: "expired",
      });
      expect(await page.getByText("Signed in: Nadia Host").count()).toBe(0);
      expect(await page.getByRole("button", { name: "Sign in" }).count()).toBe(1);
      expect(await identify(await jwt({ sub: "cust-1", name: "Nadia Host" }, hostSite.secret))).toMatchObject({ kind: "member" });
      await poll(() => page.getByText("Signed in: Nadia Host").count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe("keyboard, hostile pages, other origins, single-page apps", () => {
  it("works with the keyboard only: Tab to the bubble, Enter opens with focus in the box, a card's button by Tab, Escape closes back to the bubble", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    try {
      const page = await newPage(context);
      await page.goto(`${t.url}/?lang=fr`);
      await poll(() => bubble(page).isVisible()).toBe(true);
      const focusedInWidget = () =>
        page.evaluate(() => {
          const active = document.activeElement;
          if (active?.tagName !== "RELAIS-WIDGET") return undefined;
          const inner = active.shadowRoot?.activeElement;
          return inner ? `${inner.tagName.toLowerCase()}:${inner.getAttribute("aria-label") ?? inner.textContent ?? ""}` : undefined;
        });
      for (let i = 0; i < 10 && !(await focusedInWidget())?.startsWith("button:Ouvrir"); i++) await page.keyboard.press("Tab");
      expect(await focusedInWidget()).toBe("button:Ouvrir la discussion Relais");
      await page.keyboard.press("Enter");
      await poll(focusedInWidget).toBe("input:");
      await page.keyboard.type("je cherche un vélo vers Lyon");
      await page.keyboard.press("Enter");
      await poll(() => page.getByRole("article").count(), { timeout: 15_000 }).toBeGreaterThan(0);
      for (let i = 0; i < 40 && (await focusedInWidget()) !== "button:Voir"; i++) await page.keyboard.press("Shift+Tab");
      expect(await focusedInWidget()).toBe("button:Voir");
      await page.keyboard.press("Enter");
      await poll(() => log(page).getByText("7 vitesses").count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.keyboard.press("Escape");
      await poll(focusedInWidget).toBe("button:Fermer la discussion Relais".replace("Fermer", "Ouvrir"));
      // Closed means hidden, not transparent.
      expect(await textbox(page).isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "08-keyboard-closed");
    } finally {
      await context.close();
    }
  });

  it("a host page whose CSS styles *, button and div aggressively changes nothing inside", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const hostile = `<style>
      * { font-size: 31px !important; color: red !important; margin: 13px !important; padding: 17px !important; box-sizing: content-box !important; line-height: 3 !important; letter-spacing: 4px !important; font-family: serif !important; opacity: .9 !important; }
      button { background: yellow !important; border: 9px solid green !important; width: 300px !important; display: block !important; border-radius: 0 !important; }
      div { display: inline !important; position: static !important; border: 5px dotted blue !important; width: 10px !important; }
    </style><div><button>Host button</button></div>`;
    const styles = (page: Page) =>
      page.evaluate(() => {
        const root = document.querySelector("relais-widget")?.shadowRoot;
        const pick = (selector: string) => {
          const element = root?.querySelector(selector);
          if (!element) return `missing ${selector}`;
          const css = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return [
            css.fontSize,
            css.color,
            css.margin,
            css.padding,
            css.display,
            css.fontFamily,
            css.lineHeight,
            css.letterSpacing,
            css.borderTopWidth,
            css.backgroundColor,
            css.opacity,
            Math.round(box.width),
            Math.round(box.height),
          ].join("|");
        };
        return [
          ".bubble",
          "#relais-panel",
          ".panel",
          "header",
          ".tabs button",
          ".composer input",
          ".composer button.primary",
          ".log > div",
        ].map(pick);
      });
    try {
      const plain = await hostPage(context, "<div><button>Host button</button></div>", "demo", 'data-locale="fr"');
      await plain.evaluate(() => window.Relais?.open());
      await poll(() => textbox(plain).isVisible()).toBe(true);
      const expected = await styles(plain);
      const page = await hostPage(context, hostile, "demo", 'data-locale="fr"');
      await page.evaluate(() => window.Relais?.open());
      await poll(() => textbox(page).isVisible()).toBe(true);
      expect(await styles(page)).toEqual(expected);
      await shot(page, "09-hostile-css");
    } finally {
      await context.close();
    }
  });

  it("a page on an origin the site does not list gets nothing: no readable answer, no socket, nothing written", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    try {
      const page = await newPage(context);
      // Another origin: a real server on another loopback port (Chromium lets only loopback pages load loopback scripts).
      const otherServer = createServer((_req, res) => {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(
          `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Other</title></head><body><h1>Other</h1><script src="${t.url}/widget.js" data-site="demo" async></script></body></html>`,
        );
      });
      await new Promise<void>((resolve) => otherServer.listen(0, "127.0.0.1", resolve));
      context.on("close", () => otherServer.close());
      const otherOrigin = `http://127.0.0.1:${(otherServer.address() as AddressInfo).port}`;
      const allowed: string[] = [];
      const sockets: string[] = [];
      page.on("response", (res) => {
        const header = res.headers()["access-control-allow-origin"];
        if (res.url().includes("/api/") && header) allowed.push(`${res.url()} ${header}`);
      });
      page.on("websocket", (socket) => sockets.push(socket.url()));
      const turnsBefore = await t.core.db.prisma.inboundTurn.count();
      const identitiesBefore = await t.core.db.prisma.identity.count();
      await page.goto(`${otherOrigin}/`);
      await poll(() => page.evaluate(() => typeof window.Relais?.open)).toBe("function");
      await page.evaluate(() => window.Relais?.open());
      await poll(() => textbox(page).isVisible()).toBe(true);
      await textbox(page).fill("je cherche un vélo vers Lyon");
      await textbox(page).press("Enter");
      await poll(() => page.getByText("en attente d'envoi").count()).toBe(1);
      await page.waitForTimeout(1500);
      expect(allowed).toEqual([]);
      expect(sockets).toEqual([]);
      expect(await page.getByRole("article").count()).toBe(0);
      expect(await t.core.db.prisma.inboundTurn.count()).toBe(turnsBefore);
      expect(await t.core.db.prisma.identity.count()).toBe(identitiesBefore);
      await shot(page, "10-other-origin");
    } finally {
      await context.close();
    }
  });

  it("a single-page app that replaces <body> keeps the widget and its history; another tab follows the same log", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    try {
      const page = await hostPage(context, "<main><h1>Route 1</h1></main>", "demo", 'data-locale="fr"');
      const other = await hostPage(context, "<main><h1>Other tab</h1></main>", "demo", 'data-locale="fr"');
      await page.evaluate(() => window.Relais?.open());
      await textbox(page).fill("je cherche un vélo vers Lyon");
      await textbox(page).press("Enter");
      await poll(() => page.getByRole("article").count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await page.evaluate(() => {
        const next = document.createElement("body");
        next.append(Object.assign(document.createElement("h1"), { textContent: "Route 2" }));
        document.body.replaceWith(next);
        history.pushState({}, "", "/host-page/route-2");
      });
      await poll(() => page.getByRole("heading", { name: "Route 2" }).count()).toBe(1);
      expect(await bubble(page).isVisible()).toBe(true);
      expect(await page.getByRole("article").count()).toBeGreaterThan(0);
      await textbox(page).fill("merci");
      await textbox(page).press("Enter");
      await poll(() => log(page).locator(".me").getByText("merci", { exact: true }).count()).toBe(1);
      // The other tab shows the same conversation, without a reload.
      await other.evaluate(() => window.Relais?.open());
      await poll(() => log(other).locator(".me").getByText("merci", { exact: true }).count()).toBe(1);
      await shot(page, "11-spa");
    } finally {
      await context.close();
    }
  });
});

describe("listing form, looks and phones", () => {
  it("a member posts a listing with the form; a bad field is answered in the member's language and nothing is written", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    try {
      const page = await hostPage(context, "<h1>Shop</h1>", hostSite.key, 'data-locale="en"');
      await page.evaluate(() => window.Relais?.open());
      const signedIn = page.waitForResponse((res) => res.url().endsWith("/api/v1/widget/sessions"));
      await page.evaluate(
        (token) => window.Relais?.identify(token),
        await jwt({ sub: "cust-form", name: "Form User", email: `form-${Date.now()}@shop.example.org` }, hostSite.secret),
      );
      await signedIn;
      await page.getByRole("tab", { name: "Post" }).click();
      const before = await t.core.db.prisma.listing.count();
      await page.getByLabel("Title").fill("ab");
      await page.getByRole("button", { name: "Post the listing" }).click();
      await shot(page, "15-listing-form-error");
      // The summary is announced; the title field says what is wrong with it.
      await poll(() => page.locator("relais-widget .listing .summary[role=alert]").count()).toBe(1);
      const title = page.getByLabel("Title");
      expect(await title.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await title.getAttribute("aria-describedby")) ?? "";
      expect(await page.locator(`relais-widget [id="${describedBy}"]`).textContent()).toMatch(/at least 3/i);
      expect(await t.core.db.prisma.listing.count()).toBe(before);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel("Title").fill("Perceuse Bosch à prêter");
      await page.getByLabel("Town or postcode (optional)").fill("Lyon");
      await page.getByRole("button", { name: "Post the listing" }).click();
      await poll(() => page.getByText("Listing posted: Perceuse Bosch à prêter").count()).toBe(1);
      expect(await t.core.db.prisma.listing.count({ where: { title: "Perceuse Bosch à prêter" } })).toBe(1);
      await shot(page, "15-listing-form");
    } finally {
      await context.close();
    }
  });

  it("data attributes set the colour, side and scheme; on a phone the panel fills the screen", async () => {
    const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    try {
      const page = await hostPage(
        context,
        "<h1>Shop</h1>",
        "demo",
        'data-locale="fr" data-color="#aa3300" data-position="left" data-theme="dark"',
      );
      const box = await bubble(page).boundingBox();
      expect(box?.x).toBeLessThan(100);
      expect(await bubble(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(170, 51, 0)");
      await bubble(page).click();
      await poll(() => textbox(page).isVisible()).toBe(true);
      const panel = await page.locator("relais-widget .panel").boundingBox();
      expect(panel).toMatchObject({ x: 0, y: 0, width: 375, height: 667 });
      expect(await page.locator("relais-widget .panel").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(23, 23, 28)");
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, "16-phone-dark");
    } finally {
      await context.close();
    }
  });
});

describe("the demo page as a newcomer opens it", () => {
  it("a new guest's page logs no error and asks for no socket token before the assistant answered it; after that it listens", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    try {
      const page = await newPage(context);
      const failures: string[] = [];
      const tokens: number[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
        if (new URL(response.url()).pathname === "/api/v1/assistant/socket-token") tokens.push(response.status());
      });
      page.on("console", (message) => {
        if (message.type() === "error") failures.push(message.text());
      });
      // socket.io's CONNECT acknowledged ("40{…}"): by then its auth has been asked for.
      const connected = new Promise<void>((resolve) =>
        page.on("websocket", (socket) =>
          socket.on("framereceived", (frame) => {
            if (String(frame.payload).startsWith("40{")) resolve();
          }),
        ),
      );
      await page.goto(`${t.url}/?lang=en`);
      await bubble(page, "en").click();
      await poll(() => textbox(page, "en").isVisible()).toBe(true);
      await textbox(page, "en").fill("hello");
      await textbox(page, "en").press("Enter");
      // The first answer made the guest: only then does the panel ask for its socket token, once, and connect with it.
      await connected;
      expect(tokens).toEqual([201]);
      expect(failures).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
