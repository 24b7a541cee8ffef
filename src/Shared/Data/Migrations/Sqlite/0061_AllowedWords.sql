-- Words reviewers declared correct when dismissing a typo finding; the typo inspector consults them.
CREATE TABLE "allowed_words" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_allowed_words" PRIMARY KEY AUTOINCREMENT,
    "word" TEXT NOT NULL,
    "added_by" TEXT NOT NULL,
    "added_at" TEXT NOT NULL,
    "note" TEXT NULL
);
CREATE UNIQUE INDEX "ix_allowed_words_word" ON "allowed_words" ("word");
