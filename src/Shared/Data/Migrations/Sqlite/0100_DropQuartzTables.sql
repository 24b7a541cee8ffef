-- Quartz's tables existed only on PostgreSQL (see 0011); this file keeps the two providers' migration lists in step.
SELECT 1;
