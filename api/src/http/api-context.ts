import type { AccountsContext } from "@relais/core/accounts/context";
import type { Assistant } from "@relais/core/assistant/assistant";
import type { Core } from "@relais/core/boot";
import type { Config } from "@relais/core/config/index";
import type { Logger } from "pino";

/** Everything route handlers may use. */
export type ApiContext = {
  core: Core;
  config: Config;
  accounts: AccountsContext;
  logger: Logger;
  /** The conversation engine (local, or LLM with a local fallback). */
  assistant: Assistant;
  /** Background work started with the API; stopped on shutdown. */
  matching: { idle(): Promise<void>; stop(): void };
};
