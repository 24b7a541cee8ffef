-- 0001 Initial schema (generated from the EF model with 'monitor db script --provider Sqlite', then kept by hand).
CREATE TABLE "accounts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_accounts" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "account_code" TEXT NULL,
    "owner" TEXT NOT NULL,
    "region_code" TEXT NULL,
    "region_name" TEXT NULL,
    "region_level" TEXT NULL,
    "handle" TEXT NULL,
    "feed_url" TEXT NULL,
    "source_kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "is_publishing" INTEGER NOT NULL,
    "registered_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "next_fetch_at" TEXT NULL
);


CREATE TABLE "audit_log" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_log" PRIMARY KEY AUTOINCREMENT,
    "at" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "before" TEXT NULL,
    "after" TEXT NULL
);


CREATE TABLE "sweep_runs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_sweep_runs" PRIMARY KEY AUTOINCREMENT,
    "started_at" TEXT NOT NULL,
    "finished_at" TEXT NULL,
    "cutoff_utc" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "accounts_total" INTEGER NOT NULL,
    "accounts_done" INTEGER NOT NULL,
    "accounts_failed" INTEGER NOT NULL,
    "new_posts" INTEGER NOT NULL,
    "new_findings" INTEGER NOT NULL,
    "errors" TEXT NULL
);


CREATE TABLE "fetch_status" (
    "account_id" INTEGER NOT NULL CONSTRAINT "pk_fetch_status" PRIMARY KEY,
    "last_attempt_at" TEXT NULL,
    "last_success_at" TEXT NULL,
    "consecutive_failures" INTEGER NOT NULL,
    "last_error_kind" TEXT NOT NULL,
    "last_error" TEXT NULL,
    "backoff_until" TEXT NULL,
    "coverage" TEXT NOT NULL,
    "cursor" TEXT NULL,
    CONSTRAINT "fk_fetch_status_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);


CREATE TABLE "posts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_posts" PRIMARY KEY AUTOINCREMENT,
    "account_id" INTEGER NOT NULL,
    "platform_post_id" TEXT NOT NULL,
    "url" TEXT NULL,
    "title" TEXT NULL,
    "text" TEXT NOT NULL,
    "raw_html" TEXT NULL,
    "published_at_utc" TEXT NOT NULL,
    "published_offset_minutes" INTEGER NOT NULL,
    "is_original" INTEGER NULL,
    "is_repost" INTEGER NOT NULL,
    "repost_source" TEXT NULL,
    "is_pinned" INTEGER NOT NULL,
    "is_deleted" INTEGER NOT NULL,
    "fetched_at" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "analysed_at" TEXT NULL,
    CONSTRAINT "fk_posts_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);


CREATE TABLE "check_results" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_check_results" PRIMARY KEY AUTOINCREMENT,
    "account_id" INTEGER NOT NULL,
    "sweep_run_id" INTEGER NULL,
    "rule_id" TEXT NOT NULL,
    "rule_version" INTEGER NOT NULL,
    "cutoff_utc" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "evaluated_at" TEXT NOT NULL,
    CONSTRAINT "fk_check_results_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_check_results_sweep_runs_sweep_run_id" FOREIGN KEY ("sweep_run_id") REFERENCES "sweep_runs" ("id") ON DELETE SET NULL
);


CREATE TABLE "findings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_findings" PRIMARY KEY AUTOINCREMENT,
    "post_id" INTEGER NOT NULL,
    "account_id" INTEGER NOT NULL,
    "post_version" INTEGER NOT NULL,
    "rule_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "length" INTEGER NOT NULL,
    "excerpt" TEXT NOT NULL,
    "suggestion" TEXT NULL,
    "message" TEXT NOT NULL,
    "confidence" REAL NOT NULL,
    "created_at" TEXT NOT NULL,
    "review_status" TEXT NOT NULL,
    "reviewer" TEXT NULL,
    "reviewed_at" TEXT NULL,
    "review_note" TEXT NULL,
    CONSTRAINT "fk_findings_posts_post_id" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE
);


CREATE TABLE "post_revisions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_post_revisions" PRIMARY KEY AUTOINCREMENT,
    "post_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NULL,
    "text" TEXT NOT NULL,
    "raw_html" TEXT NULL,
    "content_hash" TEXT NOT NULL,
    "replaced_at" TEXT NOT NULL,
    CONSTRAINT "fk_post_revisions_posts_post_id" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE
);


CREATE INDEX "ix_accounts_account_code" ON "accounts" ("account_code");


CREATE INDEX "ix_accounts_platform_handle" ON "accounts" ("platform", "handle");


CREATE INDEX "ix_accounts_region_code" ON "accounts" ("region_code");


CREATE INDEX "ix_accounts_status_next_fetch_at" ON "accounts" ("status", "next_fetch_at");


CREATE INDEX "ix_audit_log_at" ON "audit_log" ("at");


CREATE UNIQUE INDEX "ix_check_results_account_id_rule_id_cutoff_utc" ON "check_results" ("account_id", "rule_id", "cutoff_utc");


CREATE INDEX "ix_check_results_cutoff_utc_rule_id_verdict" ON "check_results" ("cutoff_utc", "rule_id", "verdict");


CREATE INDEX "ix_check_results_sweep_run_id" ON "check_results" ("sweep_run_id");


CREATE INDEX "ix_findings_account_id_review_status" ON "findings" ("account_id", "review_status");


CREATE INDEX "ix_findings_post_id_post_version" ON "findings" ("post_id", "post_version");


CREATE INDEX "ix_findings_review_status_id" ON "findings" ("review_status", "id");


CREATE INDEX "ix_findings_review_status_kind_id" ON "findings" ("review_status", "kind", "id");


CREATE UNIQUE INDEX "ix_post_revisions_post_id_version" ON "post_revisions" ("post_id", "version");


CREATE UNIQUE INDEX "ix_posts_account_id_platform_post_id" ON "posts" ("account_id", "platform_post_id");


CREATE INDEX "ix_posts_account_id_published_at_utc" ON "posts" ("account_id", "published_at_utc");


CREATE INDEX "ix_posts_analysed_at" ON "posts" ("analysed_at");


CREATE INDEX "ix_sweep_runs_started_at" ON "sweep_runs" ("started_at");



