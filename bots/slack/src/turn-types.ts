/**
 * The neutral turn the adapter hands to core (DESIGN.md, "One chat turn"): who, where, what,
 * the platform's event id. Mirrors core's `Turn`.
 */
import type { TurnIdentity } from "@relais/core/assistant/assistant";
import type { Locale } from "@relais/core/i18n/messages";

export type NeutralTurn = {
  identity: TurnIdentity;
  inboundId?: string;
  channel?: {
    provider: "slack";
    workspace?: string;
    conversation: string;
    thread?: string;
    direct: boolean;
    messageId?: string;
  };
  text?: string;
  action?: string;
  locale?: Locale;
  receivedAt?: Date;
};
