-- Chat turns as platforms send them: dialog state per (identity, conversation) with a
-- version for compare-and-set, buttons stored per member with an expiry, inbound dedupe.

-- CreateEnum
CREATE TYPE "InboundTurnStatus" AS ENUM ('processing', 'answered');

-- DropIndex
DROP INDEX "AssistantSession_identityId_key";

-- AlterTable
ALTER TABLE "AssistantSession" ADD COLUMN     "conversationKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AssistantAction" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "intent" TEXT,
    "slots" JSONB NOT NULL DEFAULT '{}',
    "page" JSONB,
    "notification" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssistantAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundTurn" (
    "id" TEXT NOT NULL,
    "identityId" TEXT NOT NULL,
    "inboundId" TEXT NOT NULL,
    "status" "InboundTurnStatus" NOT NULL DEFAULT 'processing',
    "result" JSONB,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundTurn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssistantAction_userId_idx" ON "AssistantAction"("userId");

-- CreateIndex
CREATE INDEX "AssistantAction_expiresAt_idx" ON "AssistantAction"("expiresAt");

-- CreateIndex
CREATE INDEX "InboundTurn_expiresAt_idx" ON "InboundTurn"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundTurn_identityId_inboundId_key" ON "InboundTurn"("identityId", "inboundId");

-- CreateIndex
CREATE UNIQUE INDEX "AssistantSession_identityId_conversationKey_key" ON "AssistantSession"("identityId", "conversationKey");

-- AddForeignKey
ALTER TABLE "AssistantAction" ADD CONSTRAINT "AssistantAction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundTurn" ADD CONSTRAINT "InboundTurn_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "Identity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
