-- The relations between organizations that the texts state (content/relations.yaml), each with the
-- concepts it illustrates and the quotes that state it. Rewritten with the rest of the library in
-- one transaction.

CREATE TABLE relation (
    id          VARCHAR(700) PRIMARY KEY,
    position    INT NOT NULL,
    from_slug   VARCHAR(200) NOT NULL REFERENCES glossary_entry (slug) ON DELETE CASCADE,
    to_slug     VARCHAR(200) NOT NULL REFERENCES glossary_entry (slug) ON DELETE CASCADE,
    type        VARCHAR(40) NOT NULL,
    directed    BOOLEAN NOT NULL,
    when_text   VARCHAR(500)
);

CREATE TABLE relation_concept (
    relation_id   VARCHAR(700) NOT NULL REFERENCES relation (id) ON DELETE CASCADE,
    position      INT NOT NULL,
    concept_slug  VARCHAR(200) NOT NULL REFERENCES glossary_entry (slug) ON DELETE CASCADE,
    PRIMARY KEY (relation_id, position)
);

CREATE TABLE relation_evidence (
    relation_id    VARCHAR(700) NOT NULL REFERENCES relation (id) ON DELETE CASCADE,
    position       INT NOT NULL,
    quote          CLOB NOT NULL,
    document_slug  VARCHAR(200) NOT NULL REFERENCES document (slug) ON DELETE CASCADE,
    anchor         VARCHAR(200) NOT NULL,
    PRIMARY KEY (relation_id, position)
);

CREATE INDEX relation_evidence_by_document ON relation_evidence (document_slug);
