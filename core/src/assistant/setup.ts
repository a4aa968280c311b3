/** Builds the assistant from configuration: local engine, or LLM engine with local fallback. */
import type { AccountsContext } from "../accounts/context.ts";
import { LocalProfileWriter, type ProfileWriter } from "../ai/profile-writer.ts";
import type { Core } from "../boot.ts";
import { type Assistant, createAssistant, type LlmEngine } from "./assistant.ts";
import type { AssistantDeps } from "./dialog.ts";

export type AssistantSetupOptions = {
  logger?: AssistantDeps["logger"];
  /** Replaces the global fetch for GitHub (tests point it at a local fake). */
  fetch?: typeof fetch;
};

export function assistantFor(core: Core, accounts: AccountsContext, options: AssistantSetupOptions = {}): Assistant {
  const local = new LocalProfileWriter(core.config.ai.githubApiUrl, options.fetch ?? fetch);
  let profileWriter: ProfileWriter = local;
  let llm: LlmEngine | undefined;
  const deps: AssistantDeps = {
    market: core.market,
    accounts,
    config: core.config,
    profileWriter,
    ...(options.logger ? { logger: options.logger } : {}),
  };
  void profileWriter;
  return createAssistant(deps, llm);
}
