/**
 * Draws one assistant Reply: its text (markdown subset), cards as `article`s with their title
 * as a heading (a carousel scrolls sideways), quick replies and a select. Buttons send their
 * action back to the assistant.
 */
import { useState } from "preact/hooks";
import type { T } from "./i18n.ts";
import { type Inline, parseInline, type Reply, type ReplyCard, safeUrl } from "./reply.ts";

export type Press = (action: { action?: string; text?: string; label: string }) => void;

let headingIds = 0;

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) => {
        if (part.kind === "bold") return <strong key={i}>{part.text}</strong>;
        if (part.kind === "italic") return <em key={i}>{part.text}</em>;
        if (part.kind === "code") return <code key={i}>{part.text}</code>;
        if (part.kind === "link")
          return (
            <a key={i} href={part.url} target="_blank" rel="noopener noreferrer">
              {part.text}
            </a>
          );
        return part.text;
      })}
    </>
  );
}

export function RichText({ text, markdown }: { text: string; markdown: boolean }) {
  const lines = text.split("\n");
  if (!markdown) return <p class="text">{text}</p>;
  const blocks: preact.JSX.Element[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length)
      blocks.push(
        <ul key={`u${blocks.length}`}>
          {bullets.map((b, i) => (
            <li key={i}>
              <InlineText parts={parseInline(b)} />
            </li>
          ))}
        </ul>,
      );
    bullets = [];
  };
  for (const line of lines) {
    if (/^[-•] /.test(line)) bullets.push(line.slice(2));
    else {
      flush();
      if (line.trim())
        blocks.push(
          <p key={`p${blocks.length}`} class="text">
            <InlineText parts={parseInline(line)} />
          </p>,
        );
    }
  }
  flush();
  return <>{blocks}</>;
}

function Card({ card, base, press }: { card: ReplyCard; base: string; press: Press }) {
  const [headingId] = useState(() => `relais-card-${++headingIds}`);
  const image = card.image ? safeUrl(new URL(card.image.url, base).href) : undefined;
  const link = card.url ? safeUrl(new URL(card.url, base).href) : undefined;
  return (
    <article class="card" aria-labelledby={headingId}>
      {image && <img src={image} alt={card.image?.alt ?? ""} loading="lazy" width={320} height={180} />}
      <h3 id={headingId}>
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {card.title}
          </a>
        ) : (
          card.title
        )}
      </h3>
      {card.subtitle && <p class="subtitle">{card.subtitle}</p>}
      {card.text && <p class="text">{card.text}</p>}
      {card.fields && card.fields.length > 0 && (
        <dl>
          {card.fields.map((field, i) => (
            <div key={i} class="field">
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {(card.actions?.length || card.links?.length) && (
        <div class="actions">
          {card.actions?.map((action) => (
            <button
              key={action.id}
              type="button"
              class={action.style === "primary" ? "primary" : action.style === "danger" ? "danger" : ""}
              onClick={() => press({ action: action.id, label: action.label })}
            >
              {action.label}
            </button>
          ))}
          {card.links?.map((l, i) => {
            const url = safeUrl(new URL(l.url, base).href);
            return url ? (
              <a key={i} class="button" href={url} target="_blank" rel="noopener noreferrer">
                {l.label}
              </a>
            ) : null;
          })}
        </div>
      )}
    </article>
  );
}

function Choice({ select, press, t }: { select: NonNullable<Reply["select"]>; press: Press; t: T }) {
  const [value, setValue] = useState("");
  const [id] = useState(() => `relais-select-${++headingIds}`);
  return (
    <form
      class="select"
      onSubmit={(event) => {
        event.preventDefault();
        const option = select.options.find((o) => o.action === value);
        if (option) press({ action: option.action, label: option.label });
      }}
    >
      <label for={id}>{select.placeholder}</label>
      <select id={id} value={value} onChange={(event) => setValue((event.target as HTMLSelectElement).value)}>
        <option value="">—</option>
        {select.options.map((option) => (
          <option key={option.action} value={option.action}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit">{t("choose")}</button>
    </form>
  );
}

export function ReplyView({ reply, base, press, t, last }: { reply: Reply; base: string; press: Press; t: T; last: boolean }) {
  const cards = reply.cards ?? [];
  return (
    <>
      <RichText text={reply.text} markdown={reply.format === "markdown"} />
      {cards.length > 0 && (
        <ul class={reply.layout === "carousel" ? "cards carousel" : "cards"}>
          {cards.map((card, i) => (
            <li key={i}>
              <Card card={card} base={base} press={press} />
            </li>
          ))}
        </ul>
      )}
      {reply.select && <Choice select={reply.select} press={press} t={t} />}
      {last && reply.quickReplies && reply.quickReplies.length > 0 && (
        <div class="quick">
          {reply.quickReplies.map((quick, i) => (
            <button
              key={i}
              type="button"
              onClick={() =>
                press({ label: quick.label, ...(quick.action ? { action: quick.action } : { text: quick.text ?? quick.label }) })
              }
            >
              {quick.label}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
