import { interpret } from "./src/assistant/nlu/interpret.ts";
for (const s of process.argv.slice(2)) console.log(s, JSON.stringify(interpret(s,"fr")));
