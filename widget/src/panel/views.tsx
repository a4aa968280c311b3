/**
 * The panel's views: the assistant log and its composer, the member's conversations, the
 * email sign-in (one field, then the code), and the listing form.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Problem } from "./client.ts";
import type { Controller, ConversationView, LogEntry } from "./controller.ts";
import type { T } from "./i18n.ts";
import { preparePhoto } from "./photos.ts";
import { type Press, ReplyView, RichText } from "./reply-view.tsx";

let ids = 0;
const useId = (prefix: string) => useState(() => `relais-${prefix}-${++ids}`)[0];

const problemText = (problem: Problem | undefined) =>
  [problem?.detail, ...(problem?.errors ?? []).map((e) => e.message).filter(Boolean)].filter(Boolean).join(" ");

/** A text box that sends on Enter, with an optional photo button. */
export function Composer(props: {
  t: T;
  onSend: (text: string) => void;
  onPhoto?: (file: File) => void;
  onTyping?: () => void;
  label?: string;
}) {
  const { t } = props;
  const [text, setText] = useState("");
  const inputId = useId("input");
  const file = useRef<HTMLInputElement>(null);
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        const value = text.trim();
        if (!value) return;
        setText("");
        props.onSend(value);
      }}
    >
      <label for={inputId} class="sr-only">
        {props.label ?? t("messageLabel")}
      </label>
      <input
        id={inputId}
        type="text"
        autocomplete="off"
        maxLength={10000}
        placeholder={t("placeholder")}
        value={text}
        onInput={(event) => {
          setText((event.target as HTMLInputElement).value);
          props.onTyping?.();
        }}
      />
      {props.onPhoto && (
        <>
          <input
            ref={file}
            type="file"
            hidden
            accept="image/jpeg,image/png,image/webp"
            aria-label={t("attach")}
            onChange={(event) => {
              const input = event.target as HTMLInputElement;
              const chosen = input.files?.[0];
              input.value = "";
              if (chosen) props.onPhoto?.(chosen);
            }}
          />
          <button type="button" class="icon" aria-label={t("attach")} title={t("attach")} onClick={() => file.current?.click()}>
            📷
          </button>
        </>
      )}
      <button type="submit" class="primary">
        {t("send")}
      </button>
    </form>
  );
}

function LogLine({ entry, controller, t, last }: { entry: LogEntry; controller: Controller; t: T; last: boolean }) {
  const press: Press = (action) => void controller.ask(action);
  if (entry.from === "notice")
    return (
      <div class="notice">
        <p class="text">{entry.text}</p>
      </div>
    );
  return (
    <div class={entry.from === "me" ? "me" : "bot"}>
      <span class="sr-only">{entry.from === "me" ? t("you") : t("assistant")} : </span>
      {entry.reply ? (
        <ReplyView reply={entry.reply} base={controller.client.base} press={press} t={t} last={last} />
      ) : (
        <RichText text={entry.text} markdown={false} />
      )}
      {entry.queued && <span class="queued">{t("queued")}</span>}
    </div>
  );
}

export function AssistantView({ controller, t }: { controller: Controller; t: T }) {
  const end = useRef<HTMLDivElement>(null);
  const log = controller.log;
  useEffect(() => end.current?.scrollIntoView({ block: "end" }), [log.length]);
  const lastBot = log.findLastIndex((e) => e.from === "bot");
  const photo = async (file: File) => {
    const prepared = await preparePhoto(file);
    if (!prepared.ok) return controller.notice(t(prepared.reason));
    await controller.ask({ label: t("photoAttached", { name: file.name }), attachments: [prepared.attachment] });
  };
  return (
    <>
      {/* Only what is added is announced: earlier messages are never read again. */}
      <div class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label={t("log")}>
        <div class="bot">
          <p class="text">{t("welcome")}</p>
        </div>
        {log.map((entry, i) => (
          <LogLine key={entry.id} entry={entry} controller={controller} t={t} last={i === lastBot} />
        ))}
        <div ref={end} class="end" aria-hidden="true" />
      </div>
      <Composer t={t} onSend={(text) => void controller.ask({ text, label: text })} onPhoto={(file) => void photo(file)} />
    </>
  );
}

