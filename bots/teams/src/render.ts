/**
 * Adaptive Card 1.5 rendering of a neutral `Reply`: the text as a TextBlock, each card as a
 * container (title, subtitle, text, image with its alt text, a FactSet of its fields, an
 * ActionSet of its buttons), quick replies as a last ActionSet, a select as an Input.ChoiceSet
 * with its button. Buttons are `Action.Execute` (universal actions: Teams sends an
 * `adaptiveCard/action` invoke and shows the card we answer) with `Action.Submit` as their
 * fallback for clients without universal actions; links are `Action.OpenUrl`. A reply with no
 * structure is a plain markdown message. The card's `fallbackText` and the activity's
 * `summary` always carry the text (notifications, old clients, screen readers).
 *
 * Core's `fitReply` has cut the reply to `LIMITS.teams`; `teamsViolations` checks what Teams
 * itself refuses or hides (message size, actions per set).
 *
 * @see https://adaptivecards.io/explorer/ (schema 1.5)
 * @see https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
 */
import { truncate } from "@relais/core/assistant/fit-reply";
import { type Reply, type ReplyAction, type ReplyCard, replyAsText } from "@relais/core/assistant/reply";
import { markdownToPlain } from "@relais/core/assistant/reply-markdown";
import type { ActionData } from "./to-turn.ts";

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

/** What Teams takes in one message, and shows of a card. */
export const TEAMS_LIMITS = {
  /** A bot message, card included, as Teams measures it (UTF-16). */
  messageBytes: 28 * 1024,
  /** Teams shows at most 6 actions of one action set. */
  actionsPerSet: 6,
  /** What a notification or an old client shows of the fallback. */
  summaryChars: 300,
  cardVersion: "1.5",
} as const;

/** The verb every Action.Execute of ours carries. */
export const EXECUTE_VERB = "relais";
/** The Input.ChoiceSet of a select: its value comes back under this name. */
export const CHOICE_INPUT = "relaisChoice";

export type AdaptiveElement = Record<string, unknown>;
export type AdaptiveCard = {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  fallbackText: string;
  body: AdaptiveElement[];
  msteams?: { width: "Full" };
};
export type TeamsAttachment = { contentType: typeof ADAPTIVE_CARD; content: AdaptiveCard };
/** The message activity we send: text alone, or a card with its summary. */
export type TeamsMessage = {
  type: "message";
  text?: string;
  textFormat?: "markdown" | "plain";
  summary?: string;
  attachments?: TeamsAttachment[];
};

