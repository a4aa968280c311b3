/**
 * Conversations with the assistant over HTTP for tests: members who sign up, type, press
 * buttons, and what they can read back over REST (their listings, matches, conversations).
 */
import { expect } from "vitest";
import { STRONG_PASSWORD, type TestApi } from "./harness.ts";

export type AssistantAnswer = {
  replies: {
    text: string;
    cards?: { title: string; subtitle?: string; text?: string; actions?: { id: string; label: string }[] }[];
    quickReplies?: { label: string; action?: string; text?: string }[];
  }[];
  interpretation: { intent: string; slots: Record<string, unknown> };
};

export type MyListing = {
  id: string;
  title: string;
  description: string;
  kind: string;
  status: string;
  price: { amount: number; currency: string } | null;
  location: { place: string } | null;
  category: { slug: string };
};

/** The labels a write's confirmation button carries, in both languages. */
const CONFIRM_LABEL =
  /^(Oui|Yes|Confirmer|Confirm|Valider|Enregistrer|Save|Modifier|Change|Update|Supprimer|Retirer|Delete|Remove|Envoyer|Send|Postuler|Apply|Signaler|Report)\b/i;

export class Members {
  readonly token: Record<string, string> = {};
  readonly id: Record<string, string> = {};
  readonly locale: Record<string, "fr" | "en"> = {};
  readonly t: TestApi;

  constructor(t: TestApi) {
    this.t = t;
  }

  async register(name: string, locale: "fr" | "en", place?: string): Promise<void> {
    const res = await this.t.request("POST", "/api/v1/auth/register", {
      body: {
        email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`,
        password: STRONG_PASSWORD,
        name,
        locale,
      },
    });
    expect(res.status, res.text).toBe(201);
    this.token[name] = res.body.accessToken;
    this.id[name] = res.body.user?.id;
    this.locale[name] = locale;
    if (place) {
      const profile = await this.t.request("PATCH", "/api/v1/me/profile", { token: res.body.accessToken, body: { location: { place } } });
      expect(profile.status, profile.text).toBeLessThan(300);
    }
  }

  async say(who: string, text: string): Promise<AssistantAnswer> {
    const res = await this.t.request("POST", "/api/v1/assistant/messages", { token: this.token[who], body: { text } });
    expect(res.status, res.text).toBe(200);
    return res.body as AssistantAnswer;
  }

  async press(who: string, action: string | undefined): Promise<AssistantAnswer> {
    expect(action, "a button to press").toBeTruthy();
    const res = await this.t.request("POST", "/api/v1/assistant/messages", { token: this.token[who], body: { action } });
    expect(res.status, res.text).toBe(200);
    return res.body as AssistantAnswer;
  }

  /**
   * Answers the confirmation a write asks for: presses its yes-button (whatever the write calls it:
   * "Oui", "Supprimer", "Envoyer"…) when the answer shows one, else types "oui" / "yes".
   */
  async confirm(who: string, answer: AssistantAnswer): Promise<AssistantAnswer> {
    const yes = button(answer, CONFIRM_LABEL);
    return yes ? this.press(who, yes) : this.say(who, this.locale[who] === "en" ? "yes" : "oui");
  }

  /** Posts each text through the assistant, pressing the preview's Publier / Post it when one is shown. */
  async postAll(who: string, texts: string[]): Promise<void> {
    for (const text of texts) {
      let posted = await this.say(who, text);
      expect(posted.interpretation.intent, text).toBe("create_listing");
      // (when the assistant asks whether to post or to search, the member answers with its button)
      const asked = button(posted, /^(Publier une annonce|Post a listing)$/);
      if (asked) posted = await this.press(who, asked);
      const post = button(posted, /^(Publier|Post it)$/);
      if (post) await this.press(who, post);
    }
  }

  /** Posts one line through the assistant (publishing its preview) and returns the one listing it added. */
  async posted(who: string, text: string): Promise<MyListing> {
    const before = new Set((await this.listings(who)).map((listing) => listing.id));
    await this.postAll(who, [text]);
    const added = (await this.listings(who)).filter((listing) => !before.has(listing.id));
    expect(added, text).toHaveLength(1);
    return added[0] as MyListing;
  }

  /** The last message of each of the member's conversations, as read over REST. */
  async lastMessages(who: string): Promise<(string | undefined)[]> {
    const res = await this.t.request("GET", "/api/v1/conversations", { token: this.token[who] });
    expect(res.status, res.text).toBe(200);
    return (res.body.items as { lastMessage?: { body: string } }[]).map((c) => c.lastMessage?.body);
  }

  /** The member's listings that are not closed, newest first. */
  async listings(who: string): Promise<MyListing[]> {
    const res = await this.t.request("GET", "/api/v1/me/listings?limit=50", { token: this.token[who] });
    expect(res.status, res.text).toBe(200);
    return (res.body.items as MyListing[]).filter((l) => l.status !== "closed");
  }
}

/** The id of the button labelled `label` in an answer (cards first, then quick replies). */
export function button(answer: AssistantAnswer, label: string | RegExp): string | undefined {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  for (const reply of answer.replies) {
    for (const card of reply.cards ?? []) for (const action of card.actions ?? []) if (matches(action.label)) return action.id;
    for (const quick of reply.quickReplies ?? []) if (quick.action && matches(quick.label)) return quick.action;
  }
  return undefined;
}

export const allText = (answer: AssistantAnswer) => answer.replies.map((r) => r.text).join("\n");

/** The titles of the cards an answer shows, in lower case. */
export const cardTitles = (answer: AssistantAnswer) => answer.replies.flatMap((r) => (r.cards ?? []).map((c) => c.title.toLowerCase()));
