/**
 * Deterministic local embedder: no download, no key. Text is folded (case, accents), words
 * are reduced to a light FR/EN stem and mapped through a small bilingual lexicon ("vélo" and
 * "bike" land on one concept), then hashed word and character-trigram features fill a
 * 384-dimension vector (signed feature hashing), L2-normalised for cosine similarity.
 */
import { lightStem, words } from "../text/normalize.ts";
import { STOPWORDS } from "../text/stopwords.ts";
import { EMBEDDING_DIMENSIONS, type Embedder, type SimilarityFloors } from "./embedder.ts";
import { conceptOf } from "./lexicon.ts";

function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function addFeature(vector: Float64Array, feature: string, weight: number) {
  const hash = fnv1a(feature);
  const index = hash % vector.length;
  const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
  vector[index] = (vector[index] ?? 0) + sign * weight;
}

export function embedLocally(text: string, dimensions = EMBEDDING_DIMENSIONS): number[] {
  const vector = new Float64Array(dimensions);
  for (const word of words(text)) {
    if (STOPWORDS.has(word)) continue;
    const concept = conceptOf(word);
    if (concept) addFeature(vector, `c:${concept}`, 2.5);
    const stem = lightStem(word);
    addFeature(vector, `w:${stem}`, 1.5);
    const padded = `^${stem}$`;
    for (let i = 0; i + 3 <= padded.length; i++) addFeature(vector, `t:${padded.slice(i, i + 3)}`, 0.35);
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  return Array.from(vector, (value) => (norm > 0 ? value / norm : 0));
}

export class LocalEmbedder implements Embedder {
  /** v2: the lexicon learnt appliances and ladders (vectors of v1 are re-embedded at start). */
  readonly model = "relais-local-v2";
  readonly dimensions = EMBEDDING_DIMENSIONS;
  /** Calibrated on the demo community and the dev query set (core/eval/search, `npm run eval:search`). */
  readonly similarityFloors: SimilarityFloors = { relevant: 0.6, close: 0.3, twin: 0.8 };

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((text) => embedLocally(text, this.dimensions));
  }
}