const BOLD_LINK_ITALIC_BULLET = /`([^`\n]+)`/g;

/** The Reply markdown subset in Teams' dialect: it draws **bold**, _italic_, [links](…) and "- " lists; code spans lose their backticks. */
export function markdownToTeams(markdown: string): string {
  return markdown.replace(BOLD_LINK_ITALIC_BULLET, "$1");
}

const textOf = (reply: Reply, text: string) => (reply.format === "markdown" ? markdownToTeams(text) : escapeMarkdown(text));
/** Plain text shown in a TextBlock must not be read as markdown. */
const escapeMarkdown = (text: string) => text.replace(/([*_[\]\\])/g, "\\$1");

function executeAction(title: string, data: ActionData, style?: ReplyAction["style"]): AdaptiveElement {
  const shared = { title, ...(style ? { style: style === "primary" ? "positive" : "destructive" } : {}) };
  return {
    type: "Action.Execute",
    verb: EXECUTE_VERB,
    data,
    ...shared,
    // Clients without universal actions send the data as a message `value` instead.
    fallback: { type: "Action.Submit", data, ...shared },
  };
}

/** The input that names the listing a dialog edits (its value comes back in `task/fetch` and `task/submit`). */
export const DIALOG_LISTING = "relaisListing";

/** The Action.Submit that opens a dialog: Teams sends `task/fetch` with its data. */
export function openDialogAction(title: string, data: { relaisForm: "new" | "edit"; [DIALOG_LISTING]?: string }): AdaptiveElement {
  return { type: "Action.Submit", title, data: { msteams: { type: "task/fetch" }, ...data } };
}

/** Action sets of at most six: a card with more buttons gets several rows. */
function actionSets(actions: AdaptiveElement[]): AdaptiveElement[] {
  const sets: AdaptiveElement[] = [];
  for (let i = 0; i < actions.length; i += TEAMS_LIMITS.actionsPerSet)
    sets.push({ type: "ActionSet", actions: actions.slice(i, i + TEAMS_LIMITS.actionsPerSet) });
  return sets;
}

function cardElements(reply: Reply, card: ReplyCard, index: number): AdaptiveElement {
  const items: AdaptiveElement[] = [
    {
      type: "TextBlock",
      text: `${reply.layout === "list" ? `${index + 1}. ` : ""}${escapeMarkdown(card.title)}`,
      weight: "Bolder",
      size: "Medium",
      wrap: true,
    },
  ];
  if (card.subtitle) items.push({ type: "TextBlock", text: escapeMarkdown(card.subtitle), isSubtle: true, spacing: "None", wrap: true });
  if (card.text) items.push({ type: "TextBlock", text: textOf(reply, card.text), wrap: true });
  if (card.image) items.push({ type: "Image", url: card.image.url, altText: card.image.alt, size: "Large" });
  if (card.fields && card.fields.length > 0)
    items.push({ type: "FactSet", facts: card.fields.map((field) => ({ title: field.label, value: field.value })) });
  const buttons = [
    ...(card.actions ?? []).map((action) =>
      action.form
        ? openDialogAction(action.label, { relaisForm: "edit", [DIALOG_LISTING]: action.form.listingId })
        : executeAction(action.label, { relais: "action", id: action.id, label: action.label }, action.style),
    ),
    ...(card.links ?? []).map((link) => ({ type: "Action.OpenUrl", title: link.label, url: link.url })),
  ];
  items.push(...actionSets(buttons));
  return {
    type: "Container",
    separator: index > 0 || reply.text.trim() !== "",
    spacing: "Medium",
    items,
    ...(card.url ? { selectAction: { type: "Action.OpenUrl", url: card.url } } : {}),
  };
}

/** The plain text a notification shows: short, without markup. */
function summaryOf(reply: Reply): string {
  const plain = replyAsText({ ...reply, text: reply.format === "markdown" ? markdownToPlain(reply.text) : reply.text });
  return truncate(plain.replace(/\s+/g, " ").trim() || "…", TEAMS_LIMITS.summaryChars);
}

/** The card body of a reply (also what a refreshed card shows under its "✓ pressed" line). */
export function cardOf(reply: Reply, header?: string): AdaptiveCard {
  const body: AdaptiveElement[] = [];
  if (header) body.push({ type: "TextBlock", text: escapeMarkdown(header), weight: "Bolder", color: "Good", wrap: true });
  if (reply.text.trim()) body.push({ type: "TextBlock", text: textOf(reply, reply.text), wrap: true });
  for (const [i, card] of (reply.cards ?? []).entries()) body.push(cardElements(reply, card, i));
  if (reply.select) {
    body.push({
      type: "Input.ChoiceSet",
      id: CHOICE_INPUT,
      style: "compact",
      placeholder: reply.select.placeholder,
      isRequired: true,
      choices: reply.select.options.map((option) => ({ title: option.label, value: option.action })),
    });
    body.push(...actionSets([executeAction("OK", { relais: "choose", relaisChoice: "" })]));
  }
  const quick = (reply.quickReplies ?? []).map((q) =>
    executeAction(
      q.label,
      q.action ? { relais: "action", id: q.action, label: q.label } : { relais: "say", text: q.text ?? q.label, label: q.label },
    ),
  );
  body.push(...actionSets(quick));
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: TEAMS_LIMITS.cardVersion,
    fallbackText: summaryOf(reply),
    body,
    msteams: { width: "Full" },
  };
}

const hasStructure = (reply: Reply) => (reply.cards?.length ?? 0) > 0 || (reply.quickReplies?.length ?? 0) > 0 || Boolean(reply.select);

/** A reply as the message activity Teams shows. */
export function renderReply(reply: Reply): TeamsMessage {
  if (!hasStructure(reply)) return { type: "message", text: textOf(reply, reply.text), textFormat: "markdown" };
  return { type: "message", summary: summaryOf(reply), attachments: [{ contentType: ADAPTIVE_CARD, content: cardOf(reply) }] };
}

/**
 * The card that replaces a pressed one: "✓ label" and what the press answered, with no button
 * of the old card left (so it cannot run twice).
 */
export function pressedCard(label: string, answer: Reply | undefined): AdaptiveCard {
  const header = label ? `✓ ${label}` : "✓";
  return cardOf(answer ?? { text: "" }, header);
}

/** The text a notification or a text-only client shows for a message. */
export function fallbackTextOf(message: TeamsMessage): string {
  return message.summary ?? message.text ?? message.attachments?.[0]?.content.fallbackText ?? "";
}

/** What a drawn message breaks of Teams' own limits (empty when Teams takes it). */
export function teamsViolations(message: TeamsMessage): string[] {
  const problems: string[] = [];
  const bytes = JSON.stringify(message).length * 2;
  if (bytes > TEAMS_LIMITS.messageBytes) problems.push(`message: ${bytes} bytes > ${TEAMS_LIMITS.messageBytes}`);
  if (fallbackTextOf(message).trim() === "") problems.push("no text fallback");
  const visit = (element: unknown) => {
    if (Array.isArray(element)) return element.forEach(visit);
    if (typeof element !== "object" || element === null) return;
    const record = element as Record<string, unknown>;
    if (record.type === "ActionSet" && Array.isArray(record.actions) && record.actions.length > TEAMS_LIMITS.actionsPerSet)
      problems.push(`ActionSet: ${record.actions.length} actions > ${TEAMS_LIMITS.actionsPerSet}`);
    if (record.type === "Image" && typeof record.altText !== "string") problems.push("Image without altText");
    for (const value of Object.values(record)) visit(value);
  };
  visit(message.attachments?.map((a) => a.content.body));
  return problems;
}
