import type { Config } from "../config/index.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import type { Mailer } from "../email/mailer.ts";

/** What account services need; built once at boot. */
export type AccountsContext = {
  prisma: PrismaClient;
  config: Config;
  jwtSecret: Uint8Array;
  mailer: Mailer;
  now?: () => Date;
};

export const nowOf = (ctx: AccountsContext) => (ctx.now ? ctx.now() : new Date());
