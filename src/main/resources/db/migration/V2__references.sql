-- The editor's full references (content/references.json, CSL-JSON) as ingested, kept verbatim so
-- that the bibliography served is always the one that came with the last good library.

CREATE TABLE reference_file (
    id    INT PRIMARY KEY CHECK (id = 1),
    json  CLOB NOT NULL
);
