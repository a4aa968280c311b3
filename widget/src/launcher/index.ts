/**
 * widget.js, the only script a page embeds: it draws the bubble in an open shadow root at once
 * and loads the panel (Preact, the socket client) on hover, focus, click or when the page is
 * idle. Kept tiny (≤ 3 KB gzipped): no framework here. It also defines `window.Relais`.
 */
import { type EmbedOptions, type LauncherBridge, type PanelHandle, safeColor, type WidgetEvent } from "../shared/bridge.ts";
import { LAUNCHER_CSS } from "./launcher-styles.ts";

declare const __PANEL_PATH__: string;

const LABELS = {
  fr: { open: "Ouvrir la discussion Relais", close: "Fermer la discussion Relais", panel: "Discussion Relais", unread: "non lus" },
  en: { open: "Open the Relais chat", close: "Close the Relais chat", panel: "Relais chat", unread: "unread" },
};
const SVG = "http://www.w3.org/2000/svg";

/** The speech-bubble icon, built node by node (no innerHTML: pages with Trusted Types stay happy). */
function icon(): SVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z");
  svg.append(path);
  return svg;
}

function start() {
  if (window.Relais) return;
  const script = (document.currentScript ?? document.querySelector("script[data-site]")) as HTMLScriptElement | null;
  if (!script?.dataset.site) return;
  const data = script.dataset;
  const pick = <T extends string>(value: string | undefined, allowed: readonly T[]) => allowed.find((a) => a === value);
  const language = (navigator.language || "").toLowerCase();
  const browserFrench = language.startsWith("fr");
  const options: EmbedOptions = {
    site: data.site ?? "",
    base: new URL(script.src, location.href).origin,
    locale: pick(data.locale, ["fr", "en"] as const) ?? (browserFrench ? "fr" : language.startsWith("en") ? "en" : undefined),
    color: safeColor(data.color),
    position: pick(data.position, ["right", "left"] as const),
    scheme: pick(data.theme, ["light", "dark", "auto"] as const),
    fullPage: data.mode === "page",
  };
  const labels = LABELS[options.locale ?? (browserFrench ? "fr" : "en")];

  const host = document.createElement("relais-widget");
  if (options.position === "left") host.classList.add("left");
  if (options.fullPage) host.classList.add("page");
  const root = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(LAUNCHER_CSS + (options.color ? `:host{--brand:${options.color}}` : ""));
  root.adoptedStyleSheets = [sheet];

  const mount = document.createElement("div");
  mount.id = "relais-panel";
  mount.hidden = true;
  mount.setAttribute("role", "dialog");
  mount.setAttribute("aria-label", labels.panel);
  const bubble = document.createElement("button");
  bubble.type = "button";
  bubble.className = "bubble";
  bubble.append(icon());
  bubble.setAttribute("aria-expanded", "false");
  bubble.setAttribute("aria-controls", mount.id);
  bubble.setAttribute("aria-label", labels.open);
  const badge = document.createElement("span");
  badge.className = "badge";
  badge.hidden = true;
  bubble.append(badge);
  root.append(mount, bubble);
  // Outside <body>: a single-page app that replaces the body keeps the widget.
  document.documentElement.append(host);
  new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
  }).observe(document.documentElement, { childList: true });

  /** The bubble says what pressing it does, and how many messages wait. */
  const label = () =>
    bubble.setAttribute("aria-label", !mount.hidden ? labels.close : unread ? `${labels.open} (${unread} ${labels.unread})` : labels.open);
  const listeners = new Map<WidgetEvent, Set<(detail: unknown) => void>>();
  let panel: PanelHandle | undefined;
  let wantOpen = options.fullPage;
  let loading = false;
  let unread = 0;

  const bridge: LauncherBridge = {
    options,
    root,
    mount,
    bubble,
    identityToken: null,
    ready(handle) {
      panel = handle;
      if (bridge.identityToken) handle.identify(bridge.identityToken);
      if (wantOpen) handle.open();
      bridge.emit("ready");
    },
    emit(event, detail) {
      for (const listener of listeners.get(event) ?? []) listener(detail);
    },
    setUnread(count) {
      unread = count;
      badge.hidden = count === 0;
      badge.textContent = count > 99 ? "99+" : String(count);
      label();
      bridge.emit("unread", count);
    },
    setOpen(open) {
      wantOpen = open;
      mount.hidden = !open;
      bubble.setAttribute("aria-expanded", String(open));
      label();
      bridge.emit(open ? "open" : "close");
    },
  };

  const load = () => {
    if (loading) return;
    loading = true;
    window.__relaisBridge = bridge;
    const tag = document.createElement("script");
    tag.src = options.base + __PANEL_PATH__;
    tag.async = true;
    document.head.append(tag);
  };
  const open = () => {
    wantOpen = true;
    if (panel) panel.open();
    else load();
  };
  const close = () => {
    wantOpen = false;
    panel?.close();
  };

  bubble.addEventListener("pointerenter", load);
  bubble.addEventListener("focus", load);
  bubble.addEventListener("click", () => (mount.hidden ? open() : close()));
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 2000));
  idle(load, { timeout: 4000 });
  if (options.fullPage) load();

  window.Relais = {
    open,
    close,
    identify(token) {
      bridge.identityToken = token;
      panel?.identify(token);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}

start();
