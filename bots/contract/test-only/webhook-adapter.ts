/**
 * TEST ONLY. A minimal signed-webhook chat adapter, used by nothing but the contract kit's own
 * test (bots/contract/adapter-contract.test.ts) to prove the kit before the real adapters
 * (Slack, Discord, Teams) run it. It is not mounted in Relais.
 *
 * It is shaped like the real ones: a Fetch `Request` in, a `Response` out; the signature
 * scheme of Slack (HMAC-SHA256 of "v1:<timestamp>:<raw body>", 5-minute window); the bot's
 * own messages ignored; the turn handed to core with `handleInBackground` (acknowledged at
 * once); replies rendered to a small JSON payload and posted through a `ChannelPort`. It
 * stands in as the `widget` provider, the one channel of ours without a platform.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Assistant, Turn } from "@relais/core/assistant/assistant";
import { type Reply, replyAsText } from "@relais/core/assistant/reply";
import { LIMITS } from "@relais/core/assistant/reply-limits";
import { markdownToPlain } from "@relais/core/assistant/reply-markdown";
import {
  type ChannelAddress,
  ChannelPermanentError,
  type ChannelPort,
  ChannelRateLimited,
  ChannelTransientError,
  retryAfterMs,
} from "@relais/core/delivery/channel-port";
import { z } from "zod";

export const TEST_WEBHOOK_SIGNATURE_WINDOW_S = 300;

/** The payload this test platform draws: text, then one block per card, quick replies, a select. */
export type TestWebhookPayload = {
  text: string;
  blocks: (
    | {
        type: "card";
        title: string;
        body: string;
        image?: { url: string; alt: string };
        buttons: { id?: string; url?: string; label: string }[];
      }
    | { type: "buttons"; buttons: { id: string; label: string }[] }
    | { type: "select"; placeholder: string; options: { id: string; label: string }[] }
  )[];
  ephemeral?: boolean;
};

const InboundEvent = z.strictObject({
  id: z.string().min(1).max(200),
  user: z.string().regex(/^[\w-]{1,60}$/),
  text: z.string().max(50_000),
  bot: z.boolean().optional(),
});

