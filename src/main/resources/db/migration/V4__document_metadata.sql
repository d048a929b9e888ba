-- A document's summary is the editors' own line and may not be written yet (an imported text);
-- the day a text was taken into the library is kept for citations that want an access date.

ALTER TABLE document ALTER COLUMN summary SET NULL;
ALTER TABLE document ADD COLUMN accessed DATE;
