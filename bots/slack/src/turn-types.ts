/** The neutral turn the adapter hands to core (core/src/assistant/turn.ts). */
export type { Turn as NeutralTurn } from "@relais/core/assistant/turn";
