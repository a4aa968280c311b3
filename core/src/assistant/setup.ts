/** Builds the assistant from configuration: local engine, or LLM engine with local fallback. */
import type { AccountsContext } from "../accounts/context.ts";
import { LocalProfileWriter, OpenAIProfileWriter, type ProfileWriter } from "../ai/profile-writer.ts";
import type { Core } from "../boot.ts";
import { type Assistant, createAssistant } from "./assistant.ts";
import type { AssistantDeps } from "./dialog.ts";
import { createLlmEngine } from "./llm/llm-engine.ts";

export type AssistantSetupOptions = {
  logger?: AssistantDeps["logger"];
  /** Replaces the global fetch for GitHub (tests point it at a local fake). */
  fetch?: typeof fetch;
};

export function assistantFor(core: Core, accounts: AccountsContext, options: AssistantSetupOptions = {}): Assistant {
  const { openai, assistantEngine } = core.config.ai;
  const local = new LocalProfileWriter(core.config.ai.githubApiUrl, options.fetch ?? fetch);
  const profileWriter: ProfileWriter = openai ? new OpenAIProfileWriter(openai, local) : local;
  const llm = openai && assistantEngine === "llm" ? createLlmEngine(openai) : undefined;
  const deps: AssistantDeps = {
    market: core.market,
    accounts,
    config: core.config,
    profileWriter,
    ...(options.logger ? { logger: options.logger } : {}),
  };
  return createAssistant(deps, llm);
}
