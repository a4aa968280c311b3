/**
 * Embedders turn text into vectors for semantic search and matching. Every vector is stored
 * with the model that produced it, and queries only compare vectors of the same model.
 * Which embedder runs is configuration, never a code change.
 */
import { Unavailable } from "../errors/domain.ts";

export const EMBEDDING_DIMENSIONS = 384;

/**
 * Cosine similarities that mean something for one model (they differ between models): from
 * `relevant` a listing is about what a search asks, from `close` it is near it, from `twin`
 * two listings are the same thing written differently (another language).
 */
export type SimilarityFloors = { relevant: number; close: number; twin: number };

export type Embedder = {
  /** Stored beside each vector, e.g. "relais-local-v1" or "text-embedding-3-small@384". */
  readonly model: string;
  readonly dimensions: number;
  readonly similarityFloors: SimilarityFloors;
  embed(texts: string[]): Promise<number[][]>;
};

/** pgvector's text form: '[0.1,0.2,…]'. */
export function toVectorLiteral(vector: number[]): string {
  return `[${vector.map((value) => (Number.isFinite(value) ? Number(value.toFixed(6)) : 0)).join(",")}]`;
}

/**
 * The vector of one text, computed before any transaction opens: a remote embedder may take
 * seconds (timeouts, retries) and must never hold a database connection or a write open. A
 * failure is the member's "try again shortly" (503), with nothing written.
 */
export async function embedBeforeWrite(embedder: Embedder, text: string): Promise<{ literal: string; model: string }> {
  let vector: number[] | undefined;
  try {
    [vector] = await embedder.embed([text]);
  } catch (error) {
    throw new Unavailable("embedder_unavailable", {}, { cause: error });
  }
  return { literal: toVectorLiteral(vector ?? []), model: embedder.model };
}
