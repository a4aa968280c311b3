/**
 * The panel script, loaded by widget.js into the same open shadow root as the bubble: it adds
 * its constructed stylesheet, renders with Preact, and answers the host's `Relais.open()`,
 * `close()` and `identify()`. Escape closes and gives focus back to the bubble; opening moves
 * focus into the panel.
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { safeColor } from "../shared/bridge.ts";
import { Controller } from "./controller.ts";
import { translator } from "./i18n.ts";
import { panelCss } from "./styles.ts";
import { AssistantView, MessagesView, PublishView, SignIn } from "./views.tsx";

type Tab = "assistant" | "messages" | "publish";
const TABS: Tab[] = ["assistant", "messages", "publish"];

function App({ controller }: { controller: Controller }) {
  const [, setVersion] = useState(0);
  const [tab, setTab] = useState<Tab>("assistant");
  const [signingIn, setSigningIn] = useState(false);
  useEffect(() => controller.subscribe(() => setVersion((v) => v + 1)), [controller]);
  useEffect(() => {
    if (controller.auth.kind === "member") setSigningIn(false);
  }, [controller.auth.kind]);
  const t = translator(controller.client.locale);
  const labels = { assistant: t("tabAssistant"), messages: t("tabMessages"), publish: t("tabPublish") };
  const unread = controller.unread;
  const auth = controller.auth;
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const next = TABS[(TABS.indexOf(tab) + (event.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length] ?? "assistant";
    setTab(next);
    controller.bridge.root.getElementById(`relais-tab-${next}`)?.focus();
  };
  return (
    <div class={`panel scheme-${controller.settings?.theme.scheme ?? controller.bridge.options.scheme ?? "light"}`}>
      <header>
        <h1>{controller.settings?.name ?? t("title")}</h1>
        {auth.kind === "member" ? (
          <button type="button" class="link" onClick={() => controller.signOut()}>
            {t("signOut")}
          </button>
        ) : (
          <button type="button" class="link" aria-expanded={signingIn} onClick={() => setSigningIn(!signingIn)}>
            {t("signIn")}
          </button>
        )}
        <button type="button" class="close" aria-label={t("close")} title={t("close")} onClick={() => handle.close()}>
          ×
        </button>
      </header>
      {auth.kind === "member" && <p class="who">{t("signedInAs", { name: auth.name })}</p>}
      {controller.status === "offline" && (
        <p class="offline" role="status">
          {t("offline")}
        </p>
      )}
      {controller.status === "unavailable" && (
        <p class="offline" role="status">
          {t("unavailable")}
        </p>
      )}
      {signingIn && auth.kind === "guest" && <SignIn controller={controller} t={t} />}
      <div role="tablist" aria-label={t("tabs")} class="tabs" onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`relais-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="relais-tabpanel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {labels[name]}
            {name === "messages" && unread > 0 && <span class="count"> ({unread})</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="relais-tabpanel" aria-labelledby={`relais-tab-${tab}`} class="body">
        {tab === "assistant" && <AssistantView controller={controller} t={t} />}
        {tab === "messages" && <MessagesView controller={controller} t={t} />}
        {tab === "publish" && <PublishView controller={controller} t={t} />}
      </div>
    </div>
  );
}

const bridge = window.__relaisBridge;
delete window.__relaisBridge;
let controller: Controller;

const focusInside = () =>
  requestAnimationFrame(() => {
    const mount = bridge?.mount;
    const target = mount?.querySelector<HTMLElement>(".composer input[type=text]") ?? mount?.querySelector<HTMLElement>("input, button");
    target?.focus();
  });

const handle = {
  open() {
    if (!bridge) return;
    bridge.setOpen(true);
    controller.visible = true;
    void controller.markRead();
    focusInside();
  },
  close() {
    if (!bridge || bridge.options.fullPage) return;
    bridge.setOpen(false);
    controller.visible = false;
    bridge.bubble.focus();
  },
  identify(token: string | null) {
    void controller.identify(token);
  },
};

if (bridge) {
  controller = new Controller(bridge);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelCss(safeColor(bridge.options.color)));
  bridge.root.adoptedStyleSheets = [...bridge.root.adoptedStyleSheets, sheet];
  bridge.mount.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      handle.close();
    }
  });
  render(<App controller={controller} />, bridge.mount);
  void controller.start().then(() => {
    // The site's colour, unless the page chose its own.
    const color = safeColor(controller.settings?.theme.color);
    if (color && !bridge.options.color) sheet.replaceSync(panelCss(color));
  });
  bridge.ready(handle);
}