export function SignIn({ controller, t }: { controller: Controller; t: T }) {
  const [email, setEmail] = useState("");
  const [code, setCode] = useState("");
  const [step, setStep] = useState<"email" | "code">("email");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const emailId = useId("email");
  const codeId = useId("code");
  const codeInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (step === "code") codeInput.current?.focus();
  }, [step]);
  const run = async (work: () => Promise<Problem | undefined>, next?: () => void) => {
    setBusy(true);
    setError("");
    try {
      const problem = await work();
      if (problem) setError(problemText(problem));
      else next?.();
    } catch {
      setError(t("offline"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="signin" aria-labelledby={`${emailId}-h`}>
      <h2 id={`${emailId}-h`}>{t("signInTitle")}</h2>
      <p class="hint">{t("signInHint")}</p>
      {step === "email" ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(
              () => controller.requestCode(email),
              () => setStep("code"),
            );
          }}
        >
          <label for={emailId}>{t("email")}</label>
          <div class="row">
            <input
              id={emailId}
              type="email"
              autocomplete="email"
              required
              value={email}
              onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
            />
            <button type="submit" class="primary" disabled={busy}>
              {t("sendCode")}
            </button>
          </div>
        </form>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => controller.verifyCode(email, code));
          }}
        >
          <p role="status">{t("codeSent", { email })}</p>
          <label for={codeId}>{t("code")}</label>
          <div class="row">
            <input
              ref={codeInput}
              id={codeId}
              inputMode="numeric"
              autocomplete="one-time-code"
              pattern="[0-9]{6}"
              required
              value={code}
              onInput={(e) => setCode((e.target as HTMLInputElement).value)}
            />
            <button type="submit" class="primary" disabled={busy}>
              {t("verify")}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

const nameOf = (conversation: ConversationView, me: string) =>
  conversation.title ??
  conversation.members
    .filter((m) => m.id !== me)
    .map((m) => m.name)
    .join(", ");

