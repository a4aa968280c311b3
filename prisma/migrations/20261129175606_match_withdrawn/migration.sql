-- A proposal whose listing changed is withdrawn (with a reason, and members are told), not deleted.
ALTER TYPE "MatchStatus" ADD VALUE 'withdrawn';
ALTER TABLE "Match" ADD COLUMN "withdrawnReason" TEXT;
