-- Sweep batches: the database as the queue of a sweep's work (claimable, idempotent units of accounts).
CREATE TABLE "sweep_batches" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_sweep_batches" PRIMARY KEY AUTOINCREMENT,
    "sweep_run_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "first_account_id" INTEGER NOT NULL,
    "last_account_id" INTEGER NOT NULL,
    "account_count" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "claimed_by" TEXT NULL,
    "claimed_until" TEXT NULL,
    "attempts" INTEGER NOT NULL,
    "finished_at" TEXT NULL,
    "accounts_done" INTEGER NOT NULL,
    "accounts_failed" INTEGER NOT NULL,
    "new_posts" INTEGER NOT NULL,
    "new_findings" INTEGER NOT NULL,
    CONSTRAINT "fk_sweep_batches_sweep_runs_sweep_run_id" FOREIGN KEY ("sweep_run_id") REFERENCES "sweep_runs" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_sweep_batches_sweep_run_id_number" ON "sweep_batches" ("sweep_run_id", "number");
CREATE INDEX "ix_sweep_batches_sweep_run_id_state" ON "sweep_batches" ("sweep_run_id", "state");
