import { interpret } from "./src/assistant/nlu/interpret.ts";
const ctx = { lastSearch: { intent: "search_listings" as const, slots: { q: "bikes", place: "Nice" } } };
for (const s of process.argv.slice(2)) console.log(s, JSON.stringify(interpret(s,"en", ctx)));
