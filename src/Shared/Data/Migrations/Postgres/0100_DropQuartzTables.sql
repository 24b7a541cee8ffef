-- Quartz is gone (issue 14: jobs on Hangfire, whose PostgreSQL storage creates its own schema "hangfire").
-- Drop the clustered Quartz store of migration 0011.
DROP TABLE IF EXISTS qrtz_blob_triggers CASCADE;
DROP TABLE IF EXISTS qrtz_cron_triggers CASCADE;
DROP TABLE IF EXISTS qrtz_simple_triggers CASCADE;
DROP TABLE IF EXISTS qrtz_simprop_triggers CASCADE;
DROP TABLE IF EXISTS qrtz_fired_triggers CASCADE;
DROP TABLE IF EXISTS qrtz_paused_trigger_grps CASCADE;
DROP TABLE IF EXISTS qrtz_scheduler_state CASCADE;
DROP TABLE IF EXISTS qrtz_locks CASCADE;
DROP TABLE IF EXISTS qrtz_calendars CASCADE;
DROP TABLE IF EXISTS qrtz_execution_history CASCADE;
DROP TABLE IF EXISTS qrtz_job_status CASCADE;
DROP TABLE IF EXISTS qrtz_misfire_history CASCADE;
DROP TABLE IF EXISTS qrtz_paused_job_grps CASCADE;
DROP TABLE IF EXISTS qrtz_triggers CASCADE;
DROP TABLE IF EXISTS qrtz_job_details CASCADE;
