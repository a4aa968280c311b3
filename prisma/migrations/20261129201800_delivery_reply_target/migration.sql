-- Direct answers (a mention's thread, a slash command's response URL) go through the outbox
-- too: the row says where, instead of the member's DM.

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "target" JSONB;
