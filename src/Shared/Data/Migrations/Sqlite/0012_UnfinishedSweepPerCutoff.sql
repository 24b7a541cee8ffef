-- At most one unfinished sweep per cut-off, so a scheduled run, "run now" and the command line started together join one sweep.
CREATE UNIQUE INDEX "ix_sweep_runs_unfinished_cutoff" ON "sweep_runs" ("cutoff_utc") WHERE state IN ('Running', 'Cancelled');
