-- Quartz's tables exist only on PostgreSQL: on SQLite the scheduler keeps its jobs in memory (one node).
-- This file keeps the two providers' migration lists in step.
SELECT 1;