export function signTestWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`v1:${timestamp}:${body}`).digest("hex")}`;
}

export class TestOnlyWebhookAdapter {
  readonly provider = "widget" as const;
  readonly limits = LIMITS.widget;
  readonly port: ChannelPort;

  private readonly options: { secret: string; botUser: string; platformUrl: string; assistant: Assistant; now?: () => number };

  constructor(options: { secret: string; botUser: string; platformUrl: string; assistant: Assistant; now?: () => number }) {
    this.options = options;
    this.port = {
      provider: "widget",
      limits: LIMITS.widget,
      send: (address, reply, sendOptions) => this.#post(address, reply, sendOptions.idempotencyKey),
      update: async (address, platformMessageId, reply) => {
        await this.#post(address, reply, `update:${platformMessageId}`);
      },
    };
  }

  externalIdOf(user: string): string {
    return `test-webhook-${user}`;
  }

  conversationOf(user: string): string {
    return `dm-${user}`;
  }

  /** The webhook route: verify, translate, acknowledge; the answer follows through the port. */
  async handleWebhook(request: Request): Promise<Response> {
    const body = await request.text();
    if (!this.#verified(request.headers, body)) return new Response(null, { status: 401 });
    let event: z.infer<typeof InboundEvent>;
    try {
      event = InboundEvent.parse(JSON.parse(body));
    } catch {
      return new Response(null, { status: 400 });
    }
    if (event.bot || event.user === this.options.botUser) return new Response(null, { status: 200 });
    const conversation = this.conversationOf(event.user);
    const turn: Turn = {
      identity: { provider: "widget", externalId: this.externalIdOf(event.user) },
      inboundId: event.id,
      channel: { provider: "widget", conversation, direct: true },
      text: event.text,
      receivedAt: new Date(),
    };
    const address: ChannelAddress = { provider: "widget", conversation, userId: event.user };
    this.options.assistant.handleInBackground(turn, async (result) => {
      for (const [i, reply] of result.replies.entries())
        await this.port.send(address, reply, { idempotencyKey: `${event.id}:${i}`, attempt: 1 });
    });
    return new Response(null, { status: 200 });
  }

  render(reply: Reply): TestWebhookPayload {
    const plain = (text: string) => (reply.format === "markdown" ? markdownToPlain(text) : text);
    const blocks: TestWebhookPayload["blocks"] = (reply.cards ?? []).map((card) => ({
      type: "card" as const,
      title: card.title,
      body: [card.subtitle, card.text && plain(card.text), ...(card.fields ?? []).map((f) => `${f.label}: ${f.value}`)]
        .filter(Boolean)
        .join("\n"),
      ...(card.image ? { image: card.image } : {}),
      buttons: [
        ...(card.actions ?? []).map((a) => ({ id: a.id, label: a.label })),
        ...(card.links ?? []).map((l) => ({ url: l.url, label: l.label })),
      ],
    }));
    const quick = (reply.quickReplies ?? []).map((q, i) => ({ id: q.action ?? `say:${i}`, label: q.label }));
    if (quick.length > 0) blocks.push({ type: "buttons", buttons: quick });
    if (reply.select)
      blocks.push({
        type: "select",
        placeholder: reply.select.placeholder,
        options: reply.select.options.map((o) => ({ id: o.action, label: o.label })),
      });
    return { text: plain(reply.text), blocks, ...(reply.ephemeral ? { ephemeral: true } : {}) };
  }

  /** The test platform's own limits, checked on the drawn payload. */
  static nativeViolations(payload: TestWebhookPayload): string[] {
    const l = LIMITS.widget;
    const problems: string[] = [];
    if (payload.text.length > l.textChars) problems.push(`text ${payload.text.length} > ${l.textChars}`);
    const cards = payload.blocks.filter((b) => b.type === "card");
    if (cards.length > l.cards) problems.push(`cards ${cards.length} > ${l.cards}`);
    for (const block of payload.blocks) {
      if (block.type === "card" && block.buttons.length > l.buttonsPerCard) problems.push(`card buttons ${block.buttons.length}`);
      if (block.type === "buttons" && block.buttons.length > l.quickReplies) problems.push(`quick replies ${block.buttons.length}`);
      if (block.type === "select" && block.options.length > l.selectOptions) problems.push(`options ${block.options.length}`);
      const labels = block.type === "select" ? block.options.map((o) => o.label) : block.buttons.map((b) => b.label);
      for (const label of labels)
        if (label.length > Math.max(l.buttonLabelChars, l.selectLabelChars)) problems.push(`label ${label.length}`);
    }
    return problems;
  }

  #verified(headers: Headers, body: string): boolean {
    const timestamp = Number(headers.get("x-test-timestamp"));
    const signature = headers.get("x-test-signature") ?? "";
    const now = Math.floor((this.options.now?.() ?? Date.now()) / 1000);
    if (!Number.isInteger(timestamp) || Math.abs(now - timestamp) > TEST_WEBHOOK_SIGNATURE_WINDOW_S) return false;
    const expected = Buffer.from(signTestWebhook(this.options.secret, timestamp, body));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async #post(address: ChannelAddress, reply: Reply, idempotencyKey: string): Promise<{ platformMessageId: string }> {
    let response: Response;
    try {
      response = await fetch(`${this.options.platformUrl}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": idempotencyKey },
        body: JSON.stringify({ conversation: address.conversation, payload: this.render(reply), fallback: replyAsText(reply) }),
      });
    } catch (error) {
      throw new ChannelTransientError("widget", "network", "test platform unreachable", { cause: error });
    }
    if (response.status === 429) throw new ChannelRateLimited("widget", retryAfterMs(response.headers.get("retry-after"), 1000));
    if (response.status >= 500) throw new ChannelTransientError("widget", "server_error", `test platform ${response.status}`);
    if (!response.ok) throw new ChannelPermanentError("widget", "refused", `test platform ${response.status}`);
    const { id } = (await response.json()) as { id: string };
    return { platformMessageId: id };
  }
}
