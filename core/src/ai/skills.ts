/**
 * Skills taxonomy for freelance profiles and missions: canonical name → the ways people write
 * it (folded, lower case). Used by the assistant's slot filling and the local profile writer.
 */
const SKILLS: Record<string, string[]> = {
  react: ["react", "reactjs", "react.js"],
  "react native": ["react native", "react-native"],
  vue: ["vue", "vuejs", "vue.js", "nuxt"],
  angular: ["angular", "angularjs"],
  svelte: ["svelte", "sveltekit"],
  "next.js": ["nextjs", "next.js"],
  javascript: ["javascript", "js", "ecmascript"],
  typescript: ["typescript", "ts"],
  node: ["node", "nodejs", "node.js", "nestjs"],
  python: ["python", "py"],
  django: ["django"],
  flask: ["flask", "fastapi"],
  java: ["java", "jvm"],
  spring: ["spring", "spring boot", "springboot"],
  kotlin: ["kotlin"],
  swift: ["swift", "swiftui"],
  ios: ["ios", "iphone app"],
  android: ["android"],
  flutter: ["flutter", "dart"],
  php: ["php"],
  symfony: ["symfony"],
  laravel: ["laravel"],
  ruby: ["ruby"],
  rails: ["rails", "ruby on rails", "ror"],
  // ("Go" alone is a skill only among other skills: see findSkills)
  golang: ["golang", "go lang", "go"],
  rust: ["rust"],
  "c#": ["c#", "csharp", "dotnet", ".net", "asp.net"],
  "c++": ["c++", "cpp"],
  sql: ["sql", "mysql"],
  postgres: ["postgres", "postgresql", "postgre"],
  mongodb: ["mongodb", "mongo"],
  graphql: ["graphql"],
  aws: ["aws", "amazon web services"],
  azure: ["azure"],
  gcp: ["gcp", "google cloud"],
  docker: ["docker", "conteneurs", "containers"],
  kubernetes: ["kubernetes", "k8s"],
  terraform: ["terraform"],
  devops: ["devops", "ci/cd", "cicd", "sre"],
  linux: ["linux"],
  "data science": ["data science", "datascience", "data scientist"],
  "data engineering": ["data engineering", "data engineer", "etl", "spark"],
  "machine learning": ["machine learning", "ml", "apprentissage automatique", "deep learning", "ia", "ai", "llm"],
  "power bi": ["power bi", "powerbi", "tableau", "bi"],
  figma: ["figma"],
  "ux design": ["ux", "ux design", "ux/ui", "ui/ux", "ui", "ui design", "design ux", "ergonomie"],
  "product management": ["product manager", "product management", "product owner", "po", "pm"],
  scrum: ["scrum", "agile", "scrum master"],
  seo: ["seo", "référencement", "referencement"],
  marketing: ["marketing", "growth", "growth hacking", "social media", "community management"],
  copywriting: ["copywriting", "rédaction", "redaction", "content writing", "redacteur", "rédacteur"],
  translation: ["translation", "traduction", "traducteur", "translator"],
  wordpress: ["wordpress", "wp"],
  shopify: ["shopify"],
  salesforce: ["salesforce"],
  sap: ["sap"],
  photography: ["photographie", "photography", "photographe", "photographer"],
  video: ["montage vidéo", "montage video", "video editing", "vidéo", "premiere pro", "after effects"],
  testing: ["qa", "testing", "tests", "cypress", "playwright", "selenium", "jest"],
  security: ["cybersécurité", "cybersecurite", "security", "sécurité", "pentest"],
  blockchain: ["blockchain", "web3", "solidity"],
  html: ["html", "html5"],
  css: ["css", "css3", "sass", "scss", "tailwind", "tailwindcss", "bootstrap"],
  jquery: ["jquery"],
  redux: ["redux"],
  scala: ["scala"],
  elixir: ["elixir"],
  haskell: ["haskell"],
  perl: ["perl"],
  matlab: ["matlab"],
  webflow: ["webflow"],
  airtable: ["airtable"],
  zapier: ["zapier"],
  "make.com": ["make.com"],
  n8n: ["n8n"],
  hubspot: ["hubspot"],
  magento: ["magento"],
  prestashop: ["prestashop"],
  drupal: ["drupal"],
  unreal: ["unreal", "unreal engine"],
  photoshop: ["photoshop"],
  lightroom: ["lightroom"],
  canva: ["canva"],
  "after effects": ["after effects"],
  "premiere pro": ["premiere pro", "adobe premiere"],
  "davinci resolve": ["davinci resolve", "davinci"],
  illustrator: ["adobe illustrator"],
  indesign: ["indesign"],
  "adobe xd": ["adobe xd"],
  // (the creative, sound and design-office tools members list beside the Adobe ones)
  "cinema 4d": ["cinema 4d", "c4d"],
  blender: ["blender 3d", "blender"],
  "final cut pro": ["final cut pro", "final cut"],
  ableton: ["ableton", "ableton live"],
  "logic pro": ["logic pro"],
  "pro tools": ["pro tools", "protools"],
  autocad: ["autocad"],
  revit: ["revit"],
  sketchup: ["sketchup"],
  solidworks: ["solidworks"],
  zbrush: ["zbrush"],
  unity: ["unity3d", "unity"],
  procreate: ["procreate"],
  capcut: ["capcut"],
  godot: ["godot"],
  cubase: ["cubase"],
  "fl studio": ["fl studio"],
  mastering: ["mastering"],
  ansible: ["ansible"],
  jenkins: ["jenkins"],
  "github actions": ["github actions"],
  "gitlab ci": ["gitlab ci", "gitlab-ci"],
  snowflake: ["snowflake"],
  dbt: ["dbt"],
  bigquery: ["bigquery"],
  airflow: ["airflow"],
  kafka: ["kafka"],
  hadoop: ["hadoop"],
  tensorflow: ["tensorflow", "keras"],
  pytorch: ["pytorch"],
  redis: ["redis"],
  elasticsearch: ["elasticsearch", "elastic search"],
  firebase: ["firebase"],
  supabase: ["supabase"],
  oracle: ["oracle"],
  excel: ["excel", "vba"],
  cobol: ["cobol"],
  arduino: ["arduino"],
  "raspberry pi": ["raspberry pi"],
};

