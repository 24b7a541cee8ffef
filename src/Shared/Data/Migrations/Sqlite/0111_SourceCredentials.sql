-- Credentials a platform rotates (Douyin refresh tokens), encrypted with Data Protection; never the configured secrets.
CREATE TABLE "source_credentials" (
    "key" TEXT NOT NULL CONSTRAINT "pk_source_credentials" PRIMARY KEY,
    "protected_value" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
);
