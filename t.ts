import { benchSearch, searchMarkdown } from "./bench/search.ts";

const r = await benchSearch(Number(process.argv[2] ?? 5000), 80);
console.log(searchMarkdown(r));
