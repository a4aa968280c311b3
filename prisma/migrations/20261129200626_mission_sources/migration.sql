-- Missions from job boards: every board's copy of a mission (MissionSource), the run log of
-- each connector, the dedupe keys, and the alerts waiting for members.

-- CreateEnum
CREATE TYPE "RemoteMode" AS ENUM ('full', 'partial', 'none');

-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "applyUrl" TEXT,
ADD COLUMN     "canonicalUrl" TEXT,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "expiredAt" TIMESTAMP(3),
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "minhash" INTEGER[],
ADD COLUMN     "remoteMode" "RemoteMode";

-- CreateTable
CREATE TABLE "MissionSource" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "attribution" TEXT,
    "contentHash" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "goneAt" TIMESTAMP(3),

    CONSTRAINT "MissionSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionSyncRun" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "fetched" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "expired" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,

    CONSTRAINT "MissionSyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionAlert" (
    "userId" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "MissionAlert_pkey" PRIMARY KEY ("userId","missionId")
);

-- CreateIndex
CREATE INDEX "MissionSource_missionId_idx" ON "MissionSource"("missionId");

-- CreateIndex
CREATE UNIQUE INDEX "MissionSource_source_externalId_key" ON "MissionSource"("source", "externalId");

-- CreateIndex
CREATE INDEX "MissionSyncRun_source_startedAt_idx" ON "MissionSyncRun"("source", "startedAt");

-- CreateIndex
CREATE INDEX "MissionAlert_sentAt_idx" ON "MissionAlert"("sentAt");

-- CreateIndex
CREATE INDEX "Mission_canonicalUrl_idx" ON "Mission"("canonicalUrl");

-- CreateIndex
CREATE INDEX "Mission_applyUrl_idx" ON "Mission"("applyUrl");

-- CreateIndex
CREATE INDEX "Mission_dedupeKey_idx" ON "Mission"("dedupeKey");

-- AddForeignKey
ALTER TABLE "MissionSource" ADD CONSTRAINT "MissionSource_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionAlert" ADD CONSTRAINT "MissionAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionAlert" ADD CONSTRAINT "MissionAlert_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
