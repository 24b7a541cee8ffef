-- The review queue's date filter: an end date becomes an id bound through this index.
CREATE INDEX ix_findings_created_at ON findings (created_at);
