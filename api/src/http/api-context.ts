import type { AccountsContext } from "@relais/core/accounts/context";
import type { Core } from "@relais/core/boot";
import type { Config } from "@relais/core/config/index";
import type { Logger } from "pino";

/** Everything route handlers may use. */
export type ApiContext = {
  core: Core;
  config: Config;
  accounts: AccountsContext;
  logger: Logger;
  /** Background work started with the API; stopped on shutdown. */
  matching: { idle(): Promise<void>; stop(): void };
};
