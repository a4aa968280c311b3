/**
 * What the launcher (widget.js) hands the panel it loads, and what the panel hands back: the
 * two scripts share the page's shadow root and nothing else.
 */

/** The looks and language a page asked for with data attributes (data-color, data-position, data-theme, data-locale). */
export type EmbedOptions = {
  site: string;
  /** Where Relais is: the origin widget.js was loaded from. */
  base: string;
  locale?: "fr" | "en";
  color?: string;
  position?: "right" | "left";
  scheme?: "light" | "dark" | "auto";
  /** Full page (`/app`): the panel fills the window and is always open. */
  fullPage: boolean;
};

export type WidgetEvent = "ready" | "open" | "close" | "message" | "unread";

export type PanelHandle = {
  open(): void;
  close(): void;
  identify(token: string | null): void;
};

export type LauncherBridge = {
  options: EmbedOptions;
  root: ShadowRoot;
  /** Where the panel renders (a sibling of the bubble inside the shadow root). */
  mount: HTMLElement;
  bubble: HTMLButtonElement;
  /** The panel calls this once it has mounted. */
  ready(panel: PanelHandle): void;
  emit(event: WidgetEvent, detail?: unknown): void;
  setUnread(count: number): void;
  setOpen(open: boolean): void;
  /** A host JWT given to `Relais.identify` before the panel loaded. */
  identityToken: string | null;
};

declare global {
  interface Window {
    Relais?: {
      open(): void;
      close(): void;
      identify(token: string | null): void;
      on(event: WidgetEvent, listener: (detail: unknown) => void): () => void;
    };
    /** Set by widget.js for the panel script, removed by the panel once read. */
    __relaisBridge?: LauncherBridge;
  }
}

/** A colour the page gave, if it is one (#RGB or #RRGGBB): it goes into a stylesheet. */
export const safeColor = (value: string | null | undefined) => (value && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value : undefined);
