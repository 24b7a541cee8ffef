-- Rule thresholds administrators set on the dashboard, layered over Monitor:Rules; read at the start of every batch.
CREATE TABLE "rule_threshold_overrides" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_rule_threshold_overrides" PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "updated_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
);
CREATE UNIQUE INDEX "ix_rule_threshold_overrides_scope_name" ON "rule_threshold_overrides" ("scope", "name");
