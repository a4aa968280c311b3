/** Builds what the API needs once the core is up: account services, mailer, signing key. */
import type { AccountsContext } from "@relais/core/accounts/context";
import { LinkGuard } from "@relais/core/accounts/link-guard";
import { resolveJwtSecret } from "@relais/core/accounts/secrets";
import { assistantFor } from "@relais/core/assistant/setup";
import type { Core } from "@relais/core/boot";
import { Mailer } from "@relais/core/email/mailer";
import { startMatchingScheduler } from "@relais/core/matching/marketplace-matching";
import type { Logger } from "pino";
import type { ApiContext } from "./http/api-context.ts";

export async function createApiContext(core: Core, logger: Logger): Promise<ApiContext> {
  const mailer = new Mailer(core.db.prisma, { smtpUrl: core.config.email.smtpUrl, from: core.config.email.from, logger });
  mailer.startRetryLoop();
  const accounts: AccountsContext = {
    prisma: core.db.prisma,
    config: core.config,
    jwtSecret: resolveJwtSecret(core.config),
    mailer,
    events: core.events,
    linkGuard: new LinkGuard(),
  };
  const matching = startMatchingScheduler(core.market, { onError: (error) => logger.error({ err: error }, "matching round failed") });
  const assistant = await assistantFor(core, accounts, { logger });
  return { core, config: core.config, accounts, logger, matching, assistant };
}
