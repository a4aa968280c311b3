/** The profile writer with an OpenAI key (LangChain is only loaded when a key is configured). */
import { ChatOpenAI } from "@langchain/openai";
import type { Locale } from "../i18n/messages.ts";
import {
  type LocalProfileWriter,
  type ProfileDraft,
  ProfileDraftSchema,
  type ProfileSource,
  type ProfileWriter,
} from "./profile-writer.ts";

/**
 * OpenAI structured output against the profile schema; GitHub facts are fetched first and
 * given to the model. If the provider fails, the local extractor writes the draft.
 */
export class OpenAIProfileWriter implements ProfileWriter {
  readonly engine = "llm" as const;
  private readonly model: ChatOpenAI;

  private readonly fallback: LocalProfileWriter;

  constructor(
    options: { apiKey: string; baseUrl: string | undefined; chatModel: string; timeoutMs: number; maxRetries: number },
    fallback: LocalProfileWriter,
  ) {
    this.fallback = fallback;
    this.model = new ChatOpenAI({
      model: options.chatModel,
      apiKey: options.apiKey,
      temperature: 0,
      maxRetries: options.maxRetries,
      timeout: options.timeoutMs,
      configuration: { ...(options.baseUrl ? { baseURL: options.baseUrl } : {}) },
    });
  }

  async write(source: ProfileSource, locale: Locale): Promise<ProfileDraft> {
    const github = source.githubUsername ? await this.fallback.githubSummary(source.githubUsername) : undefined;
    const material = [source.text ?? "", github ? `GitHub (${github.username}):\n${github.text}` : ""].filter(Boolean).join("\n\n");
    try {
      const draft = await this.model.withStructuredOutput(ProfileDraftSchema, { name: "profile_draft" }).invoke([
        {
          role: "system",
          content: `Write a freelance marketplace profile from the material. Write headline and bio in ${locale === "fr" ? "French" : "English"}. Only state facts present in the material; use null when unknown. Rates in minor units (cents).`,
        },
        { role: "user", content: material.slice(0, 12_000) },
      ]);
      const parsed = ProfileDraftSchema.parse(draft);
      return { ...parsed, githubUsername: github?.username ?? parsed.githubUsername };
    } catch {
      return this.fallback.write(source);
    }
  }
}
