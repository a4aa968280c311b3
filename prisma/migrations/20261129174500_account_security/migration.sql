-- Email links are bound to the address they were sent to; the previous address can undo an email change.
ALTER TYPE "EmailTokenPurpose" ADD VALUE 'undo_email_change';
ALTER TABLE "EmailToken" ADD COLUMN "email" TEXT;

-- Link codes are found by their first digits, so wrong guesses count per code.
ALTER TABLE "LinkCode" ADD COLUMN "lookup" TEXT,
ADD COLUMN "failures" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "LinkCode_lookup_idx" ON "LinkCode"("lookup");
