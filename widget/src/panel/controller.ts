/**
 * The panel's state and everything that changes it: the assistant log, the outbox (typed
 * while offline, sent once: each item carries its own idempotency key, and one tab at a time
 * sends, under a Web Lock), the member's conversations live over socket.io (messages, typing,
 * read receipts, unread count), signing in, and keeping the page's other tabs in step
 * (BroadcastChannel; the log, the outbox and who is signed in live in localStorage).
 */
import { io, type Socket } from "socket.io-client";
import type { LauncherBridge } from "../shared/bridge.ts";
import { type Attachment, type Auth, Client, OfflineError, type Outgoing, type Problem, randomId, type SiteSettings } from "./client.ts";
import type { Reply } from "./reply.ts";

export type LogEntry = { id: string; from: "me" | "bot" | "notice"; text: string; reply?: Reply; queued?: boolean };
export type Member = { id: string; name: string; deleted: boolean; lastReadSeq: number };
export type MessageView = {
  id: string;
  seq: number;
  conversationId: string;
  sender: { id: string; name: string };
  body: string;
  attachments: { kind: string; url: string; name?: string }[];
  clientMessageId: string | null;
  createdAt: string;
};
export type ConversationView = {
  id: string;
  title: string | null;
  members: Member[];
  lastMessage: MessageView | null;
  unreadCount: number;
};
export type Status = "loading" | "online" | "offline" | "unavailable";
export type Prefs = { sound: boolean; titleBadge: boolean };

const LOG_LIMIT = 80;
const TYPING_SHOWN_MS = 4000;

export class Controller {
  readonly client: Client;
  status: Status = "loading";
  settings: SiteSettings | undefined;
  log: LogEntry[];
  conversations: ConversationView[] = [];
  messages: Record<string, MessageView[]> = {};
  typing: Record<string, string | undefined> = {};
  openConversationId: string | undefined;
  visible = false;
  prefs: Prefs;
  #listeners = new Set<() => void>();
  #socket: Socket | undefined;
  /** A connection started by another tab's news, while it waits for its token. */
  #joining: Promise<void> | undefined;
  #channel: BroadcastChannel | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #retryDelay = 1000;
  #flushing = false;
  #baseTitle = document.title;

  readonly bridge: LauncherBridge;

  constructor(bridge: LauncherBridge) {
    this.bridge = bridge;
    this.client = new Client(bridge.options.base, bridge.options.site);
    this.client.locale = bridge.options.locale ?? "fr";
    this.log = this.client.read<LogEntry[]>("log", []);
    this.prefs = this.client.read<Prefs>("prefs", { sound: false, titleBadge: true });
    if ("BroadcastChannel" in window) {
      this.#channel = new BroadcastChannel(this.client.key("tabs"));
      this.#channel.onmessage = (event) => this.#fromOtherTab(event.data as { type: string });
    }
    window.addEventListener("online", () => void this.flush());
    document.addEventListener("visibilitychange", () => this.#updateTitle());
  }

  get auth(): Auth {
    return this.client.auth;
  }

  get unread(): number {
    return this.conversations.reduce((sum, c) => sum + c.unreadCount, 0);
  }

  get outbox(): Outgoing[] {
    return this.client.read<Outgoing[]>("outbox", []);
  }

  subscribe(listener: () => void) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  changed() {
    for (const listener of this.#listeners) listener();
  }

  async start() {
    try {
      const res = await this.client.settings();
      if (res.status !== 200) {
        this.status = "unavailable";
        return this.changed();
      }
      this.settings = res.body;
      this.client.locale = this.bridge.options.locale ?? res.body.defaultLocale;
      this.status = "online";
    } catch (error) {
      if (!(error instanceof OfflineError)) throw error;
      this.#offline();
      return this.changed();
    }
    this.changed();
    await this.flush();
    await this.#connect();
  }

  // ----------------------------------------------------------- the assistant

  #saveLog() {
    this.log = this.log.slice(-LOG_LIMIT);
    this.client.write("log", this.log);
    this.#broadcast("log");
  }

  notice(text: string) {
    this.log = [...this.log, { id: randomId(), from: "notice", text }];
    this.#saveLog();
    this.changed();
  }

  /** What the member typed or pressed: shown at once, queued, then sent (now, or when back online). */
  async ask(input: { text?: string; action?: string; label: string; attachments?: Attachment[] }) {
    const id = randomId();
    const item: Outgoing = {
      id,
      kind: "assistant",
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.action ? { action: input.action } : {}),
      ...(input.attachments ? { attachments: input.attachments } : {}),
    };
    this.log = [...this.log, { id, from: "me", text: input.label, queued: true }];
    this.#saveLog();
    this.client.write("outbox", [...this.outbox, item]);
    this.changed();
    await this.flush();
  }

