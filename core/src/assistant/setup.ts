/** Builds the assistant from configuration: local engine, or LLM engine with local fallback. */
import type { AccountsContext } from "../accounts/context.ts";
import { LocalProfileWriter, type ProfileWriter } from "../ai/profile-writer.ts";
import type { Core } from "../boot.ts";
import { createImageStore } from "../listings/image-store.ts";
import { type Assistant, createAssistant, type LlmEngine } from "./assistant.ts";
import type { AssistantDeps } from "./dialog.ts";

export type AssistantSetupOptions = {
  logger?: AssistantDeps["logger"];
  /** Replaces the global fetch for GitHub (tests point it at a local fake). */
  fetch?: typeof fetch;
  turnOrder?: AssistantDeps["turnOrder"];
  onTurnAnswered?: AssistantDeps["onTurnAnswered"];
};

/** LangChain and the OpenAI SDK are only loaded when a key is configured (a faster start without). */
export async function assistantFor(core: Core, accounts: AccountsContext, options: AssistantSetupOptions = {}): Promise<Assistant> {
  const { openai, assistantEngine } = core.config.ai;
  const local = new LocalProfileWriter(core.config.ai.githubApiUrl, options.fetch ?? fetch);
  let profileWriter: ProfileWriter = local;
  let llm: LlmEngine | undefined;
  if (openai) {
    const { OpenAIProfileWriter } = await import("../ai/openai-profile-writer.ts");
    profileWriter = new OpenAIProfileWriter(openai, local);
    if (assistantEngine === "llm") llm = (await import("./llm/llm-engine.ts")).createLlmEngine(openai);
  }
  const deps: AssistantDeps = {
    market: core.market,
    accounts,
    config: core.config,
    profileWriter,
    images: createImageStore(core.config),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.turnOrder ? { turnOrder: options.turnOrder } : {}),
    ...(options.onTurnAnswered ? { onTurnAnswered: options.onTurnAnswered } : {}),
  };
  return createAssistant(deps, llm);
}
