/** What the API needs, taken from the composition root (`createRelais`). */
import type { Relais } from "@relais/core/relais";
import type { Logger } from "pino";
import type { ApiContext } from "./http/api-context.ts";

export function createApiContext(relais: Relais, logger: Logger): ApiContext {
  return {
    core: relais.core,
    config: relais.config,
    accounts: relais.accounts,
    logger,
    matching: relais.matching,
    assistant: relais.assistant,
    relais,
  };
}
