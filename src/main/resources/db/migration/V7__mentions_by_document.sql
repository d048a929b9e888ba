-- A mention's place is counted within its document, no longer across the library, so a changed
-- document's mentions are written again without renumbering every mention after it (one edited
-- file of 10,003 no longer rewrites a million rows). The library order is the documents' order,
-- then this place. The catalog is derived from the content: its mentions are dropped here and it
-- is written whole at the next start (no fingerprint: nothing ingested).

DELETE FROM ingest;
DELETE FROM mention;
ALTER TABLE mention DROP PRIMARY KEY;
ALTER TABLE mention ADD PRIMARY KEY (document_slug, position);
