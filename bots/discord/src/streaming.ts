/**
 * An LLM answer shown as it is written, in one Discord message edited at most once a second
 * (Discord's rate limits on edits), then replaced by the finished reply (cards, buttons):
 * - over the gateway, the first words are posted in reply to the member's message, then that
 *   message is edited as more arrive;
 * - over HTTP interactions, the deferred answer ("thinking…") is edited through the
 *   interaction's webhook (`PATCH …/messages/@original`), once Discord has it: `deferred`
 *   resolves true when the deferred answer went out, false when the turn was answered in the
 *   HTTP response itself (then nothing is streamed).
 * If the stream cannot be written or finished, the caller sends the whole answer through the
 * outbox instead: nothing is lost.
 */
import type { Reply } from "@relais/core/assistant/reply";
import type { REST } from "discord.js";
import { MessageFlags, Routes } from "discord-api-types/v10";
import { renderReply } from "./render.ts";

const EDIT_EVERY_MS = 1000;
const CONTENT_CHARS = 2000;

export type StreamTarget =
  | { channel: string; replyTo: string }
  | { applicationId: string; interactionToken: string; deferred: Promise<boolean>; ephemeral: boolean };

/** The deferred answer's route, `@original` as the delivery port writes it (unescaped). */
const originalOf = (target: { applicationId: string; interactionToken: string }) =>
  `${Routes.webhook(target.applicationId, target.interactionToken)}/messages/@original` as const;

export class DiscordTokenStream {
  #text = "";
  #chain: Promise<void> = Promise.resolve();
  #messageId: string | undefined;
  #lastEdit = 0;
  #failed = false;

  private readonly rest: REST;
  private readonly target: StreamTarget;
  private readonly now: () => number;

  constructor(rest: REST, target: StreamTarget, now: () => number = Date.now) {
    this.rest = rest;
    this.target = target;
    this.now = now;
  }

  push(token: string): void {
    this.#text += token;
    this.#chain = this.#chain
      .then(() => this.#write())
      .catch(() => {
        this.#failed = true;
      });
  }

  async #write(): Promise<void> {
    if (this.#failed) return;
    const content = this.#text.slice(0, CONTENT_CHARS);
    const target = this.target;
    if ("interactionToken" in target) {
      if (!this.#messageId) {
        // Nothing can be edited before Discord has the deferred answer; nothing at all when there was none.
        if (!(await target.deferred)) {
          this.#failed = true;
          return;
        }
        this.#messageId = "@original";
      } else if (this.now() - this.#lastEdit < EDIT_EVERY_MS) return;
      await this.rest.patch(originalOf(target), {
        body: { content, allowed_mentions: { parse: [] } },
        auth: false,
      });
      // Counted from when Discord had the edit, so two edits never reach it less than a second apart.
      this.#lastEdit = this.now();
      return;
    }
    if (!this.#messageId) {
      const posted = (await this.rest.post(Routes.channelMessages(target.channel), {
        body: {
          content,
          allowed_mentions: { parse: [] },
          message_reference: { message_id: target.replyTo, fail_if_not_exists: false },
        },
      })) as { id: string };
      this.#messageId = posted.id;
      this.#lastEdit = this.now();
    } else if (this.now() - this.#lastEdit >= EDIT_EVERY_MS) {
      await this.rest.patch(Routes.channelMessage(target.channel, this.#messageId), { body: { content } });
      this.#lastEdit = this.now();
    }
  }

  /** Replaces the streamed words with the finished reply; false when nothing could be shown (send it as usual). */
  async finish(reply: Reply): Promise<boolean> {
    await this.#chain;
    if (this.#failed || !this.#messageId) return false;
    const message = renderReply(reply);
    // A Components V2 message has no content: the streamed text is cleared as the components come.
    const target = this.target;
    if ("interactionToken" in target) {
      const flags = ("flags" in message ? (message.flags ?? 0) : 0) | (target.ephemeral ? MessageFlags.Ephemeral : 0);
      await this.rest.patch(originalOf(target), {
        body: { content: "", ...message, ...(flags ? { flags } : {}) },
        auth: false,
      });
      return true;
    }
    await this.rest.patch(Routes.channelMessage(target.channel, this.#messageId), { body: { content: "", ...message } });
    return true;
  }
}
