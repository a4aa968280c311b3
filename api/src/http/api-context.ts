import type { AccountsContext } from "@relais/core/accounts/context";
import type { Assistant } from "@relais/core/assistant/assistant";
import type { Core } from "@relais/core/boot";
import type { Config } from "@relais/core/config/index";
import type { Relais } from "@relais/core/relais";
import type { Logger } from "pino";

/** Everything route handlers may use. */
export type ApiContext = {
  core: Core;
  config: Config;
  accounts: AccountsContext;
  logger: Logger;
  /** The conversation engine (local, or LLM with a local fallback). */
  assistant: Assistant;
  /** Matching rounds (run in whichever process holds their lock); `idle()` waits for a scheduled one. */
  matching: { idle(): Promise<void> };
  /** The composition root: channel ports, delivery worker, workers running here. */
  relais: Relais;
};
