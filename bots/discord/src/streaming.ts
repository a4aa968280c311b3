/**
 * An LLM answer shown as it is written, in one Discord message edited at most once a second
 * (Discord's rate limits on edits): the first words are posted in reply to the member's
 * message, then the message is edited as more arrive; the finished reply (cards, buttons)
 * replaces it. If the stream cannot be written or finished, the caller sends the whole answer
 * through the outbox instead: nothing is lost.
 */
import type { Reply } from "@relais/core/assistant/reply";
import type { REST } from "discord.js";
import { Routes } from "discord-api-types/v10";
import { renderReply } from "./render.ts";

const EDIT_EVERY_MS = 1000;
const CONTENT_CHARS = 2000;

export class DiscordTokenStream {
  #text = "";
  #chain: Promise<void> = Promise.resolve();
  #messageId: string | undefined;
  #lastEdit = 0;
  #failed = false;

  constructor(
    private readonly rest: REST,
    private readonly target: { channel: string; replyTo: string },
    private readonly now: () => number = Date.now,
  ) {}

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
    if (!this.#messageId) {
      const posted = (await this.rest.post(Routes.channelMessages(this.target.channel), {
        body: {
          content,
          allowed_mentions: { parse: [] },
          message_reference: { message_id: this.target.replyTo, fail_if_not_exists: false },
        },
      })) as { id: string };
      this.#messageId = posted.id;
      this.#lastEdit = this.now();
    } else if (this.now() - this.#lastEdit >= EDIT_EVERY_MS) {
      this.#lastEdit = this.now();
      await this.rest.patch(Routes.channelMessage(this.target.channel, this.#messageId), { body: { content } });
    }
  }

  /** Replaces the streamed words with the finished reply; false when nothing could be shown (send it as usual). */
  async finish(reply: Reply): Promise<boolean> {
    await this.#chain;
    if (this.#failed || !this.#messageId) return false;
    const message = renderReply(reply);
    // A Components V2 message has no content: the streamed text is cleared as the components come.
    await this.rest.patch(Routes.channelMessage(this.target.channel, this.#messageId), { body: { content: "", ...message } });
    return true;
  }
}
