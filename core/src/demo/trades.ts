/**
 * Swaps the demo community is built to contain, so matching has something true to find:
 * pairs (each offers what the other wants) and three-way cycles A→B→C→A (A wants what B
 * offers, B what C offers, C what A offers). Members write in their own language.
 */
export type DemoTradeLeg = { member: string; offers: string; wants: string };

export const DEMO_PAIRS: [DemoTradeLeg, DemoTradeLeg][] = [
  [
    { member: "alice", offers: "acoustic-guitar", wants: "road-bike" },
    { member: "bruno", offers: "road-bike", wants: "acoustic-guitar" },
  ],
  [
    { member: "chloe", offers: "sofa", wants: "desk" },
    { member: "valentine", offers: "desk", wants: "sofa" },
  ],
  [
    { member: "david", offers: "ps5", wants: "camera" },
    { member: "samuel", offers: "camera", wants: "ps5" },
  ],
  [
    { member: "emma", offers: "headphones", wants: "ereader" },
    { member: "zoe", offers: "ereader", wants: "headphones" },
  ],
  [
    { member: "farid", offers: "drill", wants: "kids-bike" },
    { member: "yasmine", offers: "kids-bike", wants: "drill" },
  ],
  [
    { member: "charlie", offers: "english-lessons", wants: "guitar-lessons" },
    { member: "bruno", offers: "guitar-lessons", wants: "english-lessons" },
  ],
  [
    { member: "xavier", offers: "switch", wants: "board-games" },
    { member: "ines", offers: "board-games", wants: "switch" },
  ],
  [
    { member: "eric", offers: "scifi-books", wants: "comics" },
    { member: "nicolas", offers: "comics", wants: "scifi-books" },
  ],
  [
    { member: "louis", offers: "moving-help", wants: "sewing" },
    { member: "diane", offers: "sewing", wants: "moving-help" },
  ],
];

export const DEMO_CYCLES: [DemoTradeLeg, DemoTradeLeg, DemoTradeLeg][] = [
  [
    { member: "maya", offers: "coffee-machine", wants: "monitor" },
    { member: "fatou", offers: "monitor", wants: "bookcase" },
    { member: "samuel", offers: "bookcase", wants: "coffee-machine" },
  ],
  [
    { member: "chloe", offers: "office-chair", wants: "tablet" },
    { member: "charlie", offers: "tablet", wants: "yoga-mat" },
    { member: "valentine", offers: "yoga-mat", wants: "office-chair" },
  ],
  [
    { member: "hugo", offers: "manga", wants: "retro-games" },
    { member: "xavier", offers: "retro-games", wants: "puzzle" },
    { member: "eric", offers: "puzzle", wants: "manga" },
  ],
  [
    { member: "alice", offers: "react-dev", wants: "logo-design" },
    { member: "rose", offers: "logo-design", wants: "translation" },
    { member: "fatou", offers: "translation", wants: "react-dev" },
  ],
];

/** Small goods members are happy to post, so distance does not stop these swaps. */
export const SHIPPABLE_CATEGORIES = new Set([
  "books",
  "board-games",
  "video-games",
  "phones",
  "computers",
  "audio-video",
  "cameras",
  "clothing",
  "kids",
]);
