-- Government websites (政府网站): the register, availability probes of each home page, and what each sweep found.
CREATE TABLE "sites" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_sites" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "site_code" TEXT NULL,
    "owner" TEXT NOT NULL,
    "region_code" TEXT NULL,
    "region_name" TEXT NULL,
    "region_level" TEXT NULL,
    "home_url" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "registered_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
);
CREATE INDEX "ix_sites_site_code" ON "sites" ("site_code");
CREATE INDEX "ix_sites_home_url" ON "sites" ("home_url");

CREATE TABLE "site_probes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_site_probes" PRIMARY KEY AUTOINCREMENT,
    "site_id" INTEGER NOT NULL,
    "probed_at" TEXT NOT NULL,
    "ok" INTEGER NOT NULL,
    "status_code" INTEGER NULL,
    "elapsed_ms" INTEGER NOT NULL,
    "error" TEXT NULL,
    CONSTRAINT "fk_site_probes_sites_site_id" FOREIGN KEY ("site_id") REFERENCES "sites" ("id") ON DELETE CASCADE
);
CREATE INDEX "ix_site_probes_site_id_probed_at" ON "site_probes" ("site_id", "probed_at");

CREATE TABLE "site_checks" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_site_checks" PRIMARY KEY AUTOINCREMENT,
    "site_id" INTEGER NOT NULL,
    "cutoff_utc" TEXT NOT NULL,
    "evaluated_at" TEXT NOT NULL,
    "failed" INTEGER NOT NULL,
    "report_json" TEXT NOT NULL,
    CONSTRAINT "fk_site_checks_sites_site_id" FOREIGN KEY ("site_id") REFERENCES "sites" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "ix_site_checks_site_id_cutoff_utc" ON "site_checks" ("site_id", "cutoff_utc");
