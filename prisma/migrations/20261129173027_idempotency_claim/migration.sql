-- An Idempotency-Key is claimed (a row without response) before its request runs.
ALTER TABLE "IdempotencyKey" ALTER COLUMN "responseStatus" DROP NOT NULL;
ALTER TABLE "IdempotencyKey" ALTER COLUMN "responseBody" DROP NOT NULL;