import { foldText } from "../text/normalize.ts";

const BY_FORM = new Map<string, string>();
let LONGEST = 1;
for (const [canonical, forms] of Object.entries(SKILLS)) {
  for (const form of [canonical, ...forms]) {
    const key = foldText(form);
    BY_FORM.set(key, canonical);
    LONGEST = Math.max(LONGEST, key.split(" ").length);
  }
}

/**
 * Forms that are also English verbs: after a subject, a modal or "to" they are the verb ("I excel
 * at customer service", "you will excel in a fast-paced team"), not the software.
 */
const ALSO_VERBS = new Set(["excel"]);
const BEFORE_A_VERB = new Set([
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "to",
  "will",
  "ll",
  "can",
  "could",
  "would",
  "should",
  "must",
  "might",
  "who",
  "really",
  "truly",
]);

/** Skills named in a text, canonical and in order of appearance (whole words only). */
export function findSkills(text: string): string[] {
  // "python/django", "vue/nuxt": a pair written with a slash is two skills, unless the pair is one ("ui/ux", "ci/cd")
  // ("j'ai déménagé": the French "ai" of "j'ai" is no AI; "l'IA" is)
  const tokens = (
    foldText(text)
      .replace(/\bj['’]ai\b/g, " ")
      .match(/[a-z0-9+#./-]+/g) ?? []
  ).flatMap((token) => (token.includes("/") && !BY_FORM.has(token.replace(/[.,;:!?]+$/, "")) ? token.split("/").filter(Boolean) : [token]));
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(LONGEST, tokens.length - i); n >= 1; n--) {
      const phrase = tokens
        .slice(i, i + n)
        .join(" ")
        .replace(/[.,;:!?]+$/, "");
      const skill = BY_FORM.get(phrase);
      if (skill && ALSO_VERBS.has(phrase) && BEFORE_A_VERB.has(tokens[i - 1] ?? "")) break;
      // ("skills: go, grpc, postgres", "Go / Kubernetes contracts": "go" is the language next to another skill, never
      // the verb of "let's go", "go for the first")
      if (skill && phrase === "go" && !nextToASkill(tokens, i)) break;
      if (skill) {
        if (!found.includes(skill)) found.push(skill);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** Whether the token at `i` has another skill beside it, past "and", "et", "+", "&" or "/". */
function nextToASkill(tokens: string[], i: number): boolean {
  const links = new Set(["and", "et", "+", "&", "/", "ou", "or"]);
  const near = (step: number) => {
    let k = i + step;
    while (links.has(tokens[k] ?? "")) k += step;
    const word = (tokens[k] ?? "").replace(/[.,;:!?]+$/, "");
    return word !== "go" && BY_FORM.has(word);
  };
  return (
    near(-1) ||
    near(1) ||
    ["skills", "skill", "stack", "competences", "langages", "languages", "techno", "technos"].includes(tokens[i - 1] ?? "")
  );
}

export function isSkillWord(word: string): boolean {
  return BY_FORM.has(foldText(word));
}

/** The taxonomy's name of a skill however it is written ("Node.js" → "node", "golang" → "golang"); undefined when unknown. */
export function canonicalSkill(form: string): string | undefined {
  return BY_FORM.get(foldText(form).trim());
}
