/**
 * Training numbers each sentence's features through FeatureEncoder (a word's features worked out
 * once for the whole corpus); answering reads them with featuresOf. Both must see the same
 * features, or the model would be trained on one thing and asked about another.
 */
import { describe, expect, it } from "vitest";
import { FeatureEncoder, featuresOf, intentClassifier, normalizedWords, trainingSet } from "./classifier.ts";
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

/** The model's likeliest intent and how far ahead of the next one it is (rules left aside). */
function modelReading(text: string): { intent: string; margin: number } {
  const [first, second] = intentClassifier().classify(tokenize(text));
  return { intent: first?.intent ?? "unknown", margin: (first?.score ?? 0) - (second?.score ?? 0) };
}

describe("the intent model's decisions, by class (no rule helping)", () => {
  it("reads a service the member does, said in the first person, as a posting by a clear margin (FR, EN); asked about, it is a search", () => {
    // (session 10: "je tonds vos pelouses, 15e de l'heure" was create 0.54 / search 0.37, a margin any
    // change of the corpus could flip; sentences written for this test, in no corpus and no set)
    for (const text of [
      "je tonds vos pelouses, 15e de l'heure",
      "je promène vos chiens le matin, 10 € la balade",
      "je garde votre chat pendant vos vacances",
      "I walk dogs, 10 pounds a walk",
      "I mow lawns around Leeds, 15 an hour",
      "I fix bikes in my garage, cheap",
      "my bike is for sale, 120 euros",
      "I bought it last summer, selling my tent 40 pounds",
    ]) {
      const reading = modelReading(text);
      expect(reading.intent, text).toBe("create_listing");
      expect(reading.margin, text).toBeGreaterThanOrEqual(0.25);
    }
    for (const text of ["anyone who walks dogs in Leeds?", "qui garde des enfants à Lyon ?"]) {
      const reading = modelReading(text);
      expect(reading.intent, text).toBe("search_listings");
      expect(reading.margin, text).toBeGreaterThanOrEqual(0.25);
    }
  });

  it("reads 'postuler au …' / 'apply to the …' with a rank as applying to that mission", () => {
    for (const text of ["postuler à la deuxième stp", "apply to the first one please"]) {
      const reading = modelReading(text);
      expect(reading.intent, text).toBe("apply_mission");
      expect(reading.margin, text).toBeGreaterThanOrEqual(0.25);
    }
  });
});
