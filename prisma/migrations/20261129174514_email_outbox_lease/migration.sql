-- A sender claims an email with a lease before sending it: two workers never send it twice.
ALTER TABLE "EmailOutbox" ADD COLUMN "leaseUntil" TIMESTAMP(3);
