import type { Embedder } from "../ai/embedder.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import type { EventBus } from "../events/bus.ts";

/** What marketplace services need; built once at boot. */
export type MarketContext = { prisma: PrismaClient; embedder: Embedder; events: EventBus; now?: () => Date };
