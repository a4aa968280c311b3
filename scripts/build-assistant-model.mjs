// The root `postinstall` (npm install, npm ci, npm ci --omit=dev): builds what the local assistant
// would otherwise build at its first start — the intent model and the folded French and English
// dictionaries — into its cache (core/src/assistant/nlu/model-cache.ts), so that `npm start` and
// `npm test` load them in milliseconds. Needs no database, no Prisma client and no network.
// Never fails an install: when the cache cannot be written (or the sources are not there yet, as
// in the Dockerfile's dependency layer), it says so and the model is built in memory at start.
import { existsSync } from "node:fs";

const classifierSource = new URL("../core/src/assistant/nlu/classifier.ts", import.meta.url);
if (!existsSync(classifierSource)) {
  console.log("relais: the assistant's sources are not here yet; its model will be built when they are (or at start).");
  process.exit(0);
}

const started = performance.now();
try {
  const { IntentClassifier, modelCacheName } = await import(classifierSource.href);
  const { accentedFrench } = await import(new URL("../core/src/assistant/nlu/dictionary.ts", import.meta.url).href);
  const { cachedFolder, pruneCache } = await import(new URL("../core/src/assistant/nlu/model-cache.ts", import.meta.url).href);
  // Loads the model or trains and caches it, and the dictionaries likewise.
  const model = new IntentClassifier();
  accentedFrench("velo");
  const folder = cachedFolder(modelCacheName());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!folder) console.log("relais: the assistant's model could not be cached (no writable cache folder): it will be trained at start.");
  else if (model.source === "cache") console.log(`relais: the assistant's model is already built (${folder}).`);
  else console.log(`relais: the assistant's model and dictionaries built into ${folder} in ${seconds} s.`);
  // the files of earlier versions (an update leaves them behind, 4 to 8 MB each)
  if (folder) {
    const removed = pruneCache();
    if (removed.length > 0) console.log(`relais: ${removed.length} cached file(s) of earlier versions removed.`);
  }
} catch (error) {
  console.log(
    `relais: the assistant's model was not built at install (${error instanceof Error ? error.message : error}); it will be built at start.`,
  );
}
