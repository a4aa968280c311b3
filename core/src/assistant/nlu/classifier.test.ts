/**
 * Training numbers each sentence's features through FeatureEncoder (a word's features worked out
 * once for the whole corpus); answering reads them with featuresOf. Both must see the same
 * features, or the model would be trained on one thing and asked about another.
 */
import { describe, expect, it } from "vitest";
import { FeatureEncoder, featuresOf, normalizedWords, trainingSet } from "./classifier.ts";
import { tokenize } from "./text.ts";

describe("the intent classifier's features", () => {
  it("are the same, in the same order, whether training encodes a corpus sentence or featuresOf reads it", () => {
    const index = new Map<string, number>();
    const encoder = new FeatureEncoder(index);
    const examples = trainingSet();
    const sentences = examples.map((example) => {
      const words = normalizedWords(tokenize(example.text));
      return { words, encoded: encoder.encode(words) };
    });
    const names: string[] = [];
    for (const [name, number] of index) names[number] = name;
    const mismatches = sentences.filter(
      ({ words, encoded }) => JSON.stringify(Array.from(encoded, (number) => names[number])) !== JSON.stringify(featuresOf(words)),
    );
    expect(examples.length).toBeGreaterThan(20_000);
    expect(mismatches.length).toBe(0);
    // numbered as they first appear: no gap, no number given twice
    expect(new Set(index.values()).size).toBe(index.size);
    expect(Math.max(...index.values())).toBe(index.size - 1);
  });

  it("count a word once however often a sentence says it, and keep stand-ins as they are", () => {
    const encoder = new FeatureEncoder(new Map());
    const words = normalizedWords(tokenize("vends vends vends mon vélo 50 € à Lyon"));
    expect(words).toContain("PLACE");
    expect(words).toContain("MONEY");
    const encoded = Array.from(encoder.encode(words));
    expect(new Set(encoded).size).toBe(encoded.length);
    expect(encoded.length).toBe(featuresOf(words).length);
  });
});
