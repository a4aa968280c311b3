import type { Config } from "../config/index.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import type { Mailer } from "../email/mailer.ts";
import type { EventBus } from "../events/bus.ts";
import type { ImageStore } from "../listings/image-store.ts";
import type { LinkGuard } from "./link-guard.ts";

/** What account services need; built once at boot. */
export type AccountsContext = {
  prisma: PrismaClient;
  config: Config;
  jwtSecret: Uint8Array;
  mailer: Mailer;
  /** Where the account services announce what other parts react to (`session.ended`). */
  events: EventBus;
  /** Wrong link codes per source and instance-wide. */
  linkGuard: LinkGuard;
  /** Where listing photos live: an erased account's photos go with it. */
  images?: ImageStore;
  now?: () => Date;
};

export const nowOf = (ctx: AccountsContext) => (ctx.now ? ctx.now() : new Date());
