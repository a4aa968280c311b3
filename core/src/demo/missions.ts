/**
 * Freelance missions of the demo community (source "demo", fictitious companies), so the
 * mission search and freelancer↔mission matching have something to show offline. Real
 * job-board connectors replace them by configuration.
 */
import type { DemoPlaceKey } from "./places.ts";

export type DemoMission = {
  externalId: string;
  title: string;
  company: string;
  description: string;
  skills: string[];
  place: DemoPlaceKey | null;
  remote: boolean;
  contractType: "freelance" | "fixed_term" | "permanent" | "part_time";
  rateMinEur: number;
  rateMaxEur: number;
  ratePeriod: "day" | "hour" | "year";
  language: "fr" | "en";
  postedDaysAgo: number;
};

type Template = [title: string, skills: string, description: string, rateMin: number, rateMax: number, language: "fr" | "en"];

const TEMPLATES: Template[] = [
  [
    "Développeur React / TypeScript confirmé",
    "react,typescript,jest",
    "Refonte du front d'une application SaaS B2B : composants, tests, accessibilité, revue de code.",
    450,
    550,
    "fr",
  ],
  [
    "Senior Node.js backend engineer",
    "node.js,typescript,postgresql",
    "Build and scale the REST and event APIs of a logistics platform; on-call shared.",
    550,
    650,
    "en",
  ],
  [
    "Développeur full-stack Vue.js / Laravel",
    "vue,laravel,php,mysql",
    "Évolutions d'un extranet client et d'un back-office, méthode agile, équipe de 5.",
    420,
    500,
    "fr",
  ],
  [
    "Data engineer Python / Airflow",
    "python,airflow,dbt,sql",
    "Industrialisation des pipelines de données et mise en place d'un entrepôt sur BigQuery.",
    550,
    650,
    "fr",
  ],
  [
    "Machine learning engineer (NLP)",
    "python,pytorch,nlp,llm",
    "Ship retrieval-augmented search for customer support; evaluation and deployment.",
    600,
    750,
    "en",
  ],
  [
    "DevOps Kubernetes / Terraform",
    "kubernetes,terraform,aws,gitlab ci",
    "Migration vers EKS, infrastructure as code, observabilité et coûts cloud.",
    600,
    700,
    "fr",
  ],
  [
    "Développeur mobile Flutter",
    "flutter,dart,firebase",
    "Nouvelle application iOS/Android de réservation, du prototype à la publication.",
    430,
    520,
    "fr",
  ],
  [
    "iOS developer (Swift, SwiftUI)",
    "swift,swiftui,ios",
    "Rebuild the onboarding and payments flows of a consumer banking app.",
    550,
    650,
    "en",
  ],
  [
    "Product designer UX/UI",
    "figma,ux research,design system",
    "Recherche utilisateur, parcours et design system pour une marketplace.",
    400,
    500,
    "fr",
  ],
  [
    "Brand designer for a climate start-up",
    "branding,illustration,adobe illustrator",
    "Create a visual identity, logo and launch assets.",
    350,
    450,
    "en",
  ],
  [
    "Consultant SEO technique",
    "seo,google search console,contenu",
    "Audit technique, plan de migration et stratégie de contenu pour un e-commerce.",
    400,
    500,
    "fr",
  ],
  [
    "Growth marketer (paid acquisition)",
    "google ads,meta ads,analytics",
    "Own paid acquisition and experiments for a B2C subscription product.",
    450,
    550,
    "en",
  ],
  [
    "Community manager freelance",
    "réseaux sociaux,canva,rédaction",
    "Animation Instagram et LinkedIn, calendrier éditorial, reporting mensuel.",
    250,
    350,
    "fr",
  ],
  ["Rédacteur web SEO", "rédaction,seo,wordpress", "Rédaction de 20 articles par mois pour un blog voyage.", 250, 320, "fr"],
  [
    "Traducteur anglais-français technique",
    "traduction,anglais,relecture",
    "Traduction de documentation logicielle et de l'interface d'une application.",
    280,
    350,
    "fr",
  ],
  [
    "Chef de projet digital / Scrum master",
    "scrum,gestion de projet,jira",
    "Pilotage de la refonte d'un site institutionnel, animation des rituels agiles.",
    500,
    600,
    "fr",
  ],
  [
    "Product manager fintech",
    "product management,agile,fintech",
    "Drive the roadmap of a card-issuing product with engineering and compliance.",
    650,
    800,
    "en",
  ],
  ["Développeur Symfony", "php,symfony,mysql,docker", "Maintenance évolutive d'une plateforme de formation en ligne.", 420, 500, "fr"],
  ["Go backend engineer", "go,postgresql,grpc,kubernetes", "Design high-throughput services for real-time pricing.", 600, 700, "en"],
  ["Analyste data Power BI", "power bi,sql,excel", "Tableaux de bord commerciaux et modélisation des données de ventes.", 400, 480, "fr"],
  [
    "Vidéaste monteur",
    "montage vidéo,premiere pro,motion design",
    "Production de vidéos courtes pour les réseaux sociaux d'une marque de sport.",
    300,
    400,
    "fr",
  ],
  [
    "Photographe événementiel",
    "photographie,retouche,lightroom",
    "Couverture photo de trois séminaires d'entreprise au printemps.",
    350,
    450,
    "fr",
  ],
];

const COMPANIES = [
  "Atelier Numérique",
  "Brindille",
  "Cap Logistique",
  "Datavolt",
  "Écume Studio",
  "Fintrail",
  "Greenlane",
  "Hexa Santé",
  "Isotope Labs",
  "Jalon",
  "Kiosque Média",
  "Lumen Énergie",
];
const LOCATIONS: (DemoPlaceKey | null)[] = [
  "paris11",
  "lyon",
  null,
  "bordeaux",
  "nantes",
  "lille",
  null,
  "toulouse",
  "montpellier",
  "rennes",
  "strasbourg",
  null,
  "grenoble",
  "marseille",
  "geneve",
  "london",
];

/** Two missions per template, in different places, with different companies: 44 in all. */
export const DEMO_MISSIONS: DemoMission[] = TEMPLATES.flatMap(([title, skills, description, rateMin, rateMax, language], index) =>
  [0, 1].map((variant) => {
    const n = index * 2 + variant;
    const place = LOCATIONS[n % LOCATIONS.length] ?? null;
    return {
      externalId: `demo-${String(n + 1).padStart(3, "0")}`,
      title,
      company: COMPANIES[n % COMPANIES.length] ?? "Relais",
      description,
      skills: skills.split(","),
      place,
      remote: place === null || n % 3 === 0,
      contractType: variant === 1 && n % 4 === 1 ? ("fixed_term" as const) : ("freelance" as const),
      rateMinEur: rateMin + variant * 20,
      rateMaxEur: rateMax + variant * 20,
      ratePeriod: "day" as const,
      language,
      postedDaysAgo: (n * 7) % 30,
    };
  }),
);
