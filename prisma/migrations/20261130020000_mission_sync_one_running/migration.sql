-- A board is synced by one process at a time: one `running` run per board, and a heartbeat
-- so a run left behind by a dead process can be told from a live one.
ALTER TABLE "MissionSyncRun" ADD COLUMN "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Runs still marked running at upgrade time belong to processes the upgrade stopped.
UPDATE "MissionSyncRun"
SET "status" = 'failed', "finishedAt" = CURRENT_TIMESTAMP, "message" = 'interrupted: the process running it stopped'
WHERE "status" = 'running';

CREATE UNIQUE INDEX "MissionSyncRun_one_running_per_source" ON "MissionSyncRun"("source") WHERE "status" = 'running';
