-- The glossary (concepts) and the actors (organizations, people) as ingested from content/, and
-- every place the library names them. Rewritten with the rest of the library in one transaction.

CREATE TABLE glossary_entry (
    slug              VARCHAR(200) PRIMARY KEY,
    position          INT NOT NULL,
    kind              VARCHAR(20) NOT NULL CHECK (kind IN ('CONCEPT', 'ORGANIZATION', 'PERSON')),
    name              VARCHAR(500) NOT NULL,
    summary           VARCHAR(4000),
    introduced_author VARCHAR(500),
    introduced_work   VARCHAR(1000),
    quote_text        CLOB,
    quote_document    VARCHAR(200),
    quote_anchor      VARCHAR(200),
    body_html         CLOB
);

CREATE TABLE glossary_name (
    entry_slug  VARCHAR(200) NOT NULL REFERENCES glossary_entry (slug) ON DELETE CASCADE,
    position    INT NOT NULL,
    name        VARCHAR(500) NOT NULL,
    PRIMARY KEY (entry_slug, position)
);

CREATE TABLE glossary_related (
    entry_slug    VARCHAR(200) NOT NULL REFERENCES glossary_entry (slug) ON DELETE CASCADE,
    position      INT NOT NULL,
    related_slug  VARCHAR(200) NOT NULL REFERENCES glossary_entry (slug) ON DELETE CASCADE,
    PRIMARY KEY (entry_slug, position)
);

CREATE TABLE mention (
    position          INT PRIMARY KEY,
    entry_slug        VARCHAR(200) NOT NULL REFERENCES glossary_entry (slug) ON DELETE CASCADE,
    document_slug     VARCHAR(200) NOT NULL REFERENCES document (slug) ON DELETE CASCADE,
    paragraph_number  INT NOT NULL,
    note_label        VARCHAR(40),
    start_offset      INT NOT NULL,
    end_offset        INT NOT NULL,
    surface           VARCHAR(1000) NOT NULL
);

CREATE INDEX mention_by_entry ON mention (entry_slug);
CREATE INDEX mention_by_document ON mention (document_slug, paragraph_number);
