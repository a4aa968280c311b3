/**
 * OpenAI embeddings (text-embedding-3-small by default, any OpenAI-compatible server via the
 * base URL), shortened to the 384 dimensions the database stores. Batched; the SDK retries
 * rate limits and server errors with backoff.
 */
import OpenAI from "openai";
import { EMBEDDING_DIMENSIONS, type Embedder, type SimilarityFloors } from "./embedder.ts";

const BATCH = 100;

export class OpenAIEmbedder implements Embedder {
  readonly model: string;
  readonly dimensions = EMBEDDING_DIMENSIONS;
  /**
   * text-embedding-3 similarities sit lower and closer together than the local embedder's;
   * these are OpenAI's usual reading of them, not calibrated here (no key offline).
   */
  readonly similarityFloors: SimilarityFloors = { relevant: 0.45, close: 0.25, twin: 0.6 };
  private readonly client: OpenAI;

  private readonly options: {
    apiKey: string;
    baseUrl: string | undefined;
    embeddingModel: string;
    timeoutMs: number;
    maxRetries: number;
  };

  constructor(options: {
    apiKey: string;
    baseUrl: string | undefined;
    embeddingModel: string;
    timeoutMs: number;
    maxRetries: number;
  }) {
    this.options = options;
    this.model = `${options.embeddingModel}@${EMBEDDING_DIMENSIONS}`;
    this.client = new OpenAI({
      apiKey: options.apiKey,
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
      maxRetries: options.maxRetries,
      timeout: options.timeoutMs,
    });
  }

  async embed(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let start = 0; start < texts.length; start += BATCH) {
      // The API refuses empty strings; a blank text gets the vector of a single space.
      const input = texts.slice(start, start + BATCH).map((text) => (text.trim() ? text.slice(0, 8000) : " "));
      const response = await this.client.embeddings.create({ model: this.options.embeddingModel, input, dimensions: this.dimensions });
      const ordered = [...response.data].sort((a, b) => a.index - b.index);
      if (ordered.length !== input.length) throw new Error(`embeddings: asked ${input.length}, got ${ordered.length}`);
      for (const item of ordered) {
        if (item.embedding.length !== this.dimensions)
          throw new Error(`embeddings: expected ${this.dimensions} dimensions, got ${item.embedding.length}`);
        out.push(item.embedding);
      }
    }
    return out;
  }
}
