/**
 * An LLM answer shown as it is written. Natively with Slack's text streaming
 * (`chat.startStream` / `appendStream` / `stopStream`, through the Web API client's
 * `ChatStreamer`); where a workspace does not have these methods yet, by posting the first words
 * and updating that message as more arrive (`chat.postMessage` then `chat.update`, at most twice
 * a second). The finished message gets the reply's cards and buttons.
 *
 * @see https://docs.slack.dev/messaging/sending-and-scheduling-messages#text-streaming
 */
import type { Reply } from "@relais/core/assistant/reply";
import type { ChatStreamer, WebClient } from "@slack/web-api";
import { renderReply } from "./render.ts";
import { platformErrorOf } from "./web-api.ts";

/** Slack's answers when text streaming is not available to this app or workspace. */
const NOT_STREAMABLE = new Set([
  "unknown_method",
  "method_not_supported_for_channel_type",
  "not_allowed_token_type",
  "feature_not_enabled",
]);
/** Characters gathered before a native append, and the pause between two fallback updates. */
const APPEND_CHARS = 40;
const UPDATE_EVERY_MS = 500;

export type StreamTarget = { channel: string; threadTs: string; team: string; user: string };

export class SlackTokenStream {
  #text = "";
  #chain: Promise<void> = Promise.resolve();
  #mode: "native" | "fallback" = "native";
  #streamer: ChatStreamer | undefined;
  #fallbackTs: string | undefined;
  #lastUpdate = 0;
  #failed = false;

  private readonly client: WebClient;
  private readonly target: StreamTarget;

  constructor(client: WebClient, target: StreamTarget) {
    this.client = client;
    this.target = target;
  }

  /** How the answer was shown: natively, or by post + update. */
  get mode(): "native" | "fallback" {
    return this.#mode;
  }

  push(token: string): void {
    this.#text += token;
    this.#chain = this.#chain
      .then(() => this.#write(token))
      .catch(() => {
        // A stream that cannot be written is given up: the whole answer is posted at the end.
        this.#failed = true;
      });
  }

  async #write(token: string): Promise<void> {
    if (this.#failed) return;
    if (this.#mode === "native") {
      this.#streamer ??= this.client.chatStream({
        channel: this.target.channel,
        thread_ts: this.target.threadTs,
        recipient_team_id: this.target.team,
        recipient_user_id: this.target.user,
        buffer_size: APPEND_CHARS,
      });
      try {
        await this.#streamer.append({ markdown_text: token });
        return;
      } catch (error) {
        if (this.#streamer.ts || !NOT_STREAMABLE.has(platformErrorOf(error) ?? "")) throw error;
        this.#mode = "fallback";
      }
    }
    const now = Date.now();
    if (!this.#fallbackTs) {
      const posted = await this.client.chat.postMessage({
        channel: this.target.channel,
        thread_ts: this.target.threadTs,
        text: this.#text,
      });
      this.#fallbackTs = posted.ts;
      this.#lastUpdate = now;
    } else if (now - this.#lastUpdate >= UPDATE_EVERY_MS) {
      this.#lastUpdate = now;
      await this.client.chat.update({ channel: this.target.channel, ts: this.#fallbackTs, text: this.#text });
    }
  }

  /**
   * Ends the stream with the finished reply; false when nothing could be shown (the caller then
   * posts the reply as usual).
   */
  async finish(reply: Reply): Promise<boolean> {
    await this.#chain;
    if (this.#failed) return false;
    const message = renderReply(reply);
    if (this.#mode === "native" && this.#streamer) {
      // The streamed words stay; the reply's cards and buttons are appended under them.
      const structure = message.blocks.slice(1);
      await this.#streamer.stop(structure.length > 0 ? { blocks: structure } : {});
      return true;
    }
    if (this.#fallbackTs) {
      await this.client.chat.update({ channel: this.target.channel, ts: this.#fallbackTs, text: message.text, blocks: message.blocks });
      return true;
    }
    return false;
  }
}
