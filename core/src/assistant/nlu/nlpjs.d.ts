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
