import { benchSearch, searchMarkdown } from "./bench/search.ts";

const r = await benchSearch(100000, 40, console.log, "/tmp/p1db");
console.log(searchMarkdown(r));
process.exit(0);