export function MessagesView({ controller, t }: { controller: Controller; t: T }) {
  const auth = controller.auth;
  if (auth.kind !== "member")
    return (
      <>
        <p class="hint">{t("needAccount")}</p>
        <SignIn controller={controller} t={t} />
      </>
    );
  const open = controller.conversations.find((c) => c.id === controller.openConversationId);
  if (open) return <ConversationPane conversation={open} controller={controller} t={t} me={auth.userId} />;
  return (
    <section aria-labelledby="relais-conversations-h">
      <h2 id="relais-conversations-h">{t("conversations")}</h2>
      {controller.conversations.length === 0 ? (
        <p class="hint">{t("noConversations")}</p>
      ) : (
        <ul class="conversations">
          {controller.conversations.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => void controller.openConversation(c.id)}>
                <strong>{nameOf(c, auth.userId)}</strong>
                {c.unreadCount > 0 && <span class="count">{t("unread", { count: c.unreadCount })}</span>}
                {c.lastMessage && <span class="last">{c.lastMessage.body}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset class="prefs">
        <label>
          <input
            type="checkbox"
            checked={controller.prefs.sound}
            onChange={(e) => controller.setPrefs({ ...controller.prefs, sound: (e.target as HTMLInputElement).checked })}
          />{" "}
          {t("sound")}
        </label>
        <label>
          <input
            type="checkbox"
            checked={controller.prefs.titleBadge}
            onChange={(e) => controller.setPrefs({ ...controller.prefs, titleBadge: (e.target as HTMLInputElement).checked })}
          />{" "}
          {t("titleBadge")}
        </label>
      </fieldset>
    </section>
  );
}

function ConversationPane({
  conversation,
  controller,
  t,
  me,
}: {
  conversation: ConversationView;
  controller: Controller;
  t: T;
  me: string;
}) {
  const messages = controller.messages[conversation.id] ?? [];
  const name = nameOf(conversation, me);
  const end = useRef<HTMLDivElement>(null);
  const lastTyping = useRef(0);
  useEffect(() => end.current?.scrollIntoView({ block: "end" }), [messages.length]);
  const others = conversation.members.filter((m) => m.id !== me);
  const lastMine = [...messages].reverse().find((m) => m.sender.id === me && !m.id.startsWith("pending:"));
  const seen = lastMine && others.length > 0 && others.every((m) => m.lastReadSeq >= lastMine.seq);
  const typing = controller.typing[conversation.id];
  return (
    <section class="conversation" aria-label={t("conversationLog", { name })}>
      <div class="bar">
        <button type="button" onClick={() => void controller.openConversation(undefined)}>
          ← {t("back")}
        </button>
        <h2>{name}</h2>
      </div>
      <div class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label={t("conversationLog", { name })}>
        {messages.map((m) => (
          <div key={m.clientMessageId ?? m.id} class={m.sender.id === me ? "me" : "them"}>
            <span class="sr-only">{m.sender.id === me ? t("you") : m.sender.name} : </span>
            <p class="text">{m.body}</p>
            {m.id.startsWith("pending:") && <span class="queued">{t("queued")}</span>}
            {m === lastMine && seen && <span class="seen">{t("seen")}</span>}
          </div>
        ))}
        <div ref={end} class="end" aria-hidden="true" />
      </div>
      <p class="typing" aria-live="polite">
        {typing ? t("typing", { name: typing }) : ""}
      </p>
      <Composer
        t={t}
        onSend={(body) => void controller.sendMessage(conversation.id, body)}
        onTyping={() => {
          if (Date.now() - lastTyping.current < 2500) return;
          lastTyping.current = Date.now();
          controller.typingIn(conversation.id);
        }}
      />
    </section>
  );
}

export function PublishView({ controller, t }: { controller: Controller; t: T }) {
  const [kind, setKind] = useState<"offer" | "want">("offer");
  const [values, setValues] = useState({ title: "", description: "", price: "", place: "" });
  const [message, setMessage] = useState<{ ok: boolean; text: string; errors?: { field: string; message?: string }[] } | undefined>();
  const base = useId("listing");
  if (controller.auth.kind !== "member")
    return (
      <>
        <p class="hint">{t("needAccount")}</p>
        <SignIn controller={controller} t={t} />
      </>
    );
  /** The API names each refused field (`body.title`, `body.location.place`…): its message goes under that field. */
  const API_FIELDS: Record<keyof typeof values, string> = {
    title: "body.title",
    description: "body.description",
    price: "body.price",
    place: "body.location",
  };
  const errorOf = (name: keyof typeof values) =>
    message && !message.ok
      ? message.errors
          ?.filter((e) => e.field.startsWith(API_FIELDS[name]))
          .map((e) => e.message)
          .join(" ")
      : "";
  const field = (name: keyof typeof values, label: string, multiline = false) => {
    const id = `${base}-${name}`;
    const error = errorOf(name);
    const common = {
      id,
      value: values[name],
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${id}-error` : undefined,
      onInput: (e: Event) => setValues({ ...values, [name]: (e.target as HTMLInputElement).value }),
    };
    return (
      <div class="field-row">
        <label for={id}>{label}</label>
        {multiline ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type="text" inputMode={name === "price" ? "decimal" : undefined} required={name === "title"} {...common} />
        )}
        {error && (
          <p class="error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };
  const submit = async () => {
    const price = values.price.trim() ? Math.round(Number(values.price.replace(",", ".")) * 100) : undefined;
    const body = {
      kind,
      title: values.title.trim(),
      ...(values.description.trim() ? { description: values.description.trim() } : {}),
      ...(price !== undefined ? { price: { amount: Number.isFinite(price) ? price : -1, currency: "EUR" } } : {}),
      ...(values.place.trim() ? { location: { place: values.place.trim() } } : {}),
    };
    try {
      const res = await controller.client.call<Problem & { title: string }>("POST", "/api/v1/listings", body);
      if (res.status === 201) {
        setMessage({ ok: true, text: t("published", { title: res.body.title }) });
        setValues({ title: "", description: "", price: "", place: "" });
      } else setMessage({ ok: false, text: res.body?.detail ?? String(res.status), errors: res.body?.errors ?? [] });
    } catch {
      setMessage({ ok: false, text: t("unavailable") });
    }
  };
  return (
    <form
      class="listing"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t("kind")}</legend>
        <label>
          <input type="radio" name="kind" checked={kind === "offer"} onChange={() => setKind("offer")} /> {t("offer")}
        </label>
        <label>
          <input type="radio" name="kind" checked={kind === "want"} onChange={() => setKind("want")} /> {t("want")}
        </label>
      </fieldset>
      {field("title", t("listingTitle"))}
      {field("description", t("description"), true)}
      {field("price", t("price"))}
      {field("place", t("place"))}
      <button type="submit" class="primary">
        {t("publish")}
      </button>
      {message && (
        <p class={message.ok ? "ok" : "error summary"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
