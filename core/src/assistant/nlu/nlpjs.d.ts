// nlp.js ships JavaScript only: the few parts the assistant uses, typed.
declare module "@nlpjs/lang-fr" {
  export class StemmerFr {
    stem(tokens: string[]): string[];
  }
}
declare module "@nlpjs/lang-en" {
  export class StemmerEn {
    stem(tokens: string[]): string[];
  }
}
declare module "@nlpjs/neural" {
  export class NeuralNetwork {
    constructor(settings?: { iterations?: number; learningRate?: number; log?: boolean });
    train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): unknown;
    run(input: Record<string, number>): Record<string, number>;
  }
}