  async sendMessage(conversationId: string, body: string) {
    const id = randomId();
    this.client.write("outbox", [...this.outbox, { id, kind: "message", conversationId, body }]);
    const mine = this.auth.kind === "member" ? { id: this.auth.userId, name: this.auth.name } : { id: "", name: "" };
    this.#addMessage({
      id: `pending:${id}`,
      seq: Number.MAX_SAFE_INTEGER,
      conversationId,
      sender: mine,
      body,
      attachments: [],
      clientMessageId: id,
      createdAt: new Date().toISOString(),
    });
    this.changed();
    await this.flush();
  }

  /** Sends the outbox in order, one tab at a time; stops at the first network failure and retries with backoff. */
  async flush(): Promise<void> {
    if (this.#flushing) return;
    this.#flushing = true;
    const run = async () => {
      for (;;) {
        const item = this.outbox[0];
        if (!item) return;
        let result: { status: number; body: unknown };
        try {
          result = await this.client.send(item);
        } catch (error) {
          if (!(error instanceof OfflineError)) throw error;
          this.#offline();
          return;
        }
        this.client.write(
          "outbox",
          this.outbox.filter((queued) => queued.id !== item.id),
        );
        this.#online();
        this.#sent(item, result);
      }
    };
    try {
      if (navigator.locks) await navigator.locks.request(this.client.key("outbox"), run);
      else await run();
    } finally {
      this.#flushing = false;
      this.changed();
    }
  }

  #sent(item: Outgoing, result: { status: number; body: unknown }) {
    if (item.kind === "assistant") {
      this.log = this.log.map((entry) => (entry.id === item.id ? { ...entry, queued: false } : entry));
      if (result.status === 200) {
        const replies = (result.body as { replies: Reply[] }).replies;
        this.log = [...this.log, ...replies.map((reply, i) => ({ id: `${item.id}:${i}`, from: "bot" as const, text: reply.text, reply }))];
        // The first answer creates the guest: now it may listen to its pushes.
        if (!this.#socket) void this.#connect();
      } else {
        this.log = [
          ...this.log,
          { id: `${item.id}:e`, from: "notice", text: (result.body as Problem | undefined)?.detail ?? String(result.status) },
        ];
      }
      this.#saveLog();
      return;
    }
    const list = (this.messages[item.conversationId] ?? []).filter((m) => m.id !== `pending:${item.id}`);
    this.messages = { ...this.messages, [item.conversationId]: list };
    if (result.status === 200 || result.status === 201) this.#addMessage(result.body as MessageView);
    else this.notice((result.body as Problem | undefined)?.detail ?? String(result.status));
  }

  #offline() {
    this.status = "offline";
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => void this.#retryNow(), this.#retryDelay);
    this.#retryDelay = Math.min(this.#retryDelay * 2, 8000);
    this.changed();
  }

  async #retryNow() {
    if (!this.settings) return this.start();
    await this.flush();
    // Nothing to send: ask the API itself whether it is back.
    if (this.status === "offline" && this.outbox.length === 0) await this.#probe();
  }

  async #probe() {
    try {
      await this.client.settings();
      this.#online();
    } catch {
      this.#offline();
    }
  }

  #online() {
    if (this.status !== "online") {
      this.status = "online";
      this.#retryDelay = 1000;
      clearTimeout(this.#retry);
      this.changed();
    }
  }

  // ----------------------------------------------------------- members, live

  /**
   * A guest exists on the server once the assistant has answered it: before that it has no pushes
   * to listen to, and its socket-token request would be refused (a 403 in the host page's console).
   */
  #hasSession(): boolean {
    return this.auth.kind === "member" || this.log.some((entry) => entry.from === "bot");
  }

  #dropSocket() {
    this.#socket?.disconnect();
    this.#socket = undefined;
  }

  async #connect() {
    this.#dropSocket();
    if (!this.#hasSession()) return;
    let token: string | undefined;
    try {
      token = await this.client.socketToken();
    } catch {
      return;
    }
    if (!token) return;
    // Another call connected while this one waited for its token: the latest wins, none is left open.
    this.#dropSocket();
    let unused = true;
    const socket = io(this.client.base, {
      path: "/socket.io",
      transports: ["websocket"],
      // The token just fetched for the first connection, a fresh one each time it reconnects (tokens are short-lived).
      auth: (callback) => {
        if (unused) {
          unused = false;
          return callback({ token });
        }
        this.client.socketToken().then(
          (fresh) => callback({ token: fresh ?? token }),
          () => callback({ token }),
        );
      },
    });
    this.#socket = socket;
    socket.on("connect", () => {
      this.#online();
      void this.flush();
      void this.loadConversations();
    });
    // A socket can drop while HTTP works (a proxy without WebSocket): only the API itself not answering is "offline".
    socket.on("disconnect", () => void this.#probe());
    // The server closes a socket whose token ran out unless it is given a fresh one first.
    let sent = token;
    const renew = setInterval(() => {
      if (this.#socket !== socket) return clearInterval(renew);
      if (this.auth.kind !== "member" || !socket.connected) return;
      void this.client.freshAccessToken().then((fresh) => {
        if (!fresh || fresh === sent) return;
        sent = fresh;
        socket.emit("authenticate", { token: fresh });
      });
    }, 30_000);
    socket.on("connect_error", () => void this.#probe());
    socket.on("message", (message: MessageView) => this.#incoming(message));
    socket.on("typing", ({ conversationId, userId }: { conversationId: string; userId: string }) => {
      const who = this.conversations.find((c) => c.id === conversationId)?.members.find((m) => m.id === userId);
      this.typing = { ...this.typing, [conversationId]: who?.name ?? "…" };
      this.changed();
      setTimeout(() => {
        this.typing = { ...this.typing, [conversationId]: undefined };
        this.changed();
      }, TYPING_SHOWN_MS);
    });
    socket.on("read", ({ conversationId, userId, seq }: { conversationId: string; userId: string; seq: number }) => {
      this.conversations = this.conversations.map((c) =>
        c.id === conversationId
          ? { ...c, members: c.members.map((m) => (m.id === userId ? { ...m, lastReadSeq: Math.max(m.lastReadSeq, seq) } : m)) }
          : c,
      );
      this.changed();
    });
  }

  async loadConversations() {
    if (this.auth.kind !== "member") return;
    const res = await this.client.call<{ items: ConversationView[] }>("GET", "/api/v1/conversations?limit=50").catch(() => undefined);
    if (res?.status !== 200) return;
    this.conversations = res.body.items;
    if (this.openConversationId) await this.openConversation(this.openConversationId);
    this.#unreadChanged();
  }

  async openConversation(id: string | undefined) {
    this.openConversationId = id;
    this.changed();
    if (!id) return;
    const res = await this.client
      .call<{ items: MessageView[] }>("GET", `/api/v1/conversations/${encodeURIComponent(id)}/messages?limit=100`)
      .catch(() => undefined);
    if (res?.status === 200) {
      const pending = (this.messages[id] ?? []).filter((m) => m.id.startsWith("pending:"));
      this.messages = { ...this.messages, [id]: [...res.body.items.sort((a, b) => a.seq - b.seq), ...pending] };
    }
    await this.markRead();
  }

  /** Tells the others what this member has read, when they can see it (panel open, tab visible). */
  async markRead() {
    const id = this.openConversationId;
    if (!id || !this.visible || document.hidden) return;
    const last = (this.messages[id] ?? []).filter((m) => !m.id.startsWith("pending:")).at(-1);
    const conversation = this.conversations.find((c) => c.id === id);
    if (conversation) conversation.unreadCount = 0;
    this.#unreadChanged();
    if (last)
      await this.client.call("POST", `/api/v1/conversations/${encodeURIComponent(id)}/read`, { messageId: last.id }).catch(() => undefined);
  }

  typingIn(conversationId: string) {
    this.#socket?.emit("typing", { conversationId });
  }

  #addMessage(message: MessageView) {
    const list = this.messages[message.conversationId] ?? [];
    if (list.some((m) => m.id === message.id)) return;
    const withoutEcho = list.filter(
      (m) => !(m.id.startsWith("pending:") && m.clientMessageId && m.clientMessageId === message.clientMessageId),
    );
    this.messages = { ...this.messages, [message.conversationId]: [...withoutEcho, message].sort((a, b) => a.seq - b.seq) };
    this.conversations = this.conversations.map((c) =>
      c.id === message.conversationId && !message.id.startsWith("pending:") ? { ...c, lastMessage: message } : c,
    );
  }

  #incoming(message: MessageView) {
    this.#addMessage(message);
    const mine = this.auth.kind === "member" && message.sender.id === this.auth.userId;
    if (!this.conversations.some((c) => c.id === message.conversationId)) void this.loadConversations();
    if (!mine) {
      const seen = this.visible && !document.hidden && this.openConversationId === message.conversationId;
      if (seen) void this.markRead();
      else {
        this.conversations = this.conversations.map((c) =>
          c.id === message.conversationId ? { ...c, unreadCount: c.unreadCount + 1 } : c,
        );
        if (document.hidden && this.prefs.sound) chime();
      }
      this.bridge.emit("message", { conversationId: message.conversationId, from: message.sender.name, body: message.body });
    }
    this.#unreadChanged();
  }

  #unreadChanged() {
    this.bridge.setUnread(this.unread);
    this.#updateTitle();
    this.changed();
  }

  #updateTitle() {
    if (!document.hidden) {
      if (document.title !== this.#baseTitle && /^\(\d+\+?\) /.test(document.title)) document.title = this.#baseTitle;
      this.#baseTitle = document.title;
      return;
    }
    const count = this.unread;
    document.title = this.prefs.titleBadge && count > 0 ? `(${count}) ${this.#baseTitle}` : this.#baseTitle;
  }

  setPrefs(prefs: Prefs) {
    this.prefs = prefs;
    this.client.write("prefs", prefs);
    this.#updateTitle();
    this.changed();
  }

  // ----------------------------------------------------------- who the visitor is

  async requestCode(email: string): Promise<Problem | undefined> {
    const res = await this.client.call<Problem>("POST", "/api/v1/widget/email-code", {
      site: this.client.site,
      email,
      locale: this.client.locale,
    });
    return res.status === 202 ? undefined : res.body;
  }

  async verifyCode(email: string, code: string): Promise<Problem | undefined> {
    const res = await this.client.call<
      Problem & { kind: string; accessToken: string; refreshToken: string; user: { id: string; name: string } }
    >("POST", "/api/v1/widget/email-code/verify", { site: this.client.site, email, code });
    if (res.status !== 200) return res.body;
    this.#signedIn(res.body);
    return undefined;
  }

  /** A host page's identity JWT: that user when it is valid, else the visitor stays a guest. */
  async identify(token: string | null) {
    if (!token) return;
    const res = await this.client
      .call<{ kind: string; accessToken: string; refreshToken: string; user: { id: string; name: string } }>(
        "POST",
        "/api/v1/widget/sessions",
        {
          site: this.client.site,
          identityToken: token,
        },
      )
      .catch(() => undefined);
    if (res?.status === 200 && res.body.kind === "member") this.#signedIn(res.body);
  }

  #signedIn(body: { accessToken: string; refreshToken: string; user: { id: string; name: string } }) {
    this.client.setAuth({
      kind: "member",
      guest: this.auth.guest,
      accessToken: body.accessToken,
      refreshToken: body.refreshToken,
      userId: body.user.id,
      name: body.user.name,
    });
    this.#broadcast("auth");
    this.changed();
    void this.#connect();
  }

  signOut() {
    const auth = this.auth;
    if (auth.kind === "member")
      void this.client.call("POST", "/api/v1/auth/logout", { refreshToken: auth.refreshToken }).catch(() => undefined);
    this.client.setAuth({ kind: "guest", guest: randomId() });
    this.conversations = [];
    this.messages = {};
    this.log = [];
    this.#saveLog();
    this.#broadcast("auth");
    this.#unreadChanged();
    void this.#connect();
  }

  // ----------------------------------------------------------- other tabs

  #broadcast(type: "log" | "auth") {
    this.#channel?.postMessage({ type });
  }

  #fromOtherTab(message: { type: string }) {
    if (message.type === "log") {
      this.log = this.client.read<LogEntry[]>("log", []);
      // The other tab's first answer created the guest: this tab may listen too (once).
      if (!this.#socket && !this.#joining) this.#joining = this.#connect().finally(() => (this.#joining = undefined));
    }
    if (message.type === "auth") {
      this.client.auth = this.client.loadAuth();
      this.log = this.client.read<LogEntry[]>("log", []);
      this.conversations = [];
      this.messages = {};
      void this.#connect();
    }
    this.changed();
  }
}

/** A short, quiet tone (Web Audio: no file to load, nothing the page's CSP blocks). */
function chime() {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.25);
    tone.onended = () => void audio.close();
  } catch {
    // No audio on this page: the badge still counts.
  }
}
