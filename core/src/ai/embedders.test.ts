/**
 * Embedders: OpenAI's (through the real SDK against a local fake server: batched, 384
 * dimensions, model recorded on every row), switching back to the local one re-embeds every
 * row at start, and search only ever compares vectors of the embedder in use.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../../api/test/fake-openai.ts";
import { copyTemplateDataDir } from "../../test/database.ts";
import { bootCore } from "../boot.ts";
import { loadConfig } from "../config/index.ts";
import { searchListings } from "../search/search-listings.ts";
import { embedLocally, LocalEmbedder } from "./local-embedder.ts";
import { staleVectors } from "./reindex.ts";

let openai: FakeOpenAI;
let dataDir: string;

beforeAll(async () => {
  openai = await startFakeOpenAI();
  dataDir = copyTemplateDataDir();
});
afterAll(async () => {
  await openai?.close();
});

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);

describe("local embedder", () => {
  it("puts French and English words of one concept next to each other, and unrelated things apart", () => {
    expect(cosine(embedLocally("vélo de route"), embedLocally("road bike"))).toBeGreaterThan(0.5);
    expect(cosine(embedLocally("développeur React"), embedLocally("React developer"))).toBeGreaterThan(0.6);
    expect(cosine(embedLocally("vélo de route"), embedLocally("cours de piano"))).toBeLessThan(0.2);
  });

  it("is deterministic and unit-length", async () => {
    const [a, b] = await new LocalEmbedder().embed(["Canapé gris", "Canapé gris"]);
    expect(a).toEqual(b);
    expect(Math.sqrt(cosine(a ?? [], a ?? []))).toBeCloseTo(1, 6);
  });
});

describe("switching embedders", () => {
  it("embeds the demo community with OpenAI in batches of at most 100, 384 dimensions, model on each row", async () => {
    const config = loadConfig({
      RELAIS_DATA_DIR: dataDir,
      LOG_LEVEL: "silent",
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: `${openai.url}/v1`,
      RELAIS_EMBEDDER: "openai",
    });
    const core = await bootCore(config, () => {}, { migrate: false });
    try {
      expect(core.embedder.model).toBe("text-embedding-3-small@384");
      const calls = openai.requests.filter((r) => r.path.endsWith("/embeddings"));
      expect(calls.length).toBeGreaterThan(1);
      for (const call of calls) {
        expect(call.body).toMatchObject({ model: "text-embedding-3-small", dimensions: 384 });
        expect(call.body.input.length).toBeLessThanOrEqual(100);
      }
      expect(await staleVectors(core.db.prisma, "text-embedding-3-small@384")).toEqual({ Listing: 0, Mission: 0, Profile: 0 });
      // Search embeds the query with the same model and finds listings.
      const found = await searchListings(core.market, undefined, { q: "guitare", limit: 5 });
      expect(found.items.length).toBeGreaterThan(0);
    } finally {
      await core.db.close();
    }
  });

  it("re-embeds every row with the local embedder at the next start, and search never mixes models", async () => {
    const core = await bootCore(loadConfig({ RELAIS_DATA_DIR: dataDir, LOG_LEVEL: "silent" }), () => {}, { migrate: false });
    try {
      expect(core.staleVectors).toBe(0);
      const stale = await staleVectors(core.db.prisma, "relais-local-v2");
      expect(stale).toEqual({ Listing: 0, Mission: 0, Profile: 0 });
      // A row left with another model's vector is invisible to semantic search. "Mountain bike
      // en titane" is in no listing (no titanium), so what comes back are the listings close in
      // meaning (closeOnly), the French "VTT Rockrider" among them.
      const before = await searchListings(core.market, undefined, { q: "mountain bike en titane", limit: 50 });
      expect(before.closeOnly).toBe(true);
      const vtt = before.items.find((hit) => /^VTT/.test(hit.listing.title));
      expect(vtt).toBeDefined();
      await core.db.prisma.$executeRawUnsafe(`UPDATE "Listing" SET "embeddingModel" = 'other-model' WHERE "id" = $1`, vtt?.listing.id);
      const after = await searchListings(core.market, undefined, { q: "mountain bike en titane", limit: 50 });
      expect(after.items.some((hit) => hit.listing.id === vtt?.listing.id)).toBe(false);
    } finally {
      await core.db.close();
    }
  });
});
