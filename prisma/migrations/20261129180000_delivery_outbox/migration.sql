-- Delivery outbox: notifications beside messages, ordering, leases; proactive addresses on
-- identities; encrypted per-workspace channel installations.

-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'cancelled';

-- CreateEnum
CREATE TYPE "DeliveryKind" AS ENUM ('message', 'match_proposed', 'match_accepted', 'match_withdrawn', 'application_update', 'reply');

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "applicationId" TEXT,
ADD COLUMN     "conversationId" TEXT,
ADD COLUMN     "kind" "DeliveryKind" NOT NULL DEFAULT 'message',
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "matchId" TEXT,
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "seq" SERIAL NOT NULL,
ALTER COLUMN "messageId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Identity" ADD COLUMN     "conversationReference" JSONB,
ADD COLUMN     "dmChannelId" TEXT,
ADD COLUMN     "workspaceId" TEXT;

-- CreateTable
CREATE TABLE "ChannelInstallation" (
    "id" TEXT NOT NULL,
    "provider" "DeliveryChannel" NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelInstallation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChannelInstallation_provider_workspaceId_key" ON "ChannelInstallation"("provider", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_seq_key" ON "Delivery"("seq");

-- CreateIndex
CREATE INDEX "Delivery_userId_channel_conversationId_status_seq_idx" ON "Delivery"("userId", "channel", "conversationId", "status", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_matchId_kind_userId_channel_key" ON "Delivery"("matchId", "kind", "userId", "channel");

-- CreateIndex
CREATE INDEX "Delivery_applicationId_idx" ON "Delivery"("applicationId");

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing message deliveries belong to their message's conversation (ordering key).
UPDATE "Delivery" d SET "conversationId" = m."conversationId" FROM "Message" m WHERE m."id" = d."messageId";

