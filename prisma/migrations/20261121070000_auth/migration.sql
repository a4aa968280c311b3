-- Link-code tries are counted per member (LinkAttempt), not per code.
ALTER TABLE "LinkCode" DROP COLUMN "attempts";

CREATE TABLE "LinkAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LinkAttempt_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LinkAttempt_userId_createdAt_idx" ON "LinkAttempt"("userId", "createdAt");

ALTER TABLE "LinkAttempt" ADD CONSTRAINT "LinkAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
