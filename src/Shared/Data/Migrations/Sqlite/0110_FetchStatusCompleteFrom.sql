-- Partial coverage with a known blind spot: every post from complete_from on was seen (a feed that cut its old items).
ALTER TABLE "fetch_status" ADD "complete_from" TEXT NULL;
