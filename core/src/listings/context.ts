import type { Embedder } from "../ai/embedder.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import type { EventBus } from "../events/bus.ts";
import type { ImageStore } from "./image-store.ts";

/** What marketplace services need; built once at boot. */
export type MarketContext = {
  prisma: PrismaClient;
  embedder: Embedder;
  events: EventBus;
  /** Where listing photos live; erased with their listing. Absent only where no photo is ever stored. */
  images?: ImageStore;
  now?: () => Date;
  /** Independent reports that hide a listing pending review (config; 3 when absent). */
  reportsToHideListing?: number;
};
